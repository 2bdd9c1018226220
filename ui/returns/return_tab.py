"""The station's return: choose the period, look at R1–R8, write the files, send the package.

The figures are computed by the returns service off the window's thread (a progress dialog can
stop them). The signed package is made only by the station head, with the station's key unlocked
for that one export; the files written beside it are the same document with the package's
fingerprint, for the head to sign on paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.dto.returns import Period, ReturnDocument
from models.errors import UserError
from models.permissions import Capability, require
from models.services.returns import PackageResult
from ui import messages
from ui.desk import Desk
from ui.i18n import translated
from ui.returns.document_view import ReturnDocumentView
from ui.returns.files_bar import FilesBar, choose_folder, write_files
from ui.returns.keys import KeysBox, ask_passphrase, key_store, private_key_here
from ui.returns.period_chooser import PeriodChooser
from ui.tasks import Cancelled, Progress, default_error, run_with_progress
from ui.widgets.dialogs import error_label


@dataclass(frozen=True)
class Export:
    """What one export of the package produced."""

    package: PackageResult
    files: list[Path]
    folder: Path


class ReturnTab(QWidget):
    package_made = Signal()

    def __init__(self, desk: Desk, keys: KeysBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.keys = keys
        self.shown_once = False
        self.last_export: Export | None = None
        svc = desk.services
        self.chooser = PeriodChooser(svc.returns.today(), self)
        self.show_button = QPushButton(self.tr("Show the return"), self)
        self.show_button.setProperty("role", "primary")
        self.show_button.setAutoDefault(False)
        self.show_button.clicked.connect(self.show_return)
        self.publish = QCheckBox(self.tr("For publication"), self)
        self.publish.setToolTip(
            self.tr(
                "Small counts hidden: counts from 1 to 4 are shown as <5 (the station's "
                "threshold), and the counts that would give them away from the totals as x, as in "
                "anything published; HQ receives the exact figures."
            )
        )
        self.annex = QCheckBox(self.tr("Annex of untraced children"), self)
        self.annex.setToolTip(self.tr("The station head's own copy of what HQ receives."))
        self.names = QCheckBox(self.tr("with names"), self)
        self.names.setToolTip(
            self.tr(
                "Names of the untraced children in the annex and in the package: only when HQ "
                "asked."
            )
        )
        self.publish.toggled.connect(self._publish_toggled)
        self.annex.toggled.connect(self._annex_toggled)
        self.names.toggled.connect(lambda _on: self._options_changed(reshow=self.annex.isChecked()))
        self.error = error_label(self)
        self.error.hide()
        self.view = ReturnDocumentView(desk.lang, desk.zone, self)
        self.files = FilesBar(desk.zone, self)
        self.package_button = QPushButton(self.tr("Sign and export for HQ…"), self)
        self.package_button.setAutoDefault(False)
        self.package_button.setToolTip(
            self.tr(
                "The station head signs the period's return with the station's key and seals it "
                "to HQ's key; the XLSX, CSV and PDF are written beside it."
            )
        )
        self.package_button.clicked.connect(self.export_package)
        self.package_status = QLabel(self)
        self.package_status.setObjectName("package-status")
        self.package_status.setWordWrap(True)
        self.package_status.hide()

        choose_row = QHBoxLayout()
        choose_row.addWidget(QLabel(self.tr("Period"), self))
        choose_row.addWidget(self.chooser)
        choose_row.addWidget(self.show_button)
        choose_row.addStretch(1)
        choose_row.addWidget(self.package_button)
        options_row = QHBoxLayout()
        options_row.addWidget(self.publish)
        options_row.addWidget(self.annex)
        options_row.addWidget(self.names)
        options_row.addStretch(1)
        options_row.addWidget(self.files.write_button)
        options_row.addWidget(self.files.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(choose_row)
        layout.addLayout(options_row)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.package_status)
        layout.addWidget(self.files.status)
        self._options_changed()
        self.view.show_document(None, self.tr("Choose a period and press Show the return."))

    # -- options ------------------------------------------------------------------------------

    def _publish_toggled(self, on: bool) -> None:
        if on and self.annex.isChecked():
            self.annex.setChecked(False)  # the annex lists children: never published
        self._options_changed(reshow=True)

    def _annex_toggled(self, on: bool) -> None:
        if on and self.publish.isChecked():
            self.publish.setChecked(False)
        self._options_changed(reshow=True)

    def _options_changed(self, *, reshow: bool = False) -> None:
        self.names.setEnabled(not self.publish.isChecked())
        if reshow and self.view.document is not None:
            self.show_return()

    def refresh(self) -> None:
        """On the first visit, show last week's return at once."""
        if not self.shown_once:
            self.shown_once = True
            self.show_return()

    # -- the preview --------------------------------------------------------------------------

    def period(self) -> Period | None:
        try:
            period = self.desk.services.returns.parse_period(self.chooser.text())
        except UserError as exc:
            self._say_error(messages.explain(exc))
            return None
        self._say_error("")
        return period

    def _say_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def show_return(self) -> None:
        period = self.period()
        if period is None:
            return
        desk = self.desk
        publish, annex = self.publish.isChecked(), self.annex.isChecked()
        names = annex and self.names.isChecked()

        def work(progress: Progress, cancelled: Cancelled) -> ReturnDocument:
            return desk.services.returns.preview(
                desk.actor,
                period,
                publish=publish,
                annex=annex,
                include_names=names,
                progress=lambda done, total, _what: progress(done, total),
                cancel=cancelled,
            )

        def done(doc: ReturnDocument) -> None:
            self.view.show_document(doc)
            self.files.set_document(doc)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, UserError):
                self._say_error(messages.explain(exc))  # beside the period, in plain words
            else:
                default_error(self)(exc)

        run_with_progress(
            self,
            self.tr("Return"),
            self.tr("Counting {period}…").format(period=translated(period.describe())),
            work,
            done,
            failed,
        )

    # -- the package --------------------------------------------------------------------------

    def _keys_ready(self) -> bool:
        """The station key here and HQ's key installed; otherwise say what to do (and offer it)."""
        desk = self.desk
        if desk.keys_dir is None:
            messages.inform(
                self,
                self.tr("Keys folder not known"),
                self.tr(
                    "This window was started without the data folder's keys directory; export "
                    "the return with 'talash return export' instead."
                ),
            )
            return False
        self.keys.refresh()
        if self.keys.own is None:
            if not desk.can(Capability.MANAGE_KEYS):
                messages.inform(
                    self,
                    self.tr("No station key yet"),
                    self.tr(
                        "This station has no signing key yet. The station head or the "
                        "administrator makes it (Returns → Keys → Create the station key), hands "
                        "its public key to HQ and installs HQ's key."
                    ),
                )
                return False
            if not messages.confirm(
                self,
                self.tr("No station key yet"),
                self.tr(
                    "This station has no signing key yet; a return cannot be signed without "
                    "it.\n\nThe steps: create the station key (now), save its public key for HQ "
                    "and read its fingerprint to HQ by telephone, install the key file HQ "
                    "sends.\n\nCreate the station key now?"
                ),
            ):
                return False
            if self.keys.create_key() is None:
                return False
        if not private_key_here(desk, hq=False):
            messages.inform(
                self,
                self.tr("The station key is on another computer"),
                self.tr(
                    "The station's signing key was made on another computer (its private half "
                    "stays where it was made). Export the return there, or make a new key here "
                    "(Returns → Keys); HQ must then trust the new key."
                ),
            )
            return False
        if self.keys.other is None:
            if not desk.can(Capability.MANAGE_KEYS) or not messages.confirm(
                self,
                self.tr("HQ's key is not installed"),
                self.tr(
                    "Returns are sealed to HQ's key, and it is not installed yet. Install the "
                    "public key file HQ sent now?"
                ),
            ):
                return False
            if self.keys.install_hq_key() is None:
                return False
        return True

    def export_package(self, folder: Path | None = None) -> None:
        period = self.period()
        if period is None:
            return
        desk = self.desk
        try:
            require(desk.actor, Capability.EXPORT_RETURN)  # the service's own rule and words
        except UserError as exc:
            messages.show_refusal(self, exc, self.tr("The return cannot be exported"))
            return
        if not self._keys_ready():
            return
        folder = folder or choose_folder(
            self, self.tr("Folder for the package and its files"), self.files.folder
        )
        if folder is None:
            return
        names = self.names.isChecked()
        if not messages.confirm(
            self,
            self.tr("Sign and export"),
            (
                self.tr(
                    "Sign and export the return for {period}?\n\n"
                    "The annex will carry the untraced children's NAMES (only if HQ asked).\n"
                    "The package and its XLSX, CSV and PDF go to {folder}."
                )
                if names
                else self.tr(
                    "Sign and export the return for {period}?\n\n"
                    "The annex lists the untraced children without names.\n"
                    "The package and its XLSX, CSV and PDF go to {folder}."
                )
            ).format(period=translated(period.describe()), folder=folder),
        ):
            return
        passphrase = ask_passphrase(self, self.tr("the station's signing key"))
        if passphrase is None:
            return
        store = key_store(desk)

        def work(progress: Progress, cancelled: Cancelled) -> Export:
            signer = store.station_signer(passphrase)
            result = desk.services.returns.export_package(
                desk.actor,
                period,
                folder,
                signer,
                include_names=names,
                progress=lambda done, total, _what: progress(done, total),
                cancel=cancelled,
            )
            return Export(result, write_files(result.document, folder, desk.zone), folder)

        def done(export: Export) -> None:
            self.last_export = export
            result = export.package
            self.view.show_document(result.document)
            self.files.set_document(result.document)
            self.files.written_to(export.folder, export.files)
            self.files.say(
                self.tr("Written beside it: {files}").format(
                    files=", ".join(p.name for p in export.files)
                )
            )
            self.package_status.setText(
                self.tr(
                    "Package {seq} for {period} is ready: {file} in {folder}. SHA-256 {sha}. "
                    "Send the file to HQ (e-mail or USB); sign the PDF for the file copy."
                ).format(
                    seq=result.seq,
                    period=translated(period.describe()),
                    file=result.path.name,
                    folder=export.folder,
                    sha=result.sha256,
                )
            )
            self.package_status.show()
            self.package_made.emit()

        run_with_progress(
            self,
            self.tr("Package for HQ"),
            self.tr("Signing the return for {period}…").format(
                period=translated(period.describe())
            ),
            work,
            done,
        )
