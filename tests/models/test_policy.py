"""The station's clocks are settings: the station head changes them, the clocks follow."""

from __future__ import annotations

from datetime import timedelta

import pytest

from models.clock import FixedClock
from models.db import Database
from models.dto.cases import ReunionInput, TraceInput
from models.enums import HowTraced, Locality, TraceType
from models.errors import PermissionDenied, ValidationFailed
from models.services import Services
from tests.conftest import People
from tests.factories import child_case


def test_station_head_changes_the_cwc_clock_and_the_overdue_list_follows(
    db: Database, clock: FixedClock, people: People
) -> None:
    svc = Services.build(db, clock)
    reg = svc.cases.register_case(people.writer, child_case()).value.register_no
    svc.cases.record_trace(
        people.io,
        reg,
        TraceInput(
            TraceType.TRACED_ON_FIR,
            clock.now(),
            HowTraced.POLICE_TEAM,
            "Sion",
            Locality.OTHER_PS_CITY,
        ),
    )
    clock.advance(timedelta(hours=13))
    late = lambda: [i for i in svc.register.overdue(people.io) if i.ref == reg and i.clock.overdue]  # noqa: E731
    assert late() == []
    with pytest.raises(PermissionDenied):
        svc.policy.change(people.io, cwc_production_hours=12)
    svc.policy.change(people.sho, cwc_production_hours=12)
    assert [i.clock.kind for i in late()] == ["cwc_production"]
    assert svc.policy.current().cwc_production_hours == 12
    svc.cases.record_reunion(
        people.io, reg, ReunionInput(cwc_produced_at=clock.now(), cwc_name="CWC")
    )
    assert late() == []


def test_bad_settings_are_refused(db: Database, clock: FixedClock, people: People) -> None:
    svc = Services.build(db, clock)
    for bad in (
        {"cwc_production_hours": -1},
        {"cwc_production_hours": 0},
        {"no_such": 1},
        {"age_bands": ["0-5", "7-17"]},
        {"age_bands": ["0-5", "6-16"]},
        {"ahtu_immediate_if_trafficking": "yes"},
    ):
        with pytest.raises(ValidationFailed):
            svc.policy.change(people.sho, **bad)
    assert svc.policy.change(people.sho, age_bands=["0-5", "6-13", "14-17"]).age_bands == (
        "0-5",
        "6-13",
        "14-17",
    )
