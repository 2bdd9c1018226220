"""Make the "IO to be assigned" screenshots: the station head's overdue list with a child's case
saved by the front desk without an investigating officer, and the Assign IO dialog on its row.

    xvfb-run -a -s "-screen 0 1366x768x24" \
        .venv/bin/python docs/screenshots/make_overdue_screenshots.py

The demo station of make_screenshots.py (clock at 20-11-2026 10:00 India) gets one more report,
a girl of 13 registered by the writer 40 minutes before. Nothing in it is a real person.
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from make_screenshots import NOW, settle, shoot, window
from PySide6.QtWidgets import QApplication

from models.clock import FixedClock
from models.db import open_database
from models.demo import DEMO_PASSWORD, create_demo_station, generate_demo
from models.dto.cases import CaseFilter
from models.enums import CaseStatus, Sex
from models.migrate import migrate
from models.rules.clocks import IO_ASSIGNMENT
from models.services import Services
from ui.assign_io_dialog import AssignIoDialog
from ui.style import apply_style

CASES = 60


def build(folder: Path) -> Services:
    clock = FixedClock(NOW)
    db = open_database(folder / "demo.sqlite", create=True)
    migrate(db, backup_dir=None, clock=clock)
    create_demo_station(db, clock)
    generate_demo(db, clock, cases=CASES, seed=2026)
    return Services.build(db, clock)


def add_case_without_io(services: Services) -> str:
    writer = services.accounts.authenticate("hc.pawar", DEMO_PASSWORD, desk="screenshots")
    page = services.register.page_cases(
        writer, CaseFilter(statuses=(CaseStatus.REGISTERED,), child=True), limit=50
    )
    template = next(
        d
        for r in page.rows
        for d in [services.cases.case_detail(writer, r.uuid, audit_view=False)]
        if d.fir is not None and d.person.sex is Sex.FEMALE
    ).as_input()
    reported = NOW - timedelta(minutes=40)
    assert template.fir is not None
    data = dataclasses.replace(
        template,
        person=dataclasses.replace(
            template.person,
            names=("Sunita Ramesh Kamble",),
            aliases=(),
            date_of_birth=None,
            age_min=13,
            age_max=13,
            relative_name="Ramesh Kamble",
        ),
        report=dataclasses.replace(
            template.report, reported_at=reported, gd_entry_at=None, io=None
        ),
        fir=dataclasses.replace(
            template.fir, number="0999/2026", registered_at=reported + timedelta(minutes=20)
        ),
        circumstances=dataclasses.replace(
            template.circumstances,
            last_seen_at=reported - timedelta(hours=3),
            last_seen_place="Outside the municipal school, 90 Feet Road",
        ),
        photos=(),
        risk=dataclasses.replace(template.risk, next_review_due=None) if template.risk else None,
    )
    return services.cases.register_case(writer, data).value.register_no


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services = build(folder)
        ref = add_case_without_io(services)
        main_window = window(services, "en", folder / "drafts")
        main_window.show_page("overdue")
        view = main_window.overdue
        view.refresh()
        row = next(
            i
            for i, item in enumerate(view.model.items)
            if item.ref == ref and item.clock.kind == IO_ASSIGNMENT
        )
        view.table.setFocus()
        view.table.setCurrentIndex(view.model.index(row, 0))
        view.table.scrollTo(view.model.index(row, 0))
        shoot(main_window, "overdue-io-to-be-assigned")
        item = view.model.items[row]
        dialog = AssignIoDialog(view.desk, item.uuid, f"Case {item.ref}, {item.name}", view)
        dialog.officer.set_raw("psi.more")
        dialog.show()
        settle()
        shoot(dialog, "overdue-assign-io")
        dialog.reject()
        main_window.close()
        services.db.dispose()


if __name__ == "__main__":
    main()
