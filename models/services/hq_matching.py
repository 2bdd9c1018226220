"""Matching across stations at HQ, and the signed possible-match notices HQ sends.

In a drive most children are found far from the station that registered them; only HQ sees
every station. Each weekly package brings the station's matching descriptors (open cases,
unlinked found persons and bodies); HQ keeps the newest set per station, replaced in the
transaction that imports the package. HQ scores every found person or body of each station
against the open cases of the *other* stations with the same rules a station uses on its own
register (``models.rules.matching.score_pair``): a station already sees its own pairs.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from models import audit
from models.actor import Actor
from models.atomic_file import StagedFile, stage
from models.clock import Clock
from models.db import Database
from models.dto.hq_matching import CrossMatch, CrossMatches, MatchSide
from models.entities import (
    HqMatchNotice,
    HqMatchRecord,
    HqMatchStation,
    HqPackage,
    HqPossibleMatch,
    HqStationKey,
    Setting,
)
from models.errors import NotFound, RuleViolation, StorageError
from models.messages import msg, said
from models.packages.keys import HQ_SIGNING, KeyStore, PublicKeyInfo, StationSigner
from models.packages.match_notice import (
    NoticeBody,
    NoticeSide,
    NoticeSignal,
    build_notice,
    notice_file_name,
)
from models.packages.package import MatchingPayload, sha256_hex
from models.permissions import Capability, require
from models.rules.matching import (
    AGE_TOLERANCE,
    CLOCK_SLACK,
    THRESHOLD,
    MatchProfile,
    MatchResult,
    missing_age_on,
    score_pair,
)
from models.services.common import local_station
from models.services.exchange_keys import require_hq_db, stored_key
from models.services.match_store import compatible_sexes

NOTICE_KEY = "hq_notice_public_key"  # at HQ: its own notice-signing public key
FOUND_KINDS = ("found", "body")


@dataclass(frozen=True)
class SentNotice:
    to_station: str
    path: Path
    notice_id: str
    sha256: str


# -- storing a package's descriptors (inside HQ's import transaction) ------------------------


def replace_descriptors(
    s: Session, package: HqPackage, matching: MatchingPayload, now: datetime, district: str
) -> int:
    """The station's descriptors from this package replace the ones HQ held for it."""
    code = package.station_code
    s.execute(delete(HqMatchRecord).where(HqMatchRecord.station_code == code))
    rows = [
        {
            "station_code": code,
            "kind": r.kind,
            "ref": r.ref[:40],
            "uuid": r.uuid[:36],
            "profile": json.dumps(dict(r.profile), ensure_ascii=False, sort_keys=True),
        }
        for r in matching.records
    ]
    if rows:
        s.execute(insert(HqMatchRecord), rows)
    station = s.scalar(select(HqMatchStation).where(HqMatchStation.station_code == code))
    if station is None:
        station = HqMatchStation(station_code=code)
        s.add(station)
    c = matching.contacts
    station.station_name = package.station_name
    station.name_local = c.name_local
    station.district = district or None
    station.phone = c.phone
    station.email = c.email
    station.package_id = package.id
    station.records = len(rows)
    station.replaced_at = now
    return len(rows)


# -- the service ----------------------------------------------------------------------------


def _age_text(p: MatchProfile) -> str:
    if p.age_low is None or p.age_high is None:
        return "age not known"
    return str(p.age_low) if p.age_low == p.age_high else f"{p.age_low}–{p.age_high}"


def _side(p: MatchProfile, station: HqMatchStation | None, code: str) -> MatchSide:
    return MatchSide(
        station_code=code,
        station_name=station.station_name if station else code,
        name_local=station.name_local if station else None,
        district=station.district if station else None,
        phone=station.phone if station else None,
        email=station.email if station else None,
        kind=p.kind,
        ref=p.ref,
        uuid=p.uuid,
        display_name=p.display_name or (p.names[0] if p.names else ""),
        sex=p.sex,
        age_text=_age_text(p),
        is_child=p.is_child,
        at=p.at,
    )


def _profile(row: HqMatchRecord) -> MatchProfile:
    data: dict[str, Any] = json.loads(row.profile)
    # HQ's own columns name the record: a profile cannot claim another station or kind.
    data.update(kind="found" if row.kind in FOUND_KINDS else "case", ref=row.ref, uuid=row.uuid)
    data["station"] = row.station_code
    return MatchProfile.from_dict(data)


