"""Checks on the raw material for ``talash demo``: resources/demo/{names,places,phrases}.json."""

from __future__ import annotations

import json
import re
import string
from collections import Counter
from pathlib import Path

import pytest

DEMO_DIR = Path(__file__).resolve().parents[2] / "resources" / "demo"
FILES = ("names.json", "places.json", "phrases.json")

GROUPS = {"marathi", "hindi_belt", "muslim", "gujarati", "south", "bengali", "other"}
SEXES = {"female", "male", "any"}
PLACE_TYPES = {
    "home",
    "school",
    "cci",
    "railway_station",
    "bus_stand",
    "market",
    "religious_place",
    "fair_gathering",
    "hospital",
    "workplace",
    "street",
    "other",
}
ACTION_TYPES = {
    "wireless_message",
    "portal_upload",
    "hue_and_cry_notice",
    "stations_informed",
    "places_checked",
    "cctv_reviewed",
    "cdr_requested",
    "media",
    "childline_informed",
    "dlsa_informed",
    "ahtu_transfer",
    "review",
    "note",
}
PRONOUNS = {"his_her", "he_she", "him_her", "person_his_her"}
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
VIRAMA = "\u094d"
# Conjuncts and forms that exercise Devanagari shaping; "र्‍" is ra + virama + ZWJ (eyelash ra).
SHAPING_SAMPLES = ("क्ष", "श्र", "प्र", "त्र", "ज्ञ", "द्ध", "र्\u200d")


