"""Every dialog completes with Enter (its default button) and leaves with Esc, from the field a
person is typing in; in a box of several lines too, where Shift+Enter starts a new line."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from models.dto.found import FoundInput
from models.enums import Activity
from models.errors import FieldChange, StaleEdit
from models.services.backups import BackupInfo
from tests.factories import at, child_case, child_person
from ui import messages
from ui.admin.common import ReasonDialog
from ui.admin.users_tab import NewUserDialog
from ui.case_form.stale_dialog import StaleDialog
from ui.desk import Desk
from ui.first_run import FirstRunDialog
from ui.found.link_dialog import LinkDialog
from ui.login_dialog import ChangePasswordDialog, LoginDialog
from ui.pdf_preview import PdfPreview
from ui.returns.drives_tab import AddDriveDialog
from ui.returns.keys import NewPassphraseDialog
from ui.startup_dialogs import DamagedRegisterDialog
from ui.trace_dialog import TraceDialog
from ui.widgets.dialogs import default_button

pytestmark = pytest.mark.gui

# Each: how to make the dialog (given the station head's desk), what its default button says.
Make = Callable[[Desk, Path], QDialog]


def _stale(_desk: Desk, _tmp: Path) -> QDialog:
    change = FieldChange("person.names", ("Priya",), ("Priya Patil",))
    exc = StaleEdit(
        "Saved by another desk.", changed_by="hc.pawar", changed_at="now", changes=[change]
    )
    return StaleDialog(exc, set(), {"person.names": "Name"})


def _link(desk: Desk, _tmp: Path) -> QDialog:
    found = desk.services.found.add_found(
        desk.actor,
        FoundInput(
            person=child_person(),
            found_at=at(2),
            found_place="Dadar station",
            activity=Activity.BEGGING,
        ),
    ).value
    return LinkDialog(desk, found)


def _trace(desk: Desk, _tmp: Path) -> QDialog:
    case = desk.services.cases.register_case(desk.actor, child_case()).value
    return TraceDialog(desk, case)


def _damaged(_desk: Desk, tmp: Path) -> QDialog:
    kept = tmp / "talash-backup.db"
    kept.write_bytes(b"a copy")
    backup = BackupInfo(path=kept, size=kept.stat().st_size, made_at=None, encrypted=False)
    return DamagedRegisterDialog(
        "database disk image is malformed",
        str(tmp / "talash.db"),
        tmp,
        backup,
        restore=lambda *_a: pytest.fail("not restored in this test"),  # type: ignore[arg-type,return-value]
    )


def _preview(_desk: Desk, _tmp: Path) -> QDialog:
    page = io.BytesIO()
    sheet = canvas.Canvas(page)
    sheet.drawString(72, 720, "Case sheet")
    sheet.save()
    return PdfPreview(page.getvalue(), title="Case sheet", file_stem="sheet")


def _first_run(_desk: Desk, _tmp: Path) -> QDialog:
    dialog = FirstRunDialog(lambda *_a: None)  # type: ignore[arg-type]
    dialog.pages.setCurrentIndex(1)  # the set-up form
    return dialog


DIALOGS: dict[str, tuple[Make, str]] = {
    "log on": (
        lambda d, _t: LoginDialog(d.services.accounts, d.station, desk_name="desk"),
        "Log on",
    ),
    "change password": (lambda d, _t: ChangePasswordDialog(d.services.accounts, d.actor), "OK"),
    "reason": (lambda _d, _t: ReasonDialog("Deactivate", "Why?", lambda _r: None), "OK"),
    "new user": (lambda d, _t: NewUserDialog(d), "Add the user"),
    "add a drive": (lambda d, _t: AddDriveDialog(d), "OK"),
    "passphrase": (lambda _d, _t: NewPassphraseDialog("the station key"), "OK"),
    "a reason asked": (lambda _d, _t: messages.reason_dialog(None, "Not a match", "Why?"), "OK"),
    "first start": (_first_run, "Set up"),
    "link": (_link, "Link"),
    "changed by another desk": (_stale, "Load their version and re-apply my changes"),
    "trace and reunion": (_trace, "Save this step"),
    "damaged register": (_damaged, "Restore this backup"),
    "print preview": (_preview, "Print…"),
}


def _typing_field(dialog: QDialog) -> QWidget:
    """Where a person would be typing: the first enabled line, else the first box of lines,
    else whatever has the keyboard."""
    for kind in (QLineEdit, QPlainTextEdit):
        for widget in dialog.findChildren(kind):
            if widget.isVisible() and widget.isEnabled() and not widget.isReadOnly():
                return widget
    focused = dialog.focusWidget() or dialog.nextInFocusChain()
    assert focused is not None
    return focused


@pytest.mark.parametrize("name", list(DIALOGS))
def test_enter_completes_the_dialog_and_esc_leaves_it(
    qtbot: QtBot, sho_desk: Desk, tmp_path: Path, name: str
) -> None:
    make, completes = DIALOGS[name]
    dialog = make(sho_desk, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    button = default_button(dialog)
    assert button is not None, f"{name}: no button answers Enter"
    assert button.text() == completes
    pressed: list[bool] = []
    button.clicked.disconnect()  # only whether Enter reaches it: no service is called
    button.clicked.connect(lambda: pressed.append(True))
    field = _typing_field(dialog)
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert pressed == [True], f"{name}: Enter in {type(field).__name__} did not complete it"

    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_shift_enter_starts_a_new_line_in_a_reason(qtbot: QtBot) -> None:
    given: list[str] = []
    dialog = ReasonDialog("Deactivate", "Why?", lambda reason: given.append(reason))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.reason.setFocus()
    QTest.keyClicks(dialog.reason, "Transferred")
    QTest.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(dialog.reason, "to Pune")
    assert dialog.reason.toPlainText() == "Transferred\nto Pune" and dialog.isVisible()
    QTest.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert given == ["Transferred\nto Pune"]
