"""The station's figures at a glance: this week and this year, counted in SQL.

A small query set of its own (the weekly return to HQ has its own, with its own rules): cases
reported, traced and still untraced, by sex and by age band, and children found begging or
working. Only counts leave this module, never an identity; the figures are for the station's own
screen, so small cells are shown as they are (suppression is for what is published).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.entities import Case, FoundPerson, TraceRecord
from models.enums import Activity, CaseStatus, Sex
from models.permissions import Capability, require
from models.policy import Policy
from models.services.common import station_context

ADULT_BAND = "18+"
UNKNOWN_BAND = "unknown"
# What counts as "found begging or working" on the dashboard.
WORKING_ACTIVITIES: tuple[Activity, ...] = (
    Activity.BEGGING,
    Activity.CHILD_LABOUR,
    Activity.RAG_PICKING,
    Activity.DOMESTIC_WORK,
)


@dataclass(frozen=True)
class Breakdown:
    """One count, split by sex and by age band (children's bands from the policy, then 18+)."""

    total: int
    by_sex: tuple[tuple[Sex, int], ...]
    by_band: tuple[tuple[str, int], ...]

    def sex(self, value: Sex) -> int:
        return dict(self.by_sex).get(value, 0)

    def band(self, label: str) -> int:
        return dict(self.by_band).get(label, 0)


@dataclass(frozen=True)
class PeriodFigures:
    """``start`` ≤ instant < ``end``, in UTC (the period is cut at local midnight)."""

    label: str
    start: datetime
    end: datetime
    reported: Breakdown
    traced: Breakdown
    untraced: Breakdown  # reported in the period and still missing now
    children_working: tuple[tuple[Activity, int], ...]  # found or traced begging or working

    @property
    def children_working_total(self) -> int:
        return sum(n for _, n in self.children_working)


@dataclass(frozen=True)
class DashboardFigures:
    at: datetime
    bands: tuple[str, ...]  # the age-band labels in display order
    week: PeriodFigures
    year: PeriodFigures
    missing_now: int  # every case still registered (not traced, closed, transferred or void)


def week_start(now: datetime, zone: tzinfo) -> datetime:
    """Monday 00:00 local time of the week that holds ``now``."""
    local = now.astimezone(zone)
    monday = local.date() - timedelta(days=local.weekday())
    return datetime.combine(monday, time(0, 0), tzinfo=zone)


def year_start(now: datetime, zone: tzinfo) -> datetime:
    """1 January 00:00 local time of the year that holds ``now``."""
    local = now.astimezone(zone)
    return datetime(local.year, 1, 1, tzinfo=zone)


def _band_expr(age: Any, policy: Policy) -> ColumnElement[str]:
    whens: list[tuple[ColumnElement[bool], str]] = [
        (and_(age >= low, age <= high), f"{low}-{high}") for low, high in policy.band_ranges()
    ]
    whens.append((age >= 18, ADULT_BAND))
    return case(*whens, else_=UNKNOWN_BAND)


def _band_labels(policy: Policy) -> tuple[str, ...]:
    return (*(f"{lo}-{hi}" for lo, hi in policy.band_ranges()), ADULT_BAND, UNKNOWN_BAND)


class DashboardService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def figures(self, actor: Actor) -> DashboardFigures:
        require(actor, Capability.VIEW_STATISTICS)
        now = self.clock.now()
        with self.db.read() as s:
            sc = station_context(s)
            labels = _band_labels(sc.policy)
            week = self._period(s, sc.station.id, sc.policy, labels, "This week", now, sc.zone)
            year = self._period(s, sc.station.id, sc.policy, labels, "This year", now, sc.zone)
            missing = s.scalar(
                select(func.count())
                .select_from(Case)
                .where(
                    Case.station_id == sc.station.id,
                    Case.status == CaseStatus.REGISTERED.value,
                )
            )
            return DashboardFigures(
                at=now, bands=labels, week=week, year=year, missing_now=int(missing or 0)
            )

    def _period(
        self,
        s: Session,
        station_id: int,
        policy: Policy,
        labels: tuple[str, ...],
        label: str,
        now: datetime,
        zone: tzinfo,
    ) -> PeriodFigures:
        start = week_start(now, zone) if label == "This week" else year_start(now, zone)
        end = now
        band = _band_expr(Case.age_at_disappearance, policy)
        not_void = Case.status != CaseStatus.VOID.value
        here = Case.station_id == station_id
        reported_in = and_(Case.reported_at >= start, Case.reported_at < end)

        def breakdown(*where: ColumnElement[bool], join_trace: bool = False) -> Breakdown:
            query = select(Case.sex, band, func.count()).select_from(Case)
            if join_trace:
                query = query.join(TraceRecord, TraceRecord.case_id == Case.id)
            rows = s.execute(query.where(here, not_void, *where).group_by(Case.sex, band)).all()
            by_sex: dict[Sex, int] = {sex: 0 for sex in Sex}
            by_band: dict[str, int] = {name: 0 for name in labels}
            for sex, band_label, count in rows:
                by_sex[Sex(sex)] += count
                by_band[band_label] = by_band.get(band_label, 0) + count
            return Breakdown(
                total=sum(by_sex.values()),
                by_sex=tuple(by_sex.items()),
                by_band=tuple((name, by_band[name]) for name in labels),
            )

        reported = breakdown(reported_in)
        traced = breakdown(
            TraceRecord.traced_at >= start, TraceRecord.traced_at < end, join_trace=True
        )
        untraced = breakdown(reported_in, Case.status == CaseStatus.REGISTERED.value)
        working = self._children_working(s, station_id, start, end)
        return PeriodFigures(label, start, end, reported, traced, untraced, working)

    def _children_working(
        self, s: Session, station_id: int, start: datetime, end: datetime
    ) -> tuple[tuple[Activity, int], ...]:
        codes = [a.value for a in WORKING_ACTIVITIES]
        counts: dict[str, int] = {code: 0 for code in codes}
        found = s.execute(
            select(FoundPerson.activity, func.count())
            .where(
                FoundPerson.station_id == station_id,
                FoundPerson.is_child.is_(True),
                FoundPerson.activity.in_(codes),
                FoundPerson.found_at >= start,
                FoundPerson.found_at < end,
            )
            .group_by(FoundPerson.activity)
        ).all()
        traced = s.execute(
            select(TraceRecord.activity, func.count())
            .join(Case, Case.id == TraceRecord.case_id)
            .where(
                Case.station_id == station_id,
                Case.status != CaseStatus.VOID.value,
                Case.is_child.is_(True),
                TraceRecord.activity.in_(codes),
                TraceRecord.traced_at >= start,
                TraceRecord.traced_at < end,
            )
            .group_by(TraceRecord.activity)
        ).all()
        for activity, count in (*found, *traced):
            counts[str(activity)] += int(count)
        return tuple((Activity(code), counts[code]) for code in codes)
