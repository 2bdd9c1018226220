"""Duplicates and repeat episodes from the command line: 'case add' warns of an earlier case of
the same person and still saves; 'case repeat' links them; the station head undoes the link."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"


def _report(tmp_path: Path, name: str, *, day: str, **person: Any) -> Path:
    """The full example case without photos, on ``day`` instead of 19 November, with an FIR
    number of its own (an FIR number is given once a year)."""
    text = (DATA / "case-full.json").read_text(encoding="utf-8").replace("2026-11-19", day)
    data = json.loads(text)
    data.pop("photos", None)
    data["fir"]["number"] = f"{day[5:7]}{day[8:10]}/2026"
    data["person"].update({"names": [name], "aliases": [], **person})
    path = tmp_path / f"{name}-{day}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_case_add_warns_of_the_same_child_and_repeat_links_them(
    cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _report(tmp_path, "Priya Santosh Patil", day="2026-03-02")
    assert cli("case", "add", str(first)) == 0
    earlier = capsys.readouterr().out.strip()
    boy = _report(tmp_path, "Pritam Santosh Patil", day="2026-05-02", sex="male")
    assert cli("case", "add", str(boy)) == 0
    capsys.readouterr()

    again = _report(
        tmp_path, "प्रिया पाटील", day="2026-11-19", date_of_birth=None, age_min=14, age_max=14
    )
    assert cli("case", "add", str(again)) == 0
    out = capsys.readouterr()
    later = out.out.strip()  # stdout stays the register number alone, for scripts
    assert later == "MP/2026/0003"
    warnings = [line for line in out.err.splitlines() if "may be the same person" in line]
    assert len(warnings) == 1 and f"as {earlier} Priya Santosh Patil" in warnings[0]
    assert f"talash case repeat {later} --of {earlier}" in out.err

    assert cli("case", "repeat", later, "--of", "MP/2026/0002") == 1  # the boy
    assert "not the same person" in capsys.readouterr().err
    assert cli("case", "repeat", later, "--of", earlier) == 0
    assert "missing 1 time(s) before" in capsys.readouterr().out
    assert cli("case", "show", later) == 0
    assert f"episodes in the register: {earlier} (earlier)" in capsys.readouterr().out

    assert cli("case", "repeat", later, "--undo", "--reason", "another child") == 1  # writer
    capsys.readouterr()
    assert (
        cli("case", "repeat", later, "--undo", "--reason", "another child", user="pi.shinde") == 0
    )
    assert "no longer" in capsys.readouterr().out
    assert cli("case", "show", later, "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["repeat_of"] is None and shown["episodes"] == []
