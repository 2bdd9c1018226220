"""The overdue list: every clock of the station that has run out or will within the horizon.

A clock's state is decided by the rules in models/rules/clocks.py and nowhere else; this module
only finds the records whose clocks to ask, and names them for the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Row,
    Select,
    and_,
    bindparam,
    case,
    false,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session, aliased

from models.base import UTCDateTime
from models.dto.cases import ClockInfo
from models.entities import (
    ActionEntry,
    AppUser,
    Case,
    FirSection,
    FoundPerson,
    PersonName,
    RiskAssessment,
    TraceRecord,
)
from models.enums import Act, ActionType, CaseStatus, FoundKind
from models.legal_sections import load_sections
from models.policy import Policy
from models.rules.clocks import (
    CLOCKED_PORTAL,
    ClockFacts,
    case_clocks,
    due_soon,
    found_person_clock,
    found_upload_clock,
    run_out,
)
from models.services import case_store
from models.services.common import StationContext, after_in_order, among
from models.taxonomy import load_taxonomy

# The statuses whose clocks run (a closed, traced-and-closed or void case has none left).
CLOCKED = (CaseStatus.REGISTERED.value, CaseStatus.TRACED.value)
# A stored Act as the rules read it (a look-up, not an Enum call, for each FIR section).
_ACTS = {act.value: act for act in Act}


@dataclass(frozen=True)
class OverdueItem:
    """One clock that has run out or will within the horizon, with what it belongs to."""

    clock: ClockInfo
    record_kind: str  # "case" or "found"
    ref: str  # register number or found-person number
    uuid: str
    name: str
    is_child: bool
    io_name: str | None


def _first_action(kind: ActionType, *conds: ColumnElement[bool]) -> Any:
    return (
        select(func.min(ActionEntry.happened_at))
        .where(ActionEntry.case_id == Case.id, ActionEntry.action_type == kind.value, *conds)
        .scalar_subquery()
    )


def _latest_risk(column: Any) -> Any:
    return (
        select(column)
        .where(RiskAssessment.case_id == Case.id)
        .order_by(RiskAssessment.id.desc())
        .limit(1)
        .scalar_subquery()
    )


# What ``case_store.clock_facts`` reads of a case, its trace, its log and its risk assessments.
_FACT_COLUMNS = (
    Case.id,
    Case.uuid,
    Case.person_id,
    Case.status,
    Case.is_child,
    Case.reported_at,
    Case.fir_at,
    Case.io_id,
    Case.register_no,
    Case.sexual_offence,
    Case.suspected_reason,
    Case.confirmed_reason,
    *case_store.ORDER_COLUMNS,
    TraceRecord.traced_at.label("trace_traced_at"),
    TraceRecord.trace_type.label("trace_type"),
    TraceRecord.cwc_produced_at.label("trace_cwc_produced_at"),
    TraceRecord.cwc_not_required_reason.label("trace_cwc_not_required_reason"),
    _first_action(ActionType.AHTU_TRANSFER).label("ahtu_at"),
    _first_action(ActionType.PORTAL_UPLOAD, ActionEntry.portal == CLOCKED_PORTAL.value).label(
        "uploaded_at"
    ),
    _latest_risk(RiskAssessment.assessed_at).label("risk_assessed_at"),
    _latest_risk(RiskAssessment.next_review_due).label("risk_next_review"),
)


# What ``clocks_of`` reads, built once (building them, and SQLAlchemy's key for their compiled
# form, cost more than the database takes to answer for a page's few cases).
_FACTS = (
    select(*_FACT_COLUMNS)
    .outerjoin(TraceRecord, TraceRecord.case_id == Case.id)
    .where(
        Case.station_id == bindparam("station"),
        Case.status.in_(CLOCKED),
        Case.id.in_(bindparam("ids", expanding=True)),
    )
    .order_by(Case.id)
)
_SECTIONS = (
    select(FirSection.case_id, FirSection.act, FirSection.section)
    .where(FirSection.case_id.in_(bindparam("ids", expanding=True)))
    .order_by(FirSection.case_id, FirSection.position)
)


def facts_of(
    s: Session, sc: StationContext, ids: Sequence[int]
) -> list[tuple[Row[Any], ClockFacts]]:
    """The open cases among ``ids``, each as its row of ``_FACT_COLUMNS`` with the facts its
    clocks rest on (``case_store.clock_facts_of``), read as columns in two statements: what
    the overdue list and the register page's mark both ask of a case."""
    if not ids:
        return []
    # Columns only: run on the session's connection, without the ORM's work for each statement.
    read = s.connection().execute
    rows = read(_FACTS, {"station": sc.station.id, "ids": list(ids)}).all()
    if not rows:
        return []
    sections: dict[int, list[tuple[Act, str]]] = {r.id: [] for r in rows}
    for case_id, act, section in read(_SECTIONS, {"ids": list(sections)}):
        sections[case_id].append((_ACTS[act], section))
    out: list[tuple[Row[Any], ClockFacts]] = []
    # By position, in the order of ``_FACT_COLUMNS`` (a row's fields by name cost more than
    # the facts' making); the publicity order's columns are ``case_store.ORDER_COLUMNS``.
    for row in rows:
        (
            case_id,
            _uuid,
            _person_id,
            status,
            is_child,
            reported_at,
            fir_at,
            io_id,
            _register_no,
            sexual_offence,
            suspected,
            confirmed,
            order_ref,
            order_date,
            order_authority,
            order_kind,
            order_permits,
            traced_at,
            trace_type,
            cwc_produced_at,
            cwc_not_required_reason,
            ahtu_at,
            uploaded_at,
            assessed_at,
            next_review,
        ) = row
        facts = case_store.clock_facts_of(
            status=status,
            is_child=is_child,
            reported_at=reported_at,
            fir_at=fir_at,
            has_io=io_id is not None,
            sexual_offence=sexual_offence,
            reason_codes=(suspected, confirmed),
            sections=tuple(sections[case_id]),
            order=(order_ref, order_date, order_authority, order_kind, order_permits),
            traced_at=traced_at,
            trace_type=trace_type,
            cwc_produced_at=cwc_produced_at,
            cwc_not_required_reason=cwc_not_required_reason,
            ahtu_at=ahtu_at,
            last_assessed_at=assessed_at,
            next_review_due=next_review,
            portal_uploaded_at=uploaded_at,
        )
        out.append((row, facts))
    return out


