"""Duplicates at entry and repeat episodes, through the real name index on both databases.

A child reported again (by another relative, in another script) is proposed while the new
report is entered; a different child of the same family name is not proposed above it; a boy is
never proposed for a girl, nor a woman for a child. Marking the new report a repeat episode
links the person's entries, and the times missing before are derived from the links.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from models.clock import FixedClock
from models.db import Database
from models.dto.audit import AuditFilter
from models.dto.cases import CaseInput, PersonInput
from models.enums import Sex
from models.errors import PermissionDenied, RuleViolation, ValidationFailed
from models.rules.episodes import episodes_before, sexes_differ
from models.services import Services
from tests.conftest import People
from tests.factories import at, child_case, next_fir_number

DAY = 24.0


@pytest.fixture
def svc(db: Database, clock: FixedClock) -> Services:
    return Services.build(db, clock)


def report(
    *names: str, hours: float = 20, fir_no: str | None = None, previous: int = 0, **person: Any
) -> CaseInput:
    """A child's report made ``hours`` ago, last seen two hours before it."""
    base = child_case()
    rep = dataclasses.replace(base.report, reported_at=at(hours), gd_entry_at=None)
    assert base.fir is not None
    fir = dataclasses.replace(
        base.fir, number=fir_no or next_fir_number(), registered_at=at(hours - 0.5)
    )
    circ = dataclasses.replace(
        base.circumstances, last_seen_at=at(hours + 2), previous_episodes=previous
    )
    defaults: dict[str, Any] = {"aliases": ()}
    who = dataclasses.replace(base.person, names=names, **{**defaults, **person})
    return dataclasses.replace(base, report=rep, fir=fir, circumstances=circ, person=who)


def register(svc: Services, people: People, data: CaseInput) -> str:
    return svc.cases.register_case(people.writer, data).value.register_no


def again_in_devanagari() -> CaseInput:
    """Priya reported again today by her mother: Devanagari only, an age instead of a birth
    date, the father's name as the relative's."""
    return report(
        "प्रिया पाटील",
        hours=3,
        fir_no="0501/2026",
        date_of_birth=None,
        age_min=14,
        age_max=14,
        relative_name="संतोष पाटील",
    )


@pytest.fixture
def family(svc: Services, people: People) -> dict[str, str]:
    """Earlier entries: Priya (eight months ago), a different girl of the same family name, a
    boy of the same father with Priya among his names."""
    return {
        "priya": register(svc, people, report("Priya Santosh Patil", hours=240 * DAY)),
        # Her sister: the same father, the same family name, her own first name.
        "sunita": register(
            svc,
            people,
            report(
                "Sunita Santosh Patil",
                hours=100 * DAY,
                fir_no="0300/2026",
                date_of_birth="2013-02-01",
            ),
        ),
        "boy": register(
            svc,
            people,
            report(
                "Priyank Patil",
                "Priya Patil",
                hours=50 * DAY,
                fir_no="0350/2026",
                sex=Sex.MALE,
                relative_name="Santosh Patil",
            ),
        ),
    }


def test_a_child_reported_again_in_devanagari_is_proposed_first(
    svc: Services, people: People, family: dict[str, str]
) -> None:
    found = svc.duplicates.similar_cases(people.writer, again_in_devanagari())
    refs = [c.ref for c in found]
    assert refs and refs[0] == family["priya"]
    first = found[0]
    assert first.name == "Priya Santosh Patil"
    assert first.age_text == "13"  # born May 2012, last seen eight months ago
    assert first.reasons[0].startswith("name: प्रिया पाटील ≈ priya santosh patil")
    assert first.names[0].startswith("asked: प्रिया पाटील ≈ Priya Santosh Patil (")
    assert not first.contradictions
    # Her sister shares the father and the family name: never above Priya.
    scores = {
        c.ref: c.score
        for c in svc.duplicates.similar_cases(people.writer, again_in_devanagari(), limit=50)
    }
    assert scores.get(family["sunita"], 0) < first.score


def test_a_boy_is_never_proposed_for_a_girl(
    svc: Services, people: People, family: dict[str, str]
) -> None:
    found = svc.duplicates.similar_cases(people.writer, again_in_devanagari(), limit=50)
    assert family["boy"] not in [c.ref for c in found]
    as_boy = dataclasses.replace(
        again_in_devanagari(),
        person=dataclasses.replace(again_in_devanagari().person, sex=Sex.MALE),
    )
    refs = [c.ref for c in svc.duplicates.similar_cases(people.writer, as_boy, limit=50)]
    assert family["priya"] not in refs and family["boy"] in refs


