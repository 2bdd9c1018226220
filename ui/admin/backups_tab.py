"""Administration → Backups: the copies of the register, a copy now, checking a copy, and
restoring one. Copies and restores run off the window's thread; a restore is checked by the
backup service before anything is replaced, and the window then goes back to the logon on the
restored register (``restored`` is emitted)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.enums import Role
from models.errors import UserError
from models.permissions import Capability
from models.services.backups import (
    AUTO_PREFIX,
    KEEP_AUTOMATIC,
    BackupCheck,
    BackupInfo,
    RestoreOutcome,
)
from ui import messages
from ui.admin.common import backup_time, size_text
from ui.desk import Desk
from ui.i18n import translated
from ui.startup_dialogs import backup_filter
from ui.tasks import Task, run_in_background
from ui.widgets.dialogs import error_label
from ui.widgets.table import Cell, RecordTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("BackupsTab", "File"),
    QT_TRANSLATE_NOOP("BackupsTab", "Made"),
    QT_TRANSLATE_NOOP("BackupsTab", "Size"),
    QT_TRANSLATE_NOOP("BackupsTab", "Kind"),
    QT_TRANSLATE_NOOP("BackupsTab", "Encrypted"),
)


def backup_kind(info: BackupInfo) -> str:
    name = info.path.name
    if name.startswith(AUTO_PREFIX):
        return QCoreApplication.translate("BackupsTab", "automatic (daily)")
    if name.endswith("-before-restore.sqlite"):
        return QCoreApplication.translate("BackupsTab", "register replaced by a restore")
    if "-before-upgrade-" in name:
        return QCoreApplication.translate("BackupsTab", "before an upgrade")
    return QCoreApplication.translate("BackupsTab", "made by hand")


def _made(info: BackupInfo) -> float:
    try:
        return backup_time(info).timestamp()
    except OSError:
        return 0.0  # removed meanwhile


class BackupsModel(RecordTableModel[BackupInfo]):
    """The copies, newest first; the row's ``BackupInfo`` is its payload."""

    def __init__(self, parent: Any = None) -> None:
        headers = [QCoreApplication.translate("BackupsTab", str(c)) for c in COLUMNS]
        super().__init__(headers, _cells, parent)


def _cells(info: BackupInfo) -> tuple[Cell, ...]:
    try:
        when = backup_time(info).strftime("%d-%m-%Y %H:%M")
    except OSError:
        when = ""  # removed meanwhile
    where = str(info.path)
    return (
        Cell(info.path.name, tooltip=where),
        Cell(when, tooltip=where),
        Cell(size_text(info.size), number=True, tooltip=where),
        Cell(backup_kind(info), tooltip=where),
        Cell(
            QCoreApplication.translate("BackupsTab", "yes")
            if info.encrypted
            else QCoreApplication.translate("BackupsTab", "no"),
            tooltip=where,
        ),
    )


def check_text(check: BackupCheck) -> str:
    if check.ok:
        m = check.manifest
        sound = QCoreApplication.translate(
            "BackupsTab",
            "{file} is a sound Talash register of this station (schema {schema}, {events} audit "
            "events, audit chain intact, its manifest holds).",
        ).format(file=check.path.name, schema=check.revision, events=check.audit_events)
        if m:
            sound += " " + QCoreApplication.translate(
                "BackupsTab", "Taken {when} UTC by {user}."
            ).format(when=m.taken_at[:16].replace("T", " "), user=m.taken_by)
        return (
            sound
            + " "
            + QCoreApplication.translate("BackupsTab", "It can be restored.")
            + account_changes_text(check)
        )
    return QCoreApplication.translate(
        "BackupsTab", "{file} must not be restored:\n{problems}"
    ).format(file=check.path.name, problems="\n".join(f"• {translated(p)}" for p in check.problems))


