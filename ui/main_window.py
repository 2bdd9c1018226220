"""The main window: navigation on the left, the page or open form on the right, the station,
the officer and the database in the status bar. It locks itself when left idle."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QColor, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.actor import Actor
from models.dto.cases import CaseDetail, CaseFilter
from models.errors import UserError
from models.idle import IdlePolicy
from models.permissions import Capability
from ui import messages
from ui.admin_page import AdminPage
from ui.case_form.form import CaseForm
from ui.case_form.quick_entry import QuickEntryForm
from ui.dashboard import DashboardView
from ui.desk import Desk
from ui.drafts import Draft
from ui.found.form import FoundForm
from ui.found.view import FoundListView
from ui.hq.consolidated_page import HqConsolidatedPage
from ui.hq.import_page import HqImportPage
from ui.hq.stations_page import HqStationsPage
from ui.i18n import LANGUAGES
from ui.idle_lock import IdleWatcher, LockScreen
from ui.labels import enum_label
from ui.overdue_view import OverdueView
from ui.printing import CASE_PAPERS, FOUND_PAPERS, Paper, show_bulk_sheet, show_printout
from ui.register.view import RegisterView
from ui.returns_page import ReturnsPage
from ui.widgets.record_form import RecordForm
from ui.widgets.status_line import StatusLine

# Titles are marked here and translated where they are shown ("MainWindow" context).
PAGES = (
    ("register", QT_TRANSLATE_NOOP("MainWindow", "Register"), "Ctrl+1"),
    ("new", QT_TRANSLATE_NOOP("MainWindow", "New report"), "Ctrl+N"),
    ("found", QT_TRANSLATE_NOOP("MainWindow", "Found persons"), "Ctrl+2"),
    ("overdue", QT_TRANSLATE_NOOP("MainWindow", "Overdue"), "Ctrl+3"),
    ("returns", QT_TRANSLATE_NOOP("MainWindow", "Returns"), "Ctrl+4"),
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), "Ctrl+5"),
    ("admin", QT_TRANSLATE_NOOP("MainWindow", "Administration"), "Ctrl+6"),
)
HQ_PAGES = (  # an HQ database holds the stations' returns, not cases
    ("hq-import", QT_TRANSLATE_NOOP("MainWindow", "Import returns"), "Ctrl+1"),
    ("hq-stations", QT_TRANSLATE_NOOP("MainWindow", "Stations"), "Ctrl+2"),
    ("hq-return", QT_TRANSLATE_NOOP("MainWindow", "Consolidated return"), "Ctrl+3"),
    ("admin", QT_TRANSLATE_NOOP("MainWindow", "Administration"), "Ctrl+6"),
)
FORM_ROLE = Qt.ItemDataRole.UserRole + 2
QUICK_REPORT_KEY = "Ctrl+R"


class DraftsDialog(QDialog):
    """Unsaved forms kept from last time (a crash, a power cut): restore them or let them go."""

    def __init__(self, drafts: list[Draft], zone: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unsaved work was kept"))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These forms were not saved when Talash last closed (perhaps the computer lost "
                "power). Tick the ones to open again (Space ticks), then check and save them. "
                "Unticked drafts are kept until you discard them."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setObjectName("draft-list")
        for draft in drafts:
            when = draft.saved_at.astimezone(zone).strftime("%d-%m-%Y %H:%M")  # type: ignore[arg-type]
            item = QListWidgetItem(
                self.tr("{title}    (kept {when})").format(title=draft.title, when=when), self.list
            )
            item.setData(Qt.ItemDataRole.UserRole, draft.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(self)
        self.restore = buttons.addButton(
            self.tr("Restore the ticked drafts"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard = buttons.addButton(
            self.tr("Delete the unticked drafts"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.later = buttons.addButton(
            self.tr("Keep them all for later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        # Enter restores the ticked drafts, Esc keeps them all; arrows and Space tick in the list.
        self.restore.setDefault(True)
        self.list.setCurrentRow(0)
        self.list.setFocus()
        self.discard_chosen = False
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.discard.clicked.connect(self._discard)
        layout.addWidget(buttons)

    def _discard(self) -> None:
        self.discard_chosen = True
        self.accept()

    def ticked(self) -> set[str]:
        return {
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        }


class _Pages(Mapping[str, QWidget]):
    """The window's pages by key, each built (and put in the stack) the first time it is asked
    for: building every page took a third of the window's first show."""

    def __init__(self, makers: dict[str, Callable[[], QWidget]], stack: QStackedWidget) -> None:
        self._makers = makers
        self._stack = stack
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        widget = self._built.get(key)
        if widget is None:
            widget = self._makers[key]()
            self._stack.addWidget(widget)
            self._built[key] = widget
        return widget

    def __contains__(self, key: object) -> bool:
        return key in self._makers  # without building it

    def __iter__(self) -> Iterator[str]:
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)

    def built(self) -> dict[str, QWidget]:
        return dict(self._built)


