"""``talash case …``: the register from the command line (JSON in, JSON or CSV out)."""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import datetime, time, timedelta
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
    write_output,
)
from desktop.context import AppContext
from models.actor import Actor
from models.dto.cases import (
    ActionInput,
    CaseFilter,
    CaseInput,
    CaseRow,
    CaseSort,
    ClosureInput,
    ReasonsInput,
    ReunionInput,
    RiskInput,
    TraceInput,
)
from models.dto_codec import from_json
from models.enums import ActionType, CaseStatus, Portal, Sex
from models.errors import UserError
from models.limits import require_count
from models.partial_date import DateProblem, PartialDate
from models.rules.clocks import state_text
from models.services import Services
from reports.spreadsheet_safe import safe_csv_cell

CSV_COLUMNS = (
    "register_no",
    "status",
    "name",
    "other_names",
    "sex",
    "age_at_disappearance",
    "is_child",
    "reported_at",
    "last_seen_at",
    "last_seen_place",
    "fir_number",
    "io_name",
    "suspected_reason",
    "confirmed_reason",
    "overdue",
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("case", help="register, show, list and update cases", description=__doc__)
    verbs = p.add_subparsers(dest="case_verb", metavar="ACTION", required=True)

    add = verbs.add_parser("add", help="register a new case from a JSON file (docs/formats.md)")
    add.add_argument("file", help="the case as JSON ('-' for standard input)")
    add.set_defaults(handler=run_add)

    show = verbs.add_parser("show", help="show one case")
    show.add_argument("ref", help="register number (MP/2026/0042) or case UUID")
    show.add_argument("--json", action="store_true", help="the whole case as JSON")
    show.set_defaults(handler=run_show)

    ls = verbs.add_parser("list", help="list cases, newest first")
    ls.add_argument("--status", action="append", choices=[s.value for s in CaseStatus])
    ls.add_argument("--child", action="store_true", help="children only")
    ls.add_argument("--adult", action="store_true", help="adults only")
    ls.add_argument("--sex", choices=[s.value for s in Sex])
    ls.add_argument("--from", dest="date_from", metavar="DD-MM-YYYY", help="reported on or after")
    ls.add_argument("--to", dest="date_to", metavar="DD-MM-YYYY", help="reported on or before")
    ls.add_argument("--reason", metavar="CODE", help="reason category (2) or sub-reason (2.1)")
    ls.add_argument("--io", metavar="USER", help="cases of this investigating officer")
    ls.add_argument("--overdue", action="store_true", help="cases with a clock run out")
    ls.add_argument("--search", metavar="TEXT", help="names, aliases, register or FIR number")
    ls.add_argument("--sort", choices=CaseSort.ALL, default=CaseSort.REPORTED_DESC)
    ls.add_argument("--limit", type=int, default=0, help="at most this many (default: all)")
    out = ls.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true")
    out.add_argument("--csv", action="store_true")
    ls.set_defaults(handler=run_list)

    upd = verbs.add_parser("update", help="save an edited case (JSON as from 'case show --json')")
    upd.add_argument("ref")
    upd.add_argument("file", help="the edited case; its 'version' must be the one you started from")
    upd.add_argument(
        "--version", type=int, help="the version edited (default: the file's 'version')"
    )
    upd.set_defaults(handler=run_update)

    act = verbs.add_parser("action", help="append an entry to the action log")
    act.add_argument("ref")
    act.add_argument("type", choices=[a.value for a in ActionType])
    act.add_argument("--details", help="what was done")
    act.add_argument("--portal", choices=[p.value for p in Portal])
    act.add_argument("--reference", help="portal or message reference number")
    act.add_argument("--stations", help="stations or offices informed")
    act.add_argument("--at", metavar="YYYY-MM-DDTHH:MM", help="when it was done (default: now)")
    act.set_defaults(handler=run_action)

    for name, helptext, handler in (
        ("risk", "record a risk (re)assessment from JSON", run_risk),
        ("classify", "set the suspected/confirmed reason from JSON", run_classify),
        ("trace", "record the trace from JSON", run_trace),
        ("reunion", "record CWC production, handover and interviews from JSON", run_reunion),
        (
            "closure",
            "record closure steps (complainant informed, portals updated …) from JSON",
            run_closure,
        ),
    ):
        q = verbs.add_parser(name, help=helptext)
        q.add_argument("ref")
        q.add_argument("file")
        q.set_defaults(handler=handler)

    close = verbs.add_parser("close", help="close a traced case (station head; every step done)")
    close.add_argument("ref")
    close.add_argument("--remarks")
    close.set_defaults(handler=run_close)

    for name, helptext in (
        ("void", "mark an entry made in error as void (station head)"),
        ("reopen", "undo a trace recorded in error (station head)"),
    ):
        q = verbs.add_parser(name, help=helptext)
        q.add_argument("ref")
        q.add_argument("--reason", required=True)
        q.set_defaults(handler=run_status)

    rep = verbs.add_parser(
        "repeat",
        help="mark a case as a repeat episode of the same person's earlier case",
        description="Link a case to the same person's earlier register entry; the times "
        "missing before are then counted from the links. The station head undoes a link with "
        "--undo and a reason.",
    )
    rep.add_argument("ref", help="the later case")
    which = rep.add_mutually_exclusive_group(required=True)
    which.add_argument("--of", dest="earlier", metavar="EARLIER", help="the earlier case")
    which.add_argument("--undo", action="store_true", help="take the link back (station head)")
    rep.add_argument("--reason", help="why the link is taken back (with --undo)")
    rep.set_defaults(handler=run_repeat)

    ph = verbs.add_parser(
        "photo",
        help="make a stored photo the main one, remove it, or save a copy of it",
        description="A case's stored photos and their numbers are listed under 'photos' by "
        "'case show --json'. New photos are added by 'case update' (an entry with a 'file').",
    )
    ph.add_argument("ref", help="register number or case UUID")
    ph.add_argument("photo_id", type=int, metavar="PHOTO", help="the photo's number ('id')")
    what = ph.add_mutually_exclusive_group(required=True)
    what.add_argument("--primary", action="store_true", help="make it the main photo")
    what.add_argument("--remove", action="store_true", help="remove it from the case")
    what.add_argument("--save", metavar="FILE", help="write the photo (JPEG) to FILE")
    ph.set_defaults(handler=run_photo)

    tr = verbs.add_parser("transfer", help="transfer a case to another station (station head)")
    tr.add_argument("ref")
    tr.add_argument("--to", dest="to_station", required=True)
    tr.add_argument("--reason", required=True)
    tr.set_defaults(handler=run_status)


def refresh_matches(svc: Services, actor: Actor) -> None:
    """Work out the possible matches the save left due (it has committed): now, in this
    process, so that 'talash match' right after sees them. The case is saved either way."""
    try:
        svc.matching.refresh_due_matches(actor)
    except UserError as exc:
        print(
            f"warning: the possible matches are worked out later (at the next save or logon): "
            f"{exc}",
            file=sys.stderr,
        )


def run_add(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    data = load_input(CaseInput, args.file, zone)
    saved = svc.cases.register_case(actor, data)
    refresh_matches(svc, actor)
    print_warnings(saved.warnings)
    reg = saved.value.register_no
    for c in svc.duplicates.similar_cases(actor, data, exclude_ref=reg):
        why = "; ".join(c.reasons[:3])
        print(
            f"warning: may be the same person as {c.ref} {c.name} ({c.status.value}, reported "
            f"{local(c.reported_at, zone)}, fit {c.score}): {why}\n"
            f"  if so: talash case repeat {reg} --of {c.ref}",
            file=sys.stderr,
        )
    print(reg)
    return 0


def run_repeat(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    if args.undo:
        detail = svc.cases.undo_repeat(actor, args.ref, reason=args.reason or "")
        print(f"{detail.register_no} is no longer marked as a repeat episode")
        return 0
    if args.reason:
        raise UserError("--reason goes with --undo.")
    detail = svc.cases.mark_repeat(actor, args.ref, args.earlier)
    print(
        f"{detail.register_no} is a repeat episode of {detail.repeat_of}; missing "
        f"{detail.episodes_before} time(s) before"
    )
    return 0


def run_show(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    detail = svc.cases.case_detail(actor, args.ref)
    if args.json:
        print_json(detail, zone)
        return 0
    p = detail.person
    lines = [
        f"{detail.register_no}  {detail.status.value}  {detail.display_name}",
        f"  other names: {', '.join(p.names[1:] + p.aliases) or '-'}",
        f"  sex {p.sex.value}, age {detail.age_at_disappearance or '?'}"
        + (" (child)" if detail.is_child else ""),
        f"  last seen {local(detail.circumstances.last_seen_at, zone)} at "
        f"{detail.circumstances.last_seen_place}",
        f"  reported {local(detail.report.reported_at, zone)}; FIR "
        + (f"{detail.fir.number}" if detail.fir else "none"),
        f"  IO {detail.io_officer.describe() if detail.io_officer else '-'}",
    ]
    if detail.episodes or detail.episodes_before:
        episodes = ", ".join(
            f"{e.register_no} ({'earlier' if e.earlier else 'later'})" for e in detail.episodes
        )
        lines.append(
            f"  missing {detail.episodes_before} time(s) before"
            + (f"; episodes in the register: {episodes}" if episodes else "")
        )
    for clock in detail.clocks:
        state = state_text(clock, lambda instant: local(instant, zone))
        lines.append(f"  clock: {clock.label}: {state}")
    print("\n".join(lines))
    return 0


def _date(text: str | None, name: str) -> PartialDate | None:
    if not text:
        return None
    try:
        return PartialDate.parse_indian(text)
    except DateProblem as exc:
        raise UserError(f"--{name}: {exc}") from exc


def run_list(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    if args.child and args.adult:
        raise UserError("Choose --child or --adult, not both.")
    require_count(args.limit, "--limit", low=0)  # 0: all; a negative count is no count
    start, end = _date(args.date_from, "from"), _date(args.date_to, "to")
    filters = CaseFilter(
        statuses=tuple(CaseStatus(s) for s in args.status or ()),
        child=True if args.child else False if args.adult else None,
        sex=Sex(args.sex) if args.sex else None,
        reported_from=datetime.combine(start.earliest(), time(), zone) if start else None,
        reported_to=datetime.combine(end.latest() + timedelta(days=1), time(), zone)
        if end
        else None,
        reason_category=args.reason,
        io=args.io,
        overdue_only=args.overdue,
        text=args.search,
    )
    rows: list[CaseRow] = []
    cursor = None
    while True:
        page = svc.register.page_cases(actor, filters, sort=args.sort, cursor=cursor, limit=500)
        rows.extend(page.rows)
        cursor = page.next_cursor
        if cursor is None or (args.limit and len(rows) >= args.limit):
            break
    if args.limit:
        rows = rows[: args.limit]
    if args.json:
        print_json(rows, zone)
    elif args.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            values = [getattr(row, c) for c in CSV_COLUMNS]
            writer.writerow(
                [
                    safe_csv_cell(
                        local(v, zone) if isinstance(v, datetime) else getattr(v, "value", v)
                    )
                    for v in values
                ]
            )
    else:
        for row in rows:
            mark = " !" if row.overdue else ""
            age = row.age_at_disappearance if row.age_at_disappearance is not None else "?"
            print(
                f"{row.register_no}  {row.status.value:<11} {local(row.reported_at, zone)}  "
                f"{row.name} ({row.sex.value[0].upper()}, {age}){mark}"
            )
    return 0


def run_update(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    raw = read_json(args.file)
    if not isinstance(raw, dict):
        raise UserError(f"{args.file} should hold one case as a JSON object.")
    version = args.version if args.version is not None else raw.get("version")
    if not isinstance(version, int):
        raise UserError(
            "Say which version you edited: keep 'version' in the file or pass --version."
        )
    # The file may be the whole output of 'case show --json': only the editable sections count.
    editable = {k: v for k, v in raw.items() if k in CaseInput.__dataclass_fields__}
    # Stored photos (listed with their 'id') stay as they are; an entry naming a 'file' is added.
    photos = editable.pop("photos", None)
    if isinstance(photos, list):
        editable["photos"] = [p for p in photos if isinstance(p, dict) and "id" not in p]
    data = input_from(CaseInput, editable, Path(args.file).parent, zone)
    saved = svc.cases.update_case(actor, args.ref, data, version)
    refresh_matches(svc, actor)
    print_warnings(saved.warnings)
    print(f"{saved.value.register_no} saved (version {saved.value.version})")
    return 0


def run_photo(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    if args.save:
        detail = svc.cases.case_detail(actor, args.ref)
        if all(p.id != args.photo_id for p in detail.photos):
            raise UserError(f"Case {detail.register_no} has no photo {args.photo_id}.")
        path = write_output(Path(args.save), svc.cases.photo_jpeg(actor, args.photo_id))
        print(f"photo {args.photo_id} of {detail.register_no} written to {path}")
        return 0
    if args.primary:
        detail = svc.cases.set_primary_photo(actor, args.ref, args.photo_id)
        print(f"photo {args.photo_id} is the main photo of {detail.register_no}")
    else:
        detail = svc.cases.remove_photo(actor, args.ref, args.photo_id)
        print(f"photo {args.photo_id} removed from {detail.register_no}")
    return 0


def run_action(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    happened = None
    if args.at:
        happened = from_json(
            ActionInput, {"action_type": args.type, "happened_at": args.at}, zone=zone
        ).happened_at
    detail = svc.cases.add_action(
        actor,
        args.ref,
        ActionInput(
            action_type=ActionType(args.type),
            details=args.details,
            happened_at=happened,
            portal=Portal(args.portal) if args.portal else None,
            reference=args.reference,
            stations=args.stations,
        ),
    )
    print(f"action {detail.actions[-1].seq} recorded")
    return 0


def run_risk(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    saved = svc.cases.assess_risk(
        actor, args.ref, load_input(RiskInput, args.file, station_zone(svc))
    )
    print_warnings(saved.warnings)
    grade = saved.value.risk.grade.value if saved.value.risk else "-"
    print(f"{saved.value.register_no}: risk {grade}")
    return 0


def run_classify(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    detail = svc.cases.classify(
        actor, args.ref, load_input(ReasonsInput, args.file, station_zone(svc))
    )
    reasons = detail.reasons
    print(
        f"{detail.register_no}: suspected {reasons.suspected}, confirmed {reasons.confirmed or '-'}"
    )
    return 0


def run_trace(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    detail = svc.cases.record_trace(
        actor, args.ref, load_input(TraceInput, args.file, station_zone(svc))
    )
    print(f"{detail.register_no} traced")
    _print_steps(svc, actor, detail.register_no)
    return 0


def run_reunion(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    detail = svc.cases.record_reunion(
        actor, args.ref, load_input(ReunionInput, args.file, station_zone(svc))
    )
    print(f"{detail.register_no}: reunion recorded")
    _print_steps(svc, actor, detail.register_no)
    return 0


def run_closure(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    detail = svc.cases.record_closure_steps(
        actor, args.ref, load_input(ClosureInput, args.file, station_zone(svc))
    )
    print(f"{detail.register_no}: closure steps recorded")
    _print_steps(svc, actor, detail.register_no)
    return 0


def _print_steps(svc: Services, actor: Actor, ref: str) -> None:
    steps = svc.cases.closure_steps(actor, ref)
    if steps:
        print("still to do before closing:")
        for step in steps:
            print(f"  - {step.label}")


def run_close(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    detail = svc.cases.close_case(actor, args.ref, remarks=args.remarks)
    print(f"{detail.register_no} closed")
    return 0


def run_status(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    if args.case_verb == "void":
        detail = svc.cases.void_case(actor, args.ref, reason=args.reason)
    elif args.case_verb == "reopen":
        detail = svc.cases.reopen(actor, args.ref, reason=args.reason)
        refresh_matches(svc, actor)
    else:
        detail = svc.cases.transfer_case(
            actor, args.ref, to_station=args.to_station, reason=args.reason
        )
    print(f"{detail.register_no} is now {detail.status.value}")
    return 0
