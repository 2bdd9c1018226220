"""Rebuild the sample printouts in this folder: ``python docs/samples/generate.py``.

A throw-away register gets one made-up child case (a drawn silhouette stands in for the photo)
and one made-up unidentified dead body; a notice for each is requested, approved and issued, and
the FIR and the notices are rendered to PDF and, with pdftoppm, to PNG pages for reading in a
browser.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from models.clock import FixedClock  # noqa: E402
from models.db import open_database  # noqa: E402
from models.dto.cases import PhotoInput  # noqa: E402
from models.migrate import migrate  # noqa: E402
from models.services import Services  # noqa: E402
from reports.fir import render_fir  # noqa: E402
from reports.notice import render_found_notice, render_missing_notice  # noqa: E402
from tests.conftest import FIXED_NOW, _seed_station, actors_of  # noqa: E402
from tests.factories import child_case, child_person  # noqa: E402
from tests.models.test_unidentified_bodies import body_input  # noqa: E402
from tests.reports.conftest import issue_for, portrait_jpeg, register_child  # noqa: E402

NARRATIVE = (
    "Shrikant Kshirsagar states that his daughter Priya, aged about 14 years, left school at "
    "about 6 pm and has not returned home. Friends say she was talking to an unknown young man "
    "near the bus stop.\n\n"
    "तक्रारदार श्रीकांत क्षीरसागर यांनी सांगितले की त्यांची मुलगी प्रिया (वय सुमारे १४ वर्षे) "
    "सायंकाळी ६ वाजता शाळेतून निघाली, परंतु घरी परत आली नाही. तिच्या मैत्रिणींच्या म्हणण्यानुसार "
    "ती बस थांब्याजवळ एका अनोळखी तरुणाशी बोलत होती. शोध घेऊनही ती मिळून आली नाही."
)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        clock = FixedClock(FIXED_NOW)
        db = open_database(Path(folder) / "samples.sqlite", create=True)
        migrate(db, backup_dir=None, clock=clock)
        _seed_station(db, clock)
        people = actors_of(db)
        svc = Services.build(db, clock)
        base = child_case()
        assert base.complainant is not None
        complainant = dataclasses.replace(
            base.complainant,
            person=dataclasses.replace(
                base.complainant.person, names=("Shrikant Kshirsagar", "श्रीकांत क्षीरसागर")
            ),
        )
        case = register_child(
            svc,
            people,
            person=child_person(
                names=("Priya Shrikant Kshirsagar", "प्रिया श्रीकांत क्षीरसागर"),
                relative_name="Shrikant Kshirsagar",
            ),
            complainant=complainant,
            circumstances=dataclasses.replace(base.circumstances, narrative=NARRATIVE),
        )
        number = issue_for(svc, people, case.register_no).notice_no or ""
        body = svc.found.add_found(
            people.writer, body_input(photos=(PhotoInput(data=portrait_jpeg(), primary=True),))
        ).value
        body_number = issue_for(svc, people, body.ref_no).notice_no or ""
        outputs = {
            "notice-body-mr": render_found_notice(svc.notices.found_notice(people.io, body_number)),
            "notice-missing-mr": render_missing_notice(
                svc.notices.missing_notice(people.io, number)
            ),
            "fir-mr": render_fir(svc.notices.case_papers(people.writer, case.register_no, "fir")),
        }
        db.dispose()
    for stem, pdf in outputs.items():
        (HERE / f"{stem}.pdf").write_bytes(pdf)
        for old in HERE.glob(f"{stem}-*.png"):
            old.unlink()
        subprocess.run(
            ["pdftoppm", "-r", "90", "-png", str(HERE / f"{stem}.pdf"), str(HERE / stem)],
            check=True,
        )
        print(stem, len(pdf), "bytes")


if __name__ == "__main__":
    main()
