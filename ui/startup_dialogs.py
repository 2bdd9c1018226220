"""Start-up when the register failed its check: the offer to restore the latest backup, and the
banner that stays on the window while the register is open read-only.

The dialog only asks and shows; the composition root (desktop/gui.py) hands it the function that
proves the person's role against the accounts *inside the backup* and restores (the damaged
register cannot be logged on to, and nothing can be audited in it).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from models.errors import UserError
from models.services.backups import BackupInfo, RestoreOutcome, list_backups
from ui.admin.common import describe_backup, password_line
from ui.i18n import translated
from ui.tasks import run_in_background
from ui.widgets.dialogs import error_label

log = logging.getLogger(__name__)

RestoreFn = Callable[[Path, str, str], RestoreOutcome]  # (backup, username, password)
BACKUP_FILTER = QT_TRANSLATE_NOOP("backups", "Talash backups (*.sqlite);;All files (*)")


def backup_filter() -> str:
    """The file dialogs' filter for backups, in the window's language."""
    return QCoreApplication.translate("backups", str(BACKUP_FILTER))


class DamagedRegisterDialog(QDialog):
    """The register failed its start-up check: restore a backup, or go on read-only.

    ``continue_allowed`` is False when the register could not be opened at all (then the choice
    is to restore or to quit). After a restore, ``outcome`` holds what was done.
    """

    def __init__(
        self,
        problem: str,
        register: str,
        backups_dir: Path,
        latest: BackupInfo | None,
        restore: RestoreFn,
        *,
        continue_allowed: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.restore_fn = restore
        self.backups_dir = backups_dir
        self.chosen: BackupInfo | None = latest
        self.outcome: RestoreOutcome | None = None
        self.busy = False
        self.setWindowTitle(self.tr("The register failed its start-up check"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("The register is damaged"), self)
        heading.setProperty("role", "page-title")
        layout.addWidget(heading)
        what = QLabel(
            self.tr(
                "Talash checks the register every time it starts. The check of\n{register}\n"
                "found damage in the file (a disk fault, or the computer lost power while "
                "writing)."
            ).format(register=register),
            self,
        )
        what.setWordWrap(True)
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(what)
        detail = QLabel(
            self.tr("What SQLite reported: {problem}").format(problem=summarise_damage(problem)),
            self,
        )
        detail.setObjectName("damage-text")
        detail.setProperty("role", "hint")
        detail.setWordWrap(True)
        detail.setToolTip(problem)
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(detail)
        advice = QLabel(
            self.tr(
                "Restore the latest backup: it is checked before anything is replaced, and the "
                "damaged register is kept aside in the backups folder. Work saved after that "
                "backup was made must be entered again."
            )
            + (
                " " + self.tr("Or continue read-only: cases can be read, nothing can be saved.")
                if continue_allowed
                else ""
            ),
            self,
        )
        advice.setWordWrap(True)
        layout.addWidget(advice)

        box = QGroupBox(self.tr("Backup to restore"), self)
        box_layout = QVBoxLayout(box)
        self.backup_label = QLabel(box)
        self.backup_label.setObjectName("backup-offered")
        self.backup_label.setWordWrap(True)
        box_layout.addWidget(self.backup_label)
        note = QLabel(
            self.tr(
                "Log on as a station head or administrator as the accounts stood in that backup:"
            ),
            box,
        )
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        box_layout.addWidget(note)
        form = QFormLayout()
        self.username = QLineEdit(box)
        self.username.setObjectName("restore-username")
        self.password = password_line(box, "restore-password")
        self.password.returnPressed.connect(self.restore)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        box_layout.addLayout(form)
        layout.addWidget(box)

        self.status = QLabel(self)
        self.status.setProperty("role", "hint")
        layout.addWidget(self.status)
        self.error = error_label(self, "restore-error")
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore this backup"), self)
        self.restore_button.setProperty("role", "primary")
        self.restore_button.setDefault(True)
        self.choose_button = QPushButton(self.tr("Choose another backup…"), self)
        self.continue_button = QPushButton(
            self.tr("Continue read-only") if continue_allowed else self.tr("Quit"), self
        )
        self.restore_button.clicked.connect(self.restore)
        self.choose_button.clicked.connect(self.choose_other)
        self.continue_button.clicked.connect(self.reject)
        for b in (self.choose_button, self.continue_button):
            b.setAutoDefault(False)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout.addLayout(buttons)
        self._show_chosen()

    def _show_chosen(self) -> None:
        if self.chosen is None:
            self.backup_label.setText(
                self.tr(
                    "No backup was found in {folder}. Choose a backup file (from a USB drive or "
                    "another folder)."
                ).format(folder=self.backups_dir)
            )
            self.restore_button.setEnabled(False)
            self.choose_button.setFocus()
            return
        self.backup_label.setText(describe_backup(self.chosen))
        self.restore_button.setEnabled(not self.busy)
        self.username.setFocus()

    def choose_other(self) -> None:
        start = str(self.chosen.path.parent if self.chosen else self.backups_dir)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), start, backup_filter()
        )
        if not name:
            return
        path = Path(name)
        found = [b for b in list_backups(path.parent) if b.path == path]
        if found:
            self.chosen = found[0]
        else:  # a file named by hand: described from the file itself
            self.chosen = BackupInfo(path, path.stat().st_size, None, _looks_encrypted(path))
        self.error.clear()
        self._show_chosen()

    def restore(self) -> None:
        if self.chosen is None or self.busy:
            return
        if not self.username.text().strip() or not self.password.text():
            self.error.setText(
                self.tr("Type the username and password of a station head or administrator.")
            )
            return
        source, username, password = self.chosen.path, self.username.text(), self.password.text()
        self._set_busy(True)
        self.error.clear()
        self.status.setText(
            self.tr("Checking the backup and restoring it… (this can take a minute)")
        )
        run_in_background(
            lambda: self.restore_fn(source, username, password), self._restored, self._failed
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (
            self.restore_button,
            self.choose_button,
            self.continue_button,
            self.username,
            self.password,
        ):
            widget.setEnabled(not busy)

    def _restored(self, outcome: RestoreOutcome) -> None:
        self.outcome = outcome
        self._set_busy(False)
        self.status.setText(self.tr("Restored."))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.clear()
        self.password.clear()
        if isinstance(exc, UserError):
            self.error.setText(translated(exc.message))
            return
        self.error.setText(self.tr("An internal error stopped the restore; nothing was replaced."))
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def reject(self) -> None:
        if self.busy:
            return  # a restore is running: it must finish first
        super().reject()


def summarise_damage(problem: str) -> str:
    """SQLite's report in one line: the first problem, and how many more."""
    lines = [
        line.strip()
        for line in problem.splitlines()
        if line.strip() and not line.strip().startswith("***")
    ]
    if not lines:
        return problem.strip() or QCoreApplication.translate("backups", "the check failed")
    more = len(lines) - 1
    if not more:
        return lines[0]
    if more == 1:
        return QCoreApplication.translate("backups", "{problem} (and 1 more problem)").format(
            problem=lines[0]
        )
    return QCoreApplication.translate("backups", "{problem} (and {count} more problems)").format(
        problem=lines[0], count=more
    )


def _looks_encrypted(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) != b"SQLite format 3\x00"
    except OSError:
        return False


def add_read_only_banner(window: QMainWindow, problem: str) -> QToolBar:
    """A red bar across the top of the window that cannot be moved or hidden: the register is
    open read-only because it failed its check."""
    bar = QToolBar(QCoreApplication.translate("backups", "Read-only"), window)
    bar.setObjectName("read-only-banner")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)  # not offered in the toolbar menu: it stays
    bar.setStyleSheet("QToolBar { background: #b71c1c; border: none; padding: 4px; }")
    label = QLabel(
        QCoreApplication.translate(
            "backups",
            "READ-ONLY: the register failed its start-up check. Cases can be read, nothing can "
            "be saved. Restore the latest backup: Administration → Backups.",
        ),
        bar,
    )
    label.setToolTip(
        QCoreApplication.translate(
            "backups",
            "A station head or administrator restores the latest backup (Administration → "
            "Backups → Restore the selected…).\nWhat SQLite reported: {problem}",
        ).format(problem=problem)
    )
    label.setObjectName("read-only-text")
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    label.setStyleSheet("color: white; font-weight: bold;")
    bar.addWidget(label)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
