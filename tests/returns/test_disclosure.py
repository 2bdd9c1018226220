"""Published tables cannot be reverse-computed.

A reader of a published table knows what it prints (a count, ``<5`` = 1…4, ``x`` = a count of at
least 5 withheld) and the arithmetic of docs/returns.md (totals, R1's flow, figures repeated
between tables). This file solves that system the way a reader would: exact rational
elimination over the hidden cells gives the directions in which they can move together
without changing anything printed; a hidden cell is safe only when some whole-number move
along those directions, within every bound and inequality the reader knows, changes it — another
table, printed identically, in which that cell differs. A cell with no such move is "worked out".

It runs on the tables the program builds from the worked example's register (station return,
drive report, HQ's consolidated return with S1), and on hand-made edge cases.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import replace
from datetime import UTC, datetime
from fractions import Fraction
from math import lcm
from pathlib import Path

import pytest

from models.dto.returns import (
    PublishedTable,
    ReturnColumn,
    ReturnDocument,
    ReturnRow,
    ReturnTable,
)
from models.returns import disclosure
from models.returns.cells import WITHHELD, cell
from models.returns.disclosure import CellRef, Relation
from models.services.drives import DriveService
from tests.returns.conftest import PASSPHRASE, W46, Hq, KnownStation, Station

THRESHOLD = 5

# -- the reader --------------------------------------------------------------------------------


def printed(doc: ReturnDocument) -> dict[CellRef, int | str]:
    """Every count cell as the published document shows it."""
    out: dict[CellRef, int | str] = {}
    for table in doc.tables:
        for row in table.rows:
            for j, column in enumerate(table.columns):
                if column.is_percent or row.values[j] is None:
                    continue
                if (table.code, column.key) in disclosure.NOT_COUNTS:
                    continue
                shown = cell(table, row, j, doc.suppress_below)
                assert isinstance(shown, int | str), (table.code, row.key, column.key, shown)
                out[(table.code, row.key, column.key)] = shown
    return out


def _bounds(shown: int | str, threshold: int, whole: bool) -> tuple[int, int | None]:
    """A table withheld whole says nothing of its cells; elsewhere ``x`` was not small."""
    if whole:
        return (0, None)
    if shown == f"<{threshold}":
        return (1, threshold - 1)
    assert shown == WITHHELD, shown
    return (threshold, None)


def _null_space(rows: list[list[Fraction]], width: int) -> list[list[int]]:
    """Integer basis vectors d with rows·d = 0 (dense Gauss–Jordan over the rationals)."""
    matrix = [list(r) for r in rows]
    pivot_cols: list[int] = []
    r = 0
    for col in range(width):
        pick = next((i for i in range(r, len(matrix)) if matrix[i][col] != 0), None)
        if pick is None:
            continue
        matrix[r], matrix[pick] = matrix[pick], matrix[r]
        lead = matrix[r][col]
        matrix[r] = [x / lead for x in matrix[r]]
        for i in range(len(matrix)):
            if i != r and matrix[i][col] != 0:
                f = matrix[i][col]
                matrix[i] = [a - f * b for a, b in zip(matrix[i], matrix[r], strict=True)]
        pivot_cols.append(col)
        r += 1
    basis: list[list[int]] = []
    for free in (c for c in range(width) if c not in pivot_cols):
        vec = [Fraction(0)] * width
        vec[free] = Fraction(1)
        for i, pc in enumerate(pivot_cols):
            vec[pc] = -matrix[i][free]
        scale = lcm(*(x.denominator for x in vec))
        basis.append([int(x * scale) for x in vec])
    return basis


def _system(
    exact: dict[CellRef, int], shown: dict[CellRef, int | str], rels: list[Relation]
) -> tuple[list[CellRef], list[list[int]], list[tuple[int, int | None]]]:
    """The hidden cells, the integer directions in which they can move together without
    changing any printed figure or any equation, and the bounds the reader knows of each."""
    for ref, value in shown.items():  # what is printed is true
        assert value == exact[ref] if isinstance(value, int) else True, ref
    hidden = sorted(ref for ref, value in shown.items() if not isinstance(value, int))
    codes = {ref[0] for ref in shown}
    whole = {c for c in codes if all(v == WITHHELD for r, v in shown.items() if r[0] == c)}
    equations = [
        [Fraction(sum(c for r, c in rel.terms if r == ref)) for ref in hidden]
        for rel in rels
        if rel.equal and any(r in hidden for r in rel.cells)
    ]
    if equations:
        basis = _null_space(equations, len(hidden))
    else:
        basis = [[int(i == j) for j in range(len(hidden))] for i in range(len(hidden))]
    return hidden, basis, [_bounds(shown[ref], THRESHOLD, ref[0] in whole) for ref in hidden]


def worked_out(
    exact: dict[CellRef, int], shown: dict[CellRef, int | str], rels: list[Relation]
) -> set[CellRef]:
    """Hidden cells the reader can work out: fixed by the equations (every direction leaves
    them alone), or pinned to one whole number by the known bounds carried through every
    equation and inequality."""
    hidden, basis, bounds = _system(exact, shown, rels)
    fixed = {ref for i, ref in enumerate(hidden) if all(v[i] == 0 for v in basis)}
    known: dict[CellRef, tuple[Fraction, Fraction | None]] = {
        ref: (Fraction(lo), None if hi is None else Fraction(hi))
        for ref, (lo, hi) in zip(hidden, bounds, strict=True)
    }
    useful = [rel for rel in rels if any(r in known for r in rel.cells)]
    changed = True
    while changed:
        changed = False
        for rel in useful:
            constant = sum(c * exact[r] for r, c in rel.terms if r not in known)
            for ref, c in ((r, c) for r, c in rel.terms if r in known):
                # c·x = −constant − Σ others, so c·x ≤ r_max (and ≥ r_min for an equation);
                # None stands for an unbounded side.
                r_max: Fraction | None = Fraction(-constant)
                r_min: Fraction | None = Fraction(-constant)
                for other, oc in ((r, oc) for r, oc in rel.terms if r in known and r != ref):
                    lo, hi = known[other]
                    least = oc * lo if oc > 0 else (None if hi is None else oc * hi)
                    most = (None if hi is None else oc * hi) if oc > 0 else oc * lo
                    r_max = None if (r_max is None or least is None) else r_max - least
                    r_min = None if (r_min is None or most is None) else r_min - most
                upper, lower = (r_max, r_min if rel.equal else None)
                if c < 0:  # dividing by a negative swaps the sides
                    upper, lower = lower, upper
                lo, hi = known[ref]
                new_lo = lo if lower is None else max(lo, _ceil(lower / c))
                new_hi = hi if upper is None else _floor(upper / c)
                if hi is not None and new_hi is not None:
                    new_hi = min(hi, new_hi)
                elif new_hi is None:
                    new_hi = hi
                if (new_lo, new_hi) != (lo, hi):
                    known[ref] = (new_lo, new_hi)
                    changed = True
    pinned = {ref for ref, (lo, hi) in known.items() if hi is not None and lo >= hi}
    return fixed | pinned


def _floor(x: Fraction) -> Fraction:
    return Fraction(x.numerator // x.denominator)


def _ceil(x: Fraction) -> Fraction:
    return Fraction(-((-x.numerator) // x.denominator))


def witnessed(
    exact: dict[CellRef, int], shown: dict[CellRef, int | str], rels: list[Relation]
) -> set[CellRef]:
    """Hidden cells shown to be open by an example: another whole-number table, printed
    exactly the same and true to every relation, in which the cell differs (small systems)."""
    hidden, basis, bounds = _system(exact, shown, rels)
    # Every combination of the directions with steps up to ±reach (the widest that stays cheap).
    reach = next(r for r in (4, 3, 2, 1) if (2 * r + 1) ** len(basis) <= 200_000 or r == 1)
    truth = [exact[ref] for ref in hidden]
    inequalities = [rel for rel in rels if not rel.equal]
    seen: list[set[int]] = [{t} for t in truth]
    for steps in itertools.product(range(-reach, reach + 1), repeat=len(basis)):
        x = list(truth)
        for k, v in zip(steps, basis, strict=True):
            x = [a + k * b for a, b in zip(x, v, strict=True)]
        if any(
            v < lo or (hi is not None and v > hi) for v, (lo, hi) in zip(x, bounds, strict=True)
        ):
            continue
        value = dict(zip(hidden, x, strict=True))
        if all(sum(c * value.get(r, exact[r]) for r, c in rel.terms) <= 0 for rel in inequalities):
            for i, v in enumerate(x):
                seen[i].add(v)
    return {ref for ref, values in zip(hidden, seen, strict=True) if len(values) > 1}


def check(
    exact_doc: ReturnDocument, public: ReturnDocument, *, examples: bool = False
) -> set[CellRef]:
    """The small cells a reader works out (with ``examples``, also those for which no other
    table printed the same could be found by trying every small move). A withheld count of 5
    or more that can be worked out reveals nobody: only the small ones count."""
    exact = disclosure.counts(exact_doc.tables)
    shown = printed(public)
    rels = disclosure.relations(exact_doc.tables)
    small = {ref for ref, value in exact.items() if 0 < value < THRESHOLD}
    out = worked_out(exact, shown, rels)
    if examples:
        hidden = {ref for ref, value in shown.items() if not isinstance(value, int)}
        out |= hidden - witnessed(exact, shown, rels)
    return out & small


def primary_only(public: ReturnDocument) -> ReturnDocument:
    """The same publication with small cells hidden and nothing else (the old rule)."""
    return replace(
        public,
        tables=tuple(
            ReturnTable(t.code, t.title, t.columns, t.rows, t.note) for t in public.tables
        ),
    )


def assert_sound(
    exact_doc: ReturnDocument, public: ReturnDocument, *, examples: bool = False
) -> None:
    shown = printed(public)
    exact = disclosure.counts(exact_doc.tables)
    for ref, value in exact.items():
        if 0 < value < THRESHOLD:
            assert shown[ref] in {f"<{THRESHOLD}", WITHHELD}, ref
        else:
            assert shown[ref] in {value, WITHHELD}, ref
    assert check(exact_doc, public, examples=examples) == set()


# -- the arithmetic the reader is given is true, and complete --------------------------------


def test_every_relation_holds_on_the_figures_the_program_builds(known: KnownStation) -> None:
    doc = known.svc_returns.preview(known.people.sho, W46)
    drive = DriveService(known.svc.db, known.svc.clock).drive_report(
        known.people.sho, "Operation Muskaan XII"
    )
    for d in (doc, drive):
        values = disclosure.counts(d.tables)
        rels = disclosure.relations(d.tables)
        assert rels
        for rel in rels:
            total = sum(c * values[ref] for ref, c in rel.terms)
            assert total == 0 if rel.equal else total <= 0, rel
        # Every total the document prints is tied to what it adds up.
        tied = {ref for rel in rels if rel.equal for ref in rel.cells}
        for table in d.tables:
            for row in table.rows:
                for column in table.columns:
                    ref = (table.code, row.key, column.key)
                    if ref in values and (row.total or column.key.endswith("total")):
                        assert ref in tied, ref
    cells = [set(rel.cells) for rel in disclosure.relations(doc.tables)]
    # The issue's example: untraced at start + reported = total, in every row of R1.
    assert {("R1", "all.total", k) for k in ("opening", "reported", "total")} in cells
    # R2's "All children" repeats R1's children rows.
    assert {("R1", "children.female", "reported"), ("R2", "total", "reported.female")} in cells


# -- the tables the program publishes ------------------------------------------------------------


def test_the_station_return_cannot_be_reverse_computed(known: KnownStation) -> None:
    returns = known.svc_returns
    exact = returns.preview(known.people.sho, W46)
    public = returns.preview(known.people.sho, W46, publish=True)
    assert all(isinstance(t, PublishedTable) for t in public.tables)
    assert_sound(exact, public)
    # Hiding the small cells alone gives some of them away (the solver sees it).
    leaked = check(exact, primary_only(public))
    assert ("R1", "all.total", "transferred") in leaked  # 13 − 6 traced − 6 untraced = 1


def test_the_drive_report_cannot_be_reverse_computed(known: KnownStation) -> None:
    drives = DriveService(known.svc.db, known.svc.clock)
    exact = drives.drive_report(known.people.sho, "Operation Muskaan XII")
    public = drives.drive_report(known.people.sho, "Operation Muskaan XII", publish=True)
    assert public.suppress_below == THRESHOLD
    assert_sound(exact, public)


def test_hq_s1_and_the_consolidated_return_cannot_be_reverse_computed(
    known: KnownStation, station_keys: Station, hq: Hq, tmp_path: Path
) -> None:
    signer = station_keys.store.station_signer(PASSPHRASE)
    package = station_keys.returns.export_package(known.people.sho, W46, tmp_path, signer)
    received = hq.svc.import_package(
        hq.clerk, package.path.read_bytes(), "p.talash-return", hq.store.hq_opener(PASSPHRASE)
    )
    assert received.status == "imported"
    exact = hq.svc.consolidated(hq.clerk, W46)
    public = hq.svc.consolidated(hq.clerk, W46, publish=True)
    assert {t.code for t in public.tables} >= {"S1", "R1", "R7"}
    # S1 repeats each station's R1 totals: the reader knows they add up to R1's.
    assert {("R1", "all.total", "opening"), ("S1", "station.MH-MUM-DHR", "opening")} in [
        set(rel.cells) for rel in disclosure.relations(exact.tables)
    ]
    assert_sound(exact, public)


# -- hand-made edge cases ----------------------------------------------------------------------


def document(*tables: ReturnTable) -> ReturnDocument:
    return ReturnDocument(
        kind="station",
        title="Edge case",
        unit_code="MH-MUM-DHR",
        unit_name="Dharavi",
        unit_name_local=None,
        district="Mumbai",
        state="Maharashtra",
        period=W46,
        generated_at=datetime(2026, 11, 16, tzinfo=UTC),
        tables=tables,
    )


SEX = tuple(ReturnColumn(k, k) for k in ("male", "female", "transgender", "unknown", "total"))


def by_sex(*rows: tuple[str, tuple[int, ...]]) -> ReturnTable:
    """An R5-shaped table: four sex columns and their total; a total row is added."""
    body = [ReturnRow(k, k, (*v, sum(v))) for k, v in rows]
    total = tuple(sum(r.values[i] or 0 for r in body) for i in range(5))
    return ReturnTable("R5", "R5", SEX, (*body, ReturnRow("total", "All", total, total=True)))


def r1_row(opening: int, reported: int, current: int, earlier: int, moved: int) -> ReturnTable:
    traced = current + earlier
    closing = opening + reported - traced - moved
    values = (opening, reported, opening + reported, current, earlier, traced, moved, closing, None)
    from models.returns.station_tables import R1_COLUMNS

    return ReturnTable("R1", "R1", R1_COLUMNS, (ReturnRow("all.total", "All", values, total=True),))


EDGE_CASES = {
    # "opening 11, reported <5, total 14" gave the hidden 3.
    "issue example": document(r1_row(11, 3, 0, 8, 0)),
    "one small cell in a row": document(by_sex(("a", (3, 11, 0, 0)), ("b", (16, 17, 0, 0)))),
    "a row of all small cells": document(
        by_sex(("a", (2, 1, 1, 0)), ("b", (9, 8, 5, 6)), ("c", (12, 7, 0, 30)))
    ),
    "all small with a shown total": document(by_sex(("a", (2, 2, 1, 0)), ("b", (9, 8, 6, 7)))),
    "a zero beside a small cell": document(by_sex(("a", (0, 4, 0, 0)), ("b", (20, 0, 0, 9)))),
    "two small cells that can only be 4": document(
        by_sex(("a", (4, 10, 0, 0)), ("b", (4, 12, 0, 0)))
    ),
    "a single small cell in the whole table": document(
        by_sex(("a", (1, 0, 0, 0)), ("b", (0, 0, 0, 0)))
    ),
}


@pytest.mark.parametrize("name", sorted(EDGE_CASES))
def test_edge_cases_cannot_be_reverse_computed(name: str) -> None:
    exact = EDGE_CASES[name]
    public = disclosure.publish(exact, THRESHOLD)
    assert_sound(exact, public, examples=True)


def test_the_issue_example_leaked_before_and_is_closed_now() -> None:
    exact = EDGE_CASES["issue example"]
    public = disclosure.publish(exact, THRESHOLD)
    assert check(exact, primary_only(public)) == {("R1", "all.total", "reported")}
    r1 = public.table("R1")
    shown = [cell(r1, r1.rows[0], j, THRESHOLD) for j in range(len(r1.columns))]
    assert shown[1] == "<5" and WITHHELD in (shown[0], shown[2])


def test_zeros_stay_and_exact_documents_are_untouched() -> None:
    exact = EDGE_CASES["a zero beside a small cell"]
    public = disclosure.publish(exact, THRESHOLD)
    table = public.table("R5")
    assert [cell(table, table.rows[0], j, THRESHOLD) for j in range(5)][::2] == [0, 0, "<5"]
    # Without a threshold (the station's own screen, the package) nothing is hidden.
    assert [cell(table, table.rows[0], j) for j in range(5)] == [0, 4, 0, 0, 4]


@pytest.mark.parametrize("seed", range(4))
def test_a_larger_table_keeps_most_figures_and_gives_no_small_cell_away(seed: int) -> None:
    """HQ-sized tables with small cells scattered: many stations in S1, many rows in a table
    by sex. Nothing small can be worked out, and most of the other figures are still shown."""
    rng = random.Random(seed)
    counts = (0, 0, 1, 2, 3, 5, 8, 12, 20, 40)
    table = by_sex(*((f"r{i}", tuple(rng.choice(counts) for _ in range(4))) for i in range(20)))
    columns = (  # S1's columns, as models/services/hq.py builds them
        *(
            ReturnColumn(k, k)
            for k in ("opening", "reported", "total", "traced", "transferred", "closing")
        ),
        ReturnColumn("pct_traced", "% traced", "traced", "total"),
        ReturnColumn("children_closing", "Children untraced at end"),
        ReturnColumn("seq", "Package no."),
    )
    stations = []
    for i in range(30):
        opening, reported = rng.choice(counts), rng.choice(counts)
        traced = min(rng.choice(counts), opening + reported)
        moved = min(rng.choice((0, 0, 1, 2)), opening + reported - traced)
        closing = opening + reported - traced - moved
        values = (opening, reported, opening + reported, traced, moved, closing, None)
        stations.append(
            ReturnRow(f"station.S{i:02d}", f"S{i:02d}", (*values, min(closing, 3), i + 1))
        )
    s1 = ReturnTable("S1", "S1", columns, tuple(stations))
    exact = document(table, s1)
    public = disclosure.publish(exact, THRESHOLD)
    assert_sound(exact, public)
    shown = printed(public)
    big = [ref for ref, v in disclosure.counts(exact.tables).items() if v >= THRESHOLD]
    assert sum(isinstance(shown[ref], int) for ref in big) > len(big) // 2
