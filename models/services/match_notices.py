"""At a station: HQ's possible-match notices, trusted by HQ's notice key and shown on the record.

A notice says that one of this station's open cases (or found persons) may be a record of
another station, with the score, the reasons and the other station's contacts. The station head
installs HQ's notice-signing public key once (checked by its fingerprint over the phone); a notice
signed by any other key, meant for another station, or imported before is refused, and every
attempt is audited.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import audit
from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.entities import AppUser, Case, FoundPerson, MatchNotice, Setting
from models.errors import NotFound
from models.messages import msg
from models.packages.keys import HQ_SIGNING, PublicKeyInfo
from models.packages.match_notice import NoticeRefused, NoticeSide, read_notice
from models.packages.package import sha256_hex
from models.permissions import Capability, require
from models.services.common import local_station
from models.services.exchange_keys import require_station_db, stored_key

HQ_NOTICE_KEY = "hq_notice_key"  # at a station: HQ's notice-signing public key


@dataclass(frozen=True)
class MatchNoticeSignal:
    name: str
    points: float
    text: str


@dataclass(frozen=True)
class ReceivedNotice:
    """A possible-match notice from HQ, as the case (or found person) shows it."""

    notice_id: str
    issued_at: datetime
    imported_at: datetime
    imported_by: str
    hq_code: str
    hq_name: str
    own_kind: str  # case, found, body
    own_ref: str
    other: NoticeSide  # the other station's record and how to reach that station
    score: int
    signals: tuple[MatchNoticeSignal, ...]
    contradictions: tuple[str, ...]


class MatchNoticeService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def trust_hq_notice_key(self, actor: Actor, data: bytes, *, source: str) -> PublicKeyInfo:
        """Install HQ's notice-signing public key (read its fingerprint out with HQ first)."""
        require(actor, Capability.MANAGE_KEYS)
        info = PublicKeyInfo.from_file(data, expected_kind=HQ_SIGNING, source=source)
        with self.db.write() as s:
            require_station_db(s)
            previous = stored_key(s, HQ_NOTICE_KEY, HQ_SIGNING)
            row = s.get(Setting, HQ_NOTICE_KEY)
            if row is None:
                s.add(Setting(key=HQ_NOTICE_KEY, value=info.to_json()))
            else:
                row.value = info.to_json()
            audit.record(
                s,
                at=self.clock.now(),
                actor=actor,
                action="keys.trust_hq_notices",
                subject=audit.Subject("key", None, info.key_id[:40]),
                details={
                    "hq": info.unit_code,
                    "key_id": info.key_id,
                    "replaced": previous.key_id if previous else None,
                },
            )
            return info

    def import_notice(self, actor: Actor, data: bytes, file_name: str) -> ReceivedNotice:
        """Check and keep one notice on its record; refuse it in plain words otherwise.

        Whoever may change the record takes the notice onto it: the station head, the case's
        IO, or for a found person an IO or the head.
        """
        require(actor, Capability.VIEW_CASE)
        now = self.clock.now()
        try:
            with self.db.write() as s:
                require_station_db(s)
                key = stored_key(s, HQ_NOTICE_KEY, HQ_SIGNING)
                if key is None:
                    raise NoticeRefused(
                        "no_hq_key",
                        msg(
                            "HQ's notice-signing key is not installed, so no notice can be "
                            "trusted. Install the file HQ sent "
                            "(talash keys trust-hq-notices FILE).",
                        ),
                    )
                notice = read_notice(data, trusted_key_id=key.key_id, trusted_public=key.public_key)
                body = notice.body
                station = local_station(s)
                if body.to_station != station.code:
                    raise NoticeRefused(
                        "other_station",
                        msg(
                            "The notice is for station {to_station}, not for this station "
                            "({code}). Send it on to them; it is not imported here.",
                            to_station=body.to_station,
                            code=station.code,
                        ),
                    )
                earlier = s.scalar(
                    select(MatchNotice).where(MatchNotice.notice_id == body.notice_id)
                )
                if earlier is not None:
                    raise NoticeRefused(
                        "replay",
                        msg(
                            "This notice ({notice_id}) was imported on {imported_at} UTC; it is "
                            "not imported again.",
                            notice_id=body.notice_id[:8],
                            imported_at=f"{earlier.imported_at:%d-%m-%Y %H:%M}",
                        ),
                    )
                case_id, found_id = self._own_record(
                    s, actor, station.id, body.own.kind, body.own.uuid
                )
                s.add(
                    MatchNotice(
                        notice_id=body.notice_id,
                        case_id=case_id,
                        found_id=found_id,
                        hq_key_id=notice.key_id,
                        issued_at=body.issued_at,
                        score=body.score,
                        other_station=body.other.station_code[:32],
                        other_ref=body.other.ref[:40],
                        body=notice.body_text,
                        sha256=notice.sha256,
                        imported_at=now,
                        imported_by_id=actor.user_id,
                    )
                )
                audit.record(
                    s,
                    at=now,
                    actor=actor,
                    action="match_notice.import",
                    subject=audit.Subject(
                        "case" if case_id else "found", body.own.uuid, body.own.ref
                    ),
                    details={
                        "notice_id": body.notice_id,
                        "file": file_name,
                        "sha256": notice.sha256,
                        "other": f"{body.other.station_code} {body.other.ref}",
                        "score": body.score,
                    },
                )
                user = s.get(AppUser, actor.user_id)
                return _received(body_text=notice.body_text, row_imported=now, by=user)
        except NoticeRefused as exc:
            with self.db.write() as s:
                audit.record(
                    s,
                    at=now,
                    actor=actor,
                    action="match_notice.import",
                    outcome="refused",
                    subject=audit.Subject("match_notice", None, file_name[:40]),
                    details={
                        "file": file_name,
                        "sha256": sha256_hex(data),
                        "reason": exc.reason,
                    },
                )
            raise

    def _own_record(
        self, s: Session, actor: Actor, station_id: int, kind: str, uuid: str
    ) -> tuple[int | None, int | None]:
        if kind == "case":
            case = s.scalar(select(Case).where(Case.uuid == uuid, Case.station_id == station_id))
            if case is not None:
                require(actor, Capability.EDIT_CASE, assigned_io_id=case.io_id)
                return case.id, None
        else:
            fp = s.scalar(
                select(FoundPerson).where(
                    FoundPerson.uuid == uuid, FoundPerson.station_id == station_id
                )
            )
            if fp is not None:
                require(actor, Capability.EDIT_FOUND)
                return None, fp.id
        raise NoticeRefused(
            "unknown_record",
            msg(
                "The notice is about a record this register does not hold (destroyed, "
                "or the notice was made from another register). It is not imported.",
            ),
        )

    def notices_for_case(self, actor: Actor, ref: str) -> tuple[ReceivedNotice, ...]:
        """HQ's possible-match notices on a case, newest first (for the case window)."""
        require(actor, Capability.VIEW_CASE)
        with self.db.read() as s:
            station = local_station(s)
            case = s.scalar(
                select(Case).where(Case.station_id == station.id, Case.register_no == ref)
            )
            if case is None:
                raise NotFound(msg("There is no case {ref} in this register.", ref=ref))
            return self._list(s, MatchNotice.case_id == case.id)

    def notices_for_found(self, actor: Actor, ref: str) -> tuple[ReceivedNotice, ...]:
        """HQ's possible-match notices on a found person or body, newest first."""
        require(actor, Capability.VIEW_CASE)
        with self.db.read() as s:
            station = local_station(s)
            fp = s.scalar(
                select(FoundPerson).where(
                    FoundPerson.station_id == station.id, FoundPerson.ref_no == ref
                )
            )
            if fp is None:
                raise NotFound(msg("There is no found person {ref} in this register.", ref=ref))
            return self._list(s, MatchNotice.found_id == fp.id)

    def _list(self, s: Session, where: object) -> tuple[ReceivedNotice, ...]:
        rows = s.scalars(
            select(MatchNotice)
            .where(where)  # type: ignore[arg-type]
            .order_by(MatchNotice.issued_at.desc(), MatchNotice.id.desc())
        )
        return tuple(
            _received(r.body, r.imported_at, s.get(AppUser, r.imported_by_id)) for r in rows
        )


def _received(body_text: str, row_imported: datetime, by: AppUser | None) -> ReceivedNotice:
    from models.dto_codec import from_json
    from models.packages.match_notice import NoticeBody

    body = from_json(NoticeBody, json.loads(body_text))
    return ReceivedNotice(
        notice_id=body.notice_id,
        issued_at=body.issued_at,
        imported_at=row_imported,
        imported_by=by.username if by else "?",
        hq_code=body.hq_code,
        hq_name=body.hq_name,
        own_kind=body.own.kind,
        own_ref=body.own.ref,
        other=body.other,
        score=body.score,
        signals=tuple(MatchNoticeSignal(x.name, x.points, x.text) for x in body.signals),
        contradictions=body.contradictions,
    )
