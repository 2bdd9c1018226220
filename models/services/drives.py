"""Tracing drives (Operation Muskaan, Operation Smile): their dates, and the drive report."""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import audit
from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.dto.returns import Period, PeriodKind, ReturnDocument
from models.entities import Drive
from models.errors import NotFound, Problem, ValidationFailed
from models.messages import msg, said
from models.permissions import Capability, require
from models.returns.disclosure import publish as publish_figures
from models.returns.drive_tally import DriveWindow, drive_report_tables, tally
from models.returns.period import Window, local_midnight
from models.services.common import station_context
from models.services.exchange_keys import require_station_db
from models.text import TextProblem, clean_text, search_key

MAX_DRIVE_DAYS = 366


@dataclass(frozen=True)
class DriveInfo:
    uuid: str
    name: str
    starts_on: date
    ends_on: date
    notes: str | None


def _info(row: Drive) -> DriveInfo:
    return DriveInfo(row.uuid, row.name, row.starts_on, row.ends_on, row.notes)


def drive_window(row: Drive, zone: tzinfo, first: date, last: date) -> DriveWindow:
    return DriveWindow(
        key=row.uuid,
        name=row.name,
        first_day=first,
        last_day=last,
        window=Window(local_midnight(first, zone), local_midnight(last + timedelta(days=1), zone)),
    )


def drives_in(s: Session, station_id: int, period: Period, zone: tzinfo) -> list[DriveWindow]:
    """The drives that overlap ``period``, each cut to the days inside it."""
    rows = s.scalars(
        select(Drive)
        .where(
            Drive.station_id == station_id,
            Drive.starts_on <= period.end,
            Drive.ends_on >= period.start,
        )
        .order_by(Drive.starts_on, Drive.name)
    )
    return [
        drive_window(row, zone, max(row.starts_on, period.start), min(row.ends_on, period.end))
        for row in rows
    ]


class DriveService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def add_drive(
        self, actor: Actor, name: str, starts_on: date, ends_on: date, notes: str | None = None
    ) -> DriveInfo:
        """Record a drive and its dates (station-local days, both included)."""
        require(actor, Capability.EXPORT_RETURN)
        problems: list[Problem] = []
        clean_name = clean_notes = None
        try:
            clean_name = clean_text(name, max_length=200)
        except TextProblem as exc:
            problems.append(Problem("name", said(exc)))
        if clean_name is not None and not clean_name:
            problems.append(
                Problem("name", msg("give the drive a name, e.g. 'Operation Muskaan XII'"))
            )
        try:
            clean_notes = clean_text(notes, multiline=True, max_length=2000) if notes else None
        except TextProblem as exc:
            problems.append(Problem("notes", said(exc)))
        if ends_on < starts_on:
            problems.append(Problem("to", msg("the drive ends before it starts")))
        elif (ends_on - starts_on).days + 1 > MAX_DRIVE_DAYS:
            problems.append(
                Problem(
                    "to",
                    msg(
                        "a drive lasts at most {MAX_DRIVE_DAYS} days", MAX_DRIVE_DAYS=MAX_DRIVE_DAYS
                    ),
                )
            )
        now = self.clock.now()
        with self.db.write() as s:
            require_station_db(s)
            sc = station_context(s)
            if clean_name:
                taken = s.scalar(
                    select(Drive.id).where(
                        Drive.station_id == sc.station.id, Drive.name_key == search_key(clean_name)
                    )
                )
                if taken is not None:
                    problems.append(
                        Problem(
                            "name",
                            msg("there is already a drive '{clean_name}'", clean_name=clean_name),
                        )
                    )
            if problems:
                raise ValidationFailed(problems)
            assert clean_name is not None
            row = Drive(
                uuid=str(uuidlib.uuid4()),
                station_id=sc.station.id,
                name=clean_name,
                name_key=search_key(clean_name),
                starts_on=starts_on,
                ends_on=ends_on,
                notes=clean_notes,
                created_at=now,
                created_by_id=actor.user_id,
            )
            s.add(row)
            s.flush()
            audit.record(
                s,
                at=now,
                actor=actor,
                action="drive.create",
                subject=audit.Subject("drive", row.uuid, row.name[:40]),
                details={"name": row.name, "from": str(starts_on), "to": str(ends_on)},
            )
            return _info(row)

    def list_drives(self, actor: Actor) -> list[DriveInfo]:
        require(actor, Capability.VIEW_STATISTICS)
        with self.db.read() as s:
            sc = station_context(s)
            rows = s.scalars(
                select(Drive)
                .where(Drive.station_id == sc.station.id)
                .order_by(Drive.starts_on.desc(), Drive.name)
            )
            return [_info(r) for r in rows]

    def drive_report(self, actor: Actor, name: str, *, publish: bool = False) -> ReturnDocument:
        """The drive's tallies: who was traced or found, doing what, and what became of them."""
        require(actor, Capability.VIEW_STATISTICS)
        now = self.clock.now()
        with self.db.write() as s:
            require_station_db(s)
            sc = station_context(s)
            row = s.scalar(
                select(Drive).where(
                    Drive.station_id == sc.station.id, Drive.name_key == search_key(name)
                )
            )
            if row is None:
                raise NotFound(
                    msg("There is no drive '{name}' (see talash drive list).", name=name)
                )
            # A drive still under way is counted up to today.
            last = min(row.ends_on, now.astimezone(sc.zone).date())
            window = drive_window(row, sc.zone, row.starts_on, max(last, row.starts_on))
            counts = tally(s, sc.station.id, sc.station.state, window.window)
            audit.record(
                s,
                at=now,
                actor=actor,
                action="drive.report",
                subject=audit.Subject("drive", row.uuid, row.name[:40]),
            )
            notes: tuple[str, ...] = (
                f"Counted from {window.first_day:%d-%m-%Y} to {window.last_day:%d-%m-%Y}.",
            )
            if last < row.ends_on:
                notes += ("The drive is still under way: figures to date.",)
            doc = ReturnDocument(
                kind="drive",
                title=f"Drive report: {row.name}",
                unit_code=sc.station.code,
                unit_name=sc.station.name,
                unit_name_local=sc.station.name_local,
                district=sc.station.district,
                state=sc.station.state,
                period=Period(PeriodKind.CUSTOM, row.starts_on, row.ends_on),
                generated_at=now,
                tables=drive_report_tables(counts),
                notes=notes,
            )
        return publish_figures(doc, sc.policy.suppression_threshold) if publish else doc
