"""The one reading of DTO fields: types, metadata, and what the codec, mapping and normaliser do
with it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Annotated

from models.dto.cases import CaseInput, CircumstancesInput, MarkRow, PersonInput, TraceInput
from models.dto.found import FoundInput
from models.dto_codec import json_schema
from models.dto_fields import (
    FieldMeta,
    LongText,
    PartialDateText,
    field_map,
    fields_of,
    unwrap,
)
from models.enums import Sex
from models.rules.normalise import normalise
from models.services.mapping import build, scalar_fields


@dataclass(frozen=True)
class _Note:
    # Named like no field of the register: multi-line comes from the type, not from the name.
    title: str
    body: LongText
    remark: Annotated[str | None, FieldMeta(multiline=True)] = None
    stamp: PartialDateText | None = None


def test_annotated_and_optional_read_the_same_in_either_order() -> None:
    a = unwrap(Annotated[str | None, FieldMeta(multiline=True)])
    b = unwrap(Annotated[str, FieldMeta(multiline=True)] | None)
    assert a == b == (str, True, (FieldMeta(multiline=True),))
    assert unwrap(int) == (int, False, ())


def test_each_field_says_what_it_holds() -> None:
    f = field_map(PersonInput)
    assert (f["names"].kind, f["names"].item, f["names"].meta.lines) == ("texts", str, 2)
    assert f["sex"].kind == "enum" and f["sex"].type is Sex and not f["sex"].optional
    assert f["date_of_birth"].partial_date and f["date_of_birth"].optional
    assert f["marks"].kind == "rows" and f["marks"].item is MarkRow
    assert f["languages"].kind == "enums"
    assert (f["age_min"].meta.pair, f["age_max"].meta.pair) == ("age", "age")
    assert f["height_min_cm"].meta.pair == "height_range"
    case = field_map(CaseInput)
    assert case["report"].kind == "dataclass" and case["report"].required
    assert case["complainant"].kind == "dataclass" and case["complainant"].optional
    assert field_map(CircumstancesInput)["last_seen_at"].kind == "datetime"


def test_the_identity_part_of_a_person_is_what_every_named_person_shows() -> None:
    identity = [f.name for f in fields_of(PersonInput) if f.meta.part == "identity"]
    assert identity == [
        "names",
        "sex",
        "date_of_birth",
        "age_min",
        "age_max",
        "relative_name",
        "relative_relation",
        "nationality",
        "occupation",
        "id_documents",
        "addresses",
        "contacts",
    ]


def test_line_breaks_are_kept_where_the_field_is_declared_multi_line() -> None:
    note = _Note(title="a\nb", body="first\nsecond", remark="x\ny")
    clean, problems = normalise(note)
    assert problems == []
    assert clean.title == "a b"
    assert clean.body == "first\nsecond"
    assert clean.remark == "x\ny"


def test_the_same_name_is_not_multi_line_everywhere() -> None:
    # ``place`` is one line on a trace; ``narrative`` of the circumstances keeps its paragraphs.
    assert not field_map(TraceInput)["place"].meta.multiline
    assert field_map(CircumstancesInput)["narrative"].meta.multiline
    assert field_map(FoundInput)["notes"].meta.multiline
    # A row's description is as long as the writer needs, in every row kind.
    assert field_map(MarkRow)["description"].meta.multiline


def test_short_text_has_the_short_limit_and_long_text_the_long_one() -> None:
    clean, problems = normalise(_Note(title="x" * 201, body="y" * 5000))
    assert [p.field for p in problems] == ["title"]
    assert clean.body == "y" * 5000


def test_metadata_leaves_the_json_schema_as_the_plain_type() -> None:
    schema = json_schema(_Note, title="note")
    props = schema["$defs"]["_Note"]["properties"]
    assert props["body"] == {"type": "string"}
    assert props["remark"] == {"anyOf": [{"type": "string"}, {"type": "null"}]}
    assert props["stamp"]["anyOf"][0]["pattern"].startswith("^")


def test_mapping_copies_plain_fields_and_turns_codes_back_into_enums() -> None:
    names = scalar_fields(PersonInput)
    assert "marks" not in names and "addresses" not in names and "names" in names

    @dataclass
    class Row:
        sex: str = "female"
        names: list[str] = dataclasses.field(default_factory=lambda: ["Asha"])
        age_min: int | None = 9

    person = build(PersonInput, Row(), ("sex", "names", "age_min"))
    assert person.sex is Sex.FEMALE and person.names == ("Asha",) and person.age_min == 9


def test_trace_fields_keep_their_kinds() -> None:
    kinds = {f.name: f.kind for f in fields_of(TraceInput)}
    assert kinds["traced_at"] == "datetime" and kinds["accused_arrested"] == "int"
    assert kinds["condition"] == "enum" and kinds["statement_recorded"] == "bool"
