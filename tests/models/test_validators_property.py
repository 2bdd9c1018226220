"""Arbitrary text, dates and numbers: only clear validation errors, never a crash or a half-save."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from models.clock import FixedClock
from models.db import Database
from models.dto.cases import CaseInput
from models.dto_codec import from_json, to_json
from models.errors import UserError, ValidationFailed
from models.partial_date import DateProblem, PartialDate
from models.rules.age_phrases import parse_age_phrase
from models.services.cases import CaseService
from models.text import TextProblem, clean_text, search_key
from tests.conftest import FIXED_NOW, actors_of
from tests.factories import child_case

ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@given(ANY_TEXT, st.booleans())
def test_clean_text_returns_clean_text_or_a_text_problem(value: str, multiline: bool) -> None:
    try:
        out = clean_text(value, multiline=multiline, max_length=250)
    except TextProblem as exc:
        assert str(exc)
        return
    assert out == out.strip()
    assert "\u202e" not in out and "\u200b" not in out
    assert search_key(out) == search_key(search_key(out))  # folding is idempotent


@given(ANY_TEXT)
def test_date_parsers_accept_or_explain(value: str) -> None:
    for parse in (PartialDate.parse_indian, PartialDate.parse_iso):
        try:
            d = parse(value)
        except DateProblem as exc:
            assert str(exc)
        else:
            assert d.earliest() <= d.latest()
            assert PartialDate.parse_iso(d.iso()) == d
            assert PartialDate.parse_indian(d.indian()) == d
    try:
        ages = parse_age_phrase(value)
    except DateProblem:
        pass
    else:
        assert 0 <= ages.low <= ages.high <= 120


JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | ANY_TEXT
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ANY_TEXT, inner, max_size=4),
    max_leaves=20,
)


@given(JSON_VALUES)
def test_arbitrary_json_becomes_a_case_or_a_list_of_problems(value: Any) -> None:
    try:
        from_json(CaseInput, value)
    except ValidationFailed as exc:
        assert exc.problems and all(p.message for p in exc.problems)


def _mutations() -> st.SearchStrategy[dict[str, Any]]:
    """Replace a few fields of a valid case (as JSON) with arbitrary values."""
    paths = [
        ("person", "names"),
        ("person", "date_of_birth"),
        ("person", "age_min"),
        ("person", "age_max"),
        ("person", "height_cm"),
        ("person", "sex"),
        ("circumstances", "last_seen_at"),
        ("circumstances", "narrative"),
        ("circumstances", "last_seen_place"),
        ("circumstances", "latitude"),
        ("report", "reported_at"),
        ("fir", "number"),
        ("fir", "registered_at"),
        ("reasons", "suspected"),
        ("risk", "rationale"),
    ]
    dates = st.datetimes(min_value=datetime(1890, 1, 1), max_value=datetime(2100, 1, 1)).map(
        lambda d: d.isoformat()
    )
    values = (
        ANY_TEXT
        | st.integers(-(10**6), 10**6)
        | st.floats(allow_nan=False, allow_infinity=False)
        | dates
        | st.lists(ANY_TEXT, max_size=3)
        | st.none()
    )
    return st.dictionaries(st.sampled_from(paths), values, min_size=1, max_size=4)


@SETTINGS
@given(_mutations())
def test_the_register_saves_or_refuses_in_plain_words_and_never_half_saves(
    sqlite_db: Database, changes: dict[tuple[str, str], Any]
) -> None:
    clock = FixedClock(FIXED_NOW)
    service = CaseService(sqlite_db, clock)
    writer = actors_of(sqlite_db).writer
    data = to_json(child_case(), zone=UTC)
    for (section, field), value in changes.items():
        data[section][field] = value

    def counts() -> tuple[int, int, int]:
        with sqlite_db.read() as s:
            return tuple(  # type: ignore[return-value]
                int(s.execute(text(f"SELECT count(*) FROM {t}")).scalar() or 0)  # noqa: S608
                for t in ("mp_case", "person", "person_name")
            )

    before = counts()
    try:
        case = from_json(CaseInput, data)
        saved = service.register_case(writer, case)
    except UserError as exc:
        assert str(exc)
        assert counts() == before
        return
    after = counts()
    assert after[0] == before[0] + 1
    assert saved.value.register_no.startswith("MP/")


def test_no_future_dates_are_accepted(db: Database, clock: FixedClock) -> None:
    service = CaseService(db, clock)
    writer = actors_of(db).writer
    base = child_case()
    future = clock.now() + timedelta(days=2)
    for case in (
        dataclasses.replace(base, report=dataclasses.replace(base.report, reported_at=future)),
        dataclasses.replace(base, person=dataclasses.replace(base.person, date_of_birth="2027")),
        dataclasses.replace(
            base, circumstances=dataclasses.replace(base.circumstances, last_seen_at=future)
        ),
    ):
        try:
            service.register_case(writer, case)
        except ValidationFailed as exc:
            assert any("future" in p.message or "after" in p.message for p in exc.problems)
        else:
            raise AssertionError("a future date was accepted")
