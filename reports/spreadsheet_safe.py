"""Cells that a spreadsheet will show as text, never run as a formula (OWASP ASVS 1.2.10).

A value beginning with ``= + - @``, a tab or a carriage return is taken by Excel and LibreOffice
as a formula (``=HYPERLINK(...)`` can leak data when clicked). Such text gets a leading
apostrophe in CSV; in XLSX it is written as an explicit string cell.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_risky(value: str) -> bool:
    return value.startswith(FORMULA_STARTS)


def safe_csv_cell(value: Any) -> Any:
    """The value to write to CSV: numbers as they are, risky text prefixed with an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    return "'" + text if is_risky(text) else text


def xlsx_cell(target: Any, value: Any) -> None:
    """Put ``value`` into an openpyxl cell: numbers as numbers, any text as a string cell.

    openpyxl stores a ``str`` beginning with ``=`` as a live formula; forcing the cell's type
    to string keeps it text in Excel and LibreOffice (no ``<f>`` element is written).
    """
    if value is None:
        target.value = None
        return
    if isinstance(value, bool):
        value = "yes" if value else "no"
    if isinstance(value, (int, float)):
        target.value = value
        return
    target.value = str(value)
    target.data_type = "s"
