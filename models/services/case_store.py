"""A ``Case`` row and everything hanging off it, to and from the case DTOs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, tzinfo
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from models.actor import Actor
from models.dto.cases import (
    ActionInfo,
    ActionInput,
    CaseDetail,
    CaseInput,
    CasePermissions,
    CircumstancesInput,
    ClosureInput,
    ClosureStep,
    ComplainantInput,
    FirInput,
    NoticeInfo,
    PortalUpdateInfo,
    PortalUpdateInput,
    PublicationOrder,
    ReasonsInput,
    ReportInput,
    ReunionInput,
    RiskAnswerRow,
    RiskAssessmentInfo,
    RiskInput,
    SectionRow,
    StatusChange,
    SuspectRow,
    TraceInfo,
    TraceInput,
)
from models.entities import (
    ActionEntry,
    AppUser,
    Case,
    CaseStatusChange,
    Complainant,
    FirSection,
    Notice,
    Person,
    PortalUpdate,
    RiskAssessment,
    Suspect,
    TraceRecord,
)
from models.enums import (
    Act,
    ActionType,
    CaseStatus,
    CwcOrder,
    FirActionTaken,
    Locality,
    NoticeKind,
    NoticeStatus,
    OrderAuthority,
    OrderPermit,
    Portal,
    RiskAnswer,
    RiskGrade,
    TraceType,
)
from models.errors import NotFound, Problem, RuleViolation, ValidationFailed
from models.legal_sections import load_sections
from models.messages import msg
from models.partial_date import AgeRange
from models.permissions import case_permissions
from models.policy import Policy
from models.rules.case_rules import RuleContext, check_reasons, check_risk, person_age
from models.rules.clocks import CLOCKED_PORTAL, ClockFacts, case_clocks
from models.rules.closure import ClosureFacts, closure_steps
from models.rules.grace import WriterGrace, writer_grace
from models.rules.long_term import long_term_missing
from models.rules.publicity import PublicityFacts, publicity_refusal
from models.rules.record_rules import (
    check_action,
    check_closure_steps,
    check_reunion,
    check_trace,
)
from models.rules.sensitivity import is_pocso_case, is_sensitive, is_trafficking_suspected
from models.rules.status import OPEN_STATUSES, check_transition
from models.services.common import officer_ref
from models.services.episodes import episodes_of
from models.services.mapping import assign, build, scalar_fields, to_column
from models.services.person_store import apply_person, person_input, photo_infos, reuse_rows
from models.taxonomy import load_taxonomy

REPORT_SCALARS = scalar_fields(ReportInput, exclude=("received_by", "io", "jwo"))
CIRC_SCALARS = scalar_fields(CircumstancesInput)
SUSPECT_SCALARS = scalar_fields(SuspectRow)
REASON_COLUMNS = {"suspected": "suspected_reason", "confirmed": "confirmed_reason"}
# presumed_abduction is set by the rule when left empty, so it is never copied as it stands.
REASON_SCALARS = tuple(
    n for n in scalar_fields(ReasonsInput) if n not in REASON_COLUMNS and n != "presumed_abduction"
)
FIR_COLUMNS = {
    "number": "fir_number",
    "registered_at": "fir_at",
    "action_taken": "fir_action_taken",
    "copy_given_at": "fir_copy_given_at",
    "dispatched_to_court_at": "fir_dispatched_at",
}
TRACE_SCALARS = scalar_fields(TraceInput, exclude=("confirmed_reason",))
CLOSURE_SCALARS = scalar_fields(ClosureInput, exclude=("portals_updated",))
REUNION_SCALARS = scalar_fields(ReunionInput)


def is_uuid(ref: str) -> bool:
    return len(ref) == 36 and ref.count("-") == 4


def find_case(s: Session, ref: str, station_id: int) -> Case:
    """A case by register number (MP/2026/0042) or UUID, with everything loaded."""
    ref = ref.strip()
    query = select(Case).options(*case_load_options()).where(Case.station_id == station_id)
    if is_uuid(ref):
        case = s.scalar(query.where(Case.uuid == ref))
    else:
        case = s.scalar(query.where(Case.register_no == ref.upper()))
    if case is None:
        raise NotFound(msg("There is no case {ref} in this register.", ref=ref))
    return case


def new_case_row(
    *, station_id: int, prefix: str, year: int, serial: int, at: datetime, by_id: int, uuid: str
) -> Case:
    """A fresh register entry numbered ``prefix/year/serial``, registered at ``at`` by ``by_id``."""
    return Case(
        uuid=uuid,
        station_id=station_id,
        year=year,
        serial=serial,
        register_no=f"{prefix}/{year}/{serial:04d}",
        status=CaseStatus.REGISTERED.value,
        status_changed_at=at,
        created_at=at,
        created_by_id=by_id,
        updated_at=at,
        updated_by_id=by_id,
    )


def case_load_options() -> list[Any]:
    person = selectinload(Case.person)
    return [
        person.selectinload(Person.names),
        person.selectinload(Person.id_documents),
        person.selectinload(Person.addresses),
        person.selectinload(Person.contacts),
        person.selectinload(Person.marks),
        person.selectinload(Person.clothing),
        person.selectinload(Person.photos),
        selectinload(Case.complainant).selectinload(Complainant.person).selectinload(Person.names),
        selectinload(Case.fir_sections),
        selectinload(Case.suspects),
        selectinload(Case.status_changes),
        selectinload(Case.risk_assessments),
        selectinload(Case.actions),
        selectinload(Case.trace),
        selectinload(Case.portal_updates),
    ]


# -- writing ---------------------------------------------------------------------------------


def apply_case_input(
    case: Case,
    data: CaseInput,
    *,
    received_by: AppUser,
    io: AppUser | None,
    jwo: AppUser | None,
    age: AgeRange | None,
    is_child: bool,
    zone: tzinfo,
) -> None:
    """Copy the editable sections onto ``case`` (photos and risk are handled separately).

    The publicity order's number, date, authority, kind and permits are copied; who recorded it
    is the service's to stamp (``stamp_order``), never the input's."""
    assign(case, data.report, REPORT_SCALARS)
    case.received_by_id = received_by.id
    case.io_id = io.id if io else None
    case.jwo_id = jwo.id if jwo else None
    fir = data.fir
    for field, column in FIR_COLUMNS.items():
        setattr(case, column, to_column(getattr(fir, field)) if fir is not None else None)
    case.fir_year = fir_year(fir.registered_at, zone) if fir is not None else None
    sections = fir.sections if fir else ()
    rows = reuse_rows(case.fir_sections, len(sections), FirSection)
    for i, (section, row) in enumerate(zip(rows, sections, strict=True)):
        section.position, section.act, section.section = i, row.act.value, row.section
    case.fir_sections = rows
    case.fir_not_filed_reason = data.fir_not_filed_reason
    if case.person is None:
        case.person = Person()
    apply_person(case.person, data.person)
    case.sex = data.person.sex.value
    case.is_child = is_child
    case.age_at_disappearance = age.low if age else None
    assign(case, data.circumstances, CIRC_SCALARS)
    case.suspects = reuse_rows(case.suspects, len(data.suspects), Suspect)
    for i, (suspect_row, suspect) in enumerate(zip(case.suspects, data.suspects, strict=True)):
        suspect_row.position = i
        assign(suspect_row, suspect, SUSPECT_SCALARS)
    reasons = data.reasons
    case.suspected_reason = reasons.suspected
    case.confirmed_reason = reasons.confirmed
    assign(case, reasons, REASON_SCALARS)
    case.presumed_abduction = (
        reasons.presumed_abduction if reasons.presumed_abduction is not None else is_child
    )
    order = data.publication_order
    case.publication_order_ref = order.reference if order else None
    case.publication_order_date = order.date if order else None
    case.publication_order_authority = order.authority if order else None
    case.publication_order_kind = order.kind.value if order and order.kind else None
    case.publication_order_permits = [p.value for p in order.permits] if order else None
    if order is None:
        case.publication_order_by_id = None
        case.publication_order_at = None
    _apply_complainant(case, data.complainant)


def stamp_order(case: Case, by_id: int, at: datetime) -> None:
    """Record who recorded the case's publicity order, and when."""
    case.publication_order_by_id = by_id
    case.publication_order_at = at


