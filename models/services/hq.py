"""Headquarters: trust stations' keys, import their signed returns, consolidate, chase the late.

An import is all or nothing: the package row, its figures, labels and annex go in one
transaction, which also proves the package new (``export_id`` is unique, and so is each
station's sequence number). Every attempt, accepted or refused, is an audit event.
"""

from __future__ import annotations

import base64
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models import audit
from models.actor import Actor
from models.clock import Clock, local_today
from models.db import Database
from models.dto.accounts import NewUser, StationInfo, StationInput
from models.dto.returns import (
    AnnexRow,
    Period,
    PeriodKind,
    ReturnColumn,
    ReturnDocument,
    ReturnRow,
    ReturnTable,
)
from models.entities import (
    AppUser,
    HqAnnexRow,
    HqPackage,
    HqReturnCell,
    HqReturnLayout,
    HqStationKey,
)
from models.enums import Role, Sex
from models.errors import NotFound, Problem, ValidationFailed
from models.jobs import CancelCheck, Job, Progress
from models.messages import msg, stored_words
from models.packages.archive import DEFAULT_LIMITS
from models.packages.keys import SIGNING, HqOpener, PublicKeyInfo
from models.packages.package import (
    CHAIN_LINK_VERSION,
    Manifest,
    OpenedPackage,
    PackageRefused,
    TrustedKey,
    VerifiedPackage,
    open_payload,
    read_manifest,
    sha256_hex,
    verify_package,
)
from models.permissions import Capability, require
from models.returns.disclosure import publish as publish_figures
from models.returns.period import week_of
from models.services.accounts import AccountService
from models.services.common import local_station, station_context
from models.services.exchange_keys import mark_hq, require_hq_db
from models.services.hq_matching import replace_descriptors

IMPORTED = "imported"
ALREADY = "already_imported"
REFUSED = "refused"

# How a package's audit chain stands against the head HQ holds from the station's previous one.
CHAIN_FIRST = "first"  # HQ's first package from the station: nothing to compare with yet
CHAIN_EXTENDS = "extends"
CHAIN_REWRITTEN = "rewritten"  # imported, with a warning shown, listed and audited
CHAIN_UNCHECKED = "unchecked"  # a package of format 1 or 2: it carries no chain link


# S1's columns of each station's own R1 totals (HQ's consolidated return and its rollups).
S1_COUNTS = (
    ReturnColumn("opening", msg("Untraced at start")),
    ReturnColumn("reported", msg("Reported")),
    ReturnColumn("total", msg("Total")),
    ReturnColumn("traced", msg("Traced")),
    ReturnColumn("transferred", msg("Transferred out")),
    ReturnColumn("closing", msg("Untraced at end")),
    ReturnColumn("pct_traced", msg("% traced"), "traced", "total"),
    ReturnColumn("children_closing", msg("Children untraced at end")),
)


@dataclass(frozen=True)
class TrustedStation:
    station_code: str
    station_name: str
    district: str | None
    key_id: str
    fingerprint: str
    trusted_at: datetime
    trusted_by: str


@dataclass(frozen=True)
class ImportReceipt:
    """What happened to one file: imported, already imported (nothing changed), or refused."""

    file_name: str
    status: str
    message: str
    sha256: str
    reason: str | None = None
    station_code: str | None = None
    seq: int | None = None
    period: Period | None = None
    export_id: str | None = None
    imported_at: datetime | None = None
    # Set when the station's audit chain does not extend the head HQ held (history rewritten).
    warning: str | None = None

    @property
    def ok(self) -> bool:
        return self.status != REFUSED


@dataclass(frozen=True)
class ChainCheck:
    """The outcome of comparing a package's chain link with the head HQ holds."""

    code: str
    warning: str | None = None


@dataclass(frozen=True)
class StationStatus:
    station_code: str
    station_name: str
    received: tuple[bool, ...]  # one per week of ``HqStatus.weeks``
    last_seq: int | None
    last_period: Period | None
    last_imported_at: datetime | None
    late: bool
    rewritten: tuple[int, ...] = ()  # packages whose chain did not extend the head HQ held


