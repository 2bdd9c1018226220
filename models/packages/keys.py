"""Key pairs of the exchange: the station's signing key and HQ's sealing key.

- A station signs each return package with its Ed25519 key (``cryptography``). HQ pins the
  station's public key (``talash hq trust``) and so can tell a real package from any other.
- HQ holds an X25519 key pair; stations seal the payload to its public key with libsodium's
  sealed box (PyNaCl), so a package lost on a USB stick or in a mailbox reveals nothing.

Private keys are kept in the data folder's ``keys`` directory as PKCS#8 PEM files encrypted
with the station head's (or HQ's) passphrase (``BestAvailableEncryption``), readable only by the
account that owns the data folder. Public keys travel as small JSON files with a key id, which
people compare by reading out its fingerprint.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

from models.atomic_file import atomic_write
from models.errors import UserError
from models.json_input import parse_json
from models.messages import msg, said

STATION_KEY_FILE = "station-signing-key.pem"
HQ_KEY_FILE = "hq-sealing-key.pem"
HQ_NOTICE_KEY_FILE = "hq-notice-signing-key.pem"
PUBLIC_KEY_FORMAT = "talash-public-key"
SIGNING = "station-signing"
SEALING = "hq-sealing"
HQ_SIGNING = "hq-signing"  # HQ signs possible-match notices with it (Ed25519)
_WANTED = {
    SIGNING: "a station's signing key",
    SEALING: "HQ's sealing key",
    HQ_SIGNING: "HQ's notice-signing key",
}
MIN_PASSPHRASE = 10
MAX_PUBLIC_KEY_FILE = 16 * 1024


class KeyProblem(UserError):
    """A key is missing, locked with another passphrase, or its file is not a key file."""


def key_id(raw_public: bytes) -> str:
    """A key's id: the first 128 bits of the SHA-256 of its raw public bytes, in hex."""
    return hashlib.sha256(raw_public).hexdigest()[:32]


def fingerprint(kid: str) -> str:
    """The key id in groups of four, for reading out over the telephone."""
    return " ".join(kid[i : i + 4] for i in range(0, len(kid), 4))


@dataclass(frozen=True)
class PublicKeyInfo:
    """A public key with whose it is: what a public-key file carries."""

    kind: str  # SIGNING or SEALING
    unit_code: str
    unit_name: str
    district: str
    public_key: bytes  # raw 32 bytes
    created: datetime

    @property
    def key_id(self) -> str:
        return key_id(self.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key_id)

    def to_file(self) -> bytes:
        data = {
            "format": PUBLIC_KEY_FORMAT,
            "version": 1,
            "kind": self.kind,
            "algorithm": "X25519" if self.kind == SEALING else "Ed25519",
            "unit_code": self.unit_code,
            "unit_name": self.unit_name,
            "district": self.district,
            "public_key": base64.b64encode(self.public_key).decode("ascii"),
            "key_id": self.key_id,
            "created": self.created.isoformat(),
        }
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    def to_json(self) -> str:
        return self.to_file().decode("utf-8")

    @classmethod
    def from_file(
        cls, data: bytes, *, expected_kind: str, source: str = "the file"
    ) -> PublicKeyInfo:
        """Read a public-key file, refusing anything else in plain words."""
        if len(data) > MAX_PUBLIC_KEY_FILE:
            raise KeyProblem(
                msg("{source} is too large to be a Talash public-key file.", source=source)
            )
        try:
            raw: Any = parse_json(data, source)  # bounded: no deep nesting, no key twice
        except UserError as exc:
            raise KeyProblem(
                msg("{source} is not a Talash public-key file (not JSON).", source=source)
            ) from exc
        if not isinstance(raw, dict) or raw.get("format") != PUBLIC_KEY_FORMAT:
            raise KeyProblem(msg("{source} is not a Talash public-key file.", source=source))
        if raw.get("kind") != expected_kind:
            wanted = _WANTED.get(expected_kind, expected_kind)
            raise KeyProblem(
                msg(
                    "{source} does not hold {wanted} (it holds '{raw}').",
                    source=source,
                    wanted=wanted,
                    raw=raw.get("kind"),
                )
            )
        try:
            public = base64.b64decode(str(raw["public_key"]), validate=True)
            created = datetime.fromisoformat(str(raw["created"]))
            info = cls(
                kind=expected_kind,
                unit_code=str(raw["unit_code"]).strip().upper(),
                unit_name=str(raw["unit_name"]).strip(),
                district=str(raw.get("district") or "").strip(),
                public_key=public,
                created=created,
            )
        except (KeyError, ValueError) as exc:
            raise KeyProblem(
                msg(
                    "{source} is damaged: {exc}.",
                    source=source,
                    exc=said(exc),
                )
            ) from exc
        if len(public) != 32:
            raise KeyProblem(msg("{source} is damaged: a public key has 32 bytes.", source=source))
        if raw.get("key_id") != info.key_id:
            raise KeyProblem(
                msg("{source} is damaged: its key id does not match its key.", source=source)
            )
        return info


# -- the private halves ----------------------------------------------------------------------