def change_status(
    case: Case, new: CaseStatus, *, by_id: int, at: datetime, reason: str | None = None
) -> None:
    """Move the case to ``new`` if the status rules allow that move, and log the move."""
    current = CaseStatus(case.status)
    check_transition(current, new)
    case.status = new.value
    case.status_changed_at = at
    case.status_changes.append(
        CaseStatusChange(
            at=at, by_id=by_id, from_status=current.value, to_status=new.value, reason=reason
        )
    )


# Each later step of a case has a check (the rules' refusals, returned) and a writer, used alike
# by the desk's services and by the demo, so a rule added to a step holds wherever it is taken.


def action_problems(
    case: Case, data: ActionInput, *, at: datetime, ctx: RuleContext
) -> list[Problem]:
    """Why ``data`` may not go into the case's action log (``at``: when it is recorded, the time
    of the entry when it gives none). A closed log is refused outright."""
    if CaseStatus(case.status) not in OPEN_STATUSES:
        raise RuleViolation(
            msg(
                "Case {register_no} is {status}; its action log is closed.",
                register_no=case.register_no,
                status=case.status,
            )
        )
    return check_action(data, data.happened_at or at, case.reported_at, ctx)


def log_action(case: Case, data: ActionInput, *, seq: int, by_id: int, at: datetime) -> ActionEntry:
    """Append a checked entry to the case's action log, recorded at ``at`` by ``by_id``."""
    entry = ActionEntry(
        seq=seq,
        action_type=data.action_type.value,
        happened_at=data.happened_at or at,
        recorded_at=at,
        recorded_by_id=by_id,
        portal=data.portal.value if data.portal else None,
        reference=data.reference,
        stations=data.stations,
        details=data.details,
    )
    case.actions.append(entry)
    return entry


