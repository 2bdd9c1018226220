"""The self-check's own judges of a paper: each refuses a damaged file in plain words."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from desktop.commands.selfcheck_cmd import plain_reason
from desktop.selfcheck_papers import NotWhole, csv_rows, pfif_persons, xlsx_problem_or_sheets


def _workbook(*, filled: bool) -> bytes:
    book = Workbook()
    book.active.title = "R1"
    if filled:
        book.active["A1"] = "Heading"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_filled_workbook_passes_and_a_damaged_or_empty_one_does_not() -> None:
    assert xlsx_problem_or_sheets(_workbook(filled=True)) == ["R1"]
    with pytest.raises(NotWhole, match="cannot be opened"):
        xlsx_problem_or_sheets(_workbook(filled=True)[:500])
    with pytest.raises(NotWhole, match="empty sheets: R1"):
        xlsx_problem_or_sheets(_workbook(filled=False))


def test_a_csv_needs_rows_under_its_heading() -> None:
    assert csv_rows(b"Table,Row\r\nR1,Reported\r\n") == 2
    with pytest.raises(NotWhole, match="no data rows"):
        csv_rows(b"Table,Row\r\n")
    with pytest.raises(NotWhole, match="cannot be read"):
        csv_rows(b"\xff\xfe\x00bad")


def test_pfif_must_be_well_formed_with_a_person() -> None:
    ns = "http://zesty.ca/pfif/1.4"
    good = f'<pfif:pfif xmlns:pfif="{ns}"><pfif:person/></pfif:pfif>'.encode()
    assert pfif_persons(good) == 1
    with pytest.raises(NotWhole, match="not well-formed"):
        pfif_persons(good[:-5])
    with pytest.raises(NotWhole, match="no person record"):
        pfif_persons(f'<pfif:pfif xmlns:pfif="{ns}"/>'.encode())


def test_a_missing_module_is_named_in_plain_words() -> None:
    reason = plain_reason(ModuleNotFoundError("No module named 'x'", name="reportlab.graphics.x"))
    assert reason.startswith("a part of the program is missing: the module reportlab.graphics.x")
    assert "internal error" in plain_reason(ZeroDivisionError("boom"))