@dataclass(frozen=True)
class StationSigner:
    """The station's unlocked signing key (only ever held in memory)."""

    private: Ed25519PrivateKey

    @property
    def public_raw(self) -> bytes:
        return self.private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def key_id(self) -> str:
        return key_id(self.public_raw)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def verify_signature(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def seal(hq_public_raw: bytes, plaintext: bytes) -> bytes:
    """Encrypt to HQ's public key: libsodium sealed box (X25519 + XSalsa20-Poly1305)."""
    return bytes(SealedBox(PublicKey(hq_public_raw)).encrypt(plaintext))


class NotForThisKey(Exception):
    """A sealed box that this private key cannot open (another key, or altered bytes)."""


@dataclass(frozen=True)
class HqOpener:
    """HQ's unlocked sealing key."""

    private: PrivateKey

    @property
    def public_raw(self) -> bytes:
        return bytes(self.private.public_key)

    @property
    def key_id(self) -> str:
        return key_id(self.public_raw)

    def open(self, sealed: bytes) -> bytes:
        try:
            return bytes(SealedBox(self.private).decrypt(sealed))
        except CryptoError as exc:
            raise NotForThisKey from exc


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise KeyProblem(
            msg(
                "The key passphrase needs at least {MIN_PASSPHRASE} characters.",
                MIN_PASSPHRASE=MIN_PASSPHRASE,
            )
        )


class KeyStore:
    """The ``keys`` folder of the data directory."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, name: str) -> Path:
        return self.folder / name

    def exists(self, name: str) -> bool:
        return self.path(name).exists()

    def create_station_key(self, passphrase: str, *, now: datetime, replace: bool) -> bytes:
        """A new Ed25519 key pair; returns the raw public key."""
        private = Ed25519PrivateKey.generate()
        self._write(STATION_KEY_FILE, private, passphrase, now=now, replace=replace)
        return private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    def create_hq_key(self, passphrase: str, *, now: datetime, replace: bool) -> bytes:
        """A new X25519 key pair for sealed boxes; returns the raw public key."""
        private = X25519PrivateKey.generate()
        self._write(HQ_KEY_FILE, private, passphrase, now=now, replace=replace)
        return private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    def create_hq_notice_key(self, passphrase: str, *, now: datetime, replace: bool) -> bytes:
        """HQ's Ed25519 key pair for signing possible-match notices; returns the raw public key."""
        private = Ed25519PrivateKey.generate()
        self._write(HQ_NOTICE_KEY_FILE, private, passphrase, now=now, replace=replace)
        return private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    def hq_notice_signer(self, passphrase: str) -> StationSigner:
        key = self._read(HQ_NOTICE_KEY_FILE, passphrase, "HQ's notice-signing key")
        if not isinstance(key, Ed25519PrivateKey):
            raise KeyProblem(
                msg("{path} is not an Ed25519 signing key.", path=self.path(HQ_NOTICE_KEY_FILE))
            )
        return StationSigner(key)

    def station_signer(self, passphrase: str) -> StationSigner:
        key = self._read(STATION_KEY_FILE, passphrase, "the station's signing key")
        if not isinstance(key, Ed25519PrivateKey):
            raise KeyProblem(
                msg("{path} is not an Ed25519 signing key.", path=self.path(STATION_KEY_FILE))
            )
        return StationSigner(key)

    def hq_opener(self, passphrase: str) -> HqOpener:
        key = self._read(HQ_KEY_FILE, passphrase, "HQ's sealing key")
        if not isinstance(key, X25519PrivateKey):
            raise KeyProblem(
                msg("{path} is not an X25519 sealing key.", path=self.path(HQ_KEY_FILE))
            )
        # libsodium's box secret key is the same 32-byte X25519 scalar.
        raw = key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return HqOpener(PrivateKey(raw))

    def _write(
        self,
        name: str,
        private: Ed25519PrivateKey | X25519PrivateKey,
        passphrase: str,
        *,
        now: datetime,
        replace: bool,
    ) -> None:
        check_passphrase(passphrase)
        self.folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(self.folder, 0o700)
        target = self.path(name)
        if target.exists():
            if not replace:
                raise KeyProblem(
                    msg(
                        "A key already exists in {target}. Replacing it means HQ must trust "
                        "the new key before it accepts another return; ask again with "
                        "--replace.",
                        target=target,
                    )
                )
            # The old key is kept (renamed), so packages already sent can still be explained.
            target.replace(target.with_name(f"{target.stem}.retired-{now:%Y%m%dT%H%M%S}.pem"))
        pem = private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
        )
        atomic_write(target, pem, private=True)

    def _read(self, name: str, passphrase: str, what: str) -> Any:
        path = self.path(name)
        try:
            pem = path.read_bytes()
        except FileNotFoundError as exc:
            raise KeyProblem(
                msg(
                    "There is no {what} in {folder}. Create it first (talash keys init).",
                    what=what,
                    folder=self.folder,
                )
            ) from exc
        except OSError as exc:
            raise KeyProblem(
                msg(
                    "{path} cannot be read: {strerror}.",
                    path=path,
                    strerror=exc.strerror,
                )
            ) from exc
        try:
            return serialization.load_pem_private_key(pem, passphrase.encode("utf-8"))
        except (ValueError, TypeError) as exc:
            raise KeyProblem(
                msg(
                    "The passphrase does not unlock {what} ({path}).",
                    what=what,
                    path=path,
                )
            ) from exc
