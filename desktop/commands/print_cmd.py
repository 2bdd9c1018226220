"""``talash print …``: the FIR, lookout notices (PDF or image), the bulk sheet, the case sheet.

Every print is audited (who printed which paper of which case). Notices are refused unless the
notice is issued and the person is still missing; see ``talash notice``.
"""

from __future__ import annotations

import argparse
import re
from datetime import datetime, time, timedelta
from pathlib import Path

from desktop.cli_support import acting, services, station_zone, write_output
from desktop.context import AppContext
from models.dto.notices import BulkFilter
from models.enums import Sex
from models.errors import UserError
from models.partial_date import DateProblem, PartialDate
from models.services import Services

LANGS = ("mr", "hi", "en")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "print",
        help="print the FIR, lookout notices and the case sheet to PDF (notices also to PNG/JPEG)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    verbs = p.add_subparsers(dest="print_verb", metavar="PAPER", required=True)

    def common(q: argparse.ArgumentParser, *, image: bool = False) -> None:
        kinds = "a .pdf, .png or .jpg file" if image else "a .pdf file"
        q.add_argument(
            "-o",
            "--output",
            metavar="FILE",
            help=f"where to write it ({kinds}; default: a name made from the reference)",
        )
        q.add_argument(
            "--lang",
            choices=LANGS,
            help="second language of the labels beside English (default: the station's language)",
        )

    fir = verbs.add_parser("fir", help="the FIR in the IIF-I layout (BNSS s.173), bilingual")
    fir.add_argument("ref", help="register number (MP/2026/0042) or case UUID")
    common(fir)
    fir.set_defaults(handler=run_fir)

    notice = verbs.add_parser(
        "notice", help="the issued lookout notice of a missing person (refused once traced)"
    )
    notice.add_argument("ref", help="notice number (LN/2026/0001) or the case's register number")
    notice.add_argument("--paper", choices=("A4", "A3"), default="A4", help="paper size")
    common(notice, image=True)
    notice.set_defaults(handler=run_notice)

    found = verbs.add_parser(
        "found-notice",
        help='the "found — help identify" notice (a found person or an unidentified dead body)',
    )
    found.add_argument("ref", help="notice number or the found person's reference (FP/2026/0007)")
    found.add_argument("--paper", choices=("A4", "A3"), default="A4", help="paper size")
    common(found, image=True)
    found.set_defaults(handler=run_found_notice)

    slip = verbs.add_parser(
        "withdrawal", help='the "traced — notice withdrawn" slip for a notice due for withdrawal'
    )
    slip.add_argument("ref", help="notice number or the case / found person's reference")
    common(slip, image=True)
    slip.set_defaults(handler=run_withdrawal)

    bulk = verbs.add_parser(
        "bulk", help="several missing persons per page, for railway stations and bus depots"
    )
    who = bulk.add_mutually_exclusive_group()
    who.add_argument("--child", action="store_true", help="children only")
    who.add_argument("--adult", action="store_true", help="adults only")
    bulk.add_argument("--sex", choices=[s.value for s in Sex])
    bulk.add_argument("--issued-from", metavar="DD-MM-YYYY", help="notices issued on or after")
    bulk.add_argument("--issued-to", metavar="DD-MM-YYYY", help="notices issued on or before")
    common(bulk)
    bulk.set_defaults(handler=run_bulk)

    sheet = verbs.add_parser("sheet", help="the whole case for the file, with the action log")
    sheet.add_argument("ref", help="register number or case UUID")
    common(sheet)
    sheet.set_defaults(handler=run_sheet)


# -- helpers ----------------------------------------------------------------------------------


def _lang(svc: Services, args: argparse.Namespace) -> str:
    if args.lang:
        return str(args.lang)
    station = svc.accounts.station().language
    return station if station in LANGS else "mr"


def _output(args: argparse.Namespace, stem: str, ref: str, *, image: bool) -> Path:
    if args.output:
        path = Path(args.output)
        allowed = {".pdf", ".png", ".jpg", ".jpeg"} if image else {".pdf"}
        if path.suffix.lower() not in allowed:
            raise UserError(f"{path.name}: give a file ending in {', '.join(sorted(allowed))}.")
        return path
    safe = re.sub(r"[^A-Za-z0-9]+", "-", ref).strip("-")
    return Path(f"{stem}-{safe}.pdf")


