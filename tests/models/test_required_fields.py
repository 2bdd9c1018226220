"""The fields a new report cannot be saved without, as the DTOs and the rules say."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from models.clock import FixedClock
from models.rules.case_rules import RuleContext, check_case
from models.rules.required_fields import required_fields
from tests.factories import child_case


def _ctx(now: datetime) -> RuleContext:
    assert now.tzinfo is not None
    return RuleContext.default(now, now.tzinfo)


def test_an_adults_report_needs_who_where_when_what_and_who_reports(clock: FixedClock) -> None:
    required = required_fields(_ctx(clock.now()), child=False)
    assert {
        "person.names",
        "person.date_of_birth",  # or the age: the rule's words say so
        "circumstances.last_seen_at",
        "circumstances.last_seen_place",
        "circumstances.narrative",
        "complainant",
        "report.reported_at",
    } <= required
    assert not any(path.startswith(("fir", "risk", "publication_order")) for path in required)


def test_a_childs_report_needs_its_fir_with_sections(clock: FixedClock) -> None:
    ctx = _ctx(clock.now())
    adult = required_fields(ctx, child=False)
    child = required_fields(ctx, child=True)
    assert child - adult == {"fir", "fir.number", "fir.registered_at", "fir.sections"}


def test_each_marked_field_is_one_the_rules_refuse_to_leave_out(clock: FixedClock) -> None:
    """Leaving out any one rule-required field of a complete child's case is refused there."""
    ctx = _ctx(clock.now())
    case = child_case()
    assert not [p for p in check_case(case, ctx) if p.is_error]
    emptied = {
        "person.names": dataclasses.replace(
            case, person=dataclasses.replace(case.person, names=())
        ),
        "circumstances.last_seen_place": dataclasses.replace(
            case, circumstances=dataclasses.replace(case.circumstances, last_seen_place="")
        ),
        "complainant": dataclasses.replace(case, complainant=None),
        "fir": dataclasses.replace(case, fir=None),
    }
    required = required_fields(ctx, child=True)
    for path, broken in emptied.items():
        assert path in required
        assert path in {p.field for p in check_case(broken, ctx) if p.is_error}
