"""HQ's monthly, quarterly and yearly consolidated returns, from the weekly packages it holds.

The weeks of a month, how they add up and why: models/returns/rollup.py and docs/returns.md.
A station's missing week is flagged (in S1, in the notes and in the answer), never guessed: the
station's figures then cover only the weeks HQ holds.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace

from sqlalchemy import func, select

from models import audit
from models.actor import Actor
from models.clock import local_today
from models.dto.returns import (
    AnnexRow,
    PeriodKind,
    ReturnColumn,
    ReturnDocument,
    ReturnRow,
    ReturnTable,
)
from models.entities import HqAnnexRow, HqPackage, HqReturnCell, HqStationKey
from models.enums import Sex
from models.messages import msg
from models.permissions import Capability, require
from models.returns.disclosure import publish as publish_figures
from models.returns.rollup import CellKey, RollupKind, RollupSpan, combine
from models.services.common import local_station, station_context
from models.services.exchange_keys import require_hq_db
from models.services.hq import S1_COUNTS, HqService


@dataclass(frozen=True)
class StationWeeks:
    """Which of the span's weeks HQ holds from one station."""

    station_code: str
    station_name: str
    received: tuple[str, ...]  # week labels, 2026-W45 …
    missing: tuple[str, ...]  # weeks that are over and were not received


@dataclass(frozen=True)
class Rollup:
    span: RollupSpan
    document: ReturnDocument
    stations: tuple[StationWeeks, ...]
    not_over: tuple[str, ...]  # weeks of the span still running or not begun

    @property
    def incomplete(self) -> tuple[StationWeeks, ...]:
        return tuple(s for s in self.stations if s.missing)


class HqRollupService(HqService):
    def rollup(self, actor: Actor, span: RollupSpan, *, publish: bool = False) -> Rollup:
        """The span's consolidated return: each station's weeks combined, then added up."""
        require(actor, Capability.VIEW_STATISTICS)
        now = self.clock.now()
        with self.db.write() as s:
            require_hq_db(s)
            sc = station_context(s)
            today = local_today(self.clock, sc.zone)
            over = [w for w in span.weeks if w.end < today]
            not_over = tuple(w.label for w in span.weeks if w.end >= today)
            starts = [w.start for w in span.weeks]
            # The newest package of each station for each week (a resend replaces the old).
            chosen: dict[tuple[str, object], HqPackage] = {}
            for row in s.scalars(
                select(HqPackage)
                .where(
                    HqPackage.period_kind == PeriodKind.WEEK.value,
                    HqPackage.period_start.in_(starts),
                )
                .order_by(HqPackage.station_code, HqPackage.seq.desc())
            ):
                chosen.setdefault((row.station_code, row.period_start), row)
            by_station: dict[str, list[HqPackage]] = defaultdict(list)
            for p in chosen.values():
                by_station[p.station_code].append(p)
            for packages in by_station.values():
                packages.sort(key=lambda p: p.period_start)
            ids = [p.id for p in chosen.values()]
            # Added up in the database, per station; only the first and last week of each
            # station are read cell by cell (for the figures of a moment).
            summed: dict[str, dict[CellKey, int]] = defaultdict(dict)
            if ids:
                for code, table, row_key, col_key, total in s.execute(
                    select(
                        HqPackage.station_code,
                        HqReturnCell.table_code,
                        HqReturnCell.row_key,
                        HqReturnCell.col_key,
                        func.sum(HqReturnCell.value),
                    )
                    .join(HqPackage, HqPackage.id == HqReturnCell.package_id)
                    .where(HqReturnCell.package_id.in_(ids))
                    .group_by(
                        HqPackage.station_code,
                        HqReturnCell.table_code,
                        HqReturnCell.row_key,
                        HqReturnCell.col_key,
                    )
                ):
                    summed[code][(table, row_key, col_key)] = int(total)
            ends = {p.id for packages in by_station.values() for p in (packages[0], packages[-1])}
            cells: dict[int, dict[CellKey, int]] = defaultdict(dict)
            if ends:
                for pid, table, row_key, col_key, value in s.execute(
                    select(
                        HqReturnCell.package_id,
                        HqReturnCell.table_code,
                        HqReturnCell.row_key,
                        HqReturnCell.col_key,
                        HqReturnCell.value,
                    ).where(HqReturnCell.package_id.in_(list(ends)))
                ):
                    cells[pid][(table, row_key, col_key)] = value
            per_station = {
                code: combine(summed[code], cells[packages[0].id], cells[packages[-1].id])
                for code, packages in by_station.items()
            }
            sums: dict[CellKey, int] = defaultdict(int)
            for figures in per_station.values():
                for key, value in figures.items():
                    sums[key] += value
            names: dict[str, str] = {}
            for code, name in s.execute(
                select(HqStationKey.station_code, func.min(HqStationKey.station_name))
                .where(HqStationKey.revoked_at.is_(None))
                .group_by(HqStationKey.station_code)
            ):
                names[code] = name
            for code, packages in by_station.items():
                names.setdefault(code, packages[-1].station_name)
            weeks = tuple(
                StationWeeks(
                    code,
                    names[code],
                    tuple(w.label for w in span.weeks if (code, w.start) in chosen),
                    tuple(w.label for w in over if (code, w.start) not in chosen),
                )
                for code in sorted(names)
            )
            tables = [_weekly_wording(t) for t in self._tables(s, ids, dict(sums))]
            tables.insert(0, _stations_table(span, weeks, per_station))
            annex: tuple[AnnexRow, ...] = ()
            if not publish and by_station:
                # Children untraced at the end: each station's last week held.
                last_ids = {packages[-1].id: code for code, packages in by_station.items()}
                annex = tuple(
                    AnnexRow(
                        case_ref=f"{last_ids[pid]} {ref}",
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
                        .where(HqAnnexRow.package_id.in_(list(last_ids)))
                        .order_by(HqAnnexRow.package_id, HqAnnexRow.id)
                    )
                )
            incomplete = [w for w in weeks if w.missing]
            audit.record(
                s,
                at=now,
                actor=actor,
                action="hq.rollup",
                subject=audit.Subject("return", None, span.label),
                details={
                    "period": span.label,
                    "weeks": len(span.weeks),
                    "stations": len(by_station),
                    "incomplete": [w.station_code for w in incomplete],
                    "publish": publish,
                },
            )
            station = local_station(s)
            notes: list[str] = [
                msg(
                    "{span}. A week belongs whole to the month that holds its Thursday.",
                    span=span.describe(),
                ),
                msg(
                    "Stations that sent weekly returns for this period: {count}.",
                    count=len(by_station),
                ),
            ]
            notes += [
                msg(
                    "{station}: no return for week {weeks}; its figures cover only the weeks "
                    "received.",
                    station=w.station_code,
                    weeks=", ".join(w.missing),
                )
                for w in incomplete
            ]
            if not_over:
                notes.append(msg("Not over yet: week {weeks}.", weeks=", ".join(not_over)))
            doc = ReturnDocument(
                kind="consolidated",
                title=msg(
                    "Missing persons: consolidated {kind} return, {span}",
                    kind=KIND_WORDS[span.kind],
                    span=span.name,
                ),
                unit_code=station.code,
                unit_name=station.name,
                unit_name_local=station.name_local,
                district=station.district,
                state=station.state,
                period=span.period,
                generated_at=now,
                tables=tuple(tables),
                annex=annex,
                notes=tuple(notes),
            )
        if publish:
            doc = publish_figures(doc, sc.policy.suppression_threshold)
        return Rollup(span, doc, weeks, not_over)


