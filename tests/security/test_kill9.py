"""Acknowledged saves survive kill -9 (reliability-reference §8 item 1).

The suite runs a short form (10 kills; TALASH_KILL9_TRIALS sets another number); the full 100
run is ``python -m benchmarks.kill9``.
"""

from __future__ import annotations

import os

import pytest

from models.db import Database
from tests.security import kill9_harness
from tests.security.conftest import db_path

pytestmark = pytest.mark.slow


def test_acknowledged_saves_survive_kill_9(sqlite_db: Database) -> None:
    path = db_path(sqlite_db)
    sqlite_db.dispose()
    trials = int(os.environ.get("TALASH_KILL9_TRIALS", "10"))
    report = kill9_harness.run(path, trials)
    assert report.ok, "\n".join(report.problems())
    assert report.acknowledged >= trials  # every trial saved at least once before the kill