def risk_problems(case: Case, data: RiskInput, ctx: RuleContext) -> list[Problem]:
    """The rules' word on a (re)assessment (warnings included); refused once the person is no
    longer missing."""
    if case.status != CaseStatus.REGISTERED.value:
        raise RuleViolation(
            msg(
                "Case {register_no} is {status}; risk is assessed while the person is missing.",
                register_no=case.register_no,
                status=case.status,
            )
        )
    problems: list[Problem] = []
    check_risk(data, case.is_child, "risk", problems, ctx)
    return problems


def trace_problems(case: Case, data: TraceInput, ctx: RuleContext) -> list[Problem]:
    """Why the trace ``data`` may not be recorded on the case (its reason code included)."""
    check_transition(CaseStatus(case.status), CaseStatus.TRACED)
    problems = check_trace(data, case.last_seen_at, ctx)
    check_reasons(
        ReasonsInput(suspected=case.suspected_reason, confirmed=data.confirmed_reason),
        problems,
        ctx,
    )
    return problems


def trace_case(
    case: Case, data: TraceInput, *, by_id: int, at: datetime, reason: str | None = None
) -> None:
    """Record that the person was traced: the trace, its confirmed reason and the move to
    traced. The one way a trace is written, at the desk and by the import of a register."""
    check_transition(CaseStatus(case.status), CaseStatus.TRACED)
    row = TraceRecord(case_id=case.id, recorded_at=at, recorded_by_id=by_id)
    assign(row, data, TRACE_SCALARS)
    case.trace = row
    if data.confirmed_reason:
        case.confirmed_reason = data.confirmed_reason
    change_status(case, CaseStatus.TRACED, by_id=by_id, at=at, reason=reason)


def reunion_problems(case: Case, data: ReunionInput, ctx: RuleContext) -> list[Problem]:
    """Why the CWC production, order and handover ``data`` may not be recorded on the case."""
    if case.trace is None or case.status != CaseStatus.TRACED.value:
        raise RuleViolation(
            msg(
                "Record the trace of {register_no} before the reunion.",
                register_no=case.register_no,
            )
        )
    return check_reunion(data, case.trace.traced_at, case.is_child, ctx)


def record_reunion(case: Case, data: ReunionInput, *, by_id: int, at: datetime) -> None:
    """Write the checked reunion onto the case's trace, recorded at ``at`` by ``by_id``."""
    assert case.trace is not None
    assign(case.trace, data, REUNION_SCALARS)
    case.trace.reunion_recorded_at = at
    case.trace.reunion_recorded_by_id = by_id


def closure_step_problems(case: Case, data: ClosureInput, ctx: RuleContext) -> list[Problem]:
    """Why the closure steps ``data`` (complainant and DLSA informed, final report, portal
    records updated) may not be recorded on the case."""
    if case.trace is None or case.status != CaseStatus.TRACED.value:
        raise RuleViolation(
            msg("Case {register_no} has no trace to close on.", register_no=case.register_no)
        )
    return check_closure_steps(data, ctx)


def record_closure_steps(case: Case, data: ClosureInput, *, by_id: int) -> None:
    """Write the checked closure steps: a step left empty keeps what was recorded before."""
    assert case.trace is not None
    for name in ("complainant_informed_at", "dlsa_informed_at", "final_report_ref"):
        value = getattr(data, name)
        if value is not None:
            setattr(case.trace, name, value)
    for update in data.portals_updated:
        case.portal_updates.append(
            PortalUpdate(
                portal=update.portal.value,
                updated_at=update.updated_at,
                reference=update.reference,
                recorded_by_id=by_id,
            )
        )


