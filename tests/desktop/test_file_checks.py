"""The command line reads a whole SQLite register for damage at the day's first opening and
whenever the file was replaced; the other openings check what the window checks first."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop import context
from desktop.cli import run
from models.clock import FixedClock
from models.db import Database
from models.services import Services
from tests.conftest import TEST_PASSWORD, actors_of
from tests.damage import damage_an_index
from tests.factories import child_case


@pytest.fixture
def register(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FixedClock
) -> Path:
    """A register holding one case, the data folder's own, reached through the CLI."""
    Services.build(sqlite_db, clock).cases.register_case(actors_of(sqlite_db).writer, child_case())
    sqlite_db.dispose()
    data = tmp_path / "data"
    data.mkdir()
    assert sqlite_db.target.sqlite_path is not None
    path = data / "talash.sqlite"
    shutil.copyfile(sqlite_db.target.sqlite_path, path)
    monkeypatch.setenv("TALASH_DATA_DIR", str(data))
    monkeypatch.setenv("TALASH_PASSWORD", TEST_PASSWORD)
    monkeypatch.delenv("TALASH_DB", raising=False)
    return path


@pytest.fixture
def checks_made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The start-up check each opening asked for, in order."""
    made: list[str] = []
    real = context.open_database

    def spy(*args: Any, **kwargs: Any) -> Any:
        made.append(kwargs["check"])
        return real(*args, **kwargs)

    monkeypatch.setattr(context, "open_database", spy)
    return made


def _verb() -> int:
    return run(["--as", "hc.pawar", "case", "list"])


def test_the_whole_file_is_read_once_a_day_and_after_the_file_is_replaced(
    register: Path, checks_made: list[str]
) -> None:
    assert [_verb(), _verb(), _verb()] == [0, 0, 0]
    assert checks_made == ["whole_file", "logon_tables", "logon_tables"]
    record = register.parent / "whole-file-checks.json"
    entries = json.loads(record.read_text(encoding="utf-8"))
    (entry,) = entries.values()
    yesterday = date.fromisoformat(entry["checked_on"]) - timedelta(days=1)
    entry["checked_on"] = yesterday.isoformat()
    record.write_text(json.dumps(entries), encoding="utf-8")
    assert [_verb(), _verb()] == [0, 0]
    assert checks_made[3:] == ["whole_file", "logon_tables"]
    # A file put in the register's place (a restore, a copy) is a new file: read at once.
    shutil.copyfile(register, register.with_suffix(".copy"))
    register.with_suffix(".copy").replace(register)
    assert _verb() == 0
    record.write_text("not json", encoding="utf-8")  # an unreadable record: never checked
    assert _verb() == 0
    assert checks_made[5:] == ["whole_file", "whole_file"]


def test_damage_is_found_by_the_days_first_verb_and_never_recorded_as_checked(
    register: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damage_an_index(register, "clothing_item")  # a table no logon reads
    assert _verb() == 1
    assert "damaged" in capsys.readouterr().err
    assert _verb() == 1  # still refused: a failed check is not a day's clean check
    assert not (register.parent / "whole-file-checks.json").exists()
