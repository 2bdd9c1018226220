"""Make the "same person again" screenshot: a new report typed in Devanagari brings up the
earlier case of the same girl, entered in Latin letters eight months before.

    xvfb-run -a -s "-screen 0 1366x768x24" \
        .venv/bin/python docs/screenshots/make_repeat_screenshots.py

The demo station of make_screenshots.py (clock at 20-11-2026 10:00 India) gets one earlier case,
a girl of 14 who ran away in March and was traced. Nothing in it is a real person.
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
from models.services import Services
from ui.style import apply_style

CASES = 300
TYPED = "कविता जाधव"


def build(folder: Path) -> Services:
    clock = FixedClock(NOW)
    db = open_database(folder / "demo.sqlite", create=True)
    migrate(db, backup_dir=None, clock=clock)
    create_demo_station(db, clock)
    generate_demo(db, clock, cases=CASES, seed=2026)
    return Services.build(db, clock)


def add_earlier_case(services: Services) -> None:
    actor = services.accounts.authenticate("pi.shinde", DEMO_PASSWORD, desk="screenshots")
    page = services.register.page_cases(
        actor, CaseFilter(statuses=(CaseStatus.REGISTERED,), child=True), limit=50
    )
    template = next(
        d
        for r in page.rows
        for d in [services.cases.case_detail(actor, r.uuid, audit_view=False)]
        if d.fir is not None and d.person.sex is Sex.FEMALE
    ).as_input()
    seen = NOW - timedelta(days=245)
    data = dataclasses.replace(
        template,
        person=dataclasses.replace(
            template.person,
            names=("Kavita Suresh Jadhav",),
            aliases=("Kavu",),
            sex=Sex.FEMALE,
            date_of_birth="2012-02-11",
            age_min=None,
            age_max=None,
            relative_name="Suresh Jadhav",
        ),
        report=dataclasses.replace(
            template.report, reported_at=seen + timedelta(hours=4), gd_entry_at=None
        ),
        fir=dataclasses.replace(template.fir, registered_at=seen + timedelta(hours=5)),  # type: ignore[arg-type]
        circumstances=dataclasses.replace(
            template.circumstances, last_seen_at=seen, last_seen_place="Sion station, platform 2"
        ),
        photos=(),
        risk=dataclasses.replace(template.risk, next_review_due=None) if template.risk else None,
    )
    services.cases.register_case(actor, data)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services = build(folder)
        add_earlier_case(services)
        main_window = window(services, "en", folder / "drafts")
        form = main_window.new_case()
        assert form is not None
        form.go_to_section(form.sections[1])
        form.set_field("person.names", ["", TYPED])
        form.set_field("person.sex", Sex.FEMALE.value)
        form.set_field("person.age", "14")
        for _ in range(400):
            settle(0.05)
            if form.duplicates.candidates:
                break
        form.duplicates.list.setFocus()
        shoot(main_window, "case-form-same-person-again")
        main_window.close()
        services.db.dispose()


if __name__ == "__main__":
    main()