def close_case(
    case: Case,
    notices: Sequence[Notice],
    *,
    by_id: int,
    at: datetime,
    remarks: str | None = None,
) -> None:
    """Close a traced case; refused, naming what is left, until every closure step is done."""
    check_transition(CaseStatus(case.status), CaseStatus.CLOSED)
    steps = closure_steps(closure_facts(case, notices))
    if steps:
        listed = "\n".join(f"- {step.label}" for step in steps)
        raise RuleViolation(
            msg(
                "Case {register_no} cannot be closed yet. Still to do:\n{listed}",
                register_no=case.register_no,
                listed=listed,
            )
        )
    change_status(case, CaseStatus.CLOSED, by_id=by_id, at=at, reason=remarks)


# -- FIR numbers -------------------------------------------------------------------------------


def fir_year(registered_at: datetime, zone: tzinfo) -> int:
    """The year an FIR number belongs to: the FIR's own, in station time."""
    return registered_at.astimezone(zone).year


def fir_number_problems(
    s: Session,
    station_id: int,
    fir: FirInput | None,
    zone: tzinfo,
    *,
    exclude_case_id: int | None = None,
) -> list[Problem]:
    """The refusal when another case of the station already holds this FIR number in the FIR's
    year (the database's unique constraint would refuse it too, without naming the case)."""
    if fir is None or not fir.number:
        return []
    year = fir_year(fir.registered_at, zone)
    query = select(Case.register_no).where(
        Case.station_id == station_id, Case.fir_year == year, Case.fir_number == fir.number
    )
    if exclude_case_id is not None:
        query = query.where(Case.id != exclude_case_id)
    holder = s.scalar(query.limit(1))
    if holder is None:
        return []
    return [
        Problem(
            "fir.number",
            msg(
                "FIR {number} of {year} is already case {holder}'s; each FIR number is "
                "given once a year. Check the number in the FIR book.",
                number=fir.number,
                year=year,
                holder=holder,
            ),
        )
    ]


def _apply_complainant(case: Case, data: ComplainantInput | None) -> None:
    if data is None:
        case.complainant = None
        return
    if case.complainant is None:
        case.complainant = Complainant(person=Person())
    row = case.complainant
    apply_person(row.person, data.person)
    assign(
        row,
        data,
        (
            "relation",
            "seen_or_heard",
            "read_over_language",
            "consent_publish_photo",
            "signature_kind",
        ),
    )


def flush_case(s: Session, case: Case) -> None:
    """Flush a new or edited case; another desk that took the same FIR number since the check
    (PostgreSQL, several desks) gets the plain refusal, not an internal error."""
    number = case.fir_number
    try:
        s.flush()
    except IntegrityError as exc:
        if number is None or "fir_year" not in str(exc.orig):
            raise
        raise ValidationFailed(
            [
                Problem(
                    "fir.number",
                    msg(
                        "FIR {number} was given to another case from another desk a moment "
                        "ago; nothing was saved. Check the number in the FIR book.",
                        number=number,
                    ),
                )
            ]
        ) from None


# -- reading ---------------------------------------------------------------------------------


def case_input(case: Case, users: dict[int, AppUser]) -> CaseInput:
    """The editable sections as stored (the basis of audit before/after and of an edit)."""
    return CaseInput(
        report=build(
            ReportInput,
            case,
            REPORT_SCALARS,
            extra={
                "received_by": users[case.received_by_id].username,
                "io": users[case.io_id].username if case.io_id else None,
                "jwo": users[case.jwo_id].username if case.jwo_id else None,
            },
        ),
        person=person_input(case.person),
        circumstances=build(CircumstancesInput, case, CIRC_SCALARS),
        complainant=_complainant_input(case.complainant),
        fir=_fir_input(case),
        fir_not_filed_reason=case.fir_not_filed_reason,
        suspects=tuple(build(SuspectRow, s, SUSPECT_SCALARS) for s in case.suspects),
        reasons=build(
            ReasonsInput,
            case,
            REASON_SCALARS,
            extra={
                "suspected": case.suspected_reason,
                "confirmed": case.confirmed_reason,
                "presumed_abduction": case.presumed_abduction,
            },
        ),
        risk=_latest_risk(case),
        publication_order=stored_order(case, users),
    )


