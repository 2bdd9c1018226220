"""Reading the register: filtered, searched, keyset-paged lists (the overdue list and its
clocks are in models/services/overdue.py).

The register view never loads the whole register: it asks for a page after a cursor. Sorting and
filtering happen in SQL; clocks are computed in Python only for the rows of the page (and, for
the overdue filter, for the open cases that can have a clock at all).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, bindparam, func, select
from sqlalchemy.orm import Session, aliased

from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.dto.cases import CaseFilter, CasePage, CaseRow, CaseSort
from models.entities import AppUser, Case, Setting
from models.enums import CaseStatus, Sex
from models.errors import UserError
from models.messages import msg
from models.permissions import Capability, require
from models.policy import POLICY_KEY
from models.services.common import (
    LOCAL_STATION_KEY,
    StationContext,
    after_in_order,
    among,
    station_context,
)
from models.services.overdue import (
    OverdueItem,
    may_be_overdue,
    overdue_items,
    run_out_case_ids,
    run_out_ids,
)
from models.services.search import check_query, hits, names_of, search_ids, search_in

PAGE_LIMIT_MAX = 1000
# How many page queries (one per filter, order and size asked) a service keeps built.
_STATEMENTS_KEPT = 64
# The case's investigating officer, joined to the page's rows for the officer's name.
_OFFICER = aliased(AppUser)
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
    _OFFICER.full_name.label("io_name"),
)
# A stored status and sex as the row shows them (a look-up, not an Enum call, for each row).
_STATUSES = {status.value: status for status in CaseStatus}
_SEXES = {sex.value: sex for sex in Sex}
# The settings a station context is made from (models/services/common.py).
_CONTEXT_KEYS = (LOCAL_STATION_KEY, POLICY_KEY)
_CONTEXT_SETTINGS = select(Setting.key, Setting.value).where(Setting.key.in_(_CONTEXT_KEYS))


def _with_officer(query: Select[*tuple[Any, ...]]) -> Select[Any]:
    """``query`` of ``_ROW_COLUMNS`` with the officer they name joined. Run on the session's
    connection, not through the session: rows of columns need none of the ORM's work, which
    cost more than SQLite's own for a page."""
    return query.outerjoin(_OFFICER, _OFFICER.id == Case.io_id)


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


def _position(row: Any, sort: str) -> list[Any]:
    """A page row's place in ``sort``: the two values a cursor carries."""
    if sort in (CaseSort.REPORTED_DESC, CaseSort.REPORTED_ASC):
        return [row.reported_at, row.id]
    return [row.year, row.serial]


def _run_out_rows(
    s: Session,
    sc: StationContext,
    now: datetime,
    limit: int,
    read: Sequence[Any],
    read_after: Callable[[Any], Sequence[Any]],
) -> list[Any]:
    """The overdue filter's page: of the rows its query read (those the page's condition says
    may have a clock run out), the ones the rules confirm, reading on after the last row read
    (``read_after``) until ``limit`` + 1 are confirmed or the register ends."""
    kept: list[Any] = []
    while True:
        confirmed = run_out_ids(s, sc, [r.id for r in read if r.may_be_overdue], now)
        kept += [r for r in read if r.id in confirmed]
        if len(kept) > limit or len(read) <= limit:
            return kept
        read = read_after(read[-1])


