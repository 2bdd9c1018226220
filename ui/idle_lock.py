"""The window locks itself after the station's idle period and hides every case until the
password is typed again (models/idle.py holds the rule; this is the Qt side of it)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.actor import Actor
from models.errors import UserError
from models.idle import IdleLock, IdlePolicy
from models.services.accounts import AccountService
from ui.i18n import translated
from ui.widgets.dialogs import error_label

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Feeds every key press and mouse movement to the rule; says when the window must lock."""

    lock_due = Signal()

    def __init__(
        self,
        policy: IdlePolicy,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        check_ms: int = 5000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.rule = IdleLock(policy, monotonic)
        self._signalled = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self.rule.activity()
        return False

    def check(self) -> None:
        if self.rule.due() and not self._signalled:
            self._signalled = True
            self.lock_due.emit()

    def lock_now(self) -> None:
        self.rule.lock()
        self.check()

    def unlocked(self) -> None:
        self.rule.unlocked()
        self._signalled = False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockScreen(QWidget):
    """All that shows while locked: who is logged on, a password box, and "log out"."""

    unlocked = Signal(object)  # the Actor, as the account now stands
    log_out = Signal()

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.actor: Actor | None = None
        self.setObjectName("lock-screen")
        self.title = QLabel(self)
        self.title.setProperty("role", "page-title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel(
            self.tr(
                "The window was locked because it was not used for a while, or someone locked "
                "it. Case details are hidden until the password is entered."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit(self)
        self.password.setObjectName("unlock-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setMaximumWidth(320)
        self.password.returnPressed.connect(self.try_unlock)
        self.error = error_label(self)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        unlock = QPushButton(self.tr("Unlock"), self)
        unlock.clicked.connect(self.try_unlock)
        other = QPushButton(self.tr("Log out (another officer)"), self)
        other.setAutoDefault(False)
        other.clicked.connect(self.log_out)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(unlock)
        buttons.addWidget(other)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addStretch(1)
        box.addWidget(self.title)
        box.addWidget(note)
        box.addWidget(self.password, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(self.error)
        box.addLayout(buttons)
        box.addStretch(2)

    def show_for(self, actor: Actor) -> None:
        self.actor = actor
        self.title.setText(
            self.tr("Locked — {name} ({username})").format(
                name=actor.full_name, username=actor.username
            )
        )
        self.password.clear()
        self.error.clear()
        self.password.setFocus()

    def try_unlock(self) -> None:
        if self.actor is None:
            return
        try:
            actor = self.accounts.verify_password_for_unlock(self.actor, self.password.text())
        except UserError as exc:
            self.error.setText(translated(exc.message))
            self.password.clear()
            return
        self.password.clear()
        self.error.clear()
        self.unlocked.emit(actor)