def stored_order(case: Case, users: dict[int, AppUser] | None = None) -> PublicationOrder | None:
    """The case's publicity order as recorded (``recorded_by`` only when ``users`` is given)."""
    by = case.publication_order_by_id
    return order_of(
        case.publication_order_ref,
        case.publication_order_date,
        case.publication_order_authority,
        case.publication_order_kind,
        case.publication_order_permits,
        recorded_by=users[by].username if users and by is not None and by in users else None,
        recorded_at=case.publication_order_at,
    )


# A publicity order's stored columns, in the order ``order_of`` takes them.
ORDER_COLUMNS = (
    Case.publication_order_ref,
    Case.publication_order_date,
    Case.publication_order_authority,
    Case.publication_order_kind,
    Case.publication_order_permits,
)


def order_of(
    ref: str | None,
    on: str | None,
    authority: str | None,
    kind: str | None,
    permits: Sequence[str] | None,
    *,
    recorded_by: str | None = None,
    recorded_at: datetime | None = None,
) -> PublicationOrder | None:
    """A publicity order from its stored columns (read whole or as columns), or None."""
    if not ref:
        return None
    return PublicationOrder(
        ref,
        on or "",
        authority or "",
        kind=OrderAuthority(kind) if kind else None,
        permits=tuple(OrderPermit(p) for p in permits or ()),
        recorded_by=recorded_by,
        recorded_at=recorded_at,
    )


def _complainant_input(row: Complainant | None) -> ComplainantInput | None:
    if row is None:
        return None
    return build(
        ComplainantInput,
        row,
        (
            "relation",
            "seen_or_heard",
            "read_over_language",
            "consent_publish_photo",
            "signature_kind",
        ),
        extra={"person": person_input(row.person)},
    )


def _fir_input(case: Case) -> FirInput | None:
    if case.fir_number is None or case.fir_at is None:
        return None
    values: dict[str, Any] = {field: getattr(case, column) for field, column in FIR_COLUMNS.items()}
    values["action_taken"] = FirActionTaken(values["action_taken"] or FirActionTaken.DIRECTED_IO)
    values["sections"] = tuple(SectionRow(Act(s.act), s.section) for s in case.fir_sections)
    return FirInput(**values)


def _risk_input(row: RiskAssessment) -> RiskInput:
    return RiskInput(
        grade=RiskGrade(row.grade),
        rationale=row.rationale,
        answers=_answers(row.answers),
        next_review_due=row.next_review_due,
        information_source=row.information_source,
    )


def _answers(stored: dict[str, Any]) -> tuple[RiskAnswerRow, ...]:
    return tuple(
        RiskAnswerRow(item=code, answer=RiskAnswer(value["answer"]), details=value.get("details"))
        for code, value in stored.items()
    )


def _latest_risk(case: Case) -> RiskInput | None:
    return _risk_input(case.risk_assessments[-1]) if case.risk_assessments else None


def risk_answers_json(data: RiskInput) -> dict[str, Any]:
    return {row.item: {"answer": row.answer.value, "details": row.details} for row in data.answers}


def trace_input(row: TraceRecord, confirmed_reason: str | None) -> TraceInput:
    return build(TraceInput, row, TRACE_SCALARS, extra={"confirmed_reason": confirmed_reason})


def _trace_info(case: Case, users: dict[int, AppUser]) -> TraceInfo | None:
    row = case.trace
    if row is None:
        return None
    reunion_fields = scalar_fields(ReunionInput)
    locality = Locality(row.locality)
    return TraceInfo(
        trace=trace_input(row, case.confirmed_reason),
        reunion=build(ReunionInput, row, reunion_fields),
        closure=build(
            ClosureInput,
            row,
            CLOSURE_SCALARS,
            extra={"portals_updated": tuple(_portal_update_inputs(case))},
        ),
        recorded_at=row.recorded_at,
        recorded_by=users[row.recorded_by_id].username,
        reunion_recorded_at=row.reunion_recorded_at,
        out_of_state=locality in (Locality.OTHER_STATE, Locality.OTHER_COUNTRY),
        out_of_country=locality is Locality.OTHER_COUNTRY,
    )


def _portal_update_inputs(case: Case) -> Iterable[PortalUpdateInput]:
    for p in case.portal_updates:
        yield PortalUpdateInput(Portal(p.portal), p.updated_at, p.reference)


def section_pairs(case: Case) -> list[tuple[Act, str]]:
    return [(Act(s.act), s.section) for s in case.fir_sections]


def case_is_sensitive(case: Case) -> bool:
    return publicity_facts(case).sensitive


def publicity_facts(case: Case) -> PublicityFacts:
    """Whether the stored case's victim is protected, and which authority may lift that."""
    return facts_of(
        case.register_no,
        is_child=case.is_child,
        sexual_offence=case.sexual_offence,
        reason_codes=(case.suspected_reason, case.confirmed_reason),
        sections=section_pairs(case),
    )


