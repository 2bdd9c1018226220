"""Labels of the closed vocabularies (models/enums.py) in English, Marathi and Hindi.

resources/vocabulary.json holds one object per enum class name, keyed by member value:
``{"Sex": {"male": {"en": "Male", "mr": "पुरुष", "hi": "पुरुष"}, ...}, ...}``. Forms, printouts and
the CLI take their labels from here, so a code such as ``erss_112`` never reaches a user.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

from models.localtext import LocalText, expect_object, read_json_object
from models.resource_files import resource_path


@dataclass(frozen=True)
class Vocabulary:
    """All labels, by enum class name and member value."""

    labels: MappingProxyType[str, MappingProxyType[str, LocalText]] = field(hash=False)

    def text(self, value: StrEnum) -> LocalText:
        """The labels of ``value``; raises KeyError if the file has none."""
        enum_name = type(value).__name__
        try:
            return self.labels[enum_name][value.value]
        except KeyError:
            raise KeyError(f"vocabulary.json has no label for {enum_name}.{value.value}") from None

    def label(self, value: StrEnum, lang: str = "en") -> str:
        """The label of ``value`` in ``lang`` (English for an unknown language)."""
        return self.text(value).get(lang)

    def choices(self, enum_cls: type[StrEnum], lang: str = "en") -> list[tuple[str, str]]:
        """``(code, label)`` pairs for a drop-down, in the enum's declaration order."""
        return [(member.value, self.label(member, lang)) for member in enum_cls]


def load_vocabulary(path: Path | None = None) -> Vocabulary:
    """Load and check the vocabulary; the bundled file (``path=None``) is read once."""
    if path is None:
        return _load_default()
    return _parse(path)


@functools.cache
def _load_default() -> Vocabulary:
    return _parse(resource_path("vocabulary.json"))


def label(value: StrEnum, lang: str = "en") -> str:
    """The label of an enum value in ``lang`` ("en", "mr" or "hi"), from the bundled vocabulary."""
    return load_vocabulary().label(value, lang)


def choices(enum_cls: type[StrEnum], lang: str = "en") -> list[tuple[str, str]]:
    """``(code, label)`` pairs for every member of ``enum_cls``, in declaration order."""
    return load_vocabulary().choices(enum_cls, lang)


def _parse(path: Path) -> Vocabulary:
    top = read_json_object(path)
    labels: dict[str, MappingProxyType[str, LocalText]] = {}
    for enum_name, raw_members in top.items():
        members = expect_object(raw_members, f"{path}, {enum_name}")
        labels[enum_name] = MappingProxyType(
            {
                code: LocalText.from_json(raw, f"{path}, {enum_name}.{code}")
                for code, raw in members.items()
            }
        )
    return Vocabulary(labels=MappingProxyType(labels))