def clocks_of(
    s: Session, sc: StationContext, ids: Sequence[int], now: datetime
) -> list[tuple[Row[Any], list[ClockInfo]]]:
    """The open cases among ``ids``, each as its row of ``_FACT_COLUMNS`` with its clocks at
    ``now`` by the rules (models/rules/clocks.py)."""
    return [
        (row, case_clocks(facts, sc.policy, now, sc.zone)) for row, facts in facts_of(s, sc, ids)
    ]


def run_out_ids(s: Session, sc: StationContext, ids: Sequence[int], now: datetime) -> set[int]:
    """Of the open cases ``ids``, those with a clock run out at ``now``."""
    return {
        row.id for row, facts in facts_of(s, sc, ids) if run_out(facts, sc.policy, now, sc.zone)
    }


# How many cases the rules weigh at a time when every case with a clock run out is asked for.
_RUN_OUT_PIECE = 2000


def run_out_case_ids(s: Session, sc: StationContext, now: datetime) -> set[int]:
    """Every case of the station with a clock run out at ``now`` (the register's "overdue"
    filter): the cases the register page's condition says may have one (``may_be_overdue``),
    confirmed by the rules a piece at a time: about 2 s at a million cases, 78,000 of them
    overdue. Only the register's count and a text search under the filter need them all; its
    pages confirm the rows they read (``RegisterService``)."""
    flag, at = may_be_overdue(sc, now)
    query = select(Case.id).where(
        Case.station_id == sc.station.id, Case.status.in_(CLOCKED), flag.element
    )
    candidates = list(s.execute(query, at).scalars())
    found: set[int] = set()
    for start in range(0, len(candidates), _RUN_OUT_PIECE):
        found |= run_out_ids(s, sc, candidates[start : start + _RUN_OUT_PIECE], now)
    return found


