"""Column headings in two tiers when a table's labels say so.

R2's fifteen columns are labelled "Reported: M" … "Untraced at end: Total": printed as they are,
each heading repeats its group and the table needs twice the width. Headings that share the
part before ": " with a neighbour are printed as a group heading over short ones ("Reported"
over "M", "F", "TG", "Not known", "Total"); a heading with no neighbour of its group stays whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

SEPARATOR = ": "


@dataclass(frozen=True)
class HeadingGroup:
    """Columns ``first``..``first + len(subs) - 1`` (0-based, among the number columns)."""

    first: int
    title: str | None  # None: a single column whose heading is whole
    subs: tuple[str, ...]


def _split(label: str) -> tuple[str | None, str]:
    group, sep, sub = label.partition(SEPARATOR)
    return (group, sub) if sep and sub else (None, label)


def heading_groups(labels: Sequence[str]) -> list[HeadingGroup]:
    """The headings in order, neighbours with the same group taken together."""
    runs: list[tuple[str | None, list[int]]] = []
    for i, label in enumerate(labels):
        group, _ = _split(label)
        if group is not None and runs and runs[-1][0] == group:
            runs[-1][1].append(i)
        else:
            runs.append((group, [i]))
    out: list[HeadingGroup] = []
    for group, columns in runs:
        if group is not None and len(columns) > 1:
            subs = tuple(_split(labels[i])[1] for i in columns)
            out.append(HeadingGroup(columns[0], group, subs))
        else:
            out += [HeadingGroup(i, None, (labels[i],)) for i in columns]
    return out


def two_tiers(groups: Sequence[HeadingGroup]) -> bool:
    return any(g.title is not None for g in groups)


def short_headings(groups: Sequence[HeadingGroup]) -> list[str]:
    """The heading printed right above each number column."""
    return [sub for g in groups for sub in g.subs]
