"""The versioned reference data in resources/ and its loaders.

These tests hold the shipped files to the facts of the domain reference (IPC -> BNS mapping,
unverified marks, taxonomy shape) and check that the loaders refuse a broken file with a message
naming the file and the entry.
"""

from __future__ import annotations

import copy
import inspect
import json
import re
import unicodedata
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models import enums
from models.enums import Act, ExploitationType, RiskGrade, Sex
from models.legal_sections import SectionTable, load_sections
from models.localtext import LocalText, ReferenceDataError
from models.resource_files import resource_path
from models.risk_checklist import load_risk_checklist
from models.taxonomy import (
    DEFAULT_REASON,
    REASON_FLAGS,
    Taxonomy,
    load_taxonomy,
    unknown_section_refs,
)
from models.vocabulary import choices, label, load_vocabulary

SECTIONS_FILE = resource_path("legal", "sections.json")
REASONS_FILE = resource_path("taxonomy", "reasons.json")
CHECKLIST_FILE = resource_path("risk", "checklist.json")
VOCABULARY_FILE = resource_path("vocabulary.json")

ALLOWED_FLAGS = {
    "sexual_offence",
    "trafficking",
    "high_risk",
    "found_without_report",
    "found_dead",
    "no_disappearance",
}

# Marathi/Hindi labels that may stay in Latin script: Act codes are written as codes in every
# language ("BNS 137(2)").
LATIN_ALLOWED = {("Act", act.value) for act in Act if act is not Act.OTHER}


