"""Retention: each kind of record is listed for review after the station's period, never
destroyed by the list; the untraced case gets its seven-year review and is never destroyable."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.__main__ import main
from models.clock import FixedClock
from models.db import Database
from models.entities import Case, FoundPerson
from models.enums import Activity, CaseStatus, FoundStatus, Sex
from models.errors import PermissionDenied, ValidationFailed
from models.policy import Policy
from models.rules.long_term import LONG_TERM_YEARS
from models.rules.retention import (
    RecordKind,
    add_years,
    case_due,
    found_due,
    rules,
    years_for,
)
from models.services import Services
from models.services.retention import RetentionService
from tests.conftest import IST, TEST_PASSWORD, People
from tests.factories import adult_case, child_case
from tests.returns.conftest import found, traced

# -- the rule ----------------------------------------------------------------------------------

SINCE = datetime(2020, 2, 29, 23, 30, tzinfo=IST)  # a leap day, late in the evening (IST)


def test_a_period_runs_in_whole_years_of_the_station_calendar() -> None:
    assert add_years(date(2020, 2, 29), 3) == date(2023, 2, 28)
    assert add_years(date(2020, 2, 29), 4) == date(2024, 2, 29)
    policy = Policy(retention_void_entry_years=3)
    day_before = datetime(2023, 2, 27, 23, 59, tzinfo=IST)
    due_day = datetime(2023, 2, 28, 0, 0, tzinfo=IST)
    assert case_due(CaseStatus.VOID, SINCE, SINCE, policy, day_before, IST) is None
    assert case_due(CaseStatus.VOID, SINCE, SINCE, policy, due_day, IST) == (
        RecordKind.VOID_ENTRY,
        date(2023, 2, 28),
    )


@pytest.mark.parametrize(
    ("status", "years", "kind"),
    [
        (CaseStatus.TRACED, 10, RecordKind.TRACED_CASE),
        (CaseStatus.CLOSED, 10, RecordKind.TRACED_CASE),
        (CaseStatus.TRANSFERRED, 3, RecordKind.TRANSFERRED_CASE),
        (CaseStatus.VOID, 3, RecordKind.VOID_ENTRY),
    ],
)
def test_each_kind_of_case_has_its_own_default_period(
    status: CaseStatus, years: int, kind: RecordKind
) -> None:
    policy = Policy()
    before = datetime(2020 + years, 2, 27, 12, tzinfo=IST)
    at = datetime(2020 + years, 2, 28, 12, tzinfo=IST)
    assert case_due(status, SINCE, SINCE, policy, before, IST) is None
    assert case_due(status, SINCE, SINCE, policy, at, IST) == (kind, date(2020 + years, 2, 28))


def test_a_missing_person_s_case_is_reviewed_at_seven_years_never_destroyable() -> None:
    seen = datetime(2019, 3, 1, 18, 30, tzinfo=IST)
    policy = Policy(retention_traced_case_years=1)
    assert (
        case_due(CaseStatus.REGISTERED, seen, seen, policy, seen + timedelta(days=2000), IST)
        is None
    )
    due = case_due(CaseStatus.REGISTERED, seen, seen, policy, datetime(2026, 3, 1, tzinfo=IST), IST)
    assert due == (RecordKind.UNTRACED_CASE, date(2026, 3, 1))
    [untraced] = [r for r in rules(policy) if r.kind is RecordKind.UNTRACED_CASE]
    assert untraced.years == LONG_TERM_YEARS and not untraced.destroyable


def test_a_found_person_in_care_or_linked_to_a_case_is_never_due() -> None:
    policy, later = Policy(), datetime(2090, 1, 1, tzinfo=IST)
    assert found_due(FoundStatus.IN_CARE, SINCE, policy, later, IST) is None
    assert found_due(FoundStatus.LINKED, SINCE, policy, later, IST) is None
    assert found_due(FoundStatus.RESTORED, SINCE, policy, later, IST) is not None


def test_a_stored_period_out_of_bounds_is_held_to_one_to_a_hundred_years() -> None:
    assert years_for(Policy(retention_traced_case_years=0), RecordKind.TRACED_CASE) == 1
    big = Policy(retention_found_person_years=10**9)
    assert years_for(big, RecordKind.FOUND_PERSON) == 100


# -- the list, from the register ----------------------------------------------------------------


def test_the_list_names_each_record_when_its_period_is_over_and_says_how_it_leaves(
    db: Database, clock: FixedClock, people: People
) -> None:
    svc = Services.build(db, clock)
    cases = svc.cases
    traced_ref = cases.register_case(people.writer, adult_case()).value.register_no
    cases.record_trace(people.sho, traced_ref, traced(clock.now()))
    void_ref = cases.register_case(people.writer, adult_case()).value.register_no
    cases.void_case(people.sho, void_ref, reason="entered twice")
    moved_ref = cases.register_case(people.writer, adult_case()).value.register_no
    cases.transfer_case(people.sho, moved_ref, to_station="MH-MUM-SIO", reason="jurisdiction")
    missing_ref = cases.register_case(people.writer, child_case()).value.register_no
    in_care = svc.found.add_found(
        people.writer, found(clock.now(), Sex.MALE, 9, Activity.BEGGING)
    ).value.ref_no
    restored = svc.found.add_found(
        people.writer, found(clock.now(), Sex.FEMALE, 8, Activity.BEGGING)
    ).value.ref_no
    # No service records a restoration yet: the row is set as one would leave it.
    with db.write() as s:
        s.execute(
            update(FoundPerson)
            .where(FoundPerson.ref_no == restored)
            .values(status=FoundStatus.RESTORED.value)
        )
    retention = RetentionService(db, clock)
    start = clock.now()

    def listed(at: datetime) -> dict[str, RecordKind]:
        clock.set(at)
        return {i.ref: i.kind for i in retention.due(people.sho).items}

    assert listed(start) == {}
    assert listed(start + timedelta(days=3 * 365 - 1)) == {}
    three = listed(start + timedelta(days=3 * 365 + 1))
    assert three == {void_ref: RecordKind.VOID_ENTRY, moved_ref: RecordKind.TRANSFERRED_CASE}
    seven = listed(start + timedelta(days=7 * 366))
    assert seven[missing_ref] is RecordKind.UNTRACED_CASE and traced_ref not in seven
    ten = listed(start + timedelta(days=10 * 366))
    assert ten[traced_ref] is RecordKind.TRACED_CASE
    assert ten[restored] is RecordKind.FOUND_PERSON and in_care not in ten
    items = {i.ref: i for i in retention.due(people.admin).items}
    assert f"talash destroy case {traced_ref} --order" in items[traced_ref].how
    assert f"talash destroy found {restored} --order" in items[restored].how
    assert "never destroyed while missing" in items[missing_ref].how
    assert [i.due_on for i in retention.due(people.sho).items] == sorted(
        i.due_on for i in retention.due(people.sho).items
    )

    # The station head shortens a period: the traced case is due at once.
    clock.set(start + timedelta(days=2 * 366))
    assert traced_ref not in listed(clock.now())
    svc.policy.change(people.sho, retention_traced_case_years=2)
    assert listed(clock.now())[traced_ref] is RecordKind.TRACED_CASE
    [period] = [p for p in retention.due(people.sho).periods if p.kind is RecordKind.TRACED_CASE]
    assert period.years == 2 and period.destroyable


def test_only_those_who_ask_for_or_carry_out_a_destruction_see_the_list(
    db: Database, clock: FixedClock, people: People
) -> None:
    with pytest.raises(PermissionDenied):
        RetentionService(db, clock).due(people.writer)


@pytest.mark.parametrize("value", [0, 101, -1, True])
def test_a_retention_period_outside_one_to_a_hundred_years_is_refused(
    db: Database, clock: FixedClock, people: People, value: object
) -> None:
    with pytest.raises(ValidationFailed):
        Services.build(db, clock).policy.change(people.sho, retention_void_entry_years=value)


# -- from the command line ---------------------------------------------------------------------


def test_talash_retention_list_names_what_is_due_and_how_it_leaves(
    db: Database,
    clock: FixedClock,
    people: People,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cases = Services.build(db, clock).cases
    void_ref = cases.register_case(people.writer, adult_case()).value.register_no
    cases.void_case(people.sho, void_ref, reason="entered twice")
    kept_ref = cases.register_case(people.writer, adult_case()).value.register_no
    # The command runs on the real clock: the voiding is moved four years back.
    voided = datetime.now(UTC) - timedelta(days=4 * 366)
    with db.write() as s:
        s.execute(update(Case).where(Case.register_no == void_ref).values(status_changed_at=voided))
    monkeypatch.setenv("TALASH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TALASH_PASSWORD", TEST_PASSWORD)
    target = str(db.target.sqlite_path or db.target.url.render_as_string(hide_password=False))
    db.dispose()

    def run(*args: str, user: str = "pi.shinde") -> tuple[int, str]:
        code = main(["--db", target, "--as", user, *args])
        out, err = capsys.readouterr()
        return code, out + err

    code, out = run("retention", "list")
    assert code == 0, out
    assert "entry voided as made in error: 3 years from the day it was voided" in out
    assert "case still missing (long-term review): 7 years" in out
    assert "1 records due for review" in out and void_ref in out and kept_ref not in out
    assert f"talash destroy case {void_ref} --order" in out
    code, out = run("retention", "list", "--json")
    assert code == 0
    [item] = json.loads(out)["items"]
    assert (item["ref"], item["kind"]) == (void_ref, "void_entry")
    code, out = run("retention", "list", user="hc.pawar")
    assert code == 1 and "internal error" not in out
