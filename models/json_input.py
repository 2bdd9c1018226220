"""Reading JSON that someone else made: the parse step before any DTO is built from it.

``json.loads`` alone takes a file nested 100,000 levels deep (and fails inside the program), a
key given twice (silently keeping the last), and numbers no field can hold (10^30). Each is
refused here in plain words, so a hostile file ends in a message, never an internal error.
"""

from __future__ import annotations

import json
from typing import Any

from models.errors import UserError
from models.limits import MAX_JSON_DEPTH, MAX_JSON_INTEGER
from models.messages import msg, said


class _Refused(ValueError):
    """Raised inside the JSON parser's hooks; turned into a plain refusal by ``parse_json``."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads keeps the last of two equal keys: a file saying "sex" twice would be read one
    # way here and another way by whoever checked it. Refused instead.
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Refused(msg("the key '{key}' appears twice in one object", key=key[:60]))
        out[key] = value
    return out


def _bounded_int(text: str) -> int:
    # Bounded before int() so that a 100,000-digit number is never converted.
    digits = text.lstrip("-")
    if len(digits) > len(str(MAX_JSON_INTEGER)) or int(text) > MAX_JSON_INTEGER:
        raise _Refused(
            msg(
                "the number {text}{value} is too large",
                text=text[:24],
                value="…" if len(text) > 24 else "",
            )
        )
    if int(text) < -MAX_JSON_INTEGER:
        raise _Refused(
            msg(
                "the number {text}{value} is too small",
                text=text[:24],
                value="…" if len(text) > 24 else "",
            )
        )
    return int(text)


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _Refused(msg("the number {text} is too large", text=text[:24]))
    return value


def _no_constant(name: str) -> Any:
    raise _Refused(msg("{name} is not a number JSON allows", name=name))


def _depth_within(value: Any, limit: int) -> bool:
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            if depth > limit:
                return False
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return True


def parse_json(data: bytes | str, source: str) -> Any:
    """Parse JSON from a file someone else made, refusing in plain words (``UserError``) text
    that is not UTF-8 JSON, a key given twice in one object, objects nested deeper than
    ``MAX_JSON_DEPTH``, and numbers no field can hold (beyond ``MAX_JSON_INTEGER``, infinite,
    NaN). Read the bytes with a cap first (``models.limits.read_limited``)."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UserError(
                msg("{source} is not UTF-8 text; save it as UTF-8 JSON.", source=source)
            ) from exc
    else:
        text = data.removeprefix("\ufeff")
    try:
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_int=_bounded_int,
            parse_float=_finite_float,
            parse_constant=_no_constant,
        )
    except json.JSONDecodeError as exc:
        raise UserError(
            msg(
                "{source} is not valid JSON: {msg} at line {lineno}, column {colno}.",
                source=source,
                msg=exc.msg,
                lineno=exc.lineno,
                colno=exc.colno,
            )
        ) from exc
    except _Refused as exc:
        raise UserError(
            msg(
                "{source} cannot be used: {exc}.",
                source=source,
                exc=said(exc),
            )
        ) from None
    except RecursionError:
        value = None
        deep = True
    else:
        deep = not _depth_within(value, MAX_JSON_DEPTH)
    if deep:
        raise UserError(
            msg(
                "{source} cannot be used: its objects and lists are nested more than "
                "{MAX_JSON_DEPTH} levels deep.",
                source=source,
                MAX_JSON_DEPTH=MAX_JSON_DEPTH,
            )
        )
    return value
