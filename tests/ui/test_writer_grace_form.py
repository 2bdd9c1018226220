"""The case form follows the writer's grace period as the case says it (``permissions.edit``):
editable for the writer who saved it within the period, saved as theirs, read-only after."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from models.clock import FixedClock
from models.db import Database
from models.dto.cases import CaseDetail
from models.policy import Policy
from models.services import Services
from tests.factories import child_case
from tests.ui.helpers import leave, type_text
from ui.case_form.form import CaseForm
from ui.desk import Desk

pytestmark = pytest.mark.gui


@pytest.fixture
def services(db: Database, clock: FixedClock) -> Services:
    return Services.build(db, clock)


def _form(qtbot: QtBot, desk: Desk, detail: CaseDetail) -> CaseForm:
    form = CaseForm(desk, detail)
    qtbot.addWidget(form)
    form.resize(1366, 768)
    form.show()
    return form


def test_the_writer_mends_in_the_form_within_the_period_and_reads_it_after(
    qtbot: QtBot, writer_desk: Desk, clock: FixedClock
) -> None:
    data = child_case()
    data = dataclasses.replace(data, report=dataclasses.replace(data.report, io=None))
    saved = writer_desk.services.cases.register_case(writer_desk.actor, data).value
    form = _form(qtbot, writer_desk, saved)
    assert form.can_edit() and form.save_button.isEnabled()
    landmark = form.binder.fields["circumstances.landmark"]
    assert not landmark.isReadOnly()  # type: ignore[attr-defined]
    landmark.clear()  # type: ignore[attr-defined]
    type_text(landmark, "Opposite the bus depot")
    leave(landmark)
    assert form.save()
    mended = writer_desk.services.cases.case_detail(writer_desk.actor, saved.uuid)
    assert mended.circumstances.landmark == "Opposite the bus depot"
    assert mended.updated_by == writer_desk.actor.username

    clock.advance(timedelta(hours=Policy().writer_grace_hours))
    after = writer_desk.services.cases.case_detail(writer_desk.actor, saved.uuid)
    late = _form(qtbot, writer_desk, after)
    assert not late.can_edit() and not late.save_button.isEnabled()
    assert late.binder.fields["circumstances.landmark"].isReadOnly()  # type: ignore[attr-defined]
    # The note says why, in the words the service refuses a save with.
    assert "grace period for mending this case ended at" in late.message.plain()
