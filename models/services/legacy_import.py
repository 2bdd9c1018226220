"""Digitising a station's paper or Excel register: one sheet in, every row checked, all or nothing.

A mapping file (docs/formats.md) says which column of the sheet holds which fact, how
the sheet writes its codes ("M", "पु") and what to assume where the register is silent. Each
row becomes a ``CaseInput`` and goes through the same cleaning and rules as a case typed at the
desk (``normalise``, ``check_case``). If any row is refused nothing is written: the report lists
every refused row with its number and reasons, the sheet is corrected, and the import is run
again. A dry run checks without writing.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import audit
from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.dto.cases import (
    AddressRow,
    CaseInput,
    CircumstancesInput,
    ComplainantInput,
    ContactRow,
    FirInput,
    PersonInput,
    ReasonsInput,
    ReportInput,
    SectionRow,
    TraceInput,
)
from models.dto_codec import to_json
from models.entities import AppUser, Case
from models.enums import (
    Act,
    AddressKind,
    ContactKind,
    Relation,
    Sex,
)
from models.errors import UserError
from models.jobs import CancelCheck, Job, Progress
from models.json_input import parse_json
from models.messages import msg
from models.partial_date import DateProblem, PartialDate
from models.permissions import Capability, require
from models.rules.age_phrases import parse_age_phrase
from models.rules.case_rules import RuleContext
from models.services import case_store, counters, legacy_status, match_due
from models.services.cases import CheckedCase, check_new_case, record_new_case, write_new_case
from models.services.common import StationContext, local_year, station_context, users_by_id
from models.services.exchange_keys import require_station_db

MAPPING_FORMAT = "talash-register-mapping"
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
MAX_XLSX_UNPACKED = 200 * 1024 * 1024
IMPORT_NOTE = "Imported from the station's earlier register."

FIELDS: dict[str, str] = {
    "serial": "the register serial number of its year (kept; otherwise the next free number)",
    "reported_on": "date of the report, DD-MM-YYYY (required)",
    "reported_time": "time of the report, HH:MM (otherwise 00:00)",
    "name": "name of the missing person (required)",
    "other_names": "other names or aliases, separated by ';'",
    "sex": "male, female, transgender or unknown (or a code listed under 'values')",
    "age": "age when missing: 14, 12-14 or about 13",
    "date_of_birth": "DD-MM-YYYY, MM-YYYY or YYYY",
    "address": "present address, as one line",
    "last_seen_on": "date last seen, DD-MM-YYYY (otherwise the report's date)",
    "last_seen_time": "HH:MM",
    "last_seen_place": "where last seen (required, or a default)",
    "narrative": "brief facts (required, or a default)",
    "remarks": "remarks column, kept under the brief facts",
    "complainant_name": "informant's name (required, or a default)",
    "complainant_relation": "father, mother, … (see the vocabulary)",
    "complainant_phone": "informant's phone",
    "fir_number": "FIR number",
    "fir_on": "FIR date, DD-MM-YYYY",
    "fir_sections": "Act and section, e.g. 'BNS 137(2); BNS 143'",
    "fir_not_filed_reason": "why a child's case has no FIR",
    "suspected_reason": "reason code, e.g. 2.1",
    "confirmed_reason": "reason code",
    "io": "username of the investigating officer",
    "received_by": "username of the officer who took the report",
    "traced_on": "date traced, DD-MM-YYYY (the case is then imported as traced)",
    "traced_time": "HH:MM",
    "traced_place": "where traced",
    "how_traced": "police_team, grp_rpf, … (see the vocabulary)",
    "traced_locality": "same_ps, other_ps_city, other_district, other_state, other_country",
    "trace_type": "traced_on_fir, returned_on_own, found_dead",
    **legacy_status.STATUS_FIELDS,
}
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_SECTION = re.compile(r"^\s*([A-Za-z]+)\s+(.+?)\s*$")


class MappingProblem(UserError):
    """The mapping file is not usable; the message says what to fix."""


@dataclass(frozen=True)
class RegisterMapping:
    columns: dict[str, str]
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)
    sheet: str | None = None
    header_row: int = 1


def read_mapping(data: bytes, source: str = "the mapping file") -> RegisterMapping:
    try:
        raw = parse_json(data, source)  # no key twice, no deep nesting, no endless number
    except UserError as exc:
        raise MappingProblem(exc.message) from None
    if not isinstance(raw, dict) or raw.get("format") != MAPPING_FORMAT:
        raise MappingProblem(
            msg(
                "{source} is not a register mapping (format '{MAPPING_FORMAT}').",
                source=source,
                MAPPING_FORMAT=MAPPING_FORMAT,
            )
        )
    problems: list[str] = []

    def text_map(key: str) -> dict[str, str]:
        value = raw.get(key, {})
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            problems.append(f"'{key}' must map field names to text")
            return {}
        return dict(value)

    columns = text_map("columns")
    defaults = text_map("defaults")
    values_raw = raw.get("values", {})
    values: dict[str, dict[str, str]] = {}
    if not isinstance(values_raw, dict):
        problems.append("'values' must map a field to {sheet text: code}")
    else:
        for name, table in values_raw.items():
            if not isinstance(table, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in table.items()
            ):
                problems.append(f"values.{name} must map sheet text to a code")
            else:
                values[name] = {k.strip().casefold(): v for k, v in table.items()}
    for name in [*columns, *defaults, *values]:
        if name not in FIELDS:
            problems.append(f"'{name}' is not a field Talash knows (see docs/formats.md)")
    for required in ("reported_on", "name"):
        if required not in columns:
            problems.append(f"columns.{required} is required")
    header_row = raw.get("header_row", 1)
    if not isinstance(header_row, int) or header_row < 1:
        problems.append("'header_row' must be a row number from 1")
        header_row = 1
    sheet = raw.get("sheet")
    if sheet is not None and not isinstance(sheet, str):
        problems.append("'sheet' must be the sheet's name")
        sheet = None
    if problems:
        raise MappingProblem(
            msg(
                "{source} cannot be used:\n{problems}",
                source=source,
                problems="\n".join(f"- {p}" for p in problems),
            )
        )
    return RegisterMapping(columns, values, defaults, sheet, header_row)


# -- reading the sheet -------------------------------------------------------------------------


def read_rows(
    data: bytes, name: str, mapping: RegisterMapping
) -> Iterator[tuple[int, dict[str, Any]]]:
    """(sheet row number, {header: cell}) for each non-empty row below the header."""
    if len(data) > MAX_FILE_BYTES:
        raise UserError(
            msg(
                "{name} is larger than {value} MB.",
                name=name,
                value=MAX_FILE_BYTES // 1048576,
            )
        )
    if name.lower().endswith((".xlsx", ".xlsm")):
        rows = _xlsx_rows(data, name, mapping.sheet)
    elif name.lower().endswith(".csv"):
        rows = _csv_rows(data, name)
    else:
        raise UserError(msg("{name}: give an .xlsx or a .csv file.", name=name))
    header: list[str] | None = None
    count = 0
    for number, cells in enumerate(rows, start=1):
        if number < mapping.header_row:
            continue
        if header is None:
            header = [str(c).strip() if c is not None else "" for c in cells]
            missing = [c for c in mapping.columns.values() if c not in header]
            if missing:
                raise UserError(
                    msg(
                        "{name}: row {number} has no column {columns} (check header_row and the "
                        "column names in the mapping).",
                        name=name,
                        number=number,
                        columns=", ".join(f"'{m}'" for m in missing),
                    )
                )
            continue
        if all(c is None or str(c).strip() == "" for c in cells):
            continue
        count += 1
        if count > MAX_ROWS:
            raise UserError(
                msg(
                    "{name} has more than {MAX_ROWS} rows; split it.",
                    name=name,
                    MAX_ROWS=MAX_ROWS,
                )
            )
        yield number, dict(zip(header, cells, strict=False))
    if header is None:
        raise UserError(
            msg(
                "{name} has no header row {header_row}.",
                name=name,
                header_row=mapping.header_row,
            )
        )


def _csv_rows(data: bytes, name: str) -> Iterator[list[Any]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(
            msg("{name} is not UTF-8 text; save it as 'CSV UTF-8'.", name=name)
        ) from exc
    reader = csv.reader(io.StringIO(text))
    try:
        yield from reader
    except csv.Error as exc:
        # The csv module stops at a cell over 128 KB (its field limit) or a NUL byte.
        if "field larger than field limit" in str(exc):
            raise UserError(
                msg(
                    "{name}: line {line_num} has a cell larger than 128 KB; no register "
                    "cell is that long. Check the file.",
                    name=name,
                    line_num=reader.line_num,
                )
            ) from None
        raise UserError(
            msg(
                "{name}: line {line_num} cannot be read as CSV; save it as 'CSV UTF-8'.",
                name=name,
                line_num=reader.line_num,
            )
        ) from None


def _xlsx_rows(data: bytes, name: str, sheet: str | None) -> Iterator[list[Any]]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            unpacked = sum(i.file_size for i in zf.infolist())
    except zipfile.BadZipFile as exc:
        raise UserError(
            msg("{name} is not an XLSX workbook (or it is damaged).", name=name)
        ) from exc
    if unpacked > MAX_XLSX_UNPACKED:
        raise UserError(
            msg(
                "{name} unpacks to more than {value} MB.",
                name=name,
                value=MAX_XLSX_UNPACKED // 1048576,
            )
        )
    book = legacy_status.open_workbook(data, name, values=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise UserError(
                msg(
                    "{name} has no sheet '{sheet}' (it has {items}).",
                    name=name,
                    sheet=sheet,
                    items=", ".join(book.sheetnames),
                )
            )
        ws = book[sheet] if sheet is not None else book.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        while True:
            # A read-only workbook is parsed while it is read: a damaged sheet, or one with
            # entities (refused by defusedxml: no billion laughs, no external files), fails here.
            try:
                row = next(rows)
            except StopIteration:
                break
            except Exception as exc:
                raise UserError(
                    msg(
                        "{name} cannot be read as a workbook: {error}.",
                        name=name,
                        error=type(exc).__name__,
                    )
                ) from None
            yield list(row)
    finally:
        book.close()


# -- one row to a case -------------------------------------------------------------------------


@dataclass(frozen=True)
class RowOutcome:
    row: int
    accepted: bool
    name: str
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    register_no: str | None = None


@dataclass(frozen=True)
class LegacyImportReport:
    file_name: str
    dry_run: bool
    imported: bool  # True only when every row was accepted and written
    rows: tuple[RowOutcome, ...]

    @property
    def accepted(self) -> tuple[RowOutcome, ...]:
        return tuple(r for r in self.rows if r.accepted)

    @property
    def refused(self) -> tuple[RowOutcome, ...]:
        return tuple(r for r in self.rows if not r.accepted)


@dataclass(frozen=True)
class _Parsed:
    case: CaseInput
    serial: int | None
    trace: TraceInput | None


class _Row:
    """Reads the mapped fields of one sheet row, collecting problems instead of stopping."""

    def __init__(self, cells: Mapping[str, Any], mapping: RegisterMapping) -> None:
        self.cells = cells
        self.mapping = mapping
        self.problems: list[str] = []

    def raw(self, name: str) -> Any:
        column = self.mapping.columns.get(name)
        value = self.cells.get(column) if column else None
        if value is None or (isinstance(value, str) and not value.strip()):
            value = self.mapping.defaults.get(name)
        return value

    def text(self, name: str) -> str | None:
        value = self.raw(name)
        if value is None:
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        out = str(value).strip()
        return out or None

    def code(self, name: str) -> str | None:
        value = self.text(name)
        if value is None:
            return None
        return self.mapping.values.get(name, {}).get(value.casefold(), value)

    def enum(self, name: str, cls: type[Any]) -> Any:
        value = self.code(name)
        if value is None:
            return None
        try:
            return cls(value.strip().lower())
        except ValueError:
            allowed = ", ".join(m.value for m in cls)
            self.problems.append(f"{name}: '{value}' is not one of {allowed}")
            return None

    def day(self, name: str) -> date | None:
        value = self.raw(name)
        if value is None:
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            parsed = PartialDate.parse_indian(str(value))
        except DateProblem as exc:
            self.problems.append(f"{name}: {exc}")
            return None
        if parsed.precision != "day":
            self.problems.append(f"{name}: '{value}' needs the day, month and year")
            return None
        return parsed.earliest()

    def clock(self, name: str) -> time:
        value = self.raw(name)
        if value is None:
            return time(0)
        if isinstance(value, time):
            return value
        if isinstance(value, datetime):
            return value.time()
        m = _TIME.match(str(value).strip())
        if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
            self.problems.append(f"{name}: '{value}' is not a time such as 14:30")
            return time(0)
        return time(int(m.group(1)), int(m.group(2)))


def _instant(day: date, at: time, ctx: RuleContext) -> datetime:
    return datetime.combine(day, at, tzinfo=ctx.zone)


def parse_row(
    cells: Mapping[str, Any], mapping: RegisterMapping, ctx: RuleContext
) -> tuple[_Parsed | None, list[str]]:
    r = _Row(cells, mapping)
    reported_day = r.day("reported_on")
    name = r.text("name")
    if reported_day is None and "reported_on" not in " ".join(r.problems):
        r.problems.append("reported_on: the date of the report is required")
    if not name:
        r.problems.append("name: the missing person's name is required")
    serial = None
    if r.text("serial") is not None:
        try:
            serial = int(str(r.text("serial")))
            if serial < 1:
                raise ValueError
        except ValueError:
            r.problems.append(f"serial: '{r.text('serial')}' is not a register serial number")
    dob = None
    if r.raw("date_of_birth") is not None:
        raw_dob = r.raw("date_of_birth")
        try:
            dob = (
                PartialDate.from_date(raw_dob.date() if isinstance(raw_dob, datetime) else raw_dob)
                if isinstance(raw_dob, date)
                else PartialDate.parse_indian(str(raw_dob))
            ).iso()
        except DateProblem as exc:
            r.problems.append(f"date_of_birth: {exc}")
    age_min = age_max = None
    if r.text("age") is not None:
        try:
            ages = parse_age_phrase(str(r.text("age")))
            age_min, age_max = ages.low, ages.high
        except DateProblem as exc:
            r.problems.append(f"age: {exc}")
    sex = r.enum("sex", Sex) or Sex.UNKNOWN
    relation = r.enum("complainant_relation", Relation)
    if reported_day is None or not name:
        return None, r.problems
    reported_at = _instant(reported_day, r.clock("reported_time"), ctx)
    seen_day = r.day("last_seen_on") or reported_day
    seen_at = (
        _instant(seen_day, r.clock("last_seen_time"), ctx)
        if r.raw("last_seen_time") is not None or seen_day != reported_day
        else reported_at
    )
    narrative = r.text("narrative") or ""
    if r.text("remarks"):
        narrative = f"{narrative}\nRemarks: {r.text('remarks')}".strip()
    address = r.text("address")
    phone = r.text("complainant_phone")
    complainant_name = r.text("complainant_name")
    fir = None
    if r.text("fir_number"):
        fir_day = r.day("fir_on") or reported_day
        sections = []
        for part in re.split(r"[;,\n]", r.text("fir_sections") or ""):
            if not part.strip():
                continue
            m = _SECTION.match(part)
            if not m or m.group(1).upper() not in {a.value for a in Act}:
                r.problems.append(
                    f"fir_sections: '{part.strip()}' is not 'ACT SECTION' (BNS 137(2))"
                )
                continue
            sections.append(SectionRow(Act(m.group(1).upper()), m.group(2)))
        fir = FirInput(
            number=str(r.text("fir_number")),
            registered_at=max(_instant(fir_day, time(0), ctx), reported_at),
            sections=tuple(sections),
        )
    case = CaseInput(
        report=ReportInput(
            reported_at=reported_at,
            received_by=r.text("received_by"),
            io=r.text("io"),
        ),
        person=PersonInput(
            names=(name, *(n.strip() for n in (r.text("other_names") or "").split(";"))),
            sex=sex,
            date_of_birth=dob,
            age_min=age_min,
            age_max=age_max,
            addresses=(AddressRow(AddressKind.PRESENT, line=address),) if address else (),
        ),
        circumstances=CircumstancesInput(
            last_seen_at=seen_at,
            last_seen_place=r.text("last_seen_place") or "",
            narrative=narrative,
        ),
        complainant=ComplainantInput(
            person=PersonInput(
                names=(complainant_name,),
                contacts=(ContactRow(ContactKind.MOBILE, phone),) if phone else (),
            ),
            relation=relation,
        )
        if complainant_name
        else None,
        fir=fir,
        fir_not_filed_reason=r.text("fir_not_filed_reason"),
        reasons=ReasonsInput(
            suspected=r.text("suspected_reason") or "8.1", confirmed=r.text("confirmed_reason")
        ),
    )
    # The status column, the trace date and what goes with them (models/services/legacy_status).
    trace = legacy_status.read_trace(r, ctx, r.text("confirmed_reason"))
    return _Parsed(case, serial, trace), r.problems


@dataclass
class _Entry:
    """One sheet row on its way in: what it became and what was said about it."""

    row: int
    label: str
    parsed: _Parsed | None
    checked: CheckedCase | None
    messages: list[str]
    warnings: list[str]


# -- the service -------------------------------------------------------------------------------


class LegacyImportService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def import_register(
        self,
        actor: Actor,
        data: bytes,
        file_name: str,
        mapping: RegisterMapping,
        *,
        dry_run: bool,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> LegacyImportReport:
        """Check every row; unless ``dry_run``, write them all in one transaction (or none)."""
        require(actor, Capability.REGISTER_CASE if dry_run else Capability.CLOSE_CASE)
        rows = list(read_rows(data, file_name, mapping))
        formulas = legacy_status.formula_cells(data, file_name, mapping.sheet, mapping.header_row)
        job = Job(2 * len(rows) + 1, progress, cancel)
        now = self.clock.now()
        with self.db.write() as s:
            require_station_db(s)
            sc = station_context(s)
            ctx = RuleContext.default(now, sc.zone)
            users = users_by_id(s)
            taken = {
                (y, n)
                for y, n in s.execute(
                    select(Case.year, Case.serial).where(Case.station_id == sc.station.id)
                )
            }
            entries: list[_Entry] = []
            firs: dict[tuple[int, str], int] = {}  # (FIR year, number) → sheet row
            for number, cells in rows:
                job.step(f"checking row {number}")
                parsed, read_problems = parse_row(cells, mapping, ctx)
                entry = _Entry(
                    number, str(cells.get(mapping.columns["name"]) or ""), None, None, [], []
                )
                entry.messages += read_problems
                entry.messages += legacy_status.formula_problems(number, mapping.columns, formulas)
                if parsed is not None:
                    # The same cleaning, rules and officers check as a case typed at the desk.
                    checked = check_new_case(s, sc.station.id, actor, parsed.case, ctx)
                    problems = list(checked.problems)
                    if parsed.trace is not None:
                        trace, found = legacy_status.check_row_trace(
                            parsed.trace, checked.data.circumstances.last_seen_at, ctx
                        )
                        parsed = replace(parsed, trace=trace)
                        problems += found
                    parsed = replace(parsed, case=checked.data)
                    entry.parsed, entry.checked = parsed, checked
                    entry.messages += [f"{p.field}: {p.message}" for p in problems if p.is_error]
                    entry.warnings += [
                        f"{p.field}: {p.message}" for p in problems if not p.is_error
                    ]
                    if parsed.serial is not None:
                        key = (local_year(parsed.case.report.reported_at, sc.zone), parsed.serial)
                        if key in taken:
                            entry.messages.append(
                                f"serial: {sc.policy.case_number_prefix}/{key[0]}/{key[1]:04d} "
                                "is already in the register (or twice in the sheet)"
                            )
                        taken.add(key)
                    entry.messages += _fir_clash(sc, parsed.case, number, firs)
                entries.append(entry)
            _check_sequence(s, sc, entries)
            outcomes = [
                RowOutcome(
                    e.row,
                    not e.messages and e.parsed is not None,
                    e.label,
                    tuple(e.messages),
                    tuple(e.warnings),
                )
                for e in entries
            ]
            good = [e for e in entries if not e.messages and e.parsed is not None]
            all_good = all(o.accepted for o in outcomes) and bool(outcomes)
            if dry_run or not all_good:
                s.rollback()
                return LegacyImportReport(file_name, dry_run, False, tuple(outcomes))
            numbers: dict[int, str] = {}
            # Rows that keep their old serial go first, so the counter is past them before
            # rows without one take the next free numbers.
            good.sort(key=lambda e: (e.parsed is None or e.parsed.serial is None, e.row))
            for entry in good:
                job.step(f"writing row {entry.row}")
                numbers[entry.row] = _write(s, sc, actor, users, entry, file_name, now)
            job.start("committing")
            job.check()
            audit.record(
                s,
                at=now,
                actor=actor,
                action="register.import",
                subject=audit.Subject("register", None, file_name[-40:]),
                details={"file": file_name, "rows": len(good)},
            )
        # The imported cases' possible matches, each case in a transaction of its own after the
        # import committed (as after a save at the desk: models/services/match_due.py).
        match_due.refresh_due(self.db, self.clock)
        return LegacyImportReport(
            file_name,
            False,
            True,
            tuple(replace(o, register_no=numbers.get(o.row)) for o in outcomes),
        )


def _write(
    s: Session,
    sc: StationContext,
    actor: Actor,
    users: dict[int, AppUser],
    entry: _Entry,
    file_name: str,
    now: datetime,
) -> str:
    """Write one checked row by the register's one path for new entries, keeping its serial."""
    parsed, checked = entry.parsed, entry.checked
    assert parsed is not None and checked is not None
    case = write_new_case(s, sc, actor, checked, at=now, serial=parsed.serial, note=IMPORT_NOTE)
    if parsed.trace is not None:
        # The store function that records a trace at the desk.
        case_store.trace_case(case, parsed.trace, by_id=actor.user_id, at=now, reason=IMPORT_NOTE)
    record_new_case(
        s,
        sc,
        actor,
        case,
        at=now,
        users=users,
        action="case.import",
        details={
            "file": file_name,
            "row": entry.row,
            "trace": to_json(parsed.trace) if parsed.trace else None,
        },
    )
    return case.register_no