def _raw(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _write(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _has_devanagari_letter(text: str) -> bool:
    return any(
        "\u0900" <= ch <= "\u097f" and unicodedata.category(ch).startswith("L") for ch in text
    )


def _str_enums() -> list[type[StrEnum]]:
    return [
        obj
        for _, obj in inspect.getmembers(enums, inspect.isclass)
        if issubclass(obj, StrEnum) and obj is not StrEnum and obj.__module__ == enums.__name__
    ]


@pytest.fixture(scope="module")
def table() -> SectionTable:
    return load_sections()


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


# --- taxonomy shape and its agreement with the section table ---------------------------------


def test_every_reason_section_exists_in_the_section_table(
    taxonomy: Taxonomy, table: SectionTable
) -> None:
    assert unknown_section_refs(taxonomy, table) == ()
    # The same check straight from the raw file, so a loader bug cannot hide a missing row.
    raw_sections = {(row["act"], row["section"]) for row in _raw(SECTIONS_FILE)["sections"]}
    raw_acts = {act["code"] for act in _raw(SECTIONS_FILE)["acts"]}
    for category in _raw(REASONS_FILE)["categories"]:
        for reason in category["reasons"]:
            for ref in reason["sections"]:
                if ref.get("act_only"):
                    assert ref["section"] == "", reason["code"]
                    assert ref["act"] in raw_acts, reason["code"]
                else:
                    assert (ref["act"], ref["section"]) in raw_sections, (reason["code"], ref)


def test_reason_codes_are_unique_leaves_under_their_category() -> None:
    codes: list[str] = []
    for category in _raw(REASONS_FILE)["categories"]:
        assert re.fullmatch(r"[1-8]", category["code"])
        for reason in category["reasons"]:
            assert re.fullmatch(rf"{category['code']}\.[1-9][0-9]*", reason["code"])
            codes.append(reason["code"])
    assert len(codes) == len(set(codes))


def test_all_eight_categories_with_the_reference_subs(taxonomy: Taxonomy) -> None:
    assert [c.code for c in taxonomy.categories] == [str(n) for n in range(1, 9)]
    expected_counts = {"1": 11, "2": 10, "3": 5, "4": 3, "5": 5, "6": 3, "7": 4, "8": 1}
    for code, count in expected_counts.items():
        subs = [r.code for r in taxonomy.category(code).reasons]
        assert subs == [f"{code}.{n}" for n in range(1, count + 1)]
    assert taxonomy.has_reason(DEFAULT_REASON)
    assert DEFAULT_REASON == "8.1"


def test_flags_and_exploitation_types_come_from_the_allowed_sets(taxonomy: Taxonomy) -> None:
    assert REASON_FLAGS == ALLOWED_FLAGS
    for category in _raw(REASONS_FILE)["categories"]:
        for reason in category["reasons"]:
            assert set(reason["flags"]) <= ALLOWED_FLAGS, reason["code"]
            kind = reason["exploitation_type"]
            assert kind is None or kind in {e.value for e in ExploitationType}, reason["code"]
    for reason in taxonomy.all_reasons():
        assert reason.flags <= ALLOWED_FLAGS


def test_category_wide_flags(taxonomy: Taxonomy) -> None:
    for reason in taxonomy.all_reasons():
        category = reason.category_code
        assert reason.has_flag("found_without_report") == (category == "5"), reason.code
        assert reason.has_flag("found_dead") == (category == "7"), reason.code
        assert reason.has_flag("no_disappearance") == (category == "6"), reason.code
        if category == "1":
            assert reason.involuntary is True, reason.code
        if category == "2":
            assert reason.involuntary is False, reason.code
    assert taxonomy.reason("5.5").involuntary is True


def test_reason_flags_and_defaults_from_the_reference(taxonomy: Taxonomy) -> None:
    assert taxonomy.reason("1.5").is_sexual_offence
    assert taxonomy.reason("1.8").is_sexual_offence
    assert taxonomy.reason("1.6").is_trafficking
    assert taxonomy.reason("1.5").is_trafficking
    assert not taxonomy.reason("2.1").is_sexual_offence
    for code in ("2.10", "1.9", "1.2"):
        assert taxonomy.reason(code).is_high_risk, code
    cites = {
        code: [ref.citation for ref in taxonomy.reason(code).sections]
        for code in ("1.2", "1.3", "1.4", "1.5", "4.1")
    }
    assert cites["1.2"] == ["BNS 140(2)"]
    assert cites["1.3"] == ["BNS 139", "JJ 76"]
    assert cites["1.4"] == ["BNS 87", "PCMA"]
    assert set(cites["1.5"]) == {"BNS 143", "BNS 96", "BNS 98", "BNS 99", "POCSO", "ITPA"}
    assert cites["4.1"] == ["BNS 93"]
    assert taxonomy.reason("1.3").exploitation_type is ExploitationType.BEGGING
    assert taxonomy.reason("1.4").exploitation_type is ExploitationType.MARRIAGE
    assert taxonomy.reason("1.6").exploitation_type is ExploitationType.LABOUR


def test_reasons_flag_what_their_sections_imply(taxonomy: Taxonomy, table: SectionTable) -> None:
    """A reason suggesting a sexual-offence or trafficking section must carry that flag, or the
    privacy block and the AHTU rule would not fire for it."""
    for reason in taxonomy.all_reasons():
        for ref in reason.sections:
            if table.is_sexual_offence(ref.act, ref.section):
                assert reason.is_sexual_offence, (reason.code, ref.citation)
            if table.is_trafficking(ref.act, ref.section):
                assert reason.is_trafficking, (reason.code, ref.citation)


def test_references_to_unverified_sections_are_marked(
    taxonomy: Taxonomy, table: SectionTable
) -> None:
    for reason in taxonomy.all_reasons():
        for ref in reason.sections:
            row = None if ref.act_only else table.find(ref.act, ref.section)
            if row is not None and row.unverified:
                assert ref.unverified, (reason.code, ref.citation)
            if row is not None and not row.unverified:
                assert not ref.unverified, (reason.code, ref.citation)
    assert next(r for r in taxonomy.reason("1.3").sections if r.act is Act.JJ).unverified


def test_lookups_raise_key_error_for_unknown_codes(taxonomy: Taxonomy) -> None:
    with pytest.raises(KeyError):
        taxonomy.reason("9.9")
    with pytest.raises(KeyError):
        taxonomy.reason("1")  # a category is not a storable reason
    with pytest.raises(KeyError):
        taxonomy.category("9")
    assert not taxonomy.has_reason("1")


# --- the section table: the reference's mapping facts -------------------------------------------


@pytest.mark.parametrize(
    ("ipc", "bns"),
    [
        ("363", ["137(2)"]),  # not 139, as one aggregator table says
        ("364", ["140(1)"]),  # not 138, as one GitHub JSON says
        ("366", ["87"]),  # not 74, as one blog says
        ("363A", ["139"]),
        ("362", ["138"]),
        ("364A", ["140(2)"]),
        ("366A", ["96"]),
        ("368", ["142"]),
        ("369", ["97"]),
        ("370", ["143"]),
        ("372", ["98"]),
        ("373", ["99"]),
        ("317", ["93"]),
    ],
)
def test_ipc_to_bns(table: SectionTable, ipc: str, bns: list[str]) -> None:
    assert [row.section for row in table.bns_for_ipc(ipc)] == bns
    ipc_row = table.find(Act.IPC, ipc)
    assert ipc_row is not None
    assert list(ipc_row.bns) == bns


def test_bns_to_ipc(table: SectionTable) -> None:
    row = table.find(Act.BNS, "139")
    assert row is not None and row.ipc == ("363A",)
    row = table.find(Act.BNS, "137(2)")
    assert row is not None and row.ipc == ("363",)


def test_every_bns_row_of_the_reference_table_and_every_ipc_row(table: SectionTable) -> None:
    bns = [
        "137(1)(a)", "137(1)(b)", "137(2)", "138", "139", "140(1)", "140(2)", "140(3)",
        "140(4)", "87", "96", "141", "142", "97", "143", "144", "98", "99", "146", "93",
        "64", "65", "66", "67", "68", "69", "70", "71", "72",
    ]  # fmt: skip
    ipc = [
        "359", "360", "361", "362", "363", "363A", "364", "364A", "365", "366", "366A",
        "366B", "367", "368", "369", "370", "370A", "372", "373", "374", "317",
    ]  # fmt: skip
    for section in bns:
        assert table.find(Act.BNS, section) is not None, section
    for section in ipc:
        row = table.find(Act.IPC, section)
        assert row is not None and row.bns, section
    for section in ["76", "79", "80", "81", "31", "32", "74"]:
        assert table.find(Act.JJ, section) is not None, section
    for section in ["173", "174", "175", "176", "180", "183"]:
        assert table.find(Act.BNSS, section) is not None, section


def test_ipc_and_bns_pointers_agree(table: SectionTable) -> None:
    for row in table.sections:
        if row.act is Act.BNS:
            for old in row.ipc:
                ipc_row = table.find(Act.IPC, old)
                if ipc_row is not None:
                    assert row.section in ipc_row.bns, (row.citation, old)


def test_acts_cover_the_enum_with_their_flags(table: SectionTable) -> None:
    assert [act.code for act in table.acts] == list(Act)
    assert table.act(Act.POCSO).sexual_offence
    assert table.act(Act.ITPA).trafficking
    assert not table.act(Act.BNS).sexual_offence and not table.act(Act.BNS).trafficking


def test_section_flags(table: SectionTable) -> None:
    kidnapping = [
        "137(1)(a)", "137(1)(b)", "137(2)", "138", "139", "140(1)", "140(2)", "140(3)",
        "140(4)", "87", "96", "97", "141", "142",
    ]  # fmt: skip
    for section in kidnapping:
        assert table.is_kidnapping(Act.BNS, section), section
    for section in ["143", "144", "98", "99", "146"]:
        assert table.is_trafficking(Act.BNS, section), section
    for section in ["370", "370A", "372", "373", "374"]:
        assert table.is_trafficking(Act.IPC, section), section
    for section in ["64", "65", "66", "67", "68", "69", "70", "71"]:
        assert table.is_sexual_offence(Act.BNS, section), section
    assert table.is_kidnapping(Act.IPC, "363")
    assert not table.is_kidnapping(Act.BNS, "143")
    assert not table.is_trafficking(Act.BNS, "137(2)")
    assert not table.is_sexual_offence(Act.BNS, "137(2)")
    # Act-level flags cover sections the table does not list.
    assert table.is_sexual_offence(Act.POCSO, "4")
    assert table.is_sexual_offence(Act.POCSO, "")
    assert table.is_trafficking(Act.ITPA, "5")
    assert not table.is_kidnapping(Act.BNS, "999")


def test_unverified_marks_follow_the_reference(table: SectionTable) -> None:
    for act, section in [
        (Act.BNS, "141"), (Act.BNS, "144"), (Act.BNS, "146"), (Act.BNS, "72"),
        (Act.BNS, "64"), (Act.JJ, "76"), (Act.JJ, "79"), (Act.JJ, "80"), (Act.JJ, "81"),
        (Act.BNSS, "183"), (Act.IPC, "366B"), (Act.IPC, "370A"), (Act.IPC, "374"),
    ]:  # fmt: skip
        row = table.find(act, section)
        assert row is not None and row.unverified, (act, section)
        assert row.source.startswith(("U", "S")), (act, section)
    for act, section in [
        (Act.BNS, "137(2)"), (Act.BNS, "139"), (Act.BNS, "87"), (Act.BNS, "143"),
        (Act.JJ, "31"), (Act.JJ, "32"), (Act.JJ, "74"), (Act.BNSS, "173"),
    ]:  # fmt: skip
        row = table.find(act, section)
        assert row is not None and not row.unverified, (act, section)
        assert row.source.startswith("V"), (act, section)


def test_every_row_has_a_tagged_source() -> None:
    for row in _raw(SECTIONS_FILE)["sections"]:
        assert re.match(r"[VSU] \S", row["source"]), row
        # An [U] or [S] source must not be presented as verified.
        if row["source"].startswith(("U", "S")):
            assert row["unverified"] is True, row


@given(st.sampled_from(["137(2)", "140(1)", "363A", "137(1)(b)"]), st.data())
def test_section_lookup_ignores_spaces_and_case(section: str, data: st.DataObject) -> None:
    table = load_sections()
    act = Act.IPC if section == "363A" else Act.BNS
    spaced = "".join(
        ch + data.draw(st.sampled_from(["", " ", "  ", "\t"]), label="gap") for ch in section
    )
    found = table.find(act, " " + spaced.lower())
    assert found is not None and found.section == section


# --- risk checklist --------------------------------------------------------------------------


def test_risk_checklist() -> None:
    checklist = load_risk_checklist()
    assert checklist.unverified
    assert set(checklist.grades) == set(RiskGrade)
    codes = [item.code for item in checklist.items]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", code) for code in codes)
    escalating = {item.code for item in checklist.escalating_items()}
    assert escalating == {
        "age_under_13",
        "disability_cannot_communicate",
        "medication_dependence",
        "suicide_self_harm",
        "suspected_abduction",
        "out_of_character",
        "exploitation_marker",
        "missing_from_cci_repeat",
        "ransom_call",
        "last_seen_transit_hub",
        "adverse_weather_environment",
    }
    assert not checklist.item("vulnerable_age_infirmity").escalates_to_high
    assert not checklist.item("delay_before_report").escalates_to_high
    assert len(codes) - len(escalating) >= 12
    with pytest.raises(KeyError):
        checklist.item("no_such_item")
    with pytest.raises(TypeError):
        checklist.grades[RiskGrade.LOW] = LocalText("x", "x", "x")  # type: ignore[index]


# --- vocabulary ----------------------------------------------------------------------------


def test_every_enum_member_has_a_label_and_nothing_else() -> None:
    raw = _raw(VOCABULARY_FILE)
    enum_classes = _str_enums()
    assert len(enum_classes) > 30  # guards the discovery itself
    assert set(raw) == {cls.__name__ for cls in enum_classes}
    for cls in enum_classes:
        assert set(raw[cls.__name__]) == {member.value for member in cls}, cls.__name__
        for member in cls:
            entry = raw[cls.__name__][member.value]
            assert set(entry) == {"en", "mr", "hi"}, (cls.__name__, member.value)
            for lang in ("en", "mr", "hi"):
                assert entry[lang].strip(), (cls.__name__, member.value, lang)
                assert label(member, lang) == entry[lang]


def test_marathi_and_hindi_labels_are_in_devanagari() -> None:
    for enum_name, members in _raw(VOCABULARY_FILE).items():
        for code, entry in members.items():
            for lang in ("mr", "hi"):
                if (enum_name, code) in LATIN_ALLOWED:
                    continue
                assert _has_devanagari_letter(entry[lang]), (enum_name, code, lang, entry[lang])


def _local_texts(node: object, path: str = "") -> list[tuple[str, dict[str, str]]]:
    """Every {"en", "mr", "hi"} object in a reference file."""
    found: list[tuple[str, dict[str, str]]] = []
    if isinstance(node, dict):
        if set(node) == {"en", "mr", "hi"}:
            return [(path, node)]
        for key, value in node.items():
            found.extend(_local_texts(value, f"{path}/{key}"))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_local_texts(value, f"{path}[{index}]"))
    return found


@pytest.mark.parametrize("path", [SECTIONS_FILE, REASONS_FILE, CHECKLIST_FILE])
def test_reference_files_are_fully_translated(path: Path) -> None:
    texts = _local_texts(_raw(path))
    assert len(texts) > 10
    for where, text in texts:
        assert text["en"].strip(), where
        for lang in ("mr", "hi"):
            assert _has_devanagari_letter(text[lang]), (where, lang, text[lang])


def test_choices_follow_declaration_order() -> None:
    assert [code for code, _ in choices(Sex)] == [member.value for member in Sex]
    assert choices(Sex, "en")[0] == ("male", "Male")
    assert [code for code, _ in choices(enums.Language, "mr")] == list(enums.Language)


def test_label_falls_back_to_english_for_an_unknown_language() -> None:
    assert label(enums.ReportMode.ERSS_112, "gu") == label(enums.ReportMode.ERSS_112, "en")
    assert label(enums.CaseStatus.REGISTERED) == "Registered (missing)"
    assert label(enums.Language.MARATHI, "mr") == "मराठी"


# --- loaders refuse broken files --------------------------------------------------------------


def test_local_text_requires_every_language() -> None:
    with pytest.raises(ReferenceDataError, match=r"x\.json, entry 7.*'hi'"):
        LocalText.from_json({"en": "A", "mr": "अ"}, "x.json, entry 7")
    with pytest.raises(ReferenceDataError, match=r"x\.json, entry 7.*'mr' is empty"):
        LocalText.from_json({"en": "A", "mr": " ", "hi": "अ"}, "x.json, entry 7")
    assert LocalText("a", "b", "c").get("zz") == "a"


def _reasons_with(tmp_path: Path, change: Any) -> Path:
    data = copy.deepcopy(_raw(REASONS_FILE))
    change(data)
    return _write(tmp_path, "reasons.json", data)


def _reason(data: Any, code: str) -> Any:
    return next(r for c in data["categories"] for r in c["reasons"] if r["code"] == code)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: _reason(d, "1.5")["label"].pop("mr"), r"reason 1\.5, label.*'mr'"),
        (
            lambda d: _reason(d, "1.5")["flags"].append("urgent"),
            r"reason 1\.5.*unknown flag 'urgent'",
        ),
        (
            lambda d: _reason(d, "1.3").update(exploitation_type="beggary"),
            r"reason 1\.3.*'beggary'",
        ),
        (lambda d: _reason(d, "2.2").update(code="2.1"), r"reason 2\.1.*used twice"),
        (lambda d: _reason(d, "2.2").update(code="3.9"), r"reason 3\.9.*Category\.Sub"),
        (
            lambda d: _reason(d, "1.1")["sections"].append({"act": "XYZ", "section": "1"}),
            r"reason 1\.1.*'XYZ'",
        ),
        (
            lambda d: _reason(d, "1.1")["sections"].append({"act": "POCSO", "section": ""}),
            r"reason 1\.1.*act_only",
        ),
        (lambda d: _reason(d, "1.1").update(involuntary="yes"), r"reason 1\.1.*involuntary"),
        (lambda d: d["categories"].pop(), r"default reason 8\.1"),
    ],
)
def test_taxonomy_loader_refuses_broken_files(tmp_path: Path, change: Any, message: str) -> None:
    path = _reasons_with(tmp_path, change)
    with pytest.raises(ReferenceDataError, match=message) as info:
        load_taxonomy(path)
    assert str(path) in str(info.value)


