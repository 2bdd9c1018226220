"""``talash dashboard``: the window's dashboard figures from the command line, the same numbers
the dashboard service gives; on both databases."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
SHO = "pi.shinde"


def test_dashboard_counts_what_the_register_holds(
    cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli("dashboard", "--json", user=SHO) == 0
    empty = json.loads(capsys.readouterr().out)
    assert empty["missing_now"] == 0 and empty["year"]["reported"]["total"] == 0
    case = json.loads((DATA / "case-full.json").read_text(encoding="utf-8"))
    case["photos"] = []
    (tmp_path / "case.json").write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    assert cli("case", "add", str(tmp_path / "case.json")) == 0
    found = {
        "person": {"names": ["Sunil"], "sex": "male", "age_min": 9, "age_max": 10},
        "found_at": "2026-11-20T06:00+05:30",
        "found_place": "Dadar railway station, platform 4",
        "activity": "begging",
    }
    (tmp_path / "found.json").write_text(json.dumps(found), encoding="utf-8")
    assert cli("found", "add", str(tmp_path / "found.json")) == 0
    capsys.readouterr()
    assert cli("dashboard", "--json", user=SHO) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["missing_now"] == 1
    assert figures["year"]["reported"]["total"] == 1
    assert figures["year"]["untraced"]["total"] == 1
    assert figures["year"]["traced"]["total"] == 0
    assert _working(figures["year"]) == 1  # the boy found begging
    assert cli("dashboard", user=SHO) == 0
    text = capsys.readouterr().out
    assert "missing now: 1" in text and "This year:" in text
    assert "  reported   1" in text
    year = text[text.index("This year:") :]
    assert f"children found begging or working: {_working(figures['year'])}" in year


def _working(period: dict[str, Any]) -> int:
    return sum(n for _activity, n in period["children_working"])
