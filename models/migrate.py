"""Bringing a register database to the program's schema: backup first, then Alembic.

A database written by a newer Talash (a revision this program does not know) is refused, never
touched. An SQLite register that already holds data is copied with the online backup API before
any upgrade step runs.

Alembic is loaded only when a register needs it: a register already at the newest revision (every
start but the first after an update) is recognised by one query against the newest revision
file's name, so opening it does not pay for loading the migration machinery.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

import models.migrations
from models.clock import Clock
from models.db import Database, backup_sqlite
from models.errors import DatabaseFileError
from models.messages import msg

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(models.migrations.__file__).resolve().parent
# A revision's file is named after the revision, numbered in order: 0014_found_portal_upload.py
# holds revision "0014_found_portal_upload" (a test holds the newest one to Alembic's head).
REVISION_FILE = re.compile(r"\d{4}_\w+")


def newest_revision_file() -> str:
    """The revision of the newest file in versions/ (its name without ``.py``)."""
    names = [p.stem for p in (MIGRATIONS_DIR / "versions").glob("*.py")]
    return max(n for n in names if REVISION_FILE.fullmatch(n))


def _stored_revision(db: Database) -> str | None:
    """The register's one revision row, read without Alembic; None if there is not exactly one."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


def alembic_config() -> Config:
    """Alembic settings built in code: the script folder is found beside this package, so the
    frozen program (which carries the folder as data) finds it too."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migrations found in " + str(MIGRATIONS_DIR))
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class MigrationOutcome:
    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def migrate(db: Database, *, backup_dir: Path | None, clock: Clock) -> MigrationOutcome:
    """Upgrade ``db`` to the newest schema, backing up an existing SQLite register first."""
    newest = newest_revision_file()
    if _stored_revision(db) == newest:
        return MigrationOutcome(newest, newest, None)
    before = current_revision(db)
    head = head_revision()
    if before is not None and before not in known_revisions():
        raise DatabaseFileError(
            msg(
                "The database {describe} was written by a newer version of Talash "
                "(schema {before}). This program knows schemas up to {head}; open it "
                "with the newer program. Nothing was changed.",
                describe=db.describe(),
                before=before,
                head=head,
            )
        )
    if before is None and _has_foreign_tables(db):
        raise DatabaseFileError(
            msg(
                "The database {describe} already holds tables but is not a Talash "
                "register. Nothing was changed; name a new file or the right database.",
                describe=db.describe(),
            )
        )
    if before == head:
        return MigrationOutcome(before, head, None)
    if db.read_only:
        raise DatabaseFileError(
            msg(
                "The database {describe} is damaged and opened read-only, and it needs "
                "a schema upgrade that cannot run on it. Restore the latest backup "
                "(talash restore).",
                describe=db.describe(),
            )
        )
    backup: Path | None = None
    if before is not None and db.is_sqlite and backup_dir is not None:
        stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
        backup = backup_sqlite(db, backup_dir / f"talash-{stamp}-before-upgrade-{before}.sqlite")
        log.info("backed up the register to %s before upgrading from %s", backup, before)
    _upgrade(db)
    log.info("database schema upgraded from %s to %s", before, head)
    return MigrationOutcome(before, head, backup)


def _has_foreign_tables(db: Database) -> bool:
    with db.engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def _upgrade(db: Database) -> None:
    from alembic import command

    cfg = alembic_config()
    with db.engine.connect() as conn:
        if db.is_sqlite:
            # Batch migrations rebuild tables; with foreign keys on, dropping the old copy would
            # cascade. The pragma only takes effect outside a transaction (so it goes straight to
            # the driver, before SQLAlchemy begins one), and the keys are checked before commit.
            _sqlite_pragma(conn, "PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if db.is_sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseFileError(
                            msg(
                                "Upgrading {describe} would break {broken_count} links between "
                                "records; the upgrade was undone and nothing was changed.",
                                describe=db.describe(),
                                broken_count=len(broken),
                            )
                        )
        finally:
            if db.is_sqlite:
                _sqlite_pragma(conn, "PRAGMA foreign_keys = ON")
        if db.is_sqlite:
            _refresh_statistics(conn)


def _refresh_statistics(conn: Connection) -> None:
    """Give a new revision's indexes their statistics in a register that has some.

    SQLite plans with the statistics ANALYZE left in sqlite_stat1; an index a revision adds has
    none there, and the planner then guesses it is selective: on a register analysed before
    revision 0015 the register's page went through an overdue-list index and sorted every case
    (106 ms instead of 0.5 ms at 100k cases, 2.8 s at 1M). A register never analysed plans by
    SQLite's defaults alike for all its indexes and is left so. ``analysis_limit`` samples each
    index (milliseconds at a million cases) instead of reading it whole.
    """
    # Straight to the driver, outside any transaction SQLAlchemy would begin (and roll back).
    driver = conn.connection.driver_connection
    assert driver is not None
    analysed = driver.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
    ).fetchone()
    if analysed is None:
        return
    driver.execute("PRAGMA analysis_limit = 1000")
    driver.execute("ANALYZE")


def _sqlite_pragma(conn: Connection, statement: str) -> None:
    driver = conn.connection.driver_connection
    assert driver is not None
    driver.execute(statement)
