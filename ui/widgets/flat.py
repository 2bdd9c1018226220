"""Flat input DTOs (trace, reunion, found person …) to and from a form's state (no Qt).

Each scalar field of the dataclass has one widget whose raw value is text (for text, numbers
and instants), a code (for enums) or a boolean. Text that cannot be read becomes a problem on the
field's own path, the same path the service's rules use.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import datetime, tzinfo
from enum import StrEnum
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

from models.errors import Problem
from models.partial_date import DateProblem
from ui.formats import format_instant, parse_instant

T = TypeVar("T")


def _inner(tp: Any) -> tuple[Any, bool]:
    if get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        return args[0], True
    return tp, False


def scalar_fields(cls: type[Any], exclude: tuple[str, ...] = ()) -> list[tuple[str, Any, bool]]:
    """``(name, type, optional)`` of the fields a flat form shows."""
    hints = get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        if f.name in exclude:
            continue
        tp, optional = _inner(hints[f.name])
        if tp in (str, int, float, bool, datetime) or (
            isinstance(tp, type) and issubclass(tp, StrEnum)
        ):
            out.append((f.name, tp, optional))
    return out


def to_state(
    obj: Any, zone: tzinfo, *, prefix: str = "", exclude: tuple[str, ...] = ()
) -> dict[str, Any]:
    state: dict[str, Any] = {}
    for name, tp, _optional in scalar_fields(type(obj), exclude):
        value = getattr(obj, name)
        key = prefix + name
        if tp is bool:
            state[key] = bool(value)
        elif tp is datetime:
            state[key] = format_instant(value, zone)
        elif isinstance(value, StrEnum):
            state[key] = value.value
        else:
            state[key] = "" if value is None else str(value)
    return state


def from_state(
    cls: type[T],
    state: dict[str, Any],
    zone: tzinfo,
    *,
    prefix: str = "",
    exclude: tuple[str, ...] = (),
    extra: dict[str, Any] | None = None,
) -> tuple[T | None, list[Problem]]:
    """Build ``cls`` from the state; missing required values and unreadable text are problems."""
    problems: list[Problem] = []
    kwargs: dict[str, Any] = dict(extra or {})
    defaults = {
        f.name: f
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
    }
    for name, tp, optional in scalar_fields(cls, exclude):
        key = prefix + name
        raw = state.get(key)
        required = (
            not optional
            and defaults[name].default is dataclasses.MISSING
            and defaults[name].default_factory is dataclasses.MISSING
        )
        if tp is bool:
            kwargs[name] = bool(raw)
            continue
        text = "" if raw is None else str(raw).strip()
        if not text:
            if required and tp is not str:
                problems.append(Problem(key, "is required"))
            elif required:
                kwargs[name] = ""
            elif not optional:
                continue  # keep the dataclass default (e.g. accused_arrested = 0)
            else:
                kwargs[name] = None
            continue
        try:
            if tp is datetime:
                kwargs[name] = parse_instant(text, zone)
            elif tp is int:
                kwargs[name] = int(text)
            elif tp is float:
                kwargs[name] = float(text)
            elif isinstance(tp, type) and issubclass(tp, StrEnum):
                kwargs[name] = tp(text)
            else:
                kwargs[name] = text
        except DateProblem as exc:
            problems.append(Problem(key, str(exc)))
        except ValueError:
            problems.append(Problem(key, f"'{text}' is not a {_what(tp)}"))
    if problems:
        return None, problems
    return cls(**kwargs), []


def _what(tp: Any) -> str:
    if tp is int:
        return "whole number"
    if tp is float:
        return "number"
    return "valid choice"
