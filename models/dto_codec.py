"""DTOs to and from JSON, with plain-words errors that name the field, and their JSON Schema.

One walk over the dataclass fields (as models/dto_fields.py reads them) serves all three, so the
CLI's JSON, the documented schema (docs/schema/) and the DTOs cannot drift apart. Unknown keys
are refused (a misspelt field would otherwise be silently lost), with a suggestion of the nearest
real one.
"""

from __future__ import annotations

import base64
import dataclasses
import difflib
import typing
from datetime import UTC, date, datetime, tzinfo
from enum import StrEnum
from typing import Any, TypeVar, get_args, get_origin

from models.dto_fields import PARTIAL_DATE, fields_of, optional_inner
from models.dto_fields import PartialDateText as PartialDateText  # where the DTOs found it
from models.dto_fields import split_annotated as _strip_annotated
from models.errors import Problem, ValidationFailed
from models.messages import msg

T = TypeVar("T")

PARTIAL_DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class _Problems:
    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, path: str, message: str) -> None:
        self.items.append(Problem(path or "(top)", message))


def _join(path: str, name: str | int) -> str:
    if isinstance(name, int):
        return f"{path}[{name}]"
    return f"{path}.{name}" if path else name


# -- JSON to DTO ------------------------------------------------------------------------------


def from_json(cls: type[T], data: Any, *, zone: tzinfo = UTC, path: str = "") -> T:
    """Build ``cls`` from parsed JSON, or raise ``ValidationFailed`` listing every problem.

    Datetimes without an offset are read as local time in ``zone`` (the station's zone).
    """
    problems = _Problems()
    value = _decode(cls, data, path, problems, zone)
    if problems.items:
        raise ValidationFailed(problems.items)
    return typing.cast(T, value)


def _describe_json(value: Any) -> str:
    if value is None:
        return msg("nothing (null)")
    if isinstance(value, bool):
        return msg("true/false")
    if isinstance(value, (int, float)):
        return msg("a number")
    if isinstance(value, str):
        return msg("text")
    if isinstance(value, list):
        return msg("a list")
    if isinstance(value, dict):
        return msg("an object")
    return type(value).__name__


def _decode(tp: Any, value: Any, path: str, problems: _Problems, zone: tzinfo) -> Any:
    tp, _extras = _strip_annotated(tp)
    inner = optional_inner(tp)
    if inner is not None:
        if value is None:
            return None
        return _decode(inner, value, path, problems, zone)
    if value is None:
        problems.add(path, msg("is required"))
        return None
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _decode_dataclass(tp, value, path, problems, zone)
    origin = get_origin(tp)
    if origin is tuple:
        (item_type, _ellipsis) = get_args(tp)
        if not isinstance(value, list):
            problems.add(path, msg("should be a list, not {given}", given=_describe_json(value)))
            return ()
        return tuple(
            _decode(item_type, item, _join(path, i), problems, zone) for i, item in enumerate(value)
        )
    if isinstance(tp, type) and issubclass(tp, StrEnum):
        allowed = [m.value for m in tp]
        if isinstance(value, str) and value in allowed:
            return tp(value)
        hint = difflib.get_close_matches(str(value), allowed, n=1)
        problems.add(
            path,
            msg(
                "'{value}' is not one of: {allowed} (did you mean '{hint}'?)",
                value=value,
                allowed=", ".join(allowed),
                hint=hint[0],
            )
            if hint
            else msg("'{value}' is not one of: {allowed}", value=value, allowed=", ".join(allowed)),
        )
        return None
    if tp is bool:
        if isinstance(value, bool):
            return value
        problems.add(path, msg("should be true or false, not {given}", given=_describe_json(value)))
        return None
    if tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        problems.add(
            path, msg("should be a whole number, not {given}", given=_describe_json(value))
        )
        return None
    if tp is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        problems.add(path, msg("should be a number, not {given}", given=_describe_json(value)))
        return None
    if tp is str:
        if isinstance(value, str):
            return value
        problems.add(path, msg("should be text, not {given}", given=_describe_json(value)))
        return None
    if tp is bytes:
        if isinstance(value, str):
            try:
                return base64.b64decode(value, validate=True)
            except ValueError:
                problems.add(path, msg("is not valid base64 data"))
                return None
        problems.add(path, msg("should be base64 text"))
        return None
    if tp is datetime:
        return _decode_datetime(value, path, problems, zone)
    if tp is date:
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        problems.add(path, msg("'{value}' is not a date in the form YYYY-MM-DD", value=value))
        return None
    raise TypeError(f"dto_codec cannot decode {tp!r} at {path}")


