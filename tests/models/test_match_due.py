"""The possible matches of a saved case, worked out after the save commits (match_due)."""

from __future__ import annotations

import dataclasses
import threading
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from models.clock import FixedClock
from models.db import Database
from models.dto.cases import CaseInput
from models.entities import Case, FoundPerson, MatchSuggestion
from models.enums import Sex
from models.services import Services, match_due, match_store
from tests.conftest import People
from tests.factories import at, child_case
from tests.models.test_matching import found_input
from tests.models.test_status_and_trace import trace_input


@pytest.fixture
def svc(db: Database, clock: FixedClock) -> Services:
    return Services.build(db, clock)


def _missing_since_yesterday() -> CaseInput:
    """A child last seen before the found girl of ``found_input`` was found: they match."""
    report = child_case()
    return dataclasses.replace(
        report, circumstances=dataclasses.replace(report.circumstances, last_seen_at=at(30))
    )


def _suggested(db: Database, case_id: int) -> list[tuple[int, int]]:
    with db.read() as s:
        return [
            (f, c)
            for f, c in s.execute(
                select(MatchSuggestion.found_person_id, MatchSuggestion.case_id).where(
                    MatchSuggestion.case_id == case_id
                )
            )
        ]


def _case_id(db: Database, uuid: str) -> int:
    with db.read() as s:
        found = s.scalar(select(Case.id).where(Case.uuid == uuid))
    assert found is not None
    return found


def _due(db: Database) -> int:
    with db.read() as s:
        return match_due.count_due(s)


def test_a_save_marks_the_case_due_and_the_refresh_stores_its_matches(
    svc: Services, db: Database, people: People
) -> None:
    svc.found.add_found(people.writer, found_input())
    case = svc.cases.register_case(people.writer, _missing_since_yesterday()).value
    case_id = _case_id(db, case.uuid)
    # Committed with the save, not yet worked out: the desk did not wait for the scoring.
    assert _due(db) == 1 and _suggested(db, case_id) == []
    assert svc.matching.refresh_due_matches(people.writer) == 1
    assert len(_suggested(db, case_id)) == 1 and _due(db) == 0
    assert svc.matching.refresh_due_matches(people.writer) == 0  # nothing left to do


def test_an_edit_drops_the_old_matches_and_marks_the_case_due_again(
    svc: Services, db: Database, people: People
) -> None:
    svc.found.add_found(people.writer, found_input())
    case = svc.cases.register_case(people.writer, _missing_since_yesterday()).value
    svc.matching.refresh_due_matches(people.writer)
    case_id = _case_id(db, case.uuid)
    assert len(_suggested(db, case_id)) == 1
    # A boy now: the girl found is no longer a possible match.
    stored = case.as_input()
    boy = dataclasses.replace(stored, person=dataclasses.replace(stored.person, sex=Sex.MALE))
    svc.cases.update_case(people.io, case.uuid, boy, case.version)
    assert _suggested(db, case_id) == [] and _due(db) == 1
    assert svc.matching.to_review(people.writer) == 0
    assert _suggested(db, case_id) == [] and _due(db) == 0


def test_a_program_stopped_between_the_save_and_the_refresh_loses_nothing(
    db: Database, clock: FixedClock, people: People
) -> None:
    first = Services.build(db, clock)
    first.found.add_found(people.writer, found_input())
    first.cases.register_case(people.writer, _missing_since_yesterday())
    del first  # the program stops here: the save committed, its refresh never ran
    clock.advance(timedelta(hours=1))
    again = Services.build(db, clock)  # the next start, at another desk or the command line
    assert _due(db) == 1
    assert again.matching.to_review(people.writer) == 1  # counting settles what was due first
    assert _due(db) == 0


def test_a_case_due_and_then_deleted_leaves_nothing_behind(
    svc: Services, db: Database, people: People
) -> None:
    case = svc.cases.register_case(people.writer, _missing_since_yesterday()).value
    with db.write() as s:
        s.execute(Case.__table__.delete().where(Case.uuid == case.uuid))  # as destruction does
    assert _due(db) == 0  # the due row went with its case
    assert svc.matching.refresh_due_matches(people.writer) == 0


def test_two_desks_refreshing_one_case_store_its_matches_once(
    svc: Services, db: Database, people: People, clock: FixedClock
) -> None:
    svc.found.add_found(people.writer, found_input())
    case = svc.cases.register_case(people.writer, _missing_since_yesterday()).value
    case_id = _case_id(db, case.uuid)
    with db.write() as first:
        assert match_due.refresh_case(first, case_id, clock.now())
        if not db.is_sqlite:
            # The other desk, while the first has not committed: it leaves the case to it
            # instead of waiting or scoring it twice.
            with db.write() as second:
                assert not match_due.refresh_case(second, case_id, clock.now())
    # SQLite's writers take turns: the second comes after the first committed.
    with db.write() as second:
        assert not match_due.refresh_case(second, case_id, clock.now())
    assert len(_suggested(db, case_id)) == 1 and _due(db) == 0


