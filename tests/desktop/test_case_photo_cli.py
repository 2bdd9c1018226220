"""A case's photos from the command line as in the case form: a new photo added by 'case update',
the main photo chosen, a photo removed or saved; on both databases."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

DATA = Path(__file__).resolve().parents[1] / "data"
IO = "psi.more"


def _jpeg(path: Path, colour: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (300, 400), colour).save(buf, "JPEG")
    path.write_bytes(buf.getvalue())
    return buf.getvalue()


def _show(cli: Any, ref: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert cli("case", "show", ref, "--json", user=IO) == 0
    shown: dict[str, Any] = json.loads(capsys.readouterr().out)
    return shown


def test_case_photos_added_made_main_removed_and_saved(
    cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(DATA / "case-full.json", tmp_path / "case.json")
    _jpeg(tmp_path / "priya.jpg", (200, 120, 80))
    assert cli("case", "add", str(tmp_path / "case.json")) == 0
    ref = capsys.readouterr().out.strip()
    shown = _show(cli, ref, capsys)
    [first] = shown["photos"]
    assert first["primary"]

    # The whole 'case show --json' with one more photo: the stored one stays, the new one is added.
    _jpeg(tmp_path / "recent.jpg", (20, 60, 200))
    shown["photos"].append({"file": "recent.jpg", "source": "school"})
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(shown, ensure_ascii=False), encoding="utf-8")
    assert cli("case", "update", ref, str(edited), user=IO) == 0
    capsys.readouterr()
    photos = _show(cli, ref, capsys)["photos"]
    assert len(photos) == 2
    second = next(p for p in photos if p["id"] != first["id"])
    assert second["source"] == "school" and not second["primary"]

    assert cli("case", "photo", ref, str(second["id"]), "--primary", user=IO) == 0
    assert "main photo" in capsys.readouterr().out
    photos = _show(cli, ref, capsys)["photos"]
    assert [p["id"] for p in photos if p["primary"]] == [second["id"]]

    out = tmp_path / "copy.jpg"
    assert cli("case", "photo", ref, str(second["id"]), "--save", str(out), user=IO) == 0
    capsys.readouterr()
    assert Image.open(out).format == "JPEG"

    assert cli("case", "photo", ref, str(first["id"]), "--remove", user=IO) == 0
    capsys.readouterr()
    assert [p["id"] for p in _show(cli, ref, capsys)["photos"]] == [second["id"]]
    # A photo number the case does not hold is a plain refusal, whatever the action.
    for action in (["--remove"], ["--primary"], ["--save", str(tmp_path / "x.jpg")]):
        assert cli("case", "photo", ref, str(first["id"]), *action, user=IO) == 1
        assert f"has no photo {first['id']}" in capsys.readouterr().err
    assert not (tmp_path / "x.jpg").exists()