def _decode_datetime(value: Any, path: str, problems: _Problems, zone: tzinfo) -> datetime | None:
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            parsed = None
        if parsed is not None:
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=zone)
            return parsed.astimezone(UTC)
    problems.add(
        path,
        msg(
            "'{value}' is not a date and time in the form YYYY-MM-DDTHH:MM (optionally with an "
            "offset such as +05:30)",
            value=value,
        ),
    )
    return None


def _decode_dataclass(
    cls: type[Any], value: Any, path: str, problems: _Problems, zone: tzinfo
) -> Any:
    if not isinstance(value, dict):
        problems.add(
            path, msg("should be an object with fields, not {given}", given=_describe_json(value))
        )
        return None
    fields = {f.name: f for f in fields_of(cls) if f.init}
    for key in value:
        if key not in fields:
            hint = difflib.get_close_matches(str(key), list(fields), n=1)
            problems.add(
                _join(path, str(key)),
                msg("is not a field here; did you mean '{hint}'?", hint=hint[0])
                if hint
                else msg("is not a field here"),
            )
    kwargs: dict[str, Any] = {}
    before = len(problems.items)
    for name, f in fields.items():
        sub = _join(path, name)
        if name in value:
            kwargs[name] = _decode(f.hint, value[name], sub, problems, zone)
        elif not f.has_default:
            problems.add(sub, msg("is required"))
    if len(problems.items) > before:
        return None
    return cls(**kwargs)


# -- DTO to JSON ------------------------------------------------------------------------------


def to_json(obj: Any, *, zone: tzinfo = UTC) -> Any:
    """A JSON-ready value: dataclasses as objects, enums as codes, instants in ``zone``."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_json(getattr(obj, f.name), zone=zone) for f in dataclasses.fields(obj)}
    if isinstance(obj, StrEnum):
        return obj.value
    if isinstance(obj, datetime):
        return obj.astimezone(zone).isoformat()
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, bytes):
        return base64.b64encode(obj).decode("ascii")
    if isinstance(obj, (list, tuple)):
        return [to_json(item, zone=zone) for item in obj]
    if isinstance(obj, dict):
        return {str(k): to_json(v, zone=zone) for k, v in obj.items()}
    return obj


# -- JSON Schema ------------------------------------------------------------------------------


def json_schema(cls: type[Any], *, title: str, description: str = "") -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) for ``cls``, with every nested dataclass under ``$defs``."""
    defs: dict[str, Any] = {}
    root = _schema_for(cls, defs)
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": title,
    }
    if description:
        schema["description"] = description
    schema.update(root)
    schema["$defs"] = dict(sorted(defs.items()))
    return schema


def _schema_for(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    tp, extras = _strip_annotated(tp)
    inner = optional_inner(tp)
    if inner is not None:
        return {"anyOf": [_schema_for(inner, defs), {"type": "null"}]}
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            props: dict[str, Any] = {}
            required: list[str] = []
            for f in fields_of(tp):
                if not f.init:
                    continue
                props[f.name] = _schema_for(f.hint, defs)
                if not f.has_default:
                    required.append(f.name)
            entry: dict[str, Any] = {
                "type": "object",
                "properties": props,
                "additionalProperties": False,
            }
            if tp.__doc__ and not tp.__doc__.startswith(name + "("):
                entry["description"] = " ".join(tp.__doc__.split())
            if required:
                entry["required"] = required
            defs[name] = entry
        return {"$ref": f"#/$defs/{name}"}
    origin = get_origin(tp)
    if origin is tuple:
        return {"type": "array", "items": _schema_for(get_args(tp)[0], defs)}
    if isinstance(tp, type) and issubclass(tp, StrEnum):
        return {"type": "string", "enum": [m.value for m in tp]}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp is str:
        if PARTIAL_DATE in extras:
            return {"type": "string", "pattern": PARTIAL_DATE_PATTERN}
        return {"type": "string"}
    if tp is bytes:
        return {"type": "string", "contentEncoding": "base64"}
    if tp is datetime:
        return {
            "type": "string",
            "description": "ISO 8601 date and time, e.g. 2026-11-20T18:30+05:30; "
            "without an offset it is the station's local time",
        }
    if tp is date:
        return {"type": "string", "format": "date"}
    raise TypeError(f"dto_codec has no schema for {tp!r}")
