"""The ages the register works with: who is a child for the law, and which ages are believable.

One place for the limits and their words: the validation of a case, the parsing of a typed age,
matching and the form's "Child" badge all read them from here. Nothing here imports the rest of
models/, so the lowest modules (models/partial_date.py) can use it too.
"""

from __future__ import annotations

from models.messages import msg

# Under 18 is a child (JJ Act 2015 s.2(12)); a person who *may* be under 18 is treated as one.
ADULT_AGE = 18
# Nobody older is looked for; a larger number is a typing slip.
MAX_AGE = 120


def is_child_low_age(low: int) -> bool:
    """Whether the lower bound of a person's possible ages makes them a child for the law."""
    return low < ADULT_AGE


def age_limit_problem(value: int) -> str | None:
    """What is wrong with a stated age in completed years, or None when it is believable."""
    if 0 <= value <= MAX_AGE:
        return None
    return msg("must be between 0 and {MAX_AGE}", MAX_AGE=MAX_AGE)


def unbelievable_age(value: int) -> str:
    """The words for a typed age above the limit (said where the age is typed)."""
    return msg("an age of {value} is not believable", value=value)
