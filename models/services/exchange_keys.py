"""Keys for the exchange of returns, and which kind of database this is (station or HQ).

A station database holds one station's register and signs its returns; an HQ database (set up
with ``talash hq init``) holds the returns of many stations and opens them with HQ's key. The
public halves are kept in the database's settings, so every desk agrees on them; the private
halves stay in the data folder of the desk that made them, locked by a passphrase.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from models import audit
from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.entities import Setting
from models.errors import RuleViolation
from models.messages import msg
from models.packages.keys import SEALING, SIGNING, KeyStore, PublicKeyInfo
from models.permissions import Capability, require
from models.services.common import local_station

MODE_KEY = "database_mode"
HQ_MODE = "hq"
OWN_KEY = "own_public_key"
HQ_KEY = "hq_public_key"


def is_hq(s: Session) -> bool:
    row = s.get(Setting, MODE_KEY)
    return row is not None and row.value == HQ_MODE


def require_station_db(s: Session) -> None:
    if is_hq(s):
        raise RuleViolation(
            msg(
                "This is an HQ database: it consolidates returns, it does not produce "
                "one. Open the station's register instead.",
            )
        )


def require_hq_db(s: Session) -> None:
    if not is_hq(s):
        raise RuleViolation(
            msg(
                "This is a station register, not an HQ database. Set up HQ's database "
                "with 'talash hq init' (a separate database, PostgreSQL recommended).",
            )
        )


def mark_hq(s: Session) -> None:
    if s.get(Setting, MODE_KEY) is None:
        s.add(Setting(key=MODE_KEY, value=HQ_MODE))


def stored_key(s: Session, setting: str, kind: str) -> PublicKeyInfo | None:
    row = s.get(Setting, setting)
    if row is None:
        return None
    return PublicKeyInfo.from_file(row.value.encode("utf-8"), expected_kind=kind)


def _store(s: Session, setting: str, info: PublicKeyInfo) -> None:
    row = s.get(Setting, setting)
    if row is None:
        s.add(Setting(key=setting, value=info.to_json()))
    else:
        row.value = info.to_json()


class ExchangeKeyService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def init_key(
        self, actor: Actor, store: KeyStore, passphrase: str, *, replace: bool = False
    ) -> PublicKeyInfo:
        """Make this database's key pair: a signing key at a station, a sealing key at HQ."""
        require(actor, Capability.MANAGE_KEYS)
        now = self.clock.now()
        with self.db.write() as s:
            hq = is_hq(s)
            station = local_station(s)
            if hq:
                raw = store.create_hq_key(passphrase, now=now, replace=replace)
            else:
                raw = store.create_station_key(passphrase, now=now, replace=replace)
            info = PublicKeyInfo(
                kind=SEALING if hq else SIGNING,
                unit_code=station.code,
                unit_name=station.name,
                district=station.district,
                public_key=raw,
                created=now,
            )
            previous = stored_key(s, OWN_KEY, info.kind)
            _store(s, OWN_KEY, info)
            audit.record(
                s,
                at=now,
                actor=actor,
                action="keys.init",
                subject=audit.Subject("key", None, info.key_id[:40]),
                details={
                    "kind": info.kind,
                    "key_id": info.key_id,
                    "replaced": previous.key_id if previous else None,
                },
            )
            return info

    def own_public_key(self, actor: Actor) -> PublicKeyInfo:
        """This database's public key, to hand to the other side (HQ, or the stations)."""
        require(actor, Capability.MANAGE_KEYS)
        with self.db.write() as s:
            kind = SEALING if is_hq(s) else SIGNING
            info = stored_key(s, OWN_KEY, kind)
            if info is None:
                raise RuleViolation(msg("There is no key yet: make one first (talash keys init)."))
            audit.record(
                s,
                at=self.clock.now(),
                actor=actor,
                action="keys.export_public",
                subject=audit.Subject("key", None, info.key_id[:40]),
                details={"kind": info.kind, "key_id": info.key_id},
            )
            return info

    def trust_hq(self, actor: Actor, data: bytes, *, source: str) -> PublicKeyInfo:
        """Install HQ's public key at a station: returns are sealed to it from now on."""
        require(actor, Capability.MANAGE_KEYS)
        info = PublicKeyInfo.from_file(data, expected_kind=SEALING, source=source)
        with self.db.write() as s:
            require_station_db(s)
            previous = stored_key(s, HQ_KEY, SEALING)
            _store(s, HQ_KEY, info)
            audit.record(
                s,
                at=self.clock.now(),
                actor=actor,
                action="keys.trust_hq",
                subject=audit.Subject("key", None, info.key_id[:40]),
                details={
                    "hq": info.unit_code,
                    "key_id": info.key_id,
                    "replaced": previous.key_id if previous else None,
                },
            )
            return info

    def is_hq_database(self) -> bool:
        """Whether this database is HQ's (the window then shows the HQ pages) or a station's."""
        with self.db.read() as s:
            return is_hq(s)

    def keys_in_force(self) -> tuple[PublicKeyInfo | None, PublicKeyInfo | None]:
        """(this database's own public key, HQ's public key at a station) — for the window."""
        with self.db.read() as s:
            kind = SEALING if is_hq(s) else SIGNING
            return stored_key(s, OWN_KEY, kind), stored_key(s, HQ_KEY, SEALING)