@dataclass(frozen=True)
class HqStatus:
    generated_at: datetime
    weeks: tuple[Period, ...]
    stations: tuple[StationStatus, ...]
    due_week: Period  # the week every station should have sent by now

    @property
    def late(self) -> tuple[StationStatus, ...]:
        return tuple(s for s in self.stations if s.late)

    @property
    def rewritten(self) -> tuple[StationStatus, ...]:
        return tuple(s for s in self.stations if s.rewritten)


def _period(row: HqPackage) -> Period:
    return Period(PeriodKind(row.period_kind), row.period_start, row.period_end)


class HqService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    # -- set-up and trust ---------------------------------------------------------------------

    def init_hq(
        self,
        unit: StationInput,
        head: NewUser,
        head_password: str,
        clerk: NewUser,
        clerk_password: str,
        *,
        desk: str,
    ) -> StationInfo:
        """Set up an HQ database: the HQ unit, its head, and the first HQ clerk."""
        if clerk.role is not Role.HQ_CLERK:
            raise ValidationFailed([Problem("clerk.role", msg("the first HQ user is an HQ clerk"))])
        accounts = AccountService(self.db, self.clock)
        info = accounts.init_station(unit, head, head_password, desk=desk)
        head_actor = accounts.authenticate(head.username, head_password, desk=desk)
        accounts.add_user(head_actor, clerk, clerk_password, typed_by_owner=True)
        with self.db.write() as s:
            mark_hq(s)
            audit.record(
                s,
                at=self.clock.now(),
                actor=head_actor,
                action="hq.init",
                subject=audit.Subject("station", info.uuid, info.code),
                details={"clerk": clerk.username},
            )
        return info

    def trust_station(self, actor: Actor, data: bytes, *, source: str) -> TrustedStation:
        """Pin a station's public signing key (after its fingerprint was checked by phone)."""
        require(actor, Capability.MANAGE_KEYS)
        info = PublicKeyInfo.from_file(data, expected_kind=SIGNING, source=source)
        now = self.clock.now()
        with self.db.write() as s:
            require_hq_db(s)
            row = s.scalar(select(HqStationKey).where(HqStationKey.key_id == info.key_id))
            if row is None:
                row = HqStationKey(
                    station_code=info.unit_code,
                    station_name=info.unit_name,
                    district=info.district or None,
                    key_id=info.key_id,
                    public_key=base64.b64encode(info.public_key).decode("ascii"),
                    trusted_at=now,
                    trusted_by_id=actor.user_id,
                )
                s.add(row)
                s.flush()
                audit.record(
                    s,
                    at=now,
                    actor=actor,
                    action="hq.trust",
                    subject=audit.Subject("station", None, info.unit_code),
                    details={"key_id": info.key_id, "name": info.unit_name},
                )
            return self._trusted(s, row)

    def _trusted(self, s: Session, row: HqStationKey) -> TrustedStation:
        user = s.get(AppUser, row.trusted_by_id)
        return TrustedStation(
            station_code=row.station_code,
            station_name=row.station_name,
            district=row.district,
            key_id=row.key_id,
            fingerprint=PublicKeyInfo(
                SIGNING,
                row.station_code,
                row.station_name,
                "",
                base64.b64decode(row.public_key),
                row.trusted_at,
            ).fingerprint,
            trusted_at=row.trusted_at,
            trusted_by=user.username if user else "?",
        )

    def trusted_stations(self, actor: Actor) -> list[TrustedStation]:
        require(actor, Capability.VIEW_STATISTICS)
        with self.db.read() as s:
            require_hq_db(s)
            rows = s.scalars(
                select(HqStationKey)
                .where(HqStationKey.revoked_at.is_(None))
                .order_by(HqStationKey.station_code, HqStationKey.trusted_at)
            )
            return [self._trusted(s, r) for r in rows]

    # -- import -------------------------------------------------------------------------------

    def import_files(
        self,
        actor: Actor,
        paths: Sequence[Path],
        opener: HqOpener,
        *,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> list[ImportReceipt]:
        """Import return packages, each in its own transaction, in each station's order.

        Files dropped in any order are sorted by station and sequence number first (read from
        their manifests), so a folder of returns goes in whole; files that cannot even be read
        are reported where they stand.
        """
        require(actor, Capability.HQ_IMPORT)
        loaded: list[tuple[tuple[str, int, str], str, bytes]] = []
        receipts: list[ImportReceipt] = []
        for path in paths:
            name = path.name
            try:
                size = path.stat().st_size
                if size > DEFAULT_LIMITS.max_archive_bytes:
                    raise PackageRefused(
                        "too_large",
                        msg(
                            "The file is {value} MB, too large for a return.", value=size // 1048576
                        ),
                    )
                # The size a device or a pipe claims is 0: never read past the cap regardless.
                with path.open("rb") as fh:
                    data = fh.read(DEFAULT_LIMITS.max_archive_bytes + 1)
                if len(data) > DEFAULT_LIMITS.max_archive_bytes:
                    raise PackageRefused("too_large", msg("The file is too large for a return."))
            except PackageRefused as exc:
                receipts.append(self._refused(actor, name, b"", exc))
                continue
            except OSError as exc:
                receipts.append(
                    self._refused(
                        actor,
                        name,
                        b"",
                        PackageRefused("unreadable", msg("{strerror}.", strerror=exc.strerror)),
                    )
                )
                continue
            try:
                manifest, _ = read_manifest(data)
                order = (manifest.station_code, manifest.seq, name)
            except PackageRefused:
                order = ("", 0, name)  # refused again, with its reason, when imported below
            loaded.append((order, name, data))
        loaded.sort(key=lambda item: item[0])
        job = Job(len(loaded), progress, cancel)
        for _, name, data in loaded:
            job.start(name)
            receipts.append(self.import_package(actor, data, name, opener, job=job))
            job.step(name)
        return receipts

    def import_package(
        self,
        actor: Actor,
        data: bytes,
        file_name: str,
        opener: HqOpener,
        *,
        job: Job | None = None,
    ) -> ImportReceipt:
        """Verify, check against HQ's records, decrypt and store one package (or refuse it)."""
        require(actor, Capability.HQ_IMPORT)
        job = job or Job(1)
        digest = sha256_hex(data)
        now = self.clock.now()
        try:
            with self.db.write() as s:
                require_hq_db(s)
                verified = verify_package(data, lambda code: self._keys(s, code))
                m = verified.manifest
                earlier = s.scalar(select(HqPackage).where(HqPackage.export_id == m.export_id))
                if earlier is not None:
                    return self._already(s, actor, file_name, verified, earlier, now)
                chain = self._check_order(s, verified)
                opened = open_payload(verified, opener)
                job.check()
                package = self._store(s, actor, file_name, opened, now, chain)
                # The progress callback runs inside the transaction: stopping (or a crash) here
                # leaves nothing of the package behind.
                job.start(f"{file_name}: stored, committing")
                job.check()
                audit.record(
                    s,
                    at=now,
                    actor=actor,
                    action="hq.import",
                    subject=audit.Subject("return", m.export_id, f"{m.station_code}/{m.seq}"),
                    details={
                        "file": file_name,
                        "sha256": digest,
                        "station": m.station_code,
                        "seq": m.seq,
                        "period": m.period.label,
                        "cells": package,
                        "chain": chain.code,
                    },
                )
                if chain.code == CHAIN_REWRITTEN:
                    audit.record(
                        s,
                        at=now,
                        actor=actor,
                        action="hq.chain_rewritten",
                        outcome="flagged",
                        subject=audit.Subject("return", m.export_id, f"{m.station_code}/{m.seq}"),
                        details={
                            "station": m.station_code,
                            "seq": m.seq,
                            "audit_head": m.audit_chain_head.event_id,
                            "chain_link": m.chain_link.event_id if m.chain_link else None,
                            "warning": chain.warning,
                        },
                    )
        except PackageRefused as exc:
            return self._refused(actor, file_name, data, exc)
        return ImportReceipt(
            file_name=file_name,
            status=IMPORTED,
            message=f"Imported: {m.station_code}, {m.period.describe()}, package {m.seq}.",
            sha256=digest,
            station_code=m.station_code,
            seq=m.seq,
            period=m.period,
            export_id=m.export_id,
            imported_at=now,
            warning=chain.warning,
        )

    def _keys(self, s: Session, code: str) -> list[TrustedKey]:
        rows = s.scalars(
            select(HqStationKey).where(
                HqStationKey.station_code == code, HqStationKey.revoked_at.is_(None)
            )
        )
        return [TrustedKey(r.station_code, r.key_id, base64.b64decode(r.public_key)) for r in rows]

    def _already(
        self,
        s: Session,
        actor: Actor,
        file_name: str,
        verified: VerifiedPackage,
        earlier: HqPackage,
        now: datetime,
    ) -> ImportReceipt:
        m = verified.manifest
        if earlier.sha256 != verified.sha256:
            raise PackageRefused(
                "replay",
                msg(
                    "Another package with the same export id ({export_id}) was imported on "
                    "{imported_at}; this one differs from it. Refused as a replay.",
                    export_id=m.export_id,
                    imported_at=f"{earlier.imported_at:%d-%m-%Y}",
                ),
            )
        audit.record(
            s,
            at=now,
            actor=actor,
            action="hq.import",
            outcome="no_change",
            subject=audit.Subject("return", m.export_id, f"{m.station_code}/{m.seq}"),
            details={"file": file_name, "sha256": verified.sha256, "already": True},
        )
        return ImportReceipt(
            file_name=file_name,
            status=ALREADY,
            message=(
                f"Already imported on {earlier.imported_at:%d-%m-%Y %H:%M} UTC "
                f"({m.station_code}, {m.period.describe()}, package {m.seq}); nothing changed."
            ),
            sha256=verified.sha256,
            station_code=m.station_code,
            seq=m.seq,
            period=m.period,
            export_id=m.export_id,
            imported_at=earlier.imported_at,
            warning=earlier.chain_warning,
        )

    def _check_order(self, s: Session, verified: VerifiedPackage) -> ChainCheck:
        """Refuse replays, older packages, gaps and forks; check the audit chain.

        A package that carries a chain link (format 3 on) and whose chain does not extend the
        head HQ holds is taken with a warning (docs/decisions.md, "A rewritten audit trail at
        HQ"); an older package is refused for an audit chain that went backwards, as before.
        """
        m = verified.manifest
        code = m.station_code
        same_seq = s.scalar(
            select(HqPackage).where(HqPackage.station_code == code, HqPackage.seq == m.seq)
        )
        if same_seq is not None:
            raise PackageRefused(
                "replay",
                msg(
                    "{code} already sent package number {seq} (imported on {imported_at}); "
                    "this is a different package with the same number: a replay, or the "
                    "station's register was restored from an old backup. Ask the station.",
                    code=code,
                    seq=m.seq,
                    imported_at=f"{same_seq.imported_at:%d-%m-%Y}",
                ),
            )
        last = s.scalar(
            select(HqPackage)
            .where(HqPackage.station_code == code)
            .order_by(HqPackage.seq.desc())
            .limit(1)
        )
        if last is None:
            return ChainCheck(CHAIN_FIRST)  # nothing to compare with yet
        if m.seq < last.seq:
            raise PackageRefused(
                "older",
                msg(
                    "The package is number {seq} from {code}, older than package {seq2} "
                    "already imported. Refused: an older return must not replace a newer "
                    "one.",
                    seq=m.seq,
                    code=code,
                    seq2=last.seq,
                ),
            )
        if m.seq > last.seq + 1:
            missing = f"{last.seq + 1}" if m.seq == last.seq + 2 else f"{last.seq + 1}–{m.seq - 1}"
            raise PackageRefused(
                "out_of_order",
                msg(
                    "The package is number {seq} from {code}, but HQ has only up to "
                    "{seq2}: package {missing} is missing. Import it first (or ask the "
                    "station for it).",
                    seq=m.seq,
                    code=code,
                    seq2=last.seq,
                    missing=missing,
                ),
            )
        if m.prev_package_sha256 != last.sha256:
            raise PackageRefused(
                "chain_broken",
                msg(
                    "Package {seq} from {code} does not follow package {seq2} that HQ "
                    "holds (its previous-package hash differs). Refused; ask the station.",
                    seq=m.seq,
                    code=code,
                    seq2=last.seq,
                ),
            )
        head = m.audit_chain_head
        if m.format_version >= CHAIN_LINK_VERSION:
            return _chain_check(m, last)
        if head.event_id < last.audit_head_id or (
            head.event_id == last.audit_head_id and head.hash != last.audit_head_hash
        ):
            raise PackageRefused(
                "rollback",
                msg(
                    "The audit trail of {code} went backwards since package {seq} (event "
                    "{event_id} now, {audit_head_id} then). The register may have been "
                    "rolled back or rewritten. Refused; report it.",
                    code=code,
                    seq=last.seq,
                    event_id=head.event_id,
                    audit_head_id=last.audit_head_id,
                ),
            )
        return ChainCheck(CHAIN_UNCHECKED)

    def _store(
        self,
        s: Session,
        actor: Actor,
        file_name: str,
        opened: OpenedPackage,
        now: datetime,
        chain: ChainCheck,
    ) -> int:
        verified = opened.verified
        m = verified.manifest
        package = HqPackage(
            export_id=m.export_id,
            station_code=m.station_code,
            station_name=m.station_name,
            key_id=m.key_id,
            seq=m.seq,
            sha256=verified.sha256,
            prev_sha256=m.prev_package_sha256,
            period_kind=m.period.kind.value,
            period_start=m.period.start,
            period_end=m.period.end,
            created_utc=m.created_utc,
            audit_head_id=m.audit_chain_head.event_id,
            audit_head_hash=m.audit_chain_head.hash,
            chain_check=chain.code,
            chain_warning=chain.warning,
            signed_by=f"{m.signed_by.name}, {m.signed_by.rank}",
            include_names=m.include_names,
            manifest=verified.manifest_bytes.decode("utf-8"),
            signature=base64.b64encode(verified.signature).decode("ascii"),
            imported_at=now,
            imported_by_id=actor.user_id,
            file_name=file_name[:255],
        )
        s.add(package)
        try:
            s.flush()
        except IntegrityError as exc:  # another desk imported it a moment ago
            raise PackageRefused(
                "replay",
                msg("This package (or its number) was imported meanwhile at another desk."),
            ) from exc
        cells: list[dict[str, object]] = []
        layout: list[dict[str, object]] = []
        for t_index, table in enumerate(opened.payload.tables):
            layout.append(
                {
                    "kind": "table",
                    "key": table.code,
                    "position": t_index,
                    "label": table.title,
                    "extra": table.note or None,
                    "table_code": table.code,
                }
            )
            for c_index, column in enumerate(table.columns):
                recipe = f"{column.numerator}/{column.denominator}" if column.is_percent else None
                layout.append(
                    {
                        "kind": "column",
                        "key": column.key,
                        "position": c_index,
                        "label": column.label,
                        "extra": recipe,
                        "table_code": table.code,
                    }
                )
            for r_index, row in enumerate(table.rows):
                layout.append(
                    {
                        "kind": "row",
                        "key": row.key,
                        "position": r_index,
                        "label": row.label,
                        "extra": "total" if row.total else None,
                        "table_code": table.code,
                    }
                )
                for column, value in zip(table.columns, row.values, strict=True):
                    if value is not None and not column.is_percent:
                        cells.append(
                            {
                                "table_code": table.code,
                                "row_key": row.key,
                                "col_key": column.key,
                                "value": int(value),
                            }
                        )
        for item in layout:
            item["package_id"] = package.id
        for item in cells:
            item["package_id"] = package.id
        if layout:
            s.execute(insert(HqReturnLayout), layout)
        if cells:
            s.execute(insert(HqReturnCell), cells)
        annex = [
            {
                "package_id": package.id,
                "case_ref": a.case_ref,
                "reported_on": a.reported_on,
                "age_band": a.age_band,
                "sex": a.sex.value,
                "reason_code": a.reason_code,
                "name": a.name if m.include_names else None,
            }
            for a in opened.annex.rows
        ]
        if annex:
            s.execute(insert(HqAnnexRow), annex)
        if opened.matching is not None:
            # In this transaction: the newest week's descriptors go in with its figures or not at
            # all. A version-1 package carries none and leaves the ones HQ holds in place.
            replace_descriptors(s, package, opened.matching, now, m.district)
        return len(cells)

    def _refused(
        self, actor: Actor, file_name: str, data: bytes, exc: PackageRefused
    ) -> ImportReceipt:
        digest = sha256_hex(data) if data else ""
        with self.db.write() as s:
            audit.record(
                s,
                at=self.clock.now(),
                actor=actor,
                action="hq.import",
                outcome="refused",
                subject=audit.Subject("return", None, file_name[:40]),
                details={"file": file_name, "sha256": digest, "reason": exc.reason},
            )
        return ImportReceipt(
            file_name=file_name,
            status=REFUSED,
            message=str(exc),
            sha256=digest,
            reason=exc.reason,
        )

    # -- consolidation ------------------------------------------------------------------------

    def _latest_packages(self, s: Session, period: Period) -> list[HqPackage]:
        """Each station's newest package for exactly this period (a resend replaces the old)."""
        rows = s.scalars(
            select(HqPackage)
            .where(
                HqPackage.period_kind == period.kind.value,
                HqPackage.period_start == period.start,
                HqPackage.period_end == period.end,
            )
            .order_by(HqPackage.station_code, HqPackage.seq.desc())
        )
        latest: dict[str, HqPackage] = {}
        for row in rows:
            latest.setdefault(row.station_code, row)
        return list(latest.values())

    def consolidated(
        self, actor: Actor, period: Period, *, publish: bool = False
    ) -> ReturnDocument:
        """R1–R8 added up over every station that sent this period, plus a row per station."""
        require(actor, Capability.VIEW_STATISTICS)
        now = self.clock.now()
        with self.db.write() as s:
            require_hq_db(s)
            sc = station_context(s)
            packages = self._latest_packages(s, period)
            ids = [p.id for p in packages]
            sums: dict[tuple[str, str, str], int] = {}
            if ids:
                query = (
                    select(
                        HqReturnCell.table_code,
                        HqReturnCell.row_key,
                        HqReturnCell.col_key,
                        func.sum(HqReturnCell.value),
                    )
                    .where(HqReturnCell.package_id.in_(ids))
                    .group_by(HqReturnCell.table_code, HqReturnCell.row_key, HqReturnCell.col_key)
                )
                sums = {(t, r, c): int(v) for t, r, c, v in s.execute(query)}
            tables = self._tables(s, ids, sums)
            tables.insert(0, self._per_station(s, packages))
            annex: tuple[AnnexRow, ...] = ()
            if not publish and ids:
                codes = {p.id: p.station_code for p in packages}
                annex = tuple(
                    AnnexRow(
                        case_ref=f"{codes[pid]} {ref}",
                        reported_on=day,
                        age_band=band,
                        sex=Sex(sex),
                        reason_code=reason,
                        name=name,
                    )
                    for pid, ref, day, band, sex, reason, name in s.execute(
                        select(
                            HqAnnexRow.package_id,
                            HqAnnexRow.case_ref,
                            HqAnnexRow.reported_on,
                            HqAnnexRow.age_band,
                            HqAnnexRow.sex,
                            HqAnnexRow.reason_code,
                            HqAnnexRow.name,
                        )
                        .where(HqAnnexRow.package_id.in_(ids))
                        .order_by(HqAnnexRow.package_id, HqAnnexRow.id)
                    )
                )
            audit.record(
                s,
                at=now,
                actor=actor,
                action="hq.return",
                subject=audit.Subject("return", None, period.label),
                details={"period": period.label, "stations": len(packages), "publish": publish},
            )
            station = local_station(s)
            doc = ReturnDocument(
                kind="consolidated",
                title="Missing persons: consolidated return",
                unit_code=station.code,
                unit_name=station.name,
                unit_name_local=station.name_local,
                district=station.district,
                state=station.state,
                period=period,
                generated_at=now,
                tables=tuple(tables),
                annex=annex,
                notes=(f"{len(packages)} station returns received for this period.",),
            )
        if publish:
            doc = publish_figures(doc, sc.policy.suppression_threshold)
        return doc

    def _tables(
        self, s: Session, ids: list[int], sums: dict[tuple[str, str, str], int]
    ) -> list[ReturnTable]:
        """Rebuild the tables: rows and columns in the stations' order, values summed."""
        if not ids:
            return []
        titles: dict[str, tuple[str, str]] = {}
        columns: dict[str, dict[str, ReturnColumn]] = defaultdict(dict)
        labels: dict[str, dict[str, tuple[str, bool]]] = defaultdict(dict)
        row_order: dict[str, list[str]] = defaultdict(list)
        order: list[str] = []
        last_key: dict[tuple[str, int], str | None] = {}
        layout = s.execute(
            select(
                HqReturnLayout.package_id,
                HqReturnLayout.table_code,
                HqReturnLayout.kind,
                HqReturnLayout.key,
                HqReturnLayout.label,
                HqReturnLayout.extra,
            )
            .where(HqReturnLayout.package_id.in_(ids))
            .order_by(HqReturnLayout.package_id, HqReturnLayout.kind, HqReturnLayout.position)
        )
        for package_id, code, kind, key, item_label, extra in layout:
            if kind == "table":
                if code not in titles:
                    titles[code] = (stored_words(item_label), stored_words(extra or ""))
                    order.append(code)
            elif kind == "column" and key not in columns[code]:
                num, _, den = (extra or "").partition("/")
                columns[code][key] = ReturnColumn(
                    key, stored_words(item_label), num or None, den or None
                )
            elif kind == "row":
                # Merge each package's row order: a row only some stations have (another FIR
                # section) goes after the row that precedes it in that station's table.
                rows = row_order[code]
                before = last_key.get((code, package_id))
                if key not in labels[code]:
                    labels[code][key] = (stored_words(item_label), extra == "total")
                    rows.insert(rows.index(before) + 1 if before in rows else 0, key)
                last_key[(code, package_id)] = key
        out: list[ReturnTable] = []
        for code in sorted(order):
            cols = list(columns[code].values())
            built = []
            for key in row_order[code]:
                row_label, is_total = labels[code][key]
                values = tuple(
                    None if c.is_percent else sums.get((code, key, c.key), 0) for c in cols
                )
                built.append(ReturnRow(key, row_label, values, total=is_total))
            title, note = titles[code]
            out.append(ReturnTable(code, title, tuple(cols), tuple(built), note))
        return out

    def _per_station(self, s: Session, packages: list[HqPackage]) -> ReturnTable:
        """S1: each station's own R1 totals, and the trusted stations that sent nothing."""
        columns = (*S1_COUNTS, ReturnColumn("seq", msg("Package no.")))
        by_package: dict[tuple[int, str, str], int] = {}
        ids = [p.id for p in packages]
        if ids:
            for pid, row_key, col_key, value in s.execute(
                select(
                    HqReturnCell.package_id,
                    HqReturnCell.row_key,
                    HqReturnCell.col_key,
                    HqReturnCell.value,
                ).where(
                    HqReturnCell.package_id.in_(ids),
                    HqReturnCell.table_code == "R1",
                    HqReturnCell.row_key.in_(["all.total", "children.total"]),
                )
            ):
                by_package[(pid, row_key, col_key)] = value
        rows: list[ReturnRow] = []
        for p in sorted(packages, key=lambda p: p.station_code):

            def v(col: str, row: str = "all.total", pid: int = p.id) -> int:
                return by_package.get((pid, row, col), 0)

            rows.append(
                ReturnRow(
                    f"station.{p.station_code}",
                    f"{p.station_code} {p.station_name}",
                    (
                        v("opening"),
                        v("reported"),
                        v("total"),
                        v("traced"),
                        v("transferred"),
                        v("closing"),
                        None,
                        v("closing", "children.total"),
                        p.seq,
                    ),
                )
            )
        sent = {p.station_code for p in packages}
        silent = s.execute(
            select(HqStationKey.station_code, func.min(HqStationKey.station_name))
            .where(HqStationKey.revoked_at.is_(None))
            .group_by(HqStationKey.station_code)
            .order_by(HqStationKey.station_code)
        )
        for code, name in silent:
            if code not in sent:
                rows.append(
                    ReturnRow(
                        f"station.{code}",
                        msg("{station}: no return received", station=f"{code} {name}"),
                        (None,) * 9,
                    )
                )
        return ReturnTable(
            "S1",
            msg("S1 Stations: each station's own figures (all persons)"),
            columns,
            tuple(rows),
            note=msg(
                "Each station's newest package for this period; a resent return replaces the "
                "earlier one."
            ),
        )

    # -- who sent what ------------------------------------------------------------------------

    def status(self, actor: Actor, *, weeks: int = 8, grace_days: int = 2) -> HqStatus:
        """Which stations sent which of the last ``weeks`` weekly returns; who is late."""
        require(actor, Capability.VIEW_STATISTICS)
        now = self.clock.now()
        with self.db.read() as s:
            require_hq_db(s)
            sc = station_context(s)
            today = local_today(self.clock, sc.zone)
            this_week = week_of(today)
            recent = [
                week_of(this_week.start - timedelta(days=7 * i))
                for i in range(1, max(weeks, 1) + 1)
            ]
            # A week's return is due ``grace_days`` after the week ends.
            due = recent[0]
            if due.end + timedelta(days=grace_days) >= today:
                due = week_of(due.start - timedelta(days=7))
            stations: dict[str, str] = {}
            for code, name in s.execute(
                select(HqStationKey.station_code, HqStationKey.station_name).where(
                    HqStationKey.revoked_at.is_(None)
                )
            ):
                stations.setdefault(code, name)
            packages = list(s.scalars(select(HqPackage).order_by(HqPackage.seq)))
            got: dict[str, set[date]] = defaultdict(set)
            last: dict[str, HqPackage] = {}
            rewritten: dict[str, list[int]] = defaultdict(list)
            for p in packages:
                stations.setdefault(p.station_code, p.station_name)
                if p.period_kind == PeriodKind.WEEK.value:
                    got[p.station_code].add(p.period_start)
                last[p.station_code] = p
                if p.chain_check == CHAIN_REWRITTEN:
                    rewritten[p.station_code].append(p.seq)
            rows = []
            for code in sorted(stations):
                newest = last.get(code)
                rows.append(
                    StationStatus(
                        station_code=code,
                        station_name=stations[code],
                        received=tuple(w.start in got[code] for w in recent),
                        last_seq=newest.seq if newest else None,
                        last_period=_period(newest) if newest else None,
                        last_imported_at=newest.imported_at if newest else None,
                        late=due.start not in got[code],
                        rewritten=tuple(rewritten[code]),
                    )
                )
            return HqStatus(now, tuple(recent), tuple(rows), due)

    def package_manifest(self, actor: Actor, export_id: str) -> str:
        """The signed manifest of an imported package, as received (for inspection)."""
        require(actor, Capability.VIEW_STATISTICS)
        with self.db.read() as s:
            row = s.scalar(select(HqPackage).where(HqPackage.export_id == export_id))
            if row is None:
                raise NotFound(
                    msg("No package {export_id} has been imported.", export_id=export_id)
                )
            return row.manifest


def _chain_check(m: Manifest, last: HqPackage) -> ChainCheck:
    """Does the package's chain extend the head HQ holds from the station's previous package?

    The package names the event where that package's chain ended and the hash the event has in
    the station's chain today. Every hash covers all the events before it, so the same hash
    means nothing up to that event was changed, removed or replaced since.
    """
    head, link = m.audit_chain_head, m.chain_link
    held_id, held_hash = last.audit_head_id, last.audit_head_hash
    if head.event_id < held_id:
        problem = f"its trail now ends at event {head.event_id}, before event {held_id}"
    elif link is None or link.event_id != held_id:
        problem = f"it does not show event {held_id} as it was"
    elif link.hash != held_hash or (head.event_id == held_id and head.hash != held_hash):
        problem = f"event {held_id} has another hash now"
    else:
        return ChainCheck(CHAIN_EXTENDS)
    return ChainCheck(
        CHAIN_REWRITTEN,
        f"History rewritten: the audit trail of {m.station_code} does not extend the one HQ "
        f"holds from package {last.seq}, which ended at event {held_id}: {problem}. Events up "
        "to that point were changed, removed or inserted after that package was made: the "
        "register was edited outside Talash. The return was imported with this warning; ask "
        "the station and report it.",
    )