def facts_of(
    register_no: str,
    *,
    is_child: bool,
    sexual_offence: bool,
    reason_codes: tuple[str | None, ...],
    sections: Sequence[tuple[Act, str]],
) -> PublicityFacts:
    """``publicity_facts`` from the columns and FIR sections it rests on."""
    sensitive, pocso = _protection(
        bool(is_child), bool(sexual_offence), tuple(reason_codes), tuple(sections)
    )
    return PublicityFacts(register_no, sensitive, bool(is_child), pocso)


@lru_cache(maxsize=4096)
def _protection(
    is_child: bool,
    sexual_offence: bool,
    reason_codes: tuple[str | None, ...],
    sections: tuple[tuple[Act, str], ...],
) -> tuple[bool, bool]:
    """(sensitive, POCSO) by the rules over the bundled taxonomy and section table, which are
    read once: judged once for each combination of the facts, which a register repeats (a
    page of open cases, an annex of a hundred thousand children)."""
    taxonomy, table = load_taxonomy(), load_sections()
    return (
        is_sensitive(
            sexual_offence_flag=sexual_offence,
            reason_codes=reason_codes,
            sections=sections,
            taxonomy=taxonomy,
            table=table,
        ),
        is_pocso_case(
            is_child=is_child,
            sexual_offence_flag=sexual_offence,
            reason_codes=reason_codes,
            sections=sections,
            taxonomy=taxonomy,
            table=table,
        ),
    )


def case_publicity_refusal(case: Case, permit: OrderPermit) -> str | None:
    """Why the stored case may not have ``permit`` (a notice, a portal record), or None."""
    return publicity_refusal(stored_order(case), publicity_facts(case), permit)


def grace_of(case: Case, policy: Policy) -> WriterGrace:
    """The grace period of the user who registered ``case`` (models/rules/grace.py)."""
    return writer_grace(
        writer_id=case.created_by_id,
        registered_at=case.created_at,
        io_id=case.io_id,
        policy=policy,
    )


def clock_facts(
    case: Case,
    *,
    ahtu_at: datetime | None,
    latest_risk: RiskAssessment | None,
    portal_uploaded_at: datetime | None = None,
) -> ClockFacts:
    trace = case.trace
    return clock_facts_of(
        status=case.status,
        is_child=case.is_child,
        reported_at=case.reported_at,
        fir_at=case.fir_at,
        has_io=case.io_id is not None,
        sexual_offence=case.sexual_offence,
        reason_codes=(case.suspected_reason, case.confirmed_reason),
        sections=tuple(section_pairs(case)),
        order=(
            case.publication_order_ref,
            case.publication_order_date,
            case.publication_order_authority,
            case.publication_order_kind,
            case.publication_order_permits,
        ),
        traced_at=trace.traced_at if trace else None,
        trace_type=trace.trace_type if trace else None,
        cwc_produced_at=trace.cwc_produced_at if trace else None,
        cwc_not_required_reason=trace.cwc_not_required_reason if trace else None,
        ahtu_at=ahtu_at,
        last_assessed_at=latest_risk.assessed_at if latest_risk else None,
        next_review_due=latest_risk.next_review_due if latest_risk else None,
        portal_uploaded_at=portal_uploaded_at,
    )


# A stored status as the clocks read it (a look-up, not an Enum call, for each case).
_STATUSES = {status.value: status for status in CaseStatus}
_FOUND_DEAD = TraceType.FOUND_DEAD.value


def clock_facts_of(
    *,
    status: str,
    is_child: bool,
    reported_at: datetime,
    fir_at: datetime | None,
    has_io: bool,
    sexual_offence: bool,
    reason_codes: tuple[str | None, str | None],
    sections: tuple[tuple[Act, str], ...],
    order: tuple[Any, ...],
    traced_at: datetime | None,
    trace_type: str | None,
    cwc_produced_at: datetime | None,
    cwc_not_required_reason: str | None,
    ahtu_at: datetime | None,
    last_assessed_at: datetime | None,
    next_review_due: datetime | None,
    portal_uploaded_at: datetime | None,
) -> ClockFacts:
    """``clock_facts`` from the stored columns and FIR sections they rest on (``order``: the
    values of ``ORDER_COLUMNS``), for a case read whole or as columns; the trace's columns are
    None for a case without a trace record."""
    permits = order[4]
    trafficking, blocked = _clock_judgement(
        bool(is_child),
        bool(sexual_offence),
        reason_codes,
        sections,
        (*order[:4], tuple(permits) if permits is not None else None),
    )
    return ClockFacts(
        status=_STATUSES[status],
        is_child=is_child,
        reported_at=reported_at,
        fir_at=fir_at,
        traced_at=traced_at,
        found_dead=trace_type == _FOUND_DEAD,
        cwc_produced_at=cwc_produced_at,
        cwc_not_required=bool(cwc_not_required_reason),
        ahtu_transferred_at=ahtu_at,
        trafficking_suspected=trafficking,
        last_assessed_at=last_assessed_at,
        next_review_due=next_review_due,
        portal_uploaded_at=portal_uploaded_at,
        portal_blocked=blocked,
        has_io=has_io,
    )


