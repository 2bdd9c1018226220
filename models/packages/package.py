"""The return package: one zip per station per period that HQ can trust (docs/formats.md).

    manifest.json          canonical JSON (sorted keys, no spaces, UTF-8)
    manifest.sig           Ed25519 signature of manifest.json's bytes (64 raw bytes)
    return.json.sealed     the tables R1–R8, sealed to HQ's public key
    annex.json.sealed      the untraced-children annex, sealed likewise
    matching.json.sealed   matching descriptors of open cases and unlinked found persons
                           (format version 2 on; HQ matches across stations with them)

The manifest names the station, its key, the format, the export id, the station's sequence
number, the period, when it was made, the previous package's SHA-256, the station's audit-chain
head, and each payload file's size and SHA-256 (of the sealed bytes, so HQ checks them before
decrypting, and of the plain JSON, checked after). From format version 3 it also carries the
chain link: the previous package's audit-chain head as the station's chain has it now (the
event at the same number, with the hash that event has today), so HQ can tell whether the chain
still extends the head it holds (docs/security.md, "The chain head HQ holds").

This module checks what a package *is* (signature, hashes, format). Whether HQ should take it
(replays, order, rollbacks) needs HQ's records and is decided by ``models.services.hq``.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from models.audit import canonical_json
from models.dto.returns import AnnexRow, Period, ReturnTable, Signatory
from models.dto_codec import from_json, to_json
from models.errors import UserError, ValidationFailed
from models.json_input import parse_json
from models.messages import msg, said
from models.packages.archive import DEFAULT_LIMITS, ArchiveRefused, Limits, read_archive
from models.packages.keys import HqOpener, NotForThisKey, StationSigner, seal, verify_signature

FORMAT = "talash-return"
FORMAT_VERSION = 3
# Version 1 has no matching descriptors; versions 1 and 2 have no chain link.
READABLE_VERSIONS = frozenset({1, 2, FORMAT_VERSION})
CHAIN_LINK_VERSION = 3  # the first version whose manifest carries ``chain_link``
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
RETURN_FILE = "return.json"
ANNEX_FILE = "annex.json"
SEALED = ".sealed"
MATCHING_FILE = "matching.json"
PAYLOAD_FILES = (RETURN_FILE, ANNEX_FILE, MATCHING_FILE)
VERSION_FILES = {1: (RETURN_FILE, ANNEX_FILE), 2: PAYLOAD_FILES, 3: PAYLOAD_FILES}
ALLOWED_ENTRIES = frozenset({MANIFEST, SIGNATURE, *(f + SEALED for f in PAYLOAD_FILES)})
MATCH_KINDS = ("case", "found", "body")
MAX_MATCH_RECORDS = 20_000
GENESIS = "0" * 64
SUFFIX = ".talash-return"
MAX_MANIFEST_BYTES = 64 * 1024
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so a package's bytes depend only on its content


class PackageRefused(UserError):
    """HQ does not take this package; ``reason`` is a short code, the message says why."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class PayloadFile:
    name: str
    size: int
    sha256: str
    plain_size: int
    plain_sha256: str


@dataclass(frozen=True)
class AuditHeadRef:
    event_id: int
    hash: str


@dataclass(frozen=True)
class Manifest:
    format: str
    format_version: int
    station_code: str
    station_name: str
    district: str
    state: str
    key_id: str
    hq_key_id: str
    export_id: str
    seq: int
    period: Period
    created_utc: datetime
    prev_package_sha256: str
    audit_chain_head: AuditHeadRef
    signed_by: Signatory
    include_names: bool
    files: tuple[PayloadFile, ...]
    producer: str = "talash"
    # The previous package's head as the chain has it now; None in the first package, when the
    # station no longer holds that event, and in packages of format versions 1 and 2.
    chain_link: AuditHeadRef | None = None


@dataclass(frozen=True)
class ReturnPayload:
    """return.json: the exact tables (never suppressed: HQ adds them up)."""

    station_code: str
    period: Period
    generated_at: datetime
    age_bands: tuple[str, ...]
    taxonomy_version: str
    tables: tuple[ReturnTable, ...]