def test_a_pair_stored_by_the_other_side_meanwhile_is_updated_not_refused(
    svc: Services, db: Database, people: People, clock: FixedClock
) -> None:
    """A found person saved at one desk while a case's refresh runs at another may store the
    same pair; the second to commit keeps its score instead of failing the save."""
    girl = svc.found.add_found(people.writer, found_input()).value
    case = svc.cases.register_case(people.writer, _missing_since_yesterday()).value
    case_id = _case_id(db, case.uuid)
    with db.read() as s:
        found_id = s.scalar(select(FoundPerson.id).where(FoundPerson.ref_no == girl.ref_no))
    assert found_id is not None
    errors: list[BaseException] = []

    def other_desk() -> None:
        try:
            with db.write() as s:
                match_store.store_suggestions(s, [(found_id, case_id, 71)], clock.now())
        except BaseException as exc:  # reported by the test, not lost in the thread
            errors.append(exc)

    with db.write() as s:
        match_store.store_suggestions(s, [(found_id, case_id, 70)], clock.now())
        thread = threading.Thread(target=other_desk)
        thread.start()
        thread.join(0.3)  # it waits for this transaction (row lock, or SQLite's write lock)
    thread.join(30)
    assert not errors
    with db.read() as s:
        rows = s.execute(
            select(MatchSuggestion.score).where(MatchSuggestion.case_id == case_id)
        ).all()
    assert [r.score for r in rows] == [71]


def test_a_save_during_the_refresh_of_its_case_leaves_it_due_again(
    svc: Services, db: Database, people: People, clock: FixedClock
) -> None:
    """The refresh scores the case as it was; an edit committed meanwhile must not be lost
    behind it: the case is due again once both have committed."""
    svc.found.add_found(people.writer, found_input())
    case = svc.cases.register_case(people.writer, _missing_since_yesterday()).value
    case_id = _case_id(db, case.uuid)
    stored = case.as_input()
    edited = dataclasses.replace(
        stored,
        circumstances=dataclasses.replace(stored.circumstances, last_seen_place="Dadar"),
    )
    errors: list[BaseException] = []

    def other_desk() -> None:
        try:
            svc.cases.update_case(people.io, case.uuid, edited, case.version)
        except BaseException as exc:  # reported by the test, not lost in the thread
            errors.append(exc)

    with db.write() as s:
        assert match_due.refresh_case(s, case_id, clock.now())
        thread = threading.Thread(target=other_desk)
        thread.start()
        thread.join(0.3)  # the edit waits for the refresh (its row lock, or SQLite's lock)
    thread.join(30)
    assert not errors
    assert _due(db) == 1  # the edit's own refresh is still to come
    assert svc.matching.refresh_due_matches(people.writer) == 1
    assert len(_suggested(db, case_id)) == 1 and _due(db) == 0


def test_a_found_person_recorded_while_the_case_is_scored_is_not_lost(
    svc: Services, db: Database, people: People, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The case is scored before the writing transaction; a found person saved at another desk
    meanwhile (whose own save stored the pair) makes the refresh score the case again, instead
    of storing a list without that found person over the pair."""
    case = svc.cases.register_case(people.writer, _missing_since_yesterday()).value
    case_id = _case_id(db, case.uuid)
    scored = match_store.case_pairs
    calls: list[int] = []

    def while_another_desk_saves(*args: Any) -> list[tuple[int, int, int]]:
        pairs = scored(*args)
        calls.append(len(pairs))
        if len(calls) == 1:
            svc.found.add_found(people.writer, found_input())
        return pairs

    monkeypatch.setattr(match_store, "case_pairs", while_another_desk_saves)
    assert svc.matching.refresh_due_matches(people.writer) == 1
    assert calls == [0, 1]  # scored again once the found person was recorded
    assert len(_suggested(db, case_id)) == 1 and _due(db) == 0


def test_a_reopened_case_is_scored_against_those_found_while_it_was_traced(
    svc: Services, db: Database, people: People, clock: FixedClock
) -> None:
    case = svc.cases.register_case(people.writer, _missing_since_yesterday()).value
    svc.matching.refresh_due_matches(people.writer)
    svc.cases.record_trace(people.io, case.register_no, trace_input(clock))
    found = svc.found.add_found(people.writer, found_input()).value  # scores open cases only
    case_id = _case_id(db, case.uuid)
    assert _suggested(db, case_id) == []
    svc.cases.reopen(people.sho, case.register_no, reason="the girl traced was not Priya")
    assert _due(db) == 1
    svc.matching.refresh_due_matches(people.writer)
    with db.read() as s:
        found_id = s.scalar(select(FoundPerson.id).where(FoundPerson.ref_no == found.ref_no))
    assert _suggested(db, case_id) == [(found_id, case_id)]
