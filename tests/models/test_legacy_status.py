"""A legacy register as stations keep it: a status column with the trace date, how traced, what
the person was doing and the drive brings traced cases in traced; a cell holding a formula is a
refused row naming the cell (also in a workbook a spreadsheet program saved with its computed
values). On SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from models.db import Database
from models.dto.cases import CaseFilter
from models.enums import Activity, CaseStatus, HowTraced
from models.services import Services
from models.services.legacy_import import RegisterMapping, read_mapping
from tests.conftest import People

HEADER = [
    "Sr No",
    "Date of report",
    "Name",
    "Sex",
    "Age",
    "Complainant",
    "Status",
    "Date traced",
    "How traced",
    "Doing what",
    "Drive",
]
MAPPING: RegisterMapping = read_mapping(
    json.dumps(
        {
            "format": "talash-register-mapping",
            "columns": {
                "serial": "Sr No",
                "reported_on": "Date of report",
                "name": "Name",
                "sex": "Sex",
                "age": "Age",
                "complainant_name": "Complainant",
                "status": "Status",
                "traced_on": "Date traced",
                "how_traced": "How traced",
                "activity_when_found": "Doing what",
                "drive": "Drive",
            },
            "values": {
                "sex": {"M": "male", "F": "female"},
                "status": {"Traced": "traced", "सापडला": "traced", "Untraced": "missing"},
                "how_traced": {"Police team": "police_team", "Drive": "drive"},
                "activity_when_found": {"Begging": "begging", "Rag picking": "rag_picking"},
            },
            "defaults": {
                "narrative": "Entered from the paper register.",
                "last_seen_place": "not recorded in the register",
            },
        }
    ).encode()
)


@pytest.fixture
def svc(db: Database, clock) -> Services:  # type: ignore[no-untyped-def]
    return Services.build(db, clock)


def workbook(*rows: dict[str, object]) -> Workbook:
    book = Workbook()
    ws = book.active
    ws.append(HEADER)
    for cells in rows:
        ws.append([cells.get(column) for column in HEADER])
    return book


def xlsx(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def adult(serial: int, name: str, **cells: object) -> dict[str, object]:
    return {
        "Sr No": serial,
        "Date of report": datetime(2025, 1, 7),
        "Name": name,
        "Sex": "M",
        "Age": 30,
        "Complainant": "Mohan Jadhav",
        **cells,
    }


def test_traced_rows_arrive_traced_with_how_doing_what_and_the_drive(
    svc: Services, people: People
) -> None:
    data = xlsx(
        workbook(
            adult(
                1,
                "Suresh Jadhav",
                Status="Traced",
                **{
                    "Date traced": "20-01-2025",
                    "How traced": "Drive",
                    "Doing what": "Begging",
                    "Drive": "Operation Muskaan XI",
                },
            ),
            adult(2, "Ravi Salve", Status="Untraced"),
            adult(3, "Mahesh Kale", Status="सापडला", **{"Date traced": datetime(2025, 2, 2)}),
        )
    )
    report = svc.legacy_import.import_register(
        people.sho, data, "register.xlsx", MAPPING, dry_run=False
    )
    assert report.imported, report.refused
    suresh = svc.cases.case_detail(people.sho, "MP/2025/0001")
    assert suresh.status is CaseStatus.TRACED and suresh.trace is not None
    trace = suresh.trace.trace
    assert trace.traced_at == datetime.fromisoformat("2025-01-20T00:00+05:30")
    assert trace.how_traced is HowTraced.DRIVE and trace.activity is Activity.BEGGING
    assert trace.drive == "Operation Muskaan XI"
    # The move to traced is in the case's history, as a trace recorded at the desk leaves it.
    assert [c.to_status for c in suresh.status_history][-1] is CaseStatus.TRACED
    assert svc.cases.case_detail(people.sho, "MP/2025/0002").status is CaseStatus.REGISTERED
    mahesh = svc.cases.case_detail(people.sho, "MP/2025/0003")
    assert mahesh.status is CaseStatus.TRACED and mahesh.trace is not None
    assert mahesh.trace.trace.how_traced is HowTraced.OTHER
    # The register's list of the still missing holds only the untraced row.
    missing = svc.register.page_cases(
        people.sho, CaseFilter(statuses=(CaseStatus.REGISTERED,))
    ).rows
    assert [r.register_no for r in missing] == ["MP/2025/0002"]


def test_a_status_that_contradicts_its_trace_is_a_refused_row(
    svc: Services, people: People
) -> None:
    data = xlsx(
        workbook(
            adult(1, "Suresh Jadhav", Status="Traced"),
            adult(2, "Ravi Salve", Status="Untraced", **{"Date traced": "20-01-2025"}),
            adult(3, "Mahesh Kale", Status="Closed"),
            adult(4, "Anil Kale", Status="Traced", **{"Date traced": "01-01-2025"}),
            adult(5, "Sunil Kale", Status="Traced", **{"Date traced": "20-01-2025"}),
        )
    )
    report = svc.legacy_import.import_register(
        people.sho, data, "register.xlsx", MAPPING, dry_run=False
    )
    assert not report.imported
    refused = {r.row: " | ".join(r.problems) for r in report.refused}
    assert set(refused) == {2, 3, 4, 5}
    assert "traced_on: the status says traced; give the date traced" in refused[2]
    assert "the row says missing but traced_on gives a date" in refused[3]
    assert "'Closed' is neither missing nor traced" in refused[4] and "values.status" in refused[4]
    # The desk's trace rules: a trace before the report (and last seen) is refused.
    assert "traced_on: is before the person was last seen" in refused[5]
    assert [r.row for r in report.accepted] == [6]


def test_a_formula_cell_is_a_refused_row_naming_the_cell(svc: Services, people: People) -> None:
    book = workbook(
        adult(1, "Suresh Jadhav"),
        adult(2, '=CONCATENATE("Ravi"," ","Salve")'),
        adult(3, "Mahesh Kale", Age="=25+5"),
        adult(4, "Anil Kale"),
    )
    book.active.cell(row=5, column=12, value="=1+1")  # a column the mapping does not read
    report = svc.legacy_import.import_register(
        people.sho, xlsx(book), "register.xlsx", MAPPING, dry_run=False
    )
    assert not report.imported
    refused = {r.row: " | ".join(r.problems) for r in report.refused}
    assert set(refused) == {3, 4}
    assert "name: cell C3 ('Name') holds a formula" in refused[3]
    assert "age: cell E4 ('Age') holds a formula (=25+5)" in refused[4]
    assert [r.row for r in report.accepted] == [2, 5]


def _libreoffice_saved(tmp_path: Path) -> bytes:
    """A workbook with a formula in a name cell, opened and saved again by LibreOffice, which
    stores the formula's computed value beside it."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    source = tmp_path / "in" / "register.xlsx"
    source.parent.mkdir()
    book = workbook(adult(1, "Suresh Jadhav"), adult(2, "Ravi"))
    book.active["C3"] = '=C2&" Salve"'
    book.save(source)
    out = tmp_path / "out"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return (out / "register.xlsx").read_bytes()


def test_a_computed_value_saved_by_a_spreadsheet_program_is_refused_too(
    svc: Services, people: People, tmp_path: Path
) -> None:
    data = _libreoffice_saved(tmp_path)
    # The file holds the computed value a reader of values alone would take for a name.
    values = load_workbook(io.BytesIO(data), data_only=True).active
    assert values["C3"].value == "Suresh Jadhav Salve"
    report = svc.legacy_import.import_register(
        people.sho, data, "register.xlsx", MAPPING, dry_run=False
    )
    assert not report.imported
    refused = {r.row: " | ".join(r.problems) for r in report.refused}
    assert set(refused) == {3} and "name: cell C3 ('Name') holds a formula" in refused[3]
    assert "Suresh Jadhav Salve" not in refused[3]
