"""Matching found persons with missing-person cases: the scores, the contradictions, the service."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text

import tests.conftest as conftest
from models import audit
from models.clock import FixedClock
from models.db import Database, open_database
from models.demo import create_demo_station, generate_demo
from models.dto.cases import MarkRow, PersonInput
from models.dto.found import FoundInput
from models.entities import AppUser, AuditEvent, Case, FoundPerson
from models.enums import Activity, Language, MarkType, Sex
from models.errors import PermissionDenied, RuleViolation, ValidationFailed
from models.migrate import migrate
from models.names import devanagari_candidates, has_devanagari, to_latin
from models.rules.matching import (
    THRESHOLD,
    MatchProfile,
    MatchResult,
    concepts,
    mark_concepts,
    mark_fit,
    needs_reason,
    score_pair,
)
from models.services import Services, match_store
from models.services.accounts import actor_for
from models.services.common import station_context
from tests.conftest import FIXED_NOW, People
from tests.factories import at, child_case

LAST_SEEN = datetime(2026, 6, 1, 18, 0, tzinfo=conftest.IST)


def missing(**changes: Any) -> MatchProfile:
    base = MatchProfile(
        kind="case",
        ref="MP/2026/0001",
        uuid="c1",
        station="MH-MUM-DHR",
        at=LAST_SEEN,
        display_name="Sunita Pawar",
        sex="female",
        age_low=12,
        age_high=12,
        age_estimated=False,
        names=("sunita pawar",),
        relatives=("ramesh pawar",),
        height_low=140,
        height_high=140,
        build="thin",
        complexion="wheatish",
        marks=(mark_concepts("mole", "left cheek", "small black mole"),),
        languages=("mr", "hi"),
        clothing=(" ".join(concepts("checked shirt", "blue")),),
        places=("dharavi", "gorakhpur"),
        is_child=True,
    )
    return dataclasses.replace(base, **changes)


def found(**changes: Any) -> MatchProfile:
    base = MatchProfile(
        kind="found",
        ref="FP/2026/0001",
        uuid="f1",
        station="MH-MUM-DHR",
        at=LAST_SEEN + timedelta(days=2),
        display_name="सुनीता पवार",
        sex="female",
        age_low=11,
        age_high=13,
        names=(to_latin("सुनीता पवार"),),
        height_low=138,
        height_high=144,
        build="thin",
        complexion="wheatish",
        marks=(mark_concepts("other", "तीळ डाव्या गालावर"),),
        languages=("mr",),
        clothing=(" ".join(concepts("निळा चौकडी शर्ट")),),
        places=("dharavi",),
        is_child=True,
    )
    return dataclasses.replace(base, **changes)


def signal(result: MatchResult, name: str) -> float:
    return sum(s.points for s in result.signals if s.name == name)


# -- the rules --------------------------------------------------------------------------------


def test_the_same_child_in_the_other_script_scores_high_with_every_reason() -> None:
    result = score_pair(found(), missing())
    assert result.score >= 85 and not result.contradictions and not result.excluded
    names = {s.name for s in result.signals}
    assert {"name", "sex", "age", "marks", "height", "build", "complexion"} <= names
    assert {"languages", "clothing", "place", "date"} <= names
    assert round(sum(s.points for s in result.signals)) == result.score
    assert all(s.text.startswith(s.name) for s in result.signals)
    assert "sunita pawar" in next(s.text for s in result.signals if s.name == "name")


@pytest.mark.parametrize(
    ("found_changes", "missing_changes", "contradiction", "excluded"),
    [
        ({"sex": "male"}, {}, "sex: found boy, missing girl", True),
        ({"sex": "unknown"}, {}, None, False),
        ({"sex": "transgender"}, {}, None, False),
        ({"age_low": 6, "age_high": 7}, {}, "age 6–7 found, 12 missing", False),
        ({"age_low": 14, "age_high": 14}, {}, None, False),  # 2 years off is an estimate
        ({"age_low": 16, "age_high": 17}, {}, "age 16–17 found, 12 missing", False),
        ({"at": LAST_SEEN - timedelta(days=3)}, {}, "found before last seen", False),
        ({"height_low": 110, "height_high": 115}, {}, "height 110–115 cm found", False),
        ({"height_low": 175, "height_high": 175}, {}, "height 175 cm found", False),
    ],
)
def test_contradictions(
    found_changes: dict[str, Any],
    missing_changes: dict[str, Any],
    contradiction: str | None,
    excluded: bool,
) -> None:
    result = score_pair(found(**found_changes), missing(**missing_changes))
    assert result.excluded is excluded
    if contradiction is None:
        assert result.contradictions == ()
        assert not needs_reason(result)
    else:
        assert any(c.startswith(contradiction) for c in result.contradictions), result
        assert needs_reason(result)
        # A height is often guessed: it costs less than an impossible age or date.
        if contradiction.startswith("height"):
            assert result.score < score_pair(found(), missing()).score - 15
        else:
            assert result.score < THRESHOLD


def test_a_child_ages_and_grows_between_last_seen_and_found() -> None:
    three_years = LAST_SEEN + timedelta(days=3 * 365 + 30)
    later = found(at=three_years, age_low=15, age_high=15, height_low=158, height_high=158)
    result = score_pair(later, missing())
    assert not result.contradictions
    assert "aged since last seen" in next(s.text for s in result.signals if s.name == "age")
    # the same height gap a week later is a contradiction: no child grows 18 cm in a week
    soon = score_pair(found(height_low=158, height_high=158), missing())
    assert any(c.startswith("height") for c in soon.contradictions)
    # clothes say nothing three years on
    assert signal(result, "clothing") == 0 and signal(score_pair(found(), missing()), "clothing")


@pytest.mark.parametrize(
    ("words", "kind", "same"),
    [
        (("mole", "left cheek", "small black mole"), ("other", "तीळ डाव्या गालावर", None), True),
        (("mole", "left cheek", None), ("mole", None, "small black til on left cheek"), True),
        (("mole", "lt cheek", None), ("other", "बाएँ गाल पर काला तिल", None), True),
        (("scar", "right hand", "cut"), ("other", "उजव्या हातावर व्रण", None), True),
        (("tattoo", "left arm", "name Om"), ("other", "डाव्या दंडावर गोंदण", None), True),
        (("birthmark", "neck", None), ("other", "मानेवर जन्मखूण", None), True),
        (("mole", "left cheek", None), ("mole", "right cheek", None), False),
        (("mole", "left cheek", None), ("scar", "left cheek", None), False),
        (("mole", "chin", None), ("mole", "right hand", None), False),
    ],
)
def test_marks_worded_differently_are_the_same_mark(
    words: tuple[str, str | None, str | None], kind: tuple[str, str | None, str | None], same: bool
) -> None:
    a, b = mark_concepts(*words), mark_concepts(*kind)
    assert (mark_fit(b, a) >= 0.85) is same, (a, b)


def test_a_profile_travels_as_a_plain_dict() -> None:
    import json

    profile = found()
    data = json.loads(json.dumps(profile.to_dict(), ensure_ascii=False))
    assert MatchProfile.from_dict(data) == profile
    assert json.dumps(score_pair(profile, missing()).to_dict())


# -- the service ------------------------------------------------------------------------------


@pytest.fixture
def svc(db: Database, clock: FixedClock) -> Services:
    return Services.build(db, clock)


def found_input(**person: Any) -> FoundInput:
    fields: dict[str, Any] = {
        "names": ("प्रिया पाटील",),
        "sex": Sex.FEMALE,
        "age_min": 13,
        "age_max": 15,
        "languages": (Language.MARATHI,),
        "marks": (MarkRow(MarkType.OTHER, None, "डाव्या गालावर तीळ"),),
    }
    fields.update(person)
    return FoundInput(
        person=PersonInput(**fields),
        found_at=at(5),
        found_place="Dadar railway station, platform 4",
        activity=Activity.LOST_WANDERING,
    )


def test_a_found_boy_is_never_proposed_for_a_missing_girl(svc: Services, people: People) -> None:
    case = svc.cases.register_case(people.writer, child_case()).value
    boy = svc.found.add_found(people.writer, found_input(sex=Sex.MALE)).value
    girl = svc.found.add_found(people.writer, found_input()).value
    assert case.register_no not in [
        m.ref for m in svc.matching.matches_for_found(people.io, boy.ref_no)
    ]
    best = svc.matching.matches_for_found(people.io, girl.ref_no)
    assert best[0].ref == case.register_no and best[0].result.score >= THRESHOLD
    assert best[0].kind == "case" and best[0].station == "MH-MUM-DHR" and best[0].name
    from_case = [m.ref for m in svc.matching.matches_for_case(people.writer, case.register_no)]
    assert from_case == [girl.ref_no]


def test_not_a_match_is_remembered_and_leaves_the_review_count(
    svc: Services, people: People, db: Database
) -> None:
    case = svc.cases.register_case(people.writer, child_case()).value
    girl = svc.found.add_found(people.writer, found_input()).value
    assert svc.matching.to_review(people.writer) == 1
    with pytest.raises(PermissionDenied):
        svc.matching.reject(people.writer, girl.ref_no, case.register_no, "not her")
    with pytest.raises(ValidationFailed):
        svc.matching.reject(people.io, girl.ref_no, case.register_no, "  ")
    svc.matching.reject(people.io, girl.ref_no, case.register_no, "Mother saw the photo: not her")
    assert svc.matching.to_review(people.writer) == 0
    assert case.register_no not in [
        m.ref for m in svc.matching.matches_for_found(people.io, girl.ref_no)
    ]
    assert svc.matching.matches_for_case(people.io, case.register_no) == ()
    with pytest.raises(RuleViolation, match="already recorded"):
        svc.matching.reject(people.io, girl.ref_no, case.register_no, "again")
    # saving the found person again does not bring the pair back
    detail = svc.found.found_detail(people.io, girl.ref_no)
    svc.found.update_found(people.io, girl.ref_no, found_input(age_min=14), detail.version)
    assert svc.matching.to_review(people.writer) == 0
    with db.read() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "match.reject"))
        assert event is not None and event.entity_uuid == girl.uuid
        details = audit.read_details(s, event)
    assert details is not None and details["case"] == case.register_no
    assert details["reason"] == "Mother saw the photo: not her"


def test_a_new_case_is_matched_against_found_persons_in_care(svc: Services, people: People) -> None:
    svc.found.add_found(people.writer, found_input())
    assert svc.matching.to_review(people.writer) == 0  # nothing was missing yet
    svc.cases.register_case(
        people.writer,
        child_case(
            circumstances=dataclasses.replace(child_case().circumstances, last_seen_at=at(30))
        ),
    )
    assert svc.matching.to_review(people.writer) == 1


def test_a_link_against_a_contradiction_needs_a_reason(
    svc: Services, people: People, db: Database
) -> None:
    case = svc.cases.register_case(people.writer, child_case()).value
    small = svc.found.add_found(people.writer, found_input(age_min=6, age_max=7)).value
    with pytest.raises(RuleViolation, match=r"age 6–7 found, 14 missing.*reason"):
        svc.found.link(people.io, small.ref_no, case_ref=case.register_no)
    linked = svc.found.link(
        people.io,
        small.ref_no,
        case_ref=case.register_no,
        reason="Age misjudged at the shelter; the father identified her in person",
    )
    assert linked.linked_case == case.register_no
    with db.read() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "found.link"))
        assert event is not None
        details = audit.read_details(s, event)
    assert details is not None and details["reason"].startswith("Age misjudged")
    assert details["contradictions"] and details["contradictions"][0].startswith("age 6–7")


def test_a_link_that_fits_needs_no_reason(svc: Services, people: People) -> None:
    case = svc.cases.register_case(people.writer, child_case()).value
    girl = svc.found.add_found(people.writer, found_input()).value
    assert svc.found.link(people.io, girl.ref_no, case_ref=case.register_no).linked_case
    assert svc.matching.to_review(people.writer) == 0


# -- the must-show: the true case first among 10,000 ------------------------------------------

DEMO_CASES = {"sqlite": 10_000, "postgresql": 2_000}
_demos: dict[str, Database] = {}

# How a station in Maharashtra may write the same mark in Marathi.
MARATHI_MARKS = {
    "left cheek": "डाव्या गालावर तीळ",
    "chin": "हनुवटीवर काळा तीळ",
    "right hand": "उजव्या हातावर तीळ",
    "neck": "मानेवर लहान तीळ",
}


@pytest.fixture
def demo(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A demo station built once per test session and backend (a copy is not needed: the test
    only adds found persons, which no other test of the demo reads)."""
    if backend not in _demos:
        clock = FixedClock(FIXED_NOW)
        if backend == "sqlite":
            path = tmp_path_factory.mktemp("match_demo") / "demo.sqlite"
            db = open_database(path, create=True)
        else:
            assert conftest._pg_url is not None
            name = "t_match_demo"
            admin = create_engine(conftest._pg_url, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            admin.dispose()
            db = open_database(conftest._pg_url.rsplit("/", 1)[0] + "/" + name)
        migrate(db, backup_dir=None, clock=clock)
        create_demo_station(db, clock)
        generate_demo(db, clock, cases=DEMO_CASES[backend], seed=2026)
        _demos[backend] = db
    yield _demos[backend]


def _other_script(name: str) -> str:
    if has_devanagari(name):
        return to_latin(name).title()
    return devanagari_candidates(name)[0]


@pytest.mark.slow
def test_the_true_case_ranks_first_among_the_demo_register(demo: Database) -> None:
    """A missing child's case, and the same child found: the name written in the other script,
    the age guessed two years too old, the mole described in Marathi."""
    clock = FixedClock(FIXED_NOW)
    svc = Services.build(demo, clock)
    with demo.read() as s:
        sc = station_context(s)
        users = {u.username: actor_for(u, "desk-1") for u in s.scalars(select(AppUser))}
        io, writer = users["psi.more"], users["hc.pawar"]
        cases = list(
            s.scalars(
                select(Case.register_no)
                .where(Case.status == "registered", Case.is_child.is_(True))
                .order_by(Case.id)
            )
        )
        assert sc.station.code == "MH-MUM-DHR"
    checked = 0
    for ref in cases:
        detail = svc.cases.case_detail(io, ref, audit_view=False)
        person = detail.person
        marks = [m for m in person.marks if m.body_location in MARATHI_MARKS]
        if not marks or not person.names:
            continue
        found_at = clock.now() - timedelta(hours=2)
        low, high = _age_now(
            detail.age_at_disappearance, detail.circumstances.last_seen_at, found_at
        )
        estimate = high + 2  # the shelter's guess, two years too old
        saved = svc.found.add_found(
            writer,
            FoundInput(
                person=PersonInput(
                    names=(_other_script(person.names[0]),),
                    sex=person.sex,
                    age_min=estimate,
                    age_max=estimate,
                    marks=(
                        MarkRow(MarkType.OTHER, None, MARATHI_MARKS[marks[0].body_location or ""]),
                    ),
                ),
                found_at=found_at,
                found_place="Dadar railway station",
                activity=Activity.BEGGING,
            ),
        ).value
        best = svc.matching.matches_for_found(io, saved.ref_no, limit=5)
        assert best and best[0].ref == ref, [(m.ref, m.name, m.result.score) for m in best]
        assert any(s.name == "marks" for s in best[0].result.signals)
        checked += 1
        if checked == 3:
            break
    assert checked == 3


def _age_now(text_: str | None, last_seen: datetime, on: datetime) -> tuple[int, int]:
    assert text_ is not None
    parts = [int(p) for p in text_.replace("–", "-").split("-")]
    years = (on - last_seen).days // 365
    return parts[0] + years, parts[-1] + years


# -- the found persons worth scoring against a case --------------------------------------------


def _found_candidates(db: Database, case_ref: str) -> list[int]:
    with db.read() as s:
        sc = station_context(s)
        case_id = s.scalar(select(Case.id).where(Case.register_no == case_ref))
        assert case_id is not None
        me = match_store.case_profile(s, sc, case_id)
        return match_store.found_candidates(s, sc, case_id, me)


def _found_id(db: Database, ref: str) -> int:
    with db.read() as s:
        found_id = s.scalar(select(FoundPerson.id).where(FoundPerson.ref_no == ref))
        assert found_id is not None
        return found_id


def test_found_persons_far_from_the_missing_age_are_not_scored_unless_a_name_fits(
    svc: Services, people: People, db: Database
) -> None:
    """The case (Priya Patil, 14 when last seen) against found girls in care: those whose
    estimated age cannot be hers are left out, unless a name fits; the nearest in age first."""
    girl = svc.found.add_found(
        people.writer, found_input(names=("प्रिया पाटील",), age_min=16, age_max=16)
    ).value  # the name in the other script, her age guessed two years too old
    near = svc.found.add_found(
        people.writer, found_input(names=("Kavita Jadhav",), age_min=13, age_max=15, marks=())
    ).value
    toddler = svc.found.add_found(
        people.writer, found_input(names=("Sunita More",), age_min=4, age_max=5, marks=())
    ).value
    woman = svc.found.add_found(
        people.writer, found_input(names=("Rekha Shinde",), age_min=30, age_max=35, marks=())
    ).value
    named = svc.found.add_found(
        people.writer, found_input(names=("Pinki",), age_min=30, age_max=32, marks=())
    ).value  # her alias, with an age misjudged beyond any tolerance
    case = svc.cases.register_case(
        people.writer,
        child_case(
            circumstances=dataclasses.replace(child_case().circumstances, last_seen_at=at(30))
        ),
    ).value
    ids = _found_candidates(db, case.register_no)
    assert _found_id(db, toddler.ref_no) not in ids
    assert _found_id(db, woman.ref_no) not in ids
    assert _found_id(db, named.ref_no) in ids
    by_age = [_found_id(db, f.ref_no) for f in (near, girl)]
    assert [i for i in ids if i in by_age] == by_age
    best = svc.matching.matches_for_case(people.io, case.register_no)
    assert best[0].ref == girl.ref_no, [(m.ref, m.result.score) for m in best]
