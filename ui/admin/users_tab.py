"""Administration → Users: the station's accounts. Add, unlock, reset a password, deactivate or
reactivate, change a role. The account and approval services decide who may do each; the buttons
only follow them, and a refusal is shown in plain words beside the field it is about."""

from __future__ import annotations

import secrets
from datetime import tzinfo
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.dto.accounts import NewUser, UserInfo
from models.enums import Role
from models.errors import UserError
from models.passwords import MIN_LENGTH, RECOMMENDED_LENGTH
from models.permissions import Capability, raises
from ui import messages
from ui.admin.common import ReasonDialog, password_line, show_problems
from ui.desk import Desk
from ui.formats import format_day
from ui.i18n import translated
from ui.labels import enum_choices, enum_label
from ui.style import OVERDUE_COLOUR
from ui.widgets.dialogs import dialog_footer
from ui.widgets.fields import ChoiceCombo
from ui.widgets.table import Cell, RecordTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("UsersModel", "Username"),
    QT_TRANSLATE_NOOP("UsersModel", "Name"),
    QT_TRANSLATE_NOOP("UsersModel", "Rank"),
    QT_TRANSLATE_NOOP("UsersModel", "Role"),
    QT_TRANSLATE_NOOP("UsersModel", "Buckle No."),
    QT_TRANSLATE_NOOP("UsersModel", "Official phone"),
    QT_TRANSLATE_NOOP("UsersModel", "State"),
    QT_TRANSLATE_NOOP("UsersModel", "Since"),
)
INACTIVE_COLOUR = "#757575"
PASSWORD_RULES = QT_TRANSLATE_NOOP(
    "NewUserDialog",
    "At least {least} characters ({better} or more is better); not a common password; not "
    "containing the username.",
)


def temporary_password() -> str:
    """A temporary password the program makes up: nobody chooses it, the officer replaces it."""
    return "-".join(secrets.token_hex(2) for _ in range(4))


def account_state(user: UserInfo) -> str:
    if user.pending:
        return QCoreApplication.translate("UsersModel", "waiting for approval")
    if not user.active:
        return QCoreApplication.translate("UsersModel", "deactivated")
    if user.locked:
        return QCoreApplication.translate("UsersModel", "locked")
    if user.waiting_request is not None:
        return QCoreApplication.translate("UsersModel", "password reset waiting for approval")
    if user.must_change_password:
        return QCoreApplication.translate("UsersModel", "must choose a password")
    return QCoreApplication.translate("UsersModel", "active")


class UsersModel(RecordTableModel[UserInfo]):
    """The station's accounts; the row's ``UserInfo`` is its payload."""

    def __init__(self, lang: str, zone: tzinfo, parent: Any = None) -> None:
        headers = [QCoreApplication.translate("UsersModel", str(c)) for c in COLUMNS]
        super().__init__(headers, partial(user_cells, lang=lang, zone=zone), parent)


def user_cells(user: UserInfo, lang: str, zone: tzinfo) -> tuple[Cell | str, ...]:
    colour = INACTIVE_COLOUR if not user.active else OVERDUE_COLOUR if user.locked else None
    return (
        user.username,
        user.full_name,
        user.rank,
        enum_label(user.role, lang),
        user.buckle_no or "",
        user.official_phone or "",
        Cell(account_state(user), colour=colour),
        format_day(user.created_at, zone),
    )


class NewUserDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user: UserInfo | None = None
        self.setWindowTitle(self.tr("Add a user"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.username.setObjectName("new-username")
        self.username.setPlaceholderText(self.tr("e.g. psi.more"))
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("new-full-name")
        self.rank = QLineEdit(self)
        self.rank.setObjectName("new-rank")
        self.rank.setPlaceholderText(self.tr("e.g. PSI, HC, ASI"))
        self.buckle = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.role = ChoiceCombo(enum_choices(Role, desk.lang), blank=None, parent=self)
        self.role.setObjectName("new-role")
        self.role.set_raw(Role.WRITER.value)
        self.password = password_line(self, "new-password")
        self.repeat = password_line(self, "new-password-again")
        rules = QLabel(
            self.tr(str(PASSWORD_RULES)).format(least=MIN_LENGTH, better=RECOMMENDED_LENGTH), self
        )
        rules.setProperty("role", "hint")
        rules.setWordWrap(True)
        # An administrator asks for the account; the approving station head sets its password.
        self.with_password = desk.actor.role is Role.SHO
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Rank"), self.rank)
        form.addRow(self.tr("Buckle number"), self.buckle)
        form.addRow(self.tr("Official phone"), self.phone)
        form.addRow(self.tr("Role"), self.role)
        if self.with_password:
            form.addRow(self.tr("First password"), self.password)
            form.addRow(self.tr("First password again"), self.repeat)
            form.addRow("", rules)
        else:
            self.password.hide()
            self.repeat.hide()
            rules.hide()
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "Give the first password to the officer in person; they must choose their own "
                "at their first logon. A writer's account takes effect at once; any other waits "
                "for a second person's approval (Administration → Requests)."
            )
            if self.with_password
            else self.tr(
                "This asks the station head for the account. The station head who approves it "
                "sets the temporary password and gives it to the officer, who must choose their "
                "own at the first logon."
            ),
            self,
        )
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        ok_text = (
            self.tr("Add the user")
            if desk.actor.role is Role.SHO
            else self.tr("Ask for the account")
        )
        self.error = dialog_footer(self, layout, ok_text=ok_text, error_name="new-user-error").error
        self.fields: dict[str, QWidget] = {
            "username": self.username,
            "full_name": self.full_name,
            "rank": self.rank,
            "buckle_no": self.buckle,
            "official_phone": self.phone,
            "role": self.role,
            "password": self.password,
        }

    def accept(self) -> None:
        if self.password.text() != self.repeat.text():
            show_problems(
                UserError(self.tr("The two passwords are not the same.")), self.fields, self.error
            )
            self.repeat.setFocus()
            return
        new = NewUser(
            username=self.username.text(),
            full_name=self.full_name.text(),
            rank=self.rank.text(),
            role=Role(self.role.raw()),
            buckle_no=self.buckle.text() or None,
            official_phone=self.phone.text() or None,
        )
        try:
            self.user = self.desk.services.accounts.add_user(
                self.desk.actor, new, self.password.text() if self.with_password else None
            )
        except UserError as exc:
            show_problems(exc, self.fields, self.error)
            return
        super().accept()


class RoleDialog(ReasonDialog):
    """A new role with the reason. The station head's change takes effect at once; an
    administrator's becomes a request for the station head."""

    def __init__(self, desk: Desk, user: UserInfo, parent: QWidget | None = None) -> None:
        self.combo = ChoiceCombo(enum_choices(Role, desk.lang), blank=None)
        self.combo.setObjectName("new-role")
        self.combo.set_raw(user.role.value)
        head = desk.can(Capability.GRANT_ROLES)
        # Built before the dialog itself, so translated by context rather than self.tr.
        question = (
            QCoreApplication.translate(
                "RoleDialog",
                "New role for {name} ({user}). A role with fewer powers takes effect at once; one "
                "that gains any power waits for a second person's approval. Either is recorded "
                "with the reason.",
            )
            if head
            else QCoreApplication.translate(
                "RoleDialog",
                "New role for {name} ({user}). The station head must approve the change before "
                "it takes effect.",
            )
        ).format(name=user.full_name, user=user.username)
        self.direct = False

        def act(reason: str) -> object:
            role = Role(self.combo.raw())
            self.direct = head and not raises(user.role, role)
            if self.direct:
                return desk.services.accounts.change_role(
                    desk.actor, user.username, role, reason=reason
                )
            return desk.services.approvals.request_role_change(
                desk.actor, user.username, role, reason=reason
            )

        super().__init__(
            QCoreApplication.translate("RoleDialog", "Change role"),
            question,
            act,
            parent,
            extra=self.combo,
            extra_label=QCoreApplication.translate("RoleDialog", "New role"),
        )