def test_taxonomy_loader_reads_a_valid_copy(tmp_path: Path) -> None:
    path = _reasons_with(tmp_path, lambda d: None)
    assert load_taxonomy(path) == load_taxonomy()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["sections"][0]["title"].update(hi=""),
            r"section BNS 137\(1\)\(a\), title.*'hi' is empty",
        ),
        (
            lambda d: d["sections"][0].update(kidnaping=True),
            r"section BNS 137\(1\)\(a\).*'kidnaping'",
        ),
        (lambda d: d["sections"][0].pop("unverified"), r"section BNS 137\(1\)\(a\).*'unverified'"),
        (
            lambda d: d["sections"].append(copy.deepcopy(d["sections"][2])),
            r"section BNS 137\(2\).*twice",
        ),
        (lambda d: d["acts"].pop(), r"acts.*OTHER"),
        (lambda d: d["sections"][0].update(act="IPCC"), r"sections\[0\].*'IPCC'"),
    ],
)
def test_section_loader_refuses_broken_files(tmp_path: Path, change: Any, message: str) -> None:
    data = copy.deepcopy(_raw(SECTIONS_FILE))
    change(data)
    path = _write(tmp_path, "sections.json", data)
    with pytest.raises(ReferenceDataError, match=message) as info:
        load_sections(path)
    assert str(path) in str(info.value)


