"""``talash`` with no verb: the window.

Start-up: the application, the bundled font and the look, the exception hook; then the register:
on a computer with none, the first-run choice (set up this station, or the demo station); then
the logon, the main window, the drafts left from last time, the idle lock and the daily automatic
backup. The window's size and layout are saved in the desk's settings when it closes. Errors at
start-up ("database newer than the program", locked) are shown in plain words, never as a
traceback.

A register that fails its start-up check is not simply refused: the person is offered the latest
backup (restored after proving a station-head or administrator account *in that backup*), another
backup, or the damaged register read-only with a red banner across the window. A restore from the
Administration page also brings the window back to the logon on the restored register.
"""

from __future__ import annotations

import base64
import logging
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox

from desktop.context import AppContext
from desktop.excepthook import install as install_excepthook
from desktop.heap import give_back_long_lived, set_aside_long_lived
from desktop.settings import save_settings
from models.db import (
    DamagedDatabase,
    Database,
    StartUpCheck,
    Target,
    parse_target,
    whole_file_problem,
)
from models.errors import UserError
from ui.i18n import install_language, language_or_default
from ui.register_check import RegisterCheck
from ui.style import apply_style

# The logon box comes first: what only the main window, the first run, a damaged register or
# the demo needs is imported where it is used, so the logon box does not wait for it.
if TYPE_CHECKING:
    from models.services.backups import RestoreOutcome
    from ui.drafts import DraftStore
    from ui.main_window import MainWindow

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
    QMessageBox.critical(None, QCoreApplication.translate("gui", "Talash cannot start"), text)
    return 1


def _demo_hint() -> str:
    from models.demo import DEMO_PASSWORD, DEMO_USERS

    people = ", ".join(f"{u.username} ({u.role.value})" for u in DEMO_USERS)
    return QCoreApplication.translate(
        "gui", "Demo station: log on as {people}; the password is {password}."
    ).format(people=people, password=DEMO_PASSWORD)


def _open_demo(ctx: AppContext) -> Database | None:
    """The demo register: opened if it exists, else made and filled (with a progress bar)."""
    from models.demo import create_demo_station, generate_demo
    from models.services.accounts import AccountService
    from ui.tasks import run_with_progress

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
        QCoreApplication.translate("gui", "Demo station"),
        QCoreApplication.translate("gui", "Filling the demo station with invented cases…"),
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
        QCoreApplication.translate("gui", "Encrypted register"),
        QCoreApplication.translate(
            "gui", "The register {register} is encrypted.\nType its passphrase:"
        ).format(register=target.describe()),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        raise UserError("The register is encrypted; it cannot be opened without its passphrase.")
    return text


def _unlock_key(ctx: AppContext, target: Target) -> bytes | None:
    """The key of an encrypted register (asked once: a restore reopens with the same key)."""
    if not target.encrypted:
        return None
    from models.services.keys import unlock

    return unlock(target, ctx.db_passphrase(target))


def backups_folder(target: Target) -> Path:
    """Where the register's backups are: the ``backups`` folder beside it (as ``talash restore``
    and the backup service have it)."""
    assert target.sqlite_path is not None
    return target.sqlite_path.parent / "backups"


