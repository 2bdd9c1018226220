"""The station's return to HQ: preview the tables, and export the signed, sealed package.

Figures are computed by grouped SQL in one reading transaction (``models.returns``); nothing
loads the cases into Python. Writing XLSX, CSV and PDF files is the printouts' job
(``reports.returns_files``): the service hands over a ``ReturnDocument``.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import audit
from models.actor import Actor
from models.atomic_file import StagedFile, stage
from models.clock import Clock, local_today
from models.db import Database
from models.dto.returns import (
    AnnexRow,
    Period,
    PeriodKind,
    ReturnDocument,
    ReturnTable,
    Signatory,
)
from models.entities import AppUser, AuditEvent, ReturnExport
from models.errors import RuleViolation, StorageError
from models.jobs import CancelCheck, Job, Progress
from models.legal_sections import load_sections
from models.messages import msg
from models.packages.keys import SEALING, SIGNING, StationSigner
from models.packages.package import (
    GENESIS,
    AnnexPayload,
    AuditHeadRef,
    MatchingPayload,
    PackageIdentity,
    ReturnPayload,
    build_package,
    package_file_name,
    sha256_hex,
)
from models.permissions import Capability, require
from models.returns import station_tables as tables
from models.returns.disclosure import publish as publish_figures
from models.returns.period import check_not_future, parse_period, window
from models.services import counters
from models.services.common import StationContext, station_context
from models.services.drives import drives_in
from models.services.exchange_keys import HQ_KEY, OWN_KEY, require_station_db, stored_key
from models.services.match_descriptors import open_records, station_contacts
from models.taxonomy import load_taxonomy

SEQ_COUNTER = "RET"  # register_counter kind for the package sequence (year 0: never restarts)
STEPS = 10


@dataclass(frozen=True)
class PackageResult:
    path: Path
    sha256: str
    seq: int
    export_id: str
    document: ReturnDocument  # with the fingerprint and the signatory, for the PDF


@dataclass(frozen=True)
class ExportLogRow:
    seq: int
    export_id: str
    period: Period
    sha256: str
    created_at: datetime
    created_by: str
    include_names: bool
    file_name: str


class ReturnService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    # -- periods ------------------------------------------------------------------------------

    def today(self) -> date:
        with self.db.read() as s:
            return local_today(self.clock, station_context(s).zone)

    def parse_period(self, text: str | None) -> Period:
        """A period as typed (2026-W47, 2026-11, 01-11-2026..15-11-2026); empty: last week."""
        return parse_period(text, self.today())

    # -- figures ------------------------------------------------------------------------------

    def _scope(self, sc: StationContext, period: Period) -> tables.Scope:
        return tables.Scope(
            station_id=sc.station.id,
            station_state=sc.station.state,
            window=window(period, sc.zone),
            policy=sc.policy,
            zone=sc.zone,
            taxonomy=load_taxonomy(),
            sections=load_sections(),
        )

    def _compute(
        self, s: Session, sc: StationContext, period: Period, job: Job, *, annex: bool, names: bool
    ) -> tuple[tuple[ReturnTable, ...], tuple[AnnexRow, ...]]:
        scope = self._scope(sc, period)
        job.start("R1 flow")
        flow = tables.flow_counts(s, scope)  # one scan of the register for R1 and R2
        steps = (
            ("R1 flow", lambda s, scope: tables.r1_flow(s, scope, flow)),
            ("R2 age bands", lambda s, scope: tables.r2_age_bands(s, scope, flow)),
            ("R3 legal compliance", tables.r3_compliance),
            ("R4 how and where traced", tables.r4_how_where),
            ("R5 disposal", tables.r5_disposal),
            ("R6 reasons", tables.r6_reasons),
        )
        out: list[ReturnTable] = []
        for what, fn in steps:
            job.start(what)
            out.append(fn(s, scope))
            job.step(what)
        job.start("R7 drives")
        out.append(tables.r7_drives(s, scope, drives_in(s, sc.station.id, period, sc.zone)))
        job.step("R7 drives")
        job.start("R8 found persons")
        out.append(tables.r8_found(s, scope))
        job.step("R8 found persons")
        rows: tuple[AnnexRow, ...] = ()
        if annex:
            job.start("annex of untraced children")
            rows = tuple(tables.untraced_children(s, scope, with_names=names))
        job.step("annex")
        return tuple(out), rows

    def _document(
        self,
        sc: StationContext,
        period: Period,
        figures: tuple[ReturnTable, ...],
        *,
        signatory: Signatory | None = None,
        annex: tuple[AnnexRow, ...] = (),
    ) -> ReturnDocument:
        return ReturnDocument(
            kind="station",
            title="Missing persons: return to headquarters",
            unit_code=sc.station.code,
            unit_name=sc.station.name,
            unit_name_local=sc.station.name_local,
            district=sc.station.district,
            state=sc.station.state,
            period=period,
            generated_at=self.clock.now(),
            tables=figures,
            signatory=signatory,
            annex=annex,
        )

    def preview(
        self,
        actor: Actor,
        period: Period,
        *,
        publish: bool = False,
        annex: bool = False,
        include_names: bool = False,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> ReturnDocument:
        """The return's tables for a period (exact, or suppressed for publication).

        ``annex`` adds the untraced children (the station's own copy of what HQ gets; never
        with ``publish``), with their names only if ``include_names``.
        """
        require(actor, Capability.VIEW_STATISTICS)
        if publish and annex:
            raise RuleViolation(msg("The annex lists children: it is never part of a publication."))
        if annex:
            require(actor, Capability.EXPORT_RETURN)
        job = Job(STEPS, progress, cancel)
        with self.db.write() as s:
            require_station_db(s)
            sc = station_context(s)
            check_not_future(period, local_today(self.clock, sc.zone))
            figures, rows = self._compute(s, sc, period, job, annex=annex, names=include_names)
            audit.record(
                s,
                at=self.clock.now(),
                actor=actor,
                action="return.view",
                subject=audit.Subject("return", None, period.label),
                details={
                    "period": period.label,
                    "publish": publish,
                    "annex_rows": len(rows),
                    "names": include_names and annex,
                },
            )
            doc = self._document(sc, period, figures, annex=rows)
        job.step("done")
        if publish:
            doc = publish_figures(doc, sc.policy.suppression_threshold)
        return doc

    # -- the signed package -------------------------------------------------------------------

    def export_package(
        self,
        actor: Actor,
        period: Period,
        out_dir: Path,
        signer: StationSigner,
        *,
        include_names: bool = False,
        annex_in_document: bool = False,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> PackageResult:
        """Make the period's package for HQ: figures, annex, sealed to HQ, signed, numbered.

        The sequence number, the figures and the audit-chain head are taken in one transaction;
        the file appears under its final name only once that transaction has committed. The
        package always holds the annex; the returned document (the XLSX and the PDF the station
        head signs) holds it too when ``annex_in_document``, the very rows the package carries.
        """
        require(actor, Capability.EXPORT_RETURN)
        job = Job(STEPS + 2, progress, cancel)
        now = self.clock.now()
        out_dir.mkdir(parents=True, exist_ok=True)
        staged: StagedFile | None = None
        try:
            with self.db.write() as s:
                require_station_db(s)
                sc = station_context(s)
                today = local_today(self.clock, sc.zone)
                if period.end >= today:
                    raise RuleViolation(
                        msg(
                            "The period {describe} is not over yet; its return can be sent from "
                            "{value}.",
                            describe=period.describe(),
                            value=f"{period.end + timedelta(days=1):%d-%m-%Y}",
                        )
                    )
                own = stored_key(s, OWN_KEY, SIGNING)
                hq = stored_key(s, HQ_KEY, SEALING)
                if own is None or own.key_id != signer.key_id:
                    raise RuleViolation(
                        msg(
                            "The unlocked signing key is not this station's key in force. Make or "
                            "choose the right key (talash keys init).",
                        )
                    )
                if hq is None:
                    raise RuleViolation(
                        msg(
                            "HQ's public key is not installed: returns are sealed to it. Install "
                            "the file HQ sent (talash keys trust-hq FILE).",
                        )
                    )
                user = s.get(AppUser, actor.user_id)
                assert user is not None
                signatory = Signatory(user.username, user.full_name, user.rank)
                figures, annex = self._compute(s, sc, period, job, annex=True, names=include_names)
                job.start("matching descriptors")
                matching = MatchingPayload(
                    sc.station.code, period, station_contacts(sc), open_records(s, sc)
                )
                job.start("sealing and signing")
                seq = counters.take(s, sc.station.id, SEQ_COUNTER, 0)
                last = s.scalar(
                    select(ReturnExport.package_sha256)
                    .where(ReturnExport.station_id == sc.station.id)
                    .order_by(ReturnExport.seq.desc())
                    .limit(1)
                )
                head_id, head_hash = audit.chain_head(s)
                link = previous_head_now(s, sc.station.id)
                export_id = str(uuidlib.uuid4())
                identity = PackageIdentity(
                    station_code=sc.station.code,
                    station_name=sc.station.name,
                    district=sc.station.district,
                    state=sc.station.state,
                    hq_key_id=hq.key_id,
                    export_id=export_id,
                    seq=seq,
                    period=period,
                    created_utc=now,
                    prev_package_sha256=last or GENESIS,
                    audit_head=AuditHeadRef(head_id, head_hash),
                    signed_by=signatory,
                    include_names=include_names,
                    chain_link=link,
                )
                data = build_package(
                    identity,
                    ReturnPayload(
                        station_code=sc.station.code,
                        period=period,
                        generated_at=now,
                        age_bands=sc.policy.age_bands,
                        taxonomy_version=load_taxonomy().version,
                        tables=figures,
                    ),
                    AnnexPayload(sc.station.code, period, include_names, annex),
                    signer=signer,
                    hq_public_raw=hq.public_key,
                    matching=matching,
                )
                digest = sha256_hex(data)
                name = package_file_name(sc.station.code, period, seq)
                staged = stage(out_dir / name, data)
                s.add(
                    ReturnExport(
                        station_id=sc.station.id,
                        seq=seq,
                        export_id=export_id,
                        period_kind=period.kind.value,
                        period_start=period.start,
                        period_end=period.end,
                        package_sha256=digest,
                        prev_sha256=last or GENESIS,
                        key_id=signer.key_id,
                        hq_key_id=hq.key_id,
                        include_names=include_names,
                        file_name=name,
                        created_at=now,
                        created_by_id=actor.user_id,
                    )
                )
                audit.record(
                    s,
                    at=now,
                    actor=actor,
                    action="return.export",
                    subject=audit.Subject("return", export_id, period.label),
                    details={
                        "period": period.label,
                        "seq": seq,
                        "sha256": digest,
                        "include_names": include_names,
                        "annex_rows": len(annex),
                        "match_records": len(matching.records),
                        "audit_head": head_id,
                        "chain_link": link.event_id if link is not None else None,
                    },
                )
                job.step("sealing and signing")
                doc = self._document(
                    sc,
                    period,
                    figures,
                    signatory=signatory,
                    annex=annex if annex_in_document else (),
                )
            final = staged.publish()
        except OSError as exc:
            raise StorageError(
                msg(
                    "The package could not be written to {out_dir}: {exc}.",
                    out_dir=out_dir,
                    exc=exc,
                )
            ) from exc
        finally:
            if staged is not None:
                staged.discard()
        job.step("done")
        return PackageResult(
            path=final,
            sha256=digest,
            seq=seq,
            export_id=export_id,
            document=replace(doc, fingerprint=digest),
        )

    def export_log(self, actor: Actor) -> list[ExportLogRow]:
        """The packages this station has made, newest first."""
        require(actor, Capability.VIEW_STATISTICS)
        with self.db.read() as s:
            sc = station_context(s)
            users = {u.id: u.username for u in s.scalars(select(AppUser))}
            rows = s.scalars(
                select(ReturnExport)
                .where(ReturnExport.station_id == sc.station.id)
                .order_by(ReturnExport.seq.desc())
            )
            return [
                ExportLogRow(
                    seq=r.seq,
                    export_id=r.export_id,
                    period=Period(PeriodKind(r.period_kind), r.period_start, r.period_end),
                    sha256=r.package_sha256,
                    created_at=r.created_at,
                    created_by=users.get(r.created_by_id, "?"),
                    include_names=r.include_names,
                    file_name=r.file_name,
                )
                for r in rows
            ]


def previous_head_now(s: Session, station_id: int) -> AuditHeadRef | None:
    """The audit-chain head the station's previous package carried, as the chain has it now.

    HQ holds that head from the previous package; the event at the same number must still have
    the same hash if everything up to it is as it was. The number comes from the previous
    export's own event; the hash is read from the chain today, never copied from what was sent.
    None for the first package, or when that event (or the export's record of it) is gone.
    """
    export_id = s.scalar(
        select(ReturnExport.export_id)
        .where(ReturnExport.station_id == station_id)
        .order_by(ReturnExport.seq.desc())
        .limit(1)
    )
    if export_id is None:
        return None
    details = s.scalar(
        select(AuditEvent.details)
        .where(AuditEvent.action == "return.export", AuditEvent.entity_uuid == export_id)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )
    if details is None:
        return None
    try:
        head_id = json.loads(details).get("audit_head")
    except (ValueError, AttributeError):
        return None
    if not isinstance(head_id, int) or isinstance(head_id, bool) or head_id < 0:
        return None
    if head_id == 0:
        return AuditHeadRef(0, GENESIS)  # the chain was empty then
    event_hash = s.scalar(select(AuditEvent.hash).where(AuditEvent.id == head_id))
    return AuditHeadRef(head_id, event_hash) if event_hash is not None else None
