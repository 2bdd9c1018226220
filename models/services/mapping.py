"""Copying between DTO fields and ORM columns that share a name (enums as their codes)."""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin

T = TypeVar("T")


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def to_column(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple):
        return [to_column(v) for v in value]
    return value


def _base(tp: Any) -> Any:
    if get_origin(tp) is Annotated:
        tp = get_args(tp)[0]
    if get_origin(tp) in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return _base(args[0])
    return tp


def from_column(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    base = _base(tp)
    if isinstance(base, type) and issubclass(base, StrEnum):
        return base(value)
    if get_origin(base) is tuple:
        item = _base(get_args(base)[0])
        return tuple(from_column(item, v) for v in value)
    return value


def assign(dest: Any, src: Any, names: Iterable[str], *, prefix: str = "") -> None:
    """``dest.<prefix><name> = src.<name>`` for each name, enums stored as codes."""
    for name in names:
        setattr(dest, prefix + name, to_column(getattr(src, name)))


_SCALARS: dict[tuple[type[Any], frozenset[str]], tuple[str, ...]] = {}


def scalar_fields(cls: type[Any], exclude: Iterable[str] = ()) -> tuple[str, ...]:
    """Field names of a DTO that are stored as plain columns (not nested DTOs or row lists)."""
    skip = frozenset(exclude)
    key = (cls, skip)
    if key not in _SCALARS:
        _SCALARS[key] = _scalar_fields(cls, skip)
    return _SCALARS[key]


def _scalar_fields(cls: type[Any], skip: frozenset[str]) -> tuple[str, ...]:
    out: list[str] = []
    for f in dataclasses.fields(cls):
        if f.name in skip:
            continue
        base = _base(_hints(cls)[f.name])
        if dataclasses.is_dataclass(base):
            continue
        if get_origin(base) is tuple and dataclasses.is_dataclass(_base(get_args(base)[0])):
            continue
        out.append(f.name)
    return tuple(out)


def build(
    cls: type[T],
    row: Any,
    names: Iterable[str],
    *,
    prefix: str = "",
    extra: Mapping[str, Any] | None = None,
) -> T:
    """A DTO from ``row.<prefix><name>`` for each name, codes turned back into enums."""
    hints = _hints(cls)
    values = {name: from_column(hints[name], getattr(row, prefix + name)) for name in names}
    if extra:
        values.update(extra)
    return cls(**values)
