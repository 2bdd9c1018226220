"""The case form's state follows from the DTOs' field declarations (no Qt needed)."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo

from models.dto.cases import AddressRow, CaseInput, ClothingRow, PersonInput
from models.dto_codec import from_json
from models.dto_fields import FieldMeta, PartialDateText
from models.enums import AddressKind, ClothingArea, Language, ReportMode
from ui.case_form.state import (
    Reader,
    case_to_state,
    dto_state,
    read_fields,
    state_key_for,
    state_to_case,
)

IST = ZoneInfo("Asia/Kolkata")
FULL = Path(__file__).parent.parent / "data" / "case-full.json"


def _full_case() -> CaseInput:
    return from_json(CaseInput, json.loads(FULL.read_text(encoding="utf-8")), zone=IST)


def test_a_full_case_comes_back_from_its_state_unchanged() -> None:
    case = dataclasses.replace(_full_case(), photos=())
    assert case.fir is not None and case.complainant is not None and case.risk is not None
    state = case_to_state(case, IST)
    again, problems = state_to_case(state, IST, case)
    assert problems == []
    assert again == case


def test_the_state_holds_what_the_widgets_show() -> None:
    case = _full_case()
    person = dataclasses.replace(
        case.person, age_min=12, age_max=14, height_min_cm=140, height_max_cm=150, names=("Asha",)
    )
    state = case_to_state(dataclasses.replace(case, person=person), IST)
    assert state["person.age"] == "12-14"
    assert state["person.height_range"] == "140-150"
    assert state["person.names"] == ["Asha", ""]  # a line for the name in each script
    assert state["person.aliases"] == ", ".join(case.person.aliases)
    assert state["report.reported_at"] == "19-11-2026 18:00"
    assert state["reasons.presumed_abduction"] in ("", "yes", "no")
    assert "person.age_min" not in state and "complainant.person.marks" not in state
    # The complainant shows the identity part of a person only.
    assert "complainant.person.names" in state and "complainant.person.build" not in state


def test_problem_paths_of_a_range_land_on_its_one_widget() -> None:
    assert state_key_for("person.age_min") == "person.age"
    assert state_key_for("complainant.person.age_max") == "complainant.person.age"
    assert state_key_for("person.height_max_cm") == "person.height_range"
    assert state_key_for("person.addresses[1].line") == "person.addresses[1].line"
    assert state_key_for("fir") == "fir.registered"
    assert state_key_for("circumstances.narrative") == "circumstances.narrative"


def test_text_that_cannot_be_read_is_a_problem_on_its_own_field() -> None:
    state = case_to_state(_full_case(), IST)
    state.update(
        {
            "person.age": "twelve",
            "person.height_cm": "tall",
            "person.date_of_birth": "31-02-2012",
            "report.report_mode": "carrier pigeon",
            "person.addresses": [{"kind": "permanent", "line": "", "locality": "", "pin": "x"}],
        }
    )
    case, problems = state_to_case(state, IST)
    assert case is not None
    fields = {p.field for p in problems}
    assert fields == {
        "person.age",
        "person.height_cm",
        "person.date_of_birth",
        "report.report_mode",
    }
    assert case.report.report_mode is ReportMode.IN_PERSON  # the default stands in
    assert case.person.addresses == (AddressRow(kind=AddressKind.PERMANENT, pin="x"),)


def test_an_unreadable_required_instant_leaves_no_case() -> None:
    state = case_to_state(_full_case(), IST)
    state["circumstances.last_seen_at"] = "yesterday"
    case, problems = state_to_case(state, IST)
    assert case is None and [p.field for p in problems] == ["circumstances.last_seen_at"]


@dataclass(frozen=True)
class _Sample:
    """A DTO the form has never seen: its state comes from its declaration alone."""

    when: datetime
    title: str
    low: Annotated[int | None, FieldMeta(pair="span")] = None
    high: Annotated[int | None, FieldMeta(pair="span")] = None
    on: PartialDateText | None = None
    spoken: tuple[Language, ...] = ()
    ok: bool | None = None
    clothes: tuple[ClothingRow, ...] = ()
    count: int = 3


def test_a_new_dto_needs_no_field_list_to_be_a_form() -> None:
    sample = _Sample(
        when=datetime(2026, 11, 20, 4, 30, tzinfo=IST),
        title="x",
        low=2,
        high=5,
        on="2012-05",
        spoken=tuple(m for m in Language if m in (Language.HINDI, Language.MARATHI)),
        ok=False,
        clothes=(ClothingRow(area=ClothingArea.UPPER, description="red shirt"),),
    )
    state = dto_state(sample, IST, "s")
    assert state == {
        "s.when": "20-11-2026 04:30",
        "s.title": "x",
        "s.span": "2-5",
        "s.on": "05-2012",
        "s.spoken": [m.value for m in Language if m in sample.spoken],
        "s.ok": "no",
        "s.clothes": [{"area": "upper", "description": "red shirt", "colour": ""}],
        "s.count": "3",
    }
    state["s.count"] = ""
    rd = Reader(state, IST, None)
    values = read_fields(rd, _Sample, "s")
    assert rd.problems == [] and values is not None
    assert _Sample(**values) == sample  # an emptied count is the DTO's default again


def test_person_parts_cover_every_field_of_a_person() -> None:
    state = case_to_state(_full_case(), IST)
    shown = {k.removeprefix("person.") for k in state if k.startswith("person.")}
    names = {f.name for f in dataclasses.fields(PersonInput)}
    ranges = {"age_min", "age_max", "height_min_cm", "height_max_cm"}
    assert shown == (names - ranges) | {"age", "height_range"}