def _check_sequence(s: Session, sc: StationContext, entries: list[_Entry]) -> None:
    """Refuse a kept serial outside the register's sequence (models/services/counters.py):
    each year's kept serials, lowest first, may not run too far past the numbers before them."""
    prefix = sc.policy.case_number_prefix
    by_year: dict[int, list[tuple[int, _Entry]]] = {}
    for e in entries:
        if e.parsed is not None and e.parsed.serial is not None:
            year = local_year(e.parsed.case.report.reported_at, sc.zone)
            by_year.setdefault(year, []).append((e.parsed.serial, e))
    for year, kept in by_year.items():
        top = counters.last(s, sc.station.id, prefix, year)
        for serial, e in sorted(kept, key=lambda item: item[0]):
            why = counters.check_kept_serial(serial, top)
            if why is None:
                top = max(top, serial)
            else:
                e.messages.append(f"serial: {prefix}/{year}: {why}")


def _fir_clash(
    sc: StationContext, case: CaseInput, row: int, firs: dict[tuple[int, str], int]
) -> list[str]:
    """A row whose FIR number an earlier row of the sheet already holds (the register's own
    holder is named by the check every new case passes)."""
    fir = case.fir
    if fir is None or not fir.number:
        return []
    key = (case_store.fir_year(fir.registered_at, sc.zone), fir.number)
    if key in firs:
        return [f"fir_number: FIR {fir.number} of {key[0]} is also on row {firs[key]}"]
    firs[key] = row
    return []
