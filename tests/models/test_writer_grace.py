"""The user who registered a case may mend it for the station's grace period: until the end of
the shift (``writer_grace_hours`` after the registration) or until an investigating officer has
the case. Each mend is audited as theirs; after the period the save is refused with the reason."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from sqlalchemy import select

from models.clock import FixedClock
from models.db import Database
from models.dto.cases import CaseDetail
from models.entities import AuditEvent
from models.errors import PermissionDenied, ValidationFailed
from models.policy import Policy
from models.services.cases import CaseService
from models.services.policy import PolicyService
from tests.conftest import IST, People
from tests.factories import child_case

GRACE = timedelta(hours=Policy().writer_grace_hours)


@pytest.fixture
def cases(db: Database, clock: FixedClock) -> CaseService:
    return CaseService(db, clock)


def _without_io(cases: CaseService, people: People) -> CaseDetail:
    data = child_case()
    data = dataclasses.replace(data, report=dataclasses.replace(data.report, io=None))
    return cases.register_case(people.writer, data).value


def _renamed(detail: CaseDetail, name: str) -> CaseDetail:
    """``detail`` with the missing person's first name mended."""
    person = dataclasses.replace(detail.person, names=(name, *detail.person.names[1:]))
    return dataclasses.replace(detail, person=person)


def _mend(cases: CaseService, people: People, detail: CaseDetail, name: str) -> CaseDetail:
    data = _renamed(detail, name).as_input()
    return cases.update_case(people.writer, detail.uuid, data, detail.version).value


def test_the_writer_mends_their_case_within_the_period_audited_as_theirs(
    cases: CaseService, people: People, clock: FixedClock, db: Database
) -> None:
    detail = _without_io(cases, people)
    assert detail.permissions.edit  # the window offers the form for editing
    clock.advance(GRACE - timedelta(minutes=1))
    mended = _mend(cases, people, detail, "Priya Santosh Patel")
    assert mended.person.names[0] == "Priya Santosh Patel"
    assert mended.updated_by == people.writer.username and mended.permissions.edit
    with db.read() as s:
        who = s.scalars(
            select(AuditEvent.username).where(
                AuditEvent.entity_uuid == detail.uuid, AuditEvent.action == "case.update"
            )
        ).all()
    assert who == [people.writer.username]
    # The grace is the registering user's own: another officer without the case gets nothing.
    other = cases.case_detail(people.io2, detail.uuid, audit_view=False)
    assert not other.permissions.edit
    with pytest.raises(PermissionDenied, match="not the investigating officer"):
        cases.update_case(people.io2, detail.uuid, other.as_input(), other.version)


def test_after_the_period_the_writer_is_told_when_it_ended(
    cases: CaseService, people: People, clock: FixedClock
) -> None:
    detail = _without_io(cases, people)
    ended = (clock.now() + GRACE).astimezone(IST)
    clock.advance(GRACE)
    latest = cases.case_detail(people.writer, detail.uuid, audit_view=False)
    assert not latest.permissions.edit
    with pytest.raises(PermissionDenied) as refused:
        _mend(cases, people, latest, "Priya Santosh Patel")
    # The case read says why before any save is tried, in the refusal's own words.
    assert latest.permissions.edit_refusal == refused.value.message
    assert refused.value.message == (
        f"The grace period for mending this case ended at {ended:%H:%M}; ask its "
        "investigating officer or the station head."
    )
    # A photo is part of the case too: the same rule, the same words.
    with pytest.raises(PermissionDenied, match="grace period for mending this case ended"):
        cases.remove_photo(people.writer, detail.uuid, 1)
    # The station head still changes it.
    assert cases.case_detail(people.sho, detail.uuid, audit_view=False).permissions.edit


def test_an_investigating_officer_taking_the_case_ends_the_period(
    cases: CaseService, people: People
) -> None:
    detail = _without_io(cases, people)
    sho_view = cases.case_detail(people.sho, detail.uuid, audit_view=False)
    data = sho_view.as_input()
    assigned = dataclasses.replace(data, report=dataclasses.replace(data.report, io="psi.more"))
    taken = cases.update_case(people.sho, detail.uuid, assigned, sho_view.version).value
    latest = cases.case_detail(people.writer, detail.uuid, audit_view=False)
    assert taken.io_officer is not None and not latest.permissions.edit
    assert latest.permissions.edit_refusal is not None
    assert latest.permissions.edit_refusal.startswith("An investigating officer has taken")
    # Anyone else is told who may change it.
    other = cases.case_detail(people.io2, detail.uuid, audit_view=False)
    assert other.permissions.edit_refusal == (
        "Only its investigating officer or the station head can change it."
    )
    with pytest.raises(PermissionDenied, match="An investigating officer has taken this case"):
        _mend(cases, people, latest, "Priya Santosh Patel")
    # A case the writer saved with its IO already named is that officer's from the start.
    named = cases.register_case(people.writer, child_case()).value
    assert not named.permissions.edit


def test_the_station_sets_the_period(
    cases: CaseService, people: People, clock: FixedClock, db: Database
) -> None:
    policy = PolicyService(db, clock)
    with pytest.raises(ValidationFailed, match="from 0 to 24"):
        policy.change(people.sho, writer_grace_hours=25)  # a shift is never longer than a day
    policy.change(people.sho, writer_grace_hours=0)
    assert not _without_io(cases, people).permissions.edit  # no grace: the IO's at once
    policy.change(people.sho, writer_grace_hours=2, writer_grace_ends_with_io=False)
    named = cases.register_case(people.writer, child_case()).value
    assert named.permissions.edit  # an IO named does not end it when the station says so
    mended = _mend(cases, people, named, "Priya S. Patil")
    assert mended.person.names[0] == "Priya S. Patil"
