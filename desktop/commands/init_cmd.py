"""``talash init``: set up this station's database without the window."""

from __future__ import annotations

import argparse

from desktop.context import AppContext


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "init",
        help="set up this station: station details and the first station-head account",
        description="Create the station database (the same inputs as the first-run window). "
        "The station head's password is asked at the prompt, or taken from TALASH_PASSWORD.",
    )
    p.add_argument("--code", required=True, help="station code, e.g. MH-MUM-DHR")
    p.add_argument("--name", required=True, help="station name, e.g. 'Dharavi Police Station'")
    p.add_argument("--name-local", help="station name in Marathi or Hindi")
    p.add_argument("--district", required=True)
    p.add_argument("--state", required=True)
    p.add_argument("--zone")
    p.add_argument("--phone", help="station landline printed on notices")
    p.add_argument("--email")
    p.add_argument("--language", choices=["mr", "hi"], default="mr", help="language of printouts")
    p.add_argument(
        "--head-username", required=True, help="the station head's login, e.g. pi.shinde"
    )
    p.add_argument("--head-name", required=True, help="the station head's full name")
    p.add_argument("--head-rank", default="Police Inspector")
    p.add_argument("--head-buckle", help="buckle (badge) number")
    p.add_argument("--head-phone", help="official mobile number")
    p.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the register at rest (SQLite): the passphrase is typed twice, or taken from "
        "TALASH_NEW_DB_PASSPHRASE; a recovery key is printed once, to be written down",
    )
    p.set_defaults(handler=run)


def run(ctx: AppContext, args: argparse.Namespace) -> int:
    from models.dto.accounts import NewUser, StationInput
    from models.enums import Role
    from models.services.accounts import AccountService

    key = None
    if args.encrypt:
        from desktop.cli_support import new_secret
        from desktop.commands.db_cmd import NEW_PASSPHRASE_ENV, print_recovery_key
        from models.services.keys import create_key

        made = create_key(
            ctx.database_target(), new_secret("passphrase of the register", NEW_PASSPHRASE_ENV)
        )
        key = made.key
    db = ctx.open_db(create=True, key=key)
    accounts = AccountService(db, ctx.clock)
    station = StationInput(
        code=args.code,
        name=args.name,
        name_local=args.name_local,
        district=args.district,
        state=args.state,
        zone=args.zone,
        phone=args.phone,
        email=args.email,
        language=args.language,
    )
    head = NewUser(
        username=args.head_username,
        full_name=args.head_name,
        rank=args.head_rank,
        role=Role.SHO,
        buckle_no=args.head_buckle,
        official_phone=args.head_phone,
    )
    password = ctx.password_for(args.head_username)
    try:
        info = accounts.init_station(station, head, password, desk=ctx.settings.desk_name)
    except BaseException:
        if key is not None:
            _forget_new_register(ctx)  # a retry must be able to make a fresh key
        raise
    print(f"Station {info.code} ({info.name}) is set up in {db.describe()}.")
    if args.encrypt:
        print(f"The register is encrypted (key {made.key_id}); key file {made.key_file}.")
        print_recovery_key(made.recovery_code)
    return 0


def _forget_new_register(ctx: AppContext) -> None:
    target = ctx.database_target()
    ctx.forget_db()
    if target.sqlite_path is None or target.key_file is None:
        return
    for suffix in ("", "-wal", "-shm"):
        target.sqlite_path.with_name(target.sqlite_path.name + suffix).unlink(missing_ok=True)
    target.key_file.unlink(missing_ok=True)
