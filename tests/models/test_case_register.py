"""Registering and editing cases: numbers, the child-FIR rule, validation, stale edits."""

from __future__ import annotations

import dataclasses
import threading
from datetime import timedelta

import pytest

from models.clock import FixedClock
from models.db import Database
from models.dto.cases import FirInput, SectionRow
from models.dto_codec import to_json
from models.enums import Act, CaseStatus
from models.errors import PermissionDenied, StaleEdit, ValidationFailed
from models.services.cases import CaseService
from tests.conftest import People
from tests.factories import adult_case, at, child_case


@pytest.fixture
def cases(db: Database, clock: FixedClock) -> CaseService:
    return CaseService(db, clock)


def test_register_child_case_gives_register_number_and_keeps_every_field(
    cases: CaseService, people: People
) -> None:
    entered = child_case()
    saved = cases.register_case(people.writer, entered)
    detail = saved.value
    assert detail.register_no == "MP/2026/0001"
    assert detail.status is CaseStatus.REGISTERED
    assert detail.is_child and detail.age_at_disappearance == "14"
    assert detail.io_officer is not None and detail.io_officer.username == "psi.more"
    # Every section comes back as entered (received_by defaults to the acting user).
    expected = dataclasses.replace(
        entered, report=dataclasses.replace(entered.report, received_by="hc.pawar")
    )
    got = detail.as_input()
    assert to_json(got.person) == to_json(expected.person)
    assert to_json(got.circumstances) == to_json(expected.circumstances)
    assert to_json(got.complainant) == to_json(expected.complainant)
    assert to_json(got.fir) == to_json(expected.fir)
    assert to_json(got.report) == to_json(expected.report)
    assert got.suspects == expected.suspects
    assert got.reasons.suspected == "1.1" and got.reasons.presumed_abduction is True
    assert got.risk is not None and got.risk.grade == expected.risk.grade  # type: ignore[union-attr]
    assert [c.to_status for c in detail.status_history] == [CaseStatus.REGISTERED]


def test_numbers_run_on_without_gaps_and_restart_each_year(
    cases: CaseService, people: People, clock: FixedClock
) -> None:
    numbers = [cases.register_case(people.writer, child_case()).value.register_no for _ in range(3)]
    assert numbers == ["MP/2026/0001", "MP/2026/0002", "MP/2026/0003"]
    with pytest.raises(ValidationFailed):
        cases.register_case(people.writer, child_case(fir=None))  # refused: takes no number
    clock.advance(timedelta(days=45))  # into 2027
    base = child_case()
    new_year = dataclasses.replace(
        base,
        report=dataclasses.replace(
            base.report, reported_at=clock.now() - timedelta(hours=1), gd_entry_at=None
        ),
        fir=dataclasses.replace(base.fir, registered_at=clock.now() - timedelta(minutes=30)),  # type: ignore[arg-type]
    )
    assert cases.register_case(people.writer, new_year).value.register_no == "MP/2027/0001"
    assert cases.register_case(people.writer, child_case()).value.register_no == "MP/2026/0004"


def test_a_child_case_without_fir_is_refused_with_the_suggested_section(
    cases: CaseService, people: People
) -> None:
    with pytest.raises(ValidationFailed) as err:
        cases.register_case(people.writer, child_case(fir=None))
    [problem] = [p for p in err.value.problems if p.field == "fir"]
    assert "BNS 137(2)" in problem.message


def test_a_child_fir_needs_a_kidnapping_section(cases: CaseService, people: People) -> None:
    fir = FirInput("0413/2026", at(15), (SectionRow(Act.BNS, "93"),))
    with pytest.raises(ValidationFailed) as err:
        cases.register_case(people.writer, child_case(fir=fir))
    assert any(p.field == "fir.sections" and "kidnapping" in p.message for p in err.value.problems)


def test_a_recorded_reason_lets_a_child_case_be_saved_without_fir(
    cases: CaseService, people: People
) -> None:
    saved = cases.register_case(
        people.writer,
        child_case(
            fir=None, fir_not_filed_reason="Zero FIR registered at Sion PS, awaiting transfer"
        ),
    )
    assert saved.value.fir is None
    assert any(c.kind == "fir_missing" and c.overdue for c in saved.value.clocks)


def test_an_adult_needs_no_fir(cases: CaseService, people: People) -> None:
    detail = cases.register_case(people.writer, adult_case()).value
    assert not detail.is_child and detail.fir is None
    assert detail.reasons.presumed_abduction is False


