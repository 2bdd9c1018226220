"""The case sheet as a court reads it: every table inside the margins, no heading left at the foot
of a page without its table, and officers named by name and rank."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from models.dto.cases import ActionInput
from models.dto.notices import CasePapers
from models.enums import ActionType
from models.services import Services
from reports.case_sheet import CaseSheetReport, render_case_sheet
from reports.labels import text
from tests.conftest import People
from tests.factories import child_person
from tests.reports.conftest import Issued, pdf_text, register_child

SECTIONS = (
    "s_report",
    "s_person",
    "s_circumstances",
    "s_complainant",
    "s_fir",
    "s_reasons",
    "s_risk",
    "s_clocks",
    "s_actions",
    "s_notices",
    "s_trace",
    "s_status",
)
LONG_WORD = "CCTV-footage-of-platform-four-at-Dadar-station-from-the-west-bridge-camera-0042"


@dataclass(frozen=True)
class Line:
    page: int
    top: float
    right: float
    words: str


def lines_of(pdf: bytes, tmp_path: Path) -> tuple[list[Line], float, float]:
    """Every text line with its page, top and right edge (points), and the page size."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    (tmp_path / "sheet.pdf").write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox-layout", "sheet.pdf", "-"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    size = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html)
    assert size is not None
    lines: list[Line] = []
    for page, body in enumerate(html.split("<page ")[1:], start=1):
        for match in re.finditer(r'<line xMin="[\d.]+" yMin="([\d.]+)" xMax="([\d.]+)"', body):
            rest = body[match.end() : body.find("</line>", match.end())]
            words = " ".join(re.findall(r">([^<]*)</word>", rest))
            lines.append(Line(page, float(match.group(1)), float(match.group(2)), words))
    return lines, float(size.group(1)), float(size.group(2))


def with_narrative(papers: CasePapers, paragraphs: int) -> CasePapers:
    story = "\n\n".join(
        f"Paragraph {i}: the family searched the lanes near the depot that evening." * 2
        for i in range(paragraphs)
    )
    circumstances = dataclasses.replace(papers.case.circumstances, narrative=story)
    return dataclasses.replace(
        papers, case=dataclasses.replace(papers.case, circumstances=circumstances)
    )


def test_no_table_runs_past_the_right_margin(svc: Services, people: People, tmp_path: Path) -> None:
    # A long name beside the photo and a long unbroken word in the action log both wrap
    # inside the frame.
    names = ("Priya Santosh Patil alias Pinky of Kumbharwada near Dharavi Bus Depot", "प्रिया")
    case = register_child(svc, people, person=child_person(names=names))
    svc.cases.add_action(
        people.io, case.register_no, ActionInput(ActionType.CCTV_REVIEWED, details=LONG_WORD)
    )
    papers = svc.notices.case_papers(people.writer, case.register_no, "sheet")
    lines, width, height = lines_of(render_case_sheet(papers), tmp_path)
    report = CaseSheetReport(papers)
    body = [x for x in lines if x.top < height - report.bottom_margin]  # not the footer
    assert body
    margin = width - report.right_margin
    past = [x.words for x in body if x.right > margin + 0.5]
    assert past == []
    assert any("Kumbharwada" in x.words for x in body)


def test_no_heading_is_left_alone_at_the_foot_of_a_page(
    svc: Services, people: People, tmp_path: Path
) -> None:
    case = register_child(svc, people)
    for i in range(3):
        svc.cases.add_action(
            people.io,
            case.register_no,
            ActionInput(ActionType.CCTV_REVIEWED, details=f"Camera {i}: depot gates checked"),
        )
    papers = svc.notices.case_papers(people.writer, case.register_no, "sheet")
    headings = [text(key, "en") for key in SECTIONS]
    # Narratives of different lengths move every page break through the later sections.
    for paragraphs in range(0, 16, 3):
        pdf = render_case_sheet(with_narrative(papers, paragraphs))
        lines, _, height = lines_of(pdf, tmp_path)
        body = [x for x in lines if x.top < height - 16 * mm]
        for page in {x.page for x in body}:
            last = max((x for x in body if x.page == page), key=lambda x: x.top)
            assert not any(last.words.startswith(h) for h in headings), (paragraphs, last)


def test_officers_are_named_by_name_and_rank(
    issued: Issued, people: People, tmp_path: Path
) -> None:
    papers = issued.svc.notices.case_papers(people.writer, issued.case.register_no, "sheet")
    extracted = pdf_text(render_case_sheet(papers), tmp_path)
    for officer in (people.writer, people.io, people.sho):
        ref = next(o for o in papers.officers if o.username == officer.username)
        assert ref.full_name in extracted  # the status history, the notices, the footer
        assert officer.username not in extracted
    assert "Vijay Pawar (Head Constable, HC-4410)" in extracted
