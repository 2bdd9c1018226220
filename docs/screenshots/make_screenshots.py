"""Make the window screenshots in docs/screenshots/ from a fresh demo station.

Run under a virtual display at the size of a common station monitor:

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python docs/screenshots/make_screenshots.py

The demo register is built in a temporary folder with the clock standing at 20-11-2026 10:00
(India), so the pictures come out the same every time. Nothing in them is a real person.
"""

from __future__ import annotations

import dataclasses
import io
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from models.clock import FixedClock  # noqa: E402
from models.db import open_database  # noqa: E402
from models.demo import DEMO_PASSWORD, create_demo_station, generate_demo  # noqa: E402
from models.dto.accounts import NewUser, StationInput  # noqa: E402
from models.dto.cases import CaseFilter, PhotoInput, TraceInput  # noqa: E402
from models.enums import Activity, CaseStatus, HowTraced, Locality, Role, TraceType  # noqa: E402
from models.migrate import migrate  # noqa: E402
from models.packages.keys import SIGNING, KeyStore, PublicKeyInfo  # noqa: E402
from models.returns.period import default_period  # noqa: E402
from models.rules.notice_rules import case_notice_refusal  # noqa: E402
from models.services import Services  # noqa: E402
from models.services.hq import HqService  # noqa: E402
from ui.desk import Desk  # noqa: E402
from ui.drafts import DraftStore  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.style import apply_style  # noqa: E402
from ui.trace_dialog import TraceDialog  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=ZoneInfo("Asia/Kolkata"))
SIZE = (1366, 768)
CASES = 900
KEY_PASSPHRASE = "Screenshot-Key-2026"
HQ_PASSWORD = "Screenshot-HQ-2026"


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


def portrait() -> bytes:
    """A drawn placeholder portrait: clearly not a photograph of anyone."""
    image = Image.new("RGB", (480, 600), "#d9e2ec")
    draw = ImageDraw.Draw(image)
    draw.ellipse((150, 90, 330, 290), fill="#8d6e63")
    draw.rectangle((175, 40, 305, 140), fill="#212121")
    draw.ellipse((150, 60, 330, 200), fill="#212121")
    draw.ellipse((150, 130, 330, 300), fill="#8d6e63")
    draw.pieslice((60, 330, 420, 780), 180, 360, fill="#f5f5f5")
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=90)
    return out.getvalue()


def build_register(folder: Path) -> Services:
    clock = FixedClock(NOW)
    db = open_database(folder / "demo.sqlite", create=True)
    migrate(db, backup_dir=None, clock=clock)
    create_demo_station(db, clock)
    generate_demo(db, clock, cases=CASES, seed=2026)
    return Services.build(db, clock)


def pick_case(services: Services, actor: object) -> str:
    """A child still missing, with a Marathi name: traced three hours ago for the pictures."""
    page = services.register.page_cases(
        actor,  # type: ignore[arg-type]
        CaseFilter(statuses=(CaseStatus.REGISTERED,), child=True),
        limit=200,
    )
    for row in page.rows:
        detail = services.cases.case_detail(actor, row.uuid, audit_view=False)  # type: ignore[arg-type]
        names = detail.person.names
        if (
            len(names) > 1
            and detail.fir is not None
            and detail.actions
            and detail.complainant
            and case_notice_refusal(detail) is None
        ):
            photo = PhotoInput(data=portrait(), primary=True, source="demo drawing")
            data = dataclasses.replace(detail.as_input(), photos=(photo,))
            services.cases.update_case(actor, detail.uuid, data, detail.version)  # type: ignore[arg-type]
            for step in (services.notices.request, services.notices.approve):
                step(actor, detail.register_no)  # type: ignore[arg-type]
            services.notices.issue(actor, detail.register_no)  # type: ignore[arg-type]
            services.cases.record_trace(
                actor,  # type: ignore[arg-type]
                detail.uuid,
                TraceInput(
                    trace_type=TraceType.TRACED_ON_FIR,
                    traced_at=NOW - timedelta(hours=3),
                    how_traced=HowTraced.GRP_RPF,
                    place="Dadar railway station, platform 4",
                    locality=Locality.OTHER_PS_CITY,
                    activity=Activity.BEGGING,
                    traced_by_name="HC Deshmukh",
                    traced_by_unit="GRP Dadar",
                ),
            )
            return detail.uuid
    raise SystemExit("no suitable demo case found")


def window(services: Services, lang: str, drafts: Path) -> MainWindow:
    actor = services.accounts.authenticate("pi.shinde", DEMO_PASSWORD, desk="screenshots")
    desk = Desk(
        services=services,
        actor=actor,
        station=services.accounts.station(),
        lang=lang,
        drafts=DraftStore(drafts),
        keys_dir=drafts.parent / "station-keys",
        database="talash-demo.sqlite",
        demo=True,
    )
    main = MainWindow(desk)
    main.resize(*SIZE)
    main.show()
    main.register.refresh()
    while main.register.loading:
        settle(0.05)
    return main


def returns_pages(main_window: MainWindow) -> None:
    """Last week's return (R1), then its annex with the children's names (Devanagari)."""
    main_window.show_page("returns")
    tab = main_window.returns.return_tab
    while tab.view.document is None:
        settle(0.1)
    shoot(main_window, "returns")
    tab.annex.setChecked(True)
    tab.names.setChecked(True)
    while not any(a.name for a in (tab.view.document.annex if tab.view.document else ())):
        settle(0.1)
    tab.view.show_table("Annex")
    shoot(main_window, "returns-annex")
    tab.names.setChecked(False)
    tab.annex.setChecked(False)


