"""Fixtures for the security and reliability tests: services on the test register, audit counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.clock import FixedClock
from models.db import Database
from models.entities import AuditEvent, Case
from models.services import Services
from tests.conftest import People, actors_of


@pytest.fixture
def svc(db: Database, clock: FixedClock) -> Services:
    return Services.build(db, clock)


@pytest.fixture
def sqlite_svc(sqlite_db: Database, clock: FixedClock) -> Services:
    return Services.build(sqlite_db, clock)


def audit_count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def case_count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Case)) or 0)


def db_path(db: Database) -> Path:
    assert db.target.sqlite_path is not None
    return db.target.sqlite_path


@pytest.fixture
def sqlite_people(sqlite_db: Database) -> People:
    """The station's users, on the SQLite-only register."""
    return actors_of(sqlite_db)
