"""The register from the command line: a full case in, the same case out, on both databases."""

from __future__ import annotations

import dataclasses
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from models.dto.cases import CaseInput
from models.dto_codec import from_json

DATA = Path(__file__).resolve().parents[1] / "data"


def _case_file(tmp_path: Path) -> Path:
    shutil.copy(DATA / "case-full.json", tmp_path / "case.json")
    photo = io.BytesIO()
    Image.new("RGB", (300, 400), (200, 120, 80)).save(photo, "JPEG")
    (tmp_path / "priya.jpg").write_bytes(photo.getvalue())
    return tmp_path / "case.json"


def test_case_add_then_show_returns_every_field_as_entered(
    cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entered = json.loads((DATA / "case-full.json").read_text(encoding="utf-8"))
    assert cli("case", "add", str(_case_file(tmp_path))) == 0
    register_no = capsys.readouterr().out.strip()
    assert register_no == "MP/2026/0001"
    assert cli("case", "show", register_no, "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    # Same values, field by field (instants compared as instants; photos come back described).
    want = from_json(CaseInput, {k: v for k, v in entered.items() if k != "photos"})
    got = from_json(
        CaseInput,
        {k: v for k, v in shown.items() if k in CaseInput.__dataclass_fields__ and k != "photos"},
    )
    # The next review date was left to the station's interval for the grade: it comes back set.
    assert want.risk is not None and got.risk is not None and want.risk.next_review_due is None
    assert got.risk.next_review_due is not None
    assert got == dataclasses.replace(
        want, risk=dataclasses.replace(want.risk, next_review_due=got.risk.next_review_due)
    )
    assert shown["person"]["names"] == ["Priya Santosh Patil", "प्रिया संतोष पाटील"]
    assert shown["register_no"] == register_no and shown["status"] == "registered"
    [photo] = shown["photos"]
    assert (
        photo["primary"] is True and photo["taken_on"] == "2026-06" and photo["source"] == "family"
    )
    assert photo["width"] == 300 and len(photo["sha256"]) == 64


def test_edit_through_the_cli_and_stale_refusal(
    cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli("case", "add", str(_case_file(tmp_path))) == 0
    reg = capsys.readouterr().out.strip()
    assert cli("case", "show", reg, "--json", user="psi.more") == 0
    shown = json.loads(capsys.readouterr().out)
    # The case says what its investigating officer may do (the file goes back with it as it is).
    assert shown["permissions"]["edit"] is True and shown["permissions"]["close"] is False
    shown["person"]["height_cm"] = 145
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(shown, ensure_ascii=False), encoding="utf-8")
    assert cli("case", "update", reg, str(edited), user="psi.more") == 0
    assert "version 2" in capsys.readouterr().out
    assert cli("case", "update", reg, str(edited), user="psi.more") == 1  # still says version 1
    err = capsys.readouterr().err
    assert "changed by psi.more" in err and "Nothing was saved" in err


def test_cli_lists_actions_and_bad_json(
    cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli("case", "add", str(_case_file(tmp_path))) == 0
    reg = capsys.readouterr().out.strip()
    assert (
        cli(
            "case",
            "action",
            reg,
            "portal_upload",
            "--portal",
            "trackchild",
            "--reference",
            "TC1",
            user="psi.more",
        )
        == 0
    )
    assert cli("case", "list", "--csv") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("register_no,") and reg in lines[2]
    assert cli("case", "list", "--search", "प्रिया", "--json") == 0
    assert [r["register_no"] for r in json.loads(capsys.readouterr().out)] == [reg]
    bad = tmp_path / "bad.json"
    bad.write_text('{"report": {', encoding="utf-8")
    assert cli("case", "add", str(bad)) == 1
    assert "not valid JSON" in capsys.readouterr().err
    wrong = tmp_path / "wrong.json"
    wrong.write_text(
        '{"report": {"reported_at": "2026-11-19"}, "person": {"nmes": []}}', encoding="utf-8"
    )
    assert cli("case", "add", str(wrong)) == 1
    err = capsys.readouterr().err
    assert "person.nmes: is not a field here; did you mean 'names'?" in err
    assert cli("case", "show", "MP/2026/9999") == 1
    assert "no case MP/2026/9999" in capsys.readouterr().err
    assert cli("case", "list", user="nobody") == 1
    assert "not right" in capsys.readouterr().err
