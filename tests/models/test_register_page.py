"""The register's page: each line shows what its case holds, and the keyset pages of every order
walk the register once, ties included. SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses

import pytest

from models.clock import FixedClock
from models.db import Database
from models.dto.cases import CaseFilter, CaseSort
from models.enums import CaseStatus, Sex
from models.services import Services
from tests.conftest import People
from tests.factories import adult_case, at, child_case


@pytest.fixture
def svc(db: Database, clock: FixedClock) -> Services:
    return Services.build(db, clock)


def test_a_line_shows_what_its_case_holds(svc: Services, people: People) -> None:
    child = svc.cases.register_case(people.writer, child_case()).value
    no_io = adult_case()
    no_io = dataclasses.replace(no_io, report=dataclasses.replace(no_io.report, io=None))
    adult = svc.cases.register_case(people.writer, no_io).value
    rows = {r.register_no: r for r in svc.register.page_cases(people.writer).rows}
    line = rows[child.register_no]
    assert line.id and line.uuid == child.uuid and line.version == child.version
    assert line.status is CaseStatus.REGISTERED and line.sex is Sex.FEMALE and line.is_child
    assert line.name == "Priya Santosh Patil"
    # The other names in their order: the name in Devanagari, then the aliases.
    assert line.other_names == "प्रिया संतोष पाटील, Pinky, पिंकी"
    assert line.io_name == "Anita More"
    assert child.fir is not None and line.fir_number == child.fir.number
    assert line.age_at_disappearance == 14
    assert line.reported_at == child.report.reported_at
    assert line.last_seen_at == child.circumstances.last_seen_at
    assert line.last_seen_place == child.circumstances.last_seen_place
    assert (line.suspected_reason, line.confirmed_reason) == ("1.1", None)
    other = rows[adult.register_no]
    assert other.io_name is None and other.fir_number is None and not other.is_child
    assert (other.name, other.sex) == ("Ganpat Shinde", Sex.MALE)
    # A search's page shows the same line.
    found = svc.register.page_cases(people.writer, CaseFilter(text="Priya Patil")).rows
    assert found == (line,)


def reported_hours_ago(hours: float) -> object:
    base = child_case()
    report = dataclasses.replace(base.report, reported_at=at(hours), gd_entry_at=None)
    fir = dataclasses.replace(base.fir, registered_at=at(hours - 0.5))  # type: ignore[arg-type]
    circ = dataclasses.replace(base.circumstances, last_seen_at=at(hours + 2))
    return dataclasses.replace(base, report=report, fir=fir, circumstances=circ)


@pytest.mark.parametrize("sort", CaseSort.ALL)
def test_pages_of_every_order_walk_the_register_once(
    svc: Services, people: People, sort: str
) -> None:
    # Three reported at the same instant: the pages part them by id.
    for hours in (30, 25, 25, 25, 22, 21, 40):
        svc.cases.register_case(people.writer, reported_hours_ago(hours))  # type: ignore[arg-type]
    whole = [r.register_no for r in svc.register.page_cases(people.writer, sort=sort).rows]
    assert len(whole) == 7
    walked: list[str] = []
    cursor = None
    for _ in range(7):
        page = svc.register.page_cases(people.writer, sort=sort, cursor=cursor, limit=2)
        walked += [r.register_no for r in page.rows]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert walked == whole
    if sort == CaseSort.REGISTER_ASC:
        assert whole == sorted(whole)
