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
    p.set_defaults(handler=run)


def run(ctx: AppContext, args: argparse.Namespace) -> int:
    from models.dto.accounts import NewUser, StationInput
    from models.enums import Role
    from models.services.accounts import AccountService

    db = ctx.open_db(create=True)
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
    info = accounts.init_station(station, head, password, desk=ctx.settings.desk_name)
    print(f"Station {info.code} ({info.name}) is set up in {db.describe()}.")
    return 0
