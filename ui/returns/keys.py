"""The keys of the exchange, in the window: passphrase prompts and the keys box.

At a station: the station's signing key (made here, its public half handed to HQ) and HQ's
public key (installed from the file HQ sent). At HQ: HQ's sealing key (its public half sent to
every station) and the stations' public keys (trusted one by one). The private halves stay in
the data folder of the desk that made them, locked by a passphrase that is never stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.atomic_file import atomic_write
from models.errors import UserError
from models.limits import MAX_SMALL_FILE_BYTES, read_limited
from models.packages.keys import (
    HQ_KEY_FILE,
    MIN_PASSPHRASE,
    STATION_KEY_FILE,
    KeyProblem,
    KeyStore,
    PublicKeyInfo,
)
from models.permissions import Capability
from ui import messages
from ui.desk import Desk
from ui.i18n import translated
from ui.widgets.dialogs import dialog_footer

PUBLIC_KEY_FILTER = QT_TRANSLATE_NOOP("ReturnKeys", "Talash public key (*.json);;All files (*)")
STATION_STEPS = QT_TRANSLATE_NOOP(
    "ReturnKeys",
    "Once, before the first return: (1) create the station key, choosing its passphrase; "
    "(2) save its public key for HQ, send the file, and read its fingerprint to HQ by "
    "telephone; (3) install the key file HQ sends. Each week after that, 'Sign and export for "
    "HQ' on the Return tab makes the package.",
)
HQ_STEPS = QT_TRANSLATE_NOOP(
    "ReturnKeys",
    "Once: (1) create HQ's key, choosing its passphrase; (2) save its public key and send it to "
    "every station; (3) trust each station's public key file after reading its fingerprint back "
    "by telephone. Returns are then imported on the Import returns page.",
)


def _tr(text: object) -> str:
    return QCoreApplication.translate("ReturnKeys", str(text))


def key_store(desk: Desk) -> KeyStore:
    """The data folder's keys; refused in plain words when this window was not told where."""
    if desk.keys_dir is None:
        raise KeyProblem(
            QCoreApplication.translate(
                "ReturnKeys", "This window does not know the data folder's keys directory."
            )
        )
    return KeyStore(desk.keys_dir)


def private_key_here(desk: Desk, *, hq: bool) -> bool:
    if desk.keys_dir is None:
        return False
    return KeyStore(desk.keys_dir).exists(HQ_KEY_FILE if hq else STATION_KEY_FILE)


def ask_passphrase(parent: QWidget | None, what: str) -> str | None:
    """The passphrase of an existing key; None if the person cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ReturnKeys", "Key passphrase"),
        QCoreApplication.translate("ReturnKeys", "Type the passphrase of {key}:").format(key=what),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


class NewPassphraseDialog(QDialog):
    """A new key's passphrase, typed twice; it cannot be recovered, so it is said so."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase for {key}").format(key=what))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose a passphrase of at least {count} characters for {key}. It is asked each "
                "time a return is signed or opened, and it cannot be recovered: keep it where "
                "the station head can find it."
            ).format(count=MIN_PASSPHRASE, key=what),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Again"), self.second)
        layout.addLayout(form)
        self.error = dialog_footer(self, layout).error

    def accept(self) -> None:
        if len(self.first.text()) < MIN_PASSPHRASE:
            self.error.setText(
                self.tr("The passphrase needs at least {count} characters.").format(
                    count=MIN_PASSPHRASE
                )
            )
            return
        if self.first.text() != self.second.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        super().accept()

    def passphrase(self) -> str:
        return self.first.text()


def choose_new_passphrase(parent: QWidget | None, what: str) -> str | None:
    dialog = NewPassphraseDialog(what, parent)
    return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _read_file(parent: QWidget | None, title: str) -> tuple[bytes, str] | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, "", _tr(PUBLIC_KEY_FILTER))
    if not name:
        return None
    try:
        return read_limited(name, MAX_SMALL_FILE_BYTES), Path(name).name
    except UserError as exc:
        messages.inform(parent, title, translated(exc.message))
        return None


