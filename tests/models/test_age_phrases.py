"""Ages as the family says them become an age or a range, or are refused in plain words."""

from __future__ import annotations

import pytest

from models.partial_date import AgeRange, DateProblem
from models.rules.age_phrases import parse_age_phrase
from models.rules.ages import MAX_AGE

TAKEN = [
    ("14", 14, 14),
    (" 9 ", 9, 9),
    ("12-14", 12, 14),
    ("12 – 14", 12, 14),
    ("13-14", 13, 14),
    ("13 to 14", 13, 14),
    ("13 or 14", 13, 14),
    ("13 yrs", 13, 13),
    ("13yrs", 13, 13),
    ("13 Years", 13, 13),
    ("13 years old", 13, 13),
    ("13 yrs - 14 yrs", 13, 14),
    ("about 13", 12, 14),
    ("About 13 years", 12, 14),
    ("approx. 40", 39, 41),
    ("~ 30", 29, 31),
    ("about 0", 0, 1),
    ("about 13-14", 13, 14),  # a range is already an estimate: taken as given
    ("१३", 13, 13),
    ("१३-१४", 13, 14),
    ("१३ वर्षे", 13, 13),
    ("१३ वर्षांची", 13, 13),
    ("सुमारे १३ वर्षे", 12, 14),
    ("१२ ते १४ वर्षे", 12, 14),
    ("13 साल", 13, 13),
    ("लगभग 13 साल", 12, 14),
    ("13 साल की", 13, 13),
    ("12 से 14 साल", 12, 14),
    (str(MAX_AGE), MAX_AGE, MAX_AGE),
    (f"about {MAX_AGE}", MAX_AGE - 1, MAX_AGE),
]


@pytest.mark.parametrize(("text", "low", "high"), TAKEN)
def test_age_phrases_people_say_are_taken(text: str, low: int, high: int) -> None:
    assert parse_age_phrase(text) == AgeRange(low, high)


REFUSED = [
    ("", "is not an age"),
    ("abc", "'abc' is not an age: write the years"),
    ("-3", "is not an age"),
    ("about", "is not an age"),
    ("13 months", "is not an age"),
    ("12-", "is not an age"),
    ("1234", "is not an age"),
    ("14-12", "the age range 14-12 runs backwards"),
    ("१४-१२", "runs backwards"),
    (str(MAX_AGE + 1), f"an age of {MAX_AGE + 1} is not believable"),
    (f"about {MAX_AGE + 1}", f"an age of {MAX_AGE + 1} is not believable"),
    (f"20-{MAX_AGE + 5}", f"an age of {MAX_AGE + 5} is not believable"),
]


@pytest.mark.parametrize(("text", "words"), REFUSED)
def test_other_text_is_refused_with_words_that_say_why(text: str, words: str) -> None:
    with pytest.raises(DateProblem, match=words):
        parse_age_phrase(text)