def _may_match(found: MatchProfile, case: MatchProfile) -> bool:
    """The station's prefilter, in memory: last seen before found, ages within the tolerance.

    A pair outside it carries a contradiction that sinks it below the threshold anyway.
    """
    if found.at < case.at - CLOCK_SLACK:
        return False
    ages = missing_age_on(case, found.at)
    if ages is None or found.age_low is None or found.age_high is None:
        return True
    low, high = ages
    return found.age_low - high <= AGE_TOLERANCE and low - found.age_high <= AGE_TOLERANCE


@dataclass(frozen=True)
class ScoredPairs:
    pairs: list[tuple[MatchProfile, MatchProfile, MatchResult]]
    scored: int  # pairs that passed the prefilter and were scored


def cross_station_pairs(
    found: list[MatchProfile], cases: list[MatchProfile], min_score: int
) -> ScoredPairs:
    """Every found person against the open cases of the other stations that may be them."""
    by_sex: dict[str, list[MatchProfile]] = {}
    for c in cases:
        by_sex.setdefault(c.sex, []).append(c)
    out = []
    scored = 0
    for f in found:
        for sex in compatible_sexes(f.sex):
            for c in by_sex.get(sex, ()):
                if c.station == f.station or not _may_match(f, c):
                    continue
                scored += 1
                result = score_pair(f, c)
                if not result.excluded and result.score >= min_score:
                    out.append((f, c, result))
    out.sort(key=lambda item: (-item[2].score, item[0].station, item[0].ref, item[1].ref))
    return ScoredPairs(out, scored)


