"""Labels of codes in the desk's language (enum values, reasons, statuses)."""

from __future__ import annotations

from enum import StrEnum

from models.taxonomy import load_taxonomy
from models.vocabulary import choices, label


def enum_label(value: StrEnum | None, lang: str) -> str:
    """The label of a code in ``lang``; the code itself if the vocabulary has none."""
    if value is None:
        return ""
    try:
        return label(value, lang)
    except KeyError:
        return value.value.replace("_", " ")


def enum_choices(cls: type[StrEnum], lang: str) -> list[tuple[str, str]]:
    try:
        return choices(cls, lang)
    except KeyError:
        return [(m.value, m.value.replace("_", " ")) for m in cls]


def reason_label(code: str | None, lang: str) -> str:
    """``"1.1 Kidnapping from lawful guardianship"``; empty for no reason."""
    if not code:
        return ""
    taxonomy = load_taxonomy()
    if not taxonomy.has_reason(code):
        return code
    return f"{code} {taxonomy.reason(code).label.get(lang)}"


def category_label(code: str, lang: str) -> str:
    taxonomy = load_taxonomy()
    try:
        return f"{code}. {taxonomy.category(code).label.get(lang)}"
    except KeyError:
        return code
