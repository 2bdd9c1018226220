"""The found-person form offers the kind; a body shows its inquest fields instead of the activity
and the CWC; the list shows the kind."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from models.enums import BodyDisposal, FoundKind
from tests.models.test_unidentified_bodies import body_input
from ui.desk import Desk
from ui.found.form import FoundForm
from ui.found.model import COLUMNS
from ui.found.view import FoundListView

pytestmark = pytest.mark.gui


def _choose(form: FoundForm, key: str, code: str) -> None:
    combo = form.binder.fields[key]
    index = combo.findData(code)  # type: ignore[attr-defined]
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]
    combo.activated.emit(index)  # type: ignore[attr-defined]


def test_choosing_dead_body_shows_the_inquest_and_hides_activity_and_cwc(
    qtbot: QtBot, writer_desk: Desk
) -> None:
    form = FoundForm(writer_desk)
    qtbot.addWidget(form)
    form.show()
    assert form.activity.isVisible() and all(p.isVisible() for p in form.cwc_parts)
    assert not any(p.isVisible() for p in form.body_parts)

    _choose(form, "kind", FoundKind.DEAD_BODY.value)
    assert all(p.isVisible() for p in form.body_parts)
    assert not form.activity.isVisible() and not any(p.isVisible() for p in form.cwc_parts)
    assert form.title_text().startswith("New unidentified dead body")

    fields = form.binder.fields
    fields["found_place"].setText("Beside the railway line near Matunga")  # type: ignore[attr-defined]
    fields["person.age"].setText("30-40")  # type: ignore[attr-defined]
    _choose(form, "person.sex", "male")
    assert form.save() is False  # no inquest number: the rule's words on the field
    assert "inquest or U.D." in form.binder.errors["body.inquest_no"].text()

    fields["body.inquest_no"].setText("UD 41/2026")  # type: ignore[attr-defined]
    fields["body.kept_at"].setText("KEM Hospital mortuary")  # type: ignore[attr-defined]
    _choose(form, "body.disposal", BodyDisposal.BURIED.value)
    fields["body.disposed_on"].setText("20-11-2026")  # type: ignore[attr-defined]
    assert form.save() is True
    assert form.detail is not None
    saved = form.detail.found
    assert saved.kind is FoundKind.DEAD_BODY and saved.activity is None
    assert saved.body is not None and saved.body.inquest_no == "UD 41/2026"
    assert saved.body.disposed_on == date(2026, 11, 20)


def test_an_existing_body_opens_with_its_fields_and_the_list_shows_its_kind(
    qtbot: QtBot, writer_desk: Desk
) -> None:
    services = writer_desk.services
    saved = services.found.add_found(writer_desk.actor, body_input()).value
    form = FoundForm(writer_desk, services.found.found_detail(writer_desk.actor, saved.uuid))
    qtbot.addWidget(form)
    form.show()
    assert all(p.isVisible() for p in form.body_parts)
    assert form.binder.fields["body.inquest_no"].raw() == "UD 41/2026"  # type: ignore[attr-defined]
    assert form.binder.fields["body.inquest_date"].raw() == "20-11-2026"  # type: ignore[attr-defined]

    view = FoundListView(writer_desk)
    qtbot.addWidget(view)
    view.refresh()
    # The list is read off the window's thread: it arrives a moment after it is asked for.
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    kind = COLUMNS.index("Kind")
    assert view.model.index(0, kind).data() == "Unidentified dead body"
    view.kind.set_raw(FoundKind.PERSON.value)
    view.refresh()
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    assert view.model.rowCount() == 0
