"""The possible-match notice: a file HQ sends one station about one of its records.

    {"format": "talash-match-notice", "format_version": 1, "key_id": "<HQ notice key id>",
     "sealed": false, "body": "<the notice, canonical JSON, as text>",
     "signature": "<base64 Ed25519 signature of body's UTF-8 bytes>"}

The signature covers the body's exact bytes, so nothing in it can change unseen. Stations hold no
key HQ could seal to (they have only Ed25519 signing keys), so the body travels signed, not
sealed: ``sealed`` is there for the version that adds a station exchange key. This module checks
what a notice *is*; whether the station takes it (its station, a replay) is the service's call.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from models.audit import canonical_json
from models.errors import UserError, ValidationFailed
from models.json_input import parse_json
from models.messages import msg, said
from models.packages.keys import StationSigner, verify_signature
from models.packages.package import sha256_hex

FORMAT = "talash-match-notice"
FORMAT_VERSION = 1
SUFFIX = ".talash-match"
MAX_NOTICE_BYTES = 256 * 1024


class NoticeRefused(UserError):
    """The station does not take this notice; ``reason`` is a short code, the message says why."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class NoticeSide:
    """One record of the pair as the notice shows it."""

    station_code: str
    station_name: str
    name_local: str | None
    district: str | None
    phone: str | None
    email: str | None
    kind: str  # case, found, body
    ref: str
    uuid: str
    display_name: str
    sex: str
    age_text: str
    at: datetime


@dataclass(frozen=True)
class NoticeSignal:
    name: str
    points: float
    text: str


@dataclass(frozen=True)
class NoticeBody:
    notice_id: str
    issued_at: datetime
    hq_code: str
    hq_name: str
    to_station: str
    own: NoticeSide  # the receiving station's record
    other: NoticeSide  # the record at the other station
    score: int
    signals: tuple[NoticeSignal, ...]
    contradictions: tuple[str, ...]


@dataclass(frozen=True)
class ReadNotice:
    body: NoticeBody
    body_text: str
    key_id: str
    sha256: str


def build_notice(body: NoticeBody, signer: StationSigner) -> bytes:
    from models.dto_codec import to_json

    text = canonical_json(to_json(body))
    envelope = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "key_id": signer.key_id,
        "sealed": False,
        "body": text,
        "signature": base64.b64encode(signer.sign(text.encode("utf-8"))).decode("ascii"),
    }
    return (json.dumps(envelope, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def notice_file_name(body: NoticeBody) -> str:
    return f"{body.to_station}_match_{body.notice_id[:8]}{SUFFIX}"


def read_notice(data: bytes, *, trusted_key_id: str, trusted_public: bytes) -> ReadNotice:
    """Check the envelope and HQ's signature, then read the body; refuse in plain words."""
    from models.dto_codec import from_json

    if len(data) > MAX_NOTICE_BYTES:
        raise NoticeRefused(
            "too_large", msg("The file is too large to be a possible-match notice.")
        )
    try:
        envelope: Any = parse_json(data, "the notice")  # bounded: read before its signature
    except UserError as exc:
        raise NoticeRefused(
            "wrong_format", msg("The file is not a possible-match notice (not JSON).")
        ) from exc
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise NoticeRefused("wrong_format", msg("The file is not a Talash possible-match notice."))
    if envelope.get("format_version") != FORMAT_VERSION:
        raise NoticeRefused(
            "wrong_format",
            msg(
                "The notice has format version {envelope}; this program reads version "
                "{FORMAT_VERSION}. Update Talash.",
                envelope=envelope.get("format_version"),
                FORMAT_VERSION=FORMAT_VERSION,
            ),
        )
    body_text, signature = envelope.get("body"), envelope.get("signature")
    if not isinstance(body_text, str) or not isinstance(signature, str):
        raise NoticeRefused("wrong_format", msg("The notice has no signed body."))
    if envelope.get("key_id") != trusted_key_id:
        raise NoticeRefused(
            "unknown_key",
            msg(
                "The notice is not signed with the HQ notice key this station trusts "
                "({trusted_key_id}…). If HQ made a new key, install it first (talash "
                "keys trust-hq-notices FILE), after checking its fingerprint by phone.",
                trusted_key_id=trusted_key_id[:16],
            ),
        )
    try:
        raw_signature = base64.b64decode(signature, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise NoticeRefused("bad_signature", msg("The notice's signature is damaged.")) from exc
    if not verify_signature(trusted_public, raw_signature, body_text.encode("utf-8")):
        raise NoticeRefused(
            "bad_signature",
            msg(
                "HQ's signature does not match: the notice was altered after HQ signed "
                "it, or it was not signed by HQ. The notice is refused.",
            ),
        )
    try:
        body = from_json(NoticeBody, json.loads(body_text))
    except (ValidationFailed, json.JSONDecodeError) as exc:
        raise NoticeRefused(
            "bad_payload", msg("The notice cannot be read: {exc}", exc=said(exc))
        ) from exc
    return ReadNotice(body, body_text, trusted_key_id, sha256_hex(data))
