"""``talash taxonomy``: the reason codes and their default sections, in any UI language."""

from __future__ import annotations

import argparse
import sys

from desktop.context import AppContext


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "taxonomy",
        help="list the reason codes (category.sub) with their default FIR sections",
        description=__doc__ + " Sections marked [unverified] await confirmation by the legal cell.",
    )
    p.add_argument("--lang", choices=["en", "mr", "hi"], default="en")
    p.add_argument("--json", action="store_true", help="the whole taxonomy as JSON")
    p.set_defaults(handler=run)


def run(ctx: AppContext, args: argparse.Namespace) -> int:
    from models.resource_files import resource_path
    from models.taxonomy import load_taxonomy

    if args.json:
        sys.stdout.write(resource_path("taxonomy", "reasons.json").read_text(encoding="utf-8"))
        return 0
    taxonomy = load_taxonomy()
    print(f"Reason taxonomy, version {taxonomy.version}")
    for category in taxonomy.categories:
        print(f"{category.code}  {category.label.get(args.lang)}")
        for reason in category.reasons:
            refs = ", ".join(
                ref.citation + (" [unverified]" if ref.unverified else "")
                for ref in reason.sections
            )
            print(
                f"  {reason.code:<5} {reason.label.get(args.lang)}"
                + (f"  — {refs}" if refs else "")
            )
    return 0