def test_an_age_the_years_since_cannot_explain_rules_a_case_out(
    svc: Services, people: People, family: dict[str, str]
) -> None:
    woman = report("Priya Patil", hours=2, fir_no="0502/2026", date_of_birth="1990")
    refs = [c.ref for c in svc.duplicates.similar_cases(people.writer, woman, limit=50)]
    assert family["priya"] not in refs


def test_only_earlier_reports_and_not_the_case_itself_or_its_episodes(
    svc: Services, people: People, family: dict[str, str]
) -> None:
    new = register(svc, people, again_in_devanagari())
    refs = [c.ref for c in svc.duplicates.similar_cases(people.writer, again_in_devanagari())]
    assert new not in refs  # reported at the same moment, not before
    svc.cases.mark_repeat(people.writer, new, family["priya"])
    refs = [
        c.ref
        for c in svc.duplicates.similar_cases(people.writer, again_in_devanagari(), exclude_ref=new)
    ]
    assert family["priya"] not in refs and new not in refs


def test_the_repeat_link_derives_the_count_and_shows_the_episodes(
    svc: Services, people: People, family: dict[str, str]
) -> None:
    # Priya's first entry says she had run away twice before the register existed.
    first = register(
        svc, people, report("Priya Santosh Patil", hours=300 * DAY, fir_no="0100/2026", previous=2)
    )
    second = family["priya"]
    third = register(svc, people, again_in_devanagari())
    svc.cases.mark_repeat(people.writer, second, first)
    detail = svc.cases.mark_repeat(people.writer, third, second)
    assert detail.repeat_of == second
    assert detail.episodes_before == 2 + 2  # two entries in the register, two before it
    assert [(e.register_no, e.earlier) for e in detail.episodes] == [
        (first, True),
        (second, True),
    ]
    middle = svc.cases.case_detail(people.sho, second)
    assert middle.episodes_before == 3
    assert [(e.register_no, e.earlier, e.repeat_of) for e in middle.episodes] == [
        (first, True, None),
        (third, False, second),
    ]
    oldest = svc.cases.case_detail(people.sho, first)
    assert oldest.episodes_before == 2 and len(oldest.episodes) == 2

    # Undone by the station head alone, with a reason; the count follows.
    with pytest.raises(PermissionDenied):
        svc.cases.undo_repeat(people.writer, third, reason="wrong child")
    with pytest.raises(ValidationFailed):
        svc.cases.undo_repeat(people.sho, third, reason=" ")
    undone = svc.cases.undo_repeat(people.sho, third, reason="a cousin of the same name")
    assert undone.repeat_of is None and undone.episodes == () and undone.episodes_before == 0
    events = svc.audit_log.events(people.sho, AuditFilter(entity_ref=third, action="case.repeat"))
    assert {e.action for e in events} == {"case.repeat", "case.repeat_undo"}
    undo = next(e for e in events if e.action == "case.repeat_undo")
    assert undo.details["was_repeat_of"] == second and undo.username == "pi.shinde"


def test_marking_a_repeat_across_sexes_is_refused(
    svc: Services, people: People, family: dict[str, str]
) -> None:
    new = register(svc, people, again_in_devanagari())
    with pytest.raises(RuleViolation, match="not the same person"):
        svc.cases.mark_repeat(people.writer, new, family["boy"])
    assert svc.cases.case_detail(people.sho, new).repeat_of is None


def test_marking_refuses_what_cannot_be_an_earlier_episode(
    svc: Services, people: People, family: dict[str, str]
) -> None:
    new = register(svc, people, again_in_devanagari())
    with pytest.raises(RuleViolation, match="reported after"):
        svc.cases.mark_repeat(people.writer, family["priya"], new)
    with pytest.raises(RuleViolation, match="itself"):
        svc.cases.mark_repeat(people.writer, new, new)
    svc.cases.mark_repeat(people.writer, new, family["priya"])
    with pytest.raises(RuleViolation, match="already marked"):
        svc.cases.mark_repeat(people.writer, new, family["sunita"])


def test_the_rules_of_episodes() -> None:
    assert episodes_before(0, [0]) == 0
    assert episodes_before(2, [1, 0, 3]) == 6
    assert sexes_differ(Sex.MALE, Sex.FEMALE)
    assert not sexes_differ(Sex.MALE, Sex.TRANSGENDER)
    assert not sexes_differ(Sex.UNKNOWN, Sex.FEMALE)


def test_a_name_and_sex_alone_are_enough_while_little_else_is_typed(
    svc: Services, people: People, family: dict[str, str]
) -> None:
    typed = dataclasses.replace(
        again_in_devanagari(), person=PersonInput(names=("प्रिया पाटील",), sex=Sex.FEMALE)
    )
    refs = [c.ref for c in svc.duplicates.similar_cases(people.writer, typed)]
    assert refs[:1] == [family["priya"]]
    assert family["sunita"] not in refs  # her own name does not fit; no relative typed yet
