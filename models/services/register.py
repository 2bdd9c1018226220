"""Reading the register: filtered, searched, keyset-paged lists (the overdue list and its
clocks are in models/services/overdue.py).

The register view never loads the whole register: it asks for a page after a cursor. Sorting and
filtering happen in SQL; clocks are computed in Python only for the rows of the page (and, for
the overdue filter, for the open cases that can have a clock at all).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.dto.cases import CaseFilter, CasePage, CaseRow, CaseSort
from models.entities import AppUser, Case
from models.enums import CaseStatus, Sex
from models.errors import UserError
from models.messages import msg
from models.permissions import Capability, require
from models.services.common import StationContext, station_context
from models.services.overdue import (
    OverdueItem,
    may_be_overdue,
    overdue_items,
    run_out_ids,
)
from models.services.search import check_query, hits, names_of, search_ids, search_in

PAGE_LIMIT_MAX = 1000
# What one line of the register shows, and the keys its cursor needs.
_ROW_COLUMNS = (
    Case.id,
    Case.uuid,
    Case.register_no,
    Case.status,
    Case.person_id,
    Case.sex,
    Case.age_at_disappearance,
    Case.is_child,
    Case.reported_at,
    Case.last_seen_at,
    Case.last_seen_place,
    Case.fir_number,
    Case.io_id,
    Case.suspected_reason,
    Case.confirmed_reason,
    Case.version,
    Case.year,
    Case.serial,
)


def _encode_cursor(values: Sequence[object]) -> str:
    raw = json.dumps([v.isoformat() if isinstance(v, datetime) else v for v in values])
    return base64.urlsafe_b64encode(raw.encode()).decode()


def _decode_cursor(cursor: str, sort: str) -> list[object]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor.encode()).decode())
    except (ValueError, UnicodeDecodeError) as exc:
        raise UserError(msg("That page position is not valid; start from the first page.")) from exc
    if not isinstance(values, list) or len(values) != 2:
        raise UserError(msg("That page position is not valid; start from the first page."))
    if sort in (CaseSort.REPORTED_DESC, CaseSort.REPORTED_ASC):
        return [datetime.fromisoformat(values[0]), int(values[1])]
    return [int(values[0]), int(values[1])]


class RegisterService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    # -- the register ---------------------------------------------------------------------

    def page_cases(
        self,
        actor: Actor,
        filters: CaseFilter | None = None,
        *,
        sort: str = CaseSort.REPORTED_DESC,
        cursor: str | None = None,
        limit: int = 200,
    ) -> CasePage:
        require(actor, Capability.VIEW_CASE)
        if sort not in CaseSort.ALL:
            raise UserError(
                msg(
                    "Unknown order '{sort}'; use one of {items}.",
                    sort=sort,
                    items=", ".join(CaseSort.ALL),
                )
            )
        limit = max(1, min(limit, PAGE_LIMIT_MAX))
        now = self.clock.now()
        with self.db.read() as s:
            sc = station_context(s)
            f = filters or CaseFilter()
            query = self.filtered(s, sc, f, now)
            if f.text and f.text.strip():
                # A name or number asked for: the best fits first, one page of them.
                found, total, capped = search_ids(s, query, "case", check_query(f.text), limit)
                flag, at = may_be_overdue(sc, now)
                by_id = {
                    r.id: r
                    for r in s.execute(
                        select(*_ROW_COLUMNS, flag).where(Case.id.in_([hit[0] for hit in found])),
                        at,
                    )
                }
                ordered = [by_id[hit[0]] for hit in found if hit[0] in by_id]
                names = names_of(s, {r.person_id for r in ordered})
                return CasePage(
                    tuple(self._rows(s, sc, ordered, now, names)),
                    None,
                    total=total,
                    capped=capped,
                    fits=tuple((h.id, h.score, h.fitted) for h in hits(s, "case", found, names)),
                )
            keys: tuple[Any, Any]
            if sort in (CaseSort.REPORTED_DESC, CaseSort.REPORTED_ASC):
                keys = (Case.reported_at, Case.id)
            else:
                keys = (Case.year * 1_000_000 + Case.serial, Case.id)
            descending = sort in (CaseSort.REPORTED_DESC, CaseSort.REGISTER_DESC)
            if cursor:
                first, last_id = _decode_cursor(cursor, sort)
                if descending:
                    query = query.where(
                        or_(keys[0] < first, and_(keys[0] == first, Case.id < last_id))
                    )
                else:
                    query = query.where(
                        or_(keys[0] > first, and_(keys[0] == first, Case.id > last_id))
                    )
            order = [k.desc() if descending else k.asc() for k in keys]
            flag, at = may_be_overdue(sc, now)
            rows = list(
                s.execute(
                    query.with_only_columns(*_ROW_COLUMNS, flag).order_by(*order).limit(limit + 1),
                    at,
                )
            )
            more = len(rows) > limit
            rows = rows[:limit]
            out = self._rows(s, sc, rows, now)
            next_cursor = None
            if more and rows:
                tail = rows[-1]
                first_key: object = (
                    tail.reported_at
                    if sort in (CaseSort.REPORTED_DESC, CaseSort.REPORTED_ASC)
                    else tail.year * 1_000_000 + tail.serial
                )
                next_cursor = _encode_cursor([first_key, tail.id])
            return CasePage(tuple(out), next_cursor)

    def count_cases(self, actor: Actor, filters: CaseFilter | None = None) -> int:
        require(actor, Capability.VIEW_CASE)
        now = self.clock.now()
        with self.db.read() as s:
            sc = station_context(s)
            f = filters or CaseFilter()
            query = self.filtered(s, sc, f, now)
            if f.text and f.text.strip():
                _, total, _ = search_in(s, query, "case", check_query(f.text), 1)
                return total
            return int(s.scalar(select(func.count()).select_from(query.subquery())) or 0)

    def filtered(
        self, s: Session, sc: StationContext, f: CaseFilter, now: datetime
    ) -> Select[Case]:
        """This station's cases under every filter of ``f`` but the text (which ranks)."""
        query = select(Case).where(Case.station_id == sc.station.id)
        if f.statuses:
            query = query.where(Case.status.in_([st.value for st in f.statuses]))
        elif not f.include_void:
            query = query.where(Case.status != CaseStatus.VOID.value)
        if f.child is not None:
            query = query.where(Case.is_child.is_(f.child))
        if f.sex is not None:
            query = query.where(Case.sex == f.sex.value)
        if f.reported_from is not None:
            query = query.where(Case.reported_at >= f.reported_from)
        if f.reported_to is not None:
            query = query.where(Case.reported_at < f.reported_to)
        if f.reason_category:
            code = f.reason_category.strip()
            reason = func.coalesce(Case.confirmed_reason, Case.suspected_reason)
            # A sub-reason ("2.1") is a stored leaf code; a category ("2") is all its subs.
            query = query.where(reason == code if "." in code else reason.like(f"{code}.%"))
        if f.io:
            io = aliased(AppUser)
            query = query.join(io, io.id == Case.io_id).where(io.username == f.io.strip().lower())
        if f.overdue_only:
            # Run out, as the row's mark says: not the overdue list's "due within the horizon".
            ids = [
                item.uuid
                for item in overdue_items(s, sc, now)
                if item.record_kind == "case" and item.clock.overdue
            ]
            query = query.where(Case.uuid.in_(ids))
        return query

    def _rows(
        self,
        s: Session,
        sc: StationContext,
        cases: Sequence[Any],
        now: datetime,
        names: dict[int, list[Any]] | None = None,
    ) -> list[CaseRow]:
        """Register lines for rows of ``_ROW_COLUMNS`` and ``may_be_overdue``: a page is read as
        columns, never as whole cases (a case row is wide, and the window asks for a page on
        every keystroke).
        ``names`` (from ``names_of``) when the caller has read them already."""
        if not cases:
            return []
        if names is None:
            names = names_of(s, {c.person_id for c in cases})
        io_ids = {c.io_id for c in cases if c.io_id is not None}
        users = (
            dict(
                s.execute(select(AppUser.id, AppUser.full_name).where(AppUser.id.in_(io_ids))).all()
            )
            if io_ids
            else {}
        )
        # The row's own query said which may have a clock run out (by the overdue list's
        # conditions); the rules decide for those few.
        overdue = run_out_ids(s, sc, [c.id for c in cases if c.may_be_overdue], now)
        out: list[CaseRow] = []
        for c in cases:
            own = names.get(c.person_id, [])
            primary = next((n.text for n in own if n.kind == "name"), "(name not known)")
            others = ", ".join(n.text for n in own if n.text != primary)
            out.append(
                CaseRow(
                    id=c.id,
                    uuid=c.uuid,
                    register_no=c.register_no,
                    status=CaseStatus(c.status),
                    name=primary,
                    other_names=others,
                    sex=Sex(c.sex),
                    age_at_disappearance=c.age_at_disappearance,
                    is_child=c.is_child,
                    reported_at=c.reported_at,
                    last_seen_at=c.last_seen_at,
                    last_seen_place=c.last_seen_place,
                    fir_number=c.fir_number,
                    io_name=users.get(c.io_id),
                    suspected_reason=c.suspected_reason,
                    confirmed_reason=c.confirmed_reason,
                    overdue=c.id in overdue,
                    version=c.version,
                )
            )
        return out

    def overdue(self, actor: Actor, limit: int | None = None) -> list[OverdueItem]:
        """Every clock that has run out or will within the horizon, most urgent first (only
        the first ``limit`` if given: the window shows a screenful, not a whole register's)."""
        require(actor, Capability.VIEW_CASE)
        if limit is not None and limit < 1:
            raise UserError(msg("Ask for at least one line of the overdue list."))
        now = self.clock.now()
        with self.db.read() as s:
            return overdue_items(s, station_context(s), now, limit)
