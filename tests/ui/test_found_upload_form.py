"""The found-person form records the portal upload (JJ Act s.32) under its own heading, shows
the upload clock while it runs, and a save from the window keeps what the command line stored."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from models.enums import Portal
from tests.models.test_register_and_found import found_input
from ui.desk import Desk
from ui.found.form import FoundForm

pytestmark = pytest.mark.gui


def test_the_found_form_records_the_upload_and_shows_its_clock(
    qtbot: QtBot, writer_desk: Desk, io_desk: Desk
) -> None:
    services, actor = writer_desk.services, writer_desk.actor
    saved = services.found.add_found(actor, found_input()).value
    assert saved.upload_clock is not None and saved.upload_clock.open

    form = FoundForm(io_desk, saved)
    qtbot.addWidget(form)
    form.show()
    assert form.upload_clock.text().startswith("Found child on the portal, JJ s.32 (24 h)")
    fields = form.binder.fields
    for key in ("portal_uploaded_at", "portal", "portal_reference"):
        assert fields[key].isVisible(), key
    uploaded = saved.found.found_at + timedelta(hours=2)
    fields["portal_uploaded_at"].line.setText(  # type: ignore[attr-defined]
        uploaded.astimezone(io_desk.zone).strftime("%d-%m-%Y %H:%M")
    )
    assert form.save() is False  # no portal named: the rule's words on the field
    assert "which portal" in form.binder.errors["portal"].text()
    combo = fields["portal"]
    index = combo.findData(Portal.TRACKCHILD.value)  # type: ignore[attr-defined]
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]
    combo.activated.emit(index)  # type: ignore[attr-defined]
    fields["portal_reference"].setText("TC/F/2026/9")  # type: ignore[attr-defined]
    assert form.save() is True
    assert form.detail is not None
    stored = form.detail.found
    assert stored.portal is Portal.TRACKCHILD and stored.portal_reference == "TC/F/2026/9"
    assert stored.portal_uploaded_at == uploaded
    assert form.detail.upload_clock is not None and not form.detail.upload_clock.open
    assert form.upload_clock.text() == ""

    # Saved elsewhere with seconds, then edited in the window: the upload is kept as stored.
    exact = dataclasses.replace(stored, portal_uploaded_at=uploaded + timedelta(seconds=17))
    again = services.found.update_found(
        io_desk.actor, saved.ref_no, exact, form.detail.version
    ).value
    form2 = FoundForm(io_desk, again)
    qtbot.addWidget(form2)
    form2.binder.fields["found_place"].setText("Dadar station, platform 5")  # type: ignore[attr-defined]
    assert form2.save() is True and form2.detail is not None
    assert form2.detail.found.portal_uploaded_at == exact.portal_uploaded_at
