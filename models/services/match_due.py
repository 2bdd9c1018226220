"""Possible matches of saved cases, refreshed after the save has committed.

Scoring a case against the found persons in care (``match_store.refresh_for_case``) took most
of a save in a large register (about 120 of 150 ms at a million cases), and the desk waited for
it. A save now only records, in its own transaction, that the case's possible matches are due
(``mark``: its old suggestions go, a ``match_due`` row comes); ``refresh_due`` then refreshes
each due case in a transaction of its own. The window runs it off its thread after a save and
at logon, the command line right after the verb, and counting what awaits review runs it
first; a due row stays until its refresh commits, so a program stopped in between loses
nothing.

The scoring (a quarter of a second at a million cases) is done in a reading transaction, so
that SQLite's one writer is not held while it runs (the desk's next save would wait for it); the
writing transaction then stores what was scored if nothing was recorded in between (the audit
chain's head has not moved: every change a score could depend on appends to it), and scores the
case again under its lock otherwise.

Two desks refreshing at once (PostgreSQL): each case is taken with ``FOR UPDATE SKIP LOCKED``,
so a desk leaves a case another desk is refreshing and never writes its suggestions twice; a
save of that case meanwhile waits for the refresh to commit and then marks it due again.
SQLite's one writer at a time gives the same.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from models.clock import Clock
from models.db import Database
from models.entities import AuditHead, Case, MatchDue, MatchSuggestion
from models.services import match_store
from models.services.common import insert_into, station_context


def mark(s: Session, case_id: int, now: datetime, *, new: bool = False) -> None:
    """In the saving transaction: the case's possible matches are due. Its old suggestions
    (of the case as it was) go at once, so nothing counts them as awaiting review; a new
    case has none."""
    if not new:
        s.execute(delete(MatchSuggestion).where(MatchSuggestion.case_id == case_id))
    # A row already there stays as it is: the case is due since the earlier save.
    due = insert_into(s, MatchDue).on_conflict_do_nothing(index_elements=["case_id"])
    s.execute(due.values(case_id=case_id, due_since=now))


def is_due(s: Session, case_id: int) -> bool:
    return s.scalar(select(MatchDue.case_id).where(MatchDue.case_id == case_id)) is not None


def count_due(s: Session) -> int:
    return int(s.scalar(select(func.count()).select_from(MatchDue)) or 0)


def refresh_case(s: Session, case_id: int, now: datetime) -> bool:
    """Refresh the possible matches of one due case, unless another desk is at it or has done
    it; True when this call did. The due row goes in the same transaction."""
    if not _take(s, case_id):
        return False
    case = s.get(Case, case_id)
    if case is not None:
        match_store.refresh_for_case(s, station_context(s), case, now)
    s.execute(delete(MatchDue).where(MatchDue.case_id == case_id))
    return True


def _take(s: Session, case_id: int) -> bool:
    """Lock the case's due row for this transaction; False when it is gone (refreshed already)
    or another desk holds it (PostgreSQL; SQLite's writers take turns anyway)."""
    query = select(MatchDue.case_id).where(MatchDue.case_id == case_id)
    return s.scalar(query.with_for_update(skip_locked=True)) is not None


def _chain_head(s: Session, *, lock: bool = False) -> int:
    """The audit chain's newest event id; with ``lock``, held until the transaction ends, so no
    change is recorded meanwhile (PostgreSQL; every audited save takes this lock before it
    touches possible matches, so the order of locks is the same everywhere)."""
    query = select(AuditHead.last_id).where(AuditHead.id == 1)
    return int(s.scalar(query.with_for_update() if lock else query) or 0)


def refresh_one(db: Database, clock: Clock, case_id: int, *, tries: int = 3) -> bool:
    """``refresh_case`` with the scoring done before the writing transaction (see above);
    True when this call refreshed the case."""
    for _ in range(tries):
        with db.read() as s:
            if not is_due(s, case_id):
                return False  # done by another desk meanwhile
            head = _chain_head(s)
            case = s.get(Case, case_id)
            pairs = match_store.case_pairs(s, station_context(s), case) if case else []
        with db.write() as s:
            if _chain_head(s, lock=True) != head:
                continue  # something was recorded since: what was scored may be stale
            if not _take(s, case_id):
                return False
            if case is not None:
                match_store.store_for_case(s, case_id, pairs, clock.now())
            s.execute(delete(MatchDue).where(MatchDue.case_id == case_id))
            return True
    with db.write() as s:  # a busy register: scored and stored in one transaction
        return refresh_case(s, case_id, clock.now())


def refresh_due(db: Database, clock: Clock, *, limit: int | None = None) -> int:
    """Refresh every due case (or the ``limit`` longest due), each in a transaction of its own;
    returns how many this call refreshed."""
    if db.read_only:
        return 0  # a damaged register opened to read: nothing can be written
    with db.read() as s:
        due = list(
            s.scalars(
                select(MatchDue.case_id).order_by(MatchDue.due_since, MatchDue.case_id).limit(limit)
            )
        )
    return sum(refresh_one(db, clock, case_id) for case_id in due)