class MainWindow(QMainWindow):
    closing = Signal()
    register_replaced = Signal()  # a backup was restored over the register: open it again
    logged_out = Signal()
    language_chosen = Signal(str)  # "en", "mr" or "hi": the desk's settings keep it

    def __init__(
        self,
        desk: Desk,
        *,
        idle_policy: IdlePolicy | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        idle_check_ms: int = 5000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.forms: list[RecordForm] = []
        self._hidden_for_lock: list[QWidget] = []
        self.logging_out = False
        self.hq = desk.services.exchange_keys.is_hq_database()
        self.page_list = HQ_PAGES if self.hq else PAGES
        if self.hq:
            title = self.tr("Talash — HQ: {station}")
        else:
            title = self.tr("Talash — {station}")
        if desk.demo:
            title = self.tr("{title} (demo)").format(title=title)
        self.setWindowTitle(title.format(station=desk.station.name))
        self.resize(1366, 768)

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setMinimumWidth(190)
        self.nav.setMaximumWidth(300)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        for key, page_title, shortcut in self.page_list:
            shown = QCoreApplication.translate("MainWindow", str(page_title))
            item = QListWidgetItem(shown, self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(shortcut)
        self.forms_header = QListWidgetItem(self.tr("OPEN FORMS"), self.nav)
        self.forms_header.setFlags(Qt.ItemFlag.NoItemFlags)
        header_font = self.nav.font()
        header_font.setPointSize(max(header_font.pointSize() - 2, 8))
        header_font.setBold(True)
        self.forms_header.setFont(header_font)
        self.forms_header.setForeground(QColor("#90caf9"))
        self.forms_header.setHidden(True)
        self.nav.currentItemChanged.connect(self._on_nav)

        self.pages = QStackedWidget(self)
        self.register = RegisterView(desk, self)
        self.register.open_case.connect(self.open_case)
        makers: dict[str, Callable[[], QWidget]] = {
            "register": lambda: self.register,
            "found": self._make_found,
            "overdue": self._make_overdue,
            "returns": lambda: ReturnsPage(desk, self),
            "dashboard": self._make_dashboard,
            "admin": self._make_admin,
        }
        if self.hq:
            makers.update(
                {
                    "hq-import": self._make_hq_import,
                    "hq-stations": lambda: HqStationsPage(desk, self),
                    "hq-return": lambda: HqConsolidatedPage(desk, self),
                }
            )
        self.page_widgets = _Pages(makers, self.pages)
        self.page_widgets["register"]  # the page shown first: in the stack from the start

        self.splitter = QSplitter(self)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([210, 1150])
        self.lock_screen = LockScreen(desk.services.accounts, self)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.log_out.connect(self.log_out)
        self.top = QStackedWidget(self)
        self.top.addWidget(self.splitter)
        self.top.addWidget(self.lock_screen)
        self.setCentralWidget(self.top)

        self._make_actions()
        self._make_status_bar()
        self.watcher: IdleWatcher | None = None
        if idle_policy is not None:
            self.watcher = IdleWatcher(
                idle_policy, monotonic=monotonic, check_ms=idle_check_ms, parent=self
            )
            self.watcher.lock_due.connect(self.lock)
        self.nav.setCurrentRow(0)

    # -- menus and shortcuts ---------------------------------------------------------------------

    def _action(
        self, menu: QMenu, text: str, shortcut: str | None, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _make_actions(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(file, self.tr("&New report"), "Ctrl+N", self.new_case)
        self._action(
            file, self.tr("&Quick report (first minutes)"), QUICK_REPORT_KEY, self.quick_report
        )
        self._action(file, self.tr("New &found person"), "Ctrl+Shift+N", self.new_found)
        self.save_action = self._action(file, self.tr("&Save"), "Ctrl+S", self.save_current)
        self.print_action = self._action(file, self.tr("&Print…"), "Ctrl+P", self.print_current)
        self._action(file, self.tr("Print the missing persons &sheet…"), None, self.print_bulk)
        self._action(file, self.tr("&Close form"), "Ctrl+W", self.close_current_form)
        file.addSeparator()
        self._action(file, self.tr("&Lock now"), "Ctrl+L", self.lock)
        self._action(file, self.tr("Log &out"), None, self.log_out)
        self._action(file, self.tr("&Quit"), "Ctrl+Q", self.close)
        go = bar.addMenu(self.tr("&Go"))
        self._action(go, self.tr("&Search"), "Ctrl+F", self.focus_search)
        self._action(go, self.tr("&Refresh"), "F5", self.refresh_current)
        go.addSeparator()
        for key, title, shortcut in self.page_list:
            if key != "new":
                shown = QCoreApplication.translate("MainWindow", str(title))
                self._action(go, shown, shortcut, partial(self.show_page, key))
        view = bar.addMenu(self.tr("&View"))
        language = view.addMenu(self.tr("&Language of the window"))
        languages = QActionGroup(self)
        languages.setExclusive(True)
        # Each language by its own name: whoever reads only one of them finds it.
        for code, name in LANGUAGES.items():
            action = self._action(language, name, None, partial(self.choose_language, code))
            action.setCheckable(True)
            action.setChecked(code == self.desk.lang)
            action.setData(code)
            languages.addAction(action)
        self.language_actions = languages
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keys"), "F1", self.show_keys)
        self._action(help_menu, self.tr("&About Talash"), None, self.show_about)

    def _make_status_bar(self) -> None:
        desk = self.desk
        self.setStatusBar(StatusLine(self))  # messages elide before the labels on the right
        status = self.statusBar()
        station = QLabel(f"{desk.station.code} · {desk.station.name}", self)
        self.user_label = QLabel(self)
        if desk.demo:
            where = self.tr("Database: {database} (demo)")
        else:
            where = self.tr("Database: {database}")
        database = QLabel(where.format(database=desk.database), self)
        database.setObjectName("status-database")
        station.setObjectName("status-station")
        self.user_label.setObjectName("status-user")
        for label in (station, self.user_label, database):
            status.addPermanentWidget(label)
        self._update_user_label()

    def _update_user_label(self) -> None:
        actor = self.desk.actor
        self.user_label.setText(f"{actor.full_name} ({enum_label(actor.role, self.desk.lang)})")

    # -- navigation --------------------------------------------------------------------------------

    def _on_nav(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        form = item.data(FORM_ROLE)
        if form is not None:
            self.pages.setCurrentWidget(form)
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        if key == "new":
            self.new_case()
            return
        if key in self.page_widgets:
            widget = self.page_widgets[key]
            self.pages.setCurrentWidget(widget)
            if key != "register" or self.register.model.rowCount() == 0:
                self.refresh_page(key)

    # -- the pages, each built the first time it is shown --------------------------------------

    def _make_found(self) -> QWidget:
        page = FoundListView(self.desk, self)
        page.open_found.connect(self.open_found)
        page.new_found.connect(self.new_found)
        return page

    def _make_overdue(self) -> QWidget:
        page = OverdueView(self.desk, self)
        page.open_case.connect(self.open_case)
        page.open_found.connect(self.open_found)
        page.review_matches.connect(self.review_matches)
        return page

    def _make_dashboard(self) -> QWidget:
        page = DashboardView(self.desk, self)
        page.review_matches.connect(self.review_matches)
        return page

    def _make_admin(self) -> QWidget:
        page = AdminPage(self.desk, self)
        page.register_replaced.connect(self.register_replaced)
        return page

    def _make_hq_import(self) -> QWidget:
        page = HqImportPage(self.desk, self)
        page.imported.connect(lambda: self._refresh_if_built("hq-stations"))
        return page

    @property
    def found(self) -> FoundListView:
        return cast(FoundListView, self.page_widgets["found"])

    @property
    def overdue(self) -> OverdueView:
        return cast(OverdueView, self.page_widgets["overdue"])

    @property
    def returns(self) -> ReturnsPage:
        return cast(ReturnsPage, self.page_widgets["returns"])

    @property
    def dashboard(self) -> DashboardView:
        return cast(DashboardView, self.page_widgets["dashboard"])

    @property
    def admin(self) -> AdminPage:
        return cast(AdminPage, self.page_widgets["admin"])

    @property
    def hq_import(self) -> HqImportPage:
        return cast(HqImportPage, self.page_widgets["hq-import"])

    @property
    def hq_stations(self) -> HqStationsPage:
        return cast(HqStationsPage, self.page_widgets["hq-stations"])

    @property
    def hq_return(self) -> HqConsolidatedPage:
        return cast(HqConsolidatedPage, self.page_widgets["hq-return"])

    def _refresh_if_built(self, key: str) -> None:
        """A page not built yet reads its data when it is first shown."""
        if key in self.page_widgets.built():
            self.refresh_page(key)

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def current_form(self) -> RecordForm | None:
        widget = self.pages.currentWidget()
        return widget if isinstance(widget, RecordForm) else None

    def refresh_page(self, key: str) -> None:
        widget = self.page_widgets.get(key)
        refresh = getattr(widget, "refresh", None)
        if refresh is not None:
            refresh()

    def refresh_current(self) -> None:
        widget = self.pages.currentWidget()
        if isinstance(widget, CaseForm) and widget.detail is not None:
            widget.reload()
            return
        for key, page in self.page_widgets.built().items():
            if page is widget:
                self.refresh_page(key)

    def review_matches(self) -> None:
        """The found persons with possible matches waiting for a decision."""
        self.show_page("found")
        self.found.show_to_review()

    def focus_search(self) -> None:
        found = self.page_widgets.built().get("found")
        if isinstance(found, FoundListView) and self.pages.currentWidget() is found:
            found.focus_search()
            return
        self.show_page("register")
        self.register.focus_search()

    # -- forms -------------------------------------------------------------------------------------

    def _add_form(self, form: RecordForm) -> None:
        self.forms.append(form)
        self.pages.addWidget(form)
        self.forms_header.setHidden(False)
        item = QListWidgetItem(form.title_text(), self.nav)
        item.setData(FORM_ROLE, form)
        item.setToolTip(self.tr("Ctrl+W closes it"))
        form.title_changed.connect(lambda title, i=item: i.setText(title))
        form.draft_written.connect(
            lambda stamp: self.statusBar().showMessage(
                self.tr("Unsaved form kept as a draft at {time}").format(time=stamp), 4000
            )
        )
        form.draft_failed.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.nav.setCurrentItem(item)

    def _form_item(self, form: RecordForm) -> QListWidgetItem | None:
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(FORM_ROLE) is form:
                return item
        return None

    def _hq_refusal(self) -> bool:
        if self.hq:
            messages.inform(
                self,
                self.tr("HQ database"),
                self.tr(
                    "This is an HQ database: it holds the stations' returns, not cases. Open a "
                    "station's register for cases and found persons."
                ),
            )
        return self.hq

    def new_case(self, draft: Draft | None = None) -> CaseForm | None:
        if self._hq_refusal():
            return None
        if not self.desk.can(Capability.REGISTER_CASE):
            messages.inform(
                self, self.tr("Not allowed"), self.tr("Your role does not register cases.")
            )
            return None
        form = CaseForm(self.desk, draft=draft, parent=self)
        form.saved.connect(self._on_case_saved)
        form.record_updated.connect(self._on_case_saved)
        form.open_case_requested.connect(self.open_case)
        self._add_form(form)
        form.go_to_section(form.sections[0])
        # The family says first who is missing, and "Reported at" already holds the present
        # time: the cursor waits in the name, so typing cannot overwrite the time.
        reported = form.binder.fields["report.reported_at"].line  # type: ignore[attr-defined]
        form.binder.focus("person.names")
        reported.deselect()
        return form

    def quick_report(self) -> QuickEntryForm | None:
        """A new report on one screen with what is needed at once; saved, it opens in full."""
        if self._hq_refusal():
            return None
        if not self.desk.can(Capability.REGISTER_CASE):
            messages.inform(
                self, self.tr("Not allowed"), self.tr("Your role does not register cases.")
            )
            return None
        form = QuickEntryForm(self.desk, parent=self)
        form.saved.connect(self._on_case_saved)
        form.saved.connect(lambda detail, f=form: self._quick_saved(f, detail))
        form.more_details.connect(lambda f=form: self.more_details(f))
        form.open_case_requested.connect(self.open_case)
        self._add_form(form)
        form.binder.focus("person.names")
        return form

    def _quick_saved(self, quick: QuickEntryForm, detail: CaseDetail) -> None:
        said = quick.message.plain()
        self.close_form(quick, ask=False)
        full = self.open_case(detail.uuid)
        if full is not None:
            full.message.say(quick.message.kind or "info", said)

    def more_details(self, quick: QuickEntryForm) -> CaseForm | None:
        """The full form for the report being entered, with everything typed so far."""
        full = self.new_case()
        if full is None:
            return None
        full.carry_over(quick.state(), quick.draft_key)  # its draft now belongs to the full form
        self.close_form(quick, ask=False)
        full.binder.focus("person.names")
        return full

    def open_case(self, uuid: str, draft: Draft | None = None) -> CaseForm | None:
        for form in self.forms:
            if isinstance(form, CaseForm) and form.detail is not None and form.detail.uuid == uuid:
                item = self._form_item(form)
                if item is not None:
                    self.nav.setCurrentItem(item)
                return form
        try:
            detail = self.desk.services.cases.case_detail(self.desk.actor, uuid)
        except UserError as exc:
            messages.show_refusal(self, exc, self.tr("Cannot open the case"))
            return None
        if draft is None and self.desk.drafts is not None:
            kept = self.desk.drafts.load(f"case-{uuid}")
            if kept is not None and kept.user == self.desk.actor.username:
                draft = kept
        form = CaseForm(self.desk, detail, draft=draft, parent=self)
        form.saved.connect(self._on_case_saved)
        form.record_updated.connect(self._on_case_saved)
        form.open_case_requested.connect(self.open_case)
        self._add_form(form)
        return form

    def new_found(self, draft: Draft | None = None) -> FoundForm | None:
        if self._hq_refusal():
            return None
        if not self.desk.can(Capability.ADD_FOUND):
            messages.inform(
                self, self.tr("Not allowed"), self.tr("Your role does not record found persons.")
            )
            return None
        form = FoundForm(self.desk, draft=draft, parent=self)
        form.saved.connect(lambda _d: self._refresh_if_built("found"))
        self._add_form(form)
        return form

    def open_found(self, uuid: str, draft: Draft | None = None) -> FoundForm | None:
        for form in self.forms:
            if isinstance(form, FoundForm) and form.detail is not None and form.detail.uuid == uuid:
                item = self._form_item(form)
                if item is not None:
                    self.nav.setCurrentItem(item)
                return form
        try:
            detail = self.desk.services.found.found_detail(self.desk.actor, uuid)
        except UserError as exc:
            messages.show_refusal(self, exc, self.tr("Cannot open the found person"))
            return None
        form = FoundForm(self.desk, detail, draft=draft, parent=self)
        form.saved.connect(lambda _d: self._refresh_if_built("found"))
        self._add_form(form)
        return form

    def _on_case_saved(self, detail: CaseDetail) -> None:
        model = self.register.model
        loaded = [row for row in model.rows() if row.uuid == detail.uuid]
        if loaded:
            try:
                page = self.desk.services.register.page_cases(
                    self.desk.actor, CaseFilter(text=detail.register_no, include_void=True)
                )
            except UserError:
                return
            for row in page.rows:
                if row.uuid == detail.uuid:
                    model.replace_row(row)
        else:
            self.register.refresh()

    def save_current(self) -> None:
        form = self.current_form()
        if form is not None:
            form.save()

    def close_form(self, form: RecordForm, *, ask: bool = True) -> bool:
        if ask and not form.maybe_close():
            return False
        form.stop()
        item = self._form_item(form)
        if item is not None:
            self.nav.takeItem(self.nav.row(item))
        self.forms.remove(form)
        self.pages.removeWidget(form)
        form.deleteLater()
        self.forms_header.setHidden(not self.forms)
        if self.pages.currentWidget() is None or self.nav.currentItem() is None:
            self.show_page("register")
        return True

    def close_current_form(self) -> None:
        form = self.current_form()
        if form is not None:
            self.close_form(form)

    # -- printing ----------------------------------------------------------------------------------

    def papers_for_current(self) -> tuple[tuple[Paper, ...], str | None]:
        form = self.current_form()
        if isinstance(form, CaseForm) and form.detail is not None:
            return CASE_PAPERS, form.detail.uuid
        if isinstance(form, FoundForm) and form.detail is not None:
            return FOUND_PAPERS, form.detail.ref_no
        return (), None

    def print_current(self, key: str | None = None) -> None:
        papers, ref = self.papers_for_current()
        if ref is None:
            messages.inform(
                self,
                self.tr("Print"),
                self.tr("Open a saved case or found person to print its papers."),
            )
            return
        chosen: Paper | None = next((p for p in papers if p.key == key), None)
        if chosen is None:
            menu = QMenu(self)
            for paper in papers:
                menu.addAction(paper.shown_label()).setData(paper.key)
            picked = menu.exec(self.mapToGlobal(self.rect().center()))
            if picked is None:
                return
            chosen = next(p for p in papers if p.key == picked.data())
        show_printout(self, self.desk, chosen, ref)

    def print_bulk(self) -> None:
        show_bulk_sheet(self, self.desk)

    # -- drafts left from last time ----------------------------------------------------------------

    def offer_drafts(self) -> int:
        """Offer this officer's unsaved forms kept from last time; returns how many reopened."""
        if self.desk.drafts is None:
            return 0
        drafts = self.desk.drafts.drafts(self.desk.actor.username)
        if not drafts:
            return 0
        dialog = DraftsDialog(drafts, self.desk.zone, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        ticked = dialog.ticked()
        reopened = 0
        for draft in drafts:
            if draft.key not in ticked:
                if dialog.discard_chosen:
                    self.desk.drafts.delete(draft.key)
                continue
            if dialog.discard_chosen:
                continue
            if self.restore(draft) is not None:
                reopened += 1
        return reopened

    def restore(self, draft: Draft) -> RecordForm | None:
        if draft.kind == "case":
            if draft.ref is None:
                return self.new_case(draft)
            return self.open_case(draft.ref, draft)
        if draft.kind == "found":
            if draft.ref is None:
                return self.new_found(draft)
            return self.open_found(draft.ref, draft)
        return None

    # -- locking -----------------------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self.top.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide every case: the pages, the open forms, any open dialog, the menus."""
        if self.is_locked():
            return
        if self.watcher is not None:
            self.watcher.rule.lock()
        app = QApplication.instance()
        self._hidden_for_lock = [
            w
            for w in (app.topLevelWidgets() if app is not None else [])  # type: ignore[attr-defined]
            if w is not self and w.isVisible() and not w.inherits("QMenu")
        ]
        for widget in self._hidden_for_lock:
            widget.hide()
        self.menuBar().setEnabled(False)
        self.lock_screen.show_for(self.desk.actor)
        self.top.setCurrentWidget(self.lock_screen)

    def unlock(self, actor: Actor) -> None:
        self.desk.actor = actor
        self._update_user_label()
        self.top.setCurrentWidget(self.splitter)
        self.menuBar().setEnabled(True)
        for widget in self._hidden_for_lock:
            widget.show()
        self._hidden_for_lock = []
        if self.watcher is not None:
            self.watcher.unlocked()

    def log_out(self) -> None:
        for form in list(self.forms):
            if not self.close_form(form):
                return
        self.logging_out = True
        self.logged_out.emit()
        self.close()

    # -- layout ------------------------------------------------------------------------------------

    def layout_state(self) -> str:
        """Window layout (splitter, register columns) for the desk's settings file."""
        data = {
            "splitter": bytes(self.splitter.saveState().data()).hex(),
            "register": self.register.header_state().hex(),
            "window": bytes(self.saveState().data()).hex(),
        }
        return base64.b64encode(json.dumps(data).encode()).decode()

    def restore_layout_state(self, text: str) -> None:
        if not text:
            return
        try:
            data = json.loads(base64.b64decode(text.encode()).decode())
            self.splitter.restoreState(QByteArray(bytes.fromhex(data["splitter"])))
            self.register.restore_header(bytes.fromhex(data["register"]))
            self.restoreState(QByteArray(bytes.fromhex(data["window"])))
        except (ValueError, KeyError, TypeError):
            return  # an old or damaged layout: keep the defaults

    def closeEvent(self, event: QCloseEvent) -> None:
        for form in list(self.forms):
            if not form.maybe_close():
                event.ignore()
                self.logging_out = False
                return
        for form in list(self.forms):
            self.close_form(form, ask=False)
        if self.watcher is not None:
            self.watcher.stop()
        self.closing.emit()
        event.accept()

    def choose_language(self, code: str) -> None:
        """Keep the person's choice; the window speaks it from their next logon (its widgets
        are built in one language), so nothing typed in the open forms is at risk now."""
        self.language_chosen.emit(code)
        if code == self.desk.lang:
            return
        name = LANGUAGES.get(code, code)
        if messages.confirm(
            self,
            self.tr("Language of the window"),
            self.tr(
                "The window will be in {language} from your next logon. Names are always shown "
                "as they were typed.\n\nLog out now to switch? Each open form asks first "
                "whether to save it."
            ).format(language=name),
        ):
            self.log_out()

    # -- help --------------------------------------------------------------------------------------

    def show_keys(self) -> None:
        messages.inform(
            self,
            self.tr("Keys"),
            self.tr(
                "Ctrl+N  new report\nCtrl+R  quick report (first minutes; Alt+A adds the "
                "suggested FIR sections, Alt+M more details)\nCtrl+S  save\nCtrl+F  search the "
                "register\nCtrl+P  print\n"
                "Ctrl+Shift+F  the register's filters\n"
                "F5  refresh\nCtrl+W  close the form\nCtrl+L  lock the window\n"
                "Ctrl+1 … Ctrl+6  pages\nIn a form: Alt+1 … Alt+0 sections, Ctrl+PgDown / "
                "Ctrl+PgUp next / previous section, Tab next field, Ctrl+Delete removes a row.\n"
                "In a date: type 'now' for the present time."
            ),
        )

    def show_about(self) -> None:
        messages.inform(
            self,
            self.tr("About Talash"),
            self.tr(
                "Talash: the missing-person register of a police station.\n"
                "Station: {code} {station}\nDatabase: {database}"
            ).format(
                code=self.desk.station.code,
                station=self.desk.station.name,
                database=self.desk.database,
            ),
        )
