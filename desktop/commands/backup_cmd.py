"""``talash backup`` and ``talash restore``: copies of an SQLite register and putting one back."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli_support import acting, services
from desktop.context import AppContext
from models.db import KeyRequired, Target
from models.errors import DatabaseFileError, UserError
from models.services.backups import BackupCheck


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    b = sub.add_parser(
        "backup",
        help="copy the register safely (online backup API; encrypted if the register is)",
        description="Copy the SQLite register while it is in use, check the copy and give it its "
        "name only when it is sound. Without -o the copy goes to the backups folder beside the "
        "register. An encrypted register's copy is encrypted with the same key, and its key file "
        "(protected by the passphrase) is put beside it. Station head or administrator. "
        "PostgreSQL registers: use pg_dump (docs/security.md).",
    )
    b.add_argument("-o", "--output", metavar="FILE", help="where to write the copy")
    b.add_argument("--list", action="store_true", help="list the backups in the backups folder")
    b.add_argument(
        "--auto",
        action="store_true",
        help="the daily automatic backup (for the OS scheduler): at most one a day, the newest "
        "14 kept; needs no login",
    )
    b.set_defaults(handler=run_backup)

    r = sub.add_parser(
        "restore",
        help="replace the register by a backup, after checking the backup",
        description="Check the backup (its signed manifest: the file's SHA-256, station, "
        "register and audit-chain head; SQLite integrity check, a Talash schema this program "
        "knows, no tables, triggers or views a Talash register does not have, an intact audit "
        "chain, every record as its last audit event recorded it; never the demo register over "
        "a real one) before anything is replaced; the present register is kept in the backups "
        "folder. A backup that would change accounts (roles, accounts added or gone, passwords) "
        "is restored only by the station head with --accept-account-changes. "
        "Station head or administrator. If the present register is too damaged to log on to, "
        "the account is checked against the backup being restored.",
    )
    r.add_argument("file", help="the backup to restore")
    r.add_argument(
        "--check",
        action="store_true",
        help="only check the file and list how it would change the accounts; change nothing",
    )
    r.add_argument(
        "--accept-account-changes",
        action="store_true",
        help="the station head has read the account changes the check lists and accepts them",
    )
    r.set_defaults(handler=run_restore)


def run_backup(ctx: AppContext, args: argparse.Namespace) -> int:
    if args.auto:
        from models.services.backups import BackupService

        done = BackupService(ctx.open_db(), ctx.clock).automatic_backup()
        print(f"Backup written: {done.path}" if done else "Today's backup exists already.")
        return 0
    svc = services(ctx)
    actor = acting(ctx, svc)
    if args.list:
        for info in svc.backups.backups(actor):
            kind = "encrypted" if info.encrypted else "plain"
            print(f"{info.path}  {info.size / 1048576:.1f} MB  {kind}")
        return 0
    info = svc.backups.backup(actor, Path(args.output).expanduser() if args.output else None)
    print(f"Backup written: {info.path} ({'encrypted' if info.encrypted else 'not encrypted'}).")
    return 0


def run_restore(ctx: AppContext, args: argparse.Namespace) -> int:
    from models.services.backups import (
        authenticate_in_backup,
        backup_folder,
        check_backup_file,
        restore_over_damaged,
    )

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise UserError(f"There is no backup file {source}.")
    try:
        # Whether the register is damaged decides how it is restored: read all of it.
        db = ctx.open_db(on_damage="read_only", check="whole_file")
    except KeyRequired:
        raise
    except DatabaseFileError:
        db = None
    if db is not None and not db.read_only:
        svc = services(ctx)
        actor = acting(ctx, svc)
        if args.check:
            return _report(svc.backups.check(actor, source))
        outcome = svc.backups.restore(
            actor, source, accept_account_changes=args.accept_account_changes
        )
    else:
        target = ctx.database_target()
        key = db.key if db is not None else _key(ctx, target)
        ctx.forget_db()
        if args.check:
            return _report(check_backup_file(source, key))
        username = ctx.acting_username()
        actor = authenticate_in_backup(
            source, key, username, ctx.password_for(username), desk=ctx.settings.desk_name
        )
        outcome = restore_over_damaged(
            target, key, source, actor=actor, clock=ctx.clock, keep_dir=backup_folder(target)
        )
    ctx.forget_db()
    print(f"Restored {ctx.database_target().describe()} from {outcome.restored_from}.")
    if outcome.replaced_copy:
        print(f"The register it replaced is kept as {outcome.replaced_copy}.")
    ctx.open_db()  # migrates the restored register if it is of an older schema
    return 0


def _key(ctx: AppContext, target: Target) -> bytes | None:
    from models.services.keys import unlock

    if target.key_file is None or not target.key_file.exists():
        return None
    return unlock(target, ctx.db_passphrase(target))


def _report(check: BackupCheck) -> int:
    m = check.manifest
    if m is not None:
        print(
            f"Manifest: taken {m.taken_at} by {m.taken_by}; station {m.station_code}; register "
            f"{m.register_id}; audit-chain head {m.chain_head_id}; SHA-256 {m.sha256}."
        )
    if check.ok:
        print(
            f"{check.path}: a sound Talash register (schema {check.revision}, "
            f"{check.audit_events} audit events, chain intact)."
        )
        if check.account_changes:
            print("Restoring it would change these accounts (the station head must accept them):")
            for change in check.account_changes:
                print(f"  - {change}")
        return 0
    print(f"{check.path} must not be restored:")
    for problem in check.problems:
        print(f"  - {problem}")
    return 1
