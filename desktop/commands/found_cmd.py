"""``talash found …``: persons found without a report here (begging, labour, lost …) and
unidentified dead bodies (kind ``dead_body``, with the inquest / U.D. number)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli_support import (
    acting,
    input_from,
    load_input,
    local,
    print_json,
    print_warnings,
    read_json,
    services,
    station_zone,
)
from desktop.context import AppContext
from models.dto.found import BodyFacts, FoundInput
from models.enums import FoundKind, FoundStatus
from models.errors import UserError
from models.rules.clocks import state_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("found", help="record and link found persons", description=__doc__)
    verbs = p.add_subparsers(dest="found_verb", metavar="ACTION", required=True)
    add = verbs.add_parser("add", help="record a found person from a JSON file (docs/formats.md)")
    add.add_argument("file")
    add.set_defaults(handler=run_add)
    show = verbs.add_parser("show", help="show one found person")
    show.add_argument("ref", help="found-person number (FP/2026/0007) or UUID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)
    ls = verbs.add_parser("list", help="list found persons, newest first")
    ls.add_argument("--status", choices=[s.value for s in FoundStatus])
    ls.add_argument(
        "--kind", choices=[k.value for k in FoundKind], help="living persons or dead bodies only"
    )
    ls.add_argument("--search", metavar="TEXT")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=run_list)
    upd = verbs.add_parser(
        "update",
        help="save an edited found person (JSON as from 'found show --json')",
        description="Save an edited found person: CWC production and order, the child care "
        "institution, the portal upload (JJ Act s.32: portal_uploaded_at, portal, "
        "portal_reference), the description, and new photos (each 'file' in 'photos' is added, "
        "read relative to the JSON file). The file may be the whole output of "
        "'found show --json' or its 'found' part.",
    )
    upd.add_argument("ref", help="found-person number (FP/2026/0007) or UUID")
    upd.add_argument("file", help="the edited found person; '-' for standard input")
    upd.add_argument(
        "--version", type=int, help="the version edited (default: the file's 'version')"
    )
    upd.add_argument(
        "--photo",
        action="append",
        default=[],
        metavar="FILE",
        help="add this photo too (may be given more than once)",
    )
    upd.set_defaults(handler=run_update)
    link = verbs.add_parser("link", help="link a found person to a missing-person case")
    link.add_argument("ref", help="found-person number")
    target = link.add_mutually_exclusive_group(required=True)
    target.add_argument("case", nargs="?", help="register number of a case of this station")
    target.add_argument("--other-station", metavar="REF", help="a case at another station")
    link.add_argument(
        "--reason",
        help="why the link stands although the records contradict each other "
        "(see 'talash match'); audited",
    )
    link.set_defaults(handler=run_link)


def run_add(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    saved = svc.found.add_found(actor, load_input(FoundInput, args.file, station_zone(svc)))
    print_warnings(saved.warnings)
    print(saved.value.ref_no)
    return 0


def run_show(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    detail = svc.found.found_detail(actor, args.ref)
    if args.json:
        print_json(detail, zone)
        return 0
    f = detail.found
    print(f"{detail.ref_no}  {detail.status.value}  {detail.display_name}")
    if f.is_body:
        print(f"  UNIDENTIFIED DEAD BODY found {local(f.found_at, zone)} at {f.found_place}")
        _show_body(f.body)
    else:
        activity = f.activity.value if f.activity else "?"
        print(f"  found {local(f.found_at, zone)} at {f.found_place} ({activity})")
    print(
        f"  sex {f.person.sex.value}, age {detail.age or '?'}"
        + (" (child)" if detail.is_child else "")
    )
    for clock in (detail.clock, detail.upload_clock):
        if clock is not None:
            state = state_text(clock, lambda instant: local(instant, zone))
            print(f"  clock: {clock.label}: {state}")
    if f.portal_uploaded_at is not None:
        portal = f.portal.value if f.portal else "?"
        ref = f" ({f.portal_reference})" if f.portal_reference else ""
        print(f"  on the portal: {portal}{ref}, {local(f.portal_uploaded_at, zone)}")
    if detail.linked_case or detail.linked_external_ref:
        print(f"  linked to {detail.linked_case or detail.linked_external_ref}")
    return 0


def _show_body(body: BodyFacts | None) -> None:
    if body is None:
        return
    inquest = body.inquest_no or "?"
    if body.inquest_station:
        inquest += f" ({body.inquest_station})"
    if body.inquest_date:
        inquest += f" on {body.inquest_date.isoformat()}"
    print(f"  inquest / U.D. {inquest}")
    if body.postmortem_ref or body.postmortem_hospital:
        pm = ", ".join(x for x in (body.postmortem_ref, body.postmortem_hospital) if x)
        print(f"  post-mortem {pm}")
    if body.disposal:
        on = body.disposed_on.isoformat() if body.disposed_on else "?"
        print(
            f"  {body.disposal.value} on {on}"
            + (f" at {body.disposal_place}" if body.disposal_place else "")
        )
    elif body.kept_at:
        print(f"  kept at {body.kept_at}")


def run_list(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    rows = svc.found.list_found(
        actor,
        status=FoundStatus(args.status) if args.status else None,
        text=args.search,
        kind=FoundKind(args.kind) if args.kind else None,
    )
    if args.json:
        print_json(rows, zone)
        return 0
    for r in rows:
        link = f"  → {r.linked_case}" if r.linked_case else ""
        when = local(r.found_at, zone)
        what = "dead body" if r.kind is FoundKind.DEAD_BODY else r.activity or "?"
        print(f"{r.ref_no}  {r.status.value:<8} {when}  {r.name} ({what}){link}")
    return 0


def run_update(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    raw = read_json(args.file)
    if not isinstance(raw, dict):
        raise UserError(f"{args.file} should hold one found person as a JSON object.")
    version = args.version if args.version is not None else raw.get("version")
    if not isinstance(version, int):
        raise UserError(
            "Say which version you edited: keep 'version' in the file or pass --version."
        )
    # The whole output of 'found show --json' holds the editable record under "found".
    body = raw["found"] if isinstance(raw.get("found"), dict) else raw
    editable = {k: v for k, v in body.items() if k in FoundInput.__dataclass_fields__}
    editable["photos"] = [
        *(editable.get("photos") or []),
        *({"file": str(Path(f).resolve())} for f in args.photo),
    ]
    base = Path(args.file).parent if args.file != "-" else Path.cwd()
    data = input_from(FoundInput, editable, base, zone)
    saved = svc.found.update_found(actor, args.ref, data, version)
    print_warnings(saved.warnings)
    print(f"{saved.value.ref_no} saved (version {saved.value.version})")
    return 0


def run_link(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    detail = svc.found.link(
        actor, args.ref, case_ref=args.case, external_ref=args.other_station, reason=args.reason
    )
    print(f"{detail.ref_no} linked to {detail.linked_case or detail.linked_external_ref}")
    return 0