# Figures that a weekly package counts against its own week: added up, they keep that meaning,
# and their labels say so (a case reported in week 45 and traced in week 46 is "reported in an
# earlier week", though both weeks are in the month).
WEEKLY_COLUMNS = {
    ("R1", "traced_current"): msg("Traced: reported the same week"),
    ("R1", "traced_earlier"): msg("Traced: reported in an earlier week"),
}
WEEKLY_ROWS = {
    ("R3", "child_without_fir"): msg(
        "…of whom no FIR by the end of the week they were reported in"
    ),
}
# The kind of a consolidated return as its title says it ("monthly", "quarterly", "yearly").
KIND_WORDS = {
    RollupKind.MONTH: msg("monthly"),
    RollupKind.QUARTER: msg("quarterly"),
    RollupKind.YEAR: msg("yearly"),
}


def _weekly_wording(table: ReturnTable) -> ReturnTable:
    columns = tuple(
        replace(c, label=WEEKLY_COLUMNS.get((table.code, c.key), c.label)) for c in table.columns
    )
    rows = tuple(
        replace(r, label=WEEKLY_ROWS.get((table.code, r.key), r.label)) for r in table.rows
    )
    return replace(table, columns=columns, rows=rows)


def _stations_table(
    span: RollupSpan,
    weeks: tuple[StationWeeks, ...],
    per_station: dict[str, dict[CellKey, int]],
) -> ReturnTable:
    """S1 over the span: each station's combined R1 totals and how many weeks HQ holds."""
    columns = (
        *S1_COUNTS,
        # The key of the weekly S1's package number: not a count of persons, never suppressed.
        ReturnColumn("seq", msg("Weeks received (of {weeks})", weeks=len(span.weeks))),
    )
    rows: list[ReturnRow] = []
    for w in weeks:
        figures = per_station.get(w.station_code)
        if figures is None:
            rows.append(
                ReturnRow(
                    f"station.{w.station_code}",
                    msg(
                        "{code} {name}: no return received",
                        code=w.station_code,
                        name=w.station_name,
                    ),
                    (None,) * 9,
                )
            )
            continue

        def v(col: str, row: str = "all.total", f: dict[CellKey, int] = figures) -> int:
            return f.get(("R1", row, col), 0)

        label = (
            msg(
                "{code} {name}: week {weeks} missing",
                code=w.station_code,
                name=w.station_name,
                weeks=", ".join(w.missing),
            )
            if w.missing
            else f"{w.station_code} {w.station_name}"
        )
        rows.append(
            ReturnRow(
                f"station.{w.station_code}",
                label,
                (
                    v("opening"),
                    v("reported"),
                    v("total"),
                    v("traced"),
                    v("transferred"),
                    v("closing"),
                    None,
                    v("closing", "children.total"),
                    len(w.received),
                ),
            )
        )
    return ReturnTable(
        "S1",
        msg("S1 Stations: each station's own figures (all persons)"),
        columns,
        tuple(rows),
        note=msg(
            "Each station's weekly returns for the period added up (its newest package for "
            "each week); a station with a week missing is marked, and its figures cover only the "
            "weeks received."
        ),
    )
