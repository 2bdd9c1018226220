"""A form's contents as plain data, and what changed between two of them (no Qt)."""

from __future__ import annotations

from typing import Any

State = dict[str, Any]
"""Field path (``person.date_of_birth``) to what the widget holds (text as typed, codes, lists)."""


def changed_keys(before: State, after: State) -> set[str]:
    """The keys whose values differ (what this desk changed since the edit started)."""
    return {k for k in set(before) | set(after) if _norm(before.get(k)) != _norm(after.get(k))}


def _norm(value: Any) -> Any:
    if value in (None, "", [], {}, False):
        return None
    if isinstance(value, list):
        kept = [n for n in (_norm(v) for v in value) if n is not None]
        return kept or None
    if isinstance(value, dict):
        fields = {k: _norm(v) for k, v in value.items() if _norm(v) is not None}
        return fields or None
    if isinstance(value, str):
        return value.strip() or None
    return value
