"""``talash found update`` records a found child's portal upload (JJ Act s.32) and ``found show``
prints its clock, as text and as JSON, on both databases."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

IO = "psi.more"


def test_found_update_records_the_portal_upload_and_show_prints_its_clock(
    cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "found.json"
    # The command line reads the system clock: found two hours ago, uploaded an hour later.
    found_at = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=2)
    uploaded_at = found_at + timedelta(hours=1)
    found = {
        "person": {"names": ["Sunil"], "sex": "male", "age_min": 9, "age_max": 10},
        "found_at": found_at.isoformat(),
        "found_place": "Dadar railway station, platform 4",
        "activity": "begging",
    }
    path.write_text(json.dumps(found), encoding="utf-8")
    assert cli("found", "add", str(path)) == 0
    ref = capsys.readouterr().out.strip().splitlines()[-1]

    assert cli("found", "show", ref, "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["upload_clock"]["kind"] == "portal_upload_found"
    assert shown["upload_clock"]["state"] == "running"
    assert shown["upload_clock"]["label"] == "Found child on the portal, JJ s.32 (24 h)"

    # Half a record is refused with the field named, and nothing is saved.
    shown["found"]["portal_reference"] = "TC/F/2026/41"
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(shown), encoding="utf-8")
    assert cli("found", "update", ref, str(edited), user=IO) == 1
    assert "Portal uploaded at: say when" in capsys.readouterr().err

    shown["found"]["portal_uploaded_at"] = uploaded_at.isoformat()
    shown["found"]["portal"] = "trackchild"
    edited.write_text(json.dumps(shown), encoding="utf-8")
    assert cli("found", "update", ref, str(edited), user=IO) == 0
    capsys.readouterr()

    assert cli("found", "show", ref, "--json") == 0
    after = json.loads(capsys.readouterr().out)
    assert after["found"]["portal"] == "trackchild"
    assert after["found"]["portal_reference"] == "TC/F/2026/41"
    stored = datetime.fromisoformat(after["found"]["portal_uploaded_at"])
    assert stored == uploaded_at
    assert after["upload_clock"]["state"] == "met"
    assert after["clock"]["kind"] == "cwc_production_found"  # the CWC clock still runs

    assert cli("found", "show", ref) == 0
    text = capsys.readouterr().out
    assert "clock: Found child on the portal, JJ s.32 (24 h): done in time" in text
    assert "clock: Found child before the CWC (24 h): due" in text
    assert "on the portal: trackchild (TC/F/2026/41)" in text
