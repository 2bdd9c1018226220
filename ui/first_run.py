"""The first start on a computer with no register: set up this station, or open the demo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.dto.accounts import NewUser, StationInput
from models.enums import Role
from models.errors import UserError, ValidationFailed
from models.field_labels import field_label
from ui.i18n import translated
from ui.widgets.dialogs import error_label
from ui.widgets.fields import ChoiceCombo

SetUp = Callable[[StationInput, NewUser, str], None]


class FirstRunDialog(QDialog):
    """``choice`` is "station" once set up, or "demo" when the demo station was chosen."""

    def __init__(self, set_up: SetUp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_up = set_up
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Talash — first start"))
        self.setMinimumWidth(640)
        self.pages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        welcome = QWidget(self)
        w = QVBoxLayout(welcome)
        title = QLabel(self.tr("Welcome to Talash"), welcome)
        title.setProperty("role", "page-title")
        text = QLabel(
            self.tr(
                "There is no register on this computer yet. Set up this police station's "
                "register, or look around the demo station first (a separate register filled with "
                "invented cases; nothing in it is real)."
            ),
            welcome,
        )
        text.setWordWrap(True)
        self.station_button = QPushButton(self.tr("Set up this station"), welcome)
        self.station_button.setProperty("role", "primary")
        self.demo_button = QPushButton(self.tr("Open the demo station"), welcome)
        self.station_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        self.demo_button.clicked.connect(self._choose_demo)
        w.addWidget(title)
        w.addWidget(text)
        w.addSpacing(12)
        w.addWidget(self.station_button)
        w.addWidget(self.demo_button)
        w.addStretch(1)
        self.pages.addWidget(welcome)

        setup = QWidget(self)
        s = QVBoxLayout(setup)
        heading = QLabel(self.tr("Set up this station"), setup)
        heading.setProperty("role", "page-title")
        s.addWidget(heading)
        # Two columns, station and station head, so the form fits a 1366×768 screen.
        columns = QHBoxLayout()
        form = QFormLayout()
        self.code = QLineEdit(setup)
        self.code.setPlaceholderText(self.tr("e.g. MH-MUM-DHR"))
        self.name = QLineEdit(setup)
        self.name.setPlaceholderText(self.tr("e.g. Dharavi Police Station"))
        self.name_local = QLineEdit(setup)
        self.name_local.setPlaceholderText(self.tr("e.g. धारावी पोलीस ठाणे"))
        self.district = QLineEdit(setup)
        self.state = QLineEdit("Maharashtra", setup)
        self.zone = QLineEdit(setup)
        self.phone = QLineEdit(setup)
        self.language = ChoiceCombo(
            [("mr", self.tr("Marathi")), ("hi", self.tr("Hindi"))], blank=None, parent=setup
        )
        self.language.set_raw("mr")
        form.addRow(QLabel(self.tr("<b>The station</b>"), setup))
        form.addRow(self.tr("Station code"), self.code)
        form.addRow(self.tr("Station name"), self.name)
        form.addRow(self.tr("Name in Marathi / Hindi"), self.name_local)
        form.addRow(self.tr("District"), self.district)
        form.addRow(self.tr("State"), self.state)
        form.addRow(self.tr("Zone"), self.zone)
        form.addRow(self.tr("Station phone"), self.phone)
        form.addRow(self.tr("Language of printouts"), self.language)
        head_form = QFormLayout()
        head_form.addRow(QLabel(self.tr("<b>The station head's account</b>"), setup))
        self.username = QLineEdit(setup)
        self.username.setPlaceholderText(self.tr("e.g. pi.shinde"))
        self.full_name = QLineEdit(setup)
        self.rank = QLineEdit("Police Inspector", setup)
        self.buckle = QLineEdit(setup)
        self.password = QLineEdit(setup)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(setup)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        head_form.addRow(self.tr("Username"), self.username)
        head_form.addRow(self.tr("Full name"), self.full_name)
        head_form.addRow(self.tr("Rank"), self.rank)
        head_form.addRow(self.tr("Buckle number"), self.buckle)
        head_form.addRow(self.tr("Password (12 or more characters)"), self.password)
        head_form.addRow(self.tr("Password again"), self.repeat)
        for field in (self.code, self.name, self.name_local, self.username, self.full_name):
            field.setMinimumWidth(240)
        columns.addLayout(form, 1)
        columns.addSpacing(24)
        columns.addLayout(head_form, 1)
        s.addLayout(columns)
        self.error = error_label(setup)
        s.addWidget(self.error)
        buttons = QDialogButtonBox(setup)
        buttons.addButton(self.tr("Set up"), QDialogButtonBox.ButtonRole.AcceptRole)
        back = buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._set_up)
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        s.addWidget(buttons)
        self.pages.addWidget(setup)
        self.pages.currentChanged.connect(self._fit)
        self._fit(0)

    def _fit(self, current: int) -> None:
        """Size the dialog to the page shown (the welcome is short, the set-up form long)."""
        for index in range(self.pages.count()):
            policy = (
                QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            )
            page = self.pages.widget(index)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.setMinimumWidth(640 if current == 0 else 1000)
        self.adjustSize()

    def _choose_demo(self) -> None:
        self.choice = "demo"
        self.accept()

    def _set_up(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords are not the same."))
            return
        station = StationInput(
            code=self.code.text(),
            name=self.name.text(),
            name_local=self.name_local.text() or None,
            district=self.district.text(),
            state=self.state.text(),
            zone=self.zone.text() or None,
            phone=self.phone.text() or None,
            language=self.language.raw() or "mr",
        )
        head = NewUser(
            username=self.username.text(),
            full_name=self.full_name.text(),
            rank=self.rank.text(),
            role=Role.SHO,
            buckle_no=self.buckle.text() or None,
        )
        try:
            self.set_up(station, head, self.password.text())
        except ValidationFailed as exc:
            self.error.setText(
                "\n".join(
                    f"{translated(field_label(p.field, loose=True))}: {translated(p.message)}"
                    for p in exc.problems
                )
            )
            return
        except UserError as exc:
            self.error.setText(translated(exc.message))
            return
        self.choice = "station"
        self.accept()
