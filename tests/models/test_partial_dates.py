"""Partial dates and the ages derived from them (the register's commonest ambiguity)."""

from __future__ import annotations

from datetime import date

import pytest

from models.partial_date import AgeRange, DateProblem, PartialDate, age_on
from models.rules.age_phrases import parse_age_phrase


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("17-05-2012", "2012-05-17"),
        ("7/5/2012", "2012-05-07"),
        ("05-2012", "2012-05"),
        ("2012", "2012"),
        ("01.01.2000", "2000-01-01"),
    ],
)
def test_indian_forms_are_read(typed: str, iso: str) -> None:
    assert PartialDate.parse_indian(typed).iso() == iso


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("31/02/2024", "no day 31"),
        ("29-02-2023", "no day 29"),
        ("13-13-2020", "no month 13"),
        ("17-05-12", "four digits"),
        ("2012-05-17", "DD-MM-YYYY"),
        ("1850", "not believable"),
        ("", "DD-MM-YYYY"),
        ("17 May 2012", "DD-MM-YYYY"),
    ],
)
def test_impossible_or_ambiguous_dates_are_refused(typed: str, why: str) -> None:
    with pytest.raises(DateProblem, match=why):
        PartialDate.parse_indian(typed)


def test_leap_day_is_fine_in_a_leap_year() -> None:
    assert PartialDate.parse_indian("29-02-2024").latest() == date(2024, 2, 29)


def test_ages_from_partial_dates() -> None:
    on = date(2026, 11, 20)
    assert age_on(PartialDate(2012, 5, 17), on) == AgeRange(14, 14)
    assert age_on(PartialDate(2012, 11, 21), on) == AgeRange(13, 13)  # birthday tomorrow
    assert age_on(PartialDate(2012), on) == AgeRange(13, 14)
    assert age_on(PartialDate(2012, 11), on) == AgeRange(13, 14)
    assert age_on(PartialDate(2008, 11), on) == AgeRange(17, 18)  # may still be a child


def test_age_ranges() -> None:
    assert parse_age_phrase("12-14") == AgeRange(12, 14)
    assert parse_age_phrase(" 9 ") == AgeRange(9, 9)
    assert parse_age_phrase("12–14").text() == "12–14"
    for bad in ("14-12", "abc", "200", "-3"):
        with pytest.raises(DateProblem):
            parse_age_phrase(bad)
