"""Finding a person by name, in any script and spelling, or by register, FIR or found number.

One service behind the register's search box, the link dialog and ``talash search``. A register,
FIR or found-person number matches exactly and comes first. A name is looked up through the name
index (``models.services.name_index``), then each candidate is scored word by word
(``models.rules.name_similarity``) and the best come first; the count is of every record the
index found, capped so that a common name never costs a full count.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, and_, bindparam, func, null, or_, select
from sqlalchemy.orm import Session

from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.dto.cases import CaseFilter
from models.entities import Case, FoundPerson, NameKey, Person, PersonName
from models.enums import Sex
from models.errors import UserError
from models.messages import msg
from models.names import has_devanagari
from models.permissions import Capability, require
from models.rules.name_similarity import Word, name_fit, words_from_keys
from models.services import name_index
from models.services.common import StationContext, station_context

MAX_QUERY = 200  # characters: longer is not a name
MAX_LIMIT = 1000
CANDIDATES = 400  # candidates scored per kind and tier
COUNT_CAP = 1000  # "more than 1,000" beyond this
SCORE_FLOOR = 0.45  # a fit below this is not shown
WIDEN_BELOW = 50  # the next, wider tier of the index is tried while fewer fit
KINDS = ("case", "found")
NUMBER_KINDS = {"register": "register no.", "fir": "FIR no.", "found": "FP no."}


@dataclass(frozen=True)
class SearchHit:
    """One record found, with the name that fitted and how well (0–100)."""

    kind: str  # "case" or "found"
    id: int
    ref: str  # register number or found-person number
    uuid: str
    status: str
    name: str  # the record's name as written
    matched: str  # what fitted: a name, alias, relative's name, or the number asked for
    matched_kind: str  # "name", "alias", "relative", "register", "fir", "found"
    other_script: str  # the matched name in the other script ("" when not known)
    score: int
    sex: Sex
    is_child: bool
    at: datetime  # reported (case) or found (found person)
    place: str

    @property
    def script(self) -> str:
        """The script the fitting text was written in."""
        letter = next((ch for ch in self.matched if ch.isalpha()), "a")
        # Unicode names a letter by its script first: "DEVANAGARI LETTER SA", "LATIN SMALL …".
        return unicodedata.name(letter, "LATIN").split()[0].title()

    @property
    def fitted(self) -> str:
        """What fitted the query, of what kind and in which script, in plain words."""
        if self.matched_kind in NUMBER_KINDS:
            return f"{NUMBER_KINDS[self.matched_kind]} {self.matched}"
        text = f"{self.matched} ({self.matched_kind}, {self.script})"
        return f"{text} ≈ {self.other_script}" if self.other_script else text


@dataclass(frozen=True)
class SearchResult:
    hits: tuple[SearchHit, ...]
    total: int  # records the index found (at most COUNT_CAP + 1)
    capped: bool  # there are more than COUNT_CAP

    @property
    def total_text(self) -> str:
        return f"more than {COUNT_CAP:,}" if self.capped else f"{self.total:,}"


def check_query(text: str) -> str:
    query = " ".join(text.split())
    if len(query) > MAX_QUERY:
        raise UserError(
            msg(
                "That search is {query_count} characters long; a name or number is at "
                "most {MAX_QUERY}. Shorten it.",
                query_count=f"{len(query):,}",
                MAX_QUERY=MAX_QUERY,
            )
        )
    return query


@lru_cache(maxsize=20_000)
def _stored_words(latin: str) -> tuple[Word, ...]:
    # A register repeats its names (Patil, Sunita …): a keystroke scores hundreds of candidates,
    # and splitting each into phonetic words again would cost more than the index look-up.
    return words_from_keys(latin)


def _owners(kind: str) -> tuple[Any, Any]:
    return (Case, Case.person_id) if kind == "case" else (FoundPerson, FoundPerson.person_id)


def found_query(sc: StationContext, f: CaseFilter) -> Select[Any]:
    """Found persons of this station under the sex and age filters of ``f``."""
    query = select(FoundPerson).where(FoundPerson.station_id == sc.station.id)
    if f.sex is not None:
        query = query.where(FoundPerson.sex == f.sex.value)
    if f.child is not None:
        query = query.where(FoundPerson.is_child.is_(f.child))
    return query


def ranked(
    s: Session, base: Select[Any], kind: str, query: str, limit: int
) -> tuple[list[tuple[int, float, int]], int, bool]:
    """Records of ``base`` (a select of Case or FoundPerson) whose names fit ``query``.

    Returns ((record id, fit 0–1, name key id) best first, at most ``limit``), the count, and
    whether the count was capped.
    """
    q = name_index.parse_query(query)
    entity, person_id = _owners(kind)
    best: dict[int, tuple[float, int]] = {}
    total, capped = 0, False
    for tier in name_index.tiers(s, q):
        joined = base.join(NameKey, NameKey.person_id == person_id)
        matched = joined.where(tier.every)
        rows = s.execute(
            joined.where(tier.pool)
            .with_only_columns(entity.id, NameKey.id, NameKey.latin)
            .order_by(*name_index.order_candidates(q))
            .limit(CANDIDATES)
        ).all()
        for record_id, key_id, latin in rows:
            fit = name_fit(q.words, _stored_words(latin))
            if fit >= SCORE_FLOOR and fit > best.get(record_id, (0.0, 0))[0]:
                best[record_id] = (fit, key_id)
        ids = matched.with_only_columns(entity.id).distinct().limit(COUNT_CAP + 1).subquery()
        total = int(s.scalar(select(func.count()).select_from(ids)) or 0)
        capped = total > COUNT_CAP
        # Widen the net by the same rule whatever the page: the register's count (asked with a
        # limit of one) must count the records its page of 200 shows.
        if len(best) >= WIDEN_BELOW:
            break
    order = sorted(best.items(), key=lambda item: (-item[1][0], -item[0]))[:limit]
    return [(rid, fit, key_id) for rid, (fit, key_id) in order], min(total, COUNT_CAP), capped


def exact_numbers(s: Session, base: Select[Any], kind: str, query: str) -> list[tuple[int, str]]:
    """Records of ``base`` whose number is ``query``: a whole register, FIR or found number, or
    as the desk says them, a serial alone ("42" for MP/2026/0042) or a FIR number without its
    year ("0412" for 0412/2026). Each through an index."""
    number = query.strip().upper()
    if not number or " " in number or not any(ch.isdigit() for ch in number):
        return []  # every register, FIR and found number has a digit; a name needs no look-up
    serial = int(number) if number.isdigit() and len(number) <= 6 else None
    if kind == "case":
        # Only a number with letters needs the case-blind comparison, which no index serves.
        fir = func.upper(Case.fir_number) if number != number.lower() else Case.fir_number
        wanted = [Case.register_no == number, fir == number]
        if serial is not None:
            wanted += [Case.serial == serial, and_(fir >= number + "/", fir < number + "/\uffff")]
        cases = s.execute(
            base.with_only_columns(Case.id, Case.register_no, Case.serial)
            .where(or_(*wanted))
            .order_by(Case.id.desc())
            .limit(MAX_LIMIT)
        ).all()
        return [
            (r[0], "register" if number in (r[1], str(r[2]).zfill(len(number))) else "fir")
            for r in cases
        ]
    found_wanted = [FoundPerson.ref_no == number]
    if serial is not None:
        found_wanted.append(FoundPerson.serial == serial)
    found = s.execute(
        base.with_only_columns(FoundPerson.id)
        .where(or_(*found_wanted))
        .order_by(FoundPerson.id.desc())
        .limit(MAX_LIMIT)
    ).all()
    return [(r[0], "found") for r in found]


_NAMES = (
    select(PersonName.person_id, PersonName.position, PersonName.kind, PersonName.text)
    .where(PersonName.person_id.in_(bindparam("ids", expanding=True)))
    .order_by(PersonName.position)
)


def names_of(s: Session, person_ids: Iterable[int]) -> dict[int, list[Any]]:
    """Each person's names (rows of person_id, position, kind, text), in their order, by a
    query built once and run on the session's connection (the register's page asks for 200
    people's names at each keystroke)."""
    names: dict[int, list[Any]] = {}
    for row in s.connection().execute(_NAMES, {"ids": list(person_ids)}).all():
        names.setdefault(row[0], []).append(row)
    return names