def test_every_problem_is_reported_at_once_and_nothing_is_saved(
    cases: CaseService, people: People, db: Database
) -> None:
    base = child_case()
    bad = dataclasses.replace(
        base,
        person=dataclasses.replace(
            base.person, names=(), date_of_birth="2012-02-31", height_cm=900
        ),
        circumstances=dataclasses.replace(base.circumstances, last_seen_at=at(-48)),
    )
    with pytest.raises(ValidationFailed) as err:
        cases.register_case(people.writer, bad)
    fields = {p.field for p in err.value.problems}
    assert {
        "person.names",
        "person.date_of_birth",
        "person.height_cm",
        "circumstances.last_seen_at",
    } <= fields
    from sqlalchemy import text

    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM mp_case")).scalar() == 0
        assert (
            s.execute(text("SELECT count(*) FROM person")).scalar() == 2 * 0
        )  # nothing half-saved


def test_warnings_do_not_block_the_save(cases: CaseService, people: People) -> None:
    base = child_case()
    case = dataclasses.replace(base, person=dataclasses.replace(base.person, age_min=9, age_max=9))
    saved = cases.register_case(people.writer, case)
    assert any(w.field == "person.age_min" for w in saved.warnings)


def test_stale_edit_is_refused_and_says_who_changed_what(
    cases: CaseService, people: People
) -> None:
    detail = cases.register_case(people.writer, child_case()).value
    mine = detail.as_input()
    theirs = dataclasses.replace(mine, person=dataclasses.replace(mine.person, height_cm=145))
    cases.update_case(people.io, detail.register_no, theirs, detail.version)
    edited = dataclasses.replace(
        mine, person=dataclasses.replace(mine.person, hair_style="one plait")
    )
    with pytest.raises(StaleEdit) as err:
        cases.update_case(people.sho, detail.register_no, edited, detail.version)
    assert err.value.changed_by == "psi.more"
    assert any(c.field == "person.height_cm" and c.after == 145 for c in err.value.changes)
    after = cases.case_detail(people.sho, detail.register_no)
    assert after.person.height_cm == 145 and after.person.hair_style == "two plaits"


def test_concurrent_stale_write_is_caught_by_the_version_column(
    db: Database, people: People, clock: FixedClock
) -> None:
    # Two sessions read the same version; the second commit must fail, not overwrite.
    from sqlalchemy import select
    from sqlalchemy.orm import Session
    from sqlalchemy.orm.exc import StaleDataError

    from models.entities import Case

    service = CaseService(db, clock)
    reg = service.register_case(people.writer, child_case()).value.register_no
    s1, s2 = Session(db.engine, expire_on_commit=False), Session(db.engine, expire_on_commit=False)
    c1 = s1.scalar(select(Case).where(Case.register_no == reg))
    c2 = s2.scalar(select(Case).where(Case.register_no == reg))
    assert c1 is not None and c2 is not None
    s2.commit()  # desk 2 has read the case and ended its read; its user is typing
    c1.beat = "Beat 4"
    s1.commit()
    c2.beat = "Beat 5"
    with pytest.raises(StaleDataError):
        s2.commit()
    s1.close(), s2.close()


def test_writer_cannot_edit_and_io_only_their_own_case(cases: CaseService, people: People) -> None:
    detail = cases.register_case(people.writer, child_case()).value
    edit = detail.as_input()
    with pytest.raises(PermissionDenied):
        cases.update_case(people.writer, detail.register_no, edit, detail.version)
    with pytest.raises(PermissionDenied, match="not the investigating officer"):
        cases.update_case(people.io2, detail.register_no, edit, detail.version)
    with pytest.raises(PermissionDenied):
        cases.case_detail(people.admin, detail.register_no)


def test_concurrent_registration_gives_unique_gap_free_numbers(
    db: Database, people: People, clock: FixedClock
) -> None:
    service = CaseService(db, clock)
    numbers: list[str] = []
    errors: list[BaseException] = []

    def desk() -> None:
        try:
            for _ in range(5):
                numbers.append(service.register_case(people.writer, child_case()).value.register_no)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=desk) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(numbers) == [f"MP/2026/{n:04d}" for n in range(1, 21)]


def test_an_edit_of_the_person_alone_raises_the_version_within_one_clock_tick(
    cases: CaseService, people: People
) -> None:
    # The clock does not move and the same officer saves: only the version tells the saves apart.
    first = cases.register_case(people.writer, child_case()).value
    start = first.as_input()
    beat = dataclasses.replace(
        start, circumstances=dataclasses.replace(start.circumstances, beat="Beat 4")
    )
    detail = cases.update_case(people.io, first.register_no, beat, first.version).value
    mine = detail.as_input()
    taller = dataclasses.replace(mine, person=dataclasses.replace(mine.person, height_cm=145))
    after = cases.update_case(people.io, detail.register_no, taller, detail.version).value
    assert after.version > detail.version
    plaits = dataclasses.replace(mine, person=dataclasses.replace(mine.person, hair_style="bob"))
    with pytest.raises(StaleEdit):
        cases.update_case(people.io, detail.register_no, plaits, detail.version)
    assert cases.case_detail(people.io, detail.register_no).person.height_cm == 145
