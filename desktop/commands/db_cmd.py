"""``talash db …``: encryption at rest of an SQLite register, and PostgreSQL grants."""

from __future__ import annotations

import argparse

from desktop.cli_support import acting, new_secret, services
from desktop.context import DB_PASSPHRASE_ENV, AppContext
from models.errors import UserError
from models.permissions import Capability, require
from models.services import Services

NEW_PASSPHRASE_ENV = "TALASH_NEW_DB_PASSPHRASE"
RECOVERY_ENV = "TALASH_RECOVERY_KEY"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "db",
        help="encrypt the register, change or recover its passphrase; PostgreSQL grants",
        description="Encryption at rest (SQLCipher) for an SQLite register: a random key per "
        "installation, kept in a key file beside the register and protected by the station "
        "head's passphrase; a recovery key is shown once to be written down. See "
        "docs/security.md.",
    )
    verbs = p.add_subparsers(dest="db_verb", metavar="ACTION", required=True)

    enc = verbs.add_parser(
        "encrypt",
        help="encrypt an existing plain register in place (station head or administrator)",
        description=f"The passphrase is typed twice at the prompt, or taken from "
        f"{NEW_PASSPHRASE_ENV}. The recovery key is printed once: write it down and keep it at "
        "the district office. Plain automatic backups are removed afterwards.",
    )
    enc.add_argument(
        "--keep-plain-backups",
        action="store_true",
        help="keep the old unencrypted backups (they still hold every record in the clear)",
    )
    enc.set_defaults(handler=run_encrypt)

    pp = verbs.add_parser(
        "passphrase",
        help="change the register's passphrase (the key and the file stay the same)",
        description=f"Needs a logon (--as) of a station head or administrator; the change is "
        f"audited. The present passphrase comes from {DB_PASSPHRASE_ENV} or the prompt, the "
        f"new one from {NEW_PASSPHRASE_ENV} or the prompt.",
    )
    pp.set_defaults(handler=run_passphrase)

    rk = verbs.add_parser(
        "recover-key",
        help="make a new key file from the written-down recovery key",
        description=f"When the passphrase is forgotten or the key file lost. The recovery key "
        f"is typed at the prompt or taken from {RECOVERY_ENV}; it is checked against the "
        "register before anything is written. A logon (--as) of a station head or "
        "administrator follows, then a new passphrase is set and the change audited.",
    )
    rk.set_defaults(handler=run_recover)

    gr = verbs.add_parser(
        "grant-app-role",
        help="PostgreSQL: give the program's login role only the rights it needs",
        description="Run as the database owner, with a logon (--as) of a station head or "
        "administrator; the grant is audited. The role gets SELECT, INSERT, UPDATE, DELETE on "
        "the register's tables, but only SELECT and INSERT on the audit trail and the action log "
        "(the triggers refuse changes there too). --print shows the SQL without running it.",
    )
    gr.add_argument("role", help="the PostgreSQL role the desks log in as, e.g. talash_app")
    gr.add_argument("--print", dest="print_only", action="store_true", help="only print the SQL")
    gr.set_defaults(handler=run_grant)


def run_encrypt(ctx: AppContext, args: argparse.Namespace) -> int:
    from models.services.keys import encrypt_register

    svc = services(ctx)
    actor = acting(ctx, svc)
    passphrase = new_secret("passphrase of the register", NEW_PASSPHRASE_ENV)
    outcome = encrypt_register(
        svc.db, actor, passphrase, ctx.clock, keep_plain_backups=args.keep_plain_backups
    )
    ctx.forget_db()
    print(f"The register is encrypted (key {outcome.key.key_id}); key file {outcome.key.key_file}.")
    print_recovery_key(outcome.key.recovery_code)
    for kept in outcome.plain_backups_kept:
        print(f"warning: {kept} is an UNENCRYPTED backup; delete it when it is no longer needed.")
    return 0


def print_recovery_key(code: str) -> None:
    print(
        "\nRECOVERY KEY (shown once; write it down, keep it sealed at the district office):\n\n"
        f"    {code}\n\n"
        "With it a new key file and passphrase can be made (talash db recover-key). Without "
        "the passphrase and this key, the register and its backups cannot be read by anyone."
    )


def run_passphrase(ctx: AppContext, args: argparse.Namespace) -> int:
    target = ctx.database_target()
    if target.key_file is None or not target.key_file.exists():
        raise UserError(f"{target.describe()} is not encrypted; see 'talash db encrypt'.")
    svc = services(ctx)  # opened with the present passphrase
    actor = acting(ctx, svc)  # a logon with the right to manage keys; the change is audited
    old = ctx.db_passphrase(target)
    path = svc.register_keys.change_passphrase(
        actor, old, new_secret("passphrase", NEW_PASSPHRASE_ENV)
    )
    print(f"The passphrase is changed ({path}).")
    return 0


def run_recover(ctx: AppContext, args: argparse.Namespace) -> int:
    import getpass
    import os
    import sys

    from models.encryption import key_from_recovery_code

    code = os.environ.get(RECOVERY_ENV)
    if code is None:
        if not sys.stdin.isatty():
            raise UserError(f"Type the recovery key at a terminal, or set {RECOVERY_ENV}.")
        code = getpass.getpass("Recovery key: ")
    # The recovery key opens the register (a key that does not fit is refused); then a logon
    # with the right to manage keys, and the new key file is audited in the register.
    svc = Services.build(ctx.open_db(key=key_from_recovery_code(code)), ctx.clock)
    actor = acting(ctx, svc)
    path = svc.register_keys.recover_key_file(
        actor, code, new_secret("passphrase", NEW_PASSPHRASE_ENV)
    )
    print(f"A new key file is written: {path}. The register opens with the new passphrase.")
    return 0


def run_grant(ctx: AppContext, args: argparse.Namespace) -> int:
    from sqlalchemy import inspect

    from models.db import APPEND_ONLY_TABLES, postgres_app_grants

    db = ctx.open_db()
    if db.is_sqlite:
        raise UserError("grant-app-role is for a PostgreSQL register.")
    with db.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
    statements = postgres_app_grants(args.role, tables)
    if args.print_only:
        print(";\n".join(statements) + ";")
        return 0
    svc = Services.build(db, ctx.clock)
    actor = acting(ctx, svc)  # a logon with the right to manage keys, before anything changes
    require(actor, Capability.MANAGE_KEYS)
    with db.engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)
    svc.register_keys.record_grants(actor, args.role, len(statements))
    print(
        f"The role {args.role} may now read and write the register, and only append to "
        f"{', '.join(APPEND_ONLY_TABLES)}."
    )
    return 0
