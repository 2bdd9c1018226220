"""Opening a register: the window's light check (the schema and the logon's tables) and the
whole-file check that follows it in the background; the command line's whole-file check; a
register already at the newest schema recognised without loading Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from models.clock import FixedClock
from models.db import DamagedDatabase, Database, open_database, whole_file_problem
from models.migrate import head_revision, newest_revision_file
from models.services import Services
from tests.conftest import actors_of
from tests.damage import damage_an_index
from tests.factories import child_case

ROOT = Path(__file__).resolve().parents[2]


def _register_with_a_case(db: Database, clock: FixedClock) -> Path:
    Services.build(db, clock).cases.register_case(actors_of(db).writer, child_case())
    path = db.target.sqlite_path
    assert path is not None
    db.dispose()
    return path


def test_a_sound_register_passes_both_checks(db: Database) -> None:
    opened = open_database(db.target, check="logon_tables")
    try:
        assert not opened.read_only
        assert whole_file_problem(opened) is None
    finally:
        opened.dispose()


def test_damage_the_logon_does_not_read_is_left_to_the_whole_file_check(
    sqlite_db: Database, clock: FixedClock
) -> None:
    path = _register_with_a_case(sqlite_db, clock)
    damage_an_index(path, "clothing_item")
    with pytest.raises(DamagedDatabase):
        open_database(path)  # the command line's check reads the whole file
    opened = open_database(path, check="logon_tables")
    try:
        assert not opened.read_only
        problem = whole_file_problem(opened)
        assert problem is not None and "Extends off end of page" in problem
    finally:
        opened.dispose()


def test_damage_in_the_logon_tables_is_found_before_the_logon(
    sqlite_db: Database, clock: FixedClock
) -> None:
    path = _register_with_a_case(sqlite_db, clock)
    damage_an_index(path, "app_user")
    with pytest.raises(DamagedDatabase, match="damaged"):
        open_database(path, check="logon_tables")
    opened = open_database(path, check="logon_tables", on_damage="read_only")
    try:
        assert opened.read_only and opened.damage
    finally:
        opened.dispose()


def test_the_newest_revision_file_is_alembics_head() -> None:
    assert newest_revision_file() == head_revision()


def test_a_register_at_the_newest_revision_opens_without_loading_alembic(db: Database) -> None:
    """Every start but the first after an update: one query, and the migration machinery stays
    unloaded (it costs a fifth of the window's start)."""
    url = db.target.url.render_as_string(hide_password=False)
    script = (
        "import sys; from pathlib import Path; from models.clock import SystemClock; "
        "from models.db import open_database; from models.migrate import migrate; "
        "db = open_database(sys.argv[1], check='logon_tables'); "
        "out = migrate(db, backup_dir=Path(sys.argv[2]), clock=SystemClock()); db.dispose(); "
        "print(out.changed, 'alembic' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, url, str(db.target.sqlite_path or ".")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert done.stdout.split() == ["False", "False"]
