"""Flat input DTOs (trace, reunion, found person …) to and from a form's state (no widgets; only
its messages go through Qt's translation).

Each scalar field of the dataclass has one widget whose raw value is text (for text, numbers
and instants), a code (for enums) or a boolean. Text that cannot be read becomes a problem on the
field's own path, the same path the service's rules use.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from models.dto_fields import field_map, fields_of
from models.errors import Problem
from models.partial_date import DateProblem
from ui.formats import format_instant, parse_instant

T = TypeVar("T")


def scalar_fields(cls: type[Any], exclude: tuple[str, ...] = ()) -> list[tuple[str, Any, bool]]:
    """``(name, type, optional)`` of the fields a flat form shows."""
    return [
        (f.name, f.type, f.optional)
        for f in fields_of(cls)
        if f.name not in exclude and f.kind in ("str", "int", "float", "bool", "datetime", "enum")
    ]


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
    fields = field_map(cls)
    for name, tp, optional in scalar_fields(cls, exclude):
        key = prefix + name
        raw = state.get(key)
        required = fields[name].required
        if tp is bool:
            kwargs[name] = bool(raw)
            continue
        text = "" if raw is None else str(raw).strip()
        if not text:
            if required and tp is not str:
                problems.append(Problem(key, QCoreApplication.translate("flat", "is required")))
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
            problems.append(Problem(key, _not_a(tp).format(text=text)))
    if problems:
        return None, problems
    return cls(**kwargs), []


def _not_a(tp: Any) -> str:
    if tp is int:
        return QCoreApplication.translate("flat", "'{text}' is not a whole number")
    if tp is float:
        return QCoreApplication.translate("flat", "'{text}' is not a number")
    return QCoreApplication.translate("flat", "'{text}' is not a valid choice")
