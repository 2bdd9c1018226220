"""Administration → Users and Requests, driven through the real widgets on an SQLite register:
each role sees its tabs, an account is added with the password rules' own messages, a locked
account is unlocked by the station head, an administrator's role change waits for the station
head's approval, break-glass access is shown while it lasts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from models.clock import FixedClock
from models.dto.approvals import ApprovalStatus
from models.enums import Role
from models.errors import UserError
from models.permissions import Capability
from tests.conftest import DESK, TEST_PASSWORD
from tests.ui.conftest import Dialogs
from tests.ui.helpers import choose, type_text
from ui.admin.break_glass import BreakGlassIndicator
from ui.admin.requests_tab import BreakGlassDialog, RequestsModel, RequestsTab
from ui.admin.users_tab import NewUserDialog, RoleDialog, UsersModel, UsersTab
from ui.admin_page import AdminPage
from ui.desk import Desk

pytestmark = pytest.mark.gui


def _users_tab(qtbot: QtBot, desk: Desk) -> UsersTab:
    tab = UsersTab(desk)
    qtbot.addWidget(tab)
    tab.refresh()
    return tab


def _state(tab: UsersTab, username: str) -> str:
    assert tab.select(username)
    row = tab.table.currentIndex().row()
    return str(tab.model.index(row, 6).data())


@pytest.mark.parametrize(
    ("username", "tabs"),
    [
        ("pi.shinde", ["Users", "Requests", "Backups", "Audit", "Encryption", "Retention"]),
        ("admin.it", ["Users", "Requests", "Backups", "Audit", "Encryption", "Retention"]),
        ("hc.pawar", ["Audit"]),
        ("psi.more", ["Audit"]),
    ],
)
def test_each_role_sees_the_tabs_it_may_use(
    qtbot: QtBot, make_desk: Callable[[str], Desk], username: str, tabs: list[str]
) -> None:
    page = AdminPage(make_desk(username))
    qtbot.addWidget(page)
    page.refresh()
    assert page.tab_titles() == tabs
    if username == "hc.pawar":
        assert page.audit is not None
        assert not page.audit.check_button.isVisibleTo(page)  # a writer does not check chains
        assert "Your own actions" in page.audit.scope.text()


def test_adding_a_user_shows_the_password_rules_messages_beside_the_field(
    qtbot: QtBot, sho_desk: Desk
) -> None:
    dialog = NewUserDialog(sho_desk)
    qtbot.addWidget(dialog)
    type_text(dialog.username, "si.jadhav")
    type_text(dialog.full_name, "Sunil Jadhav")
    type_text(dialog.rank, "SI")
    choose(dialog.role, Role.IO.value)
    type_text(dialog.password, "password1")
    type_text(dialog.repeat, "password1")
    dialog.accept()
    assert dialog.user is None and dialog.result() == 0
    assert "too common" in dialog.error.text()
    assert dialog.password.property("problem") is True
    assert dialog.username.property("problem") is not True
    for edit in (dialog.password, dialog.repeat):
        edit.clear()
        type_text(edit, "Chowpatty-Sea-Face-77")
    dialog.accept()
    assert dialog.user is not None and dialog.user.role is Role.IO
    tab = _users_tab(qtbot, sho_desk)
    # Set-up (no case yet): at once, and the officer chooses their own password first.
    assert _state(tab, "si.jadhav") == "must choose a password"
    # The new officer logs on with the first password.
    sho_desk.services.accounts.authenticate("si.jadhav", "Chowpatty-Sea-Face-77", desk=DESK)


def test_an_administrator_asks_for_an_account_without_a_password(
    qtbot: QtBot, make_desk: Callable[[str], Desk], dialogs: Dialogs
) -> None:
    admin = make_desk("admin.it")
    dialog = NewUserDialog(admin)
    qtbot.addWidget(dialog)
    assert not dialog.with_password and dialog.password.isHidden()
    type_text(dialog.username, "hc.kale")
    type_text(dialog.full_name, "Ravi Kale")
    type_text(dialog.rank, "HC")
    dialog.accept()
    assert dialog.user is not None and dialog.user.pending
    tab = _users_tab(qtbot, admin)
    assert _state(tab, "hc.kale") == "waiting for approval"
    assert not tab.reset_button.isEnabled() and not tab.role_button.isEnabled()


def test_a_taken_username_and_a_missing_name_are_named(qtbot: QtBot, sho_desk: Desk) -> None:
    dialog = NewUserDialog(sho_desk)
    qtbot.addWidget(dialog)
    type_text(dialog.username, "hc.pawar")
    type_text(dialog.rank, "HC")
    type_text(dialog.password, "Chowpatty-Sea-Face-77")
    type_text(dialog.repeat, "Chowpatty-Sea-Face-78")
    dialog.accept()
    assert "not the same" in dialog.error.text()
    dialog.repeat.clear()
    type_text(dialog.repeat, "Chowpatty-Sea-Face-77")
    dialog.accept()
    assert "Full name: is required" in dialog.error.text()
    assert dialog.full_name.property("problem") is True
    type_text(dialog.full_name, "Another Pawar")
    dialog.accept()
    assert "already taken" in dialog.error.text() and dialog.user is None


def test_the_station_head_unlocks_a_locked_account(
    qtbot: QtBot, make_desk: Callable[[str], Desk], dialogs: Dialogs
) -> None:
    sho = make_desk("pi.shinde")
    accounts = sho.services.accounts
    for _ in range(5):
        with pytest.raises(UserError):
            accounts.authenticate("hc.pawar", "wrong password", desk=DESK)
    tab = _users_tab(qtbot, sho)
    assert _state(tab, "hc.pawar") == "locked"
    assert "1 locked" in tab.note.text()
    assert tab.unlock_button.isEnabled()
    tab.unlock_button.click()
    assert dialogs.shown[-1][0] == "Unlocked"
    assert _state(tab, "hc.pawar") == "active"
    assert not tab.unlock_button.isEnabled()
    accounts.authenticate("hc.pawar", TEST_PASSWORD, desk=DESK)


def test_an_administrator_cannot_unlock_an_officer_and_is_told_why(
    qtbot: QtBot, make_desk: Callable[[str], Desk], dialogs: Dialogs
) -> None:
    admin = make_desk("admin.it")
    for _ in range(5):
        with pytest.raises(UserError):
            admin.services.accounts.authenticate("psi.more", "wrong password", desk=DESK)
    tab = _users_tab(qtbot, admin)
    assert _state(tab, "psi.more") == "locked"
    tab.unlock_button.click()
    title, text = dialogs.shown[-1]
    assert title == "Not unlocked" and "cannot grant or change roles" in text
    assert _state(tab, "psi.more") == "locked"


def test_a_reset_gives_a_temporary_password_that_must_be_changed(
    qtbot: QtBot, make_desk: Callable[[str], Desk], dialogs: Dialogs
) -> None:
    admin, sho = make_desk("admin.it"), make_desk("pi.shinde")
    tab = _users_tab(qtbot, admin)
    tab.select("hc.pawar")
    tab.reset_button.click()
    title, text = dialogs.shown[-1]
    assert title == "Reset requested" and "station head who approves" in text
    assert _state(tab, "hc.pawar") == "password reset waiting for approval"
    # The old password works until a station head approves and types the temporary one.
    assert admin.services.accounts.authenticate("hc.pawar", TEST_PASSWORD, desk=DESK)
    requests = RequestsTab(sho)
    qtbot.addWidget(requests)
    requests.refresh()
    requests.table.selectRow(0)
    assert "password reset for hc.pawar" in str(requests.model.index(0, 2).data())
    requests.approve_button.click()
    title, text = dialogs.shown[-1]
    assert title == "Temporary password"
    temporary = text.split("in person: ")[1].split("\n")[0]
    tab.refresh()
    assert _state(tab, "hc.pawar") == "must choose a password"
    actor = admin.services.accounts.authenticate("hc.pawar", temporary, desk=DESK)
    assert actor.must_change_password
    # A station head's password is not the administrator's to reset.
    tab.select("pi.shinde")
    tab.reset_button.click()
    assert dialogs.shown[-1][0] == "Password not reset"


def test_deactivating_needs_a_reason_and_reactivating_gives_the_account_back(
    qtbot: QtBot, sho_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.admin.common import ReasonDialog

    tab = _users_tab(qtbot, sho_desk)
    tab.select("api.khan")
    shown: list[ReasonDialog] = []

    def answer(dialog: ReasonDialog, reason: str) -> int:
        shown.append(dialog)
        dialog.accept()  # first with no reason: refused beside the field
        assert "Reason: is required" in dialog.error.text()
        assert dialog.reason.property("problem") is True
        dialog.reason.setPlainText(reason)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ReasonDialog, "exec", lambda self: answer(self, "transferred to Worli"))
    tab.deactivate_button.click()
    assert _state(tab, "api.khan") == "deactivated"
    assert tab.reactivate_button.isEnabled() and not tab.deactivate_button.isEnabled()
    with pytest.raises(UserError):
        sho_desk.services.accounts.authenticate("api.khan", TEST_PASSWORD, desk=DESK)
    tab.reactivate_button.click()
    assert _state(tab, "api.khan") == "active"
    assert len(shown) == 2


def test_an_administrators_role_change_waits_for_the_station_heads_approval(
    qtbot: QtBot, make_desk: Callable[[str], Desk], dialogs: Dialogs
) -> None:
    admin, sho = make_desk("admin.it"), make_desk("pi.shinde")
    tab = _users_tab(qtbot, admin)
    tab.select("hc.pawar")
    user = tab.selected()
    assert user is not None
    dialog = RoleDialog(admin, user)
    qtbot.addWidget(dialog)
    choose(dialog.combo, Role.IO.value)
    type_text(dialog.reason, "passed the PSI course")
    dialog.accept()
    assert dialog.result() == 1
    # Nothing changed yet.
    tab.refresh()
    assert tab.selected() is not None and tab.selected().role is Role.WRITER  # type: ignore[union-attr]

    requests = RequestsTab(sho)
    qtbot.addWidget(requests)
    requests.refresh()
    assert "1 request(s) wait" in requests.note.text()
    assert requests.model.rowCount() == 1
    assert "role of hc.pawar: Investigating officer" in str(requests.model.index(0, 2).data())
    requests.table.selectRow(0)
    assert requests.approve_button.isEnabled()
    requests.approve_button.click()
    (req,) = requests.model.records
    assert req.status is ApprovalStatus.APPROVED and req.decided_by == "pi.shinde"
    assert not requests.approve_button.isEnabled()
    tab.refresh()
    tab.select("hc.pawar")
    assert tab.selected().role is Role.IO  # type: ignore[union-attr]


def test_the_station_head_takes_powers_away_at_once_and_asks_for_more(
    qtbot: QtBot, sho_desk: Desk
) -> None:
    tab = _users_tab(qtbot, sho_desk)
    tab.select("psi.more")
    dialog = RoleDialog(sho_desk, tab.selected())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    choose(dialog.combo, Role.WRITER.value)
    type_text(dialog.reason, "posted to the front desk")
    dialog.accept()
    assert dialog.direct
    tab.refresh()
    tab.select("psi.more")
    assert tab.selected().role is Role.WRITER  # type: ignore[union-attr]
    tab.select("hc.pawar")
    dialog = RoleDialog(sho_desk, tab.selected())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    choose(dialog.combo, Role.IO.value)
    type_text(dialog.reason, "promoted")
    dialog.accept()
    assert dialog.result() == 1 and not dialog.direct  # more powers: a request
    tab.refresh()
    tab.select("hc.pawar")
    assert tab.selected().role is Role.WRITER  # type: ignore[union-attr]


def test_break_glass_is_asked_approved_started_shown_and_taken_back(
    qtbot: QtBot, make_desk: Callable[[str], Desk], clock: FixedClock
) -> None:
    admin, sho = make_desk("admin.it"), make_desk("pi.shinde")
    window = QMainWindow()
    window.setWindowTitle("Talash — Dharavi")
    qtbot.addWidget(window)
    indicator = BreakGlassIndicator(admin, window, check_ms=60_000)
    mine = RequestsTab(admin)
    qtbot.addWidget(mine)
    mine.break_glass_started.connect(indicator.show_state)
    ask = BreakGlassDialog(admin)
    qtbot.addWidget(ask)
    ask.hours.setValue(3)
    ask.accept()
    assert "Reason: is required" in ask.error.text()
    type_text(ask.reason, "court summons for MP/2026/0001")
    ask.accept()
    assert ask.result() == 1
    mine.refresh()
    mine.table.selectRow(0)
    assert not mine.start_button.isEnabled()  # waiting for the station head
    theirs = RequestsTab(sho)
    qtbot.addWidget(theirs)
    theirs.refresh()
    theirs.table.selectRow(0)
    theirs.approve_button.click()
    mine.refresh()
    mine.table.selectRow(0)
    assert mine.start_button.isEnabled()
    assert not admin.can(Capability.VIEW_CASE)
    mine.start_button.click()
    assert admin.can(Capability.VIEW_CASE)
    assert "BREAK-GLASS" in window.windowTitle() and "20-11-2026 13:00" in window.windowTitle()
    assert indicator.status_label is not None and indicator.status_label.isVisibleTo(window)
    assert mine.end_button.isEnabled() and not mine.active_note.isHidden()
    # At the approved end the window takes the access back.
    clock.advance(timedelta(hours=3))
    indicator.check()
    assert not admin.can(Capability.VIEW_CASE)
    assert window.windowTitle() == "Talash — Dharavi"
    assert not indicator.status_label.isVisibleTo(window)
    QApplication.processEvents()


def test_admin_models_pass_the_model_tester(
    qtmodeltester: ModelTester,
    make_desk: Callable[[str], Desk],
) -> None:
    sho, admin = make_desk("pi.shinde"), make_desk("admin.it")
    users = UsersModel("mr", sho.zone)
    users.set_records(sho.services.accounts.list_users(sho.actor))
    assert users.rowCount() == 5
    qtmodeltester.check(users)
    admin.services.approvals.request_case_access(admin.actor, reason="court", hours=2)
    admin.services.approvals.request_role_change(
        admin.actor, "hc.pawar", Role.IO, reason="course passed"
    )
    requests = RequestsModel("en", sho.zone)
    requests.set_records(sho.services.approvals.requests(sho.actor))
    assert requests.rowCount() == 2
    qtmodeltester.check(requests)
