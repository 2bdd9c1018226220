"""Ages as people say them at the desk: "14", "12-14", "13 yrs", "about 13", "१३ वर्षे", "लगभग 13".

One reader for every age typed as text (the case and found-person forms, the legacy register
import), so the same words are taken, and refused with the same message, everywhere. The limits
themselves come from models/rules/ages.py.
"""

from __future__ import annotations

import re
import unicodedata

from models.messages import msg
from models.partial_date import AgeRange, DateProblem
from models.rules.ages import MAX_AGE, age_limit_problem, unbelievable_age

# "About 13" is an estimate: a year either side, so a family's guess neither claims more
# precision than it has nor drops a child who may be a year younger out of the child rules.
ABOUT_SPREAD = 1

_ABOUT = (
    r"(?:about|around|approx(?:imately|\.)?|nearly|aged?|~|"
    r"सुमारे|अंदाजे|अंदाज़े|अंदाजन|लगभग|करीब|क़रीब)"
)
# Years in English, Marathi (वर्ष, वर्षे, वर्षांची …) and Hindi (साल, वर्ष, साल की …).
_UNIT = r"(?:years?|yrs?\.?|y|वर्ष[\u0900-\u097f]*|साल(?:\s*(?:का|की|के))?)"
_TO = r"(?:-|–|—|to|or|ते|किंवा|से|या)"
_PHRASE = re.compile(
    rf"^(?P<about>{_ABOUT}\s*)?(?P<low>\d{{1,3}})\s*(?:{_UNIT})?"
    rf"(?:\s*{_TO}\s*(?P<high>\d{{1,3}})\s*(?:{_UNIT})?)?\s*(?:old)?$"
)


def not_an_age(text: str) -> str:
    """The words for text that is no age at all."""
    return f"'{text}' is not an age: write the years, such as 14, 12-14 or about 13"


def parse_age_phrase(text: str) -> AgeRange:
    """The age or age range (completed years) a typed phrase states; ``DateProblem`` if none.

    Devanagari digits count as digits; "about N" is N-1 to N+1; a range is taken as given.
    """
    said = unicodedata.normalize("NFC", text).strip()
    m = _PHRASE.match(" ".join(said.casefold().split()))
    if not m:
        raise DateProblem(not_an_age(said))
    # int() reads any decimal digits, Devanagari ones (१३) included.
    low = int(m.group("low"))
    high = int(m.group("high")) if m.group("high") else low
    if high < low:
        raise DateProblem(msg("the age range {said} runs backwards", said=said))
    if age_limit_problem(high) is not None:
        raise DateProblem(unbelievable_age(high))
    if m.group("about") and m.group("high") is None:
        low, high = max(low - ABOUT_SPREAD, 0), min(high + ABOUT_SPREAD, MAX_AGE)
    return AgeRange(low, high)
