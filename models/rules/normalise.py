"""Every text field of an input DTO cleaned the same way, wherever the input came from.

Walks a dataclass tree, passes each string through ``models.text.clean_text`` (NFC, bidi
overrides refused, stray invisibles removed, spaces tidied), turns empty optional text into
``None``, and reports each refusal against its field path. A field declared multi-line
(``LongText`` in models/dto_fields.py) keeps its line breaks and may be long; any other text is
one short line.
"""

from __future__ import annotations

import dataclasses
import typing
from enum import Enum
from typing import Any, TypeVar

from models.dto_fields import fields_of
from models.errors import Problem
from models.messages import said
from models.rules.lengths import LONG_LIMIT, SHORT_LIMIT, text_limit
from models.text import TextProblem, clean_text

T = TypeVar("T")

__all__ = ["LONG_LIMIT", "SHORT_LIMIT", "normalise"]


def normalise(obj: T, path: str = "") -> tuple[T, list[Problem]]:
    """Return a cleaned copy of ``obj`` and the problems found on the way."""
    problems: list[Problem] = []
    cleaned = _walk(obj, path, problems, multiline=False, optional=False)
    return typing.cast(T, cleaned), problems


def _walk(
    value: Any,
    path: str,
    problems: list[Problem],
    *,
    multiline: bool,
    optional: bool,
    limit: int | None = None,
) -> Any:
    if isinstance(value, Enum):
        return value  # a StrEnum is a str too, but a code, not text to clean
    if isinstance(value, str):
        try:
            if limit is None:
                limit = LONG_LIMIT if multiline else SHORT_LIMIT
            text = clean_text(value, multiline=multiline, max_length=limit)
        except TextProblem as exc:
            problems.append(Problem(path, said(exc)))
            return value
        if not text and optional:
            return None
        return text
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes: dict[str, Any] = {}
        for f in fields_of(type(value)):
            if not f.init:
                continue
            current = getattr(value, f.name)
            sub = f"{path}.{f.name}" if path else f.name
            # A field stored in a narrow column (an FIR number) is held to that column's length.
            cap = text_limit(type(value).__name__, f.name, multiline=f.meta.multiline)
            new = _walk(
                current,
                sub,
                problems,
                multiline=f.meta.multiline,
                optional=f.optional,
                limit=cap,
            )
            if new is not current:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, tuple):
        items = []
        for i, item in enumerate(value):
            new = _walk(
                item, f"{path}[{i}]", problems, multiline=multiline, optional=False, limit=limit
            )
            if isinstance(new, str) and not new:
                continue  # an empty name or alias row is dropped, not stored
            items.append(new)
        return tuple(items)
    return value
