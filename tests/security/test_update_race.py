"""Two desks saving one case at the same moment (PostgreSQL's row locks, SQLite's write lock):
one save wins and the other is told who changed the case; never an internal error."""

from __future__ import annotations

import dataclasses
import threading
from typing import Any

from models.clock import FixedClock
from models.db import Database, open_database
from models.errors import StaleEdit
from models.services import Services
from tests.conftest import FIXED_NOW, People
from tests.factories import child_case


def test_two_desks_saving_one_case_at_the_same_moment(db: Database, people: People) -> None:
    """Two desks (two connections) save the same case at once, six times over: one save wins,
    the other is told who changed the case; never an internal error (StaleDataError)."""
    svc = Services.build(db, FixedClock(FIXED_NOW))
    case = svc.cases.register_case(people.writer, child_case()).value
    other_db = open_database(db.target)
    other = Services.build(other_db, FixedClock(FIXED_NOW))
    try:
        for round_no in range(6):
            start = svc.cases.case_detail(people.sho, case.register_no)
            barrier = threading.Barrier(2)
            outcome: dict[str, object] = {}

            def save(
                desk: Services,
                place: str,
                start: Any = start,
                gate: Any = barrier,
                outcome: dict[str, object] = outcome,
            ) -> None:
                data = dataclasses.replace(
                    start.as_input(),
                    circumstances=dataclasses.replace(start.circumstances, last_seen_place=place),
                )
                gate.wait()
                try:
                    desk.cases.update_case(people.sho, case.register_no, data, start.version)
                    outcome[place] = "saved"
                except Exception as exc:  # what each desk got is checked below
                    outcome[place] = exc

            places = (f"Dadar {round_no}", f"Sion {round_no}")
            threads = [
                threading.Thread(target=save, args=(desk, place))
                for desk, place in zip((svc, other), places, strict=True)
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=60)
            saved = [p for p in places if outcome.get(p) == "saved"]
            refused = [outcome[p] for p in places if p not in saved]
            assert len(saved) == 1, outcome
            assert len(refused) == 1 and isinstance(refused[0], StaleEdit), outcome
            assert "changed by pi.shinde" in str(refused[0])
            kept = svc.cases.case_detail(people.sho, case.register_no)
            assert kept.circumstances.last_seen_place == saved[0]
    finally:
        other_db.dispose()
