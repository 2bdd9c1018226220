"""The legal rules of issue 12, held by the register whatever the door: sensitive sections from the
statute data, complete publicity orders of the fitting authority, FIR numbers given once per
station and year, and the code in force on the day of the offence. On SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from models.clock import FixedClock
from models.db import Database
from models.dto.cases import CaseDetail, CaseInput, PublicationOrder, ReasonsInput, SectionRow
from models.entities import Case
from models.enums import Act, NoticeStatus, OrderAuthority, OrderPermit
from models.errors import PermissionDenied, RuleViolation, ValidationFailed
from models.legal_sections import load_sections
from models.migrate import _sqlite_pragma, _upgrade, alembic_config
from models.returns import withheld
from models.rules.publicity import order_lifts_block, order_problems
from models.services import Services, case_store
from models.services.legacy_import import read_mapping
from models.services.rules_check import check_register
from tests.conftest import IST, People
from tests.factories import adult_case, at, child_case

TODAY = date(2026, 11, 20)


@pytest.fixture
def svc(db: Database, clock: FixedClock) -> Services:
    return Services.build(db, clock)


def with_sections(case: CaseInput, *rows: tuple[Act, str]) -> CaseInput:
    assert case.fir is not None
    fir = dataclasses.replace(case.fir, sections=tuple(SectionRow(a, s) for a, s in rows))
    return dataclasses.replace(case, fir=fir)


def order(kind: OrderAuthority, *permits: OrderPermit, **changes: object) -> PublicationOrder:
    base = PublicationOrder(
        reference="Misc. 41/2026",
        date="2026-11-18",
        authority={
            OrderAuthority.SPECIAL_COURT: "Special Court (POCSO), Greater Mumbai",
            OrderAuthority.CWC: "CWC Mumbai City",
            OrderAuthority.JJ_BOARD: "JJ Board Mumbai",
            OrderAuthority.COURT: "Sessions Court, Greater Mumbai",
        }[kind],
        kind=kind,
        permits=permits or (OrderPermit.NOTICE, OrderPermit.PORTAL),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def record(svc: Services, people: People, case: CaseDetail, new: PublicationOrder) -> CaseDetail:
    edited = dataclasses.replace(case.as_input(), publication_order=new)
    return svc.cases.update_case(people.sho, case.register_no, edited, case.version).value


# -- sensitive sections are data -----------------------------------------------------------------


def test_the_section_table_flags_every_provision_that_protects_a_victim() -> None:
    table = load_sections()
    protected = [
        *((Act.BNS, s) for s in ("64", "65", "70", "71", "87", "96", "98", "99", "141", "143")),
        (Act.BNS, "144"),
        *((Act.IPC, s) for s in ("366", "366A", "366B", "370", "370A", "372", "373")),
        (Act.POCSO, "4"),
        (Act.ITPA, "5"),
    ]
    for act, section in protected:
        assert table.is_identity_protected(act, section), (act, section)
    for act, section in ((Act.BNS, "137(2)"), (Act.BNS, "139"), (Act.IPC, "363"), (Act.JJ, "31")):
        assert not table.is_identity_protected(act, section), (act, section)


@pytest.mark.parametrize("section", ["96", "87", "141"])
def test_a_case_under_bns_96_87_or_141_gets_no_notice_and_no_pfif_record(
    svc: Services, people: People, section: str
) -> None:
    data = with_sections(child_case(), (Act.BNS, "137(2)"), (Act.BNS, section))
    case = svc.cases.register_case(people.writer, data).value
    assert case.sensitive
    with pytest.raises(RuleViolation, match="identity is protected"):
        svc.notices.request(people.io, case.register_no)
    export = svc.interchange.pfif_export(people.sho)
    assert case.register_no not in {p.register_no for p in export.persons}
    assert export.left_out == 1


# -- publicity orders ---------------------------------------------------------------------------


def test_an_order_of_x_by_me_dated_2026_is_not_an_order() -> None:
    bad = PublicationOrder("x", "2026", "me")
    fields = {p.field: p.message for p in order_problems(bad, TODAY)}
    assert set(fields) == {
        "publication_order.kind",
        "publication_order.authority",
        "publication_order.reference",
        "publication_order.date",
        "publication_order.permits",
    }
    assert "full date" in fields["publication_order.date"]
    future = order(OrderAuthority.CWC, date="2026-11-21")
    assert [p.field for p in order_problems(future, TODAY)] == ["publication_order.date"]
    assert order_problems(order(OrderAuthority.CWC), TODAY) == []


def test_the_register_refuses_an_incomplete_order_and_the_block_stays(
    svc: Services, people: People
) -> None:
    data = with_sections(child_case(), (Act.BNS, "137(2)"), (Act.BNS, "143"))
    case = svc.cases.register_case(people.writer, data).value
    edited = dataclasses.replace(
        case.as_input(), publication_order=PublicationOrder("x", "2026", "me")
    )
    with pytest.raises(ValidationFailed) as refused:
        svc.cases.update_case(people.sho, case.register_no, edited, case.version)
    assert {p.field for p in refused.value.problems} >= {
        "publication_order.kind",
        "publication_order.reference",
        "publication_order.date",
    }
    with pytest.raises(RuleViolation, match="identity is protected"):
        svc.notices.request(people.io, case.register_no)


def test_only_the_station_head_records_an_order(svc: Services, people: People) -> None:
    data = with_sections(child_case(), (Act.BNS, "137(2)"), (Act.BNS, "143"))
    with pytest.raises(PermissionDenied, match="order allowing publicity"):
        svc.cases.register_case(
            people.writer, dataclasses.replace(data, publication_order=order(OrderAuthority.CWC))
        )
    case = svc.cases.register_case(people.writer, data).value
    edited = dataclasses.replace(case.as_input(), publication_order=order(OrderAuthority.CWC))
    with pytest.raises(PermissionDenied):
        svc.cases.update_case(people.io, case.register_no, edited, case.version)
    saved = record(svc, people, case, order(OrderAuthority.CWC))
    assert saved.publication_order is not None
    assert saved.publication_order.recorded_by == people.sho.username
    assert saved.publication_order.recorded_at is not None
    # The IO's later edits keep the order as recorded, and the IO may make them.
    again = dataclasses.replace(
        saved.as_input(),
        circumstances=dataclasses.replace(saved.circumstances, landmark="Sion bus depot"),
    )
    kept = svc.cases.update_case(people.io, saved.register_no, again, saved.version).value
    assert kept.publication_order == saved.publication_order


@pytest.mark.parametrize(
    ("data", "fits", "unfit"),
    [
        # POCSO s.23: only the Special Court.
        (
            with_sections(child_case(), (Act.BNS, "137(2)"), (Act.POCSO, "4")),
            OrderAuthority.SPECIAL_COURT,
            OrderAuthority.CWC,
        ),
        # A trafficked child: the JJ Board or the CWC (JJ Act s.74).
        (
            with_sections(child_case(), (Act.BNS, "137(2)"), (Act.BNS, "143")),
            OrderAuthority.CWC,
            OrderAuthority.COURT,
        ),
        # A trafficked adult: a court, never the CWC.
        (
            dataclasses.replace(adult_case(), reasons=ReasonsInput(suspected="1.5")),
            OrderAuthority.COURT,
            OrderAuthority.CWC,
        ),
    ],
)
def test_the_notice_rules_accept_only_an_order_whose_kind_fits(
    svc: Services,
    people: People,
    data: CaseInput,
    fits: OrderAuthority,
    unfit: OrderAuthority,
) -> None:
    case = svc.cases.register_case(people.writer, data).value
    assert case.sensitive
    wrong = svc.cases.update_case(
        people.sho,
        case.register_no,
        dataclasses.replace(case.as_input(), publication_order=order(unfit)),
        case.version,
    )
    assert any(w.field == "publication_order.kind" for w in wrong.warnings)
    with pytest.raises(RuleViolation, match="does not lift the block"):
        svc.notices.request(people.sho, case.register_no)
    record(svc, people, wrong.value, order(fits))
    assert svc.notices.request(people.sho, case.register_no).status is NoticeStatus.REQUESTED


def test_an_order_permits_only_what_it_says(svc: Services, people: People) -> None:
    data = with_sections(child_case(), (Act.BNS, "137(2)"), (Act.BNS, "96"))
    case = svc.cases.register_case(people.writer, data).value
    case = record(svc, people, case, order(OrderAuthority.CWC, OrderPermit.MEDIA))
    with pytest.raises(RuleViolation, match="permits only the media"):
        svc.notices.request(people.io, case.register_no)
    assert svc.interchange.pfif_export(people.sho).left_out == 1
    record(svc, people, case, order(OrderAuthority.CWC, OrderPermit.NOTICE, OrderPermit.PORTAL))
    assert svc.notices.request(people.io, case.register_no).status is NoticeStatus.REQUESTED
    export = svc.interchange.pfif_export(people.sho)
    assert export.left_out == 0 and [p.register_no for p in export.persons] == [case.register_no]


def test_an_order_recorded_before_these_rules_holds_no_one_up_but_lifts_nothing(
    svc: Services, people: People, db: Database
) -> None:
    data = with_sections(child_case(), (Act.BNS, "137(2)"), (Act.BNS, "143"))
    case = svc.cases.register_case(people.writer, data).value
    with db.write() as s:  # as revision 0012 leaves an order recorded earlier
        row = s.scalar(select(Case).where(Case.uuid == case.uuid))
        assert row is not None
        row.publication_order_ref = "CWC/MUM/2026/77"
        row.publication_order_date = "2026-11-02"
        row.publication_order_authority = "CWC Mumbai City"
    case = svc.cases.case_detail(people.sho, case.register_no)
    with pytest.raises(RuleViolation, match="incomplete"):
        svc.notices.request(people.io, case.register_no)
    again = dataclasses.replace(
        case.as_input(),
        circumstances=dataclasses.replace(case.circumstances, landmark="Sion bus depot"),
    )
    saved = svc.cases.update_case(people.io, case.register_no, again, case.version)
    assert any(w.field == "publication_order.kind" for w in saved.warnings)


def test_names_of_protected_victims_stay_out_of_the_annex(
    svc: Services, people: People, clock: FixedClock
) -> None:
    plain = svc.cases.register_case(people.writer, child_case()).value
    data = with_sections(child_case(), (Act.BNS, "137(2)"), (Act.BNS, "96"))
    data = dataclasses.replace(data, person=dataclasses.replace(data.person, names=("Meena",)))
    protected = svc.cases.register_case(people.writer, data).value
    document = svc.returns.preview(
        people.sho, svc.returns.parse_period("2026-11"), annex=True, include_names=True
    )
    names = {row.case_ref: row.name for row in document.annex}
    assert names[plain.register_no] == "Priya Santosh Patil"
    assert names[protected.register_no] is None


def test_the_annex_withholds_exactly_the_names_the_whole_case_rule_withholds(
    svc: Services, people: People, db: Database
) -> None:
    """The annex weighs protection from columns and sections (models/returns/withheld.py);
    it must withhold the same names as weighing each case whole."""
    reasons = ReasonsInput(sexual_offence=True)
    inputs = [
        child_case(),
        with_sections(child_case(), (Act.BNS, "137(2)"), (Act.BNS, "96")),
        dataclasses.replace(child_case(), reasons=reasons),
        dataclasses.replace(child_case(), reasons=ReasonsInput(suspected="1.5")),
        with_sections(child_case(), (Act.BNS, "137(2)"), (Act.BNS, "143")),
        child_case(),
        with_sections(child_case(), (Act.BNS, "137(2)"), (Act.BNS, "96")),
    ]
    cases = [svc.cases.register_case(people.writer, data).value for data in inputs]
    record(svc, people, cases[4], order(OrderAuthority.CWC))  # lifts the block: named
    record(svc, people, cases[6], order(OrderAuthority.COURT))  # does not fit: withheld
    with db.read() as s:
        rows = s.scalars(select(Case).order_by(Case.id)).all()
        expected = {
            row.id
            for row in rows
            if not order_lifts_block(case_store.stored_order(row), case_store.publicity_facts(row))
        }
        found = withheld.names_withheld(s, select(Case).where(Case.id.in_([r.id for r in rows])))
        by_ref = {row.register_no: row.id for row in rows}
    assert found == expected
    assert {by_ref[c.register_no] for c in cases} & found == {
        by_ref[cases[i].register_no] for i in (1, 2, 3, 6)
    }


# -- FIR numbers --------------------------------------------------------------------------------


def test_a_second_case_with_the_same_fir_number_is_refused_naming_the_first(
    svc: Services, people: People
) -> None:
    first = svc.cases.register_case(people.writer, child_case()).value
    assert first.fir is not None
    clash = child_case()
    assert clash.fir is not None
    clash = dataclasses.replace(clash, fir=dataclasses.replace(clash.fir, number=first.fir.number))
    with pytest.raises(ValidationFailed, match=first.register_no) as refused:
        svc.cases.register_case(people.writer, clash)
    assert [p.field for p in refused.value.problems] == ["fir.number"]
    # An edit that takes another case's number is refused the same way.
    second = svc.cases.register_case(people.writer, child_case()).value
    taking = dataclasses.replace(second.as_input(), fir=clash.fir)
    with pytest.raises(ValidationFailed, match=first.register_no):
        svc.cases.update_case(people.io, second.register_no, taking, second.version)
    # Saving a case again with its own number is no clash.
    svc.cases.update_case(people.io, first.register_no, first.as_input(), first.version)


def test_the_same_fir_number_in_another_year_is_another_fir(svc: Services, people: People) -> None:
    first = svc.cases.register_case(people.writer, child_case()).value
    assert first.fir is not None
    base = child_case()
    assert base.fir is not None
    last_year = datetime(2025, 6, 3, 11, 0, tzinfo=IST)
    old = dataclasses.replace(
        base,
        report=dataclasses.replace(base.report, reported_at=last_year, gd_entry_at=None),
        circumstances=dataclasses.replace(
            base.circumstances, last_seen_at=last_year - timedelta(hours=3)
        ),
        fir=dataclasses.replace(
            base.fir,
            number=first.fir.number,
            registered_at=last_year + timedelta(minutes=30),
            copy_given_at=None,
        ),
    )
    assert svc.cases.register_case(people.writer, old).value.register_no.startswith("MP/2025/")


def test_the_database_itself_refuses_a_doubled_fir_number(
    svc: Services, people: People, db: Database
) -> None:
    first = svc.cases.register_case(people.writer, child_case()).value
    second = svc.cases.register_case(people.writer, child_case()).value
    assert first.fir is not None
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(
            text("UPDATE mp_case SET fir_number = :n WHERE uuid = :u"),
            {"n": first.fir.number, "u": second.uuid},
        )


def test_the_legacy_import_refuses_a_row_whose_fir_number_is_taken(
    svc: Services, people: People
) -> None:
    first = svc.cases.register_case(people.writer, child_case()).value
    assert first.fir is not None
    mapping = read_mapping(
        b'{"format": "talash-register-mapping", "version": 1, "header_row": 1, "columns": {'
        b'"reported_on": "Date", "name": "Name", "age": "Age", "complainant_name": "Complainant",'
        b' "fir_number": "FIR No", "fir_on": "FIR date", "fir_sections": "Sections"},'
        b' "defaults": {"narrative": "From the register.", "last_seen_place": "not recorded"}}'
    )
    sheet = "\n".join(
        [
            "Date,Name,Age,Complainant,FIR No,FIR date,Sections",
            f"19-11-2026,Lata,9,Mohan,{first.fir.number},19-11-2026,BNS 137(2)",
            "19-11-2026,Gita,8,Mohan,0900/2026,19-11-2026,BNS 137(2)",
            "19-11-2026,Sita,7,Mohan,0900/2026,19-11-2026,BNS 137(2)",
        ]
    ).encode("utf-8")
    report = svc.legacy_import.import_register(people.sho, sheet, "r.csv", mapping, dry_run=True)
    refused = {r.row: r.problems for r in report.refused}
    assert set(refused) == {2, 4}
    assert any(first.register_no in p for p in refused[2])
    assert any("also on row 3" in p for p in refused[4])


def test_an_upgrade_keeps_a_register_that_already_holds_a_doubled_fir_number(
    svc: Services, people: People, db: Database, clock: FixedClock
) -> None:
    first = svc.cases.register_case(people.writer, child_case()).value
    second = svc.cases.register_case(people.writer, child_case()).value
    assert first.fir is not None
    cfg = alembic_config()
    with db.engine.connect() as conn:
        if db.is_sqlite:
            _sqlite_pragma(conn, "PRAGMA foreign_keys = OFF")
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0011_state_hashes")
            conn.execute(
                text("UPDATE mp_case SET fir_number = :n WHERE uuid = :u"),
                {"n": first.fir.number, "u": second.uuid},
            )
        if db.is_sqlite:
            _sqlite_pragma(conn, "PRAGMA foreign_keys = ON")
    _upgrade(db)
    with db.read() as s:
        years = dict(s.execute(select(Case.register_no, Case.fir_year)).all())
    assert years == {first.register_no: 2026, second.register_no: None}
    # The later holder cannot be saved until its number is corrected; the rules check lists it.
    second = svc.cases.case_detail(people.io, second.register_no)
    with pytest.raises(ValidationFailed, match=first.register_no):
        svc.cases.update_case(people.io, second.register_no, second.as_input(), second.version)
    findings = [f for f in check_register(db, clock) if f.problem.field == "fir.number"]
    assert [f.register_no for f in findings] == [second.register_no]
    assert second.fir is not None
    fixed = dataclasses.replace(
        second.as_input(), fir=dataclasses.replace(second.fir, number="0999/2026")
    )
    svc.cases.update_case(people.io, second.register_no, fixed, second.version)


# -- the law in force on the day ----------------------------------------------------------------


def _in_2021(case: CaseInput, *rows: tuple[Act, str]) -> CaseInput:
    when = datetime(2021, 8, 14, 18, 0, tzinfo=IST)
    assert case.fir is not None
    return dataclasses.replace(
        case,
        report=dataclasses.replace(case.report, reported_at=when, gd_entry_at=None),
        circumstances=dataclasses.replace(
            case.circumstances, last_seen_at=when - timedelta(hours=2)
        ),
        person=dataclasses.replace(case.person, date_of_birth="2008-05-17"),
        fir=dataclasses.replace(
            case.fir,
            registered_at=when + timedelta(minutes=30),
            copy_given_at=None,
            sections=tuple(SectionRow(a, s) for a, s in rows),
        ),
        risk=None,
    )


def test_a_2021_fir_under_bns_137_2_is_warned_with_ipc_363_offered(
    svc: Services, people: People
) -> None:
    saved = svc.cases.register_case(people.writer, _in_2021(child_case(), (Act.BNS, "137(2)")))
    [warning] = [w for w in saved.warnings if w.field == "fir.sections[0]"]
    assert "before the BNS came into force" in warning.message
    assert "IPC 363" in warning.message
    fine = svc.cases.register_case(people.writer, _in_2021(child_case(), (Act.IPC, "363")))
    assert not [w for w in fine.warnings if w.field.startswith("fir.sections")]


def test_a_2021_child_case_without_an_fir_is_offered_the_ipc_section(
    svc: Services, people: People
) -> None:
    data = dataclasses.replace(_in_2021(child_case(), (Act.BNS, "137(2)")), fir=None)
    with pytest.raises(ValidationFailed) as refused:
        svc.cases.register_case(people.writer, data)
    [problem] = [p for p in refused.value.problems if p.field == "fir"]
    assert "IPC 363 is suggested" in problem.message and "BNS" not in problem.message


def test_the_legacy_import_warns_of_a_bns_section_on_a_2021_row(
    svc: Services, people: People
) -> None:
    mapping = read_mapping(
        b'{"format": "talash-register-mapping", "version": 1, "header_row": 1, "columns": {'
        b'"reported_on": "Date", "name": "Name", "age": "Age", "complainant_name": "Complainant",'
        b' "fir_number": "FIR No", "fir_on": "FIR date", "fir_sections": "Sections"},'
        b' "defaults": {"narrative": "From the register.", "last_seen_place": "not recorded"}}'
    )
    sheet = (
        b"Date,Name,Age,Complainant,FIR No,FIR date,Sections\n"
        b"14-08-2021,Lata,9,Mohan,0211/2021,14-08-2021,BNS 137(2)\n"
    )
    report = svc.legacy_import.import_register(people.sho, sheet, "r.csv", mapping, dry_run=True)
    [row] = report.rows
    assert row.accepted
    assert any("before the BNS came into force" in w and "IPC 363" in w for w in row.warnings)


def test_an_ipc_section_for_a_2026_offence_is_warned_with_the_bns_offered(
    svc: Services, people: People
) -> None:
    data = with_sections(child_case(), (Act.IPC, "363"))
    saved = svc.cases.register_case(people.writer, data)
    [warning] = [w for w in saved.warnings if w.field == "fir.sections[0]"]
    assert "replaced by the BNS" in warning.message and "BNS 137(2)" in warning.message
    assert at(0).year == 2026
