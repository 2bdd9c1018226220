"""Text in the register's three languages, and the checks shared by the reference-data loaders.

The reference data under resources/ (legal sections, reason taxonomy, risk checklist, enum
labels) is edited by hand and may be revised by HQ without a code change. Every loader therefore
checks what it reads and refuses a broken file with a :class:`ReferenceDataError` whose message
names the file and the entry, so the person who edited it can find the mistake.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

LANGUAGES: tuple[str, ...] = ("en", "mr", "hi")
"""The user-interface languages, in the order the files list them."""


class ReferenceDataError(Exception):
    """A reference-data file under resources/ is missing, unreadable or inconsistent."""


@dataclass(frozen=True)
class LocalText:
    """One piece of text in English, Marathi and Hindi."""

    en: str
    mr: str
    hi: str

    def get(self, lang: str) -> str:
        """Return the text in ``lang`` ("en", "mr" or "hi"); English for any other language."""
        if lang == "mr":
            return self.mr
        if lang == "hi":
            return self.hi
        return self.en

    @classmethod
    def from_json(cls, data: object, where: str) -> LocalText:
        """Build from ``{"en": ..., "mr": ..., "hi": ...}``; every language is required.

        ``where`` names the file and entry (e.g. ``"reasons.json, reason 1.5, label"``) and
        starts every error message.
        """
        obj = expect_object(data, where)
        check_keys(obj, LANGUAGES, where)
        texts = [expect_text(obj, lang, where) for lang in LANGUAGES]
        return cls(en=texts[0], mr=texts[1], hi=texts[2])


# --- checks shared by the loaders -------------------------------------------------------------
# Each takes ``where`` (file and entry) and raises ReferenceDataError naming it.


def read_json_object(path: Path) -> dict[str, object]:
    """Read a UTF-8 JSON file whose top level is an object."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ReferenceDataError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise ReferenceDataError(f"{path}: the file is not UTF-8 text ({exc.reason})") from exc
    try:
        data: object = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReferenceDataError(
            f"{path}: not valid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg})"
        ) from exc
    return expect_object(data, str(path))


def expect_object(data: object, where: str) -> dict[str, object]:
    """Return ``data`` as a JSON object with string keys."""
    if not isinstance(data, dict):
        raise ReferenceDataError(f"{where}: expected a JSON object, found {_kind(data)}")
    return {str(key): value for key, value in data.items()}


def expect_list(
    obj: dict[str, object], key: str, where: str, *, required: bool = True
) -> list[object]:
    """Return ``obj[key]`` as a JSON array (an absent optional key gives an empty list)."""
    if key not in obj:
        if required:
            raise ReferenceDataError(f"{where}: missing {key!r}")
        return []
    value = obj[key]
    if not isinstance(value, list):
        raise ReferenceDataError(f"{where}: {key!r} must be a list, found {_kind(value)}")
    return list(value)


def expect_text(obj: dict[str, object], key: str, where: str, *, allow_empty: bool = False) -> str:
    """Return ``obj[key]`` as a string; empty or blank text is refused unless ``allow_empty``."""
    if key not in obj:
        raise ReferenceDataError(f"{where}: missing {key!r}")
    value = obj[key]
    if not isinstance(value, str):
        raise ReferenceDataError(f"{where}: {key!r} must be text, found {_kind(value)}")
    if not allow_empty and not value.strip():
        raise ReferenceDataError(f"{where}: {key!r} is empty")
    return value


def expect_bool(
    obj: dict[str, object], key: str, where: str, *, default: bool | None = None
) -> bool:
    """Return ``obj[key]`` as a boolean; ``default`` (when given) is used for an absent key."""
    if key not in obj:
        if default is None:
            raise ReferenceDataError(f"{where}: missing {key!r}")
        return default
    value = obj[key]
    if not isinstance(value, bool):
        raise ReferenceDataError(f"{where}: {key!r} must be true or false, found {_kind(value)}")
    return value


def expect_text_list(obj: dict[str, object], key: str, where: str) -> tuple[str, ...]:
    """Return an optional list of non-empty strings (absent means empty)."""
    items = expect_list(obj, key, where, required=False)
    result: list[str] = []
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise ReferenceDataError(f"{where}: {key!r} must list non-empty texts, found {item!r}")
        result.append(item)
    return tuple(result)


def check_keys(obj: dict[str, object], allowed: Iterable[str], where: str) -> None:
    """Refuse keys outside ``allowed``: a misspelt flag must not be silently ignored."""
    unknown = sorted(set(obj) - set(allowed))
    if unknown:
        raise ReferenceDataError(f"{where}: unknown key(s) {', '.join(map(repr, unknown))}")


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"text {value!r}"
    return f"{type(value).__name__} {value!r}"