class RegisterService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        # The station context last made, under the settings it was made from.
        self._context: tuple[tuple[str | None, ...], StationContext] | None = None
        self._statements: dict[tuple[Any, ...], Select[Any]] = {}

    def _station(self, s: Session) -> StationContext:
        """The station in force and its policy, as ``station_context`` makes them, remade only
        when the settings they come from change: the window asks for a page on every
        keystroke, and reading the station and parsing the policy each time cost more than
        the page's rows. The settings are read every time (one statement), so a policy the
        station head changes, at this desk or another, applies to the next page. The
        station's own row is kept: nothing changes its id or time zone after set-up."""
        values: dict[str, str] = dict(s.connection().execute(_CONTEXT_SETTINGS).all())
        key = tuple(values.get(name) for name in _CONTEXT_KEYS)
        held = self._context
        if held is not None and held[0] == key:
            return held[1]
        sc = station_context(s)
        # Out of the session, so that its end does not expire the kept station's columns.
        s.expunge(sc.station)
        self._context = (key, sc)
        return sc

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
            sc = self._station(s)
            f = filters or CaseFilter()
            flag, at = may_be_overdue(sc, now)
            if f.text and f.text.strip():
                # A name or number asked for: the best fits first, one page of them.
                query = self.filtered(s, sc, f, now)
                found, total, capped = search_ids(s, query, "case", check_query(f.text), limit)
                by_id = {
                    r.id: r
                    for r in s.connection().execute(
                        self._rows_by_id(sc, flag), {**at, "ids": [hit[0] for hit in found]}
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
            params: dict[str, object] = dict(at)
            if cursor:
                params["after_key"], params["after_id"] = _decode_cursor(cursor, sort)
            statement = self._page_query(s, sc, f, sort, limit, bool(cursor), now, flag)
            rows = s.connection().execute(statement, params).all()
            if f.overdue_only:
                after = self._page_query(s, sc, f, sort, limit, True, now, flag)

                def read_after(row: Any) -> Sequence[Any]:
                    key, last = _position(row, sort)
                    at_row = {**params, "after_key": key, "after_id": last}
                    return s.connection().execute(after, at_row).all()

                rows = _run_out_rows(s, sc, now, limit, rows, read_after)
            more = len(rows) > limit
            rows = rows[:limit]
            out = self._rows(s, sc, rows, now)
            counted: int | None = None
            if f.overdue_only and not cursor:
                # The count comes with the first page (the window need not ask for it again):
                # every case confirmed by the rules, about 2 s at a million cases.
                counted = self._count(s, self.filtered(s, sc, f, now))
            next_cursor = None
            if more and rows:
                next_cursor = _encode_cursor(_position(rows[-1], sort))
            return CasePage(tuple(out), next_cursor, total=counted)

    def _page_query(
        self,
        s: Session,
        sc: StationContext,
        f: CaseFilter,
        sort: str,
        limit: int,
        after: bool,
        now: datetime,
        flag: ColumnElement[bool],
    ) -> Select[Any]:
        """The page's query (with ``after``: of the rows after the bound ``after_key`` and
        ``after_id``, the cursor's two values), kept per filter and order: building it, and
        SQLAlchemy's key for its compiled form, cost more than SQLite takes to answer it."""
        key = (sc.station.id, sc.policy, f, sort, limit, after)
        held = self._statements.get(key)
        if held is not None:
            return held
        if f.overdue_only:
            # Narrowed by the page's own condition; the rules confirm the rows read
            # (``_run_out_rows``), so no statement names the cases.
            query = self.filtered(s, sc, replace(f, overdue_only=False), now)
            query = query.where(flag.element)
        else:
            query = self.filtered(s, sc, f, now)
        keys: tuple[Any, Any]
        if sort in (CaseSort.REPORTED_DESC, CaseSort.REPORTED_ASC):
            keys = (Case.reported_at, Case.id)
        else:
            # A register number (year and serial) is unique in its station, and the station's
            # index on them gives this order without sorting the register (1.2 s at 1M when
            # it was asked as one computed number).
            keys = (Case.year, Case.serial)
        descending = sort in (CaseSort.REPORTED_DESC, CaseSort.REGISTER_DESC)
        if after:
            first = bindparam("after_key", type_=keys[0].type)
            last = bindparam("after_id", type_=Integer())
            query = query.where(
                after_in_order(keys[0], keys[1], first, last, descending=descending)
            )
        order = [k.desc() if descending else k.asc() for k in keys]
        statement = (
            _with_officer(query.with_only_columns(*_ROW_COLUMNS, flag))
            .order_by(*order)
            .limit(limit + 1)
        )
        if len(self._statements) >= _STATEMENTS_KEPT:
            self._statements.clear()
        self._statements[key] = statement
        return statement

    @staticmethod
    def _count(s: Session, query: Select[Any]) -> int:
        return int(s.scalar(select(func.count()).select_from(query.subquery())) or 0)

    def _rows_by_id(self, sc: StationContext, flag: ColumnElement[bool]) -> Select[Any]:
        """The rows of the cases in the bound list ``ids`` (a search's hits), kept per station
        and policy as ``_page_query`` keeps its queries."""
        key = (sc.station.id, sc.policy, "ids")
        held = self._statements.get(key)
        if held is None:
            held = _with_officer(select(*_ROW_COLUMNS, flag)).where(
                Case.id.in_(bindparam("ids", expanding=True))
            )
            self._statements[key] = held
        return held

    def count_cases(self, actor: Actor, filters: CaseFilter | None = None) -> int:
        require(actor, Capability.VIEW_CASE)
        now = self.clock.now()
        with self.db.read() as s:
            sc = self._station(s)
            f = filters or CaseFilter()
            query = self.filtered(s, sc, f, now)
            if f.text and f.text.strip():
                _, total, _ = search_in(s, query, "case", check_query(f.text), 1)
                return total
            return self._count(s, query)

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
            query = query.where(among(s, Case.id, run_out_case_ids(s, sc, now)))
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
        # The row's own query said which may have a clock run out (by the overdue list's
        # conditions); the rules decide for those few.
        overdue = run_out_ids(s, sc, [c.id for c in cases if c.may_be_overdue], now)
        out: list[CaseRow] = []
        # By position, in the order of ``_ROW_COLUMNS`` (a row's fields by name cost more
        # than the rest of the line's making).
        for (
            case_id,
            uuid,
            register_no,
            status,
            person_id,
            sex,
            age,
            is_child,
            reported_at,
            last_seen_at,
            last_seen_place,
            fir_number,
            _io_id,
            suspected_reason,
            confirmed_reason,
            version,
            _year,
            _serial,
            io_name,
            _may_be_overdue,
        ) in cases:
            own = [(kind, text) for _, _, kind, text in names.get(person_id, ())]
            primary = next((text for kind, text in own if kind == "name"), "(name not known)")
            out.append(
                CaseRow(
                    id=case_id,
                    uuid=uuid,
                    register_no=register_no,
                    status=_STATUSES[status],
                    name=primary,
                    other_names=", ".join(text for _, text in own if text != primary),
                    sex=_SEXES[sex],
                    age_at_disappearance=age,
                    is_child=is_child,
                    reported_at=reported_at,
                    last_seen_at=last_seen_at,
                    last_seen_place=last_seen_place,
                    fir_number=fir_number,
                    io_name=io_name,
                    suspected_reason=suspected_reason,
                    confirmed_reason=confirmed_reason,
                    overdue=case_id in overdue,
                    version=version,
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
            return overdue_items(s, self._station(s), now, limit)