def hits(
    s: Session,
    kind: str,
    found: Sequence[tuple[int, float, str, int | None]],
    names: dict[int, list[Any]] | None = None,
) -> list[SearchHit]:
    """Display rows for (record id, fit, matched kind, name key id), in the order given;
    ``names`` (from ``names_of``) when the caller has read them already."""
    if not found:
        return []
    entity, _ = _owners(kind)
    is_case = kind == "case"
    # Columns, not entities: a search box asks this on every keystroke, and a case row is wide.
    columns = (
        (Case.register_no, Case.reported_at, Case.last_seen_place, Case.fir_number)
        if is_case
        else (FoundPerson.ref_no, FoundPerson.found_at, FoundPerson.found_place, null())
    )
    records = {
        r.id: r
        for r in s.execute(
            select(
                entity.id,
                entity.person_id,
                entity.uuid,
                entity.status,
                entity.sex,
                entity.is_child,
                columns[0].label("ref"),
                columns[1].label("at"),
                columns[2].label("place"),
                columns[3].label("fir"),
            ).where(entity.id.in_([f[0] for f in found]))
        )
    }
    person_ids = [r.person_id for r in records.values()]
    if names is None:
        names = names_of(s, person_ids)
    keys = {
        k.id: k
        for k in s.execute(
            select(
                NameKey.id, NameKey.kind, NameKey.position, NameKey.latin, NameKey.devanagari
            ).where(NameKey.id.in_([f[3] for f in found if f[3]]))
        )
    }
    relatives = dict(
        s.execute(select(Person.id, Person.relative_name).where(Person.id.in_(person_ids))).all()
    )
    out = []
    for record_id, fit, how, key_id in found:
        r = records.get(record_id)
        if r is None:
            continue
        own = names.get(r.person_id, [])
        primary = next((n.text for n in own if n.kind == "name"), "(name not known)")
        matched, other = primary, ""
        key = keys.get(key_id) if key_id else None
        if key is not None:
            how = key.kind
            if key.kind == "relative":
                matched = relatives.get(r.person_id) or ""
            else:
                matched = next((n.text for n in own if n.position == key.position), primary)
            # The name as the other script writes it: Latin for Devanagari, and back.
            other = key.latin if has_devanagari(matched) else key.devanagari
        elif how == "fir":
            matched = r.fir or ""
        else:
            matched = r.ref
        out.append(
            SearchHit(
                kind=kind,
                id=r.id,
                ref=r.ref,
                uuid=r.uuid,
                status=r.status,
                name=primary,
                matched=matched,
                matched_kind=how,
                other_script=other,
                score=round(fit * 100),
                sex=Sex(r.sex),
                is_child=r.is_child,
                at=r.at,
                place=r.place,
            )
        )
    return out