@dataclass(frozen=True)
class AnnexPayload:
    """annex.json: children untraced at the end of the period."""

    station_code: str
    period: Period
    include_names: bool
    rows: tuple[AnnexRow, ...]


@dataclass(frozen=True)
class StationContacts:
    """How another station reaches this one about a possible match: the station's own line."""

    name_local: str | None
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class MatchRecord:
    """One record's matching descriptors: ``MatchProfile.to_dict()``, nothing else of it."""

    kind: str  # "case" (open missing case), "found" (unlinked found person), "body"
    ref: str
    uuid: str
    profile: Mapping[str, Any]


@dataclass(frozen=True)
class MatchingPayload:
    """matching.json: the station's latest descriptors (HQ replaces the previous week's)."""

    station_code: str
    period: Period
    contacts: StationContacts
    records: tuple[MatchRecord, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "station_code": self.station_code,
            "period": to_json(self.period),
            "contacts": to_json(self.contacts),
            "records": [
                {"kind": r.kind, "ref": r.ref, "uuid": r.uuid, "profile": dict(r.profile)}
                for r in self.records
            ],
        }

    @classmethod
    def from_json(cls, data: Any) -> MatchingPayload:
        """Read matching.json, refusing anything but records of the three kinds."""
        if not isinstance(data, dict) or set(data) != {
            "station_code",
            "period",
            "contacts",
            "records",
        }:
            raise ValueError("matching.json does not have the fields of its format")
        raw = data["records"]
        if not isinstance(raw, list) or len(raw) > MAX_MATCH_RECORDS:
            raise ValueError("matching.json's records are not a list of at most 20,000")
        records = []
        for i, item in enumerate(raw):
            if (
                not isinstance(item, dict)
                or set(item) != {"kind", "ref", "uuid", "profile"}
                or item["kind"] not in MATCH_KINDS
                or not isinstance(item["ref"], str)
                or not isinstance(item["uuid"], str)
                or not isinstance(item["profile"], dict)
            ):
                raise ValueError(f"matching.json's record {i} is malformed")
            records.append(MatchRecord(item["kind"], item["ref"], item["uuid"], item["profile"]))
        return cls(
            station_code=str(data["station_code"]),
            period=from_json(Period, data["period"]),
            contacts=from_json(StationContacts, data["contacts"]),
            records=tuple(records),
        )


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _json_bytes(value: Any) -> bytes:
    return canonical_json(to_json(value)).encode("utf-8")


@dataclass(frozen=True)
class PackageIdentity:
    """Everything the manifest says besides the payload."""

    station_code: str
    station_name: str
    district: str
    state: str
    hq_key_id: str
    export_id: str
    seq: int
    period: Period
    created_utc: datetime
    prev_package_sha256: str
    audit_head: AuditHeadRef
    signed_by: Signatory
    include_names: bool
    chain_link: AuditHeadRef | None = None


def build_package(
    identity: PackageIdentity,
    payload: ReturnPayload,
    annex: AnnexPayload,
    *,
    signer: StationSigner,
    hq_public_raw: bytes,
    matching: MatchingPayload | None = None,
) -> bytes:
    """Seal the payload to HQ, sign the manifest, and return the zip's bytes.

    Without ``matching``, the package says the station has no open record to match.
    """
    if matching is None:
        matching = MatchingPayload(
            identity.station_code, identity.period, StationContacts(None, None, None), ()
        )
    plain = {
        RETURN_FILE: _json_bytes(payload),
        ANNEX_FILE: _json_bytes(annex),
        MATCHING_FILE: canonical_json(matching.to_json()).encode("utf-8"),
    }
    sealed = {name: seal(hq_public_raw, data) for name, data in plain.items()}
    files = tuple(
        PayloadFile(
            name=name + SEALED,
            size=len(sealed[name]),
            sha256=sha256_hex(sealed[name]),
            plain_size=len(plain[name]),
            plain_sha256=sha256_hex(plain[name]),
        )
        for name in PAYLOAD_FILES
    )
    manifest = Manifest(
        format=FORMAT,
        format_version=FORMAT_VERSION,
        station_code=identity.station_code,
        station_name=identity.station_name,
        district=identity.district,
        state=identity.state,
        key_id=signer.key_id,
        hq_key_id=identity.hq_key_id,
        export_id=identity.export_id,
        seq=identity.seq,
        period=identity.period,
        created_utc=identity.created_utc,
        prev_package_sha256=identity.prev_package_sha256,
        audit_chain_head=identity.audit_head,
        signed_by=identity.signed_by,
        include_names=identity.include_names,
        files=files,
        chain_link=identity.chain_link,
    )
    manifest_bytes = _json_bytes(manifest)
    entries = {MANIFEST: manifest_bytes, SIGNATURE: signer.sign(manifest_bytes)}
    entries.update({name + SEALED: sealed[name] for name in PAYLOAD_FILES})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zf:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.external_attr = 0o100644 << 16
            zf.writestr(info, data)
    return buffer.getvalue()


