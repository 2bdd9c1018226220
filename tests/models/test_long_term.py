"""Still missing seven years after last seen: the rule, the case, its JSON and its sheet."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from models.clock import FixedClock
from models.db import Database
from models.dto_codec import to_json
from models.enums import CaseStatus
from models.rules.long_term import LONG_TERM_YEARS, long_term_missing
from models.services import Services
from reports.case_sheet import render_case_sheet
from tests.conftest import IST, People
from tests.factories import adult_case
from tests.reports.conftest import pdf_text

SEEN = datetime(2019, 3, 1, 18, 30, tzinfo=IST)


@pytest.mark.parametrize(
    ("now", "status", "expected"),
    [
        (datetime(2026, 2, 28, 23, 59, tzinfo=IST), CaseStatus.REGISTERED, False),
        (datetime(2026, 3, 1, 0, 0, tzinfo=IST), CaseStatus.REGISTERED, True),
        (datetime(2031, 1, 1, tzinfo=IST), CaseStatus.REGISTERED, True),
        (datetime(2031, 1, 1, tzinfo=IST), CaseStatus.TRACED, False),
        (datetime(2031, 1, 1, tzinfo=IST), CaseStatus.TRANSFERRED, False),
    ],
)
def test_seven_full_years_in_the_station_calendar_while_still_missing(
    now: datetime, status: CaseStatus, expected: bool
) -> None:
    assert LONG_TERM_YEARS == 7
    assert long_term_missing(status, SEEN, now, IST) is expected


def test_the_case_its_json_and_its_sheet_say_so_once_seven_years_pass(
    db: Database, clock: FixedClock, people: People, tmp_path: Path
) -> None:
    svc = Services.build(db, clock)
    reg = svc.cases.register_case(people.writer, adult_case()).value.register_no
    case = svc.cases.case_detail(people.io, reg)
    assert case.long_term_missing is False
    assert to_json(case)["long_term_missing"] is False
    papers = svc.notices.case_papers(people.writer, reg, "sheet")
    assert "Missing 7 years" not in pdf_text(render_case_sheet(papers), tmp_path)

    clock.advance(timedelta(days=366 * LONG_TERM_YEARS))
    case = svc.cases.case_detail(people.io, reg)
    assert case.long_term_missing is True
    assert case.status is CaseStatus.REGISTERED  # kept open: only a court declares
    assert to_json(case)["long_term_missing"] is True
    papers = svc.notices.case_papers(people.writer, reg, "sheet")
    assert "Missing 7 years" in pdf_text(render_case_sheet(papers), tmp_path)
