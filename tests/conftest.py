"""Shared fixtures: real databases on both backends, an injected clock, a ready station.

Every test that asks for ``db`` (or ``empty_db``) runs once on SQLite and once on PostgreSQL when
a server binary is on the machine. Databases are copied from templates migrated once per session
(Anki's trick), so each test starts from a clean, fully migrated register.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, text

from models.actor import Actor
from models.clock import FixedClock
from models.db import Database, open_database
from models.dto.accounts import NewUser, StationInput
from models.enums import Role
from models.migrate import migrate
from models.services.accounts import AccountService
from tests.pg_server import PostgresServer, PostgresUnavailable, find_bin_dir

IST = ZoneInfo("Asia/Kolkata")
TEST_PASSWORD = "Test-Password-2026"
DESK = "desk-1"
FIXED_NOW = datetime(2026, 11, 20, 10, 0, tzinfo=IST)

_pg: PostgresServer | None = None
_WORKER_URL = "TALASH_TEST_POSTGRES_WORKER_URL"
_pg_url: str | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _pg, _pg_url
    if hasattr(config, "workerinput"):
        # A worker of a parallel run (pytest-xdist) uses the server its controller started.
        _pg_url = os.environ.get(_WORKER_URL)
        return
    wanted = os.environ.get("TALASH_TEST_POSTGRES", "auto").lower()
    if wanted == "off":
        return
    existing = os.environ.get("TALASH_TEST_POSTGRES_URL")
    if existing:
        _pg_url = os.environ[_WORKER_URL] = existing
        return
    if find_bin_dir() is None:
        if wanted == "on":
            pytest.exit("TALASH_TEST_POSTGRES=on but no PostgreSQL server binary is installed", 3)
        return
    try:
        _pg = PostgresServer.start()
    except PostgresUnavailable as exc:
        pytest.exit(f"A PostgreSQL server binary is installed but the test server failed: {exc}", 3)
    _pg_url = _pg.url()
    os.environ[_WORKER_URL] = _pg_url  # the workers are started after this, with this environment


def pytest_unconfigure(config: pytest.Config) -> None:
    if _pg is not None:
        _pg.stop()


def pytest_report_header(config: pytest.Config) -> str:
    if _pg is not None:
        return (
            f"database backends: sqlite, postgresql ({_pg.version}, "
            f"throw-away server on port {_pg.port})"
        )
    if _pg_url:
        return "database backends: sqlite, postgresql (TALASH_TEST_POSTGRES_URL)"
    return "database backends: sqlite only (no PostgreSQL server binary on this machine)"


def backends() -> list[str]:
    return ["sqlite", "postgresql"] if _pg_url else ["sqlite"]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        metafunc.parametrize("backend", backends())


# -- templates ---------------------------------------------------------------------------------


def _seed_station(db: Database, clock: FixedClock) -> None:
    accounts = AccountService(db, clock)
    accounts.init_station(
        StationInput(
            code="MH-MUM-DHR",
            name="Dharavi Police Station",
            name_local="धारावी पोलीस ठाणे",
            district="Mumbai City",
            state="Maharashtra",
            zone="Zone 5",
            phone="022-2407XXXX",
        ),
        NewUser(
            "pi.shinde", "Suresh Shinde", "Police Inspector", Role.SHO, "PI-1021", "98XXXXXX01"
        ),
        TEST_PASSWORD,
        desk=DESK,
    )
    sho = accounts.authenticate("pi.shinde", TEST_PASSWORD, desk=DESK)
    for user in (
        NewUser(
            "psi.more", "Anita More", "Police Sub-Inspector", Role.IO, "PSI-2231", "98XXXXXX02"
        ),
        NewUser(
            "api.khan", "Imran Khan", "Asst. Police Inspector", Role.IO, "API-3310", "98XXXXXX03"
        ),
        NewUser("hc.pawar", "Vijay Pawar", "Head Constable", Role.WRITER, "HC-4410"),
        NewUser("admin.it", "Rohit Desai", "Police Naik", Role.ADMIN, "PN-5520"),
    ):
        accounts.add_user(sho, user, TEST_PASSWORD, typed_by_owner=True)


@dataclass
class _Templates:
    root: Path
    sqlite: dict[str, Path]
    pg: dict[str, str]


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application(qapp: object) -> None:
    """The widgets' QApplication exists before any test runs: a command-line test that renders an
    image makes a bare QCoreApplication when none exists (as the command line must), and a
    window test later in the same process would then get that one and fail to style it."""


@pytest.fixture(scope="session")
def _templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Templates]:
    root = tmp_path_factory.mktemp("templates")
    clock = FixedClock(FIXED_NOW)
    sqlite: dict[str, Path] = {}
    for kind in ("empty", "station"):
        path = root / f"{kind}.sqlite"
        db = open_database(path, create=True)
        migrate(db, backup_dir=None, clock=clock)
        if kind == "station":
            _seed_station(db, clock)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()
        sqlite[kind] = path
    pg: dict[str, str] = {}
    if _pg_url:
        admin = create_engine(_pg_url, isolation_level="AUTOCOMMIT")
        for kind in ("empty", "station"):
            name = f"talash_tpl_{kind}_{uuid.uuid4().hex[:8]}"
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            url = _pg_url.rsplit("/", 1)[0] + "/" + name
            db = open_database(url)
            migrate(db, backup_dir=None, clock=clock)
            if kind == "station":
                _seed_station(db, clock)
            db.dispose()
            pg[kind] = name
        admin.dispose()
    yield _Templates(root, sqlite, pg)


def _finish_background_jobs() -> None:
    """Let the window's background jobs (ui/tasks.py) of a test end before its register goes:
    a job still reading (the possible matches worked out after a save, a count) would
    otherwise fail on a register dropped under it and be reported against the next test."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        qtcore.QThreadPool.globalInstance().waitForDone(60_000)


