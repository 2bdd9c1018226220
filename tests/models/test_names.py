"""Name keys: the same name in two scripts and several spellings gives the same phonetic key."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.names import devanagari_candidates, name_keys, to_latin
from models.rules.name_similarity import name_fit, split_name

SAME_PHONETIC = [
    ("Shrivastav", "Srivastava"),
    ("श्रीवास्तव", "Shrivastava"),
    ("सुनीता", "Sunita"),
    ("वैशाली कुलकर्णी", "Vaishali Kulkarni"),
    ("संजय", "Sanjay"),
    ("कृष्ण", "Krishna"),
    ("लक्ष्मी", "Laxmi"),
    ("ज्ञानेश्वर", "Dnyaneshwar"),
    ("ज्ञानेश्वर", "Gyaneshwar"),
    ("चौधरी", "Choudhary"),
    ("Chaudhari", "Chowdhary"),
    ("शेख", "Shaikh"),
    ("Sheikh", "Shaikh"),
    ("पूजा", "Puja"),
    ("Pooja", "Puja"),
    ("Pandey", "Pande"),
    ("कांबळे", "Kamble"),
    ("सिंह", "Singh"),
    ("चव्हाण", "Chavan"),
    ("गायकवाड", "Gaikwad"),
    ("Phadke", "Fadke"),
    ("Gowtham", "Gautam"),
    ("Wasim", "Waseem"),
    ("Bhagyashri", "भाग्यश्री"),
]


@pytest.mark.parametrize(("one", "other"), SAME_PHONETIC)
def test_spellings_and_scripts_of_one_name_share_a_phonetic_key(one: str, other: str) -> None:
    assert name_keys(one).phonetic == name_keys(other).phonetic


@pytest.mark.parametrize(
    ("one", "other"), [("Mohammed", "Muhammad"), ("Syed", "Sayyad"), ("Mohammed", "मोहम्मद")]
)
def test_vowel_differences_the_rules_do_not_know_share_a_skeleton(one: str, other: str) -> None:
    assert name_keys(one).phonetic != name_keys(other).phonetic
    assert name_keys(one).skeleton == name_keys(other).skeleton


@pytest.mark.parametrize(
    ("one", "other"), [("Sunita", "Sunil"), ("Priya", "Pramod"), ("Raj", "Ravi")]
)
def test_different_names_keep_different_keys(one: str, other: str) -> None:
    assert name_keys(one).phonetic != name_keys(other).phonetic


def test_devanagari_becomes_one_plain_latin_form() -> None:
    assert to_latin("श्रीवास्तव") == "shrivastav"
    assert to_latin("रमेश पवार") == "ramesh pavar"
    assert to_latin("Zoë D'Souza") == "zoe d souza"
    assert to_latin("१२३") == "123"


def test_other_indian_scripts_are_transliterated_too() -> None:
    assert name_keys("સુનીતા").phonetic == name_keys("Sunita").phonetic  # Gujarati
    assert name_keys("সুনীতা").phonetic == name_keys("Sunita").phonetic  # Bengali
    assert name_keys("ਸੁਨੀਤਾ").phonetic == name_keys("Sunita").phonetic  # Gurmukhi


def test_latin_names_get_devanagari_candidates() -> None:
    assert "सुनिता" in devanagari_candidates("Sunita")
    assert devanagari_candidates("Sanjay")[0] == "संजय"
    assert devanagari_candidates("सुनीता") == ("सुनीता",)


def test_a_skipped_middle_name_and_initials_still_fit_well() -> None:
    stored = split_name("Vaishali Suresh Kulkarni")
    assert name_fit(split_name("Vaishali Kulkarni"), stored) > 0.9
    assert name_fit(split_name("V. S. Kulkarni"), stored) > 0.75
    assert name_fit(split_name("Madhuri Kulkarni"), stored) < 0.6


@given(st.text(max_size=80))
def test_any_text_gives_keys_the_index_can_take(text: str) -> None:
    # The FTS5 query quotes keys without escaping: they must stay a–z, 0–9 and spaces.
    keys = name_keys(text)
    assert re.fullmatch(r"[a-z0-9 ]*", keys.phonetic), keys
    assert re.fullmatch(r"[a-z0-9 ]*", keys.skeleton), keys
    assert len(keys.phonetic.split()) == len(keys.skeleton.split())
