"""Everything the register accepts prints: a case with 400 aliases or 120 marks has its FIR and
case sheet, their long tables running on over pages (never a layout error)."""

from __future__ import annotations

import dataclasses
import io

from pypdf import PdfReader

from models.dto.cases import MarkRow
from models.enums import MarkType
from models.services import Services
from reports.case_sheet import render_case_sheet
from reports.fir import render_fir
from tests.conftest import People
from tests.factories import child_case
from tests.reports.conftest import register_child

ALIASES = 400
MARKS = 120


def test_a_case_with_hundreds_of_aliases_and_marks_prints(svc: Services, people: People) -> None:
    kinds = list(MarkType)
    person = dataclasses.replace(
        child_case().person,
        aliases=tuple(f"Alias{i} Nickname{i}" for i in range(ALIASES)),
        marks=tuple(
            MarkRow(mark_type=kinds[i % len(kinds)], body_location=f"left forearm spot {i}")
            for i in range(MARKS)
        ),
    )
    case = register_child(svc, people, person=person)
    for paper, render in (("fir", render_fir), ("sheet", render_case_sheet)):
        pdf = render(svc.notices.case_papers(people.writer, case.register_no, paper))
        pages = PdfReader(io.BytesIO(pdf)).pages
        text = " ".join(" ".join(p.extract_text().split()) for p in pages)
        assert len(pages) >= 2, paper
        # The last alias and the last mark are printed: the table ran on, nothing was cut.
        assert f"Alias{ALIASES - 1} Nickname{ALIASES - 1}" in text, paper
        assert f"spot {MARKS - 1}" in text, paper
        for number, page in enumerate(pages, start=1):
            assert f"Page {number} of {len(pages)}" in " ".join(page.extract_text().split())
