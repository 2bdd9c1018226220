"""The child of the kill -9 harness: saves cases in a loop and reports each acknowledged save.

``python -m tests.security.kill9_child REGISTER.sqlite`` prints ``ACK <register number>`` after
each save has returned (its transaction committed), until it is killed.
"""

from __future__ import annotations

import dataclasses
import itertools
import sys

from sqlalchemy import func, select

from models.clock import SystemClock
from models.db import open_database
from models.entities import Case
from models.services import Services
from tests.conftest import DESK, TEST_PASSWORD
from tests.factories import child_case


def main(path: str) -> None:
    db = open_database(path)
    svc = Services.build(db, SystemClock())
    writer = svc.accounts.authenticate("hc.pawar", TEST_PASSWORD, desk=DESK)
    data = child_case()
    assert data.fir is not None
    # An FIR number is given once a year: each save takes the next one after every case an
    # earlier (killed) child saved.
    with db.read() as s:
        saved_before = s.scalar(select(func.count()).select_from(Case)) or 0
    out = sys.stdout
    for serial in itertools.count(8001 + saved_before):
        fir = dataclasses.replace(data.fir, number=f"{serial}/{data.fir.registered_at.year}")
        saved = svc.cases.register_case(writer, dataclasses.replace(data, fir=fir))
        out.write(f"ACK {saved.value.register_no}\n")
        out.flush()


if __name__ == "__main__":
    main(sys.argv[1])