@dataclass
class _Stream:
    """Candidates of one kind of clock, read in the order of the instant the clock counts from.

    ``query`` selects (id, key) rows; a clock of such a row falls due no earlier than
    ``key + lead``. The SQL only narrows: every clock's due time and state still come from the
    rules (models/rules/clocks.py), so a row read here that has no clock due is simply dropped.
    """

    query: Select[int, Any]
    key: Any
    id_: Any
    lead: timedelta
    found: bool = False
    last: tuple[datetime, int] | None = None
    done: bool = False

    def next_batch(self, s: Session, size: int) -> list[tuple[int, datetime]]:
        query = self.query
        if self.last is not None:
            key, last_id = self.last
            query = query.where(after_in_order(self.key, self.id_, key, last_id))
        ordered = query.order_by(self.key, self.id_).limit(size)
        rows: list[tuple[int, datetime]] = [(row_id, key) for row_id, key in s.execute(ordered)]
        if rows:
            self.last = (rows[-1][1], rows[-1][0])
        if len(rows) < size:
            self.done = True
        return rows


@dataclass(frozen=True)
class _CaseClocks:
    """One kind of a case's clocks as SQL: when a case may have such a clock open, the instant
    it counts from (``key``), and the least time from that instant to its due time (``lead``).
    The overdue list reads it as a stream of candidates in due order; the register's page asks
    it of each of its rows (``may_run_out_by``). Either way the rules decide the clock itself."""

    conds: tuple[ColumnElement[bool], ...]
    key: Any
    # The clocks counting from ``key``: when each may be open, and its least time to fall due.
    clocks: tuple[tuple[ColumnElement[bool], timedelta], ...]
    # A table the key lives in, joined to the case: (entity, how it joins).
    joined: tuple[Any, ColumnElement[bool]] | None = None
    # Conditions that read another table: asked after the others and the clocks' due times
    # (SQLite asks a condition's parts in order), so only of the few rows those leave.
    costly: tuple[ColumnElement[bool], ...] = ()

    @property
    def lead(self) -> timedelta:
        return min(lead for _, lead in self.clocks)

    def stream(self) -> _Stream:
        query = select(Case.id, self.key).select_from(Case)
        if self.joined is not None:
            query = query.join(*self.joined)
        query = query.where(*self.conds, *self.costly, or_(*(open_ for open_, _ in self.clocks)))
        return _Stream(query, self.key, Case.id, self.lead)

    def may_run_out(self, at: _Instants) -> ColumnElement[bool]:
        """A condition on the enclosing query's case: it may have such a clock run out by
        ``now`` (false only where none can)."""
        # The due time first: a clock's open condition may read another table.
        due = or_(*(and_(self.key <= at.before("now", lead), open_) for open_, lead in self.clocks))
        if self.joined is None:
            return and_(*self.conds, due, *self.costly)
        entity, on = self.joined
        query = select(1).select_from(entity).where(on, *self.conds, due, *self.costly)
        return query.correlate(Case).exists()


class _Instants:
    """The instants the clocks' SQL compares with ("now less 24 h", "the horizon less 24 h"),
    as named parameters, so that one built condition serves at every ``now``."""

    def __init__(self, now: datetime, policy: Policy) -> None:
        self.now = now
        self.policy = policy
        self._params: dict[str, tuple[str, timedelta, BindParameter[datetime]]] = {}

    def _base(self, base: str, now: datetime) -> datetime:
        if base == "now":
            return now
        return now + timedelta(hours=self.policy.overdue_horizon_hours)

    def before(self, base: str, lead: timedelta) -> BindParameter[datetime]:
        name = f"{base}_less_{int(lead.total_seconds())}"
        if name not in self._params:
            value = self._base(base, self.now) - lead
            self._params[name] = (base, lead, bindparam(name, value, type_=UTCDateTime()))
        return self._params[name][2]

    def at(self, now: datetime) -> dict[str, datetime]:
        """The parameters' values at ``now``."""
        params = self._params.items()
        return {name: self._base(base, now) - lead for name, (base, lead, _) in params}


