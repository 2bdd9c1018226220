"""Copying between DTO fields and ORM columns that share a name (enums as their codes)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any, TypeVar, get_args, get_origin

from models.dto_fields import field_map, fields_of, unwrap

T = TypeVar("T")


def to_column(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple):
        return [to_column(v) for v in value]
    return value


def from_column(tp: Any, value: Any) -> Any:
    """``value`` read from a column as the DTO type ``tp`` holds it (codes back to enums)."""
    if value is None:
        return None
    base = unwrap(tp)[0]
    if isinstance(base, type) and issubclass(base, StrEnum):
        return base(value)
    if get_origin(base) is tuple:
        item = unwrap(get_args(base)[0])[0]
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
        _SCALARS[key] = tuple(
            f.name
            for f in fields_of(cls)
            if f.name not in skip and f.kind not in ("dataclass", "rows")
        )
    return _SCALARS[key]


def build(
    cls: type[T],
    row: Any,
    names: Iterable[str],
    *,
    prefix: str = "",
    extra: Mapping[str, Any] | None = None,
) -> T:
    """A DTO from ``row.<prefix><name>`` for each name, codes turned back into enums."""
    fields = field_map(cls)
    values = {name: from_column(fields[name].type, getattr(row, prefix + name)) for name in names}
    if extra:
        values.update(extra)
    return cls(**values)