def build_hq(station: Services, folder: Path) -> Services:
    """An HQ database that trusts the demo station and a second station that sent nothing;
    the demo station's package for last week, a copy altered on the way, and a second copy."""
    clock = FixedClock(NOW)
    db = open_database(folder / "hq.sqlite", create=True)
    migrate(db, backup_dir=None, clock=clock)
    HqService(db, clock).init_hq(
        StationInput(
            code="MH-MUM-CP",
            name="Commissioner of Police, Mumbai",
            name_local="पोलीस आयुक्त, मुंबई",
            district="Mumbai",
            state="Maharashtra",
        ),
        NewUser("dcp.rao", "Meena Rao", "Deputy Commissioner of Police", Role.SHO),
        HQ_PASSWORD,
        NewUser("clerk.joshi", "Anil Joshi", "Head Clerk", Role.HQ_CLERK),
        HQ_PASSWORD,
        desk="hq",
    )
    hq = Services.build(db, clock)
    hq_head = hq.accounts.authenticate("dcp.rao", HQ_PASSWORD, desk="hq")
    hq.exchange_keys.init_key(hq_head, KeyStore(folder / "hq-keys"), KEY_PASSPHRASE)
    head = station.accounts.authenticate("pi.shinde", DEMO_PASSWORD, desk="screenshots")
    station_keys = KeyStore(folder / "station-keys")
    station.exchange_keys.init_key(head, station_keys, KEY_PASSPHRASE)
    hq_key = hq.exchange_keys.own_public_key(hq_head)
    station.exchange_keys.trust_hq(head, hq_key.to_file(), source="hq.json")
    own = station.exchange_keys.own_public_key(head)
    hq.hq.trust_station(hq_head, own.to_file(), source="station.json")
    silent = PublicKeyInfo(SIGNING, "MH-MUM-SIO", "Sion Police Station", "Mumbai", bytes(32), NOW)
    hq.hq.trust_station(hq_head, silent.to_file(), source="sion.json")
    inbox = folder / "inbox"
    period = default_period(NOW.date())
    signer = station_keys.station_signer(KEY_PASSPHRASE)
    package = station.returns.export_package(head, period, inbox, signer).path
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0x01
    (inbox / "from-e-mail-attachment.talash-return").write_bytes(bytes(data))
    (inbox / "copy-from-usb-stick.talash-return").write_bytes(package.read_bytes())
    return hq


def hq_pages(hq: Services, folder: Path) -> None:
    clerk = hq.accounts.authenticate("clerk.joshi", HQ_PASSWORD, desk="hq")
    desk = Desk(
        services=hq,
        actor=clerk,
        station=hq.accounts.station(),
        keys_dir=folder / "hq-keys",
        database="postgresql://hq-server/talash_hq",
    )
    main = MainWindow(desk)
    main.resize(*SIZE)
    main.show()
    opener = KeyStore(folder / "hq-keys").hq_opener(KEY_PASSPHRASE)
    inbox = folder / "inbox"
    receipts = hq.hq.import_files(clerk, sorted(inbox.iterdir()), opener)
    main.show_page("hq-import")
    main.hq_import.show_receipts(receipts)
    shoot(main, "hq-import")
    main.show_page("hq-stations")
    shoot(main, "hq-stations")
    main.show_page("hq-return")
    while main.hq_return.view.document is None:
        settle(0.1)
    shoot(main, "hq-consolidated")
    main.close()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)  # type: ignore[arg-type]
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services = build_register(folder)
        head = services.accounts.authenticate("pi.shinde", DEMO_PASSWORD, desk="screenshots")
        uuid = pick_case(services, head)

        en = window(services, "en", folder / "drafts")
        shoot(en, "register")
        search = en.register.filters.search
        search.setText("पाटील")
        settle(0.6)
        while en.register.loading:
            settle(0.05)
        shoot(en, "register-search-devanagari")
        search.clear()

        form = en.open_case(uuid)
        assert form is not None
        for number, section in enumerate(form.sections, start=1):
            form.go_to_section(section)
            slug = section.title.lower().replace(" & ", "-").replace(", ", "-").replace(" ", "-")
            shoot(en, f"case-form-{number:02d}-{slug}")
        dialog = form.open_trace_dialog("reunion")
        assert dialog is not None and isinstance(dialog, TraceDialog)
        dialog.resize(1200, 740)
        shoot(dialog, "trace-and-reunion")
        dialog.done(0)

        en.show_page("overdue")
        shoot(en, "overdue")
        en.show_page("found")
        shoot(en, "found-persons")
        en.show_page("dashboard")
        en.dashboard.show_period("year")
        shoot(en, "dashboard")
        returns_pages(en)
        en.close()

        mr = window(services, "mr", folder / "drafts")
        shoot(mr, "register-marathi-labels")
        mr.show_page("dashboard")
        mr.dashboard.show_period("year")
        shoot(mr, "dashboard-marathi-labels")
        mr.close()
        hq = build_hq(services, folder)
        hq_pages(hq, folder)
        hq.db.dispose()
        services.db.dispose()


if __name__ == "__main__":
    main()