def account_changes_text(check: BackupCheck) -> str:
    if not check.account_changes:
        return ""
    return "\n\n" + QCoreApplication.translate(
        "BackupsTab",
        "Restoring it would change these accounts (the station head accepts them):\n{changes}",
    ).format(changes="\n".join(f"• {c}" for c in check.account_changes))


class BackupsTab(QWidget):
    restored = Signal()  # the register file was replaced: the window must open it again

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.task: Task[Any] | None = None
        self.folder_note = QLabel(self)
        self.folder_note.setObjectName("backup-folder")
        self.folder_note.setWordWrap(True)
        self.folder_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setObjectName("backup-status")
        self.status.setWordWrap(True)
        self.error = error_label(self, "backup-error")
        self.model = BackupsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("backups-table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._follow())
        self.now_button = QPushButton(self.tr("Back up now"), self)
        self.now_button.setProperty("role", "primary")
        self.to_button = QPushButton(self.tr("Back up to…"), self)
        self.check_button = QPushButton(self.tr("Check the selected"), self)
        self.restore_button = QPushButton(self.tr("Restore the selected…"), self)
        self.restore_file_button = QPushButton(self.tr("Restore from a file…"), self)
        self.now_button.clicked.connect(lambda: self.back_up(None))
        self.to_button.clicked.connect(self.back_up_to)
        self.check_button.clicked.connect(self.check_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.buttons = (
            self.now_button,
            self.to_button,
            self.check_button,
            self.restore_button,
            self.restore_file_button,
        )
        row = QHBoxLayout()
        for b in self.buttons:
            b.setAutoDefault(False)
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_note)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)

    @property
    def service(self) -> Any:
        return self.desk.services.backups

    @property
    def on_server(self) -> bool:
        return not self.desk.services.db.is_sqlite

    def refresh(self) -> None:
        if self.on_server:
            self.folder_note.setText(
                self.tr(
                    "This register is on a PostgreSQL server: it is backed up on the server with "
                    "pg_dump (daily, kept 14 days) and restored with pg_restore — see "
                    "docs/security.md, 'Backups and restore'."
                )
            )
            self.model.set_records([])
            self._follow()
            return
        folder = self.service.backup_dir
        self.folder_note.setText(
            self.tr(
                "Backups folder: {folder}\nAutomatic: one copy a day while the window is open "
                "(and by 'talash backup --auto' from the scheduler), the newest {kept} kept. "
                "Copies of an encrypted register are encrypted, with the key file beside them. "
                "Keep a copy off this computer too (Back up to… a USB drive), and test a restore "
                "monthly (Check the selected)."
            ).format(folder=folder, kept=KEEP_AUTOMATIC)
        )
        try:
            backups = self.service.backups(self.desk.actor)
        except UserError as exc:
            self.model.set_records([])
            self.error.setText(translated(exc.message))
            self._follow()
            return
        self.model.set_records(sorted(backups, key=_made, reverse=True))
        self._follow()

    def selected(self) -> BackupInfo | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        info = self.model.payload(index.row())
        return info if isinstance(info, BackupInfo) else None

    def busy(self) -> bool:
        return self.task is not None and not self.task.finished

    def _follow(self) -> None:
        allowed = self.desk.can(Capability.MANAGE_BACKUPS) and not self.on_server
        free = not self.busy()
        chosen = self.selected() is not None
        self.now_button.setEnabled(allowed and free)
        self.to_button.setEnabled(allowed and free)
        self.restore_file_button.setEnabled(allowed and free)
        self.check_button.setEnabled(allowed and free and chosen)
        self.restore_button.setEnabled(allowed and free and chosen)

    def _run(self, what: str, fn: Any, done: Any) -> None:
        self.error.clear()
        self.status.setText(what)

        def finished(result: Any) -> None:
            self._follow()
            done(result)

        def failed(exc: BaseException) -> None:
            self.status.clear()
            self._follow()
            if isinstance(exc, UserError):
                self.error.setText(translated(exc.message))
                messages.show_refusal(self, exc, self.tr("Not done"))
                return
            import sys

            sys.excepthook(type(exc), exc, exc.__traceback__)

        self.task = run_in_background(fn, finished, failed)
        self._follow()

    # -- copies ------------------------------------------------------------------------------

    def back_up(self, dest: Path | None) -> None:
        actor = self.desk.actor
        self._run(
            self.tr("Making a copy of the register…"),
            lambda: self.service.backup(actor, dest),
            self._backed_up,
        )

    def back_up_to(self) -> None:
        stamp = self.desk.now().astimezone(self.desk.zone).strftime("%Y-%m-%d-%H%M")
        suggested = str(Path.home() / f"talash-{self.desk.station.code}-{stamp}.sqlite")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up to"), suggested, backup_filter()
        )
        if name:
            path = Path(name)
            self.back_up(path if path.suffix else path.with_suffix(".sqlite"))

    def _backed_up(self, info: BackupInfo) -> None:
        written = (
            self.tr("Backup written: {file} ({size}, encrypted).")
            if info.encrypted
            else self.tr("Backup written: {file} ({size}, not encrypted).")
        )
        self.status.setText(written.format(file=info.path, size=size_text(info.size)))
        self.refresh()

    def check_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        actor = self.desk.actor
        self._run(
            self.tr("Checking {file}…").format(file=info.path.name),
            lambda: self.service.check(actor, info.path),
            self._checked,
        )

    def _checked(self, check: BackupCheck) -> None:
        text = check_text(check)
        if check.ok:
            self.status.setText(text)
        else:
            self.status.clear()
            self.error.setText(text)

    # -- restoring ---------------------------------------------------------------------------

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore(info.path)

    def restore_from_file(self) -> None:
        start = "" if self.on_server else str(self.service.backup_dir)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), start, backup_filter()
        )
        if name:
            self.restore(Path(name))

    def restore(self, source: Path) -> None:
        """Check first; then ask, listing how the accounts would change (those the station head
        alone accepts); then restore."""
        actor = self.desk.actor
        self._run(
            self.tr("Checking {file}… (this can take a minute)").format(file=source.name),
            lambda: self.service.check(actor, source),
            lambda check: self._confirm_restore(source, check),
        )

    def _confirm_restore(self, source: Path, check: BackupCheck) -> None:
        if not check.ok:
            self._checked(check)
            return
        changes = account_changes_text(check)
        if changes and self.desk.actor.role is not Role.SHO:
            self.status.clear()
            self.error.setText(
                self.tr("{file} would change accounts; only the station head restores it.").format(
                    file=source.name
                )
                + changes
            )
            return
        if not messages.confirm(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the register with the backup {file}?\n\nThe present register is kept "
                "in the backups folder. Work saved after the backup was made must be entered "
                "again. Everyone at this desk is logged off and logs on to the restored "
                "register; close Talash on other desks first."
            ).format(file=source.name)
            + changes,
        ):
            return
        actor = self.desk.actor
        self._run(
            self.tr("Restoring {file}… (this can take a minute)").format(file=source.name),
            lambda: self.service.restore(actor, source, accept_account_changes=bool(changes)),
            self._restored,
        )

    def _restored(self, outcome: RestoreOutcome) -> None:
        kept = (
            "\n"
            + self.tr("The register it replaced is kept as {file}.").format(
                file=outcome.replaced_copy.name
            )
            if outcome.replaced_copy
            else ""
        )
        self.status.setText(
            self.tr("Restored from {file}.").format(file=outcome.restored_from.name)
        )
        messages.inform(
            self,
            self.tr("Backup restored"),
            self.tr(
                "The register is restored from {file}.{kept}\n\nTalash now opens the restored "
                "register; log on again."
            ).format(file=outcome.restored_from.name, kept=kept),
        )
        self.restored.emit()
