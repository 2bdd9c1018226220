"""The command line as a person uses it: help, set-up, errors in plain words, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.__main__ import main
from tests.conftest import TEST_PASSWORD

INIT_ARGS = [
    "init",
    "--code",
    "MH-MUM-DHR",
    "--name",
    "Dharavi Police Station",
    "--district",
    "Mumbai City",
    "--state",
    "Maharashtra",
    "--head-username",
    "pi.shinde",
    "--head-name",
    "Suresh Shinde",
]


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("TALASH_DATA_DIR", str(folder))
    monkeypatch.delenv("TALASH_DB", raising=False)
    monkeypatch.setenv("TALASH_PASSWORD", TEST_PASSWORD)
    return folder


def test_help_lists_the_verbs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for verb in ("init", "selfcheck"):
        assert verb in out
    assert "--db" in out and "--data-dir" in out


def test_init_creates_the_station_database(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(INIT_ARGS) == 0
    assert (data_dir / "talash.sqlite").exists()
    assert "MH-MUM-DHR" in capsys.readouterr().out
    # A second set-up of the same database is refused, not silently repeated.
    assert main(INIT_ARGS) == 1
    assert "already has its station" in capsys.readouterr().err


def test_init_reports_every_bad_field(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TALASH_PASSWORD", "password123")
    args = [
        "init",
        "--code",
        "bad code!",
        "--name",
        " ",
        "--district",
        "X",
        "--state",
        "Y",
        "--head-username",
        "A B",
        "--head-name",
        "Z",
    ]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "station.code" in err and "station.name: is required" in err
    assert "username" in err and "too common" in err
    assert "Traceback" not in err


def test_random_bytes_as_db_give_a_clear_error(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "random.db"
    bogus.write_bytes(os.urandom(4096))
    assert main(["--db", str(bogus), *INIT_ARGS]) == 1
    err = capsys.readouterr().err
    assert str(bogus) in err and "not a Talash database" in err
    assert "Traceback" not in err


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["no-such-verb"]) == 2


def test_selfcheck_passes_from_source(data_dir: Path) -> None:
    # Run as a separate process, the way a person (or the bundle test) runs it.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "selfcheck"],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for part in ("ok   database", "ok   pdf", "ok   crypto", "ok   qt"):
        assert part in done.stdout
    assert "versions:" in done.stdout
