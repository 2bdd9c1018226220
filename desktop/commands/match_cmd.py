"""``talash match …``: possible matches between found persons and missing-person cases.

``talash match FP/2026/0007`` lists the open cases that may be this found person, best first,
each with its score and its reasons; ``talash match MP/2026/0042`` lists the found persons in
care who may be this missing person. ``--not-a-match OTHER --reason TEXT`` records that the two
are not the same person, so the pair is never proposed again; ``--to-review`` prints how many
possible matches nobody has decided yet. Link a match with ``talash found link``.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from desktop.cli_support import acting, local, print_json, services, station_zone
from desktop.context import AppContext
from models.errors import NotFound, UserError
from models.limits import require_count
from models.services.matching import MatchCandidate


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "match",
        help="possible matches between found persons and missing-person cases",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "ref", nargs="?", help="a found-person number (FP/2026/0007), register number or UUID"
    )
    p.add_argument("--limit", type=int, default=20, help="at most this many (default 20)")
    p.add_argument("--json", action="store_true", help="the matches with their reasons as JSON")
    p.add_argument(
        "--not-a-match",
        metavar="OTHER",
        help="record that REF and OTHER (a case for a found person, or a found person for a "
        "case) are not the same person",
    )
    p.add_argument("--reason", help="why they are not the same person (with --not-a-match)")
    p.add_argument(
        "--to-review", action="store_true", help="how many possible matches await a decision"
    )
    p.set_defaults(handler=run_match)


def run_match(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    if args.to_review:
        if args.ref or args.not_a_match:
            raise UserError("--to-review takes no register or found-person number.")
        count = svc.matching.to_review(actor)
        print(count if not args.json else f'{{"to_review": {count}}}')
        return 0
    if not args.ref:
        raise UserError("Give a found-person number or a register number (or --to-review).")
    require_count(args.limit, "--limit")
    if args.reason and not args.not_a_match:
        raise UserError("--reason goes with --not-a-match (a link's reason: talash found link).")
    try:
        matches = svc.matching.matches_for_found(actor, args.ref, limit=args.limit)
        kind = "found"
    except NotFound:
        try:
            matches = svc.matching.matches_for_case(actor, args.ref, limit=args.limit)
            kind = "case"
        except NotFound:
            raise NotFound(
                f"There is no found person or case {args.ref} in this register."
            ) from None
    if args.not_a_match:
        if not args.reason:
            raise UserError("Say why they are not the same person: --reason TEXT.")
        found_ref, case_ref = (
            (args.ref, args.not_a_match) if kind == "found" else (args.not_a_match, args.ref)
        )
        svc.matching.reject(actor, found_ref, case_ref, args.reason)
        print(f"{found_ref} and {case_ref} recorded as not the same person")
        return 0
    zone = station_zone(svc)
    if args.json:
        print_json(list(matches), zone)
        return 0
    _print(matches, args.ref, kind, zone)
    return 0


def _print(matches: Sequence[MatchCandidate], ref: str, kind: str, zone: ZoneInfo) -> None:
    against = "open cases" if kind == "found" else "found persons in care"
    if not matches:
        print(f"No possible match for {ref} among the {against}.")
        return
    print(f"{ref}: possible matches among the {against}, best first")
    for i, m in enumerate(matches, 1):
        child = "child" if m.is_child else "adult"
        when = "last seen" if m.kind == "case" else "found"
        age = f", age {m.age_text}" if m.age_text else ""
        print(f"{i:>3}. {m.ref}  score {m.result.score}  {m.name} ({m.sex.value} {child}{age})")
        print(f"       {when} {local(m.at, zone)} at {m.place}")
        for s in m.result.signals:
            print(f"       {s.points:+5.1f}  {s.text}")
        for c in m.result.contradictions:
            print(f"       contradiction: {c}")
