"""The case form's promises: the rules' words next to the fields, a refused save keeps
everything, another desk's save is shown and ours re-applied, closing asks, the log only grows."""

from __future__ import annotations

import dataclasses
import io
import random
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from models.clock import FixedClock
from models.db import Database
from models.dto.cases import CaseDetail
from models.enums import ActionType, CaseStatus
from tests.factories import child_case
from tests.ui.conftest import Dialogs
from tests.ui.helpers import choose, jpeg_file, leave, type_text
from ui.case_form.form import CaseForm
from ui.case_form.record_sections import ActionLogSection, TraceSection
from ui.case_form.stale_dialog import StaleDialog
from ui.case_form.state import case_to_state
from ui.desk import Desk
from ui.trace_dialog import TraceDialog
from ui.widgets.photos import PhotoStrip

pytestmark = pytest.mark.gui


def _form(qtbot: QtBot, desk: Desk, detail: CaseDetail | None = None) -> CaseForm:
    form = CaseForm(desk, detail)
    qtbot.addWidget(form)
    form.resize(1366, 768)
    form.show()
    return form


def _saved_case(desk: Desk) -> CaseDetail:
    return desk.services.cases.register_case(desk.actor, child_case()).value


def _error_under(form: CaseForm, key: str) -> str:
    line = form.binder.errors[key]
    return line.text() if line.isVisible() else ""


def test_inline_messages_are_the_rules_own_words(qtbot: QtBot, writer_desk: Desk) -> None:
    form = _form(qtbot, writer_desk)
    dob = form.binder.fields["person.date_of_birth"]
    type_text(dob, "31-02-2012")
    leave(dob)
    qtbot.waitUntil(lambda: bool(_error_under(form, "person.date_of_birth")), timeout=5000)
    assert _error_under(form, "person.date_of_birth") == "February 2012 has no day 31"
    seen = form.binder.fields["circumstances.last_seen_at"]
    qtbot.keyClicks(seen.line, "21-11-2026 09:00")  # type: ignore[attr-defined]
    leave(seen.line)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(_error_under(form, "circumstances.last_seen_at")), timeout=5000)
    assert "cannot be in the future" in _error_under(form, "circumstances.last_seen_at")
    # Fields not touched yet say nothing until a save is tried.
    assert _error_under(form, "circumstances.narrative") == ""
    QTest.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    form.save()
    assert "is required" in _error_under(form, "circumstances.narrative")
    assert form.message.kind == "error" and "Not saved" in form.message.plain()
    assert QApplication.focusWidget() is not None


def _noisy_jpeg() -> bytes:
    """A photo that does not compress: saving it must grow the register file."""
    image = Image.frombytes("RGB", (900, 900), random.Random(3).randbytes(900 * 900 * 3))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=95)
    return out.getvalue()


