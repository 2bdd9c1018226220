"""Digitising the paper register: every row checked by the case rules, all rows or none."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from models import audit
from models.db import Database
from models.entities import AuditEvent, Case
from models.enums import CaseStatus
from models.errors import PermissionDenied
from models.services import Services
from models.services.legacy_import import MappingProblem, read_mapping
from tests.conftest import People
from tests.factories import child_case

DATA = Path(__file__).resolve().parents[1] / "data" / "returns"
MAPPING = read_mapping((DATA / "register-mapping.json").read_bytes())


def case_count(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Case)) or 0


@pytest.fixture
def svc(db: Database, clock) -> Services:  # type: ignore[no-untyped-def]
    return Services.build(db, clock)


def test_a_sheet_with_bad_rows_imports_nothing_and_says_why(
    svc: Services, people: People, db: Database
) -> None:
    data = (DATA / "register-2024.csv").read_bytes()
    report = svc.legacy_import.import_register(
        people.sho, data, "register-2024.csv", MAPPING, dry_run=False
    )
    assert not report.imported and case_count(db) == 0
    assert [r.row for r in report.accepted] == [3, 6]
    refused = {r.row: r.problems for r in report.refused}
    assert set(refused) == {4, 5, 7}
    assert any("February 2024 has no day 31" in p for p in refused[4])
    # Reported in April 2024, before the BNS came into force: the IPC section is suggested.
    assert any(p.startswith("fir:") and "IPC 363" in p for p in refused[5])
    assert any(
        "MP/2024/0012 is already in the register (or twice in the sheet)" in p for p in refused[7]
    )


def test_a_clean_sheet_goes_in_whole_keeping_its_serials(
    svc: Services, people: People, db: Database
) -> None:
    lines = (DATA / "register-2024.csv").read_text(encoding="utf-8").splitlines()
    clean = "\n".join(lines[:3] + [lines[5]]).encode("utf-8")  # sheet rows 3 and 6: 12 and 15
    dry = svc.legacy_import.import_register(people.writer, clean, "r.csv", MAPPING, dry_run=True)
    assert [r.accepted for r in dry.rows] == [True, True] and not dry.imported
    assert case_count(db) == 0
    with pytest.raises(PermissionDenied):
        svc.legacy_import.import_register(people.writer, clean, "r.csv", MAPPING, dry_run=False)
    report = svc.legacy_import.import_register(people.sho, clean, "r.csv", MAPPING, dry_run=False)
    assert report.imported
    assert [r.register_no for r in report.rows] == ["MP/2024/0012", "MP/2024/0015"]
    sunita = svc.cases.case_detail(people.sho, "MP/2024/0012")
    assert sunita.status is CaseStatus.TRACED and sunita.is_child
    assert sunita.trace is not None and sunita.trace.trace.place == "Sion station"
    assert sunita.report.reported_at == datetime.fromisoformat("2024-03-05T00:00+05:30")
    ganpat = svc.cases.case_detail(people.sho, "MP/2024/0015")
    assert ganpat.person.names == ("गणपत शिंदे",) and not ganpat.is_child
    assert ganpat.circumstances.narrative.endswith("Remarks: dementia")
    # The year's counter is past the imported serials: the next 2024 entry is 0016.
    base = child_case()
    import dataclasses

    late_entry = dataclasses.replace(
        base,
        report=dataclasses.replace(
            base.report,
            reported_at=datetime.fromisoformat("2024-12-30T10:00+05:30"),
            gd_entry_at=None,
        ),
        circumstances=dataclasses.replace(
            base.circumstances, last_seen_at=datetime.fromisoformat("2024-12-30T08:00+05:30")
        ),
        fir=dataclasses.replace(
            base.fir, registered_at=datetime.fromisoformat("2024-12-30T10:30+05:30")
        ),  # type: ignore[arg-type]
        person=dataclasses.replace(base.person, date_of_birth="2012-05-17"),
    )
    assert svc.cases.register_case(people.writer, late_entry).value.register_no == "MP/2024/0016"


def test_an_excel_register_is_read_from_its_named_sheet(
    svc: Services, people: People, db: Database
) -> None:
    book = Workbook()
    book.active.title = "Notes"
    ws = book.create_sheet("Register")
    ws.append(["Dharavi register"])
    header = list(MAPPING.columns.values())
    ws.append(header)

    def row(**cells: object) -> list[object]:
        return [cells.get(column) for column in header]

    ws.append(
        row(
            **{
                "Date of report": datetime(2025, 1, 7),
                "Name of missing person": '=HYPERLINK("x")',
                "Sex": "F",
                "Age": 30,
                "Complainant": "Mohan",
                "Relation": "Father",
            }
        )
    )
    ws.append(
        row(
            **{
                "Date of report": "08-01-2025",
                "Name of missing person": "Lata",
                "Sex": "स्त्री",
                "Age": "9",
                "Complainant": "Mohan",
                "Relation": "Father",
                "FIR No": "0007/2025",
                "FIR date": datetime(2025, 1, 8),
                "Sections": "BNS 137(2)",
            }
        )
    )
    ws.cell(row=3, column=header.index("Name of missing person") + 1).data_type = "s"  # typed text
    buffer = io.BytesIO()
    book.save(buffer)
    report = svc.legacy_import.import_register(
        people.sho, buffer.getvalue(), "register.xlsx", MAPPING, dry_run=False
    )
    assert report.imported, report.refused
    assert [r.register_no for r in report.rows] == ["MP/2025/0001", "MP/2025/0002"]
    assert svc.cases.case_detail(people.sho, "MP/2025/0001").person.names == ('=HYPERLINK("x")',)


def test_a_broken_mapping_is_refused_in_plain_words() -> None:
    with pytest.raises(MappingProblem) as err:
        read_mapping(b'{"format": "talash-register-mapping", "columns": {"nam": "Name"}}')
    text = str(err.value)
    assert "'nam' is not a field" in text and "columns.reported_on is required" in text


def sheet(*rows: str) -> bytes:
    """The test register's title and header lines with the given rows."""
    lines = (DATA / "register-2024.csv").read_text(encoding="utf-8").splitlines()
    return "\n".join(lines[:2] + list(rows)).encode("utf-8")