class UsersTab(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.model = UsersModel(desk.lang, desk.zone, self)
        self.table = QTableView(self)
        self.table.setObjectName("users-table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._follow())
        self.add_button = QPushButton(self.tr("Add a user…"), self)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.reset_button = QPushButton(self.tr("Reset password…"), self)
        self.role_button = QPushButton(self.tr("Change role…"), self)
        self.deactivate_button = QPushButton(self.tr("Deactivate…"), self)
        self.reactivate_button = QPushButton(self.tr("Reactivate…"), self)
        self.add_button.clicked.connect(self.add_user)
        self.unlock_button.clicked.connect(self.unlock)
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.change_role)
        self.deactivate_button.clicked.connect(lambda: self.set_active(False))
        self.reactivate_button.clicked.connect(lambda: self.set_active(True))
        buttons = QHBoxLayout()
        for b in (
            self.add_button,
            self.unlock_button,
            self.reset_button,
            self.role_button,
            self.deactivate_button,
            self.reactivate_button,
        ):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        try:
            users = self.desk.services.accounts.list_users(self.desk.actor)
        except UserError as exc:
            self.model.set_records([])
            self.note.setText(translated(exc.message))
            self._follow()
            return
        chosen = self.selected()
        self.model.set_records(users)
        locked = sum(1 for u in users if u.locked and u.active)
        self.note.setText(
            (
                self.tr(
                    "{count} accounts, {locked} locked after wrong passwords. Accounts are "
                    "deactivated, never deleted: the register and the audit trail still name them."
                )
                if locked
                else self.tr(
                    "{count} accounts. Accounts are deactivated, never deleted: the register and "
                    "the audit trail still name them."
                )
            ).format(count=len(users), locked=locked)
        )
        if chosen is not None:
            self.select(chosen.username)
        self._follow()

    def selected(self) -> UserInfo | None:
        index = self.table.currentIndex()
        user = self.model.payload(index.row()) if index.isValid() else None
        return user if isinstance(user, UserInfo) else None

    def select(self, username: str) -> bool:
        for row, user in enumerate(self.model.records):
            if user.username == username:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def _follow(self) -> None:
        """Offer what the logged-on role may do to the chosen account (the services decide)."""
        manage = self.desk.can(Capability.MANAGE_USERS)
        user = self.selected()
        self.add_button.setEnabled(manage)
        self.unlock_button.setEnabled(manage and user is not None and user.locked)
        settled = user is not None and not user.pending
        self.reset_button.setEnabled(
            manage and settled and user is not None and user.active and not user.waiting_request
        )
        self.role_button.setEnabled(manage and settled and user is not None and user.active)
        self.deactivate_button.setEnabled(manage and settled and user is not None and user.active)
        self.reactivate_button.setEnabled(
            manage and settled and user is not None and not user.active
        )

    def add_user(self) -> None:
        dialog = NewUserDialog(self.desk, self)
        if dialog.exec() and dialog.user is not None:
            if dialog.user.pending:
                messages.inform(
                    self,
                    self.tr("Request sent"),
                    self.tr(
                        "The account {user} waits for a second person's approval "
                        "(Administration → Requests); it cannot log on until then."
                    ).format(user=dialog.user.username),
                )
            self.desk.officers(refresh=True)
            self.refresh()
            self.select(dialog.user.username)

    def unlock(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            self.desk.services.accounts.unlock(self.desk.actor, user.username)
        except UserError as exc:
            messages.show_refusal(self, exc, self.tr("Not unlocked"))
            return
        messages.inform(
            self,
            self.tr("Unlocked"),
            self.tr("{name} can log on again with their own password.").format(name=user.full_name),
        )
        self.refresh()

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        head = self.desk.actor.role is Role.SHO
        if not messages.confirm(
            self,
            self.tr("Reset password"),
            self.tr(
                "Ask for a temporary password for {name} ({user})? A second person must approve "
                "the reset; then their present password stops working and they must choose a new "
                "one at the next logon."
            ).format(name=user.full_name, user=user.username),
        ):
            return
        temporary = temporary_password() if head else None
        try:
            self.desk.services.accounts.reset_password(self.desk.actor, user.username, temporary)
        except UserError as exc:
            messages.show_refusal(self, exc, self.tr("Password not reset"))
            return
        messages.inform(
            self,
            self.tr("Reset requested"),
            self.tr(
                "Once the reset is approved, give {user} this temporary password in person: "
                "{password}\nThey must choose their own at the next logon."
            ).format(user=user.username, password=temporary)
            if temporary is not None
            else self.tr(
                "The station head who approves the reset (Administration → Requests) sets the "
                "temporary password and gives it to the officer."
            ),
        )
        self.refresh()

    def change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = RoleDialog(self.desk, user, self)
        if not dialog.exec():
            return
        if dialog.direct:
            messages.inform(
                self,
                self.tr("Role changed"),
                self.tr("{name}'s role is changed.").format(name=user.full_name),
            )
        else:
            messages.inform(
                self,
                self.tr("Request sent"),
                self.tr(
                    "The change of {name}'s role waits for a second person's approval "
                    "(Administration → Requests)."
                ).format(name=user.full_name),
            )
        self.refresh()

    def set_active(self, active: bool) -> None:
        user = self.selected()
        if user is None:
            return

        def act(reason: str) -> object:
            return self.desk.services.accounts.set_active(
                self.desk.actor, user.username, active, reason=reason
            )

        question = (
            self.tr("Reactivate {name} ({user})? They can log on again.")
            if active
            else self.tr(
                "Deactivate {name} ({user})? They can no longer log on; their name stays on the "
                "cases and in the audit trail."
            )
        ).format(name=user.full_name, user=user.username)
        title = self.tr("Reactivate account") if active else self.tr("Deactivate account")
        if ReasonDialog(title, question, act, self).exec():
            self.desk.officers(refresh=True)
            self.refresh()