class HqMatchingService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    # -- HQ's notice-signing key ------------------------------------------------------------

    def init_notice_key(
        self, actor: Actor, store: KeyStore, passphrase: str, *, replace: bool = False
    ) -> PublicKeyInfo:
        """Make HQ's Ed25519 key for signing possible-match notices (stations trust its file)."""
        require(actor, Capability.MANAGE_KEYS)
        now = self.clock.now()
        with self.db.write() as s:
            require_hq_db(s)
            unit = local_station(s)
            raw = store.create_hq_notice_key(passphrase, now=now, replace=replace)
            info = PublicKeyInfo(HQ_SIGNING, unit.code, unit.name, unit.district, raw, now)
            previous = stored_key(s, NOTICE_KEY, HQ_SIGNING)
            row = s.get(Setting, NOTICE_KEY)
            if row is None:
                s.add(Setting(key=NOTICE_KEY, value=info.to_json()))
            else:
                row.value = info.to_json()
            audit.record(
                s,
                at=now,
                actor=actor,
                action="keys.init",
                subject=audit.Subject("key", None, info.key_id[:40]),
                details={
                    "kind": HQ_SIGNING,
                    "key_id": info.key_id,
                    "replaced": previous.key_id if previous else None,
                },
            )
            return info

    def notice_public_key(self, actor: Actor) -> PublicKeyInfo:
        """HQ's notice-signing public key, to hand to the stations."""
        require(actor, Capability.MANAGE_KEYS)
        with self.db.read() as s:
            require_hq_db(s)
            info = stored_key(s, NOTICE_KEY, HQ_SIGNING)
            if info is None:
                raise RuleViolation(
                    msg(
                        "HQ has no notice-signing key yet: make one first (talash hq notice-key).",
                    )
                )
            return info

    # -- matching ---------------------------------------------------------------------------

    def _load(
        self, s: Session
    ) -> tuple[list[MatchProfile], list[MatchProfile], dict[str, HqMatchStation], dict[str, str]]:
        stations = {m.station_code: m for m in s.scalars(select(HqMatchStation))}
        found: list[MatchProfile] = []
        cases: list[MatchProfile] = []
        kinds: dict[str, str] = {}
        for row in s.scalars(select(HqMatchRecord).order_by(HqMatchRecord.id)):
            (found if row.kind in FOUND_KINDS else cases).append(_profile(row))
            kinds[row.uuid] = row.kind
        return found, cases, stations, kinds

    def matches(self, actor: Actor, *, min_score: int = THRESHOLD) -> CrossMatches:
        """Possible matches across stations, best first, each with why and why not.

        Pairs at or above the score are kept (``hq_possible_match``) with when HQ first and last
        saw them, so the notices sent about them can be told apart from new ones.
        """
        require(actor, Capability.HQ_IMPORT)
        now = self.clock.now()
        with self.db.write() as s:
            require_hq_db(s)
            unit = local_station(s)
            found, cases, stations, kinds = self._load(s)
            scored = cross_station_pairs(found, cases, min_score)
            pairs = scored.pairs
            kept = {(m.found_uuid, m.case_uuid): m for m in s.scalars(select(HqPossibleMatch))}
            sent: dict[int, set[str]] = {}
            for notice in s.scalars(select(HqMatchNotice)):
                sent.setdefault(notice.match_id, set()).add(notice.to_station)
            out: list[CrossMatch] = []
            for f, c, result in pairs:
                row = kept.get((f.uuid, c.uuid))
                # A pair seen for the first time has had no notice yet; its row is written
                # with the others at commit, in one batch.
                notices = tuple(sorted(sent.get(row.id, ()))) if row is not None else ()
                if row is None:
                    row = HqPossibleMatch(
                        found_station=f.station,
                        found_kind=kinds.get(f.uuid, "found"),
                        found_ref=f.ref,
                        found_uuid=f.uuid,
                        case_station=c.station,
                        case_ref=c.ref,
                        case_uuid=c.uuid,
                        first_found_at=now,
                    )
                    s.add(row)
                row.score = result.score
                row.last_found_at = now
                found_side = _side(f, stations.get(f.station), f.station)
                found_side = _with_kind(found_side, kinds.get(f.uuid, "found"))
                out.append(
                    CrossMatch(
                        found_side,
                        _side(c, stations.get(c.station), c.station),
                        result,
                        notices,
                    )
                )
            audit.record(
                s,
                at=now,
                actor=actor,
                action="hq.matches",
                details={
                    "stations": len(stations),
                    "found": len(found),
                    "cases": len(cases),
                    "matches": len(out),
                    "pairs_scored": scored.scored,
                    "min_score": min_score,
                },
            )
            return CrossMatches(
                generated_at=now,
                hq_code=unit.code,
                hq_name=unit.name,
                hq_name_local=unit.name_local,
                stations=len(stations),
                found_records=len(found),
                case_records=len(cases),
                pairs_scored=scored.scored,
                threshold=min_score,
                matches=tuple(out),
            )

    # -- notices ----------------------------------------------------------------------------

    def send_notice(
        self,
        actor: Actor,
        found_ref: str,
        case_ref: str,
        signer: StationSigner,
        out_dir: Path,
        *,
        found_station: str | None = None,
        case_station: str | None = None,
    ) -> tuple[SentNotice, ...]:
        """Signed notices about one pair: one for the case's station, one for the found's.

        The pair is scored again from the descriptors HQ holds now, so the notice says why as
        of today; a pair HQ no longer holds (traced, linked, or a newer package) is refused.
        """
        require(actor, Capability.HQ_IMPORT)
        now = self.clock.now()
        staged: list[StagedFile] = []
        try:
            with self.db.write() as s:
                require_hq_db(s)
                unit = local_station(s)
                own = stored_key(s, NOTICE_KEY, HQ_SIGNING)
                if own is None or own.key_id != signer.key_id:
                    raise RuleViolation(
                        msg(
                            "The unlocked key is not HQ's notice-signing key in force (talash hq "
                            "notice-key).",
                        )
                    )
                f_row = self._record(s, found_ref, FOUND_KINDS, found_station)
                c_row = self._record(s, case_ref, ("case",), case_station)
                if f_row.station_code == c_row.station_code:
                    raise RuleViolation(
                        msg("Both records are of the same station: it sees that pair itself.")
                    )
                f, c = _profile(f_row), _profile(c_row)
                result = score_pair(f, c)
                if result.excluded:
                    raise RuleViolation(
                        msg(
                            "{found} and {case} cannot be the same person ({why}): no notice is "
                            "sent.",
                            found=f.ref,
                            case=c.ref,
                            why="; ".join(result.contradictions),
                        )
                    )
                stations = {m.station_code: m for m in s.scalars(select(HqMatchStation))}
                found_side = _with_kind(_side(f, stations.get(f.station), f.station), f_row.kind)
                case_side = _side(c, stations.get(c.station), c.station)
                match = s.scalar(
                    select(HqPossibleMatch).where(
                        HqPossibleMatch.found_uuid == f.uuid, HqPossibleMatch.case_uuid == c.uuid
                    )
                )
                if match is None:
                    match = HqPossibleMatch(
                        found_station=f.station,
                        found_kind=f_row.kind,
                        found_ref=f.ref,
                        found_uuid=f.uuid,
                        case_station=c.station,
                        case_ref=c.ref,
                        case_uuid=c.uuid,
                        first_found_at=now,
                    )
                    s.add(match)
                match.score = result.score
                match.last_found_at = now
                s.flush()
                out_dir.mkdir(parents=True, exist_ok=True)
                sent: list[SentNotice] = []
                for own_side, other_side in ((case_side, found_side), (found_side, case_side)):
                    body = NoticeBody(
                        notice_id=str(uuidlib.uuid4()),
                        issued_at=now,
                        hq_code=unit.code,
                        hq_name=unit.name,
                        to_station=own_side.station_code,
                        own=_notice_side(own_side),
                        other=_notice_side(other_side),
                        score=result.score,
                        signals=tuple(
                            NoticeSignal(x.name, x.points, x.text) for x in result.signals
                        ),
                        contradictions=result.contradictions,
                    )
                    data = build_notice(body, signer)
                    path = out_dir / notice_file_name(body)
                    staged.append(stage(path, data))
                    digest = sha256_hex(data)
                    s.add(
                        HqMatchNotice(
                            notice_id=body.notice_id,
                            match_id=match.id,
                            to_station=body.to_station,
                            sha256=digest,
                            file_name=path.name,
                            sent_at=now,
                            sent_by_id=actor.user_id,
                        )
                    )
                    audit.record(
                        s,
                        at=now,
                        actor=actor,
                        action="hq.match_notice",
                        subject=audit.Subject("match_notice", body.notice_id, body.to_station),
                        details={
                            "to": body.to_station,
                            "own_ref": own_side.ref,
                            "other": f"{other_side.station_code} {other_side.ref}",
                            "score": result.score,
                            "sha256": digest,
                        },
                    )
                    sent.append(SentNotice(body.to_station, path, body.notice_id, digest))
            # Only once the notices are recorded do they take their names.
            for file in staged:
                file.publish()
        except OSError as exc:
            raise StorageError(
                msg(
                    "The notice could not be written to {out_dir}: {exc}.",
                    out_dir=out_dir,
                    exc=said(exc),
                )
            ) from exc
        finally:
            for file in staged:
                file.discard()
        return tuple(sent)

    def _record(
        self, s: Session, ref: str, kinds: tuple[str, ...], station: str | None
    ) -> HqMatchRecord:
        query = select(HqMatchRecord).where(
            HqMatchRecord.kind.in_(kinds),
            (HqMatchRecord.ref == ref) | (HqMatchRecord.uuid == ref),
        )
        if station:
            query = query.where(HqMatchRecord.station_code == station.strip().upper())
        rows = list(s.scalars(query))
        what = msg("open case") if kinds == ("case",) else msg("unlinked found person")
        if not rows and station:
            raise NotFound(
                msg(
                    "HQ holds no {what} {ref} of {station} in the stations' latest packages.",
                    what=what,
                    ref=ref,
                    station=station,
                )
            )
        if not rows:
            raise NotFound(
                msg(
                    "HQ holds no {what} {ref} in the stations' latest packages.",
                    what=what,
                    ref=ref,
                )
            )
        if len(rows) > 1:
            codes = ", ".join(sorted(r.station_code for r in rows))
            raise RuleViolation(
                msg(
                    "Several stations have a {what} {ref} ({codes}): name the station too.",
                    what=what,
                    ref=ref,
                    codes=codes,
                )
            )
        return rows[0]

    def stations_with_descriptors(self, actor: Actor) -> list[tuple[str, str, int, datetime]]:
        """(code, name, records, replaced at) of each station whose descriptors HQ holds."""
        require(actor, Capability.HQ_IMPORT)
        with self.db.read() as s:
            require_hq_db(s)
            known = {k.station_code for k in s.scalars(select(HqStationKey))}
            return [
                (m.station_code, m.station_name, m.records, m.replaced_at)
                for m in s.scalars(select(HqMatchStation).order_by(HqMatchStation.station_code))
                if m.station_code in known
            ]


def _with_kind(side: MatchSide, kind: str) -> MatchSide:
    from dataclasses import replace

    return replace(side, kind=kind)


def _notice_side(side: MatchSide) -> NoticeSide:
    return NoticeSide(
        station_code=side.station_code,
        station_name=side.station_name,
        name_local=side.name_local,
        district=side.district,
        phone=side.phone,
        email=side.email,
        kind=side.kind,
        ref=side.ref,
        uuid=side.uuid,
        display_name=side.display_name,
        sex=side.sex,
        age_text=side.age_text,
        at=side.at,
    )