def _load(name: str):
    return json.loads((DEMO_DIR / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def names():
    return _load("names.json")


@pytest.fixture(scope="module")
def places():
    return _load("places.json")


@pytest.fixture(scope="module")
def phrases():
    return _load("phrases.json")


def _walk(node, key=None):
    """Yield (key, string) for every string value in a JSON tree (key of the enclosing dict)."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _walk(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from _walk(v, key)
    elif isinstance(node, str):
        yield key, node


def _all_strings(node):
    return [s for _, s in _walk(node)]


def _fields(template: str) -> list[str]:
    return [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]


def _phrase_templates(phrases) -> list[str]:
    out = list(phrases["narratives"]) + list(phrases["trace_notes"])
    for notes in phrases["action_notes"].values():
        out.extend(notes)
    return out


# --- files -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_file_is_utf8_json_with_real_devanagari(name):
    raw = (DEMO_DIR / name).read_bytes().decode("utf-8")
    json.loads(raw)
    assert "\\u" not in raw, "Devanagari must be stored as characters, not \\u escapes"
    assert raw.startswith("{\n"), "pretty-printed"


@pytest.mark.parametrize("name", FILES)
def test_mr_hi_fields_are_devanagari_and_en_fields_ascii(name):
    data = _load(name)
    seen = Counter()
    for key, value in _walk(data):
        if key in ("mr", "hi", "name_local"):
            seen[key] += 1
            assert DEVANAGARI.search(value), f"{key}={value!r} has no Devanagari"
            assert not re.search(r"[A-Za-z]", value), f"{key}={value!r} mixes Latin letters"
        elif key == "en":
            seen[key] += 1
            assert value.isascii() and value.strip() == value and value, f"en={value!r}"
    if name == "phrases.json":  # English only
        assert all(value.isascii() for value in _all_strings(data))
    else:
        assert seen["en"] > 0 and seen["mr"] > 0


@pytest.mark.parametrize("name", FILES)
def test_no_phone_like_digit_runs(name):
    for value in _all_strings(_load(name)):
        joined = re.sub(r"(?<=\d)[\s\-.]+(?=\d)", "", value)  # \d also matches Devanagari digits
        assert not re.search(r"\d{10,}", joined), f"phone-like number in {value!r}"
        assert not re.search(r"\+\s*91", value), f"phone prefix in {value!r}"


@pytest.mark.parametrize("name", FILES)
def test_no_blank_or_padded_strings(name):
    for value in _all_strings(_load(name)):
        assert value and value == value.strip() and "  " not in value, repr(value)


# --- names.json --------------------------------------------------------------------------------


def test_name_counts(names):
    sexes = Counter(g["sex"] for g in names["given"])
    assert sexes["female"] >= 120
    assert sexes["male"] >= 120
    assert sexes["any"] >= 3
    assert len(names["surnames"]) >= 120
    assert len(names["nicknames"]) >= 30
    assert names["note"]


def test_name_entries_well_formed(names):
    for g in names["given"]:
        assert set(g) == {"en", "mr", "hi", "sex", "group"}, g
        assert g["sex"] in SEXES and g["group"] in GROUPS, g
    for s in names["surnames"]:
        assert set(s) == {"en", "mr", "hi", "group"}, s
        assert s["group"] in GROUPS, s
    for n in names["nicknames"]:
        assert set(n) == {"en", "mr", "hi"}, n


def test_no_duplicate_given_names_per_sex(names):
    seen = Counter((g["sex"], g["en"].casefold()) for g in names["given"])
    assert [k for k, n in seen.items() if n > 1] == []
    # a unisex name must not also be listed under a specific sex
    unisex = {g["en"].casefold() for g in names["given"] if g["sex"] == "any"}
    gendered = {g["en"].casefold() for g in names["given"] if g["sex"] != "any"}
    assert unisex & gendered == set()


def test_no_duplicate_surnames_or_nicknames(names):
    for key in ("surnames", "nicknames"):
        seen = Counter(x["en"].casefold() for x in names[key])
        assert [k for k, n in seen.items() if n > 1] == [], key


def test_groups_reflect_mumbai(names):
    lists = {
        "female": [g for g in names["given"] if g["sex"] == "female"],
        "male": [g for g in names["given"] if g["sex"] == "male"],
        "surnames": names["surnames"],
    }
    for label, items in lists.items():
        groups = Counter(x["group"] for x in items)
        assert set(groups) == GROUPS, f"{label}: missing groups {GROUPS - set(groups)}"
        top, _ = groups.most_common(1)[0]
        assert top == "marathi", f"{label}: largest group is {top}"


def test_names_exercise_font_shaping(names):
    entries = names["given"] + names["surnames"]
    texts = [x[k] for x in entries for k in ("mr", "hi")]
    joined = "\n".join(texts)
    for sample in SHAPING_SAMPLES:
        assert sample in joined, f"no name contains {sample!r}"
    with_conjunct = sum(1 for x in entries if VIRAMA in x["mr"])
    assert with_conjunct / len(entries) >= 0.3


def test_marathi_and_hindi_spellings_differ_where_they_should(names):
    entries = names["given"] + names["surnames"] + names["nicknames"]
    differing = {x["en"]: (x["mr"], x["hi"]) for x in entries if x["mr"] != x["hi"]}
    assert len(differing) >= 40
    assert differing["Patil"] == ("पाटील", "पाटिल")
    shinde = next(s for s in names["surnames"] if s["en"] == "Shinde")
    assert shinde["mr"] == shinde["hi"] == "शिंदे"


# --- places.json -------------------------------------------------------------------------------


def test_station(places):
    st = places["station"]
    assert {"code", "name", "name_local", "district", "state", "zone", "phone"} <= set(st)
    assert "XXXX" in st["phone"]
    assert DEVANAGARI.search(st["name_local"])
    assert places["note"]


def test_place_counts(places):
    assert len(places["localities"]) >= 25
    assert len(places["landmarks"]) >= 30
    assert len(places["far_places"]) >= 40
    assert len(places["cwc"]) >= 3
    assert len(places["cci"]) >= 5
    assert len(places["schools"]) >= 10


def test_localities(places):
    for loc in places["localities"]:
        assert set(loc) == {"en", "mr", "beat", "pin"}, loc
        assert re.fullmatch(r"Beat \d", loc["beat"]), loc
        assert re.fullmatch(r"4000\d\d", loc["pin"]), loc
    assert len({loc["en"] for loc in places["localities"]}) == len(places["localities"])


def test_landmark_place_types(places):
    types = Counter()
    for lm in places["landmarks"]:
        assert set(lm) == {"en", "mr", "place_type"}, lm
        assert lm["place_type"] in PLACE_TYPES, lm
        types[lm["place_type"]] += 1
    assert len({lm["en"] for lm in places["landmarks"]}) == len(places["landmarks"])
    for needed in (
        "railway_station",
        "bus_stand",
        "market",
        "religious_place",
        "fair_gathering",
        "hospital",
    ):
        assert types[needed] >= 2, needed
    assert set(types) == PLACE_TYPES


def test_place_types_match_the_enum():
    from models.enums import PlaceType

    assert {p.value for p in PlaceType} == PLACE_TYPES


def test_far_places(places):
    countries = Counter()
    for fp in places["far_places"]:
        assert {"en", "district", "state"} <= set(fp) <= {"en", "district", "state", "country"}, fp
        assert all(v.isascii() for v in fp.values()), fp
        if "country" in fp:
            assert fp["country"] in {"Nepal", "Bangladesh"}, fp
            countries[fp["country"]] += 1
    assert countries["Nepal"] >= 1 and countries["Bangladesh"] >= 1
    states = {fp["state"] for fp in places["far_places"] if "country" not in fp}
    for state in (
        "Uttar Pradesh",
        "Bihar",
        "Jharkhand",
        "West Bengal",
        "Odisha",
        "Karnataka",
        "Telangana",
        "Rajasthan",
    ):
        assert state in states, state


def test_institutions_and_schools(places):
    for cwc in places["cwc"]:
        assert set(cwc) == {"name", "short"} and "Child Welfare Committee" in cwc["name"], cwc
    for cci in places["cci"]:
        assert cci["name"] and cci["name"].isascii(), cci
    for school in places["schools"]:
        assert set(school) == {"en", "mr"}, school


# --- phrases.json ------------------------------------------------------------------------------


def test_phrase_counts(phrases):
    assert len(phrases["narratives"]) >= 25
    assert len(phrases["trace_notes"]) >= 15
    assert set(phrases["action_notes"]) == ACTION_TYPES
    for kind, notes in phrases["action_notes"].items():
        assert len(notes) >= 3, kind


def test_action_types_match_the_enum():
    from models.enums import ActionType

    assert {a.value for a in ActionType} == ACTION_TYPES


def test_placeholders_declared_and_used(phrases):
    declared = set(phrases["placeholders"])
    used = Counter()
    for template in _phrase_templates(phrases):
        for field in _fields(template):
            assert re.fullmatch(r"[a-z_]+", field), f"bad field {field!r} in {template!r}"
            used[field] += 1
    assert set(used) - declared == set(), "undeclared placeholders"
    assert declared - set(used) == set(), "declared but unused placeholders"
    for name, meaning in phrases["placeholders"].items():
        assert meaning, name


def test_templates_format_cleanly(phrases):
    values = {k: f"<{k}>" for k in phrases["placeholders"]}
    for template in _phrase_templates(phrases):
        text = template.format(**values)
        assert "{" not in text and "}" not in text, template
        assert text.isascii(), template
        assert text.endswith("."), template


def test_pronoun_placeholders_never_open_a_sentence(phrases):
    for template in _phrase_templates(phrases):
        for pronoun in PRONOUNS:
            pattern = r"(^|[.;:]\s+)\{" + pronoun + r"\}"
            assert not re.search(pattern, template), (
                f"{{{pronoun}}} opens a sentence in {template!r}"
            )


def test_narrative_length(phrases):
    for text in phrases["narratives"]:
        sentences = [s for s in re.split(r"(?<=\.)\s+(?=[A-Z{])", text) if s]
        assert 2 <= len(sentences) <= 5, text


def test_narrative_kinds_cover_every_narrative(phrases):
    kinds = phrases["narrative_kinds"]
    for needed in (
        "runaway_after_scolding",
        "elopement",
        "lost_in_crowd",
        "work_not_returned",
        "left_note",
        "went_to_friend",
        "lured_by_stranger",
        "mentally_ill_adult",
        "elderly_dementia",
        "missing_from_cci",
    ):
        assert kinds.get(needed, {}).get("narratives"), needed
    indices = [i for k in kinds.values() for i in k["narratives"]]
    assert sorted(indices) == list(range(len(phrases["narratives"])))
    for kind, spec in kinds.items():
        low, high = spec["ages"]
        assert 0 < low < high <= 100, kind
    assert kinds["elopement"]["ages"][0] >= 15
