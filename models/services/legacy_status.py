"""A digitised register as stations keep it: its status column and the cells that are formulas.

A station's register says in a status column whether the person is still missing or was traced,
and beside it when, how, doing what and in which drive. A traced row comes in traced, through the
checks and the store function that record a trace at the desk (``check_trace``,
``case_store.trace_case``). A row whose status contradicts its trace date is refused.

A spreadsheet cell may hold a formula, and a workbook saved by a spreadsheet program also keeps
the formula's last computed value. That value is not what the station wrote in its register (a
formula that joins two cells, or one that points at a row that has since moved), so a mapped cell
that holds a formula is refused, naming the cell: the sheet is corrected by typing the value.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any, Protocol

from models.dto.cases import TraceInput
from models.enums import Activity, HowTraced, Locality, TraceType
from models.errors import Problem, UserError
from models.messages import msg, said
from models.rules.case_rules import RuleContext
from models.rules.normalise import normalise
from models.rules.record_rules import check_trace

# The mapping fields of this part, listed with the others in legacy_import.FIELDS.
STATUS_FIELDS: dict[str, str] = {
    "status": "missing or traced (the sheet's own words, e.g. 'Traced' or 'सापडला', go under "
    "'values'); a traced row needs traced_on",
    "activity_when_found": "what the person was doing when traced: begging, child_labour, … "
    "(see the vocabulary)",
    "drive": "the name of the drive that traced the person (Operation Muskaan …)",
}

MISSING, TRACED = "missing", "traced"
NOT_RECORDED = "not recorded in the register"


class RowReader(Protocol):
    """What this part reads of a sheet row (legacy_import's row reader)."""

    problems: list[str]

    def raw(self, name: str) -> Any: ...

    def text(self, name: str) -> str | None: ...

    def code(self, name: str) -> str | None: ...

    def enum(self, name: str, cls: type[Any]) -> Any: ...

    def day(self, name: str) -> date | None: ...

    def clock(self, name: str) -> time: ...


def read_status(r: RowReader) -> str | None:
    """The row's status, ``missing`` or ``traced``; None where the sheet has no status."""
    value = r.code("status")
    if value is None:
        return None
    status = value.strip().casefold()
    if status not in (MISSING, TRACED):
        r.problems.append(
            f"status: '{value}' is neither missing nor traced; say what the sheet's word means "
            "under values.status in the mapping"
        )
        return None
    return status


def read_trace(r: RowReader, ctx: RuleContext, confirmed_reason: str | None) -> TraceInput | None:
    """The row's trace, if it says the person was traced; a status that contradicts the trace
    date is a problem of the row."""
    status = read_status(r)
    traced_day = r.day("traced_on")
    if status == TRACED and traced_day is None and "traced_on" not in " ".join(r.problems):
        r.problems.append("traced_on: the status says traced; give the date traced")
    if status == MISSING and traced_day is not None:
        r.problems.append("status: the row says missing but traced_on gives a date traced")
        return None
    if traced_day is None:
        return None
    return TraceInput(
        trace_type=r.enum("trace_type", TraceType) or TraceType.TRACED_ON_FIR,
        traced_at=datetime.combine(traced_day, r.clock("traced_time"), tzinfo=ctx.zone),
        how_traced=r.enum("how_traced", HowTraced) or HowTraced.OTHER,
        place=r.text("traced_place") or NOT_RECORDED,
        locality=r.enum("traced_locality", Locality) or Locality.SAME_PS,
        activity=r.enum("activity_when_found", Activity),
        drive=r.text("drive"),
        confirmed_reason=confirmed_reason,
    )


def check_row_trace(
    trace: TraceInput, last_seen_at: datetime, ctx: RuleContext
) -> tuple[TraceInput, list[Problem]]:
    """The rules a trace recorded at the desk passes (models/rules/record_rules.py), each
    named by the mapping's field (the sheet gives ``traced_on``, the desk ``traced_at``)."""
    trace, problems = normalise(trace)
    return trace, [
        replace(p, field="traced_on") if p.field == "traced_at" else p
        for p in [*problems, *check_trace(trace, last_seen_at, ctx)]
    ]


# -- formulas ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FormulaCell:
    row: int  # the sheet's row number, as the import report counts rows
    column: str  # the header above the cell
    cell: str  # e.g. "C7"
    formula: str


def open_workbook(data: bytes, name: str, *, values: bool) -> Any:
    """The workbook in ``data`` (read-only): with the values a spreadsheet program last
    computed (``values``) or with its formulas; refused in plain words when it cannot be read."""
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=values)
    except Exception as exc:  # openpyxl raises many kinds for a bad workbook
        raise UserError(
            msg("{name} cannot be read as a workbook: {exc}", name=name, exc=said(exc))
        ) from exc


def formula_cells(
    data: bytes, name: str, sheet: str | None, header_row: int
) -> dict[int, list[FormulaCell]]:
    """Every cell below the header that holds a formula, by row; none for a CSV file.

    The workbook is read with its formulas (not the values a spreadsheet program last computed
    for them), so a formula is seen even where a computed value was saved beside it."""
    if not name.lower().endswith((".xlsx", ".xlsm")):
        return {}
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    book = open_workbook(data, name, values=False)
    found: dict[int, list[FormulaCell]] = {}
    try:
        ws = book[sheet] if sheet is not None and sheet in book.sheetnames else book.worksheets[0]
        header: list[str] = []
        rows = ws.iter_rows()
        number = 0
        while True:
            try:
                cells = next(rows)
            except StopIteration:
                break
            except Exception as exc:
                raise UserError(
                    msg(
                        "{name} cannot be read as a workbook: {error}.",
                        name=name,
                        error=type(exc).__name__,
                    )
                ) from None
            number += 1
            if number == header_row:
                header = [str(c.value).strip() if c.value is not None else "" for c in cells]
            if number <= header_row:
                continue
            for index, c in enumerate(cells):
                if getattr(c, "data_type", None) == "f":
                    letter = get_column_letter(index + 1)
                    found.setdefault(number, []).append(
                        FormulaCell(
                            number,
                            header[index] if index < len(header) else "",
                            f"{letter}{number}",
                            str(getattr(c.value, "text", None) or c.value),
                        )
                    )
    finally:
        book.close()
    return found


def formula_problems(
    row: int, columns: Mapping[str, str], formulas: Mapping[int, list[FormulaCell]]
) -> list[str]:
    """A refusal for each mapped cell of ``row`` that holds a formula, naming the cell."""
    fields = {column: field for field, column in columns.items()}
    return [
        f"{fields[f.column]}: cell {f.cell} ('{f.column}') holds a formula ({f.formula[:60]}), "
        "not a value the register wrote; type the value itself into the cell"
        for f in formulas.get(row, ())
        if f.column in fields
    ]
