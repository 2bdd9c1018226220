"""Administration: one's own password, and the tabs the logged-on role may use — Users,
Requests, Backups, Audit, Encryption, Retention (ui/admin/). Every action goes through the
services, which enforce the roles; a tab a role cannot use is not shown, as a courtesy."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.enums import Role
from models.permissions import Capability
from ui import messages
from ui.admin.audit_tab import AuditTab
from ui.admin.backups_tab import BackupsTab
from ui.admin.break_glass import BreakGlassIndicator
from ui.admin.encryption_tab import EncryptionTab
from ui.admin.requests_tab import RequestsTab
from ui.admin.retention_tab import RetentionTab
from ui.admin.users_tab import UsersTab
from ui.desk import Desk
from ui.login_dialog import ChangePasswordDialog


class AdminPage(QWidget):
    register_replaced = Signal()  # a backup was restored over the register: open it again

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        title = QLabel(self.tr("Administration"), self)
        title.setProperty("role", "page-title")
        self.who = QLabel(self)
        self.own_button = QPushButton(self.tr("Change my password…"), self)
        self.own_button.setAutoDefault(False)
        self.own_button.clicked.connect(self.change_own_password)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.who)
        top.addWidget(self.own_button)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("admin-tabs")
        self.users: UsersTab | None = None
        self.requests: RequestsTab | None = None
        self.backups: BackupsTab | None = None
        self.audit: AuditTab | None = None
        self.encryption: EncryptionTab | None = None
        self.retention: RetentionTab | None = None
        self.tab_keys: list[str] = []  # the tabs' English titles, whatever the language shown
        role = desk.actor.role
        if desk.can(Capability.MANAGE_USERS):
            self.users = UsersTab(desk, self)
            self._add_tab(self.users, QT_TRANSLATE_NOOP("AdminPage", "Users"))
        if role in (Role.SHO, Role.ADMIN):
            self.requests = RequestsTab(desk, self)
            self._add_tab(self.requests, QT_TRANSLATE_NOOP("AdminPage", "Requests"))
        if desk.can(Capability.MANAGE_BACKUPS):
            self.backups = BackupsTab(desk, self)
            self.backups.restored.connect(self.register_replaced)
            self._add_tab(self.backups, QT_TRANSLATE_NOOP("AdminPage", "Backups"))
        if (
            desk.can(Capability.VERIFY_AUDIT)
            or desk.can(Capability.VIEW_AUDIT)
            or desk.can(Capability.VIEW_OWN_AUDIT)
        ):
            self.audit = AuditTab(desk, self)
            self._add_tab(self.audit, QT_TRANSLATE_NOOP("AdminPage", "Audit"))
        if desk.can(Capability.MANAGE_KEYS):
            self.encryption = EncryptionTab(desk, self)
            self._add_tab(self.encryption, QT_TRANSLATE_NOOP("AdminPage", "Encryption"))
        if desk.can(Capability.REQUEST_DESTRUCTION) or desk.can(Capability.APPROVE_DESTRUCTION):
            self.retention = RetentionTab(desk, self)
            self._add_tab(self.retention, QT_TRANSLATE_NOOP("AdminPage", "Retention"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh_tab())
        self.tabs.setVisible(self.tabs.count() > 0)
        self.break_glass: BreakGlassIndicator | None = None
        if role is Role.ADMIN:
            self.break_glass = BreakGlassIndicator(desk, self.window())
            if self.requests is not None:
                self.requests.break_glass_started.connect(self.break_glass.show_state)
                self.requests.end_button.clicked.connect(self.break_glass.end_now)
                self.break_glass.changed.connect(lambda _on: self.refresh_tab())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        if self.tabs.count() == 0:
            layout.addStretch(1)

    def _add_tab(self, tab: QWidget, key: object) -> None:
        self.tab_keys.append(str(key))
        self.tabs.addTab(tab, self.tr(str(key)))

    def tab_titles(self) -> list[str]:
        """The tabs shown, by their English titles (the same in every language)."""
        return list(self.tab_keys)

    def show_tab(self, title: str) -> None:
        """Open the tab with this English title."""
        if title not in self.tab_keys:
            raise KeyError(title)
        self.tabs.setCurrentIndex(self.tab_keys.index(title))
        self.refresh_tab()

    def refresh(self) -> None:
        actor = self.desk.actor
        self.who.setText(f"{actor.full_name} ({actor.username})")
        if self.tabs.count() == 0:
            self.note.setText(
                self.tr(
                    "Your role has no administration screens. Here you can change your own "
                    "password."
                )
            )
        else:
            self.note.clear()
            self.note.setVisible(False)
        self.refresh_tab()

    def refresh_tab(self) -> None:
        refresh = getattr(self.tabs.currentWidget(), "refresh", None)
        if refresh is not None:
            refresh()

    def change_own_password(self) -> None:
        dialog = ChangePasswordDialog(self.desk.services.accounts, self.desk.actor, self)
        if dialog.exec() and dialog.actor is not None:
            self.desk.actor = dialog.actor
            messages.inform(self, self.tr("Password changed"), self.tr("Your password is changed."))
