"""``talash match`` and ``talash found link --reason`` from the command line, on both databases."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"


def _found(tmp_path: Path, name: str, age: int, mark: str) -> Path:
    path = tmp_path / f"found-{age}.json"
    found = {
        "person": {
            "names": [name],
            "sex": "female",
            "age_min": age,
            "age_max": age + 1,
            "marks": [{"mark_type": "other", "description": mark}],
        },
        "found_at": "2026-11-20T06:00+05:30",
        "found_place": "Dadar railway station, platform 4",
        "activity": "lost_wandering",
    }
    path.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    return path


def _case(cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Priya, 14, missing with a mole on her left cheek (tests/data/case-full.json)."""
    case = json.loads((DATA / "case-full.json").read_text(encoding="utf-8"))
    case["photos"] = []
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    assert cli("case", "add", str(path)) == 0
    return capsys.readouterr().out.strip()


def _register(cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    case = _case(cli, tmp_path, capsys)
    assert cli("found", "add", str(_found(tmp_path, "प्रिया", 14, "डाव्या गालावर तीळ"))) == 0
    found = capsys.readouterr().out.strip().splitlines()[-1]
    return case, found


def test_match_lists_the_case_with_its_reasons_and_not_a_match_is_remembered(
    cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case, found = _register(cli, tmp_path, capsys)
    assert cli("match", found) == 0
    out = capsys.readouterr().out
    assert case in out and "name: प्रिया ≈ priya" in out and "marks: the same mark" in out
    assert cli("match", case, "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert [m["ref"] for m in shown] == [found]
    assert shown[0]["result"]["score"] >= 50 and shown[0]["result"]["signals"]
    assert cli("match", "--to-review") == 0
    assert capsys.readouterr().out.strip() == "1"
    # Recording "not a match" needs an officer and a reason.
    assert cli("match", found, "--not-a-match", case, "--reason", "not her") == 1
    assert "cannot" in capsys.readouterr().err
    assert cli("match", found, "--not-a-match", case, user="psi.more") == 1
    assert "--reason" in capsys.readouterr().err
    assert cli("match", found, "--not-a-match", case, "--reason", "not her", user="psi.more") == 0
    capsys.readouterr()
    assert cli("match", found) == 0
    assert case not in capsys.readouterr().out
    assert cli("match", "--to-review") == 0
    assert capsys.readouterr().out.strip() == "0"
    assert cli("match", "FP/2026/0999") == 1
    assert "no found person or case FP/2026/0999" in capsys.readouterr().err


def test_found_link_against_a_contradiction_needs_a_reason(
    cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = _case(cli, tmp_path, capsys)
    assert cli("found", "add", str(_found(tmp_path, "Priya", 6, "mole on left cheek"))) == 0
    found = capsys.readouterr().out.strip().splitlines()[-1]
    assert cli("found", "link", found, case, user="psi.more") == 1
    err = capsys.readouterr().err
    assert "age 6–7 found, 14 missing" in err and "reason" in err
    assert (
        cli("found", "link", found, case, "--reason", "identified by the father", user="psi.more")
        == 0
    )
    assert f"linked to {case}" in capsys.readouterr().out


def test_case_add_works_out_the_new_case_s_possible_matches_before_it_returns(
    cli: Any, db: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The save commits with the case's matches due; the verb works them out right after, in
    the same process, so nothing is left due and the pair awaits review at once."""
    from sqlalchemy import func, select

    from models.entities import MatchDue, MatchSuggestion

    assert cli("found", "add", str(_found(tmp_path, "प्रिया", 14, "डाव्या गालावर तीळ"))) == 0
    capsys.readouterr()
    _case(cli, tmp_path, capsys)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(MatchDue)) == 0
        assert s.scalar(select(func.count()).select_from(MatchSuggestion)) == 1
    db.dispose()
