"""``talash import register`` with a register as stations keep it: traced rows come in traced,
a formula cell refuses its row naming the cell; on both databases."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.__main__ import main
from models.db import Database
from tests.conftest import TEST_PASSWORD
from tests.models.test_legacy_status import MAPPING, adult, workbook

SHO = "pi.shinde"


@pytest.fixture
def cli(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("TALASH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TALASH_PASSWORD", TEST_PASSWORD)
    target = str(db.target.sqlite_path or db.target.url.render_as_string(hide_password=False))
    db.dispose()

    def run(*args: str, user: str = SHO) -> int:
        return main(["--db", target, "--as", user, *args])

    return run


def _mapping(tmp_path: Path) -> Path:
    path = tmp_path / "mapping.json"
    raw = {
        "format": "talash-register-mapping",
        "columns": MAPPING.columns,
        "values": MAPPING.values,
        "defaults": MAPPING.defaults,
    }
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def test_import_register_brings_traced_rows_in_traced_and_refuses_formulas(
    cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = _mapping(tmp_path)
    traced = adult(
        1,
        "Suresh Jadhav",
        Status="Traced",
        **{"Date traced": datetime(2025, 1, 20), "How traced": "Police team"},
    )
    book = workbook(traced, adult(2, '="Ravi "&"Salve"'))
    book.save(tmp_path / "bad.xlsx")
    assert cli("import", "register", str(tmp_path / "bad.xlsx"), "--mapping", str(mapping)) == 1
    out = capsys.readouterr().out
    assert "row 3: REFUSED" in out and "name: cell C3 ('Name') holds a formula" in out
    assert "Nothing was imported" in out

    workbook(traced, adult(2, "Ravi Salve", Status="Untraced")).save(tmp_path / "good.xlsx")
    assert cli("import", "register", str(tmp_path / "good.xlsx"), "--mapping", str(mapping)) == 0
    assert "Imported 2 cases" in capsys.readouterr().out
    assert cli("case", "show", "MP/2025/0001", "--json") == 0
    suresh = json.loads(capsys.readouterr().out)
    assert suresh["status"] == "traced"
    assert suresh["trace"]["trace"]["how_traced"] == "police_team"
    assert cli("case", "list", "--status", "registered", "--json") == 0
    assert [c["register_no"] for c in json.loads(capsys.readouterr().out)] == ["MP/2025/0002"]
