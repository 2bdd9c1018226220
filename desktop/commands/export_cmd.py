"""``talash export …``: the register's open cases in interchange formats (PFIF 1.4)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli_support import acting, services
from desktop.context import AppContext


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help="export open cases for other agencies (PFIF 1.4)")
    verbs = p.add_subparsers(dest="export_verb", metavar="FORMAT", required=True)
    pfif = verbs.add_parser(
        "pfif",
        help="open cases as PFIF 1.4 person and note records (XML)",
        description="Every open case (missing, or traced and not yet closed) as a PFIF 1.4 "
        "person record with one note. Only what a lookout notice may show goes out: no phone "
        "numbers, street addresses, schools or narrative, and never where a traced person was "
        "found. Cases whose victim the law protects (sexual offences, trafficking) are left out "
        "unless the station head recorded an order of the fitting court or committee that "
        "permits portal records.",
    )
    pfif.add_argument("-o", "--output", metavar="FILE", help="write here (default: print)")
    pfif.set_defaults(handler=run_pfif)


def run_pfif(ctx: AppContext, args: argparse.Namespace) -> int:
    from models.atomic_file import atomic_write
    from reports.pfif import pfif_xml

    svc = services(ctx)
    export = svc.interchange.pfif_export(acting(ctx, svc))
    data = pfif_xml(export)
    if args.output:
        atomic_write(Path(args.output), data)
        print(f"{len(export.persons)} open cases written to {args.output}.", file=sys.stderr)
    else:
        sys.stdout.write(data.decode("utf-8"))
    if export.left_out:
        print(
            f"{export.left_out} cases left out: the victim's identity is protected and no order "
            "permits portal records.",
            file=sys.stderr,
        )
    return 0
