"""Rules for what is recorded after a report: action-log entries, the trace, the reunion, the
closure steps, and persons found without a report. Pure: the services pass in the facts."""

from __future__ import annotations

from datetime import datetime, timedelta

from models.dto.cases import ActionInput, ClosureInput, ReunionInput, TraceInput
from models.dto.found import BodyFacts, FoundInput
from models.enums import ActionType, Condition, TraceType
from models.errors import Problem
from models.messages import msg
from models.rules.case_rules import RuleContext, check_person, not_future

# Entries that say nothing without a line of text.
ACTIONS_NEEDING_DETAILS = frozenset(
    {ActionType.NOTE, ActionType.PLACES_CHECKED, ActionType.REVIEW, ActionType.MEDIA}
)
# An entry may record work done on the day before the report reached the register.
ACTION_BEFORE_REPORT = timedelta(days=1)


def check_action(
    data: ActionInput, when: datetime, reported_at: datetime, ctx: RuleContext
) -> list[Problem]:
    problems: list[Problem] = []
    not_future(problems, "happened_at", when, ctx)
    if when < reported_at - ACTION_BEFORE_REPORT:
        problems.append(Problem("happened_at", msg("is before the case was reported")))
    if data.action_type is ActionType.PORTAL_UPLOAD and (data.portal is None or not data.reference):
        problems.append(
            Problem("reference", msg("a portal upload needs the portal and its reference number"))
        )
    if data.action_type is ActionType.STATIONS_INFORMED and not data.stations:
        problems.append(Problem("stations", msg("list the stations or offices informed")))
    if data.action_type in ACTIONS_NEEDING_DETAILS and not data.details:
        problems.append(Problem("details", msg("say what was done")))
    return problems


def check_trace(data: TraceInput, last_seen_at: datetime, ctx: RuleContext) -> list[Problem]:
    problems: list[Problem] = []
    not_future(problems, "traced_at", data.traced_at, ctx)
    if data.traced_at < last_seen_at:
        problems.append(Problem("traced_at", msg("is before the person was last seen")))
    if data.ps_informed_at is not None and data.ps_informed_at < data.traced_at:
        problems.append(Problem("ps_informed_at", msg("is before the trace")))
    if not data.place:
        problems.append(Problem("place", msg("say where the person was traced")))
    if data.accused_arrested < 0:
        problems.append(Problem("accused_arrested", msg("cannot be negative")))
    if data.trace_type is TraceType.FOUND_DEAD and not data.uidb_number:
        problems.append(Problem("uidb_number", msg("give the inquest or UIDB number")))
    return problems


def check_reunion(
    data: ReunionInput, traced_at: datetime, is_child: bool, ctx: RuleContext
) -> list[Problem]:
    problems: list[Problem] = []
    for field in ("cwc_produced_at", "handover_at", "safe_well_at", "return_interview_at"):
        value = getattr(data, field)
        if value is None:
            continue
        before = len(problems)
        not_future(problems, field, value, ctx)
        if len(problems) == before and value < traced_at:
            problems.append(Problem(field, msg("is before the person was traced")))
    if data.cwc_produced_at is not None and not data.cwc_name:
        problems.append(Problem("cwc_name", msg("name the Child Welfare Committee")))
    if data.handover_at is not None and not data.handover_to_name:
        problems.append(Problem("handover_to_name", msg("say to whom the person was handed over")))
    if data.cwc_not_required_reason and is_child and data.cwc_produced_at is None:
        problems.append(
            Problem(
                "cwc_not_required_reason",
                msg("a traced child is produced before the CWC (JJ Act s.31)"),
            )
        )
    return problems


def check_closure_steps(data: ClosureInput, ctx: RuleContext) -> list[Problem]:
    problems: list[Problem] = []
    not_future(problems, "complainant_informed_at", data.complainant_informed_at, ctx)
    not_future(problems, "dlsa_informed_at", data.dlsa_informed_at, ctx)
    return problems