def search_ids(
    s: Session, base: Select[Any], kind: str, query: str, limit: int
) -> tuple[list[tuple[int, float, str, int | None]], int, bool]:
    """Exact numbers first, then names best first, from the records of ``base``: (record id,
    fit, matched kind, name key id) for at most ``limit``, the count, and whether it was capped."""
    exact = exact_numbers(s, base, kind, query)
    names, total, capped = ranked(s, base, kind, query, limit)
    seen = {rid for rid, _ in exact}
    found: list[tuple[int, float, str, int | None]] = [(rid, 1.0, how, None) for rid, how in exact]
    found += [(rid, fit, "name", key_id) for rid, fit, key_id in names if rid not in seen]
    return found[:limit], total + len(exact), capped


def search_in(
    s: Session, base: Select[Any], kind: str, query: str, limit: int
) -> tuple[list[SearchHit], int, bool]:
    """Exact numbers first, then names best first, from the records of ``base``."""
    found, total, capped = search_ids(s, base, kind, query, limit)
    return hits(s, kind, found), total, capped


CaseQuery = Callable[[Session, StationContext, CaseFilter, datetime], Select[Any]]


class SearchService:
    """``case_query`` builds the register's filtered select of cases (``RegisterService``'s),
    so the search box and the register's filters mean the same thing."""

    def __init__(self, db: Database, clock: Clock, case_query: CaseQuery) -> None:
        self.db = db
        self.clock = clock
        self.case_query = case_query

    def search(
        self,
        actor: Actor,
        text: str,
        filters: CaseFilter | None = None,
        *,
        kinds: Sequence[str] = KINDS,
        limit: int = 50,
    ) -> SearchResult:
        """Cases and found persons whose name or number fits ``text``, best first."""
        require(actor, Capability.VIEW_CASE)
        query = check_query(text)
        if limit < 1:
            raise UserError(msg("Ask for at least one result."))
        unknown = set(kinds) - set(KINDS)
        if unknown:
            raise UserError(
                msg("Search cases or found persons, not {items}.", items=", ".join(sorted(unknown)))
            )
        limit = min(limit, MAX_LIMIT)
        f = filters or CaseFilter()
        hits: list[SearchHit] = []
        total, capped = 0, False
        if not query:
            return SearchResult((), 0, False)
        with self.db.read() as s:
            sc = station_context(s)
            now = self.clock.now()
            for kind in kinds:
                base = self.case_query(s, sc, f, now) if kind == "case" else found_query(sc, f)
                got, count, more = search_in(s, base, kind, query, limit)
                hits += got
                total += count
                capped = capped or more
        hits.sort(key=lambda h: (-h.score, -h.at.timestamp()))
        return SearchResult(tuple(hits[:limit]), total, capped)
