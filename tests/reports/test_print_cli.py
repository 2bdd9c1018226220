"""``talash notice`` and ``talash print`` as a person uses them, on a real register file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.__main__ import main
from models.db import Database
from models.services import Services
from tests.conftest import TEST_PASSWORD, People
from tests.reports.conftest import register_child


@pytest.fixture
def register_file(sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from models.clock import FixedClock
    from tests.conftest import FIXED_NOW, actors_of

    svc = Services.build(sqlite_db, FixedClock(FIXED_NOW))
    people: People = actors_of(sqlite_db)
    register_child(svc, people)
    path = sqlite_db.target.sqlite_path
    assert path is not None
    sqlite_db.dispose()
    monkeypatch.setenv("TALASH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TALASH_PASSWORD", TEST_PASSWORD)
    monkeypatch.chdir(tmp_path)
    return path


def talash(db: Path, user: str, *args: str) -> int:
    return main(["--db", str(db), "--as", user, *args])


def test_notice_from_request_to_image(
    register_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = register_file
    assert talash(db, "psi.more", "print", "notice", "MP/2026/0001", "-o", "n.pdf") == 1
    assert (
        "No notice has been requested for this case (MP/2026/0001) yet" in capsys.readouterr().err
    )
    assert talash(db, "psi.more", "notice", "request", "MP/2026/0001") == 0
    assert talash(db, "psi.more", "notice", "approve", "MP/2026/0001") == 1  # not the head
    assert "cannot approve" in capsys.readouterr().err
    assert talash(db, "pi.shinde", "notice", "approve", "MP/2026/0001") == 0
    assert talash(db, "psi.more", "notice", "issue", "MP/2026/0001") == 0
    assert "LN/2026/0001" in capsys.readouterr().out
    assert talash(db, "hc.pawar", "print", "notice", "LN/2026/0001", "-o", "n.pdf") == 0
    assert (tmp_path / "n.pdf").read_bytes().startswith(b"%PDF")
    if shutil.which("pdftoppm"):
        assert talash(db, "hc.pawar", "print", "notice", "MP/2026/0001", "-o", "n.png") == 0
        assert (tmp_path / "n.png").read_bytes().startswith(b"\x89PNG")
    assert talash(db, "hc.pawar", "print", "notice", "MP/2026/0001", "-o", "n.docx") == 1
    assert talash(db, "hc.pawar", "print", "bulk", "--child", "-o", "bulk.pdf") == 0
    assert "1 notice(s)" in capsys.readouterr().out
    assert talash(db, "hc.pawar", "notice", "list", "--status", "issued") == 0
    assert "LN/2026/0001" in capsys.readouterr().out


def test_print_fir_and_sheet(register_file: Path, tmp_path: Path) -> None:
    db = register_file
    assert (
        talash(db, "hc.pawar", "print", "fir", "MP/2026/0001", "-o", "fir.pdf", "--lang", "hi") == 0
    )
    assert (tmp_path / "fir.pdf").stat().st_size > 10_000
    assert talash(db, "hc.pawar", "print", "sheet", "MP/2026/0001") == 0
    assert (tmp_path / "case-sheet-MP-2026-0001.pdf").exists()
