"""``talash search``: names across scripts, numbers, and plain refusals, on both databases."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.__main__ import main
from models.clock import FixedClock
from models.db import Database
from models.dto.cases import PersonInput
from models.dto.found import FoundInput
from models.enums import Activity, Sex
from models.services import Services
from tests.conftest import TEST_PASSWORD, People
from tests.factories import at, child_case


@pytest.fixture
def register(db: Database, clock: FixedClock, people: People) -> dict[str, str]:
    """A Latin-entered case and a found boy, entered before the command line opens the file."""
    svc = Services.build(db, clock)
    base, base2 = child_case(), child_case()  # each with its own FIR number
    sunita = dataclasses.replace(
        base, person=dataclasses.replace(base.person, names=("Sunita Pawar",), aliases=())
    )
    other = dataclasses.replace(
        base2, person=dataclasses.replace(base2.person, names=("Madhuri Kulkarni",), aliases=())
    )
    numbers = {
        "sunita": svc.cases.register_case(people.writer, sunita).value.register_no,
        "madhuri": svc.cases.register_case(people.writer, other).value.register_no,
    }
    found = FoundInput(
        person=PersonInput(names=("Raju Shinde",), sex=Sex.MALE, age_min=9, age_max=11),
        found_at=at(5),
        found_place="Dadar railway station, platform 4",
        activity=Activity.BEGGING,
        found_by="GRP Dadar",
    )
    numbers["raju"] = svc.found.add_found(people.writer, found).value.ref_no
    return numbers


@pytest.fixture
def cli(
    db: Database, register: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Any:
    monkeypatch.setenv("TALASH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TALASH_PASSWORD", TEST_PASSWORD)
    target = str(db.target.sqlite_path or db.target.url.render_as_string(hide_password=False))
    db.dispose()

    def run(*args: str) -> int:
        return main(["--db", target, "--as", "hc.pawar", *args])

    return run


def test_a_devanagari_query_finds_the_latin_entered_case(
    cli: Any, register: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli("search", "सुनीता पवार") == 0
    out = capsys.readouterr().out
    first = out.splitlines()[1]
    assert register["sunita"] in first and "Sunita Pawar" in first
    assert "(name, Latin)" in first
    assert register["madhuri"] not in out
    assert cli("search", "सुनीता पवार", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] >= 1 and data["capped"] is False
    [hit] = [h for h in data["hits"] if h["ref"] == register["sunita"]]
    assert hit["kind"] == "case" and hit["score"] >= 80 and hit["matched"] == "Sunita Pawar"


def test_cases_or_found_only(
    cli: Any, register: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli("search", "राजू", "--found", "--json") == 0
    refs = [h["ref"] for h in json.loads(capsys.readouterr().out)["hits"]]
    assert refs == [register["raju"]]
    assert cli("search", "Raju", "--cases") == 0
    assert capsys.readouterr().out.strip() == "Nobody found."


def test_a_register_number_matches_exactly_and_first(
    cli: Any, register: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli("search", register["madhuri"].lower(), "--json") == 0
    first = json.loads(capsys.readouterr().out)["hits"][0]
    assert (first["ref"], first["matched_kind"], first["score"]) == (
        register["madhuri"],
        "register",
        100,
    )
    assert cli("search", register["madhuri"]) == 0
    assert "register no. " + register["madhuri"] in capsys.readouterr().out.splitlines()[1]


@pytest.mark.parametrize(
    ("args", "message"),
    [(("x" * 201,), "at most 200"), (("Sunita", "--limit", "0"), "at least one")],
)
def test_bad_input_exits_1_with_a_plain_message(
    cli: Any, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    assert cli("search", *args) == 1
    err = capsys.readouterr().err
    assert err.startswith("talash: ") and message in err and "Traceback" not in err
