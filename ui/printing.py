"""The printouts a case or a found person offers, rendered off the window's thread and shown
in the PDF preview (print, save, open in the PDF viewer). Each print is audited by the service
that hands over the data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from models.dto.notices import BulkFilter
from reports.case_sheet import render_case_sheet
from reports.fir import render_fir
from reports.notice import (
    render_bulk_sheet,
    render_found_notice,
    render_missing_notice,
    render_withdrawal_slip,
)
from ui.desk import Desk
from ui.pdf_preview import PdfPreview
from ui.tasks import Cancelled, Progress, run_with_progress

Render = Callable[[Desk, str], tuple[bytes, str]]  # (PDF, file name stem)


def _lang(desk: Desk) -> str:
    return desk.station.language if desk.station.language in ("mr", "hi") else "mr"


def _fir(desk: Desk, ref: str) -> tuple[bytes, str]:
    papers = desk.services.notices.case_papers(desk.actor, ref, "fir")
    return render_fir(papers, lang=_lang(desk)), f"FIR {papers.case.register_no}"


def _sheet(desk: Desk, ref: str) -> tuple[bytes, str]:
    papers = desk.services.notices.case_papers(desk.actor, ref, "sheet")
    return render_case_sheet(papers, lang=_lang(desk)), f"case sheet {papers.case.register_no}"


def _missing_notice(desk: Desk, ref: str) -> tuple[bytes, str]:
    notice = desk.services.notices.missing_notice(desk.actor, ref)
    return render_missing_notice(notice, lang=_lang(desk)), f"notice {notice.notice_no}"


def _found_notice(desk: Desk, ref: str) -> tuple[bytes, str]:
    notice = desk.services.notices.found_notice(desk.actor, ref)
    return render_found_notice(notice, lang=_lang(desk)), f"notice {notice.notice_no}"


def _withdrawal_slip(desk: Desk, ref: str) -> tuple[bytes, str]:
    slip = desk.services.notices.withdrawal_slip(desk.actor, ref)
    return render_withdrawal_slip(slip, lang=_lang(desk)), f"withdrawn {slip.notice_no}"


@dataclass(frozen=True)
class Paper:
    key: str
    label: str
    render: Render
    image: bool = False  # also offered as a picture (notices go to messaging groups)

    def shown_label(self) -> str:
        """The label in the window's language (``label`` is the English source)."""
        return QCoreApplication.translate("printing", self.label)


NOTICE_PAPER = Paper(
    "notice",
    str(QT_TRANSLATE_NOOP("printing", "Lookout notice (issued notices only)")),
    _missing_notice,
    True,
)
FOUND_NOTICE_PAPER = Paper(
    "found-notice", str(QT_TRANSLATE_NOOP("printing", "Found person notice")), _found_notice, True
)
WITHDRAWAL_PAPER = Paper(
    "withdrawal",
    str(QT_TRANSLATE_NOOP("printing", '"Traced — notice withdrawn" slip')),
    _withdrawal_slip,
    True,
)
CASE_PAPERS = (
    Paper("fir", str(QT_TRANSLATE_NOOP("printing", "FIR (IIF-I)")), _fir),
    Paper("sheet", str(QT_TRANSLATE_NOOP("printing", "Case sheet")), _sheet),
    NOTICE_PAPER,
)
FOUND_PAPERS = (FOUND_NOTICE_PAPER,)


def show_printout(parent: QWidget | None, desk: Desk, paper: Paper, ref: str) -> None:
    """Render in the background (with a progress dialog), then preview."""

    def work(progress: Progress, _cancelled: Cancelled) -> tuple[bytes, str]:
        progress(0, 1)
        result = paper.render(desk, ref)
        progress(1, 1)
        return result

    def done(result: tuple[bytes, str]) -> None:
        pdf, stem = result
        preview = PdfPreview(
            pdf,
            title=paper.shown_label(),
            file_stem=stem,
            outbox_dir=desk.outbox_dir,
            image_export=paper.image,
            parent=parent,
        )
        preview.exec()

    label = paper.shown_label()
    preparing = QCoreApplication.translate("printing", "Preparing: {paper}…").format(paper=label)
    run_with_progress(parent, label, preparing, work, done)


def show_bulk_sheet(parent: QWidget | None, desk: Desk) -> None:
    """Every issued lookout notice on a few sheets (for railway stations and bus depots)."""

    def work(progress: Progress, _cancelled: Cancelled) -> tuple[bytes, int]:
        progress(0, 2)
        sheet = desk.services.notices.bulk_notices(desk.actor, BulkFilter())
        progress(1, 2)
        pdf = render_bulk_sheet(sheet, lang=_lang(desk))
        progress(2, 2)
        return pdf, len(sheet.entries)

    def done(result: tuple[bytes, int]) -> None:
        pdf, count = result
        PdfPreview(
            pdf,
            title=QCoreApplication.translate(
                "printing", "Missing persons sheet ({count} notices)"
            ).format(count=count),
            file_stem=f"missing persons {desk.station.code}",
            outbox_dir=desk.outbox_dir,
            parent=parent,
        ).exec()

    run_with_progress(
        parent,
        QCoreApplication.translate("printing", "Missing persons sheet"),
        QCoreApplication.translate("printing", "Preparing the sheet…"),
        work,
        done,
    )
