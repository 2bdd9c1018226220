"""What a column of a multi-row form part holds (no Qt: the case state uses it too)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str = "text"  # text | enum | partial
    enum: type[StrEnum] | None = None
    stretch: int = 2
    # Wide records (an address) wrap onto a second line: ``line`` 1 cells sit under line 0's,
    # each ``span`` grid columns wide.
    line: int = 0
    span: int = 1