@lru_cache(maxsize=4096)
def _clock_judgement(
    is_child: bool,
    sexual_offence: bool,
    reason_codes: tuple[str | None, str | None],
    sections: tuple[tuple[Act, str], ...],
    order: tuple[Any, ...],
) -> tuple[bool, bool]:
    """(trafficking suspected, portal upload refused) by the rules over the bundled taxonomy
    and section table: judged once for each combination of the facts, which the open cases of
    a register repeat (a page of them, the overdue list)."""
    trafficking = is_trafficking_suspected(
        reason_codes=reason_codes,
        sections=sections,
        taxonomy=load_taxonomy(),
        table=load_sections(),
    )
    # The refusal's words name the case; whether there is one does not depend on its number.
    facts = facts_of(
        "",
        is_child=is_child,
        sexual_offence=sexual_offence,
        reason_codes=reason_codes,
        sections=sections,
    )
    refused = publicity_refusal(order_of(*order), facts, OrderPermit.PORTAL) is not None
    return trafficking, refused


def ahtu_time(actions: Sequence[ActionEntry]) -> datetime | None:
    times = [a.happened_at for a in actions if a.action_type == ActionType.AHTU_TRANSFER.value]
    return min(times) if times else None


def upload_time(actions: Sequence[ActionEntry], portal: Portal) -> datetime | None:
    """The case's first upload to ``portal`` (the upload clock stops there)."""
    times = [
        a.happened_at
        for a in actions
        if a.action_type == ActionType.PORTAL_UPLOAD.value and a.portal == portal.value
    ]
    return min(times) if times else None


def notices_of(session: Session, case_id: int) -> list[Notice]:
    return list(
        session.scalars(select(Notice).where(Notice.case_id == case_id).order_by(Notice.id))
    )


def notice_info(n: Notice, users: dict[int, AppUser]) -> NoticeInfo:
    def name(uid: int | None) -> str | None:
        return users[uid].username if uid else None

    return NoticeInfo(
        id=n.id,
        kind=NoticeKind(n.kind),
        notice_no=n.notice_no,
        status=NoticeStatus(n.status),
        requested_at=n.requested_at,
        requested_by=users[n.requested_by_id].username,
        approved_at=n.approved_at,
        approved_by=name(n.approved_by_id),
        issued_at=n.issued_at,
        issued_by=name(n.issued_by_id),
        withdrawal_due_at=n.withdrawal_due_at,
        withdrawn_at=n.withdrawn_at,
    )


def closure_facts(case: Case, notices: Sequence[Notice]) -> ClosureFacts:
    trace = case.trace
    uploaded = frozenset(
        Portal(a.portal)
        for a in case.actions
        if a.action_type == ActionType.PORTAL_UPLOAD.value and a.portal
    )
    return ClosureFacts(
        is_child=case.is_child,
        has_fir=case.fir_number is not None,
        trace_type=TraceType(trace.trace_type) if trace else None,
        cwc_produced=bool(trace and trace.cwc_produced_at),
        cwc_not_required=bool(trace and trace.cwc_not_required_reason),
        cwc_order=CwcOrder(trace.cwc_order) if trace and trace.cwc_order else None,
        handed_over=bool(trace and trace.handover_at),
        complainant_informed=bool(trace and trace.complainant_informed_at),
        final_report_ref=trace.final_report_ref if trace else None,
        notices_to_withdraw=tuple(
            n.notice_no or f"#{n.id}"
            for n in notices
            if n.status in (NoticeStatus.ISSUED.value, NoticeStatus.WITHDRAWAL_DUE.value)
        ),
        portals_uploaded=uploaded,
        portals_updated=frozenset(Portal(p.portal) for p in case.portal_updates),
    )


