"""``talash found update``: what the found-person form saves, the command line saves too
(CWC production and order, the child care institution, the description, photos), on both
databases."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

IO = "psi.more"


def _photo(path: Path, colour: tuple[int, int, int]) -> Path:
    buf = io.BytesIO()
    Image.new("RGB", (300, 400), colour).save(buf, "JPEG")
    path.write_bytes(buf.getvalue())
    return path


def _add(cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = tmp_path / "found.json"
    found = {
        "person": {"names": ["Sunil"], "sex": "male", "age_min": 9, "age_max": 10},
        "found_at": "2026-11-20T06:00+05:30",
        "found_place": "Dadar railway station, platform 4",
        "activity": "begging",
    }
    path.write_text(json.dumps(found), encoding="utf-8")
    assert cli("found", "add", str(path)) == 0
    return capsys.readouterr().out.strip().splitlines()[-1]


def _show(cli: Any, ref: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert cli("found", "show", ref, "--json") == 0
    shown: dict[str, Any] = json.loads(capsys.readouterr().out)
    return shown


def test_found_update_records_cwc_production_handover_description_and_photos(
    cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = _add(cli, tmp_path, capsys)
    shown = _show(cli, ref, capsys)
    assert shown["clock"]["state"] != "met" and shown["photos"] == []
    # The whole output of 'found show --json', edited: production, order, CCI, a mark, a photo.
    found = shown["found"]
    found["cwc_produced_at"] = "2026-11-20T15:00+05:30"
    found["cwc_name"] = "CWC Mumbai City"
    found["cwc_order_number"] = "CWC/MC/2026/118"
    found["cwc_order"] = "cci_placement"
    found["cci_name"] = "Balgram, Dongri"
    found["person"]["marks"] = [{"mark_type": "scar", "description": "scar on the chin"}]
    found["photos"] = [{"file": "face.jpg", "primary": True, "source": "police"}]
    _photo(tmp_path / "face.jpg", (200, 120, 80))
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(shown), encoding="utf-8")
    # A writer records found persons; changing one is an officer's.
    assert cli("found", "update", ref, str(edited)) == 1
    assert "cannot change" in capsys.readouterr().err
    assert cli("found", "update", ref, str(edited), user=IO) == 0
    assert f"{ref} saved (version " in capsys.readouterr().out

    after = _show(cli, ref, capsys)
    assert after["found"]["cwc_name"] == "CWC Mumbai City"
    assert after["found"]["cwc_order"] == "cci_placement"
    assert after["found"]["cci_name"] == "Balgram, Dongri"
    assert after["found"]["cwc_produced_at"].startswith("2026-11-20T15:00")
    assert after["found"]["person"]["marks"][0]["description"] == "scar on the chin"
    assert after["clock"]["state"] == "met"
    assert len(after["photos"]) == 1 and after["photos"][0]["primary"]

    # A second photo by --photo, on top of the 'found' part alone; the first one stays.
    part = tmp_path / "part.json"
    part.write_text(json.dumps({**after["found"], "version": after["version"]}), encoding="utf-8")
    second = _photo(tmp_path / "side.jpg", (20, 60, 200))
    assert cli("found", "update", ref, str(part), "--photo", str(second), user=IO) == 0
    capsys.readouterr()
    assert len(_show(cli, ref, capsys)["photos"]) == 2


def test_found_update_refuses_a_stale_version_and_a_file_without_one(
    cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = _add(cli, tmp_path, capsys)
    shown = _show(cli, ref, capsys)
    path = tmp_path / "edited.json"
    shown["found"]["cci_name"] = "Balgram, Dongri"
    path.write_text(json.dumps(shown), encoding="utf-8")
    assert cli("found", "update", ref, str(path), user=IO) == 0
    capsys.readouterr()
    # The same edit again starts from a version that is no longer current: nothing is saved.
    shown["found"]["cci_name"] = "Another home"
    path.write_text(json.dumps(shown), encoding="utf-8")
    assert cli("found", "update", ref, str(path), user=IO) == 1
    assert "after you opened it" in capsys.readouterr().err
    assert _show(cli, ref, capsys)["found"]["cci_name"] == "Balgram, Dongri"
    path.write_text(json.dumps(shown["found"]), encoding="utf-8")
    assert cli("found", "update", ref, str(path), user=IO) == 1
    assert "--version" in capsys.readouterr().err
    # The rules of the form hold here too: production cannot come before the finding.
    shown = _show(cli, ref, capsys)
    shown["found"]["cwc_produced_at"] = "2026-11-19T15:00+05:30"
    path.write_text(json.dumps(shown), encoding="utf-8")
    assert cli("found", "update", ref, str(path), user=IO) == 1
    assert capsys.readouterr().err.strip()
