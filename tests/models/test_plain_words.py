"""Refusals in plain words: a field by its name in words, never its key; a notice asked for by
its case says whether one was ever requested. The command line says the same words."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from desktop.__main__ import main
from models.clock import FixedClock
from models.db import Database
from models.dto_codec import to_json
from models.errors import NotFound, Problem, ValidationFailed, problem_line
from models.field_labels import field_label
from models.services import Services
from tests.conftest import TEST_PASSWORD, People
from tests.factories import child_case


@pytest.fixture
def svc(db: Database, clock: FixedClock) -> Services:
    return Services.build(db, clock)


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("fir", "FIR"),
        ("person.names", "Name"),
        ("person.age_max", "Age"),  # either end of the age range is the one Age field
        ("circumstances.last_seen_at", "Last seen at"),
        ("fir.registered_at", "FIR, registered at"),
        ("complainant.person.names", "Complainant, name"),
        ("report.gd_entry_at", "GD entry at"),
        ("person.addresses[1].pin", "Addresses, row 2, PIN"),
        ("cwc_name", "CWC name"),  # a trace's field
        ("station.code", "Station code"),  # the first start
    ],
)
def test_a_field_path_is_said_in_words(path: str, words: str) -> None:
    assert field_label(path) == words


def test_a_key_no_input_declares_is_kept_as_typed() -> None:
    # A misspelt key in a case file is said as the file has it, so it can be found there.
    assert field_label("person.nmes") == "person.nmes"
    assert field_label("password") == "password"
    assert field_label("password", loose=True) == "Password"


def test_the_refusal_names_fields_in_words() -> None:
    refusal = ValidationFailed([Problem("fir", "is required"), Problem("", "one more thing")])
    assert refusal.message.splitlines()[1:] == ["- FIR: is required", "- one more thing"]
    assert "fir:" not in refusal.message


def _child_without_fir() -> object:
    case = child_case()
    return dataclasses.replace(
        case,
        fir=None,
        person=dataclasses.replace(case.person, names=()),
        complainant=dataclasses.replace(
            case.complainant,  # type: ignore[arg-type]
            person=dataclasses.replace(case.complainant.person, names=()),  # type: ignore[union-attr]
        ),
    )


def test_the_desk_and_the_command_line_say_the_same_words(
    svc: Services,
    people: People,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case = _child_without_fir()
    with pytest.raises(ValidationFailed) as refused:
        svc.cases.register_case(people.writer, case)  # type: ignore[arg-type]
    fields = {p.field for p in refused.value.problems}
    assert {"fir", "person.names", "complainant.person.names"} <= fields
    said = [problem_line(p) for p in refused.value.problems]
    assert any(line.startswith("FIR: ") for line in said)
    assert any(line.startswith("Name: ") for line in said)
    assert any(line.startswith("Complainant, name: ") for line in said)

    file = tmp_path / "case.json"
    file.write_text(json.dumps(to_json(case)), encoding="utf-8")
    monkeypatch.setenv("TALASH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TALASH_PASSWORD", TEST_PASSWORD)
    target = str(db.target.sqlite_path or db.target.url.render_as_string(hide_password=False))
    db.dispose()
    assert main(["--db", target, "--as", "hc.pawar", "case", "add", str(file)]) == 1
    err = capsys.readouterr().err
    for line in said:
        assert f"- {line}" in err
    for key in ("fir:", "person.names:", "complainant.person.names:"):
        assert key not in err


def test_a_notice_never_requested_is_said_so(svc: Services, people: People) -> None:
    case = svc.cases.register_case(people.writer, child_case()).value
    with pytest.raises(NotFound) as none:
        svc.notices.missing_notice(people.io, case.register_no)
    assert str(none.value) == (
        f"No notice has been requested for this case ({case.register_no}) yet."
    )
    requested = svc.notices.request(people.io, case.register_no)
    svc.notices.refuse(people.sho, case.register_no, reason="the family asked for none")
    with pytest.raises(NotFound) as gone:
        svc.notices.missing_notice(people.io, case.register_no)
    number = requested.notice_no or f"#{requested.id}"
    assert str(gone.value) == (
        f"This case ({case.register_no}) has no such notice: its latest, {number}, is refused."
    )
