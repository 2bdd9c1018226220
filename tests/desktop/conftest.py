"""What the command-line tests share."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.__main__ import main
from models.db import Database
from tests.conftest import TEST_PASSWORD


@pytest.fixture
def cli(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., int]:
    """``talash`` on the test's register (SQLite or PostgreSQL), as ``user`` (a clerk unless
    told), with its data folder in the test's own directory: ``cli("case", "list")``."""
    monkeypatch.setenv("TALASH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TALASH_PASSWORD", TEST_PASSWORD)
    target = str(db.target.sqlite_path or db.target.url.render_as_string(hide_password=False))
    db.dispose()

    def run(*args: str, user: str = "hc.pawar") -> int:
        return main(["--db", target, "--as", user, *args])

    return run
