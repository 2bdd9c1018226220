"""Drive tallies (Operation Muskaan / Smile), as the drive reports count them.

During a drive's dates (station-local days) two kinds of children are counted:

- children of this station's cases traced alive during the drive: *on record* (a missing report
  exists here);
- children found without a report here during the drive, not linked to a case of this station:
  *on record* when linked to another station's case, else *not on record*.

A found child linked to a case here is counted once, through that case's trace.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Integer, and_, case, false, func, literal, not_, or_, select, union_all
from sqlalchemy.orm import Session

from models.dto.returns import ReturnColumn, ReturnRow, ReturnTable
from models.entities import Case, FoundPerson, TraceRecord
from models.enums import Activity, CwcOrder, FoundKind, FoundStatus
from models.messages import msg
from models.returns.period import Window
from models.returns.sql import DIED, NOT_VOID, SEX_LABELS, SEXES, TRACED_AT, in_window

LABOUR = frozenset({Activity.CHILD_LABOUR.value, Activity.DOMESTIC_WORK.value})
ACTIVITY_GROUPS = (
    ("begging", msg("Begging"), frozenset({Activity.BEGGING.value})),
    ("labour", msg("Child labour or domestic work"), LABOUR),
    ("rag_picking", msg("Rag-picking"), frozenset({Activity.RAG_PICKING.value})),
    ("street", msg("Living on the street"), frozenset({Activity.STREET_LIVING.value})),
    ("cci", msg("In a children's home (CCI)"), frozenset({Activity.IN_CCI.value})),
)


@dataclass(frozen=True)
class DriveWindow:
    """A drive (or the part of it inside a return's period) as instants."""

    key: str
    name: str
    first_day: date
    last_day: date
    window: Window


@dataclass(frozen=True)
class Tally:
    """Grouped counts of one drive: ``groups`` maps a fact tuple to (children, FIRs, arrests)."""

    groups: dict[tuple[str, str, bool, str, bool, bool, bool, bool], tuple[int, int, int]]

    def count(self, **match: Any) -> int:
        return sum(n for key, (n, _, _) in self.groups.items() if _matches(key, match))

    def firs(self) -> int:
        return sum(v[1] for v in self.groups.values())

    def arrests(self) -> int:
        return sum(v[2] for v in self.groups.values())


_FIELDS = ("kind", "sex", "on_record", "activity", "reunited", "cwc", "cci", "other_state")


def _matches(key: tuple[Any, ...], match: dict[str, Any]) -> bool:
    for name, wanted in match.items():
        value = key[_FIELDS.index(name)]
        if isinstance(wanted, frozenset):
            if value not in wanted:
                return False
        elif value != wanted:
            return False
    return True


def tally(s: Session, station_id: int, station_state: str, w: Window) -> Tally:
    """One grouped query over traced and found children of the drive's window."""
    traced = (
        select(
            literal("traced").label("kind"),
            Case.sex.label("sex"),
            literal(True).label("on_record"),
            func.coalesce(TraceRecord.activity, "").label("activity"),
            or_(
                TraceRecord.cwc_order == CwcOrder.RESTORE_TO_FAMILY.value,
                and_(TraceRecord.cwc_order.is_(None), TraceRecord.handover_at.is_not(None)),
            ).label("reunited"),
            TraceRecord.cwc_produced_at.is_not(None).label("cwc"),
            (TraceRecord.cwc_order == CwcOrder.CCI_PLACEMENT.value).label("cci"),
            false().label("other_state"),
            case((TraceRecord.new_fir_number.is_not(None), 1), else_=0).label("fir"),
            func.coalesce(TraceRecord.accused_arrested, 0).label("arrests"),
        )
        .select_from(Case)
        .join(TraceRecord, TraceRecord.case_id == Case.id)
        .where(
            Case.station_id == station_id,
            NOT_VOID,
            Case.is_child.is_(True),
            in_window(TRACED_AT, w),
            not_(DIED),  # a child found dead is not "rescued"; R5 counts them
        )
    )
    state = func.lower(func.trim(FoundPerson.native_state))
    found = select(
        literal("found").label("kind"),
        FoundPerson.sex.label("sex"),
        FoundPerson.linked_external_ref.is_not(None).label("on_record"),
        FoundPerson.activity.label("activity"),
        or_(
            FoundPerson.status == FoundStatus.RESTORED.value,
            FoundPerson.cwc_order == CwcOrder.RESTORE_TO_FAMILY.value,
        ).label("reunited"),
        FoundPerson.cwc_produced_at.is_not(None).label("cwc"),
        (FoundPerson.cwc_order == CwcOrder.CCI_PLACEMENT.value).label("cci"),
        and_(
            FoundPerson.native_state.is_not(None),
            state != "",
            state != station_state.strip().lower(),
        ).label("other_state"),
        literal(0).label("fir"),
        literal(0).label("arrests"),
    ).where(
        FoundPerson.station_id == station_id,
        FoundPerson.is_child.is_(True),
        FoundPerson.kind == FoundKind.PERSON.value,  # a body is not "rescued"; R8 counts it
        FoundPerson.linked_case_id.is_(None),
        in_window(FoundPerson.found_at, w),
    )
    facts = union_all(traced, found).subquery()
    cols = [facts.c[name] for name in _FIELDS]
    query = select(
        *cols,
        func.count(),
        func.coalesce(func.sum(facts.c.fir), 0).cast(Integer),
        func.coalesce(func.sum(facts.c.arrests), 0).cast(Integer),
    ).group_by(*cols)
    groups: dict[tuple[str, str, bool, str, bool, bool, bool, bool], tuple[int, int, int]] = {}
    for kind, sex, on_record, activity, reunited, cwc, cci, other, n, firs, arrests in s.execute(
        query
    ):
        key = (
            str(kind),
            sex if sex in SEXES else "unknown",
            bool(on_record),
            str(activity or ""),
            bool(reunited),
            bool(cwc),
            bool(cci),
            bool(other),
        )
        old = groups.get(key, (0, 0, 0))
        groups[key] = (old[0] + int(n), old[1] + int(firs), old[2] + int(arrests))
    return Tally(groups)


R7_COLUMNS = (
    ReturnColumn("rescued", msg("Children traced or found")),
    ReturnColumn("on_record", msg("On record")),
    ReturnColumn("not_on_record", msg("Not on record")),
    ReturnColumn("girls", msg("Girls")),
    ReturnColumn("boys", msg("Boys")),
    ReturnColumn("begging", msg("Begging")),
    ReturnColumn("labour", msg("Labour or domestic work")),
    ReturnColumn("rag_picking", msg("Rag-picking")),
    ReturnColumn("street", msg("Street")),
    ReturnColumn("cci", msg("In a CCI")),
    ReturnColumn("reunited", msg("Reunited with family")),
    ReturnColumn("cwc", msg("Produced before the CWC")),
    ReturnColumn("cci_placed", msg("Placed in a CCI")),
    ReturnColumn("other_state", msg("From other states")),
    ReturnColumn("firs", msg("FIRs against employers or others")),
    ReturnColumn("arrests", msg("Accused arrested")),
)


def summary_values(t: Tally) -> tuple[int, ...]:
    return (
        t.count(),
        t.count(on_record=True),
        t.count(on_record=False),
        t.count(sex="female"),
        t.count(sex="male"),
        *(t.count(activity=codes) for _, _, codes in ACTIVITY_GROUPS),
        t.count(reunited=True),
        t.count(cwc=True),
        t.count(cci=True),
        t.count(other_state=True),
        t.firs(),
        t.arrests(),
    )


def drive_table(
    s: Session,
    station_id: int,
    station_state: str,
    drives: Iterable[DriveWindow],
    *,
    code: str,
) -> ReturnTable:
    """One row per drive (the part inside the period), plus a total row."""
    rows: list[ReturnRow] = []
    total = (0,) * len(R7_COLUMNS)
    for drive in drives:
        values = summary_values(tally(s, station_id, station_state, drive.window))
        total = tuple(a + b for a, b in zip(total, values, strict=True))
        span = f"{drive.first_day:%d-%m-%Y} to {drive.last_day:%d-%m-%Y}"
        rows.append(
            ReturnRow(
                f"drive.{drive.key}", msg("{drive} ({span})", drive=drive.name, span=span), values
            )
        )
    rows.append(ReturnRow("total", msg("All drives"), total, total=True))
    return ReturnTable(
        code,
        f"{code} Drives (Operation Muskaan / Smile): children traced or found",
        R7_COLUMNS,
        tuple(rows),
        note=msg(
            "Counted over the days of each drive that fall in the period. On record: a missing "
            "report exists (here, or at another station for a linked found child)."
        ),
    )


def drive_report_tables(t: Tally) -> tuple[ReturnTable, ...]:
    """The drive report's own tables: who, where they were found, what became of them."""
    sex_columns = (
        ReturnColumn("female", msg("Girls")),
        ReturnColumn("male", msg("Boys")),
        ReturnColumn("transgender", SEX_LABELS["transgender"]),
        ReturnColumn("unknown", SEX_LABELS["unknown"]),
        ReturnColumn("total", msg("Total")),
    )

    def by_sex(**match: Any) -> tuple[int, ...]:
        per = [t.count(sex=sex, **match) for sex in ("female", "male", "transgender", "unknown")]
        return (*per, sum(per))

    who = ReturnTable(
        "D1",
        msg("D1 Children traced or found during the drive"),
        sex_columns,
        (
            ReturnRow(
                "traced", msg("Traced: missing reports of this station"), by_sex(kind="traced")
            ),
            ReturnRow(
                "found_on_record",
                msg("Found: missing report at another station"),
                by_sex(kind="found", on_record=True),
            ),
            ReturnRow(
                "found_not_on_record",
                msg("Found: not on record"),
                by_sex(kind="found", on_record=False),
            ),
            ReturnRow("on_record", msg("On record (total)"), by_sex(on_record=True), total=True),
            ReturnRow("total", msg("All children"), by_sex(), total=True),
        ),
    )
    known = frozenset().union(*(codes for _, _, codes in ACTIVITY_GROUPS))
    others = frozenset(a.value for a in Activity) - known
    activity_rows = [
        ReturnRow(key, text, by_sex(activity=codes)) for key, text, codes in ACTIVITY_GROUPS
    ]
    activity_rows += [
        ReturnRow("other", msg("Other activity"), by_sex(activity=others)),
        ReturnRow("not_recorded", msg("Not recorded"), by_sex(activity=frozenset({""}))),
        ReturnRow("total", msg("All children"), by_sex(), total=True),
    ]
    where = ReturnTable(
        "D2", msg("D2 What the children were doing when found"), sex_columns, tuple(activity_rows)
    )
    outcome = ReturnTable(
        "D3",
        msg("D3 What became of them"),
        (ReturnColumn("count", msg("Count")),),
        (
            ReturnRow("reunited", msg("Reunited with family"), (t.count(reunited=True),)),
            ReturnRow("cwc", msg("Produced before the CWC"), (t.count(cwc=True),)),
            ReturnRow("cci_placed", msg("Placed in a children's home (CCI)"), (t.count(cci=True),)),
            ReturnRow("other_state", msg("From other states"), (t.count(other_state=True),)),
            ReturnRow("firs", msg("FIRs registered (against employers or others)"), (t.firs(),)),
            ReturnRow("arrests", msg("Accused arrested"), (t.arrests(),)),
        ),
    )
    return who, where, outcome