def _may_be_trafficking() -> ColumnElement[bool]:
    """A condition on a case: trafficking may be suspected in it. Wider, never narrower, than
    the rule that decides (``is_trafficking_suspected``, from the bundled taxonomy and section
    table, as ``case_store.clock_facts`` asks it): a trafficking reason suspected or confirmed,
    or an FIR section of a trafficking Act or that may be a trafficking section. A section is
    stored as typed and the rule compares it without spaces and case-folded, so any section of
    the Act holding the listed section's digits in their order is taken."""
    codes = sorted(r.code for r in load_taxonomy().all_reasons() if r.is_trafficking)
    table = load_sections()
    sections: list[ColumnElement[bool]] = [
        FirSection.act.in_(sorted(a.code.value for a in table.acts if a.trafficking))
    ]
    for row in table.sections:
        if row.trafficking:
            digits = "%".join(ch for ch in row.section if ch.isdigit())
            sections.append(
                and_(FirSection.act == row.act.value, FirSection.section.like(f"%{digits}%"))
            )
    listed = (
        select(FirSection.id)
        .where(FirSection.case_id == Case.id, or_(*sections))
        .correlate(Case)
        .exists()
    )
    return or_(Case.suspected_reason.in_(codes), Case.confirmed_reason.in_(codes), listed)


def _case_clocks(sc: StationContext, at: _Instants) -> list[_CaseClocks]:
    """Every open clock of the station's cases belongs to at least one of these."""
    policy = sc.policy
    station = Case.station_id == sc.station.id
    missing = Case.status == CaseStatus.REGISTERED.value

    def hours(n: int) -> timedelta:
        return timedelta(hours=n)

    uploaded = (
        select(ActionEntry.id)
        .where(
            ActionEntry.case_id == Case.id,
            ActionEntry.action_type == ActionType.PORTAL_UPLOAD.value,
            ActionEntry.portal == CLOCKED_PORTAL.value,
        )
        .exists()
    )
    assessed = select(RiskAssessment.id).where(RiskAssessment.case_id == Case.id).exists()
    transferred = (
        select(ActionEntry.id)
        .where(
            ActionEntry.case_id == Case.id,
            ActionEntry.action_type == ActionType.AHTU_TRANSFER.value,
        )
        .exists()
    )
    # A missing child's FIR, IO and upload clocks and anyone's first risk assessment all count
    # from the report.
    child = Case.is_child.is_(True)
    from_report = (
        (and_(child, Case.fir_at.is_(None)), hours(policy.child_fir_due_hours)),
        (and_(child, Case.io_id.is_(None)), hours(policy.child_io_assignment_hours)),
        (and_(child, ~uploaded), hours(policy.portal_upload_hours)),
        (~assessed, hours(policy.first_risk_assessment_hours)),
    )
    report_lead = min(lead for _, lead in from_report)
    reported = (station, missing, Case.reported_at <= at.before("horizon", report_lead))
    newer = aliased(RiskAssessment)
    superseded = (
        select(newer.id)
        .where(newer.case_id == RiskAssessment.case_id, newer.id > RiskAssessment.id)
        .exists()
    )
    reviews = (
        station,
        missing,
        RiskAssessment.next_review_due <= at.before("horizon", timedelta(0)),
        ~superseded,  # only the latest assessment sets the review
    )
    # Due at the FIR if trafficking is suspected, months later otherwise: never before the FIR.
    ahtu = (
        station,
        missing,
        Case.is_child.is_(True),
        Case.fir_at.is_not(None),
        Case.fir_at <= at.before("horizon", timedelta(0)),
    )
    # A month is at least 28 days; the day clamped to a shorter month's end loses at most
    # three, and a change of the zone's offset an hour: no transfer falls due sooner after
    # the FIR, so the page need not ask the rules about the newest FIRs' transfers unless
    # trafficking may be suspected.
    months = timedelta(days=max(0, 28 * policy.ahtu_transfer_months - 4))
    ahtu_clocks: tuple[tuple[ColumnElement[bool], timedelta], ...] = ((true(), months),)
    if policy.ahtu_immediate_if_trafficking:
        ahtu_clocks = ((_may_be_trafficking(), timedelta(0)), *ahtu_clocks)
    cwc = (
        station,
        # Only a traced case has a trace record (recording one makes the case traced;
        # reopening removes it), and the traced are few beside the still missing.
        Case.status == CaseStatus.TRACED.value,
        Case.is_child.is_(True),
        TraceRecord.cwc_produced_at.is_(None),
        TraceRecord.traced_at <= at.before("horizon", hours(policy.cwc_production_hours)),
    )
    always = true()
    return [
        _CaseClocks(reported, Case.reported_at, from_report),
        _CaseClocks(
            reviews,
            RiskAssessment.next_review_due,
            ((always, timedelta(0)),),
            (RiskAssessment, RiskAssessment.case_id == Case.id),
        ),
        _CaseClocks(ahtu, Case.fir_at, ahtu_clocks, costly=(~transferred,)),
        _CaseClocks(
            cwc,
            TraceRecord.traced_at,
            ((always, hours(policy.cwc_production_hours)),),
            (TraceRecord, TraceRecord.case_id == Case.id),
        ),
    ]


