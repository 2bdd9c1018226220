"""``talash import register``: bring a paper or Excel register into Talash, all rows or none."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli_support import acting, services
from desktop.context import AppContext
from models.errors import UserError


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


def run_register(ctx: AppContext, args: argparse.Namespace) -> int:
    from models.services.legacy_import import read_mapping

    try:
        data = Path(args.file).read_bytes()
        mapping = read_mapping(Path(args.mapping).read_bytes(), args.mapping)
    except OSError as exc:
        raise UserError(f"{exc.filename} cannot be read: {exc.strerror}.") from exc
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