def _make_db(kind: str, backend: str, templates: _Templates, tmp_path: Path) -> Iterator[Database]:
    if backend == "sqlite":
        path = tmp_path / "register.sqlite"
        shutil.copyfile(templates.sqlite[kind], path)
        db = open_database(path)
        yield db
        _finish_background_jobs()
        db.dispose()
        return
    assert _pg_url is not None
    name = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(_pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(
            text(f'CREATE DATABASE "{name}" TEMPLATE "{templates.pg[kind]}" STRATEGY FILE_COPY')
        )
    db = open_database(_pg_url.rsplit("/", 1)[0] + "/" + name)
    try:
        yield db
    finally:
        _finish_background_jobs()
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def empty_db(backend: str, _templates: _Templates, tmp_path: Path) -> Iterator[Database]:
    """A migrated register with no station yet."""
    yield from _make_db("empty", backend, _templates, tmp_path)


@pytest.fixture
def db(backend: str, _templates: _Templates, tmp_path: Path) -> Iterator[Database]:
    """A migrated register with station MH-MUM-DHR and its users (see ``people``)."""
    yield from _make_db("station", backend, _templates, tmp_path)


@pytest.fixture
def sqlite_db(_templates: _Templates, tmp_path: Path) -> Iterator[Database]:
    """The station register on SQLite only (for SQLite-specific behaviour)."""
    yield from _make_db("station", "sqlite", _templates, tmp_path)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(FIXED_NOW)


@dataclass(frozen=True)
class People:
    sho: Actor
    io: Actor
    io2: Actor
    writer: Actor
    admin: Actor


def actors_of(db: Database) -> People:
    from sqlalchemy import select

    from models.entities import AppUser
    from models.services.accounts import actor_for

    with db.read() as s:
        users = {u.username: actor_for(u, DESK) for u in s.scalars(select(AppUser))}
    return People(
        sho=users["pi.shinde"],
        io=users["psi.more"],
        io2=users["api.khan"],
        writer=users["hc.pawar"],
        admin=users["admin.it"],
    )


@pytest.fixture
def people(db: Database) -> People:
    return actors_of(db)