def test_section_loader_refuses_a_dangling_ipc_pointer(tmp_path: Path) -> None:
    data = copy.deepcopy(_raw(SECTIONS_FILE))
    ipc_363 = next(r for r in data["sections"] if r["act"] == "IPC" and r["section"] == "363")
    ipc_363["bns"] = ["139"]  # the aggregator mistake the reference warns about
    path = _write(tmp_path, "sections.json", data)
    with pytest.raises(ReferenceDataError, match=r"section IPC 363.*BNS 139"):
        load_sections(path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["grades"].pop("high"), r"grade high: missing"),
        (lambda d: d["items"][0]["label"].pop("en"), r"item age_under_13, label.*'en'"),
        (lambda d: d["items"][1].update(code="Bad Code"), r"item Bad Code.*lower_snake"),
        (lambda d: d["items"][1].update(code="age_under_13"), r"item age_under_13.*twice"),
        (
            lambda d: d["items"][2].pop("escalates_to_high"),
            r"item medication_dependence.*escalates_to_high",
        ),
    ],
)
def test_checklist_loader_refuses_broken_files(tmp_path: Path, change: Any, message: str) -> None:
    data = copy.deepcopy(_raw(CHECKLIST_FILE))
    change(data)
    path = _write(tmp_path, "checklist.json", data)
    with pytest.raises(ReferenceDataError, match=message) as info:
        load_risk_checklist(path)
    assert str(path) in str(info.value)