def package_file_name(station_code: str, period: Period, seq: int) -> str:
    return f"{station_code}_{period.label}_seq{seq:05d}{SUFFIX}"


def package_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given; for a folder, the packages (``*.talash-return``) directly inside it."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.iterdir() if p.name.endswith(SUFFIX) and p.is_file())
        else:
            out.append(path)
    return out


# -- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrustedKey:
    station_code: str
    key_id: str
    public_raw: bytes


@dataclass(frozen=True)
class VerifiedPackage:
    """A package whose signature and hashes hold; its payload is still sealed."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes
    sha256: str
    sealed: Mapping[str, bytes]


def read_manifest(
    data: bytes, limits: Limits = DEFAULT_LIMITS
) -> tuple[Manifest, dict[str, bytes]]:
    """Unpack safely and parse the manifest, without checking the signature (for ordering)."""
    try:
        entries = read_archive(data, ALLOWED_ENTRIES, limits)
    except ArchiveRefused as exc:
        raise PackageRefused(exc.reason, said(exc)) from exc
    raw = entries.get(MANIFEST)
    if raw is None or SIGNATURE not in entries:
        raise PackageRefused(
            "wrong_format", msg("The file is not a return package: no signed manifest.")
        )
    if len(raw) > MAX_MANIFEST_BYTES:
        raise PackageRefused("too_large", msg("The package's manifest is too large."))
    try:
        # Read before its signature is checked: bounded (no deep nesting, no key twice).
        parsed = parse_json(raw, "The package's manifest")
    except UserError as exc:
        raise PackageRefused(
            "tampered", msg("The package's manifest is not readable JSON.")
        ) from exc
    if not isinstance(parsed, dict) or parsed.get("format") != FORMAT:
        raise PackageRefused("wrong_format", msg("The file is not a Talash return package."))
    if parsed.get("format_version") not in READABLE_VERSIONS:
        raise PackageRefused(
            "wrong_format",
            msg(
                "The package has format version {parsed}; this program reads version "
                "{FORMAT_VERSION}. Update Talash at HQ.",
                parsed=parsed.get("format_version"),
                FORMAT_VERSION=FORMAT_VERSION,
            ),
        )
    try:
        manifest = from_json(Manifest, parsed)
    except ValidationFailed as exc:
        raise PackageRefused(
            "tampered", msg("The package's manifest is not valid: {exc}", exc=said(exc))
        ) from exc
    if manifest.format_version < CHAIN_LINK_VERSION and "chain_link" in parsed:
        raise PackageRefused(
            "tampered", msg("The package's manifest has a field its format version does not have.")
        )
    return manifest, entries


def verify_package(
    data: bytes,
    keys_for: Callable[[str], list[TrustedKey]],
    limits: Limits = DEFAULT_LIMITS,
) -> VerifiedPackage:
    """Check signature and every hash against the pinned keys of the manifest's station."""
    manifest, entries = read_manifest(data, limits)
    code = manifest.station_code
    keys = keys_for(code)
    if not keys:
        raise PackageRefused(
            "unknown_station",
            msg(
                "The package says it comes from station {code}, which HQ does not "
                "trust. Trust the station's public key first (talash hq trust), after "
                "checking its fingerprint.",
                code=code,
            ),
        )
    key = next((k for k in keys if k.key_id == manifest.key_id), None)
    if key is None:
        raise PackageRefused(
            "unknown_key",
            msg(
                "The package is signed with a key ({key_id}…) that HQ has not trusted "
                "for station {code}. If the station made a new key, trust it first.",
                key_id=manifest.key_id[:16],
                code=code,
            ),
        )
    signature = entries[SIGNATURE]
    if not verify_signature(key.public_raw, signature, entries[MANIFEST]):
        raise PackageRefused(
            "bad_signature",
            msg(
                "The signature does not match: the manifest of this package from "
                "{code} was altered, or it was signed with a different key. The "
                "package is refused.",
                code=code,
            ),
        )
    listed = {f.name: f for f in manifest.files}
    present = set(entries) - {MANIFEST, SIGNATURE}
    expected = {f + SEALED for f in VERSION_FILES[manifest.format_version]}
    if set(listed) != present or set(listed) != expected:
        raise PackageRefused(
            "tampered", msg("The package's files are not the ones its signed manifest lists.")
        )
    for name, meta in listed.items():
        content = entries[name]
        if len(content) != meta.size or sha256_hex(content) != meta.sha256:
            raise PackageRefused(
                "tampered",
                msg(
                    "The package's file {name} was altered after signing (its SHA-256 does "
                    "not match the signed manifest). The package is refused.",
                    name=name,
                ),
            )
    return VerifiedPackage(
        manifest=manifest,
        manifest_bytes=entries[MANIFEST],
        signature=signature,
        sha256=sha256_hex(data),
        sealed={name: entries[name] for name in present},
    )


