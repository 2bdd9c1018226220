"""Administration: the station's user accounts (add, unlock, reset a password) and one's own
password. The account service decides who may do what; buttons only follow it."""

from __future__ import annotations

import secrets

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.dto.accounts import NewUser, UserInfo
from models.enums import Role
from models.errors import UserError, ValidationFailed
from models.permissions import Capability
from ui import messages
from ui.desk import Desk
from ui.labels import enum_choices, enum_label
from ui.login_dialog import ChangePasswordDialog
from ui.widgets.fields import ChoiceCombo


class NewUserDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.user: UserInfo | None = None
        self.setWindowTitle("Add a user")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.username.setPlaceholderText("e.g. psi.more")
        self.full_name = QLineEdit(self)
        self.rank = QLineEdit(self)
        self.role = ChoiceCombo(enum_choices(Role, desk.lang), blank=None, parent=self)
        self.buckle = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow("Username", self.username)
        form.addRow("Full name", self.full_name)
        form.addRow("Rank", self.rank)
        form.addRow("Role", self.role)
        form.addRow("Buckle number", self.buckle)
        form.addRow("Official phone", self.phone)
        form.addRow("First password", self.password)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
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
                self.desk.actor, new, self.password.text()
            )
        except ValidationFailed as exc:
            self.error.setText("\n".join(f"{p.field}: {p.message}" for p in exc.problems))
            return
        except UserError as exc:
            self.error.setText(exc.message)
            return
        super().accept()


class AdminPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        title = QLabel("Administration", self)
        title.setProperty("role", "page-title")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            ["Username", "Name", "Rank", "Role", "Buckle", "State"]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton("Add a user…", self)
        self.unlock_button = QPushButton("Unlock", self)
        self.reset_button = QPushButton("Reset password…", self)
        self.own_button = QPushButton("Change my password…", self)
        self.add_button.clicked.connect(self.add_user)
        self.unlock_button.clicked.connect(self.unlock)
        self.reset_button.clicked.connect(self.reset_password)
        self.own_button.clicked.connect(self.change_own_password)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.unlock_button, self.reset_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.own_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(title)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        manage = self.desk.can(Capability.MANAGE_USERS)
        for b in (self.add_button, self.unlock_button, self.reset_button):
            b.setEnabled(manage)
        self.table.setRowCount(0)
        if not manage:
            self.note.setText("Only the station head and the administrator manage accounts.")
            return
        try:
            users = self.desk.services.accounts.list_users(self.desk.actor)
        except UserError as exc:
            self.note.setText(exc.message)
            return
        self.note.setText(f"{len(users)} accounts. Accounts are deactivated, never deleted.")
        for user in users:
            r = self.table.rowCount()
            self.table.insertRow(r)
            state = "locked" if user.locked else ("active" if user.active else "deactivated")
            for c, text in enumerate(
                (
                    user.username,
                    user.full_name,
                    user.rank,
                    enum_label(user.role, self.desk.lang),
                    user.buckle_no or "",
                    state,
                )
            ):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _selected_username(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item is not None else None

    def add_user(self) -> None:
        if NewUserDialog(self.desk, self).exec():
            self.refresh()

    def unlock(self) -> None:
        username = self._selected_username()
        if not username:
            return
        try:
            self.desk.services.accounts.unlock(self.desk.actor, username)
        except UserError as exc:
            messages.show_refusal(self, exc)
            return
        self.refresh()

    def reset_password(self) -> None:
        username = self._selected_username()
        if not username:
            return
        temporary = "-".join(secrets.token_hex(2) for _ in range(4))
        try:
            self.desk.services.accounts.reset_password(self.desk.actor, username, temporary)
        except UserError as exc:
            messages.show_refusal(self, exc)
            return
        messages.inform(
            self,
            "Temporary password",
            f"Give {username} this temporary password: {temporary}\n"
            "They must choose their own at the next logon.",
        )
        self.refresh()

    def change_own_password(self) -> None:
        dialog = ChangePasswordDialog(self.desk.services.accounts, self.desk.actor, self)
        if dialog.exec() and dialog.actor is not None:
            self.desk.actor = dialog.actor
            messages.inform(self, "Password changed", "Your password is changed.")
