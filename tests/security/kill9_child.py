"""The child of the kill -9 harness: saves cases in a loop and reports each acknowledged save.

``python -m tests.security.kill9_child REGISTER.sqlite`` prints ``ACK <register number>`` after
each save has returned (its transaction committed), until it is killed.
"""

from __future__ import annotations

import sys

from models.clock import SystemClock
from models.db import open_database
from models.services import Services
from tests.conftest import DESK, TEST_PASSWORD
from tests.factories import child_case


def main(path: str) -> None:
    db = open_database(path)
    svc = Services.build(db, SystemClock())
    writer = svc.accounts.authenticate("hc.pawar", TEST_PASSWORD, desk=DESK)
    data = child_case()
    out = sys.stdout
    while True:
        saved = svc.cases.register_case(writer, data)
        out.write(f"ACK {saved.value.register_no}\n")
        out.flush()


if __name__ == "__main__":
    main(sys.argv[1])
