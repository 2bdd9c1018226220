"""``talash return …``: the station's return to HQ — preview, signed package, files, drives."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli_support import acting, services, station_zone
from desktop.commands.keys_cmd import PASSPHRASE_ENV, station_signer
from desktop.context import AppContext
from models.returns.period import PERIOD_HELP

FORMAT_HELP = "comma-separated: xlsx,csv,pdf (default: all three)"
PUBLISH_HELP = (
    "for publication: counts below the policy's threshold (5 unless changed) shown as <5, and "
    "the counts that would give them away from the totals withheld as x"
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "return",
        help="the weekly (or monthly) return to HQ: preview, export, drive reports",
        description="Tables R1–R8 (docs/returns.md) computed in the database for a period. "
        "'export' makes the signed package for HQ plus XLSX, CSV and a PDF to sign; "
        f"the signing key's passphrase is asked at the prompt or taken from {PASSPHRASE_ENV}.",
    )
    verbs = p.add_subparsers(dest="return_verb", metavar="ACTION", required=True)

    show = verbs.add_parser("show", help="print the return's tables")
    show.add_argument("period", nargs="?", help=f"{PERIOD_HELP} (default: last week)")
    show.add_argument("--publish", action="store_true", help=PUBLISH_HELP)
    show.set_defaults(handler=run_show)

    export = verbs.add_parser(
        "export",
        help="make the signed, encrypted package for HQ, and the XLSX, CSV and PDF (station head)",
    )
    export.add_argument("period", nargs="?", help=f"{PERIOD_HELP} (default: last week)")
    export.add_argument("-o", "--output", metavar="DIR", required=True, help="folder to write to")
    export.add_argument(
        "--include-names",
        action="store_true",
        help="put the children's names in the annex of untraced children (only if HQ asked)",
    )
    export.add_argument(
        "--annex",
        action="store_true",
        help="print the annex of untraced children in the XLSX, CSV and PDF too (the package "
        "always carries it)",
    )
    export.add_argument("--format", default="xlsx,csv,pdf", help=FORMAT_HELP)
    export.set_defaults(handler=run_export)

    files = verbs.add_parser(
        "files", help="write the return as XLSX, CSV and PDF only (no package)"
    )
    files.add_argument("period", nargs="?", help=f"{PERIOD_HELP} (default: last week)")
    files.add_argument("-o", "--output", metavar="DIR", required=True, help="folder to write to")
    files.add_argument("--publish", action="store_true", help=PUBLISH_HELP)
    files.add_argument(
        "--annex",
        action="store_true",
        help="add the untraced children (station head; never with --publish)",
    )
    files.add_argument("--include-names", action="store_true", help="names in the annex")
    files.add_argument("--format", default="xlsx,csv,pdf", help=FORMAT_HELP)
    files.set_defaults(handler=run_files)

    drive = verbs.add_parser("drive", help="the report of a drive (Operation Muskaan / Smile)")
    drive.add_argument("name", help="the drive's name, as in 'talash drive list'")
    drive.add_argument("-o", "--output", metavar="DIR", required=True, help="folder to write to")
    drive.add_argument("--publish", action="store_true", help=PUBLISH_HELP)
    drive.add_argument("--format", default="xlsx,csv,pdf", help=FORMAT_HELP)
    drive.set_defaults(handler=run_drive)

    log = verbs.add_parser("log", help="the packages this station has sent")
    log.set_defaults(handler=run_log)


def formats(text: str) -> list[str]:
    from models.errors import UserError
    from reports.returns_files import FORMATS

    chosen = [f.strip().lower() for f in text.split(",") if f.strip()]
    wrong = [f for f in chosen if f not in FORMATS]
    if wrong or not chosen:
        raise UserError(
            f"--format takes {', '.join(FORMATS)}; not {', '.join(wrong) or 'nothing'}."
        )
    return chosen


def run_show(ctx: AppContext, args: argparse.Namespace) -> int:
    from reports.returns_text import return_text

    svc = services(ctx)
    actor = acting(ctx, svc)
    doc = svc.returns.preview(actor, svc.returns.parse_period(args.period), publish=args.publish)
    print(return_text(doc, station_zone(svc)), end="")
    return 0


def run_export(ctx: AppContext, args: argparse.Namespace) -> int:
    from reports.returns_files import write_return_files

    wanted = formats(args.format)
    svc = services(ctx)
    actor = acting(ctx, svc)
    period = svc.returns.parse_period(args.period)
    signer = station_signer(ctx)
    folder = Path(args.output)
    result = svc.returns.export_package(
        actor,
        period,
        folder,
        signer,
        include_names=args.include_names,
        annex_in_document=args.annex,
    )
    written = write_return_files(result.document, folder, station_zone(svc), wanted)
    print(f"Package {result.seq} for {period.describe()}: {result.path}")
    print(f"SHA-256 {result.sha256}")
    for path in written:
        print(f"written {path}")
    return 0


def run_files(ctx: AppContext, args: argparse.Namespace) -> int:
    from reports.returns_files import write_return_files

    wanted = formats(args.format)
    svc = services(ctx)
    actor = acting(ctx, svc)
    doc = svc.returns.preview(
        actor,
        svc.returns.parse_period(args.period),
        publish=args.publish,
        annex=args.annex,
        include_names=args.include_names,
    )
    for path in write_return_files(doc, Path(args.output), station_zone(svc), wanted):
        print(f"written {path}")
    return 0


def run_drive(ctx: AppContext, args: argparse.Namespace) -> int:
    from reports.returns_files import write_return_files

    wanted = formats(args.format)
    svc = services(ctx)
    actor = acting(ctx, svc)
    doc = svc.drives.drive_report(actor, args.name, publish=args.publish)
    for path in write_return_files(doc, Path(args.output), station_zone(svc), wanted):
        print(f"written {path}")
    return 0


def run_log(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    rows = svc.returns.export_log(actor)
    if not rows:
        print("No return has been sent from this register yet.")
    for r in rows:
        names = " (with names)" if r.include_names else ""
        print(
            f"{r.seq:5d}  {r.period.label:24s} {r.created_at.astimezone(zone):%d-%m-%Y %H:%M}  "
            f"{r.created_by:14s} {r.sha256[:16]}…  {r.file_name}{names}"
        )
    return 0