class KeysBox(QGroupBox):
    """This database's key and the other side's, with what can be done about them."""

    keys_changed = Signal()

    def __init__(self, desk: Desk, *, hq: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Keys of the returns"), parent)
        self.desk = desk
        self.hq = hq
        self.own_label = QLabel(self)
        self.own_label.setObjectName("own-key")
        self.own_label.setWordWrap(True)
        self.other_label = QLabel(self)
        self.other_label.setObjectName("other-key")
        self.other_label.setWordWrap(True)
        self.create_button = QPushButton(
            self.tr("Create HQ's key…") if hq else self.tr("Create the station key…"), self
        )
        self.public_button = QPushButton(
            self.tr("Save HQ's public key for the stations…")
            if hq
            else self.tr("Save the public key for HQ…"),
            self,
        )
        self.other_button = QPushButton(
            self.tr("Trust a station's key file…") if hq else self.tr("Install HQ's key file…"),
            self,
        )
        self.create_button.clicked.connect(self.create_key)
        self.public_button.clicked.connect(self.save_public_key)
        self.other_button.clicked.connect(self.trust_station if hq else self.install_hq_key)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.public_button, self.other_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        steps = QLabel(_tr(HQ_STEPS if hq else STATION_STEPS), self)
        steps.setProperty("role", "hint")
        steps.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(steps)
        layout.addWidget(self.own_label)
        layout.addWidget(self.other_label)
        layout.addLayout(buttons)
        self.own: PublicKeyInfo | None = None
        self.other: PublicKeyInfo | None = None

    @property
    def what(self) -> str:
        return self.tr("HQ's sealing key") if self.hq else self.tr("the station's signing key")

    def refresh(self) -> None:
        self.own, self.other = self.desk.services.exchange_keys.keys_in_force()
        here = private_key_here(self.desk, hq=self.hq)
        if self.own is None:
            own = (
                self.tr("There is no HQ key yet.")
                if self.hq
                else self.tr("There is no station key yet.")
            )
        else:
            if self.desk.keys_dir is None:
                where = self.tr("this window was not told where the data folder's keys are")
            elif here:
                where = self.tr("kept on this computer")
            else:
                where = self.tr("made on another computer: sign or open returns there")
            own = (
                self.tr("HQ's key: fingerprint {fingerprint} ({where}).")
                if self.hq
                else self.tr("This station's key: fingerprint {fingerprint} ({where}).")
            ).format(fingerprint=self.own.fingerprint, where=where)
        self.own_label.setText(own)
        if self.hq:
            self.other_label.setText(
                self.tr(
                    "Stations are trusted one by one, from the public key file each station "
                    "sends; read its fingerprint back to the station by telephone first."
                )
            )
        elif self.other is None:
            self.other_label.setText(
                self.tr(
                    "HQ's key is not installed: returns are sealed to it. Install the file HQ sent."
                )
            )
        else:
            self.other_label.setText(
                self.tr("HQ's key: {name} ({code}), fingerprint {fingerprint}.").format(
                    name=self.other.unit_name,
                    code=self.other.unit_code,
                    fingerprint=self.other.fingerprint,
                )
            )
        manage = self.desk.can(Capability.MANAGE_KEYS)
        self.create_button.setEnabled(manage)
        self.public_button.setEnabled(manage and self.own is not None)
        self.other_button.setEnabled(manage)
        tip = (
            ""
            if manage
            else self.tr("Only the station head or the administrator manages the keys.")
        )
        for button in (self.create_button, self.public_button, self.other_button):
            button.setToolTip(tip)

    def create_key(self) -> PublicKeyInfo | None:
        replace = self.own is not None
        if replace and not messages.confirm(
            self,
            self.tr("Replace the key"),
            (
                self.tr(
                    "There is already {key}. A new key means every station must install HQ's "
                    "new public key before its next return. The old key file is kept, renamed. "
                    "Make a new key?"
                )
                if self.hq
                else self.tr(
                    "There is already {key}. A new key means HQ must trust the new key before "
                    "it accepts another return. The old key file is kept, renamed. Make a new key?"
                )
            ).format(key=self.what),
        ):
            return None
        passphrase = choose_new_passphrase(self, self.what)
        if passphrase is None:
            return None
        try:
            info = self.desk.services.exchange_keys.init_key(
                self.desk.actor, key_store(self.desk), passphrase, replace=replace
            )
        except UserError as exc:
            messages.show_refusal(self, exc, self.tr("The key was not made"))
            return None
        self.refresh()
        self.keys_changed.emit()
        messages.inform(
            self,
            self.tr("Key made"),
            (
                self.tr(
                    "HQ's sealing key is made. Fingerprint: {fingerprint}\n\n"
                    "Save its public key for the stations next."
                )
                if self.hq
                else self.tr(
                    "The station's signing key is made. Fingerprint: {fingerprint}\n\n"
                    "Save its public key for HQ next, and read the fingerprint to HQ by phone."
                )
            ).format(fingerprint=info.fingerprint),
        )
        return info

    def save_public_key(self) -> Path | None:
        try:
            info = self.desk.services.exchange_keys.own_public_key(self.desk.actor)
        except UserError as exc:
            messages.show_refusal(self, exc)
            return None
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the public key"),
            f"{info.unit_code}-public-key.json",
            _tr(PUBLIC_KEY_FILTER),
        )
        if not name:
            return None
        path = Path(name)
        try:
            atomic_write(path, info.to_file())
        except OSError as exc:
            messages.inform(
                self,
                self.tr("Not saved"),
                self.tr("{path} cannot be written: {problem}.").format(
                    path=path, problem=exc.strerror
                ),
            )
            return None
        messages.inform(
            self,
            self.tr("Public key saved"),
            self.tr(
                "Saved {path}.\nFingerprint: {fingerprint}\nIt holds no secret: send it by "
                "e-mail or on a USB stick, and read the fingerprint out by telephone."
            ).format(path=path, fingerprint=info.fingerprint),
        )
        return path

    def install_hq_key(self) -> PublicKeyInfo | None:
        chosen = _read_file(self, self.tr("HQ's public key file"))
        if chosen is None:
            return None
        data, name = chosen
        try:
            info = self.desk.services.exchange_keys.trust_hq(self.desk.actor, data, source=name)
        except UserError as exc:
            messages.show_refusal(self, exc, self.tr("HQ's key was not installed"))
            return None
        self.refresh()
        self.keys_changed.emit()
        messages.inform(
            self,
            self.tr("HQ's key installed"),
            self.tr(
                "HQ's key ({name}, {code}) is installed.\nFingerprint: {fingerprint} — check it "
                "with HQ by telephone."
            ).format(name=info.unit_name, code=info.unit_code, fingerprint=info.fingerprint),
        )
        return info

    def trust_station(self) -> object | None:
        chosen = _read_file(self, self.tr("A station's public key file"))
        if chosen is None:
            return None
        data, name = chosen
        try:
            trusted = self.desk.services.hq.trust_station(self.desk.actor, data, source=name)
        except UserError as exc:
            messages.show_refusal(self, exc, self.tr("The station was not trusted"))
            return None
        self.keys_changed.emit()
        messages.inform(
            self,
            self.tr("Station trusted"),
            self.tr("Trusted {code} ({name}).\nFingerprint: {fingerprint}").format(
                code=trusted.station_code,
                name=trusted.station_name,
                fingerprint=trusted.fingerprint,
            ),
        )
        return trusted
