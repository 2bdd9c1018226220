"""``talash overdue``: the most urgent clocks first, as many as asked (200 unless told), or every
one with ``--all``; on both databases."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
SHO = "pi.shinde"


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_overdue_lists_the_most_urgent_unless_asked_for_all(
    cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = json.loads((DATA / "case-full.json").read_text(encoding="utf-8"))
    case["photos"] = []
    (tmp_path / "case.json").write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    assert cli("case", "add", str(tmp_path / "case.json")) == 0
    capsys.readouterr()
    assert cli("overdue", "--all", user=SHO) == 0
    every = _lines(capsys.readouterr().out)
    assert len(every) >= 2  # a new child's case has several clocks running

    assert cli("overdue", user=SHO) == 0  # 200 by default: all of these
    assert _lines(capsys.readouterr().out) == every

    assert cli("overdue", "--limit", "1", user=SHO) == 0
    shown = _lines(capsys.readouterr().out)
    assert shown[0] == every[0]  # the most urgent
    assert shown[1:] == ["(the 1 most urgent shown; --limit N for more, --all for every one)"]

    assert cli("overdue", "--limit", "1", "--json", user=SHO) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1

    assert cli("overdue", "--limit", str(len(every)), user=SHO) == 0
    assert _lines(capsys.readouterr().out) == every  # exactly all: no "more" line


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--limit", "0"), "give 1 or more"),
        (("--limit", "ten"), "'ten' is not a whole number"),
        (("--limit", "5", "--all"), "not allowed with argument"),
    ],
)
def test_overdue_refuses_a_limit_that_makes_no_sense(
    cli: Any, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], says: str
) -> None:
    assert cli("overdue", *args, user=SHO) == 2
    assert says in capsys.readouterr().err