def _streams(sc: StationContext, now: datetime) -> list[_Stream]:
    """Every open clock of the station belongs to at least one of these streams."""
    policy = sc.policy
    horizon = now + timedelta(hours=policy.overdue_horizon_hours)

    def hours(n: int) -> timedelta:
        return timedelta(hours=n)

    found_lead = min(hours(policy.cwc_production_hours), hours(policy.portal_upload_hours))
    found = select(FoundPerson.id, FoundPerson.found_at).where(
        FoundPerson.station_id == sc.station.id,
        FoundPerson.is_child.is_(True),
        FoundPerson.kind == FoundKind.PERSON.value,
        # Either of its clocks (CWC production, portal upload) still open.
        or_(FoundPerson.cwc_produced_at.is_(None), FoundPerson.portal_uploaded_at.is_(None)),
        FoundPerson.found_at >= now - timedelta(days=3650),
        FoundPerson.found_at <= horizon - found_lead,
    )
    return [
        *(kind.stream() for kind in _case_clocks(sc, _Instants(now, policy))),
        _Stream(found, FoundPerson.found_at, FoundPerson.id, found_lead, found=True),
    ]


# Built once per station and policy (building it costs more than SQLite takes to answer it).
_MAY_BE_OVERDUE: dict[tuple[int, Policy], tuple[ColumnElement[bool], _Instants]] = {}


def may_be_overdue(
    sc: StationContext, now: datetime
) -> tuple[ColumnElement[bool], dict[str, datetime]]:
    """A condition on a case row, to select beside it, and its parameters: the case may have a
    clock run out at ``now``. These are the overdue list's own candidate conditions, bounded by
    ``now`` instead of the horizon; false means no clock of the case has run out, true that
    the rules must say (``run_out_ids``)."""
    key = (sc.station.id, sc.policy)
    if key not in _MAY_BE_OVERDUE:
        at = _Instants(now, sc.policy)
        condition = or_(*(kind.may_run_out(at) for kind in _case_clocks(sc, at)))
        # Asked as a CASE: SQLite computes every branch of an OR (and of an AND) that is a
        # selected column, which cost more than the page's own rows, but stops weighing a
        # CASE's condition at the first part that decides it.
        flag = case((condition, true()), else_=false())
        _MAY_BE_OVERDUE[key] = (flag.label("may_be_overdue"), at)
    condition, at = _MAY_BE_OVERDUE[key]
    return condition, at.at(now)


# How many candidates one read of a stream takes when the whole list is asked for, and the
# first read when only the most urgent are.
_FULL_BATCH = 2000
_FIRST_BATCH = 64