def test_a_save_refused_by_a_full_disk_keeps_everything_and_says_why(
    qtbot: QtBot, writer_desk: Desk, sqlite_db: Database, tmp_path: Path
) -> None:
    form = _form(qtbot, writer_desk)
    form.load_state(case_to_state(child_case(), writer_desk.zone))
    photo = tmp_path / "noisy.jpg"
    photo.write_bytes(_noisy_jpeg())
    strip: PhotoStrip = form.binder.fields["photos"]  # type: ignore[assignment]
    assert strip.add_files([photo]) == 1
    typed = form.state()
    limit_pages = sqlite_db.engine
    with sqlite_db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def limit(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    limit_pages.dispose()
    event.listen(limit_pages, "connect", limit)
    try:
        assert not form.save()
    finally:
        event.remove(limit_pages, "connect", limit)
        limit_pages.dispose()
    assert form.detail is None
    assert "full" in form.message.plain() and "still here" in form.message.plain()
    assert form.state() == typed  # nothing cleared, the photo still pending
    assert writer_desk.drafts is not None and len(writer_desk.drafts.drafts()) == 1
    # Space again: the same form saves, and the draft goes.
    assert form.save(), form.message.plain()
    assert form.detail is not None and len(form.detail.photos) == 1
    assert writer_desk.drafts.drafts() == []


def test_a_stale_edit_shows_what_the_other_desk_changed_and_reapplies_mine(
    qtbot: QtBot, io_desk: Desk, sho_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    detail = _saved_case(io_desk)
    form = _form(qtbot, io_desk, detail)
    # The station head changes the height on another desk meanwhile.
    theirs = dataclasses.replace(
        detail.as_input(), person=dataclasses.replace(detail.person, height_cm=150)
    )
    sho_desk.services.cases.update_case(sho_desk.actor, detail.uuid, theirs, detail.version)
    # Here the officer changes the landmark and (also) the height, then saves.
    landmark = form.binder.fields["circumstances.landmark"]
    landmark.clear()  # type: ignore[attr-defined]
    type_text(landmark, "Near the bus depot")
    height = form.binder.fields["person.height_cm"]
    height.clear()  # type: ignore[attr-defined]
    type_text(height, "145")
    shown: list[list[str]] = []

    def reapply(self: StaleDialog) -> int:
        shown.append(
            [
                " | ".join(self.table.item(r, c).text() for c in range(4))
                for r in range(self.table.rowCount())
            ]
        )
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StaleDialog, "exec", reapply)
    assert not form.save()
    assert shown and any("height_cm" in row and "150" in row and "both" in row for row in shown[0])
    # Their change is now the base; mine are on top and marked where both changed.
    assert form.binder.fields["person.height_cm"].raw() == "145"  # type: ignore[attr-defined]
    assert form.binder.fields["circumstances.landmark"].raw() == "Near the bus depot"  # type: ignore[attr-defined]
    assert "You both changed" in form.message.plain()
    assert form.save(), form.message.plain()
    assert form.detail is not None
    assert form.detail.person.height_cm == 145
    assert form.detail.circumstances.landmark == "Near the bus depot"


def test_closing_with_unsaved_changes_asks_first(
    qtbot: QtBot, writer_desk: Desk, dialogs: Dialogs
) -> None:
    form = _form(qtbot, writer_desk)
    assert form.maybe_close()  # nothing typed: closes without asking
    assert dialogs.shown == []
    type_text(form.binder.fields["person.names"].lines[0], "Sunita")  # type: ignore[attr-defined]
    form.write_draft()
    dialogs.unsaved_answer = QMessageBox.StandardButton.Cancel
    assert not form.maybe_close()
    assert dialogs.shown[-1][0] == "Unsaved changes"
    dialogs.unsaved_answer = QMessageBox.StandardButton.Discard
    assert form.maybe_close()
    assert writer_desk.drafts is not None and writer_desk.drafts.drafts() == []


def test_escape_in_the_trace_dialog_asks_about_the_unsaved_step(
    qtbot: QtBot, io_desk: Desk, dialogs: Dialogs
) -> None:
    detail = _saved_case(io_desk)
    dialog = TraceDialog(io_desk, detail)
    qtbot.addWidget(dialog)
    returned: list[CaseDetail] = []
    dialog.case_changed.connect(returned.append)
    dialog.show()
    place = dialog.trace_page.binder.fields["place"]
    type_text(place, "Dadar")
    dialogs.unsaved_answer = QMessageBox.StandardButton.Cancel
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialogs.shown[-1][0] == "Unsaved changes"
    dialogs.unsaved_answer = QMessageBox.StandardButton.Discard
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and returned == []  # nothing was saved


def test_a_writer_reads_an_existing_case_but_cannot_change_it(
    qtbot: QtBot, writer_desk: Desk
) -> None:
    form = _form(qtbot, writer_desk, _saved_case(writer_desk))
    assert not form.can_edit() and not form.save_button.isEnabled()
    # The writer saved it with its IO named: the grace period for mending it is already over.
    assert "ask its investigating officer or the station head" in form.message.plain()
    assert form.binder.fields["circumstances.landmark"].isReadOnly()  # type: ignore[attr-defined]


def test_the_action_log_only_grows_and_keeps_unsaved_edits(qtbot: QtBot, io_desk: Desk) -> None:
    form = _form(qtbot, io_desk, _saved_case(io_desk))
    beat = form.binder.fields["circumstances.beat"]
    beat.clear()  # type: ignore[attr-defined]
    type_text(beat, "Beat 7")
    log = form.section(ActionLogSection)
    assert isinstance(log, ActionLogSection)
    choose(log.action_type, ActionType.WIRELESS_MESSAGE.value)
    type_text(log.entry_binder.fields["details"], "Message flashed to all stations")
    qtbot.mouseClick(log.add_button, Qt.MouseButton.LeftButton)
    assert log.table.rowCount() == 1
    assert log.table.item(0, 6).text() == "Message flashed to all stations"
    assert log.table.editTriggers() == log.table.EditTrigger.NoEditTriggers
    # The unsaved beat survived the log entry (its own saved change) and now saves cleanly.
    assert form.binder.fields["circumstances.beat"].raw() == "Beat 7"  # type: ignore[attr-defined]
    assert form.save(), form.message.plain()
    assert form.detail is not None and form.detail.circumstances.beat == "Beat 7"
    assert len(form.detail.actions) == 1


def test_photos_can_be_dropped_on_the_form(qtbot: QtBot, writer_desk: Desk, tmp_path: Path) -> None:
    form = _form(qtbot, writer_desk)
    strip: PhotoStrip = form.binder.fields["photos"]  # type: ignore[assignment]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(jpeg_file(tmp_path)))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    strip.dropEvent(drop)
    assert len(strip.raw()) == 1 and strip.raw()[0]["primary"] is True
    assert form.is_dirty()


def test_an_opened_case_is_not_changed_whatever_order_its_lists_were_saved_in(
    qtbot: QtBot, writer_desk: Desk
) -> None:
    from models.enums import Disability, Language, Trigger

    base = child_case()
    person = dataclasses.replace(
        base.person,
        languages=(Language.TAMIL, Language.HINDI, Language.MARATHI),
        disabilities=(Disability.HEARING, Disability.SPEECH),
    )
    circumstances = dataclasses.replace(
        base.circumstances, triggers=(Trigger.ONLINE_CONTACT, Trigger.QUARREL)
    )
    saved = writer_desk.services.cases.register_case(
        writer_desk.actor, dataclasses.replace(base, person=person, circumstances=circumstances)
    ).value
    form = _form(qtbot, writer_desk, saved)
    assert not form.is_dirty()


def test_a_step_taken_here_is_adopted_and_a_field_the_other_desk_also_changed_is_marked(
    qtbot: QtBot, io_desk: Desk, sho_desk: Desk
) -> None:
    detail = _saved_case(io_desk)
    form = _form(qtbot, io_desk, detail)
    # The station head changes the height and the beat on another desk.
    theirs = dataclasses.replace(
        detail.as_input(),
        person=dataclasses.replace(detail.person, height_cm=150),
        circumstances=dataclasses.replace(detail.circumstances, beat="Beat 2"),
    )
    sho_desk.services.cases.update_case(sho_desk.actor, detail.uuid, theirs, detail.version)
    # Here the officer types a height (not saved), then logs an action: a step of its own.
    height = form.binder.fields["person.height_cm"]
    height.clear()  # type: ignore[attr-defined]
    type_text(height, "145")
    log = form.section(ActionLogSection)
    assert isinstance(log, ActionLogSection)
    type_text(log.entry_binder.fields["details"], "Called the school")
    qtbot.mouseClick(log.add_button, Qt.MouseButton.LeftButton)
    # The form took the case the service returned: the entry, the other desk's beat, and the
    # officer's height kept on top, marked as changed by both.
    assert form.detail is not None and len(form.detail.actions) == 1
    assert form.binder.fields["circumstances.beat"].raw() == "Beat 2"  # type: ignore[attr-defined]
    assert form.binder.fields["person.height_cm"].raw() == "145"  # type: ignore[attr-defined]
    assert "You both changed" in form.message.plain() and "Height" in form.message.plain()
    assert form.save(), form.message.plain()
    assert form.detail.person.height_cm == 145 and form.detail.circumstances.beat == "Beat 2"


def test_a_save_after_another_desks_later_save_is_refused_by_the_service(
    qtbot: QtBot, io_desk: Desk, sho_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    detail = _saved_case(io_desk)
    form = _form(qtbot, io_desk, detail)
    log = form.section(ActionLogSection)
    assert isinstance(log, ActionLogSection)
    type_text(log.entry_binder.fields["details"], "Called the school")
    qtbot.mouseClick(log.add_button, Qt.MouseButton.LeftButton)
    assert form.detail is not None and len(form.detail.actions) == 1
    # Another desk saves after that step; this desk's edit is now stale.
    latest = form.detail
    theirs = dataclasses.replace(
        latest.as_input(), person=dataclasses.replace(latest.person, height_cm=150)
    )
    sho_desk.services.cases.update_case(sho_desk.actor, latest.uuid, theirs, latest.version)
    beat = form.binder.fields["circumstances.beat"]
    beat.clear()  # type: ignore[attr-defined]
    type_text(beat, "Beat 7")
    shown: list[int] = []

    def refuse(self: StaleDialog) -> int:
        shown.append(self.table.rowCount())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(StaleDialog, "exec", refuse)
    assert not form.save()
    assert shown and shown[0] >= 1
    assert "Not saved" in form.message.plain()
    assert form.binder.fields["circumstances.beat"].raw() == "Beat 7"  # type: ignore[attr-defined]


def test_what_the_form_offers_is_what_the_case_says_the_user_may_do(
    qtbot: QtBot, io_desk: Desk, make_desk: Callable[[str], Desk]
) -> None:
    detail = _saved_case(io_desk)  # psi.more investigates
    other_io = make_desk("api.khan")
    form = _form(qtbot, other_io, other_io.services.cases.case_detail(other_io.actor, detail.uuid))
    assert form.detail is not None and not form.detail.permissions.edit
    assert not form.can_edit() and not form.save_button.isEnabled()
    log = form.section(ActionLogSection)
    trace = form.section(TraceSection)
    assert isinstance(log, ActionLogSection) and isinstance(trace, TraceSection)
    assert not log.add_button.isEnabled() and not trace.trace_button.isEnabled()
    own = _form(qtbot, io_desk, io_desk.services.cases.case_detail(io_desk.actor, detail.uuid))
    own_log = own.section(ActionLogSection)
    own_trace = own.section(TraceSection)
    assert isinstance(own_log, ActionLogSection) and isinstance(own_trace, TraceSection)
    assert own.can_edit() and own.save_button.isEnabled()
    assert own_log.add_button.isEnabled() and own_trace.trace_button.isEnabled()
    assert not own_trace.close_button.isEnabled()


def test_each_step_of_the_trace_dialog_reaches_the_form_at_once(
    qtbot: QtBot, io_desk: Desk
) -> None:
    form = _form(qtbot, io_desk, _saved_case(io_desk))
    beat = form.binder.fields["circumstances.beat"]
    beat.clear()  # type: ignore[attr-defined]
    type_text(beat, "Beat 7")
    dialog = form.open_trace_dialog("trace")
    assert isinstance(dialog, TraceDialog)
    trace = dialog.trace_page.binder.fields
    type_text(trace["place"], "Dadar railway station")
    choose(trace["how_traced"], "grp_rpf")
    choose(trace["locality"], "other_ps_city")
    assert dialog.save_current(), dialog.message.text()
    # The dialog is still open; the form already shows the traced case and keeps the edit.
    assert dialog.isVisible()
    assert form.detail is not None and form.detail.status is CaseStatus.TRACED
    assert form.status_badge.text() == "Traced"
    section = form.section(TraceSection)
    assert isinstance(section, TraceSection)
    assert not section.trace_button.isEnabled() and section.reunion_button.isEnabled()
    assert form.binder.fields["circumstances.beat"].raw() == "Beat 7"  # type: ignore[attr-defined]
    assert form.is_dirty()
    assert form.save(), form.message.plain()
    assert form.detail.circumstances.beat == "Beat 7"


def test_reloading_follows_the_stored_case_only_where_nothing_is_typed(
    qtbot: QtBot, io_desk: Desk, sho_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    detail = _saved_case(io_desk)
    form = _form(qtbot, io_desk, detail)

    def theirs(height: int) -> None:
        latest = sho_desk.services.cases.case_detail(sho_desk.actor, detail.uuid)
        edited = dataclasses.replace(
            latest.as_input(), person=dataclasses.replace(latest.person, height_cm=height)
        )
        sho_desk.services.cases.update_case(sho_desk.actor, detail.uuid, edited, latest.version)
        # The next change is a minute later (the case's version follows its last-changed stamp).
        clock = sho_desk.services.clock
        assert isinstance(clock, FixedClock)
        clock.advance(timedelta(minutes=1))

    theirs(150)
    form.reload()  # nothing typed: the fields show what is stored
    assert form.binder.fields["person.height_cm"].raw() == "150"  # type: ignore[attr-defined]
    assert not form.is_dirty()
    theirs(152)
    beat = form.binder.fields["circumstances.beat"]
    beat.clear()  # type: ignore[attr-defined]
    type_text(beat, "Beat 7")
    form.reload()  # something typed: the record is shown, the edit stays where it started
    assert form.detail is not None and form.detail.person.height_cm == 152
    assert form.binder.fields["person.height_cm"].raw() == "150"  # type: ignore[attr-defined]
    assert form.binder.fields["circumstances.beat"].raw() == "Beat 7"  # type: ignore[attr-defined]
    refused: list[bool] = []

    def refuse(self: StaleDialog) -> int:
        refused.append(True)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(StaleDialog, "exec", refuse)
    assert not form.save() and refused  # the service, not the form, finds the stale edit
