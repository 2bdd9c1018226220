"""Drive reports, and the PFIF 1.4 export of open cases."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from models.errors import NotFound, PermissionDenied, ValidationFailed
from models.services.drives import DriveService
from reports.pfif import NAMESPACE, NOTE_FIELDS, PERSON_FIELDS, pfif_xml
from tests.returns.conftest import KnownStation

NS = {"pfif": NAMESPACE}


def test_the_drive_report_tallies_the_whole_drive(known: KnownStation) -> None:
    drives = DriveService(known.svc.db, known.svc.clock)
    doc = drives.drive_report(known.people.sho, "operation muskaan xii")  # any case, any spaces
    assert doc.kind == "drive" and doc.period.start == date(2026, 11, 10)
    who, where, outcome = doc.tables
    #                                   girls boys TG NK total
    assert who.row("traced").values == (2, 1, 0, 0, 3)  # B1, A3; B8 (B6 found dead: not rescued)
    assert who.row("found_on_record").values == (1, 0, 0, 0, 1)  # F2, linked to another station
    assert who.row("found_not_on_record").values == (0, 2, 0, 0, 2)  # F1, and F5 on 18 November
    assert who.row("total").values == (3, 3, 0, 0, 6)
    assert where.row("begging").values == (0, 2, 0, 0, 2)
    assert where.row("labour").values == (1, 0, 0, 0, 1)
    assert where.row("street").values == (1, 0, 0, 0, 1)
    assert where.row("other").values == (1, 0, 0, 0, 1)  # A3 with her partner
    assert where.row("not_recorded").values == (0, 1, 0, 0, 1)  # B8
    assert {r.key: r.values[0] for r in outcome.rows} == {
        "reunited": 1,
        "cwc": 3,
        "cci_placed": 1,
        "other_state": 1,
        "firs": 1,
        "arrests": 2,
    }
    with pytest.raises(NotFound):
        drives.drive_report(known.people.sho, "Operation Smile")


def test_a_drive_needs_a_name_sane_dates_and_the_station_head(known: KnownStation) -> None:
    drives = DriveService(known.svc.db, known.svc.clock)
    with pytest.raises(ValidationFailed) as err:
        drives.add_drive(
            known.people.sho, "Operation Muskaan XII", date(2026, 12, 2), date(2026, 12, 1)
        )
    assert {p.field for p in err.value.problems} == {"name", "to"}
    with pytest.raises(PermissionDenied):
        drives.add_drive(known.people.io, "Operation Smile", date(2027, 1, 1), date(2027, 1, 31))
    made = drives.add_drive(
        known.people.sho, "Operation Smile", date(2027, 1, 1), date(2027, 1, 31)
    )
    assert [d.name for d in drives.list_drives(known.people.writer)][0] == made.name


def test_pfif_export_lists_open_cases_without_private_details(known: KnownStation) -> None:
    export = known.svc.interchange.pfif_export(known.people.writer)
    xml = pfif_xml(export)
    root = ET.fromstring(xml)
    persons = root.findall("pfif:person", NS)
    # Open: registered or traced, not closed, transferred or void. B2 (trafficking, no order)
    # is left out; so is B7 (trafficking for labour). B6 was traced dead: still open.
    refs = {v: k for k, v in known.refs.items()}
    opened = [refs[p.register_no] for p in export.persons]
    assert sorted(opened) == sorted(
        ["A1", "A2", "A3", "A4", "A6", "B1", "B3", "B4", "B5", "B6", "B8", "C1"]
    )
    assert export.left_out == 2
    assert len(persons) == len(opened)
    for person in persons:
        tags = [child.tag.split("}")[1] for child in person if child.tag != f"{{{NAMESPACE}}}note"]
        assert tags == [t for t in PERSON_FIELDS if t in tags]  # the 1.4 order
        note = person.find("pfif:note", NS)
        assert note is not None
        note_tags = [child.tag.split("}")[1] for child in note]
        assert note_tags == [t for t in NOTE_FIELDS if t in note_tags]
        assert note.findtext("pfif:person_record_id", namespaces=NS) == person.findtext(
            "pfif:person_record_id", namespaces=NS
        )
    statuses = {refs[p.register_no]: p.note_status for p in export.persons}
    assert statuses["A1"] == "believed_missing"
    assert statuses["A3"] == "believed_alive"
    assert statuses["B6"] == "believed_dead"
    text = xml.decode("utf-8")
    for private in ("98XXXXXX10", "Room 12", "Municipal Marathi School", "Dharavi bus depot"):
        assert private not in text  # phones, street address, school, where traced
    assert "Priya Santosh Patil" in text and "<pfif:sex>female</pfif:sex>" in text
    assert 'xmlns:pfif="http://zesty.ca/pfif/1.4"' in text
