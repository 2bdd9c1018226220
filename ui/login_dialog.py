"""Logging on: each officer with their own account. Wrong passwords and the lock after five
failures are the account service's rules; this dialog only asks and shows its answer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.actor import Actor
from models.dto.accounts import StationInfo
from models.errors import UserError, ValidationFailed
from models.services.accounts import AccountService
from ui.i18n import translated
from ui.widgets.dialogs import dialog_footer


class LoginDialog(QDialog):
    def __init__(
        self,
        accounts: AccountService,
        station: StationInfo,
        *,
        desk_name: str,
        hint: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.desk_name = desk_name
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Talash — {station}").format(station=station.name))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        heading = QLabel(
            f"<span style='font-size:16pt; font-weight:bold'>{station.name}</span><br>"
            f"{station.name_local or ''}<br>{station.code}, {station.district}",
            self,
        )
        layout.addWidget(heading)
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("e.g. psi.more"))
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        if hint:
            note = QLabel(hint, self)
            note.setProperty("role", "hint")
            note.setWordWrap(True)
            layout.addWidget(note)
        self.error = dialog_footer(
            self, layout, ok_text=self.tr("Log on"), error_name="login-error"
        ).error

    def accept(self) -> None:
        try:
            actor = self.accounts.authenticate(
                self.username.text(), self.password.text(), desk=self.desk_name
            )
        except UserError as exc:
            self.error.setText(translated(exc.message))
            self.password.clear()
            self.password.setFocus()
            return
        if actor.must_change_password:
            change = ChangePasswordDialog(self.accounts, actor, self, first=True)
            change.current.setText(self.password.text())
            if not change.exec() or change.actor is None:
                self.error.setText(self.tr("Choose your own password to go on."))
                return
            actor = change.actor
        self.actor = actor
        super().accept()


class ChangePasswordDialog(QDialog):
    def __init__(
        self,
        accounts: AccountService,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        first: bool = False,
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.actor_in = actor
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Change password"))
        layout = QVBoxLayout(self)
        if first:
            note = QLabel(
                self.tr(
                    "Your password was set by someone else. Choose your own now: at least 12 "
                    "characters, not your username, not a common password."
                ),
                self,
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.current = QLineEdit(self)
        self.new = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for edit in (self.current, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Present password"), self.current)
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("New password again"), self.repeat)
        layout.addLayout(form)
        self.error = dialog_footer(self, layout).error

    def accept(self) -> None:
        if self.new.text() != self.repeat.text():
            self.error.setText(self.tr("The two new passwords are not the same."))
            return
        try:
            self.actor = self.accounts.change_password(
                self.actor_in, self.current.text(), self.new.text()
            )
        except ValidationFailed as exc:
            self.error.setText("\n".join(translated(p.message) for p in exc.problems))
            return
        except UserError as exc:
            self.error.setText(translated(exc.message))
            return
        super().accept()
