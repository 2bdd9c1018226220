"""``talash keys …``: the key pair that signs this station's returns (or opens them at HQ)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from desktop.cli_support import acting, new_secret, services, write_output
from desktop.context import AppContext
from models.errors import UserError
from models.limits import MAX_SMALL_FILE_BYTES, read_limited
from models.packages.keys import KeyStore, StationSigner

PASSPHRASE_ENV = "TALASH_KEY_PASSPHRASE"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "keys",
        help="the keys of the returns: make, show, hand over; install HQ's key",
        description="A station signs each return with its own key; HQ seals returns to HQ's key. "
        "Private keys stay in the data folder, locked by a passphrase (asked at the prompt, or "
        f"taken from {PASSPHRASE_ENV} for scripts). Public keys travel as small files; read the "
        "fingerprint out over the telephone before trusting one.",
    )
    verbs = p.add_subparsers(dest="keys_verb", metavar="ACTION", required=True)
    init = verbs.add_parser(
        "init",
        help="make this database's key pair (a signing key at a station, a sealing key at HQ)",
    )
    init.add_argument(
        "--replace",
        action="store_true",
        help="make a new key even though one exists (the old file is kept, renamed); HQ must "
        "then trust the new key",
    )
    init.set_defaults(handler=run_init)
    export = verbs.add_parser("export-public", help="write this database's public key file")
    export.add_argument("-o", "--output", metavar="FILE", help="where to write it (default: print)")
    export.set_defaults(handler=run_export)
    trust = verbs.add_parser(
        "trust-hq", help="install HQ's public key file (returns are sealed to it)"
    )
    trust.add_argument(
        "file", help="the public key file HQ sent (from 'talash keys export-public')"
    )
    trust.set_defaults(handler=run_trust_hq)
    notices = verbs.add_parser(
        "trust-hq-notices",
        help="install HQ's notice-signing public key (possible-match notices are checked by it)",
    )
    notices.add_argument("file", help="the public key file HQ sent ('talash hq notice-key -o')")
    notices.set_defaults(handler=run_trust_hq_notices)
    show = verbs.add_parser("show", help="show the keys in force and their fingerprints")
    show.set_defaults(handler=run_show)


def key_store(ctx: AppContext) -> KeyStore:
    return KeyStore(ctx.paths.keys_dir)


def key_passphrase() -> str:
    secret = os.environ.get(PASSPHRASE_ENV)
    if secret is not None:
        return secret
    if not sys.stdin.isatty():
        raise UserError(
            f"The key's passphrase is needed: type it at a terminal, or set {PASSPHRASE_ENV}."
        )
    return getpass.getpass("Key passphrase: ")


def station_signer(ctx: AppContext) -> StationSigner:
    return key_store(ctx).station_signer(key_passphrase())


def run_init(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    passphrase = new_secret("key passphrase", PASSPHRASE_ENV)
    info = svc.exchange_keys.init_key(actor, key_store(ctx), passphrase, replace=args.replace)
    print(f"A new {info.kind} key for {info.unit_code} is in {ctx.paths.keys_dir}.")
    print(f"Fingerprint: {info.fingerprint}")
    print("Hand the public key over with 'talash keys export-public -o FILE'.")
    return 0


def run_export(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    info = svc.exchange_keys.own_public_key(acting(ctx, svc))
    if args.output:
        write_output(Path(args.output), info.to_file())
        print(f"Written {args.output}. Fingerprint: {info.fingerprint}")
    else:
        sys.stdout.write(info.to_json())
    return 0


def run_trust_hq(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    data = _read(args.file)
    info = svc.exchange_keys.trust_hq(actor, data, source=args.file)
    print(f"HQ's key ({info.unit_name}, {info.unit_code}) is installed.")
    print(f"Fingerprint: {info.fingerprint} — check it with HQ by telephone.")
    return 0


def run_trust_hq_notices(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    actor = acting(ctx, svc)
    info = svc.match_notices.trust_hq_notice_key(actor, _read(args.file), source=args.file)
    print(f"HQ's notice key ({info.unit_name}, {info.unit_code}) is installed.")
    print(f"Fingerprint: {info.fingerprint} — check it with HQ by telephone.")
    return 0


def run_show(ctx: AppContext, args: argparse.Namespace) -> int:
    svc = services(ctx)
    acting(ctx, svc)
    own, hq = svc.exchange_keys.keys_in_force()
    print(f"own key: {own.kind + ', ' + own.fingerprint if own else 'none yet (talash keys init)'}")
    if own is not None and own.kind == "station-signing":
        print(f"HQ key:  {hq.unit_code + ', ' + hq.fingerprint if hq else 'not installed'}")
    return 0


def _read(path: str) -> bytes:
    return read_limited(path, MAX_SMALL_FILE_BYTES)