def test_vocabulary_loader_refuses_a_missing_language(tmp_path: Path) -> None:
    data = copy.deepcopy(_raw(VOCABULARY_FILE))
    del data["Role"]["sho"]["hi"]
    path = _write(tmp_path, "vocabulary.json", data)
    with pytest.raises(ReferenceDataError, match=r"Role\.sho.*'hi'") as info:
        load_vocabulary(path)
    assert str(path) in str(info.value)


def test_vocabulary_without_a_member_raises_key_error(tmp_path: Path) -> None:
    data = copy.deepcopy(_raw(VOCABULARY_FILE))
    del data["Sex"]["transgender"]
    vocabulary = load_vocabulary(_write(tmp_path, "vocabulary.json", data))
    with pytest.raises(KeyError, match=r"Sex\.transgender"):
        vocabulary.choices(Sex)


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", ""])
def test_loaders_refuse_files_that_are_not_json_objects(tmp_path: Path, text: str) -> None:
    path = tmp_path / "broken.json"
    path.write_text(text, encoding="utf-8")
    for loader in (load_sections, load_taxonomy, load_risk_checklist, load_vocabulary):
        with pytest.raises(ReferenceDataError, match=re.escape(str(path))):
            loader(path)


def test_loaders_refuse_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match="cannot read"):
        load_sections(tmp_path / "absent.json")


def test_default_loads_are_cached() -> None:
    assert load_sections() is load_sections()
    assert load_taxonomy() is load_taxonomy()
    assert load_risk_checklist() is load_risk_checklist()
    assert load_vocabulary() is load_vocabulary()
