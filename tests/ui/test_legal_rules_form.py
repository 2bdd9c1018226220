"""The legal rules in the window: the order's completeness in the register's own words under the
fields, only the station head's order is saved, and a taken FIR number is refused by name."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from models.dto.cases import CaseDetail, SectionRow
from models.enums import Act, OrderAuthority
from tests.factories import child_case
from tests.ui.helpers import choose, leave, type_text
from ui.case_form.form import CaseForm
from ui.desk import Desk

pytestmark = pytest.mark.gui


def _form(qtbot: QtBot, desk: Desk, detail: CaseDetail) -> CaseForm:
    # As this desk's user opens it (what they may change is worked out for them).
    form = CaseForm(desk, desk.services.cases.case_detail(desk.actor, detail.register_no))
    qtbot.addWidget(form)
    form.resize(1366, 768)
    form.show()
    return form


def _error_under(form: CaseForm, key: str) -> str:
    line = form.binder.errors[key]
    return line.text() if line.isVisible() else ""


def _trafficked_child(desk: Desk) -> CaseDetail:
    data = child_case()
    assert data.fir is not None
    fir = dataclasses.replace(
        data.fir, sections=(SectionRow(Act.BNS, "137(2)"), SectionRow(Act.BNS, "96"))
    )
    return desk.services.cases.register_case(desk.actor, dataclasses.replace(data, fir=fir)).value


def test_an_order_of_x_by_me_is_refused_in_the_rule_s_words_then_recorded(
    qtbot: QtBot, writer_desk: Desk, sho_desk: Desk
) -> None:
    case = _trafficked_child(writer_desk)
    form = _form(qtbot, sho_desk, case)
    fields = form.binder.fields
    for key, typed in (
        ("publication_order.reference", "x"),
        ("publication_order.authority", "me"),
        ("publication_order.date", "2026"),
    ):
        type_text(fields[key], typed)
        leave(fields[key])
    assert not form.save()
    assert "say who made the order" in _error_under(form, "publication_order.kind")
    assert "'x' is not an order number" in _error_under(form, "publication_order.reference")
    assert "name the court or committee" in _error_under(form, "publication_order.authority")
    assert "full date" in _error_under(form, "publication_order.date")
    assert "notice, media or portal" in _error_under(form, "publication_order.permits")

    for key, typed in (
        ("publication_order.reference", "CWC/MUM/112/2026"),
        ("publication_order.authority", "CWC Mumbai City"),
        ("publication_order.date", "18-11-2026"),
    ):
        fields[key].clear()  # type: ignore[attr-defined]
        type_text(fields[key], typed)
        leave(fields[key])
    choose(fields["publication_order.kind"], OrderAuthority.CWC.value)  # type: ignore[arg-type]
    permits = fields["publication_order.permits"]
    assert isinstance(permits, QListWidget)
    permits.item(0).setCheckState(Qt.CheckState.Checked)  # lookout notices
    assert form.save(), form.message.plain()
    assert form.detail is not None and form.detail.publication_order is not None
    assert form.detail.publication_order.kind is OrderAuthority.CWC
    assert form.detail.publication_order.recorded_by == "pi.shinde"


def test_an_officer_s_order_is_refused_by_the_register(
    qtbot: QtBot, writer_desk: Desk, io_desk: Desk
) -> None:
    case = _trafficked_child(writer_desk)
    form = _form(qtbot, io_desk, case)
    fields = form.binder.fields
    for key, typed in (
        ("publication_order.reference", "CWC/MUM/112/2026"),
        ("publication_order.authority", "CWC Mumbai City"),
        ("publication_order.date", "18-11-2026"),
    ):
        type_text(fields[key], typed)
        leave(fields[key])
    choose(fields["publication_order.kind"], OrderAuthority.CWC.value)  # type: ignore[arg-type]
    permits = fields["publication_order.permits"]
    assert isinstance(permits, QListWidget)
    permits.item(0).setCheckState(Qt.CheckState.Checked)
    assert not form.save()
    assert "cannot record, change or remove an order allowing publicity" in form.message.plain()


def test_a_taken_fir_number_is_refused_naming_the_case_that_holds_it(
    qtbot: QtBot, writer_desk: Desk, io_desk: Desk
) -> None:
    first = writer_desk.services.cases.register_case(writer_desk.actor, child_case()).value
    second = writer_desk.services.cases.register_case(writer_desk.actor, child_case()).value
    assert first.fir is not None
    form = _form(qtbot, io_desk, second)
    number = form.binder.fields["fir.number"]
    number.clear()  # type: ignore[attr-defined]
    type_text(number, first.fir.number)
    leave(number)
    assert not form.save()
    assert f"already case {first.register_no}'s" in _error_under(form, "fir.number")
