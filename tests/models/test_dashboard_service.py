"""The dashboard's figures: this week and this year, by sex and age band, counted in SQL."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pytest

from models.clock import FixedClock
from models.db import Database
from models.dto.cases import PersonInput, TraceInput
from models.dto.found import FoundInput
from models.enums import Activity, HowTraced, Locality, Sex, TraceType
from models.errors import PermissionDenied
from models.services import Services
from models.services.dashboard import week_start, year_start
from tests.conftest import IST, People
from tests.factories import adult_case, at, child_case


@pytest.fixture
def svc(db: Database, clock: FixedClock) -> Services:
    return Services.build(db, clock)


def _reported_days_ago(days: float) -> dict[str, object]:
    base = child_case()
    reported = at(24 * days)
    return {
        "report": dataclasses.replace(base.report, reported_at=reported, gd_entry_at=None),
        "circumstances": dataclasses.replace(
            base.circumstances, last_seen_at=reported - timedelta(hours=3)
        ),
        "fir": dataclasses.replace(base.fir, registered_at=reported, copy_given_at=None),  # type: ignore[arg-type]
    }


def test_periods_start_on_monday_and_on_the_first_of_january() -> None:
    friday = datetime(2026, 11, 20, 10, 0, tzinfo=IST)
    assert week_start(friday, IST) == datetime(2026, 11, 16, 0, 0, tzinfo=IST)
    assert year_start(friday, IST) == datetime(2026, 1, 1, 0, 0, tzinfo=IST)


def test_figures_count_reported_traced_untraced_by_sex_and_band(
    svc: Services, people: People
) -> None:
    girl = svc.cases.register_case(people.writer, child_case()).value  # 14, this week
    svc.cases.register_case(people.writer, adult_case())  # 67-year-old man, this week
    svc.cases.register_case(people.writer, child_case(**_reported_days_ago(60)))  # this year only
    svc.cases.record_trace(
        people.io,
        girl.register_no,
        TraceInput(
            trace_type=TraceType.TRACED_ON_FIR,
            traced_at=at(2),
            how_traced=HowTraced.POLICE_TEAM,
            place="Dadar railway station",
            locality=Locality.OTHER_PS_CITY,
            activity=Activity.BEGGING,
        ),
    )
    svc.found.add_found(
        people.writer,
        FoundInput(
            person=PersonInput(sex=Sex.MALE, age_min=9, age_max=10),
            found_at=at(5),
            found_place="Sion signal",
            activity=Activity.CHILD_LABOUR,
        ),
    )

    figures = svc.dashboard.figures(people.writer)

    week, year = figures.week, figures.year
    assert week.reported.total == 2 and year.reported.total == 3
    assert week.reported.sex(Sex.FEMALE) == 1 and week.reported.sex(Sex.MALE) == 1
    assert week.reported.band("12-15") == 1 and week.reported.band("18+") == 1
    assert week.traced.total == 1 and week.traced.band("12-15") == 1
    assert week.untraced.total == 1 and week.untraced.sex(Sex.MALE) == 1
    assert year.untraced.total == 2
    assert dict(week.children_working) == {
        Activity.BEGGING: 1,
        Activity.CHILD_LABOUR: 1,
        Activity.RAG_PICKING: 0,
        Activity.DOMESTIC_WORK: 0,
    }
    assert week.children_working_total == 2
    assert figures.missing_now == 2
    assert figures.bands == ("0-5", "6-11", "12-15", "16-17", "18+", "unknown")


def test_voided_cases_are_not_counted(svc: Services, people: People) -> None:
    case = svc.cases.register_case(people.writer, child_case()).value
    svc.cases.void_case(people.sho, case.register_no, reason="entered twice")
    assert svc.dashboard.figures(people.sho).week.reported.total == 0


def test_admin_sees_no_figures(svc: Services, people: People) -> None:
    with pytest.raises(PermissionDenied):
        svc.dashboard.figures(people.admin)