def offer_restore(
    ctx: AppContext,
    target: Target,
    key: bytes | None,
    problem: str,
    *,
    continue_allowed: bool,
) -> RestoreOutcome | None:
    """The damaged-register dialog; the restore's outcome, or ``None`` if the person declined.

    The register's connections are closed first: a restore replaces the file.
    """
    from models.services.backups import authenticate_in_backup, latest_backup, restore_over_damaged
    from ui.startup_dialogs import DamagedRegisterDialog

    ctx.forget_db()
    folder = backups_folder(target)

    def restore(source: Path, username: str, password: str) -> RestoreOutcome:
        actor = authenticate_in_backup(source, key, username, password, desk=ctx.settings.desk_name)
        return restore_over_damaged(
            target, key, source, actor=actor, clock=ctx.clock, keep_dir=folder
        )

    dialog = DamagedRegisterDialog(
        problem,
        target.describe(),
        folder,
        latest_backup(folder),
        restore,
        continue_allowed=continue_allowed,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.outcome is None:
        return None
    outcome = dialog.outcome
    # Two whole messages, with and without the kept copy, rather than a sentence slotted in.
    if outcome.replaced_copy:
        text = QCoreApplication.translate(
            "gui",
            "The register is restored from {backup}.\n\nThe damaged register is kept as "
            "{copy}.\n\nLog on to go on. Work saved after that backup was made must be "
            "entered again.",
        ).format(backup=outcome.restored_from.name, copy=outcome.replaced_copy)
    else:
        text = QCoreApplication.translate(
            "gui",
            "The register is restored from {backup}.\n\nLog on to go on. Work saved after "
            "that backup was made must be entered again.",
        ).format(backup=outcome.restored_from.name)
    QMessageBox.information(None, QCoreApplication.translate("gui", "Backup restored"), text)
    return outcome


def open_station_register(
    ctx: AppContext, *, check: StartUpCheck = "whole_file"
) -> Database | None:
    """The station register, checked at start-up; ``None`` if the person chose to quit.

    A register that fails the check is offered a restore; declined, it opens read-only. One that
    cannot even be opened for reading (``DamagedDatabase``) must be restored or left. With
    ``check="logon_tables"`` the rest of the file is left to the window's background check; a
    restored register is always opened that way (its backup was checked when it was made).
    """
    target = ctx.database_target()
    key = _unlock_key(ctx, target)
    while True:
        try:
            db = ctx.open_db(key=key, on_damage="read_only", check=check)
        except DamagedDatabase as exc:
            if exc.path is None:
                raise
            if offer_restore(ctx, target, key, exc.message, continue_allowed=False) is None:
                return None
            check = "logon_tables"
            continue
        if not db.read_only or target.sqlite_path is None:
            return db
        problem = db.damage or "the check failed"
        if offer_restore(ctx, target, key, problem, continue_allowed=True) is not None:
            check = "logon_tables"
            continue
        return ctx.open_db(key=key, on_damage="read_only", check=check)


def _choose_register(ctx: AppContext) -> tuple[Database, bool] | None:
    """The station register, or the demo one; ``None`` if the person closed the first-run box."""
    from models.services.accounts import AccountService

    if ctx.has_station_db():
        db = open_station_register(ctx, check="logon_tables")
        if db is None:
            return None
        if db.read_only or AccountService(db, ctx.clock).is_initialised():
            return db, False
    from models.dto.accounts import NewUser, StationInput
    from ui.first_run import FirstRunDialog

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


def _save_language(ctx: AppContext, username: str, code: str) -> None:
    ctx.settings = ctx.settings.with_language(username, code)
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
    db: Database | None
    db, demo = chosen
    try:
        while db is not None:
            outcome = _session(ctx, app, db, demo)
            if outcome == REOPEN:
                db = _reopen(ctx, db, demo)
            elif outcome == DAMAGE_FOUND:
                db = _reopen(ctx, db, demo, check="whole_file")
            else:
                return outcome
        return 0
    except UserError as exc:
        return _fail(exc.message)
    finally:
        install_language("en")  # what runs after the window (the command line) speaks English
        if demo and db is not None:
            db.dispose()  # the station register is closed by the context


REOPEN = -1  # _session's answer when the register was replaced (restored) under the window
DAMAGE_FOUND = -2  # _session's answer when the background check found the register damaged


def _reopen(
    ctx: AppContext, old: Database, demo: bool, *, check: StartUpCheck = "logon_tables"
) -> Database | None:
    """Open the register again after a restore replaced its file (same key; migrated), or
    after the background check found it damaged (``check="whole_file"``: the check runs again
    at the opening, which then offers the restore or opens the register read-only)."""
    if demo:
        old.dispose()
        return ctx.open_db(target=old.target, key=old.key, on_damage="read_only", check=check)
    ctx.forget_db()
    if check == "whole_file":
        return open_station_register(ctx, check=check)
    db = ctx.open_db(key=old.key, on_damage="read_only", check=check)
    if db.read_only:  # the file put back is damaged too: the same offer as at start-up
        return open_station_register(ctx)
    return db


def _drafts(ctx: AppContext, db: Database, demo: bool) -> DraftStore:
    """Drafts of the demo station apart from the station's; sealed for an encrypted register."""
    from models.draft_crypto import DraftSealer
    from ui.drafts import DraftStore

    folder = ctx.paths.drafts_dir / "demo" if demo else ctx.paths.drafts_dir
    sealer = DraftSealer.for_register_key(db.key) if db.key is not None else None
    return DraftStore(folder, sealer=sealer)


def _whole_file_check(db: Database) -> RegisterCheck | None:
    """The background check of the whole register, started now; None when there is nothing
    left to check (a server's register, or one already open read-only after a failed check)."""
    if not db.is_sqlite or db.read_only:
        return None
    check = RegisterCheck(lambda: whole_file_problem(db))
    check.start()
    return check


def _session(ctx: AppContext, app: QApplication, db: Database, demo: bool) -> int:
    from models.services.accounts import AccountService
    from ui.login_dialog import LoginDialog

    accounts = AccountService(db, ctx.clock)
    try:
        station = accounts.station()
        idle = accounts.idle_policy()
    except UserError as exc:
        return _fail(exc.message)
    check = _whole_file_check(db)
    while True:
        # The logon box speaks the station's language: nobody is known yet.
        install_language(language_or_default(station.language, "en"))
        login = LoginDialog(
            accounts,
            station,
            desk_name=ctx.settings.desk_name,
            hint=_demo_hint() if demo else None,
        )
        if check is not None:
            check.when_damaged = partial(_close_logon, login)
        accepted = login.exec() == QDialog.DialogCode.Accepted and login.actor is not None
        if check is not None and check.problem is not None:
            return DAMAGE_FOUND
        if not accepted or login.actor is None:
            return 0
        from models.services import Services
        from ui.admin.auto_backup import AutomaticBackups
        from ui.desk import Desk
        from ui.due_matches import refresh_in_background
        from ui.main_window import MainWindow
        from ui.startup_dialogs import add_read_only_banner

        services = Services.build(db, ctx.clock)
        lang = language_or_default(ctx.settings.language_of(login.actor.username), station.language)
        if not install_language(lang):
            log.warning("the %s catalogue of the window could not be loaded", lang)
        desk = Desk(
            services=services,
            actor=login.actor,
            station=station,
            lang=lang,
            drafts=_drafts(ctx, db, demo),
            outbox_dir=ctx.paths.data_dir / "printouts",
            database=db.describe(),
            demo=demo,
            # The demo station signs with keys of its own, never the real station's.
            keys_dir=ctx.paths.demo_db.parent / "keys" if demo else ctx.paths.keys_dir,
        )
        set_aside_long_lived()  # no full garbage collection while the window first shows
        window = MainWindow(desk, idle_policy=idle)
        if ctx.settings.window_geometry:
            window.restoreGeometry(QByteArray(base64.b64decode(ctx.settings.window_geometry)))
        window.restore_layout_state(ctx.settings.window_state)
        if db.read_only:
            add_read_only_banner(window, db.damage or "the check failed")
        replaced: list[bool] = []
        window.register_replaced.connect(lambda w=window, r=replaced: _close_for_reopen(w, r))
        window.closing.connect(lambda w=window: _save_window(ctx, w))
        window.language_chosen.connect(
            lambda code, user=login.actor.username: _save_language(ctx, user, code)
        )
        window.show()
        if check is not None:
            check.when_damaged = partial(_damage_under_window, window)
        backups = AutomaticBackups(
            partial(getattr, services, "backups"), window.statusBar(), parent=window
        )
        backups.start()
        # Cases saved while a window closed too early have their possible matches still due.
        refresh_in_background(desk, owner=window)
        window.offer_drafts()
        app.exec()
        backups.stop()
        give_back_long_lived()
        if check is not None:
            check.when_damaged = _ignore  # the window it would close is gone
            if check.problem is not None:
                return DAMAGE_FOUND
        if replaced:
            return REOPEN
        if not window.logging_out:
            return 0


def _close_logon(login: QDialog, _problem: str) -> None:
    """The background check found damage before anyone logged on: the logon box closes, and
    the register opens again with the offer to restore the latest backup, or read-only."""
    login.reject()


def _ignore(_problem: str) -> None:
    pass


def _damage_under_window(window: MainWindow, problem: str) -> None:
    """The background check found damage while the window is open: say so, then close the
    window (open forms keep their drafts) so the register opens again with the offer to
    restore the latest backup, or read-only."""
    QMessageBox.warning(
        window,
        QCoreApplication.translate("gui", "The register is damaged"),
        QCoreApplication.translate(
            "gui",
            "The check of the whole register found damage:\n{problem}\n\n"
            "The window closes now; open forms are kept as drafts. The register is then opened "
            "again with the offer to restore the latest backup, or to go on read-only.",
        ).format(problem=problem),
    )
    _close_for_reopen(window, [])


def _close_for_reopen(window: MainWindow, replaced: list[bool]) -> None:
    """The register file was replaced: close the forms (their drafts stay) and the window, so
    the register is opened again and everyone logs on to it."""
    replaced.append(True)
    for form in list(window.forms):
        window.close_form(form, ask=False)
    window.close()
