"""The notice gating rule: who may ask, approve and issue, and when a notice may not go out."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from models.clock import FixedClock
from models.db import Database
from models.dto.cases import PublicationOrder, ReasonsInput, TraceInput
from models.dto.found import FoundInput
from models.entities import AuditEvent
from models.enums import (
    Activity,
    CaseStatus,
    FoundStatus,
    HowTraced,
    Locality,
    NoticeKind,
    NoticeStatus,
    OrderAuthority,
    OrderPermit,
    TraceType,
)
from models.errors import PermissionDenied, RuleViolation, ValidationFailed
from models.rules import notice_rules as rules
from models.rules.notice_rules import NoticeStep
from models.rules.publicity import PublicityFacts
from models.services import Services
from tests.conftest import People
from tests.factories import at, child_case, child_person


@pytest.fixture
def svc(db: Database, clock: FixedClock) -> Services:
    return Services.build(db, clock)


def trace_input() -> TraceInput:
    return TraceInput(
        trace_type=TraceType.TRACED_ON_FIR,
        traced_at=at(1),
        how_traced=HowTraced.POLICE_TEAM,
        place="Dadar railway station",
        locality=Locality.OTHER_PS_CITY,
    )


# -- the pure rule -------------------------------------------------------------------------------


PLAIN = PublicityFacts("MP/2026/0001", sensitive=False, is_child=True, pocso=False)
CWC_ORDER = PublicationOrder(
    "CWC/MUM/2026/77",
    "2026-11-20",
    "CWC Mumbai City",
    kind=OrderAuthority.CWC,
    permits=(OrderPermit.NOTICE,),
)


def test_only_a_missing_person_may_have_a_notice() -> None:
    for status in CaseStatus:
        refusal = rules.missing_notice_refusal(status=status, facts=PLAIN, order=None)
        assert (refusal is None) == (status is CaseStatus.REGISTERED), status
    refusal = rules.missing_notice_refusal(status=CaseStatus.TRACED, facts=PLAIN, order=None)
    assert refusal is not None and "traced" in refusal and "still missing" in refusal


def test_sexual_offence_or_trafficking_needs_a_recorded_order() -> None:
    trafficked = dataclasses.replace(PLAIN, sensitive=True)

    def refusal(order: PublicationOrder | None) -> str | None:
        return rules.missing_notice_refusal(
            status=CaseStatus.REGISTERED, facts=trafficked, order=order
        )

    without = refusal(None)
    assert without is not None and "need an order allowing it" in without
    assert "Child Welfare Committee" in without
    assert refusal(CWC_ORDER) is None


def test_found_child_needs_cwc_production_and_must_still_be_in_care() -> None:
    def refusal(status: FoundStatus, child: bool, cwc: bool) -> str | None:
        return rules.found_notice_refusal(
            ref_no="FP/2026/0001", status=status, is_child=child, is_body=False, cwc_produced=cwc
        )

    assert refusal(FoundStatus.IN_CARE, True, True) is None
    assert refusal(FoundStatus.IN_CARE, False, False) is None
    assert "Child Welfare Committee" in (refusal(FoundStatus.IN_CARE, True, False) or "")
    for status in (FoundStatus.LINKED, FoundStatus.RESTORED, FoundStatus.CLOSED):
        assert refusal(status, True, True) is not None


@pytest.mark.parametrize(
    ("status", "step", "allowed"),
    [
        (NoticeStatus.REQUESTED, NoticeStep.APPROVE, True),
        (NoticeStatus.REQUESTED, NoticeStep.ISSUE, False),  # the head's approval comes first
        (NoticeStatus.APPROVED, NoticeStep.ISSUE, True),
        (NoticeStatus.ISSUED, NoticeStep.PRINT, True),
        (NoticeStatus.APPROVED, NoticeStep.PRINT, False),
        (NoticeStatus.WITHDRAWAL_DUE, NoticeStep.PRINT, False),
        (NoticeStatus.WITHDRAWAL_DUE, NoticeStep.WITHDRAW, True),
        (NoticeStatus.WITHDRAWN, NoticeStep.WITHDRAW, False),
        (NoticeStatus.ISSUED, NoticeStep.REFUSE, False),
    ],
)
def test_notice_steps(status: NoticeStatus, step: NoticeStep, allowed: bool) -> None:
    if allowed:
        rules.check_step("LN/2026/0001", status, step)
    else:
        with pytest.raises(RuleViolation):
            rules.check_step("LN/2026/0001", status, step)


def test_public_description_and_place_leave_out_what_locates_the_family() -> None:
    person = child_person()
    public = rules.public_description(person, age="14", age_now="14", photo_taken_on=None)
    flat = repr(public)
    for secret in ("98XXXXXX10", "Shiv Shakti Chawl", "Municipal Marathi School", "1234 5678"):
        assert secret not in flat
    assert public.age_now is None  # the same as the age: not repeated
    place = rules.public_place("Outside Municipal Marathi School No. 2, 90 Feet Road", person)
    assert place == "near 90 Feet Road"


# -- the rule in the service ---------------------------------------------------------------------


def test_request_approve_issue_gives_the_number_and_records_each_officer(
    svc: Services, people: People, db: Database
) -> None:
    case = svc.cases.register_case(people.writer, child_case()).value
    requested = svc.notices.request(people.io, case.register_no)
    assert requested.status is NoticeStatus.REQUESTED and requested.notice_no is None
    with pytest.raises(RuleViolation, match="approval"):
        svc.notices.issue(people.io, case.register_no)
    with pytest.raises(PermissionDenied):
        svc.notices.approve(people.io, case.register_no)  # only the station head approves
    svc.notices.approve(people.sho, f"#{requested.id}")
    issued = svc.notices.issue(people.io, case.register_no)
    assert issued.notice_no == "LN/2026/0001" and issued.status is NoticeStatus.ISSUED
    assert (issued.requested_by, issued.approved_by, issued.issued_by) == (
        "psi.more",
        "pi.shinde",
        "psi.more",
    )
    with pytest.raises(RuleViolation, match="already"):
        svc.notices.request(people.sho, case.register_no)  # one live notice per case
    with db.read() as s:
        actions = list(
            s.scalars(select(AuditEvent.action).where(AuditEvent.entity_type == "notice"))
        )
    assert actions == ["notice.request", "notice.approve", "notice.issue"]


def test_only_the_cases_own_officer_or_the_head_may_ask(svc: Services, people: People) -> None:
    case = svc.cases.register_case(people.writer, child_case()).value
    for outsider in (people.writer, people.io2, people.admin):
        with pytest.raises(PermissionDenied):
            svc.notices.request(outsider, case.register_no)
    assert svc.notices.request(people.sho, case.register_no).status is NoticeStatus.REQUESTED


def test_notice_refused_for_a_traced_case(svc: Services, people: People) -> None:
    case = svc.cases.register_case(people.writer, child_case()).value
    svc.cases.record_trace(people.io, case.register_no, trace_input())
    with pytest.raises(RuleViolation, match="traced"):
        svc.notices.request(people.io, case.register_no)


def test_sexual_offence_case_refused_until_the_order_is_recorded(
    svc: Services, people: People
) -> None:
    sensitive = child_case(reasons=ReasonsInput(suspected="1.1", sexual_offence=True))
    case = svc.cases.register_case(people.writer, sensitive).value
    assert case.sensitive and case.pocso
    with pytest.raises(RuleViolation, match="only the Special Court"):
        svc.notices.request(people.io, case.register_no)
    special_court = dataclasses.replace(
        CWC_ORDER,
        reference="POCSO Misc. 41/2026",
        authority="Special Court (POCSO), Greater Mumbai",
        kind=OrderAuthority.SPECIAL_COURT,
    )
    ordered = dataclasses.replace(case.as_input(), publication_order=special_court)
    with pytest.raises(PermissionDenied, match="order allowing publicity"):
        svc.cases.update_case(people.io, case.register_no, ordered, case.version)
    saved = svc.cases.update_case(people.sho, case.register_no, ordered, case.version).value
    assert saved.publication_order is not None
    assert saved.publication_order.recorded_by == people.sho.username
    assert svc.notices.request(people.io, case.register_no).status is NoticeStatus.REQUESTED


def test_approval_and_issue_recheck_the_rule(svc: Services, people: People) -> None:
    case = svc.cases.register_case(people.writer, child_case()).value
    requested = svc.notices.request(people.io, case.register_no)
    # Later the case turns out to involve a sexual offence: the request can no longer be approved.
    svc.cases.classify(
        people.io,
        case.register_no,
        ReasonsInput(suspected="1.1", presumed_abduction=True, sexual_offence=True),
    )
    with pytest.raises(RuleViolation, match="only the Special Court"):
        svc.notices.approve(people.sho, case.register_no)
    # A trace refuses whatever is still pending.
    svc.cases.record_trace(people.io, case.register_no, trace_input())
    row = svc.notices.get(people.sho, f"#{requested.id}")
    assert row.status is NoticeStatus.REFUSED
    with pytest.raises(RuleViolation):
        svc.notices.approve(people.sho, f"#{requested.id}")


def test_tracing_marks_issued_notices_for_withdrawal_until_withdrawn(
    svc: Services, people: People
) -> None:
    case = svc.cases.register_case(people.writer, child_case()).value
    svc.notices.request(people.io, case.register_no)
    svc.notices.approve(people.sho, case.register_no)
    svc.notices.issue(people.io, case.register_no)
    svc.cases.record_trace(people.io, case.register_no, trace_input())
    [row] = svc.notices.list_notices(people.io, statuses=(NoticeStatus.WITHDRAWAL_DUE,))
    assert row.notice_no == "LN/2026/0001"
    steps = [s.code for s in svc.cases.closure_steps(people.sho, case.register_no)]
    assert "notice:LN/2026/0001" in steps
    with pytest.raises(RuleViolation, match="traced"):
        svc.notices.missing_notice(people.io, "LN/2026/0001")
    withdrawn = svc.notices.withdraw(people.io, "LN/2026/0001")
    assert withdrawn.status is NoticeStatus.WITHDRAWN and withdrawn.withdrawn_by == "psi.more"
    steps = [s.code for s in svc.cases.closure_steps(people.sho, case.register_no)]
    assert "notice:LN/2026/0001" not in steps


def test_refusal_needs_a_reason(svc: Services, people: People) -> None:
    case = svc.cases.register_case(people.writer, child_case()).value
    svc.notices.request(people.io, case.register_no)
    with pytest.raises(ValidationFailed):
        svc.notices.refuse(people.sho, case.register_no, reason="  ")
    row = svc.notices.refuse(people.sho, case.register_no, reason="photo too old")
    assert row.status is NoticeStatus.REFUSED and row.refused_reason == "photo too old"


def test_found_child_notice_after_cwc_production(
    svc: Services, people: People, clock: FixedClock
) -> None:
    found = FoundInput(
        person=child_person(names=(), age_min=8, age_max=10, date_of_birth=None),
        found_at=at(30),
        found_place="Platform 4, Dadar station",
        activity=Activity.BEGGING,
    )
    row = svc.found.add_found(people.writer, found).value
    with pytest.raises(RuleViolation, match="Child Welfare Committee"):
        svc.notices.request(people.io2, row.ref_no)
    produced = dataclasses.replace(found, cwc_produced_at=at(20), cwc_name="CWC Mumbai City")
    svc.found.update_found(people.io, row.ref_no, produced, row.version)
    notice = svc.notices.request(people.io2, row.ref_no)  # any IO: a found person has none
    assert notice.kind is NoticeKind.FOUND and notice.subject_ref == row.ref_no
    svc.notices.approve(people.sho, row.ref_no)
    issued = svc.notices.issue(people.io2, row.ref_no)
    printable = svc.notices.found_notice(people.writer, issued.notice_no or "")
    assert printable.person.names == () and printable.cwc_name == "CWC Mumbai City"
