"""Make the screenshots of the Administration tabs and of the start-up offer to restore a
damaged register (docs/screenshots/admin-*.png, damaged-register-*.png).

Run under a virtual display at the size of a common station monitor:

    xvfb-run -a -s "-screen 0 1440x900x24" \
        .venv/bin/python docs/screenshots/make_admin_screenshots.py

A small demo register is built in a temporary folder with the clock standing at 20-11-2026 10:00
(India) and then encrypted, so the pictures come out the same every time (file names of backups
and hashes aside). Nothing in them is a real person.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ["TZ"] = "Asia/Kolkata"  # backup times are shown in the computer's own time
time.tzset()

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from models.clock import FixedClock  # noqa: E402
from models.db import open_database  # noqa: E402
from models.demo import DEMO_PASSWORD, create_demo_station, generate_demo  # noqa: E402
from models.enums import Role  # noqa: E402
from models.errors import UserError  # noqa: E402
from models.migrate import migrate  # noqa: E402
from models.services import Services  # noqa: E402
from models.services.backups import latest_backup  # noqa: E402
from models.services.keys import encrypt_register  # noqa: E402
from ui.desk import Desk  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.startup_dialogs import DamagedRegisterDialog, add_read_only_banner  # noqa: E402
from ui.style import apply_style  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))
SIZE = (1366, 768)
CASES = 120
PASSPHRASE = "Dharavi-Lantern-Causeway-2026"


def settle(seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.02)


def shoot(widget: QWidget, name: str) -> None:
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


def wait_for(condition: object, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:  # type: ignore[operator]
        settle(0.05)


def window(services: Services, username: str, database: str) -> MainWindow:
    actor = services.accounts.authenticate(username, DEMO_PASSWORD, desk="desk-1")
    desk = Desk(
        services=services,
        actor=actor,
        station=services.accounts.station(),
        database=database,
        demo=True,
    )
    main = MainWindow(desk)
    main.resize(*SIZE)
    main.show()
    return main


def damage_an_index(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_event' "
        "ORDER BY name LIMIT 1"
    ).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * size
    data[start + size - 300 : start + size] = b"\xff" * 300
    path.write_bytes(bytes(data))


def station_activity(services: Services) -> None:
    """What an administration page shows on a working day: a locked account, a deactivated
    one, requests waiting, backups."""
    accounts = services.accounts
    head = accounts.authenticate("pi.shinde", DEMO_PASSWORD, desk="desk-1")
    admin = accounts.authenticate("admin.it", DEMO_PASSWORD, desk="desk-2")
    from models.dto.accounts import NewUser

    accounts.add_user(
        head,
        NewUser("hc.gaikwad", "Meena Gaikwad", "Head Constable", Role.WRITER, "HC-3391"),
        "Worli-Seaface-Lamp-41",
    )
    accounts.set_active(head, "hc.gaikwad", False, reason="transferred to Worli PS")
    for _ in range(5):
        try:
            accounts.authenticate("hc.pawar", "wrong password", desk="desk-1")
        except UserError:
            pass
    services.approvals.request_role_change(
        admin, "hc.pawar", Role.IO, reason="promoted to ASI (order 114/2026)"
    )
    services.approvals.request_case_access(
        admin, reason="Sessions Court summons: produce the register entry MP/2026/0012", hours=4
    )


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)  # type: ignore[arg-type]
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        clock = FixedClock(NOW)
        path = folder / "talash.sqlite"
        db = open_database(path, create=True)
        migrate(db, backup_dir=None, clock=clock)
        create_demo_station(db, clock)
        generate_demo(db, clock, cases=CASES, seed=2026)
        services = Services.build(db, clock)
        station_activity(services)
        head = services.accounts.authenticate("pi.shinde", DEMO_PASSWORD, desk="desk-1")

        # -- the damaged register at start-up (a plain copy of the register) ------------------
        plain_dir = folder / "plain"
        plain_dir.mkdir()
        plain = plain_dir / "talash.sqlite"
        services.backups.backup(head, plain)
        plain_db = open_database(plain)
        plain_services = Services.build(plain_db, clock)
        plain_services.backups.automatic_backup()
        clock.set(NOW.replace(hour=17, minute=45))
        plain_services.backups.backup(head)
        clock.set(NOW)
        plain_db.dispose()
        damage_an_index(plain)
        damaged = open_database(plain, on_damage="read_only")
        backups_dir = plain_dir / "backups"
        dialog = DamagedRegisterDialog(
            damaged.damage or "",
            "C:\\Users\\Station\\AppData\\Local\\Talash\\talash.sqlite",
            backups_dir,
            latest_backup(backups_dir),
            lambda *_a: (_ for _ in ()).throw(RuntimeError("not in screenshots")),
        )
        dialog.show()
        dialog.resize(760, dialog.sizeHint().height())
        dialog.username.setText("pi.shinde")
        dialog.password.setText("secret-password")
        shoot(dialog, "damaged-register-offer")
        dialog.close()
        read_only = window(Services.build(damaged, clock), "pi.shinde", "talash.sqlite")
        add_read_only_banner(read_only, damaged.damage or "")
        read_only.register.refresh()
        wait_for(lambda: not read_only.register.loading)
        shoot(read_only, "damaged-register-read-only")
        read_only.close()
        damaged.dispose()

        # -- the encrypted register's administration -------------------------------------------
        services.backups.automatic_backup()
        outcome = encrypt_register(db, head, PASSPHRASE, clock, keep_plain_backups=False)
        db = open_database(path, key=outcome.key.key)
        services = Services.build(db, clock)
        services.backups.automatic_backup()
        clock.set(NOW.replace(hour=9, minute=30))
        services.backups.backup(head)
        clock.set(NOW)

        sho = window(services, "pi.shinde", "talash.sqlite (encrypted)")
        sho.show_page("admin")
        page = sho.admin
        page.show_tab("Users")
        assert page.users is not None
        page.users.select("hc.pawar")
        shoot(sho, "admin-users")
        page.show_tab("Requests")
        assert page.requests is not None
        page.requests.table.selectRow(0)
        shoot(sho, "admin-requests")
        page.show_tab("Backups")
        assert page.backups is not None
        page.backups.table.selectRow(0)
        page.backups.check_selected()
        wait_for(lambda: not page.backups.busy())  # type: ignore[union-attr]
        shoot(sho, "admin-backups")
        page.show_tab("Audit")
        assert page.audit is not None
        page.audit.check_chain()
        wait_for(lambda: page.audit.last_check is not None)  # type: ignore[union-attr]
        shoot(sho, "admin-audit")
        page.show_tab("Encryption")
        shoot(sho, "admin-encryption")
        # The station head approves the break-glass request…
        case_access = next(
            r for r in services.approvals.requests(head) if r.kind.value == "case_access"
        )
        services.approvals.approve(head, case_access.uuid)
        sho.close()

        # …and the administrator starts it: the window says so while it lasts.
        admin = window(services, "admin.it", "talash.sqlite (encrypted)")
        admin.show_page("admin")
        admin.admin.show_tab("Requests")
        requests = admin.admin.requests
        assert requests is not None
        requests.select(case_access.uuid)
        requests.start_break_glass()
        shoot(admin, "admin-break-glass")
        admin.close()
        db.dispose()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
