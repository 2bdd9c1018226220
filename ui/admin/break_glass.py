"""While an administrator holds break-glass access, the window says so everywhere: in its title,
in the status bar, and on the Requests tab. The lent access is taken back at the approved end
(checked every few seconds against the services' clock) and at every lock and logon, where the
window puts the plain account back."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from ui.desk import Desk
from ui.formats import format_instant

CHECK_MS = 5000
BANNER_STYLE = "background: #b71c1c; color: white; font-weight: bold; padding: 2px 8px;"


def headline(desk: Desk) -> str:
    until = desk.actor.break_glass_until
    end = (
        format_instant(until, desk.zone)
        if until is not None
        else QCoreApplication.translate("BreakGlass", "the end of the approval")
    )
    return QCoreApplication.translate("BreakGlass", "BREAK-GLASS until {end}").format(end=end)


def describe(desk: Desk) -> str:
    return QCoreApplication.translate(
        "BreakGlass", "{headline}: case records read-only, every view audited"
    ).format(headline=headline(desk))


class BreakGlassIndicator(QObject):
    changed = Signal(bool)  # active or not

    def __init__(self, desk: Desk, host: QWidget, *, check_ms: int = CHECK_MS) -> None:
        super().__init__(host)
        self.desk = desk
        self.host = host
        self.window: QMainWindow | None = host if isinstance(host, QMainWindow) else None
        self.base_title = self.window.windowTitle() if self.window is not None else ""
        self.status_label: QLabel | None = None
        if self.window is not None:
            self.status_label = QLabel(self.window)
            self.status_label.setObjectName("status-break-glass")
            self.status_label.setStyleSheet(BANNER_STYLE)
            self.status_label.hide()
            self.window.statusBar().insertPermanentWidget(0, self.status_label)
        self.shown = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    @property
    def active(self) -> bool:
        return bool(self.desk.actor.break_glass)

    def check(self) -> None:
        """Take the access back once its time is up; show what holds now."""
        actor = self.desk.actor
        until = actor.break_glass_until
        if actor.break_glass and (until is None or self.desk.now() >= until):
            self.desk.actor = replace(actor, break_glass=frozenset(), break_glass_until=None)
        self.show_state()

    def end_now(self) -> None:
        actor = self.desk.actor
        self.desk.actor = replace(actor, break_glass=frozenset(), break_glass_until=None)
        self.show_state()

    def show_state(self) -> None:
        active = self.active
        if self.window is not None:
            if active:
                self.window.setWindowTitle(f"{self.base_title} — {describe(self.desk)}")
            elif self.shown:
                self.window.setWindowTitle(self.base_title)
        if self.status_label is not None:
            self.status_label.setText(headline(self.desk) if active else "")
            self.status_label.setToolTip(describe(self.desk) if active else "")
            self.status_label.setVisible(active)
        if active != self.shown:
            self.shown = active
            self.changed.emit(active)

    def stop(self) -> None:
        self.timer.stop()
