"""The migrated schema is exactly the ORM's; old, foreign and newer databases are handled."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from models.base import Base, described_by_orm, in_dialect
from models.clock import FixedClock
from models.db import Database, open_database
from models.errors import DatabaseFileError
from models.migrate import _upgrade, alembic_config, current_revision, head_revision, migrate


def test_migrated_schema_equals_orm_metadata(empty_db: Database) -> None:
    with empty_db.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_name": described_by_orm,
                "include_object": in_dialect(conn.dialect.name),
            },
        )
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []
    assert current_revision(empty_db) == head_revision()


def test_migrate_is_a_no_op_at_head(empty_db: Database, clock: FixedClock, tmp_path: Path) -> None:
    outcome = migrate(empty_db, backup_dir=tmp_path / "b", clock=clock)
    assert not outcome.changed and outcome.backup is None
    assert not (tmp_path / "b").exists()


def test_upgrade_backs_up_an_existing_sqlite_register(tmp_path: Path, clock: FixedClock) -> None:
    db = open_database(tmp_path / "old.sqlite", create=True)
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001_register")
    with db.write() as s:
        s.execute(text("INSERT INTO setting (key, value) VALUES ('marker', '\"kept\"')"))
    outcome = migrate(db, backup_dir=tmp_path / "backups", clock=clock)
    db.dispose()
    assert outcome.before == "0001_register" and outcome.after == head_revision()
    assert outcome.backup is not None and outcome.backup.exists()
    copy = open_database(outcome.backup)
    try:
        assert current_revision(copy) == "0001_register"
        with copy.read() as s:
            assert (
                s.execute(text("SELECT value FROM setting WHERE key='marker'")).scalar() == '"kept"'
            )
    finally:
        copy.dispose()


def test_database_newer_than_the_program_is_refused(tmp_path: Path, clock: FixedClock) -> None:
    db = open_database(tmp_path / "newer.sqlite", create=True)
    _upgrade(db)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    with pytest.raises(DatabaseFileError, match="newer version of Talash") as err:
        migrate(db, backup_dir=tmp_path, clock=clock)
    assert "0099_from_the_future" in str(err.value)
    assert current_revision(db) == "0099_from_the_future"  # untouched
    db.dispose()


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path, clock: FixedClock) -> None:
    import sqlite3

    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    db = open_database(path)
    with pytest.raises(DatabaseFileError, match="not a Talash register"):
        migrate(db, backup_dir=tmp_path, clock=clock)
    db.dispose()


def test_an_analysed_register_gets_statistics_for_the_indexes_an_upgrade_adds(
    tmp_path: Path, clock: FixedClock
) -> None:
    db = open_database(tmp_path / "old.sqlite", create=True)
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0014_found_portal_upload")
        conn.execute(text("ANALYZE"))
        # Statistics from the register as it was (here: a million settings rows).
        conn.execute(text("UPDATE sqlite_stat1 SET stat = '1000000 1' WHERE tbl = 'setting'"))
    migrate(db, backup_dir=tmp_path / "backups", clock=clock)
    with db.read() as s:
        stat = s.execute(text("SELECT stat FROM sqlite_stat1 WHERE tbl = 'setting'")).scalar()
    db.dispose()
    # Taken again after the upgrade: a new revision's indexes are planned with statistics too
    # (without them the planner took the overdue list's index for the register's page).
    assert stat is not None and not stat.startswith("1000000")


def test_a_register_never_analysed_is_left_to_the_default_plans(
    tmp_path: Path, clock: FixedClock
) -> None:
    db = open_database(tmp_path / "old.sqlite", create=True)
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0014_found_portal_upload")
    migrate(db, backup_dir=tmp_path / "backups", clock=clock)
    with db.read() as s:
        stats = s.execute(
            text("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
        ).scalar()
    db.dispose()
    assert stats == 0
