"""The legal rules from the command line: the same refusals, in the same words, as the window."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"


def _case(tmp_path: Path, name: str, **changes: Any) -> Path:
    data = json.loads((DATA / "case-full.json").read_text(encoding="utf-8"))
    data.pop("photos", None)
    data.update(changes)
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_second_case_with_the_same_fir_number_is_refused_by_the_cli(
    cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli("case", "add", str(_case(tmp_path, "a.json"))) == 0
    first = capsys.readouterr().out.strip()
    assert cli("case", "add", str(_case(tmp_path, "b.json"))) == 1
    err = capsys.readouterr().err
    assert f"FIR 0412/2026 of 2026 is already case {first}'s" in err
    assert "internal error" not in err


def test_a_publicity_order_from_the_cli_follows_the_same_rule(
    cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fir = json.loads((DATA / "case-full.json").read_text(encoding="utf-8"))["fir"]
    fir["sections"].append({"act": "BNS", "section": "96"})
    bad_order = {"reference": "x", "date": "2026", "authority": "me"}
    path = _case(tmp_path, "a.json", fir=fir, publication_order=bad_order)
    assert cli("case", "add", str(path)) == 1  # the writer may not record an order at all
    assert "cannot record, change or remove an order allowing publicity" in (
        capsys.readouterr().err
    )
    assert cli("case", "add", str(path), user="pi.shinde") == 1
    err = capsys.readouterr().err
    for words in ("say who made the order", "'x' is not an order number", "full date"):
        assert words in err, words
    good_order = {
        "reference": "CWC/MUM/112/2026",
        "date": "2026-11-18",
        "authority": "CWC Mumbai City",
        "kind": "cwc",
        "permits": ["notice"],
    }
    path = _case(tmp_path, "b.json", fir=fir, publication_order=good_order)
    assert cli("case", "add", str(path), user="pi.shinde") == 0
    register_no = capsys.readouterr().out.strip()
    assert cli("case", "show", register_no, "--json", user="pi.shinde") == 0
    shown = json.loads(capsys.readouterr().out)["publication_order"]
    assert shown["kind"] == "cwc" and shown["recorded_by"] == "pi.shinde"