def case_detail(
    session: Session,
    case: Case,
    *,
    users: dict[int, AppUser],
    station_code: str,
    now: datetime,
    zone: tzinfo,
    policy: Policy,
    actor: Actor | None = None,
) -> CaseDetail:
    """The whole case as the register holds it; with ``actor``, also what that user may do with
    it (read without a user, for a printout or an export, it allows nothing)."""
    data = case_input(case, users)
    notices = notices_of(session, case.id)
    latest = case.risk_assessments[-1] if case.risk_assessments else None
    facts = clock_facts(
        case,
        ahtu_at=ahtu_time(case.actions),
        latest_risk=latest,
        portal_uploaded_at=upload_time(case.actions, CLOCKED_PORTAL),
    )
    clocks = case_clocks(facts, policy, now, zone)
    age = person_age(data.person, case.last_seen_at.astimezone(zone).date())
    now_age = (
        person_age(data.person, now.astimezone(zone).date()) if data.person.date_of_birth else None
    )
    if now_age is None and age is not None:
        elapsed = now.astimezone(zone).year - case.last_seen_at.astimezone(zone).year
        now_age = age.plus_years(max(elapsed, 0))
    episodes = episodes_of(session, case)
    return CaseDetail(
        uuid=case.uuid,
        register_no=case.register_no,
        version=case.version,
        station_code=station_code,
        status=CaseStatus(case.status),
        report=data.report,
        person=data.person,
        circumstances=data.circumstances,
        complainant=data.complainant,
        fir=data.fir,
        fir_not_filed_reason=data.fir_not_filed_reason,
        suspects=data.suspects,
        reasons=data.reasons,
        risk=data.risk,
        publication_order=data.publication_order,
        photos=photo_infos(case.person),
        is_child=case.is_child,
        age_at_disappearance=age.text() if age else None,
        age_now=now_age.text() if now_age else None,
        long_term_missing=long_term_missing(CaseStatus(case.status), case.last_seen_at, now, zone),
        received_by_officer=officer_ref(users.get(case.received_by_id)),
        io_officer=officer_ref(users.get(case.io_id)) if case.io_id else None,
        jwo_officer=officer_ref(users.get(case.jwo_id)) if case.jwo_id else None,
        risk_history=tuple(
            RiskAssessmentInfo(
                assessed_at=r.assessed_at,
                assessed_by=users[r.assessed_by_id].username,
                grade=RiskGrade(r.grade),
                rationale=r.rationale,
                answers=_answers(r.answers),
                next_review_due=r.next_review_due,
                information_source=r.information_source,
            )
            for r in case.risk_assessments
        ),
        actions=tuple(
            ActionInfo(
                seq=a.seq,
                action_type=ActionType(a.action_type),
                happened_at=a.happened_at,
                recorded_at=a.recorded_at,
                recorded_by=users[a.recorded_by_id].username,
                portal=Portal(a.portal) if a.portal else None,
                reference=a.reference,
                stations=a.stations,
                details=a.details,
            )
            for a in case.actions
        ),
        status_history=tuple(
            StatusChange(
                at=c.at,
                by=users[c.by_id].username,
                from_status=CaseStatus(c.from_status) if c.from_status else None,
                to_status=CaseStatus(c.to_status),
                reason=c.reason,
            )
            for c in case.status_changes
        ),
        trace=_trace_info(case, users),
        portal_updates=tuple(
            PortalUpdateInfo(
                Portal(p.portal), p.updated_at, p.reference, users[p.recorded_by_id].username
            )
            for p in case.portal_updates
        ),
        notices=tuple(notice_info(n, users) for n in notices),
        clocks=tuple(clocks),
        sensitive=case_is_sensitive(case),
        pocso=publicity_facts(case).pocso,
        transferred_to=case.transferred_to,
        void_reason=case.void_reason,
        created_at=case.created_at,
        created_by=users[case.created_by_id].username,
        updated_at=case.updated_at,
        updated_by=users[case.updated_by_id].username,
        episodes=episodes.infos,
        repeat_of=episodes.repeat_of,
        episodes_before=episodes.before,
        permissions=(
            case_permissions(
                actor,
                CaseStatus(case.status),
                case.io_id,
                grace=grace_of(case, policy),
                now=now,
                zone=zone,
            )
            if actor is not None
            else CasePermissions()
        ),
    )


def open_closure_steps(session: Session, case: Case) -> list[ClosureStep]:
    return closure_steps(closure_facts(case, notices_of(session, case.id)))


def next_action_seq(session: Session, case_id: int) -> int:
    current = session.scalar(
        select(func.max(ActionEntry.seq)).where(ActionEntry.case_id == case_id)
    )
    return int(current or 0) + 1
