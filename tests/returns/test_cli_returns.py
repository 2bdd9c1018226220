"""The returns from the command line, station to HQ, as a station head and an HQ clerk run it."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.__main__ import main
from models.returns.period import week_of
from models.returns.rollup import month_of_week, month_span
from tests.conftest import IST, TEST_PASSWORD
from tests.returns.conftest import PASSPHRASE

DATA = Path(__file__).resolve().parents[1] / "data" / "returns"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("TALASH_DB", raising=False)
    monkeypatch.setenv("TALASH_PASSWORD", TEST_PASSWORD)
    monkeypatch.setenv("TALASH_KEY_PASSPHRASE", PASSPHRASE)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def station(*args: str) -> list[str]:
    return ["--data-dir", "station", "--as", "pi.shinde", *args]


def hq(*args: str, user: str = "clerk.joshi") -> list[str]:
    return ["--data-dir", "hq", "--db", "hq/hq.sqlite", "--as", user, *args]


def test_station_to_hq_and_back(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def run(argv: list[str], status: int = 0) -> str:
        code = main(argv)
        out, err = capsys.readouterr()
        assert code == status, out + err
        return out + err

    run(
        [
            "--data-dir",
            "station",
            "init",
            "--code",
            "MH-MUM-DHR",
            "--name",
            "Dharavi Police Station",
            "--district",
            "Mumbai City",
            "--state",
            "Maharashtra",
            "--head-username",
            "pi.shinde",
            "--head-name",
            "Suresh Shinde",
        ]
    )
    assert "Fingerprint:" in run(station("keys", "init"))
    # A file named in a folder that is not there is a plain refusal, and nothing is written.
    refused = run(station("keys", "export-public", "-o", "no-such-folder/station.pub"), 1)
    assert "The folder no-such-folder does not exist." in refused
    run(station("keys", "export-public", "-o", "station.pub"))
    (env / "hq").mkdir()
    run(
        [
            "--data-dir",
            "hq",
            "--db",
            "hq/hq.sqlite",
            "hq",
            "init",
            "--code",
            "MH-MUM-CP",
            "--name",
            "Commissioner of Police, Mumbai",
            "--district",
            "Mumbai",
            "--state",
            "Maharashtra",
            "--head-username",
            "dcp.rao",
            "--head-name",
            "Meena Rao",
            "--clerk-username",
            "clerk.joshi",
            "--clerk-name",
            "Anil Joshi",
        ]
    )
    run(hq("keys", "init", user="dcp.rao"))
    run(hq("keys", "export-public", "-o", "hq.pub", user="dcp.rao"))
    assert "Trusted MH-MUM-DHR" in run(hq("hq", "trust", "station.pub", user="dcp.rao"))
    # The station cannot send before it has HQ's key.
    assert "HQ's public key is not installed" in run(station("return", "export", "-o", "out"), 1)
    run(station("keys", "trust-hq", "hq.pub"))
    run(
        station(
            "drive", "add", "Operation Muskaan XII", "--from", "01-11-2026", "--to", "30-11-2026"
        )
    )
    assert "Operation Muskaan XII" in run(station("drive", "list"))
    out = run(station("return", "export", "last-week", "-o", "out"))
    assert "Package 1" in out and "SHA-256" in out
    [package] = list((env / "out").glob("*.talash-return"))
    assert {p.suffix for p in (env / "out").iterdir()} == {
        ".talash-return",
        ".xlsx",
        ".csv",
        ".pdf",
    }
    # The clerk imports a folder; the second time nothing changes.
    assert "IMPORTED" in run(hq("hq", "import", "out"))
    assert "ALREADY" in run(hq("hq", "import", str(package)))
    # A damaged copy is refused, with a non-zero exit.
    bad = env / "bad.talash-return"
    bad.write_bytes(package.read_bytes()[:-40])
    assert "REFUSED" in run(hq("hq", "import", str(bad)), 1)
    assert "written" in run(hq("hq", "return", "last-week", "-o", "hqout"))
    assert len(list((env / "hqout").iterdir())) == 3
    # The month holding last week (by its Thursday): the week received, the others flagged.
    last = week_of(datetime.now(IST).date() - timedelta(days=7))
    year, month = month_of_week(last)
    span = month_span(year, month)
    out = run(hq("hq", "rollup", f"{month:02d}-{year}", "-o", "hqmonth"))
    assert f"ISO weeks {span.weeks[0].label[-2:]} to {span.weeks[-1].label[-2:]}" in out
    assert f"MH-MUM-DHR      1 of {len(span.weeks)} weeks" in out
    earlier = [w.label for w in span.weeks if w.end < last.start]
    assert ("MISSING" in out) == bool(earlier) and all(label in out for label in earlier)
    assert len(list((env / "hqmonth").iterdir())) == 3
    assert "is not a month (2026-11" in run(hq("hq", "rollup", "2026-W47", "-o", "x"), 1)
    assert "MH-MUM-DHR" in run(hq("hq", "status"))
    assert "R1 Missing persons" in run(station("return", "show", "--publish"))
    assert "written" in run(station("return", "drive", "operation muskaan xii", "-o", "drive"))
    assert "pfif:pfif" in run(station("export", "pfif"))
    assert package.name in run(station("return", "log"))
    report = run(
        station(
            "import",
            "register",
            str(DATA / "register-2024.csv"),
            "--mapping",
            str(DATA / "register-mapping.json"),
            "--dry-run",
        ),
        1,
    )
    assert "row 4: REFUSED" in report and "Nothing was imported" in report


def test_help_documents_the_verbs(capsys: pytest.CaptureFixture[str]) -> None:
    for verb in ("return", "hq", "keys", "drive", "export", "import"):
        assert main([verb, "--help"]) == 0
        assert verb in capsys.readouterr().out
