"""Every text field of an input DTO cleaned the same way, wherever the input came from.

Walks a dataclass tree, passes each string through ``models.text.clean_text`` (NFC, bidi
overrides refused, stray invisibles removed, spaces tidied), turns empty optional text into
``None``, and reports each refusal against its field path.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from enum import Enum
from typing import Any, TypeVar, Union, get_args, get_origin

from models.errors import Problem
from models.text import TextProblem, clean_text

T = TypeVar("T")

# Free-text fields that keep their line breaks.
MULTILINE_FIELDS = frozenset(
    {
        "narrative",
        "description_notes",
        "other_features",
        "disability_notes",
        "medical_needs",
        "previous_episodes_notes",
        "places_frequented",
        "friends_associates",
        "relatives_outside",
        "trigger_notes",
        "preparations",
        "ransom_details",
        "delay_reason",
        "fir_not_filed_reason",
        "rationale",
        "details",
        "description",
        "address",
        "line",
        "how_details",
        "condition_details",
        "medical_exam",
        "follow_up",
        "safe_well_notes",
        "handover_witnesses",
        "last_seen_with",
        "destination",
        "notes",
        "found_with",
        "information_source",
        "reason",
    }
)
SHORT_LIMIT = 200
LONG_LIMIT = 20_000


def _is_optional(tp: Any) -> bool:
    return get_origin(tp) in (Union, types.UnionType) and type(None) in get_args(tp)


def normalise(obj: T, path: str = "") -> tuple[T, list[Problem]]:
    """Return a cleaned copy of ``obj`` and the problems found on the way."""
    problems: list[Problem] = []
    cleaned = _walk(obj, path, problems, field_name="", optional=False)
    return typing.cast(T, cleaned), problems


def _walk(
    value: Any, path: str, problems: list[Problem], *, field_name: str, optional: bool
) -> Any:
    if isinstance(value, Enum):
        return value  # a StrEnum is a str too, but a code, not text to clean
    if isinstance(value, str):
        multiline = field_name in MULTILINE_FIELDS
        try:
            text = clean_text(
                value, multiline=multiline, max_length=LONG_LIMIT if multiline else SHORT_LIMIT
            )
        except TextProblem as exc:
            problems.append(Problem(path, str(exc)))
            return value
        if not text and optional:
            return None
        return text
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        hints = typing.get_type_hints(type(value))
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            if not f.init:
                continue
            current = getattr(value, f.name)
            sub = f"{path}.{f.name}" if path else f.name
            new = _walk(
                current, sub, problems, field_name=f.name, optional=_is_optional(hints[f.name])
            )
            if new is not current:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, tuple):
        items = []
        for i, item in enumerate(value):
            new = _walk(item, f"{path}[{i}]", problems, field_name=field_name, optional=False)
            if isinstance(new, str) and not new:
                continue  # an empty name or alias row is dropped, not stored
            items.append(new)
        return tuple(items)
    return value
