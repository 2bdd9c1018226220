"""Administration → Encryption: whether the register is encrypted at rest, with which key (its
fingerprint, never the key), changing the passphrase that protects the key, and where the
recovery path is written down. Encrypting a plain register is done with ``talash db encrypt``
at a quiet moment (it rewrites the whole file)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import UserError
from models.services.register_keys import EncryptionStatus
from ui import messages
from ui.admin.common import password_line, show_problems
from ui.desk import Desk
from ui.i18n import translated
from ui.widgets.dialogs import error_label


def status_text(status: EncryptionStatus) -> str:
    if status.on_server:
        return QCoreApplication.translate(
            "EncryptionTab",
            "The register is on a PostgreSQL server ({register}). Talash does not encrypt the "
            "server's files: keep its data directory on an encrypted disk and connect with TLS "
            "(docs/security.md, 'Encryption at rest').",
        ).format(register=status.register)
    if not status.encrypted:
        return QCoreApplication.translate(
            "EncryptionTab",
            "The register {register} is NOT encrypted: anyone who copies the file can read "
            "every case. Encrypt it at a quiet moment, with nobody else working, from a "
            "terminal: 'talash db encrypt' (station head or administrator). The recovery key it "
            "shows once must be written down and kept at the district office.",
        ).format(register=status.register)
    return QCoreApplication.translate(
        "EncryptionTab",
        "The register {register} is encrypted at rest (SQLCipher, AES-256). Key fingerprint "
        "{key}. The key is kept in {file}, locked by the station head's passphrase; backups are "
        "encrypted with the same key, and unsaved forms (drafts) are sealed with a key derived "
        "from it.",
    ).format(register=status.register, key=status.key_id, file=status.key_file)


class EncryptionTab(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.status = QLabel(self)
        self.status.setObjectName("encryption-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.change_box = QGroupBox(self.tr("Change the passphrase"), self)
        box = QVBoxLayout(self.change_box)
        form = QFormLayout()
        self.present = password_line(self.change_box, "present-passphrase")
        self.new = password_line(self.change_box, "new-passphrase")
        self.repeat = password_line(self.change_box, "new-passphrase-again")
        for edit in (self.present, self.new, self.repeat):
            edit.setMaximumWidth(420)
        form.addRow(self.tr("Present passphrase"), self.present)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow(self.tr("New passphrase again"), self.repeat)
        box.addLayout(form)
        hint = QLabel(
            self.tr(
                "At least 12 characters; a few unrelated words are easy to type and hard to "
                "guess. The key and the register stay the same, and so does the recovery key. "
                "The new passphrase is asked the next time Talash starts."
            ),
            self.change_box,
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        box.addWidget(hint)
        self.error = error_label(self.change_box, "passphrase-error")
        box.addWidget(self.error)
        self.change_button = QPushButton(self.tr("Change the passphrase"), self.change_box)
        self.change_button.setAutoDefault(False)
        self.change_button.clicked.connect(self.change_passphrase)
        row = QHBoxLayout()
        row.addWidget(self.change_button)
        row.addStretch(1)
        box.addLayout(row)

        recovery = QGroupBox(self.tr("If the passphrase is forgotten or the key file lost"), self)
        recovery_layout = QVBoxLayout(recovery)
        self.recovery = QLabel(recovery)
        self.recovery.setObjectName("recovery-path")
        self.recovery.setWordWrap(True)
        self.recovery.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        recovery_layout.addWidget(self.recovery)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.change_box)
        layout.addWidget(recovery)
        layout.addStretch(1)

    def refresh(self) -> None:
        try:
            status = self.desk.services.register_keys.status(self.desk.actor)
        except UserError as exc:
            self.status.setText(translated(exc.message))
            self.change_box.setVisible(False)
            self.recovery.clear()
            return
        self.status.setText(status_text(status))
        self.change_box.setVisible(status.encrypted)
        self.recovery.setText(
            self.tr(
                "The recovery key (14 groups of four letters and digits, shown once when the "
                "register was encrypted and kept sealed at the district office) makes a new key "
                "file with a new passphrase: 'talash db recover-key'. Without the passphrase and "
                "the recovery key nobody can read the register or its backups. The steps are in "
                "{document} and in the user guide (Administration)."
            ).format(document=status.recovery_doc)
        )

    def change_passphrase(self) -> None:
        fields: dict[str, QWidget] = {
            "passphrase": self.present,
            "new_passphrase": self.new,
            "new_passphrase_again": self.repeat,
        }
        if self.new.text() != self.repeat.text():
            show_problems(
                UserError(self.tr("The two new passphrases are not the same.")), fields, self.error
            )
            self.repeat.setFocus()
            return
        try:
            self.desk.services.register_keys.change_passphrase(
                self.desk.actor, self.present.text(), self.new.text()
            )
        except UserError as exc:
            show_problems(exc, fields, self.error)
            return
        for edit in (self.present, self.new, self.repeat):
            edit.clear()
        show_problems(UserError(""), fields, self.error)
        messages.inform(
            self,
            self.tr("Passphrase changed"),
            self.tr(
                "The passphrase is changed. Talash asks for the new one the next time it starts."
            ),
        )
