"""Rules the case form shows, read from models/rules: the FIR sections to suggest for a child and
for an adult, section numbers compared one way, who is a child, and the believable ages."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from models.dto.cases import PersonInput, SectionRow
from models.enums import Act, CaseStatus
from models.errors import Problem
from models.partial_date import DateProblem
from models.rules.age_phrases import parse_age_phrase
from models.rules.ages import ADULT_AGE, MAX_AGE, age_limit_problem
from models.rules.case_rules import (
    KIDNAPPING_DEFAULT,
    RuleContext,
    check_fir,
    check_person,
    child_status,
    sections_not_listed,
    suggested_sections,
)
from models.rules.status import OPEN_STATUS_LIST, OPEN_STATUSES
from tests.factories import child_case

CTX = RuleContext.default(datetime(2026, 11, 20, 10, tzinfo=UTC), ZoneInfo("Asia/Kolkata"))


def test_a_child_is_suggested_the_kidnapping_section_first_then_the_reasons_own() -> None:
    assert suggested_sections("1.3", CTX, child=True) == [
        KIDNAPPING_DEFAULT,
        ("BNS", "139"),
        ("JJ", "76"),
    ]
    # The reason's own kidnapping section is not suggested twice.
    assert suggested_sections("1.1", CTX, child=True) == [KIDNAPPING_DEFAULT]
    # A reason without sections of its own, or none at all: the kidnapping section alone.
    assert suggested_sections("8.1", CTX, child=True) == [KIDNAPPING_DEFAULT]
    assert suggested_sections(None, CTX, child=True) == [KIDNAPPING_DEFAULT]


def test_an_adult_is_suggested_only_the_reasons_own_sections() -> None:
    assert suggested_sections("1.3", CTX, child=False) == [("BNS", "139"), ("JJ", "76")]
    assert suggested_sections("8.1", CTX, child=False) == []
    assert suggested_sections("no such reason", CTX, child=False) == []


def test_section_numbers_are_compared_as_the_section_table_compares_them() -> None:
    wanted = [("BNS", "137(2)"), ("BNS", "139"), ("JJ", "76")]
    listed = [("BNS", " 137 (2) "), ("JJ", "75")]
    assert sections_not_listed(wanted, listed) == [("BNS", "139"), ("JJ", "76")]
    # The Act must agree too; letter case does not matter in the number.
    assert sections_not_listed([("IPC", "363A")], [("IPC", "363a")]) == []
    assert sections_not_listed([("IPC", "363")], [("BNS", "363")]) == [("IPC", "363")]


def test_duplicate_fir_sections_are_found_whatever_the_spacing() -> None:
    case = child_case()
    assert case.fir is not None
    sections = (SectionRow(Act.BNS, "137(2)"), SectionRow(Act.BNS, "137 (2)"))
    twice = dataclasses.replace(case, fir=dataclasses.replace(case.fir, sections=sections))
    problems: list[Problem] = []
    check_fir(twice, True, problems, CTX)
    assert [p.field for p in problems if "listed twice" in p.message] == ["fir.sections[1]"]


def test_who_may_be_a_child() -> None:
    day = date(2026, 11, 20)
    assert child_status(PersonInput(age_min=17, age_max=19), day) is True
    assert child_status(PersonInput(age_min=ADULT_AGE, age_max=20), day) is False
    assert child_status(PersonInput(date_of_birth="2008-11"), day) is True  # 17 or 18
    assert child_status(PersonInput(date_of_birth="2000"), day) is False
    assert child_status(PersonInput(), day) is None


def test_the_age_limit_is_one_limit_for_typed_and_stored_ages() -> None:
    assert parse_age_phrase(str(MAX_AGE)).high == MAX_AGE
    with pytest.raises(DateProblem, match="not believable"):
        parse_age_phrase(str(MAX_AGE + 1))
    assert age_limit_problem(MAX_AGE) is None
    assert age_limit_problem(MAX_AGE + 1) == f"must be between 0 and {MAX_AGE}"
    problems: list[Problem] = []
    check_person(
        PersonInput(names=("Asha",), age_min=MAX_AGE + 1, age_max=MAX_AGE + 1),
        "person",
        problems,
        CTX,
        reference_day=date(2026, 11, 20),
        needs_age=True,
    )
    assert {p.field for p in problems} >= {"person.age_min", "person.age_max"}


def test_the_open_statuses_are_missing_and_traced() -> None:
    assert OPEN_STATUS_LIST == (CaseStatus.REGISTERED, CaseStatus.TRACED)
    assert frozenset(OPEN_STATUS_LIST) == OPEN_STATUSES
