"""``talash hq …``: headquarters — trust stations, import their returns, consolidate, chase."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli_support import acting, services, station_zone, write_output
from desktop.commands.keys_cmd import PASSPHRASE_ENV, key_passphrase, key_store
from desktop.commands.return_cmd import FORMAT_HELP, PUBLISH_HELP, formats
from desktop.context import AppContext
from models.errors import UserError
from models.limits import MAX_SMALL_FILE_BYTES, read_limited, require_count
from models.packages.package import SUFFIX, package_files
from models.returns.period import PERIOD_HELP
from models.returns.rollup import ROLLUP_HELP


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "hq",
        help="headquarters: import stations' returns, consolidate, see who is late",
        description="Run against an HQ database (its own database, PostgreSQL recommended: "
        "--db postgresql://…). HQ's sealing key is made with 'talash keys init' there; its "
        f"passphrase is asked at the prompt or taken from {PASSPHRASE_ENV}.",
    )
    verbs = p.add_subparsers(dest="hq_verb", metavar="ACTION", required=True)

    init = verbs.add_parser(
        "init", help="set up an HQ database: the HQ unit, its head and the first HQ clerk"
    )
    init.add_argument("--code", required=True, help="HQ unit code, e.g. MH-MUM-CP")
    init.add_argument("--name", required=True, help="e.g. 'Commissioner of Police, Mumbai'")
    init.add_argument("--name-local")
    init.add_argument("--district", required=True)
    init.add_argument("--state", required=True)
    init.add_argument("--head-username", required=True)
    init.add_argument("--head-name", required=True)
    init.add_argument("--head-rank", default="Deputy Commissioner of Police")
    init.add_argument("--clerk-username", required=True)
    init.add_argument("--clerk-name", required=True)
    init.add_argument("--clerk-rank", default="Head Clerk")
    init.set_defaults(handler=run_init)

    trust = verbs.add_parser(
        "trust", help="trust a station's public key file (check its fingerprint by phone first)"
    )
    trust.add_argument("file", metavar="STATION_PUBKEY_FILE")
    trust.set_defaults(handler=run_trust)

    stations = verbs.add_parser("stations", help="the trusted stations and their key fingerprints")
    stations.set_defaults(handler=run_stations)

    imp = verbs.add_parser(
        "import",
        help="import return packages (files or folders); each is checked, then all-or-nothing",
        description="Each package is checked (signature, hashes, order, replay) and imported "
        "whole or refused with its reason; exit 1 if any was refused. A package whose station's "
        "audit trail does not extend the one HQ holds from its previous package (history "
        "rewritten) is imported with a WARNING line, listed by 'talash hq status' and recorded "
        "in HQ's audit trail.",
    )
    imp.add_argument("files", nargs="+", metavar="FILE", help=f"packages ({SUFFIX}) or folders")
    imp.set_defaults(handler=run_import)

    ret = verbs.add_parser("return", help="the consolidated return across stations")
    ret.add_argument("period", nargs="?", help=f"{PERIOD_HELP} (default: last week)")
    ret.add_argument("-o", "--output", metavar="DIR", required=True, help="folder to write to")
    ret.add_argument("--publish", action="store_true", help=PUBLISH_HELP + "; no annex")
    ret.add_argument("--format", default="xlsx,csv,pdf", help=FORMAT_HELP)
    ret.set_defaults(handler=run_return)

    roll = verbs.add_parser(
        "rollup",
        help="the consolidated return of a month, quarter or year, from the weekly returns",
        description="Adds up the weekly returns HQ holds for the period: a week belongs whole "
        "to the month that holds its Thursday (November 2026 is ISO weeks 45 to 48, 2 to 29 "
        "November); flows add up over the weeks, the untraced at start and end are the first "
        "and last week's. A station whose week is missing is flagged (S1, the notes and a "
        "MISSING line); its figures cover only the weeks received. Exit 0 either way.",
    )
    roll.add_argument("period", help=ROLLUP_HELP)
    roll.add_argument("-o", "--output", metavar="DIR", required=True, help="folder to write to")
    roll.add_argument("--publish", action="store_true", help=PUBLISH_HELP + "; no annex")
    roll.add_argument("--format", default="xlsx,csv,pdf", help=FORMAT_HELP)
    roll.set_defaults(handler=run_rollup)

    status = verbs.add_parser("status", help="which stations sent which weeks; who is late")
    status.add_argument("--weeks", type=int, default=8, help="how many past weeks to show")
    status.add_argument(
        "--grace-days", type=int, default=2, help="days after a week ends before it is late"
    )
    status.set_defaults(handler=run_status)

    matches = verbs.add_parser(
        "matches",
        help="possible matches across stations: found persons of each station against the "
        "open cases of the others",
        description="Scores every found person and body that the stations' latest packages "
        "list against the open cases of the other stations (a station sees its own pairs), "
        "best first, each with why and why not. Needs an HQ clerk.",
    )
    matches.add_argument("--json", action="store_true", help="print the matches as JSON")
    matches.add_argument("--pdf", metavar="FILE", help="also write the printout to FILE")
    matches.add_argument(
        "--min-score", type=int, default=None, help="lowest score shown (default: the threshold)"
    )
    matches.add_argument("--lang", default="mr", help="the printout's second language: mr or hi")
    matches.set_defaults(handler=run_matches)

    send = verbs.add_parser(
        "send-match",
        help="write signed possible-match notices about one pair, one for each station",
        description="Writes two notice files (one for the found person's station, one for the "
        "case's) signed with HQ's notice key; its passphrase is asked at the prompt or taken "
        f"from {PASSPHRASE_ENV}. The files are signed, not sealed: hand them over by the "
        "official channel only.",
    )
    send.add_argument("found_ref", metavar="FOUND_REF", help="the found person's number")
    send.add_argument("case_ref", metavar="CASE_REF", help="the missing person's register number")
    send.add_argument("--found-station", help="the found person's station, if the number is shared")
    send.add_argument("--case-station", help="the case's station, if the number is shared")
    send.add_argument("-o", "--output", metavar="DIR", required=True, help="folder to write to")
    send.set_defaults(handler=run_send_match)

    nkey = verbs.add_parser(
        "notice-key",
        help="HQ's key for signing possible-match notices: make it, or write its public file",
    )
    nkey.add_argument("--init", action="store_true", help="make the key (once)")
    nkey.add_argument("--replace", action="store_true", help="with --init: make a new key")
    nkey.add_argument("-o", "--output", metavar="FILE", help="write the public key file here")
    nkey.set_defaults(handler=run_notice_key)


def run_init(ctx: AppContext, args: argparse.Namespace) -> int:
    from models.dto.accounts import NewUser, StationInput
    from models.enums import Role
    from models.services.hq import HqService

    db = ctx.open_db(create=True)
    unit = StationInput(
        code=args.code,
        name=args.name,
        name_local=args.name_local,
        district=args.district,
        state=args.state,
    )
    head = NewUser(args.head_username, args.head_name, args.head_rank, Role.SHO)
    clerk = NewUser(args.clerk_username, args.clerk_name, args.clerk_rank, Role.HQ_CLERK)
    info = HqService(db, ctx.clock).init_hq(
        unit,
        head,
        ctx.password_for(args.head_username),
        clerk,
        ctx.password_for(args.clerk_username),
        desk=ctx.settings.desk_name,
    )
    print(f"HQ database for {info.code} ({info.name}) is set up in {db.describe()}.")
    print("Next: make HQ's key (talash keys init) and send its public key to the stations.")
    return 0


def run_trust(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    data = read_limited(args.file, MAX_SMALL_FILE_BYTES)
    info = svc.hq.trust_station(actor, data, source=args.file)
    print(f"Trusted {info.station_code} ({info.station_name}); fingerprint {info.fingerprint}.")
    return 0


def run_stations(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    for s in svc.hq.trusted_stations(acting(ctx, svc)):
        print(f"{s.station_code:14s} {s.fingerprint}  {s.station_name}")
    return 0


def run_import(ctx: AppContext, args: argparse.Namespace) -> int:
    from models.services.hq import REFUSED

    svc = services(ctx)
    actor = acting(ctx, svc)
    paths = package_files(Path(name) for name in args.files)
    if not paths:
        raise UserError(f"No return packages ({SUFFIX}) were found there.")
    opener = key_store(ctx).hq_opener(key_passphrase())
    receipts = svc.hq.import_files(actor, paths, opener)
    for r in receipts:
        word = {"imported": "IMPORTED", "already_imported": "ALREADY", "refused": "REFUSED"}
        print(f"{word[r.status]:9s} {r.file_name}: {r.message}")
        if r.warning:
            print(f"{'WARNING':9s} {r.file_name}: {r.warning}")
    refused = sum(1 for r in receipts if r.status == REFUSED)
    print(f"{len(receipts) - refused} of {len(receipts)} packages accepted.")
    return 1 if refused else 0


def run_return(ctx: AppContext, args: argparse.Namespace) -> int:
    from models.returns.period import parse_period
    from reports.returns_files import write_return_files

    wanted = formats(args.format)
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    from models.clock import local_today

    period = parse_period(args.period, local_today(ctx.clock, zone))
    doc = svc.hq.consolidated(actor, period, publish=args.publish)
    for path in write_return_files(doc, Path(args.output), zone, wanted):
        print(f"written {path}")
    return 0


def run_rollup(ctx: AppContext, args: argparse.Namespace) -> int:
    from models.returns.rollup import parse_rollup
    from models.services.hq_rollup import HqRollupService
    from reports.returns_files import write_return_files

    wanted = formats(args.format)
    span = parse_rollup(args.period)
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    rollup = HqRollupService(svc.db, ctx.clock).rollup(actor, span, publish=args.publish)
    print(f"{span.describe()}.")
    for station in rollup.stations:
        got = f"{len(station.received)} of {len(span.weeks)} weeks"
        print(f"{station.station_code:15s} {got}")
        if station.missing:
            print(f"{'MISSING':15s} {station.station_code}: week {', '.join(station.missing)}")
    if rollup.not_over:
        print(f"Not over yet: week {', '.join(rollup.not_over)}.")
    for path in write_return_files(rollup.document, Path(args.output), zone, wanted):
        print(f"written {path}")
    return 0


def run_status(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    require_count(args.weeks, "--weeks", high=520)
    require_count(args.grace_days, "--grace-days", low=0, high=365)
    status = svc.hq.status(actor, weeks=args.weeks, grace_days=args.grace_days)
    weeks = list(reversed(status.weeks))
    print(" " * 16 + " ".join(w.label[-3:] for w in weeks) + "  last package")
    for s in status.stations:
        marks = " ".join(" ✓ " if got else " · " for got in reversed(s.received))
        last = (
            f"{s.last_seq} ({s.last_period.label}, {s.last_imported_at.astimezone(zone):%d-%m-%Y})"
            if s.last_seq is not None and s.last_period and s.last_imported_at
            else "none"
        )
        flag = f"  HISTORY REWRITTEN (package {rewritten_seqs(s.rewritten)})" if s.rewritten else ""
        print(f"{s.station_code:15s} {marks}  {last}{flag}")
    late = status.late
    print(
        f"\n{len(late)} late for {status.due_week.describe()}: "
        + (", ".join(s.station_code for s in late) if late else "none")
    )
    if status.rewritten:
        print(
            "Audit trail rewritten since an earlier package (imported with a warning; ask the "
            "station): "
            + ", ".join(
                f"{s.station_code} (package {rewritten_seqs(s.rewritten)})"
                for s in status.rewritten
            )
        )
    return 0


def rewritten_seqs(seqs: tuple[int, ...]) -> str:
    return ", ".join(str(n) for n in seqs)


def run_matches(ctx: AppContext, args: argparse.Namespace) -> int:
    from desktop.cli_support import print_json
    from models.rules.matching import THRESHOLD

    svc = services(ctx)
    actor = acting(ctx, svc)
    zone = station_zone(svc)
    min_score = THRESHOLD if args.min_score is None else args.min_score
    doc = svc.hq_matching.matches(actor, min_score=min_score)
    if args.pdf:
        from reports.hq_matches import cross_matches_pdf

        if args.lang not in ("mr", "hi", "en"):
            raise UserError("The printout's language is mr, hi or en.")
        write_output(Path(args.pdf), cross_matches_pdf(doc, zone, args.lang), private=True)
    if args.json:
        print_json(doc, zone)
        return 0
    for m in doc.matches:
        f, c = m.found, m.case
        print(
            f"{m.result.score:3d}  {f.station_code} {f.ref} {f.display_name}  ↔  "
            f"{c.station_code} {c.ref} {c.display_name}"
        )
        for s in m.result.signals:
            print(f"       {s.points:+5.1f}  {s.text}")
        for why_not in m.result.contradictions:
            print(f"       but: {why_not}")
    print(
        f"{len(doc.matches)} possible matches across {doc.stations} stations "
        f"(score {doc.threshold} or more)."
    )
    if args.pdf:
        print(f"written {args.pdf}")
    return 0


def run_send_match(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    signer = key_store(ctx).hq_notice_signer(key_passphrase())
    sent = svc.hq_matching.send_notice(
        actor,
        args.found_ref,
        args.case_ref,
        signer,
        Path(args.output),
        found_station=args.found_station,
        case_station=args.case_station,
    )
    for notice in sent:
        print(f"written {notice.path} (for {notice.to_station})")
    return 0


def run_notice_key(ctx: AppContext, args: argparse.Namespace) -> int:
    from desktop.cli_support import new_secret

    svc = services(ctx)
    actor = acting(ctx, svc)
    if args.init:
        passphrase = new_secret("key passphrase", PASSPHRASE_ENV)
        info = svc.hq_matching.init_notice_key(
            actor, key_store(ctx), passphrase, replace=args.replace
        )
        print(f"HQ's notice-signing key is in {ctx.paths.keys_dir}.")
    else:
        info = svc.hq_matching.notice_public_key(actor)
    print(f"Fingerprint: {info.fingerprint}")
    if args.output:
        write_output(Path(args.output), info.to_file())
        print(f"Written {args.output}: stations install it with 'talash keys trust-hq-notices'.")
    return 0
