"""Small-cell suppression for everything published: primary and complementary.

A published table hides each count from 1 to N−1 (the policy's threshold) as ``<N``: the
*primary* suppression. Hiding a cell is not enough when the table also prints the totals it
adds up to: "untraced at start 11, reported <5, total 14" gives the hidden 3. So every published
document also withholds *complementary* cells (shown as ``x``) until no hidden cell can be worked
out from what is printed and from the table's documented arithmetic (docs/returns.md): row and
column totals, R1's flow (closing = opening + reported − traced − transferred), the figures one
table repeats from another (R2's "All children" row is R1's children rows; S1's stations add up
to R1's all-persons total), and the bounds every reader knows (a ``<N`` cell is 1…N−1; an ``x``
cell is a count that was not small, at least N; "girls" and "boys" cannot exceed the children).

The check is exact: a hidden cell counts as *determined* when the equations alone fix it
(rational Gaussian elimination over the hidden cells) or when the bounds propagated through the
equations and inequalities pin it to one whole number. Complementary cells are added, smallest
count first, until none is determined. Zero stays zero and is never withheld: a zero reveals
nobody. The exact figures are not touched: the package to HQ carries them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction

from models.dto.returns import PublishedTable, ReturnDocument, ReturnTable
from models.returns.sql import SEXES

CellRef = tuple[str, str, str]
"""(table code, row key, column key)."""

UNBOUNDED = None
# Columns that hold something other than a count of people (never suppressed, never summed).
NOT_COUNTS = frozenset({("S1", "seq")})


@dataclass(frozen=True)
class Relation:
    """``Σ coefficient × cell = 0`` (``equal``), or ``≤ 0`` (an inequality a reader also knows)."""

    terms: tuple[tuple[CellRef, int], ...]
    equal: bool = True

    @property
    def cells(self) -> tuple[CellRef, ...]:
        return tuple(ref for ref, _ in self.terms)


def _sum(whole: CellRef, parts: Iterable[CellRef]) -> Relation:
    return Relation(((whole, -1), *((p, 1) for p in parts)))


def _at_most(parts: Iterable[CellRef], whole: CellRef) -> Relation:
    return Relation(((whole, -1), *((p, 1) for p in parts)), equal=False)


def counts(tables: Sequence[ReturnTable]) -> dict[CellRef, int]:
    """Every count cell of the tables (percentages, blanks and package numbers left out)."""
    out: dict[CellRef, int] = {}
    for table in tables:
        for row in table.rows:
            for column, value in zip(table.columns, row.values, strict=True):
                if column.is_percent or value is None or (table.code, column.key) in NOT_COUNTS:
                    continue
                out[(table.code, row.key, column.key)] = int(value)
    return out


# -- the arithmetic a reader of each table knows ---------------------------------------------


def _row_sums(t: ReturnTable, whole: str, parts: Sequence[str]) -> list[Relation]:
    """In every row: column ``whole`` = the sum of columns ``parts``."""
    return [_sum((t.code, r.key, whole), [(t.code, r.key, p) for p in parts]) for r in t.rows]


def _column_sums(t: ReturnTable, whole: str, parts: Sequence[str]) -> list[Relation]:
    """In every column: row ``whole`` = the sum of rows ``parts``."""
    return [
        _sum((t.code, whole, c.key), [(t.code, p, c.key) for p in parts])
        for c in t.columns
        if not c.is_percent and (t.code, c.key) not in NOT_COUNTS
    ]


def _sex_totals(t: ReturnTable) -> list[Relation]:
    """Every ``<prefix>total`` column that has its four sex columns beside it."""
    keys = {c.key for c in t.columns}
    out: list[Relation] = []
    for key in sorted(keys):
        if key.endswith("total"):
            prefix = key[: -len("total")]
            parts = [f"{prefix}{sex}" for sex in SEXES]
            if all(p in keys for p in parts):
                out += _row_sums(t, key, parts)
    return out


def _total_row(t: ReturnTable) -> list[Relation]:
    """A row keyed ``total`` is the sum of the rows that are not totals."""
    keys = {r.key for r in t.rows}
    if "total" not in keys:
        return []
    return _column_sums(t, "total", [r.key for r in t.rows if not r.total])


def table_relations(t: ReturnTable) -> list[Relation]:
    """The sums and bounds printed inside one table (docs/returns.md)."""
    code, cols = t.code, [c.key for c in t.columns]
    out: list[Relation] = []
    if code == "R1":
        out += _row_sums(t, "total", ["opening", "reported"])
        out += _row_sums(t, "traced", ["traced_current", "traced_earlier"])
        out += [
            Relation(
                (
                    ((code, r.key, "closing"), 1),
                    ((code, r.key, "total"), -1),
                    ((code, r.key, "traced"), 1),
                    ((code, r.key, "transferred"), 1),
                )
            )
            for r in t.rows
        ]
        for group in ("children", "adults", "all"):
            out += _column_sums(t, f"{group}.total", [f"{group}.{sex}" for sex in SEXES])
        for sex in (*SEXES, "total"):
            out += _column_sums(t, f"all.{sex}", [f"children.{sex}", f"adults.{sex}"])
    elif code == "S1":
        out += _row_sums(t, "total", ["opening", "reported"])
        for r in t.rows:
            ref = (code, r.key)
            out.append(
                Relation(
                    (
                        ((*ref, "closing"), 1),
                        ((*ref, "total"), -1),
                        ((*ref, "traced"), 1),
                        ((*ref, "transferred"), 1),
                    )
                )
            )
            out.append(_at_most([(*ref, "children_closing")], (*ref, "closing")))
    elif code == "R3":
        for key in {r.key.rsplit(".", 1)[0] for r in t.rows if r.key.startswith("portal.")}:
            parts = [f"{key}.24h", f"{key}.later", f"{key}.none"]
            out.append(_sum((code, "child_reported", "count"), [(code, p, "count") for p in parts]))
        out.append(
            _at_most([(code, "child_without_fir", "count")], (code, "child_reported", "count"))
        )
    elif code == "R4":
        out += _row_sums(t, "total", [k for k in cols if k != "total"])
        out += _total_row(t)
    elif code == "R6":
        out += _row_sums(t, "total", list(SEXES))
        out += _row_sums(t, "children", [k for k in cols if k.startswith("band.")])
        out += _row_sums(t, "total", ["children", "adults"])
        out += _total_row(t)
    elif code == "R7":
        out += _row_sums(t, "rescued", ["on_record", "not_on_record"])
        for r in t.rows:
            whole = (code, r.key, "rescued")
            out.append(_at_most([(code, r.key, "girls"), (code, r.key, "boys")], whole))
            activities = ["begging", "labour", "rag_picking", "street", "cci"]
            out.append(_at_most([(code, r.key, a) for a in activities], whole))
            for k in ("reunited", "cwc", "cci_placed", "other_state"):
                out.append(_at_most([(code, r.key, k)], whole))
        out += _total_row(t)
    elif code == "R8":
        for r in t.rows:
            ref = (code, r.key)
            for k in ("identified", "cwc_produced", "in_care"):
                out.append(_at_most([(*ref, k)], (*ref, "received")))
            for k in ("matched_here", "matched_elsewhere"):
                out.append(_at_most([(*ref, k)], (*ref, "identified")))
        out += _total_row(t)
    elif code == "D1":
        out += _sex_totals(t)
        out += _column_sums(t, "on_record", ["traced", "found_on_record"])
        out += _column_sums(t, "total", ["traced", "found_on_record", "found_not_on_record"])
    else:  # R2, R5, D2 and any table built the same way: sex columns and a total row
        out += _sex_totals(t)
        out += _total_row(t)
    return out


def _cross_relations(by_code: dict[str, ReturnTable]) -> list[Relation]:
    """Figures one table of the document repeats from another."""
    out: list[Relation] = []
    r1 = by_code.get("R1")
    if r1 is not None:
        if "R2" in by_code:
            for sex in (*SEXES, "total"):
                for measure, column in (
                    ("reported", "reported"),
                    ("traced", "traced"),
                    ("untraced", "closing"),
                ):
                    out.append(
                        _sum(
                            ("R1", f"children.{sex}", column), [("R2", "total", f"{measure}.{sex}")]
                        )
                    )
        if "R5" in by_code:
            for sex in (*SEXES, "total"):
                out.append(_sum(("R1", f"children.{sex}", "traced"), [("R5", "total", sex)]))
        if "R6" in by_code:
            for sex in (*SEXES, "total"):
                out.append(_sum(("R1", f"all.{sex}", "traced"), [("R6", "total", sex)]))
            out.append(_sum(("R1", "children.total", "traced"), [("R6", "total", "children")]))
            out.append(_sum(("R1", "adults.total", "traced"), [("R6", "total", "adults")]))
        if "R4" in by_code:
            out.append(_sum(("R1", "all.total", "traced"), [("R4", "total", "total")]))
        if "R3" in by_code:
            out.append(
                _sum(("R1", "children.total", "reported"), [("R3", "child_reported", "count")])
            )
        s1 = by_code.get("S1")
        if s1 is not None:
            stations = [r.key for r in s1.rows if any(v is not None for v in r.values)]
            for column in ("opening", "reported", "total", "traced", "transferred", "closing"):
                out.append(_sum(("R1", "all.total", column), [("S1", k, column) for k in stations]))
            out.append(
                _sum(
                    ("R1", "children.total", "closing"),
                    [("S1", k, "children_closing") for k in stations],
                )
            )
    if "R3" in by_code and "R5" in by_code:
        alive = [("R3", k, "count") for k in ("cwc_on_time", "cwc_late", "cwc_not_produced")]
        out.append(
            Relation(
                (
                    *((ref, 1) for ref in alive),
                    (("R5", "total", "total"), -1),
                    (("R5", "deceased", "total"), 1),
                )
            )
        )
    if "D1" in by_code and "D2" in by_code:
        for sex in (*SEXES, "total"):
            out.append(_sum(("D1", "total", sex), [("D2", "total", sex)]))
    if "D1" in by_code and "D3" in by_code:
        for k in ("reunited", "cwc", "cci_placed", "other_state"):
            out.append(_at_most([("D3", k, "count")], ("D1", "total", "total")))
    return out


def relations(tables: Sequence[ReturnTable]) -> list[Relation]:
    """Every relation among the count cells of a document that a reader can use; a relation
    that names a cell the document does not have (a table left out) is left out."""
    present = counts(tables)
    by_code = {t.code: t for t in tables}
    found = [r for t in tables for r in table_relations(t)] + _cross_relations(by_code)
    return [r for r in found if all(ref in present for ref in r.cells)]


# -- what a reader can work out ----------------------------------------------------------------


def _bounds(
    values: dict[CellRef, int], hidden: Iterable[CellRef], threshold: int, whole: Collection[str]
) -> dict[CellRef, tuple[int, int | None]]:
    """What a reader knows of each hidden cell before any arithmetic: ``<N`` is 1…N−1; ``x`` is
    a count that was not small (at least N); in a table withheld whole, ``x`` is any count."""
    out: dict[CellRef, tuple[int, int | None]] = {}
    for ref in hidden:
        value = values[ref]
        if ref[0] in whole:
            out[ref] = (0, UNBOUNDED)
        elif 0 < value < threshold:
            out[ref] = (1, threshold - 1)
        else:
            out[ref] = (threshold, UNBOUNDED)
    return out


def _solved_by_equations(hidden: set[CellRef], rels: Sequence[Relation]) -> set[CellRef]:
    """Hidden cells the equations alone fix: after exact elimination, a row with one unknown."""
    order = sorted(hidden)
    index = {ref: i for i, ref in enumerate(order)}
    matrix: list[dict[int, Fraction]] = []
    for rel in rels:
        if not rel.equal:
            continue
        row: dict[int, Fraction] = {}
        for ref, coefficient in rel.terms:
            if ref in index:
                i = index[ref]
                row[i] = row.get(i, Fraction(0)) + coefficient
        row = {i: c for i, c in row.items() if c}
        if row:
            matrix.append(row)
    pivots: list[tuple[int, dict[int, Fraction]]] = []
    for row in matrix:
        for col, prow in pivots:  # reduce by the rows already in echelon form
            factor = row.get(col)
            if factor:
                for i, c in prow.items():
                    value = row.get(i, 0) - factor * c
                    if value:
                        row[i] = value
                    else:
                        row.pop(i, None)
        if not row:
            continue
        col = min(row)
        lead = row[col]
        row = {i: c / lead for i, c in row.items()}
        for _, other in pivots:  # keep the echelon form reduced
            factor = other.get(col)
            if factor:
                for i, c in row.items():
                    value = other.get(i, 0) - factor * c
                    if value:
                        other[i] = value
                    else:
                        other.pop(i, None)
        pivots.append((col, row))
    return {order[col] for col, row in pivots if len(row) == 1}


def _pinned_by_bounds(
    values: dict[CellRef, int],
    hidden: set[CellRef],
    rels: Sequence[Relation],
    threshold: int,
    whole: Collection[str],
) -> set[CellRef]:
    """Hidden cells whose known bounds, carried through every relation, leave one value."""
    bounds = _bounds(values, hidden, threshold, whole)
    for _ in range(200):
        changed = False
        for rel in rels:
            unknown = [(ref, c) for ref, c in rel.terms if ref in hidden]
            if not unknown:
                continue
            known = sum(c * values[ref] for ref, c in rel.terms if ref not in hidden)
            # The least and the most each term c·x can be, summed once (infinities counted
            # apart), so each term's "the others" is the sum less its own part.
            parts = []
            for ref, c in unknown:
                lo, hi = bounds[ref]
                least = c * lo if c > 0 else (None if hi is None else c * hi)
                most = (None if hi is None else c * hi) if c > 0 else c * lo
                parts.append((least, most))
            least_sum = sum(p[0] for p in parts if p[0] is not None)
            least_open = sum(1 for p in parts if p[0] is None)
            most_sum = sum(p[1] for p in parts if p[1] is not None)
            most_open = sum(1 for p in parts if p[1] is None)
            for (ref, c), (least, most) in zip(unknown, parts, strict=True):
                open_least = least_open - (least is None)
                open_most = most_open - (most is None)
                rest_max: float = math.inf if open_least else -known - (least_sum - (least or 0))
                rest_min: float = -math.inf if open_most else -known - (most_sum - (most or 0))
                # c·x = −known − Σ others  ⇒  c·x ∈ [rest_min, rest_max] (equal) or ≤ rest_max
                lo, hi = bounds[ref]
                new_lo, new_hi = float(lo), math.inf if hi is None else float(hi)
                if c > 0:
                    new_hi = min(new_hi, rest_max / c)
                    if rel.equal:
                        new_lo = max(new_lo, rest_min / c)
                else:
                    new_lo = max(new_lo, rest_max / c)
                    if rel.equal:
                        new_hi = min(new_hi, rest_min / c)
                lo2 = math.ceil(new_lo - 1e-9)
                hi2 = None if math.isinf(new_hi) else math.floor(new_hi + 1e-9)
                if (lo2, hi2) != (lo, hi):
                    bounds[ref] = (lo2, hi2)
                    changed = True
        if not changed:
            break
    return {ref for ref, (lo, hi) in bounds.items() if hi is not None and lo >= hi}


def determined(
    values: dict[CellRef, int],
    hidden: set[CellRef],
    rels: Sequence[Relation],
    threshold: int,
    whole: Collection[str] = (),
) -> set[CellRef]:
    """The hidden cells a reader could work out from the shown cells and the relations
    (``whole``: the codes of the tables withheld whole)."""
    useful = [r for r in rels if any(ref in hidden for ref in r.cells)]
    return _solved_by_equations(hidden, useful) | _pinned_by_bounds(
        values, hidden, useful, threshold, whole
    )


# -- choosing what to withhold -----------------------------------------------------------------


@dataclass(frozen=True)
class Suppression:
    """What a publication hides: the small cells, the cells withheld beside them, and the tables
    too small to publish any figure of (every count of them withheld, small and zero too)."""

    primary: frozenset[CellRef]
    complementary: frozenset[CellRef]
    whole: frozenset[str]


def suppressed(tables: Sequence[ReturnTable], threshold: int) -> Suppression:
    """Choose the cells a document published with ``threshold`` hides.

    A hidden cell that can be worked out gets a shown, non-zero cell of one of its equations
    withheld beside it (a part before a total, then the smallest count); when none is left for
    any of them, the tables of the small ones are withheld whole. Repeated until no small cell
    can be worked out. A withheld count of N or more that can itself be worked out reveals
    nobody and is allowed.
    """
    values = counts(tables)
    rels = relations(tables)
    by_cell: dict[CellRef, list[Relation]] = {}
    for rel in rels:
        for ref in rel.cells:
            by_cell.setdefault(ref, []).append(rel)
    small = {ref for ref, v in values.items() if 0 < v < threshold}
    hidden = set(small)
    whole: set[str] = set()
    totals = _total_cells(tables)

    def rank(ref: CellRef) -> tuple[bool, int, CellRef]:
        return (ref in totals, values[ref], ref)

    while True:
        worked_out = determined(values, hidden, rels, threshold, whole)
        exposed = worked_out & small
        if not exposed:
            break
        added: set[CellRef] = set()
        # A withheld cell that can be worked out protects nothing: it gets a partner too, so
        # the hidden cells close into cycles (the rectangle of a two-way table).
        for ref in sorted(worked_out):
            pick = _candidate(ref, by_cell, hidden | added, values, rank)
            if pick is not None:
                added.add(pick)
        # Only when no equation of any exposed cell has a count left to withhold.
        closed = {ref[0] for ref in exposed if ref[0] not in whole} if not added else set()
        if not added and not closed:  # every table concerned is already withheld whole
            break
        hidden |= added | {ref for ref in values if ref[0] in closed}
        whole |= closed
    # The greedy choice withholds more than it needs: show again every withheld cell that no
    # small cell depends on (totals first, being the figures most read; then the largest).
    for ref in sorted(hidden - small, key=lambda r: (r not in totals, -values[r], r)):
        if ref[0] in whole:
            continue
        trial = hidden - {ref}
        # Only the hidden cells tied to this one through some relation can be affected.
        near = _component(ref, trial, by_cell)
        local = [r for r in {id(x): x for c in near for x in by_cell.get(c, [])}.values()]
        if not determined(values, near & trial, local, threshold, whole) & small:
            hidden = trial
    return Suppression(frozenset(small), frozenset(hidden - small), frozenset(whole))


def _component(
    start: CellRef, hidden: set[CellRef], by_cell: dict[CellRef, list[Relation]]
) -> set[CellRef]:
    """``start`` and the hidden cells reachable from it through relations with hidden cells."""
    seen = {start}
    todo = [start]
    while todo:
        for rel in by_cell.get(todo.pop(), []):
            for other in rel.cells:
                if other in hidden and other not in seen:
                    seen.add(other)
                    todo.append(other)
    return seen


def _candidate(
    ref: CellRef,
    by_cell: dict[CellRef, list[Relation]],
    hidden: set[CellRef],
    values: dict[CellRef, int],
    rank: Callable[[CellRef], tuple[bool, int, CellRef]],
) -> CellRef | None:
    """A shown, non-zero cell that shares an equation with ``ref`` (else an inequality)."""
    for equal in (True, False):
        pool = {
            other
            for rel in by_cell.get(ref, [])
            if rel.equal is equal
            for other in rel.cells
            if other not in hidden and values[other] > 0
        }
        if pool:
            return min(pool, key=rank)
    return None


def _total_cells(tables: Sequence[ReturnTable]) -> set[CellRef]:
    out: set[CellRef] = set()
    for t in tables:
        for r in t.rows:
            for c in t.columns:
                if r.total or c.key.endswith("total") or c.key in {"rescued", "children"}:
                    out.add((t.code, r.key, c.key))
    return out


def publish(doc: ReturnDocument, threshold: int) -> ReturnDocument:
    """The document as published: small cells shown as ``<N``, their complements as ``x``; a
    table withheld whole shows every count as ``x``."""
    chosen = suppressed(doc.tables, threshold)
    values = counts(doc.tables)
    withheld = chosen.complementary | {ref for ref in values if ref[0] in chosen.whole}
    tables = tuple(
        PublishedTable(
            t.code,
            t.title,
            t.columns,
            t.rows,
            t.note,
            withheld=frozenset((row, col) for code, row, col in withheld if code == t.code),
        )
        for t in doc.tables
    )
    return replace(doc, tables=tables, suppress_below=threshold, annex=())