@dataclass(frozen=True)
class OpenedPackage:
    verified: VerifiedPackage
    payload: ReturnPayload
    annex: AnnexPayload
    matching: MatchingPayload | None  # None from a version-1 package: HQ keeps what it had


def open_payload(verified: VerifiedPackage, opener: HqOpener) -> OpenedPackage:
    """Decrypt with HQ's key and read the JSON; plain hashes and content are checked too."""
    manifest = verified.manifest
    if manifest.hq_key_id != opener.key_id:
        raise PackageRefused(
            "not_for_this_hq",
            msg(
                "The package was sealed to another HQ key ({hq_key_id}…); this HQ's "
                "key is {key_id}…. The station must install this HQ's public key.",
                hq_key_id=manifest.hq_key_id[:16],
                key_id=opener.key_id[:16],
            ),
        )
    plain: dict[str, bytes] = {}
    for meta in manifest.files:
        try:
            content = opener.open(verified.sealed[meta.name])
        except NotForThisKey as exc:
            raise PackageRefused(
                "not_for_this_hq",
                msg("The package's {name} cannot be opened with HQ's key.", name=meta.name),
            ) from exc
        if len(content) != meta.plain_size or sha256_hex(content) != meta.plain_sha256:
            raise PackageRefused(
                "tampered", msg("The content of {name} does not match.", name=meta.name)
            )
        plain[meta.name.removesuffix(SEALED)] = content
    try:
        payload = from_json(ReturnPayload, json.loads(plain[RETURN_FILE]))
        annex = from_json(AnnexPayload, json.loads(plain[ANNEX_FILE]))
        matching = (
            MatchingPayload.from_json(json.loads(plain[MATCHING_FILE]))
            if MATCHING_FILE in plain
            else None
        )
    except (ValidationFailed, ValueError, UnicodeDecodeError) as exc:
        raise PackageRefused(
            "bad_payload", msg("The package's return cannot be read: {exc}", exc=said(exc))
        ) from exc
    parts = [(payload.station_code, payload.period), (annex.station_code, annex.period)]
    if matching is not None:
        parts.append((matching.station_code, matching.period))
    for code, period in parts:
        if code != manifest.station_code or period != manifest.period:
            raise PackageRefused(
                "bad_payload", msg("The package's return is for another station or period.")
            )
    for table in payload.tables:
        width = len(table.columns)
        if any(len(row.values) != width for row in table.rows):
            raise PackageRefused(
                "bad_payload", msg("Table {code} of the package is malformed.", code=table.code)
            )
    return OpenedPackage(verified, payload, annex, matching)


def period_key(period: Period) -> tuple[str, date, date]:
    return (period.kind.value, period.start, period.end)