def check_found(data: FoundInput, ctx: RuleContext) -> list[Problem]:
    problems: list[Problem] = []
    not_future(problems, "found_at", data.found_at, ctx)
    if not data.found_place:
        say = (
            msg("say where the body was found")
            if data.is_body
            else msg("say where the person was found")
        )
        problems.append(Problem("found_place", say))
    if data.is_body:
        check_body(data, ctx, problems)
    else:
        if data.activity is None:
            problems.append(Problem("activity", msg("say what the person was doing when found")))
        if data.body is not None:
            problems.append(
                Problem(
                    "body",
                    msg(
                        "inquest and post-mortem details are for an unidentified dead body "
                        "only; choose that kind, or leave them empty",
                    ),
                )
            )
    check_person(
        data.person,
        "person",
        problems,
        ctx,
        reference_day=ctx.local_date(data.found_at),
        needs_age=True,
        needs_name=False,
    )
    if data.cwc_produced_at is not None:
        if data.cwc_produced_at < data.found_at:
            problems.append(Problem("cwc_produced_at", msg("is before the person was found")))
        not_future(problems, "cwc_produced_at", data.cwc_produced_at, ctx)
        if not data.cwc_name:
            problems.append(Problem("cwc_name", msg("name the Child Welfare Committee")))
    check_found_upload(data, ctx, problems)
    return problems


def check_found_upload(data: FoundInput, ctx: RuleContext, problems: list[Problem]) -> None:
    """The portal upload (JJ Act s.32) is one record: when, to which portal, its reference."""
    if data.portal_uploaded_at is None:
        if data.portal is not None or data.portal_reference:
            problems.append(
                Problem("portal_uploaded_at", msg("say when it was uploaded to the portal"))
            )
        return
    if data.portal_uploaded_at < data.found_at:
        problems.append(Problem("portal_uploaded_at", msg("is before the person was found")))
    not_future(problems, "portal_uploaded_at", data.portal_uploaded_at, ctx)
    if data.portal is None:
        problems.append(Problem("portal", msg("say which portal it was uploaded to")))


def check_body(data: FoundInput, ctx: RuleContext, problems: list[Problem]) -> None:
    """An unidentified dead body: identified by its inquest; no activity, no CWC."""
    body = data.body or BodyFacts()
    if not body.inquest_no:
        problems.append(
            Problem(
                "body.inquest_no", msg("give the inquest or U.D. (unexplained death) case number")
            )
        )
    # What a living person was doing when found means nothing for a body: it stays empty, so
    # that the tallies by activity (Operation Muskaan, the dashboard) never count a body.
    if data.activity is not None:
        problems.append(Problem("activity", msg("does not apply to a dead body; leave it empty")))
    if data.condition not in (None, Condition.DECEASED):
        problems.append(Problem("condition", msg("a dead body's condition can only be deceased")))
    if any((data.cwc_produced_at, data.cwc_name, data.cwc_order_number, data.cwc_order)) or (
        data.cci_name
    ):
        problems.append(
            Problem(
                "cwc_name",
                msg(
                    "a dead body is not produced before the Child Welfare Committee; leave "
                    "the committee and the home empty",
                ),
            )
        )
    found_day = ctx.local_date(data.found_at)
    today = ctx.local_date(ctx.now)
    for field, day in (("inquest_date", body.inquest_date), ("disposed_on", body.disposed_on)):
        if day is None:
            continue
        if day < found_day:
            problems.append(Problem(f"body.{field}", msg("is before the body was found")))
        if day > today:
            problems.append(Problem(f"body.{field}", msg("cannot be in the future")))
    if body.disposal is None and (body.disposed_on or body.disposal_place):
        problems.append(
            Problem("body.disposal", msg("say whether the body was buried or cremated"))
        )
    if body.disposal is not None and body.disposed_on is None:
        problems.append(
            Problem("body.disposed_on", msg("give the date the body was buried or cremated"))
        )