def ganpat(serial: str, reported_on: str = "02-05-2024") -> str:
    """The sheet's adult row (no FIR) with another serial and report date."""
    return f"{serial},{reported_on},गणपत शिंदे,पु,70-75,Mahim,Wandered off,Sudhir Shinde,Son,,,,,,"


@pytest.mark.parametrize(
    ("serial", "why"),
    [
        ("9999", "outside the register's sequence"),  # would make the next entry MP/2024/10000
        ("1500", "outside the register's sequence"),
        ("100000000000000000000000", "is not a register serial"),  # once an internal error
    ],
)
def test_a_serial_outside_the_registers_sequence_is_refused_in_plain_words(
    svc: Services, people: People, db: Database, serial: str, why: str
) -> None:
    report = svc.legacy_import.import_register(
        people.sho, sheet(ganpat(serial)), "r.csv", MAPPING, dry_run=False
    )
    assert not report.imported and case_count(db) == 0
    [refused] = report.refused
    assert any(p.startswith("serial: MP/2024: ") and why in p for p in refused.problems), (
        refused.problems
    )


def test_kept_serials_may_leave_the_gaps_of_a_partial_register(
    svc: Services, people: People, db: Database
) -> None:
    """Only some entries of a year brought in (the open ones, say): each kept serial may leave
    unused numbers before it, up to the limit, counted from the serial before it."""
    rows = (ganpat("1500", "03-05-2024"), ganpat("800"), ganpat("", "04-05-2024"))
    report = svc.legacy_import.import_register(
        people.sho, sheet(*rows), "r.csv", MAPPING, dry_run=False
    )
    assert report.imported, report.refused
    assert [r.register_no for r in report.rows] == ["MP/2024/1500", "MP/2024/0800", "MP/2024/1501"]
    # On top of them: the register's numbers now reach 1501, so 2400 fits and 2600 does not.
    for serial, fits in (("2400", True), ("2600", False)):
        again = svc.legacy_import.import_register(
            people.sho, sheet(ganpat(serial)), "r.csv", MAPPING, dry_run=True
        )
        assert [r.accepted for r in again.rows] == [fits]


def test_imported_rows_pass_the_desks_officer_rules_and_are_audited_as_entered(
    svc: Services, people: People, db: Database
) -> None:
    """A row comes in by the same path as a case typed at the desk: its IO must be an officer
    who can be one, and the entry is audited with the stored case."""
    mapping = read_mapping(
        (DATA / "register-mapping.json")
        .read_text(encoding="utf-8")
        .replace('"serial": "Sr No",', '"serial": "Sr No", "io": "Remarks",')
        .encode("utf-8")
    )
    writer_as_io = ganpat("15") + "hc.pawar"
    report = svc.legacy_import.import_register(
        people.sho, sheet(writer_as_io), "r.csv", mapping, dry_run=True
    )
    [refused] = report.refused
    assert any("is not an officer who can be io" in p for p in refused.problems)
    report = svc.legacy_import.import_register(
        people.sho, sheet(ganpat("15") + "psi.more"), "r.csv", mapping, dry_run=False
    )
    assert report.imported
    with db.read() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "case.import")).one()
        details = audit.read_details(s, event)
    assert details is not None and details["row"] == 3 and details["file"] == "r.csv"
    assert details["after"]["report"]["io"] == "psi.more"