def _save(pdf: bytes, path: Path) -> None:
    """Write the PDF, or for a .png / .jpg name the image of its first page (made in memory
    with QtPdf: no temporary file holds the notice)."""
    from reports.images import RasterUnavailable, format_for

    fmt = format_for(path)
    if fmt is not None:
        from ui.pdf_render import pdf_to_image

        try:
            pdf = pdf_to_image(pdf, fmt=fmt)
        except RasterUnavailable as exc:
            raise UserError(str(exc)) from exc
    write_output(path, pdf, private=True)  # a printout holds personal data
    print(path)


def _date(text: str | None, name: str) -> PartialDate | None:
    if not text:
        return None
    try:
        return PartialDate.parse_indian(text)
    except DateProblem as exc:
        raise UserError(f"--{name}: {exc}") from exc


# -- verbs ------------------------------------------------------------------------------------


def run_fir(ctx: AppContext, args: argparse.Namespace) -> int:
    from reports.fir import render_fir

    svc = services(ctx)
    actor = acting(ctx, svc)
    papers = svc.notices.case_papers(actor, args.ref, "fir")
    path = _output(args, "fir", papers.case.register_no, image=False)
    _save(render_fir(papers, lang=_lang(svc, args)), path)
    return 0


def run_notice(ctx: AppContext, args: argparse.Namespace) -> int:
    from reports.notice import render_missing_notice

    svc = services(ctx)
    actor = acting(ctx, svc)
    notice = svc.notices.missing_notice(actor, args.ref)
    path = _output(args, "notice", notice.notice_no, image=True)
    _save(render_missing_notice(notice, lang=_lang(svc, args), paper=args.paper), path)
    return 0


def run_found_notice(ctx: AppContext, args: argparse.Namespace) -> int:
    from reports.notice import render_found_notice

    svc = services(ctx)
    actor = acting(ctx, svc)
    notice = svc.notices.found_notice(actor, args.ref)
    path = _output(args, "notice", notice.notice_no, image=True)
    _save(render_found_notice(notice, lang=_lang(svc, args), paper=args.paper), path)
    return 0


def run_withdrawal(ctx: AppContext, args: argparse.Namespace) -> int:
    from reports.notice import render_withdrawal_slip

    svc = services(ctx)
    actor = acting(ctx, svc)
    slip = svc.notices.withdrawal_slip(actor, args.ref)
    path = _output(args, "withdrawn", slip.notice_no, image=True)
    _save(render_withdrawal_slip(slip, lang=_lang(svc, args)), path)
    return 0


def run_bulk(ctx: AppContext, args: argparse.Namespace) -> int:
    from reports.notice import render_bulk_sheet

    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    start, end = _date(args.issued_from, "issued-from"), _date(args.issued_to, "issued-to")
    filters = BulkFilter(
        child=True if args.child else False if args.adult else None,
        sex=Sex(args.sex) if args.sex else None,
        issued_from=datetime.combine(start.earliest(), time(), zone) if start else None,
        issued_to=datetime.combine(end.latest() + timedelta(days=1), time(), zone) if end else None,
    )
    sheet = svc.notices.bulk_notices(actor, filters)
    path = _output(args, "missing-persons", svc.accounts.station().code, image=False)
    _save(render_bulk_sheet(sheet, lang=_lang(svc, args)), path)
    print(f"{len(sheet.entries)} notice(s) on the sheet")
    return 0


def run_sheet(ctx: AppContext, args: argparse.Namespace) -> int:
    from reports.case_sheet import render_case_sheet

    svc = services(ctx)
    actor = acting(ctx, svc)
    papers = svc.notices.case_papers(actor, args.ref, "sheet")
    path = _output(args, "case-sheet", papers.case.register_no, image=False)
    _save(render_case_sheet(papers, lang=_lang(svc, args)), path)
    return 0
