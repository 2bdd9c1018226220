"""``talash case update`` follows the writer's grace period like the window: the writer who
registered a case mends it within the station's period and is refused, with when it ended, after
it (both databases)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"


def _show(cli: Any, reg: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert cli("case", "show", reg, "--json") == 0
    shown: dict[str, Any] = json.loads(capsys.readouterr().out)
    return shown


def test_the_writer_mends_by_the_cli_until_the_period_ends(
    cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = json.loads((DATA / "case-full.json").read_text(encoding="utf-8"))
    case["report"]["io"] = None  # saved without an IO: the writer's to mend for now
    case.pop("photos")
    (tmp_path / "case.json").write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    assert cli("case", "add", str(tmp_path / "case.json")) == 0
    reg = capsys.readouterr().out.strip()
    shown = _show(cli, reg, capsys)
    assert shown["permissions"]["edit"] is True
    shown["person"]["height_cm"] = 145
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(shown, ensure_ascii=False), encoding="utf-8")
    assert cli("case", "update", reg, str(edited)) == 0
    assert "version 2" in capsys.readouterr().out

    # The station head ends every grace period at the registration: the next mend is refused.
    assert cli("policy", "set", "writer_grace_hours=0", user="pi.shinde") == 0
    capsys.readouterr()
    shown = _show(cli, reg, capsys)
    assert shown["permissions"]["edit"] is False
    shown["person"]["height_cm"] = 146
    edited.write_text(json.dumps(shown, ensure_ascii=False), encoding="utf-8")
    assert cli("case", "update", reg, str(edited)) == 1
    err = capsys.readouterr().err
    assert "The grace period for mending this case ended at" in err
    assert "ask its investigating officer or the station head" in err
    assert _show(cli, reg, capsys)["person"]["height_cm"] == 145  # nothing was saved
