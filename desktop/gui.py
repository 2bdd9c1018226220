"""``talash`` with no verb: the window.

Start-up: the application, the bundled font and the look, the exception hook; then the register:
on a computer with none, the first-run choice (set up this station, or the demo station); then
the logon, the main window, the drafts left from last time, and the idle lock. The window's size
and layout are saved in the desk's settings when it closes. Errors at start-up ("database newer
than the program", damaged, locked) are shown in plain words, never as a traceback.
"""

from __future__ import annotations

import base64
import logging
import sys

from PySide6.QtCore import QByteArray, QEventLoop
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox

from desktop.context import AppContext
from desktop.excepthook import install as install_excepthook
from desktop.settings import save_settings
from models.db import Database, Target, parse_target
from models.dto.accounts import NewUser, StationInput
from models.errors import UserError
from models.services import Services
from models.services.accounts import AccountService
from ui.desk import Desk
from ui.drafts import DraftStore
from ui.first_run import FirstRunDialog
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.style import apply_style
from ui.tasks import run_with_progress

log = logging.getLogger(__name__)

DEMO_CASES = 600
DEMO_SEED = 2026


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Talash")
    app.setOrganizationName("Talash")
    return app


def _fail(text: str) -> int:
    QMessageBox.critical(None, "Talash cannot start", text)
    return 1


def _demo_hint() -> str:
    from models.demo import DEMO_PASSWORD, DEMO_USERS

    people = ", ".join(f"{u.username} ({u.role.value})" for u in DEMO_USERS)
    return f"Demo station: log on as {people}; the password is {DEMO_PASSWORD}."


def _open_demo(ctx: AppContext) -> Database | None:
    """The demo register: opened if it exists, else made and filled (with a progress bar)."""
    from models.demo import create_demo_station, generate_demo

    db = ctx.open_db(create=True, target=parse_target(ctx.paths.demo_db))
    if AccountService(db, ctx.clock).is_initialised():
        return db
    create_demo_station(db, ctx.clock)
    loop = QEventLoop()
    failure: list[BaseException] = []

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        return generate_demo(
            db, ctx.clock, cases=DEMO_CASES, seed=DEMO_SEED, progress=progress, cancelled=cancelled
        )

    def failed(exc: BaseException) -> None:
        failure.append(exc)
        loop.quit()

    run_with_progress(
        None,
        "Demo station",
        "Filling the demo station with invented cases…",
        work,
        lambda _summary: loop.quit(),
        failed,
    )
    loop.exec()
    if failure:
        raise failure[0]
    return db


def _ask_passphrase(target: Target) -> str:
    """The window's passphrase prompt for an encrypted register."""
    text, ok = QInputDialog.getText(
        None,
        "Encrypted register",
        f"The register {target.describe()} is encrypted.\nType its passphrase:",
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        raise UserError("The register is encrypted; it cannot be opened without its passphrase.")
    return text


def _warn_read_only(db: Database) -> None:
    QMessageBox.warning(
        None,
        "The register is open read-only",
        f"The register failed its start-up check: {db.damage}\n\nIt is open so that cases can "
        "be read, but nothing can be saved. Restore the latest backup (talash restore --help) "
        "or call the station's administrator.",
    )


def _choose_register(ctx: AppContext) -> tuple[Database, bool] | None:
    """The station register, or the demo one; ``None`` if the person closed the first-run box."""
    if ctx.has_station_db():
        db = ctx.open_db(on_damage="read_only")
        if db.read_only:
            _warn_read_only(db)
            return db, False
        if AccountService(db, ctx.clock).is_initialised():
            return db, False
    opened: list[Database] = []

    def set_up(station: StationInput, head: NewUser, password: str) -> None:
        db = ctx.open_db(create=True)
        AccountService(db, ctx.clock).init_station(
            station, head, password, desk=ctx.settings.desk_name
        )
        opened.append(db)

    dialog = FirstRunDialog(set_up)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
        return None
    if dialog.choice == "station":
        return opened[0], False
    demo = _open_demo(ctx)
    return (demo, True) if demo is not None else None


def _save_window(ctx: AppContext, window: MainWindow) -> None:
    geometry = base64.b64encode(bytes(window.saveGeometry().data())).decode()
    ctx.settings = ctx.settings.with_changes(
        window_geometry=geometry, window_state=window.layout_state()
    )
    try:
        save_settings(ctx.paths.settings_file, ctx.settings)
    except OSError:
        log.warning("the window layout could not be saved")


def _save_language(ctx: AppContext, code: str) -> None:
    ctx.settings = ctx.settings.with_changes(ui_language=code)
    try:
        save_settings(ctx.paths.settings_file, ctx.settings)
    except OSError:
        log.warning("the language setting could not be saved")


def run_gui(ctx: AppContext) -> int:
    app = _application()
    apply_style(app)
    install_excepthook(ctx.paths.log_file)
    ctx.ask_passphrase = _ask_passphrase
    try:
        chosen = _choose_register(ctx)
    except UserError as exc:
        return _fail(exc.message)
    if chosen is None:
        return 0
    db, demo = chosen
    try:
        return _session(ctx, app, db, demo)
    finally:
        if demo:
            db.dispose()  # the station register is closed by the context


def _session(ctx: AppContext, app: QApplication, db: Database, demo: bool) -> int:
    services = Services.build(db, ctx.clock)
    try:
        station = services.accounts.station()
        idle = services.accounts.idle_policy()
    except UserError as exc:
        return _fail(exc.message)
    while True:
        login = LoginDialog(
            services.accounts,
            station,
            desk_name=ctx.settings.desk_name,
            hint=_demo_hint() if demo else None,
        )
        if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
            return 0
        desk = Desk(
            services=services,
            actor=login.actor,
            station=station,
            lang=ctx.settings.ui_language,
            drafts=DraftStore(ctx.paths.drafts_dir),
            outbox_dir=ctx.paths.data_dir / "printouts",
            database=db.describe(),
            demo=demo,
        )
        window = MainWindow(desk, idle_policy=idle)
        if ctx.settings.window_geometry:
            window.restoreGeometry(QByteArray(base64.b64decode(ctx.settings.window_geometry)))
        window.restore_layout_state(ctx.settings.window_state)
        window.closing.connect(lambda w=window: _save_window(ctx, w))
        window.language_chosen.connect(lambda code: _save_language(ctx, code))
        window.show()
        window.offer_drafts()
        app.exec()
        if not window.logging_out:
            return 0
