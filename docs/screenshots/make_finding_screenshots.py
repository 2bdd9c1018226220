"""Make the "Finding people" screenshots: a Devanagari search in the register that finds cases
entered in Latin letters, and the possible matches of a found person (why, and why not).

    xvfb-run -a -s "-screen 0 1366x768x24" \
        .venv/bin/python docs/screenshots/make_finding_screenshots.py

The demo station of make_screenshots.py (clock at 20-11-2026 10:00 India) gets two cases typed in
Latin letters, a girl of 13 and a namesake of 7, and a girl found this morning whose name was
written in Devanagari. Nothing in them is a real person.
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
from models.dto.cases import CaseFilter, MarkRow, PersonInput
from models.dto.found import FoundInput
from models.enums import Activity, CaseStatus, Language, MarkType, Sex
from models.migrate import migrate
from models.services import Services
from ui.style import apply_style

CASES = 300
QUERY = "सुनीता पवार"


def build(folder: Path) -> Services:
    clock = FixedClock(NOW)
    db = open_database(folder / "demo.sqlite", create=True)
    migrate(db, backup_dir=None, clock=clock)
    create_demo_station(db, clock)
    generate_demo(db, clock, cases=CASES, seed=2026)
    return Services.build(db, clock)


def add_people(services: Services) -> str:
    """Two Latin-entered cases and the found girl; returns the found person's number."""
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
    seen = NOW - timedelta(days=3)

    def case(name: str, born: str, height: int, mark: MarkRow) -> None:
        person = dataclasses.replace(
            template.person,
            names=(name,),
            aliases=(),
            sex=Sex.FEMALE,
            date_of_birth=born,
            age_min=None,
            age_max=None,
            height_cm=height,
            marks=(mark,),
            mother_tongue=Language.MARATHI,
            languages=(Language.MARATHI, Language.HINDI),
        )
        report = dataclasses.replace(
            template.report, reported_at=seen + timedelta(hours=5), gd_entry_at=None
        )
        fir = dataclasses.replace(template.fir, registered_at=seen + timedelta(hours=6))  # type: ignore[arg-type]
        circumstances = dataclasses.replace(
            template.circumstances, last_seen_at=seen, last_seen_place="Dadar station, east side"
        )
        data = dataclasses.replace(
            template,
            person=person,
            report=report,
            fir=fir,
            circumstances=circumstances,
            photos=(),
            # Left to the station's interval for the grade, from the day reported.
            risk=dataclasses.replace(template.risk, next_review_due=None)
            if template.risk
            else None,
        )
        services.cases.register_case(actor, data)

    case("Sunita Ramesh Pawar", "2013-06-02", 146, MarkRow(MarkType.MOLE, "chin", "black mole"))
    case("Sunita Pawar", "2019-08-15", 112, MarkRow(MarkType.SCAR, "left knee", "old scar"))
    found = FoundInput(
        person=PersonInput(
            names=(QUERY,),
            sex=Sex.FEMALE,
            age_min=12,
            age_max=14,
            height_cm=144,
            languages=(Language.MARATHI,),
            marks=(MarkRow(MarkType.MOLE, "chin", "small black mole"),),
        ),
        found_at=NOW - timedelta(hours=5),
        found_place="CSMT station, platform 7",
        activity=Activity.BEGGING,
        found_by="RPF CSMT",
    )
    return services.found.add_found(actor, found).value.ref_no


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        services = build(folder)
        found_ref = add_people(services)
        main_window = window(services, "en", folder / "drafts")

        search = main_window.register.filters.search
        search.setText(QUERY)
        main_window.register.filters.search_now()
        settle(0.2)
        while main_window.register.loading:
            settle(0.05)
        main_window.register.focus_list()
        shoot(main_window, "finding-register-search")

        main_window.show_page("dashboard")
        detail = services.found.found_detail(main_window.desk.actor, found_ref)
        form = main_window.open_found(detail.uuid)
        assert form is not None
        while form.matches.loading:
            settle(0.05)
        shoot(main_window, "finding-possible-matches")
        namesake = next(c for c in form.matches.candidates() if c.name == "Sunita Pawar")
        form.matches.select(namesake.ref)
        form.matches.table.scrollTo(form.matches.table.currentIndex())
        shoot(main_window, "finding-possible-matches-why-not")
        main_window.close()
        services.db.dispose()


if __name__ == "__main__":
    main()
