"""``talash import register``: bring a paper or Excel register into Talash, all rows or none."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli_support import acting, services
from desktop.context import AppContext
from models.limits import MAX_SMALL_FILE_BYTES, read_limited


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import", help="import an earlier register (XLSX or CSV)")
    verbs = p.add_subparsers(dest="import_verb", metavar="WHAT", required=True)
    reg = verbs.add_parser(
        "register",
        help="import the rows of a register sheet, checked like cases typed at the desk",
        description="Each row is checked by the same rules as the case form. If any row is "
        "refused, nothing is imported: the report lists each refused row with its number and "
        "reasons. The mapping file says which column holds what (docs/formats.md). "
        "Importing needs the station head; --dry-run only checks.",
    )
    reg.add_argument("file", help="the register: .xlsx or .csv (UTF-8)")
    reg.add_argument("--mapping", required=True, metavar="JSON", help="the column mapping file")
    reg.add_argument("--dry-run", action="store_true", help="check every row, import nothing")
    reg.set_defaults(handler=run_register)
    notice = verbs.add_parser(
        "match-notice",
        help="take in HQ's possible-match notice onto the case or found person it names",
        description="The notice must be signed with the HQ notice key this station trusts "
        "('talash keys trust-hq-notices'), be meant for this station, and not have been "
        "imported before; otherwise it is refused with the reason.",
    )
    notice.add_argument("file", help="the notice file (.talash-match)")
    notice.set_defaults(handler=run_match_notice)


def run_register(ctx: AppContext, args: argparse.Namespace) -> int:
    from models.services.legacy_import import MAX_FILE_BYTES, read_mapping

    data = read_limited(args.file, MAX_FILE_BYTES)
    mapping = read_mapping(read_limited(args.mapping, MAX_SMALL_FILE_BYTES), args.mapping)
    svc = services(ctx)
    actor = acting(ctx, svc)
    report = svc.legacy_import.import_register(
        actor, data, Path(args.file).name, mapping, dry_run=args.dry_run
    )
    for row in report.rows:
        if row.accepted:
            where = f" as {row.register_no}" if row.register_no else ""
            print(f"row {row.row}: accepted{where}  {row.name}")
        else:
            print(f"row {row.row}: REFUSED  {row.name}")
            for problem in row.problems:
                print(f"    - {problem}")
        for warning in row.warnings:
            print(f"    warning: {warning}")
    accepted, refused = len(report.accepted), len(report.refused)
    print(f"{accepted} rows accepted, {refused} refused.")
    if report.imported:
        print(f"Imported {accepted} cases from {report.file_name}.")
        return 0
    if args.dry_run and not refused:
        print("Dry run: nothing was imported. Run again without --dry-run to import.")
        return 0
    print("Nothing was imported: correct the refused rows and run again.")
    return 1


def run_match_notice(ctx: AppContext, args: argparse.Namespace) -> int:
    from models.packages.match_notice import MAX_NOTICE_BYTES

    data = read_limited(args.file, MAX_NOTICE_BYTES)
    svc = services(ctx)
    actor = acting(ctx, svc)
    got = svc.match_notices.import_notice(actor, data, Path(args.file).name)
    other = got.other
    contact = ", ".join(p for p in (other.phone, other.email) if p) or "no contact given"
    print(
        f"Imported onto {got.own_ref}: may be {other.ref} at {other.station_name} "
        f"({other.station_code}; {contact}), score {got.score}."
    )
    for s in got.signals:
        print(f"    {s.points:+5.1f}  {s.text}")
    for why_not in got.contradictions:
        print(f"    but: {why_not}")
    return 0
