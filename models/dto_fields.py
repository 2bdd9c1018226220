"""What a DTO's fields are: one reading of the dataclass type hints and the metadata they carry.

A field says what it is where it is declared, in its ``Annotated`` type: multi-line free text
(``LongText``), a date that may be partial (``PartialDateText``), or a ``FieldMeta`` with how a
form shows it (which part of a person's form, two fields edited as one range, one line per
script). The JSON codec and its schema (models/dto_codec.py), the copying to ORM columns
(models/services/mapping.py), the text normaliser (models/rules/normalise.py) and the forms
(ui/widgets/flat.py, ui/case_form/state.py) all read fields through ``fields_of``, so a field
added to a DTO is seen the same way by each of them.
"""

from __future__ import annotations

import dataclasses
import types
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Union, get_args, get_origin, get_type_hints

PARTIAL_DATE = "partial-date"


@dataclass(frozen=True)
class FieldMeta:
    """How a field is treated beyond its type. Several may annotate one field (merged)."""

    # Free text that keeps its line breaks and may be long (a narrative, notes).
    multiline: bool = False
    # The part of a form that shows the field, where one DTO is shown in parts (a person's
    # "identity" on every form that names someone; the "description" only for the sought person).
    part: str | None = None
    # Two fields (low, then high) that a form edits as one range text under this state name.
    pair: str | None = None
    # A list of text a form shows one line per entry (a name in each script), at least this many.
    lines: int = 0
    # The field in words where its name does not say it plainly ("names" is "Name"); a nested
    # DTO with a label also names the fields inside it ("FIR, number"). See models/field_labels.
    label: str | None = None


MULTILINE = FieldMeta(multiline=True)
PartialDateText = Annotated[str, PARTIAL_DATE]
LongText = Annotated[str, MULTILINE]

# Resolving hints evaluates annotation strings: once per class is enough (a return package
# decodes thousands of rows of the same few classes).
_HINTS: dict[type[Any], dict[str, Any]] = {}


def hints(cls: type[Any]) -> dict[str, Any]:
    """The resolved type hints of ``cls``, ``Annotated`` extras kept."""
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls, include_extras=True)
    return _HINTS[cls]


def split_annotated(tp: Any) -> tuple[Any, tuple[Any, ...]]:
    """``Annotated[X, a, b]`` as ``(X, (a, b))``; any other type as ``(tp, ())``."""
    if get_origin(tp) is Annotated:
        base, *extras = get_args(tp)
        return base, tuple(extras)
    return tp, ()


def optional_inner(tp: Any) -> Any | None:
    """``X`` for ``X | None``; ``None`` for any other type."""
    if get_origin(tp) in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(get_args(tp)) == 2:
            return args[0]
    return None


def unwrap(tp: Any) -> tuple[Any, bool, tuple[Any, ...]]:
    """The bare type, whether ``None`` is allowed, and the extras found around either level.

    ``Annotated[str | None, m]`` and ``Annotated[str, m] | None`` read the same.
    """
    tp, outer = split_annotated(tp)
    inner = optional_inner(tp)
    if inner is None:
        return tp, False, outer
    base, more = split_annotated(inner)
    return base, True, outer + more


def merged_meta(extras: tuple[Any, ...]) -> FieldMeta:
    metas = [e for e in extras if isinstance(e, FieldMeta)]
    if len(metas) == 1:
        return metas[0]
    out = FieldMeta()
    for meta in metas:
        changes = {
            f.name: getattr(meta, f.name)
            for f in dataclasses.fields(FieldMeta)
            if getattr(meta, f.name) != f.default
        }
        out = dataclasses.replace(out, **changes)
    return out


@dataclass(frozen=True)
class FieldInfo:
    """One field of a DTO as every reader of DTOs needs it."""

    name: str
    hint: Any  # the full hint, Annotated and Optional included
    type: Any  # the bare type: str, int, an enum class, a dataclass, tuple[X, ...] …
    optional: bool  # None is allowed
    default: Any  # dataclasses.MISSING when the field has none (or a factory)
    has_default: bool  # a default or a default factory: the field may be left out
    init: bool
    meta: FieldMeta
    extras: tuple[Any, ...]

    @property
    def required(self) -> bool:
        """Neither ``None`` nor left out: the value must be given."""
        return not self.optional and not self.has_default

    @property
    def partial_date(self) -> bool:
        return PARTIAL_DATE in self.extras

    @property
    def item(self) -> Any:
        """For ``tuple[X, ...]``, the bare ``X``; otherwise ``None``."""
        if get_origin(self.type) is tuple:
            return unwrap(get_args(self.type)[0])[0]
        return None

    @property
    def kind(self) -> str:
        """What the field holds, in the words the walkers branch on.

        ``dataclass`` (one nested DTO), ``rows`` (a tuple of DTOs), ``enums`` and ``texts``
        (tuples of codes or text), ``enum``, ``bool``, ``int``, ``float``, ``str``, ``datetime``,
        ``date``, ``bytes``; anything else is ``other``.
        """
        return kind_of(self.type)


def kind_of(tp: Any) -> str:
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return "dataclass"
    if get_origin(tp) is tuple:
        item = unwrap(get_args(tp)[0])[0]
        if isinstance(item, type) and dataclasses.is_dataclass(item):
            return "rows"
        if isinstance(item, type) and issubclass(item, StrEnum):
            return "enums"
        if item is str:
            return "texts"
        return "other"
    if isinstance(tp, type) and issubclass(tp, StrEnum):
        return "enum"
    simple: dict[Any, str] = {
        bool: "bool",
        int: "int",
        float: "float",
        str: "str",
        datetime: "datetime",
        date: "date",
        bytes: "bytes",
    }
    return simple.get(tp, "other")


_FIELDS: dict[type[Any], tuple[FieldInfo, ...]] = {}


def fields_of(cls: type[Any]) -> tuple[FieldInfo, ...]:
    """Every field of the dataclass ``cls``, in declaration order."""
    if cls not in _FIELDS:
        resolved = hints(cls)
        out: list[FieldInfo] = []
        for f in dataclasses.fields(cls):
            base, optional, extras = unwrap(resolved[f.name])
            has_default = (
                f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
            )
            out.append(
                FieldInfo(
                    name=f.name,
                    hint=resolved[f.name],
                    type=base,
                    optional=optional,
                    default=f.default,
                    has_default=has_default,
                    init=f.init,
                    meta=merged_meta(extras),
                    extras=extras,
                )
            )
        _FIELDS[cls] = tuple(out)
    return _FIELDS[cls]


def field_map(cls: type[Any]) -> dict[str, FieldInfo]:
    return {f.name: f for f in fields_of(cls)}
