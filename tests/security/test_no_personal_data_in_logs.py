"""No personal data in logs or temp files (reliability-reference §8 item 20).

A scripted session at the command line (set-up, a child case registered, shown, listed and
searched, a failed logon, a refused entry, a backup and an audit check), with verbose logging and
a private temp folder; afterwards neither the log folder nor the temp folder holds a name, phone
number or ID number of the case.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from models.db import Database
from models.dto_codec import to_json
from tests.conftest import TEST_PASSWORD
from tests.factories import child_case
from tests.security.kill9_harness import REPO

PERSONAL = (
    "Priya",
    "Patil",
    "प्रिया",
    "पाटील",
    "Pinky",
    "Santosh",
    "1234 5678 9012",
    "98XXXXXX10",
    "Shiv Shakti",
)


def test_no_personal_data_in_logs_or_temp_files(tmp_path: Path) -> None:
    data, temp, inputs = tmp_path / "data", tmp_path / "tmp", tmp_path / "in"
    temp.mkdir()
    inputs.mkdir()
    case_file = inputs / "case.json"
    case_file.write_text(
        json.dumps(to_json(child_case(), zone=ZoneInfo("Asia/Kolkata")), ensure_ascii=False),
        encoding="utf-8",
    )
    bad = to_json(child_case(), zone=ZoneInfo("Asia/Kolkata"))
    bad["person"]["names"] = ["Priya\u202e Patil"]
    (inputs / "bad.json").write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    env = dict(
        os.environ,
        PYTHONPATH=str(REPO),
        TALASH_DATA_DIR=str(data),
        TALASH_PASSWORD=TEST_PASSWORD,
        TMPDIR=str(temp),
        TEMP=str(temp),
        TMP=str(temp),
        TALASH_NEW_PASSWORD="Officer-Pass-2026",
    )

    def talash(*args: str, password: str = TEST_PASSWORD) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", "-v", *args],
            cwd=REPO,
            env=dict(env, TALASH_PASSWORD=password),
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )

    steps = [
        talash(
            "init",
            "--code",
            "MH-MUM-DHR",
            "--name",
            "Dharavi PS",
            "--district",
            "Mumbai",
            "--state",
            "Maharashtra",
            "--head-username",
            "pi.shinde",
            "--head-name",
            "S Shinde",
        ),
        *[
            talash(
                "--as",
                "pi.shinde",
                "user",
                "add",
                user,
                "--name",
                name,
                "--rank",
                "PSI",
                "--role",
                role,
            )
            for user, name, role in (
                ("psi.more", "A More", "io"),
                ("hc.pawar", "V Pawar", "writer"),
            )
        ],
        talash("--as", "pi.shinde", "case", "add", str(case_file)),
        talash("--as", "pi.shinde", "case", "show", "MP/2026/0001"),
        talash("--as", "pi.shinde", "case", "list", "--search", "Priya"),
        talash("--as", "pi.shinde", "case", "list", "--csv"),
        talash("--as", "pi.shinde", "case", "add", str(inputs / "bad.json")),
        talash("--as", "pi.shinde", "case", "show", "MP/2026/0001", password="wrong-password"),
        talash("--as", "pi.shinde", "backup"),
        talash("--as", "pi.shinde", "audit", "verify"),
        talash("--as", "pi.shinde", "audit", "list"),
    ]
    codes = [s.returncode for s in steps]
    assert codes[:7] == [0] * 7, [s.stderr[-500:] for s in steps]
    assert codes[7:9] == [1, 1] and codes[9:] == [0, 0, 0]
    assert "Priya" in steps[4].stdout  # the person at the desk does see the case
    logs = list((data / "logs").rglob("*"))
    assert any(p.is_file() and p.stat().st_size for p in logs)  # something was logged
    leaks = []
    for folder in (data / "logs", temp):
        for path in folder.rglob("*"):
            if path.is_file():
                text = path.read_bytes().decode("utf-8", errors="replace")
                leaks += [f"{path.name}: {w}" for w in PERSONAL if w in text]
    assert leaks == []


def test_a_database_error_is_logged_without_the_rows_values(db: Database) -> None:
    """PostgreSQL quotes the failing row in its message (DETAIL: Failing row contains …) and
    SQLAlchemy adds the parameters: the log keeps the statement and the first line only."""
    import logging

    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from desktop.logging_setup import ScrubbingFormatter

    with db.engine.connect() as conn:
        conn.execute(
            text(
                "CREATE TEMPORARY TABLE scratch (name VARCHAR(200), phone VARCHAR(40), "
                "CHECK (length(phone) < 5))"
            )
        )
        with pytest.raises(DBAPIError) as err:
            conn.execute(
                text("INSERT INTO scratch (name, phone) VALUES (:name, :phone)"),
                {"name": "Priya Santosh Patil", "phone": "98XXXXXX10"},
            )
        conn.rollback()
    record = logging.LogRecord(
        "talash", logging.ERROR, __file__, 1, "internal error in %s", ("case",), None
    )
    record.exc_info = (type(err.value), err.value, err.value.__traceback__)
    logged = ScrubbingFormatter("%(message)s").format(record)
    assert "INSERT INTO scratch" in logged and "check" in logged.lower()
    assert not [w for w in PERSONAL if w in logged], logged
    # Any other exception's message is left out: it may quote what the user typed.
    typed = PERSONAL[0] + " " + PERSONAL[1]
    try:
        int(typed)
    except ValueError as exc:
        record.exc_info = (ValueError, exc, exc.__traceback__)
        record.exc_text = None  # the formatter keeps the text of the last one
    logged = ScrubbingFormatter("%(message)s").format(record)
    assert "ValueError" in logged and "Priya" not in logged
