"""Validation of a register entry, with messages a station writer understands.

``check_case`` returns every problem at once (errors refuse the save; warnings are shown and the
save goes ahead), so the form can mark each field and the CLI can list them all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from models.dto.cases import (
    CaseInput,
    CircumstancesInput,
    ComplainantInput,
    FirInput,
    PersonInput,
    ReasonsInput,
    ReportInput,
    RiskInput,
)
from models.enums import Act, ContactKind, IdDocumentType, ReportMode, RiskAnswer, RiskGrade
from models.errors import Problem
from models.legal_sections import SectionTable, load_sections, section_key
from models.messages import msg, said
from models.partial_date import AgeRange, DateProblem, PartialDate, age_on
from models.risk_checklist import RiskChecklist, load_risk_checklist
from models.rules import legal_rules
from models.rules.ages import age_limit_problem, is_child_low_age
from models.taxonomy import Taxonomy, load_taxonomy

# A report typed a minute after the desk clock, or on a PC whose clock is a little behind, is not
# "in the future"; anything beyond this is.
CLOCK_SKEW = timedelta(minutes=10)
KIDNAPPING_DEFAULT = ("BNS", "137(2)")


@dataclass(frozen=True)
class RuleContext:
    now: datetime
    zone: tzinfo
    taxonomy: Taxonomy
    sections: SectionTable
    checklist: RiskChecklist

    @classmethod
    def default(cls, now: datetime, zone: tzinfo) -> RuleContext:
        return cls(now, zone, load_taxonomy(), load_sections(), load_risk_checklist())

    def local_date(self, instant: datetime) -> date:
        return instant.astimezone(self.zone).date()


def _err(problems: list[Problem], field: str, message: str) -> None:
    problems.append(Problem(field, message))


def _warn(problems: list[Problem], field: str, message: str) -> None:
    problems.append(Problem(field, message, "warning"))


def not_future(
    problems: list[Problem], field: str, value: datetime | None, ctx: RuleContext
) -> None:
    if value is not None and value > ctx.now + CLOCK_SKEW:
        _err(problems, field, msg("cannot be in the future"))


# -- ages --------------------------------------------------------------------------------------


def person_age(person: PersonInput, on: date) -> AgeRange | None:
    """The person's possible ages on ``on``: from the date of birth when known, else as stated.

    Stated ages (``age_min``/``age_max``) are ages on the reference date of the record (the
    disappearance, or the day found), so callers pass that date.
    """
    if person.date_of_birth:
        try:
            return age_on(PartialDate.parse_iso(person.date_of_birth), on)
        except DateProblem:
            return None
    if person.age_min is not None or person.age_max is not None:
        low = person.age_min if person.age_min is not None else person.age_max
        high = person.age_max if person.age_max is not None else person.age_min
        assert low is not None and high is not None
        if 0 <= low <= high:
            return AgeRange(low, high)
    return None


def is_child_age(age: AgeRange | None) -> bool:
    """Under 18 for the law if the person *may* be under 18: the lower bound decides."""
    return age is not None and is_child_low_age(age.low)


def child_status(person: PersonInput, on: date) -> bool | None:
    """Whether the person may be a child on ``on``; None while nothing tells the age."""
    age = person_age(person, on)
    return None if age is None else is_child_age(age)


def date_of_birth_problem(dob: PartialDate, *, today: date, reference_day: date) -> str | None:
    """What is wrong with a date of birth against today and the day last seen, or None.

    The form asks this when the field is left, the save and the CLI through ``check_person``.
    """
    if dob.earliest() > today:
        return msg("cannot be in the future")
    if dob.earliest() > reference_day:
        return msg("is after the day the person went missing")
    return None


# -- sections of the person -------------------------------------------------------------------


def check_person(
    person: PersonInput,
    path: str,
    problems: list[Problem],
    ctx: RuleContext,
    *,
    reference_day: date,
    needs_age: bool,
    needs_name: bool = True,
) -> None:
    if needs_name and not person.names:
        _err(
            problems,
            f"{path}.names",
            msg("at least one name is required (write 'unknown' if not known)"),
        )
    dob: PartialDate | None = None
    if person.date_of_birth:
        try:
            dob = PartialDate.parse_iso(person.date_of_birth)
        except DateProblem as exc:
            _err(problems, f"{path}.date_of_birth", said(exc))
        else:
            wrong = date_of_birth_problem(
                dob, today=ctx.local_date(ctx.now), reference_day=reference_day
            )
            if wrong is not None:
                _err(problems, f"{path}.date_of_birth", wrong)
    for name in ("age_min", "age_max"):
        value = getattr(person, name)
        limit = age_limit_problem(value) if value is not None else None
        if limit is not None:
            _err(problems, f"{path}.{name}", limit)
    if (
        person.age_min is not None
        and person.age_max is not None
        and person.age_min > person.age_max
    ):
        _err(problems, f"{path}.age_max", msg("must not be below the lower age"))
    if needs_age and not person.date_of_birth and person.age_min is None and person.age_max is None:
        _err(
            problems,
            f"{path}.date_of_birth",
            msg(
                "give the date of birth (the year alone will do), or the age or an age "
                "range if it is not known",
            ),
        )
    if dob is not None and (person.age_min is not None or person.age_max is not None):
        derived = age_on(dob, reference_day)
        stated_low = person.age_min if person.age_min is not None else person.age_max
        stated_high = person.age_max if person.age_max is not None else person.age_min
        assert stated_low is not None and stated_high is not None
        if stated_high < derived.low - 1 or stated_low > derived.high + 1:
            _warn(
                problems,
                f"{path}.age_min",
                msg(
                    "the age given ({stated_low}–{stated_high}) does not match the date of "
                    "birth (age {derived}); the date of birth is used",
                    stated_low=stated_low,
                    stated_high=stated_high,
                    derived=derived.text(),
                ),
            )
    for name in ("height_cm", "height_min_cm", "height_max_cm"):
        value = getattr(person, name)
        if value is not None and not 30 <= value <= 250:
            _err(problems, f"{path}.{name}", msg("must be between 30 and 250 cm"))
    if (
        person.height_min_cm is not None
        and person.height_max_cm is not None
        and person.height_min_cm > person.height_max_cm
    ):
        _err(problems, f"{path}.height_max_cm", msg("must not be below the lower height"))
    for i, doc in enumerate(person.id_documents):
        where = f"{path}.id_documents[{i}]"
        digits = re.sub(r"[\s-]", "", doc.number)
        if not digits:
            _err(problems, f"{where}.number", msg("is required"))
        elif doc.doc_type is IdDocumentType.AADHAAR and not re.fullmatch(r"\d{12}", digits):
            _err(problems, f"{where}.number", msg("an Aadhaar number has 12 digits"))
        if doc.issue_date:
            try:
                PartialDate.parse_iso(doc.issue_date)
            except DateProblem as exc:
                _err(problems, f"{where}.issue_date", said(exc))
    for i, addr in enumerate(person.addresses):
        if addr.pin and not re.fullmatch(r"\d{6}", addr.pin):
            _err(problems, f"{path}.addresses[{i}].pin", msg("a PIN code has 6 digits"))
    for i, contact in enumerate(person.contacts):
        where = f"{path}.contacts[{i}].value"
        if contact.kind in (ContactKind.MOBILE, ContactKind.LANDLINE):
            if (
                not re.fullmatch(r"[+\d][\d\s()-]{4,19}", contact.value)
                and "X" not in contact.value
            ):
                _err(
                    problems, where, msg("a phone number may hold only digits, spaces, + ( ) and -")
                )
        elif contact.kind is ContactKind.EMAIL and not re.fullmatch(
            r"[^@\s]+@[^@\s]+\.[^@\s]+", contact.value
        ):
            _err(problems, where, msg("is not an e-mail address"))
    if person.blood_group and not re.fullmatch(r"(A|B|AB|O)[+-]", person.blood_group.upper()):
        _err(problems, f"{path}.blood_group", msg("write it as A+, B-, AB+, O- …"))


# -- the report --------------------------------------------------------------------------------


def check_report(report: ReportInput, problems: list[Problem], ctx: RuleContext) -> None:
    not_future(problems, "report.reported_at", report.reported_at, ctx)
    not_future(problems, "report.gd_entry_at", report.gd_entry_at, ctx)
    if report.gd_entry_at is not None and report.gd_entry_at < report.reported_at - CLOCK_SKEW:
        _warn(problems, "report.gd_entry_at", msg("the GD entry is earlier than the report"))
    if report.report_mode is ReportMode.ZERO_FIR:
        if not report.zero_fir_station:
            _err(
                problems,
                "report.zero_fir_station",
                msg("name the station that registered the Zero FIR"),
            )
        if not report.zero_fir_number:
            _err(problems, "report.zero_fir_number", msg("give the Zero FIR's number"))


def check_circumstances(
    circ: CircumstancesInput, report: ReportInput, problems: list[Problem], ctx: RuleContext
) -> None:
    not_future(problems, "circumstances.last_seen_at", circ.last_seen_at, ctx)
    if circ.last_seen_at > report.reported_at + CLOCK_SKEW:
        _err(
            problems,
            "circumstances.last_seen_at",
            msg("the person was last seen after the report was made; check both times"),
        )
    if circ.last_seen_until is not None:
        if circ.last_seen_until < circ.last_seen_at:
            _err(problems, "circumstances.last_seen_until", msg("is before the time last seen"))
        not_future(problems, "circumstances.last_seen_until", circ.last_seen_until, ctx)
    if not circ.last_seen_place:
        _err(problems, "circumstances.last_seen_place", msg("is required"))
    if not circ.narrative:
        _err(
            problems,
            "circumstances.narrative",
            msg("is required: the first information in the informant's words"),
        )
    if circ.latitude is not None and not -90 <= circ.latitude <= 90:
        _err(problems, "circumstances.latitude", msg("must be between -90 and 90"))
    if circ.longitude is not None and not -180 <= circ.longitude <= 180:
        _err(problems, "circumstances.longitude", msg("must be between -180 and 180"))
    if circ.previous_episodes < 0:
        _err(problems, "circumstances.previous_episodes", msg("cannot be negative"))
    if circ.ransom_call and not circ.ransom_details:
        _warn(
            problems, "circumstances.ransom_details", msg("note what was said in the ransom call")
        )


def check_complainant(
    complainant: ComplainantInput | None, problems: list[Problem], ctx: RuleContext
) -> None:
    if complainant is None:
        _err(problems, "complainant", msg("the informant's details are required"))
        return
    if not complainant.person.names:
        _err(problems, "complainant.person.names", msg("the informant's name is required"))
    if complainant.seen_or_heard not in (None, "seen", "heard"):
        _err(problems, "complainant.seen_or_heard", msg("must be 'seen' or 'heard'"))
    check_person(
        complainant.person,
        "complainant.person",
        problems,
        ctx,
        reference_day=ctx.local_date(ctx.now),
        needs_age=False,
    )


# -- FIR and sections --------------------------------------------------------------------------


def check_fir(case: CaseInput, child: bool, problems: list[Problem], ctx: RuleContext) -> None:
    fir = case.fir
    if fir is not None:
        _check_fir_body(fir, case.report, problems, ctx)
    if not child:
        return
    has_kidnapping = fir is not None and any(
        ctx.sections.is_kidnapping(row.act, row.section) for row in fir.sections
    )
    if has_kidnapping:
        return
    if case.fir_not_filed_reason:
        return
    suggestion = legal_rules.sections_in_force(
        suggested_sections(case.reasons.suspected, ctx, child=True),
        legal_rules.offence_day(case, ctx),
        ctx,
    )
    suggested = ", ".join(f"{act} {sec}" for act, sec in suggestion)
    if fir is None:
        _err(
            problems,
            "fir",
            msg(
                "a missing child needs an FIR at once (Supreme Court, 2013 and 2026), "
                "with a kidnapping section: {suggested} is suggested. Register the "
                "FIR, or record why it was not registered.",
                suggested=suggested,
            ),
        )
    else:
        _err(
            problems,
            "fir.sections",
            msg(
                "a missing child's FIR must invoke a kidnapping section; {suggested} is suggested",
                suggested=suggested,
            ),
        )


def suggested_sections(
    reason_code: str | None, ctx: RuleContext, *, child: bool
) -> list[tuple[str, str]]:
    """The Acts and sections to propose for the FIR, as ``(act, section)``.

    A child's FIR needs a kidnapping section, so BNS 137(2) comes first, then the reason's own
    sections (the taxonomy's defaults); an adult's FIR gets the reason's own sections only.
    """
    out: list[tuple[str, str]] = [KIDNAPPING_DEFAULT] if child else []
    if reason_code and ctx.taxonomy.has_reason(reason_code):
        for ref in ctx.taxonomy.reason(reason_code).sections:
            pair = (ref.act.value, ref.section)
            if not sections_not_listed([pair], out):
                continue
            out.append(pair)
    return out


def sections_not_listed(
    wanted: Iterable[tuple[str, str]], listed: Iterable[tuple[str, str]]
) -> list[tuple[str, str]]:
    """The ``(act, section)`` pairs of ``wanted`` that ``listed`` lacks; section numbers are
    compared as the section table compares them (``137 (2)`` is ``137(2)``)."""
    have = {(act, section_key(section)) for act, section in listed}
    return [(act, sec) for act, sec in wanted if (act, section_key(sec)) not in have]


def _check_fir_body(
    fir: FirInput, report: ReportInput, problems: list[Problem], ctx: RuleContext
) -> None:
    if not fir.number:
        _err(problems, "fir.number", msg("is required"))
    not_future(problems, "fir.registered_at", fir.registered_at, ctx)
    if fir.registered_at < report.reported_at - CLOCK_SKEW:
        _err(problems, "fir.registered_at", msg("the FIR cannot be earlier than the report"))
    if not fir.sections:
        _err(problems, "fir.sections", msg("list at least one Act and section"))
    seen: set[tuple[str, str]] = set()
    for i, row in enumerate(fir.sections):
        where = f"fir.sections[{i}]"
        key = (row.act.value, section_key(row.section))
        if key in seen:
            _err(
                problems,
                where,
                msg(
                    "{value} {section} is listed twice",
                    value=row.act.value,
                    section=row.section,
                ),
            )
        seen.add(key)
        if not row.section and row.act is Act.OTHER:
            _err(problems, f"{where}.section", msg("name the Act and section"))
        known = ctx.sections.find(row.act, row.section)
        if row.act in (Act.BNS, Act.IPC) and known is None:
            _err(
                problems,
                f"{where}.section",
                msg(
                    "{value} {section} is not in the section table",
                    value=row.act.value,
                    section=row.section,
                ),
            )
        if known is not None and known.unverified:
            _warn(
                problems,
                where,
                msg(
                    "{value} {section} is marked unverified in the section table",
                    value=row.act.value,
                    section=row.section,
                ),
            )
    not_future(problems, "fir.copy_given_at", fir.copy_given_at, ctx)
    not_future(problems, "fir.dispatched_to_court_at", fir.dispatched_to_court_at, ctx)


# -- reasons and risk --------------------------------------------------------------------------


def check_reasons(reasons: ReasonsInput, problems: list[Problem], ctx: RuleContext) -> None:
    for name in ("suspected", "confirmed"):
        code = getattr(reasons, name)
        if code is not None and not ctx.taxonomy.has_reason(code):
            _err(
                problems,
                f"reasons.{name}",
                msg("'{code}' is not a reason code (see talash taxonomy)", code=code),
            )


def check_risk(
    risk: RiskInput | None,
    child: bool,
    path: str,
    problems: list[Problem],
    ctx: RuleContext,
    *,
    new: bool = True,
) -> None:
    """Check an assessment; ``new`` is false when it is the stored one, unchanged in an edit."""
    if risk is None:
        return
    if not risk.rationale:
        _err(problems, f"{path}.rationale", msg("the reason for the grade is required"))
    if risk.grade is RiskGrade.NO_APPARENT_RISK and child:
        _err(problems, f"{path}.grade", msg("'no apparent risk' is for adults only"))
    if child and risk.grade is RiskGrade.LOW:
        _warn(
            problems,
            f"{path}.grade",
            msg(
                "every missing child is presumed abducted or trafficked until shown "
                "otherwise; medium is the usual starting grade",
            ),
        )
    codes = {item.code for item in ctx.checklist.items}
    escalating = {item.code for item in ctx.checklist.items if item.escalates_to_high}
    seen: set[str] = set()
    for i, row in enumerate(risk.answers):
        if row.item not in codes:
            _err(
                problems,
                f"{path}.answers[{i}].item",
                msg("'{item}' is not a checklist item", item=row.item),
            )
        if row.item in seen:
            _err(
                problems,
                f"{path}.answers[{i}].item",
                msg("'{item}' is answered twice", item=row.item),
            )
        seen.add(row.item)
        if (
            row.answer is RiskAnswer.YES
            and row.item in escalating
            and risk.grade is not RiskGrade.HIGH
        ):
            label = ctx.checklist.item(row.item).label.en
            _warn(
                problems, f"{path}.grade", msg("'{label}' usually makes the risk high", label=label)
            )
    if new and risk.next_review_due is not None and risk.next_review_due < ctx.now - CLOCK_SKEW:
        _err(problems, f"{path}.next_review_due", msg("the next review cannot be in the past"))


# -- the whole case ----------------------------------------------------------------------------


def case_age(case: CaseInput, ctx: RuleContext) -> AgeRange | None:
    return person_age(case.person, ctx.local_date(case.circumstances.last_seen_at))


def check_case(
    case: CaseInput, ctx: RuleContext, *, new_risk: bool = True, new_order: bool = True
) -> list[Problem]:
    """Every problem with a register entry; errors refuse the save.

    ``new_risk`` is false when the risk section is the stored assessment, unchanged by an edit
    (its review date may have passed since; that is the overdue list's business, not an error);
    ``new_order`` likewise for the publicity order (legal_rules.check_publication_order).
    """
    problems: list[Problem] = []
    check_report(case.report, problems, ctx)
    check_circumstances(case.circumstances, case.report, problems, ctx)
    check_person(
        case.person,
        "person",
        problems,
        ctx,
        reference_day=ctx.local_date(case.circumstances.last_seen_at),
        needs_age=True,
    )
    check_complainant(case.complainant, problems, ctx)
    check_reasons(case.reasons, problems, ctx)
    child = is_child_age(case_age(case, ctx))
    check_fir(case, child, problems, ctx)
    check_risk(case.risk, child, "risk", problems, ctx, new=new_risk)
    legal_rules.check_code_in_force(case, problems, ctx)
    legal_rules.check_publication_order(case, problems, ctx, child=child, new=new_order)
    primaries = sum(1 for p in case.photos if p.primary)
    if primaries > 1:
        _err(problems, "photos", msg("only one photo can be the primary one"))
    return problems
