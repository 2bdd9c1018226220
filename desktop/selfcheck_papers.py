"""Every paper and file Talash makes, made the way the desk makes them, for ``talash selfcheck``.

A throw-away station (the demo's officers) registers an invented child's case with a photo and an
FIR and a found child; the notices are requested, approved and issued; then the FIR, the notices
(also as images), the bulk sheet, the case sheet, the weekly return with its annex (PDF, XLSX,
CSV), the PFIF export and, once the child is traced, the withdrawn slip are made by the same
services and renderers the desk uses. Each paper is checked whole without poppler (the bundle has
none): QtPdf opens the PDFs and counts their pages, openpyxl opens the workbook, the csv module
parses the CSV and the XML parser reads the PFIF.

A module the frozen bundle lacks shows only when that paper is made: each paper is made and
checked on its own, so one failure is one FAIL line and the others are still tried.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from models.actor import Actor
from models.clock import Clock
from models.dto.returns import ReturnDocument
from models.services import Services


@dataclass(frozen=True)
class Paper:
    """One paper made and checked: ``problem`` is None when it is whole."""

    name: str
    file: str
    data: bytes
    detail: str
    problem: str | None


class NotWhole(Exception):
    """A paper was made but is not whole (the message says how, in plain words)."""


@dataclass(frozen=True)
class _Station:
    svc: Services
    sho: Actor
    io: Actor
    writer: Actor
    zone: ZoneInfo


# (name, file name, maker): a maker returns the paper's bytes and what the PASS line says, or
# raises NotWhole (or anything else, a bug or a missing module) for the FAIL line.
Maker = Callable[[], tuple[bytes, str]]


def make_papers(clock: Clock) -> Iterator[tuple[str, str, Maker]]:
    """The papers in the order a station makes them; the throw-away register lives as long as
    the iteration does."""
    from models.db import open_database
    from models.demo import DEMO_PASSWORD, DEMO_USERS, create_demo_station, sample_entries
    from models.dto.cases import PhotoInput, TraceInput
    from models.enums import HowTraced, Locality, Role, TraceType
    from models.migrate import migrate
    from reports.selfcheck import sample_photo_jpeg

    with tempfile.TemporaryDirectory(prefix="talash-selfcheck-papers-") as tmp:
        db = open_database(Path(tmp) / "station.sqlite", create=True)
        try:
            migrate(db, backup_dir=None, clock=clock)
            create_demo_station(db, clock)
            svc = Services.build(db, clock)

            def logon(role: Role) -> Actor:
                user = next(u for u in DEMO_USERS if u.role is role)
                return svc.accounts.authenticate(user.username, DEMO_PASSWORD, desk="selfcheck")

            st = _Station(
                svc,
                logon(Role.SHO),
                logon(Role.IO),
                logon(Role.WRITER),
                ZoneInfo(svc.accounts.station().timezone),
            )
            now = clock.now()
            case_in, found_in = sample_entries(
                now, st.zone, io=st.io.username, writer=st.writer.username
            )
            photo = PhotoInput(
                data=sample_photo_jpeg(), primary=True, taken_on="2026-06", file="photo.jpg"
            )
            case = svc.cases.register_case(
                st.writer, dataclasses.replace(case_in, photos=(photo,))
            ).value
            found = svc.found.add_found(st.writer, found_in).value
            ref = case.register_no
            notice_no = _issue(st, ref)
            found_no = _issue(st, found.ref_no)
            yield from _papers_while_missing(st, ref, notice_no, found_no)

            def traced() -> tuple[bytes, str]:
                from reports.notice import render_withdrawal_slip

                svc.cases.record_trace(
                    st.io,
                    ref,
                    TraceInput(
                        trace_type=TraceType.TRACED_ON_FIR,
                        traced_at=now - timedelta(minutes=30),
                        how_traced=HowTraced.POLICE_TEAM,
                        place="Dadar railway station",
                        locality=Locality.OTHER_PS_CITY,
                    ),
                )
                pdf = render_withdrawal_slip(svc.notices.withdrawal_slip(st.io, ref))
                _pdf_whole(pdf, pages=1, words=(notice_no,))
                return pdf, f"notice {notice_no} withdrawn once traced, 1 page, {len(pdf)} bytes"

            yield "withdrawn slip", "withdrawn-slip.pdf", traced
        finally:
            db.dispose()


def _issue(st: _Station, ref: str) -> str:
    st.svc.notices.request(st.io, ref)
    st.svc.notices.approve(st.sho, ref)
    return st.svc.notices.issue(st.io, ref).notice_no or ""


def _papers_while_missing(
    st: _Station, ref: str, notice_no: str, found_no: str
) -> Iterator[tuple[str, str, Maker]]:
    svc = st.svc

    def fir() -> tuple[bytes, str]:
        from reports.fir import render_fir

        papers = svc.notices.case_papers(st.writer, ref, "fir")
        number = papers.case.fir.number if papers.case.fir else ""
        pdf = render_fir(papers)
        pages = _pdf_whole(pdf, words=(number,))
        return pdf, f"FIR {number} of {ref}, {_pages(pages)}, {len(pdf)} bytes"

    notice_pdf: list[bytes] = []

    def notice() -> tuple[bytes, str]:
        from reports.notice import render_missing_notice

        data = svc.notices.missing_notice(st.io, ref)
        if not data.photo_jpeg:
            raise NotWhole("the notice has no photo")
        if not data.qr_text:
            raise NotWhole("the notice has no QR code")
        pdf = render_missing_notice(data)
        _pdf_whole(pdf, pages=1, words=(notice_no,), images=1)
        notice_pdf.append(pdf)
        return pdf, f"{notice_no} with photo and QR code, 1 page, {len(pdf)} bytes"

    def image(fmt: str, magic: bytes) -> Maker:
        def make() -> tuple[bytes, str]:
            from ui.pdf_render import pdf_to_image

            if not notice_pdf:
                raise NotWhole("not tried: the notice itself failed")
            data = pdf_to_image(notice_pdf[0], fmt=fmt)
            if not data.startswith(magic):
                raise NotWhole(f"QtPdf's image is not a {fmt.upper()} file")
            return data, f"the notice drawn by QtPdf, {len(data)} bytes"

        return make

    def found() -> tuple[bytes, str]:
        from reports.notice import render_found_notice

        pdf = render_found_notice(svc.notices.found_notice(st.io, found_no))
        _pdf_whole(pdf, pages=1, words=(found_no,))
        return pdf, f"{found_no} for a found child, 1 page, {len(pdf)} bytes"

    def bulk() -> tuple[bytes, str]:
        from reports.notice import render_bulk_sheet

        sheet = svc.notices.bulk_notices(st.io)
        pdf = render_bulk_sheet(sheet)
        _pdf_whole(pdf, pages=1, words=(notice_no,))
        return pdf, f"{len(sheet.entries)} notice(s) on 1 page, {len(pdf)} bytes"

    def case_sheet() -> tuple[bytes, str]:
        from reports.case_sheet import render_case_sheet

        pdf = render_case_sheet(svc.notices.case_papers(st.io, ref, "sheet"))
        pages = _pdf_whole(pdf, words=(ref,))
        return pdf, f"{ref}, {_pages(pages)}, {len(pdf)} bytes"

    # The station's copy of this week's return, with the annex of untraced children by name.
    # Made once, when the first of its files is made: a failure is that file's FAIL line.
    period = svc.returns.parse_period("this-week")
    made: list[ReturnDocument] = []

    def document() -> ReturnDocument:
        if not made:
            made.append(svc.returns.preview(st.sho, period, annex=True, include_names=True))
        return made[0]

    def return_pdf() -> tuple[bytes, str]:
        from reports.returns_pdf import return_pdf

        if not document().annex:
            raise NotWhole("the return has no annex although a child is missing")
        pdf = return_pdf(document(), st.zone)
        pages = _pdf_whole(pdf, words=(document().unit_code,))
        return pdf, f"{period.label} with the annex, {_pages(pages)}, {len(pdf)} bytes"

    def return_xlsx() -> tuple[bytes, str]:
        from reports.returns_xlsx import return_xlsx

        data = return_xlsx(document(), st.zone)
        sheets = xlsx_problem_or_sheets(data)
        return data, f"{len(sheets)} sheets ({', '.join(sheets)}), {len(data)} bytes"

    def return_csv() -> tuple[bytes, str]:
        from reports.returns_csv import annex_csv, return_csv

        data = return_csv(document())
        rows = csv_rows(data)
        annex_rows = csv_rows(annex_csv(document()))
        return data, f"{rows} rows, its annex {annex_rows} rows, {len(data)} bytes"

    def pfif() -> tuple[bytes, str]:
        from reports.pfif import pfif_xml

        data = pfif_xml(svc.interchange.pfif_export(st.io))
        persons = pfif_persons(data)
        return data, f"{persons} person record(s), well-formed XML, {len(data)} bytes"

    yield "FIR", "fir.pdf", fir
    yield "missing notice", "notice.pdf", notice
    yield "notice as PNG", "notice.png", image("png", b"\x89PNG")
    yield "notice as JPEG", "notice.jpg", image("jpeg", b"\xff\xd8\xff")
    yield "help-identify notice", "found-notice.pdf", found
    yield "bulk sheet", "bulk-sheet.pdf", bulk
    yield "case sheet", "case-sheet.pdf", case_sheet
    yield "return PDF", "return.pdf", return_pdf
    yield "return XLSX", "return.xlsx", return_xlsx
    yield "return CSV", "return.csv", return_csv
    yield "PFIF", "pfif.xml", pfif


def _pages(count: int) -> str:
    return f"{count} page{'s' if count != 1 else ''}"


def _pdf_whole(
    pdf: bytes, *, pages: int | None = None, words: tuple[str, ...] = (), images: int = 0
) -> int:
    from desktop.pdf_check import pdf_page_count, pdf_problem

    problem = pdf_problem(pdf, pages=pages, words=words)
    if problem:
        raise NotWhole(problem)
    if images and pdf.count(b"/Subtype /Image") < images:
        raise NotWhole("its photo is missing")
    return pdf_page_count(pdf)


def xlsx_problem_or_sheets(data: bytes) -> list[str]:
    """The workbook's sheet names, once openpyxl has opened it and found each sheet filled."""
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    try:
        book = load_workbook(io.BytesIO(data), read_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise NotWhole(f"the spreadsheet cannot be opened ({type(exc).__name__}: {exc})") from exc
    try:
        names = list(book.sheetnames)
        empty = [name for name in names if not any(book[name].iter_rows(max_row=2))]
    finally:
        book.close()
    if not names or empty:
        raise NotWhole(f"the spreadsheet has empty sheets: {', '.join(empty) or 'no sheets'}")
    return names


def csv_rows(data: bytes) -> int:
    """How many rows the CSV has; refused when it does not parse or its rows differ in width."""
    try:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise NotWhole(f"the CSV file cannot be read ({exc})") from exc
    if len(rows) < 2:
        raise NotWhole("the CSV file has no data rows")
    return len(rows)


def pfif_persons(data: bytes) -> int:
    """How many person records the PFIF file holds; refused when it is not well-formed XML."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise NotWhole(f"the PFIF file is not well-formed XML ({exc})") from exc
    if not root.tag.endswith("pfif"):
        raise NotWhole(f"the PFIF file's root element is {root.tag}, not pfif")
    persons = [el for el in root if el.tag.endswith("person")]
    if not persons:
        raise NotWhole("the PFIF file has no person record")
    return len(persons)
