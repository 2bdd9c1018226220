"""The manifest of a backup: what the file is, whose it is, and how far its audit trail goes.

Every backup gets ``FILE.manifest`` beside it: the SHA-256 and size of the file, the station,
the register's id, the audit-chain head inside the copy, who took it and when, signed with the
register's own Ed25519 key (kept in the register, so the automatic backup signs without anyone
present; an encrypted register keeps it encrypted). A restore refuses a file whose bytes, station,
register or chain do not fit (models/services/backups.py).
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid as uuidlib
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.audit import canonical_json
from models.entities import Setting
from models.messages import msg

FORMAT = "talash-backup-manifest"
FORMAT_VERSION = 1
SUFFIX = ".manifest"
MAX_MANIFEST_BYTES = 64 * 1024
REGISTER_ID_KEY = "register_id"
SIGNING_KEY = "backup_signing_key"
DEMO_KEY = "demo_station"  # models.demo.DEMO_MARKER (models.demo builds on the services)
_READ_CHUNK = 1 << 20


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + SUFFIX)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_READ_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def key_id(public: Ed25519PublicKey) -> str:
    from cryptography.hazmat.primitives import serialization

    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:32]


@dataclass(frozen=True)
class RegisterIdentity:
    """Who a register is: its id (made once, kept by its backups), and its manifest key."""

    register_id: str
    signing_key: Ed25519PrivateKey

    @property
    def key_id(self) -> str:
        return key_id(self.signing_key.public_key())


def _setting(s: Session, key: str) -> str | None:
    value = s.scalar(select(Setting.value).where(Setting.key == key))
    return None if value is None else str(json.loads(value))


def new_identity_settings() -> dict[str, str]:
    """A new register's id and manifest key, as the ``setting`` rows that hold them (JSON)."""
    from cryptography.hazmat.primitives import serialization

    raw = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return {
        REGISTER_ID_KEY: json.dumps(str(uuidlib.uuid4())),
        SIGNING_KEY: json.dumps(base64.b64encode(raw).decode("ascii")),
    }


def register_identity(s: Session, *, create: bool) -> RegisterIdentity | None:
    """The register's id and manifest key (made by revision 0011, or on first use when
    ``create``, in a writing transaction); None when it has none."""
    rid, raw = _setting(s, REGISTER_ID_KEY), _setting(s, SIGNING_KEY)
    if rid is None or raw is None:
        if not create:
            return None
        for k, v in new_identity_settings().items():
            row = s.get(Setting, k)
            if row is None:
                s.add(Setting(key=k, value=v))
            elif k == SIGNING_KEY:
                row.value = v  # a register id stays what it was
        s.flush()
        rid, raw = _setting(s, REGISTER_ID_KEY), _setting(s, SIGNING_KEY)
        assert rid is not None and raw is not None
    seed = base64.b64decode(raw)
    return RegisterIdentity(rid, Ed25519PrivateKey.from_private_bytes(seed))


def is_demo(s: Session) -> bool:
    return s.get(Setting, DEMO_KEY) is not None


@dataclass(frozen=True)
class BackupManifest:
    file: str
    size: int
    sha256: str
    station_code: str | None
    register_id: str
    demo: bool
    chain_head_id: int
    chain_head_hash: str
    taken_by: str
    taken_at: str  # ISO 8601, UTC
    key_id: str
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def body(self) -> bytes:
        return canonical_json(asdict(self)).encode("utf-8")


def sign_manifest(manifest: BackupManifest, key: Ed25519PrivateKey) -> bytes:
    """The manifest file's bytes: the manifest and its signature."""
    signature = base64.b64encode(key.sign(manifest.body())).decode("ascii")
    return (
        json.dumps({"manifest": asdict(manifest), "signature": signature}, indent=2) + "\n"
    ).encode("utf-8")


class ManifestProblem(Exception):
    """The manifest is missing, unreadable or not a Talash backup manifest."""


def read_manifest(path: Path) -> tuple[BackupManifest, bytes]:
    """The manifest beside backup ``path`` and its signature (not yet checked)."""
    where = manifest_path(path)
    if not where.is_file():
        raise ManifestProblem(
            msg(
                "it has no manifest ({file}): Talash writes one beside every backup, so the "
                "file was not made by this program or its manifest was left behind (a copy "
                "carried on a USB stick needs its .manifest file beside it, named alike)",
                file=where.name,
            )
        )
    if where.stat().st_size > MAX_MANIFEST_BYTES:
        raise ManifestProblem(
            msg("its manifest {file} is far too large to be one", file=where.name)
        )
    try:
        data: Any = json.loads(where.read_bytes().decode("utf-8"))
        body = data["manifest"]
        if body.get("format") != FORMAT or body.get("format_version") != FORMAT_VERSION:
            raise ManifestProblem(
                msg("{file} is not a Talash backup manifest of a known version", file=where.name)
            )
        manifest = BackupManifest(**body)
        signature = base64.b64decode(data["signature"], validate=True)
    except ManifestProblem:
        raise
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise ManifestProblem(msg("its manifest {file} cannot be read", file=where.name)) from exc
    return manifest, signature


def signature_holds(manifest: BackupManifest, signature: bytes, public: Ed25519PublicKey) -> bool:
    try:
        public.verify(signature, manifest.body())
    except InvalidSignature:
        return False
    return True


def taken_at(now: datetime) -> str:
    return now.isoformat()