def overdue_items(
    s: Session, sc: StationContext, now: datetime, limit: int | None = None
) -> list[OverdueItem]:
    """The clocks run out or due within the horizon, most urgent first: all of them, or the
    first ``limit``. Each stream is read in due order only as far as it can still hold one of
    the most urgent, so the list costs what it shows, not the size of the register."""
    policy = sc.policy
    horizon = now + timedelta(hours=policy.overdue_horizon_hours)
    streams = _streams(sc, now)
    # Small reads first, doubling: most candidates carry clocks, so a few reads of each stream
    # usually fill a screenful.
    size = min(limit, _FIRST_BATCH) if limit is not None else _FULL_BATCH
    seen_cases: set[int] = set()
    seen_found: set[int] = set()
    # (due, ref, order found, clock, case or found person): the order keeps a case's clocks in
    # the rules' order when two fall due at the same instant.
    listed: list[tuple[datetime, str, int, ClockInfo, Row[Any] | FoundPerson]] = []

    def cutoff() -> datetime:
        """No clock due after this can be among the ones shown."""
        if limit is None or len(listed) < limit:
            return horizon
        listed.sort(key=lambda row: (row[0], row[1], row[2]))
        del listed[limit:]
        return listed[-1][0]

    while True:
        bound = cutoff()
        active = [st for st in streams if not st.done]
        if not active:
            break
        new_cases: list[int] = []
        new_found: list[int] = []
        for st in active:
            rows = st.next_batch(s, size)
            if rows and rows[-1][1] + st.lead > bound:
                st.done = True  # the rest fall due later still
            target, seen = (new_found, seen_found) if st.found else (new_cases, seen_cases)
            for row_id, key in rows:
                if key + st.lead <= bound and row_id not in seen:
                    seen.add(row_id)
                    target.append(row_id)
        if new_cases:
            for case, clocks in clocks_of(s, sc, new_cases, now):
                for clock in clocks:
                    if due_soon(clock, now, policy):
                        listed.append((clock.due_at, case.register_no, len(listed), clock, case))
        if new_found:
            query = select(FoundPerson).where(FoundPerson.id.in_(new_found))
            for fp in sorted(s.scalars(query), key=lambda f: f.id):
                for found_clock in _found_clocks(fp, sc, now):
                    if found_clock is not None and due_soon(found_clock, now, policy):
                        listed.append((found_clock.due_at, fp.ref_no, len(listed), found_clock, fp))
        size = min(size * 2, _FULL_BATCH)
    listed.sort(key=lambda row: (row[0], row[1], row[2]))
    if limit is not None:
        del listed[limit:]
    person_ids = [record.person_id for *_, record in listed]
    names = _primary_names(s, person_ids)
    io_ids = {r.io_id for *_, r in listed if isinstance(r, Row) and r.io_id is not None}
    users = (
        dict(s.execute(select(AppUser.id, AppUser.full_name).where(AppUser.id.in_(io_ids))).all())
        if io_ids
        else {}
    )
    items: list[OverdueItem] = []
    for _due, ref, _order, clock, record in listed:
        if isinstance(record, Row):
            io_name = users.get(record.io_id) if record.io_id else None
            items.append(
                OverdueItem(
                    clock,
                    "case",
                    ref,
                    record.uuid,
                    names.get(record.person_id, ""),
                    record.is_child,
                    io_name,
                )
            )
        else:
            name = names.get(record.person_id, "")
            items.append(OverdueItem(clock, "found", ref, record.uuid, name, True, None))
    return items


def _found_clocks(
    fp: FoundPerson, sc: StationContext, now: datetime
) -> tuple[ClockInfo | None, ClockInfo | None]:
    is_body = fp.kind == FoundKind.DEAD_BODY.value
    return (
        found_person_clock(
            is_child=fp.is_child,
            is_body=is_body,
            found_at=fp.found_at,
            cwc_produced_at=fp.cwc_produced_at,
            policy=sc.policy,
            now=now,
        ),
        found_upload_clock(
            is_child=fp.is_child,
            is_body=is_body,
            found_at=fp.found_at,
            portal_uploaded_at=fp.portal_uploaded_at,
            policy=sc.policy,
            now=now,
        ),
    )


def _primary_names(s: Session, person_ids: Sequence[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    if not person_ids:
        return out
    for n in s.scalars(
        select(PersonName)
        .where(among(s, PersonName.person_id, person_ids), PersonName.kind == "name")
        .order_by(PersonName.person_id, PersonName.position)
    ):
        out.setdefault(n.person_id, n.text)
    return out
