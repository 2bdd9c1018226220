"""docs/cli.md and docs/schema/ are generated from the code: they must match it."""

from __future__ import annotations

import json

import pytest

from desktop.cli_docs import generated_files
from models.dto.cases import CaseInput
from models.dto_codec import from_json
from tests.desktop.test_case_cli import DATA


@pytest.mark.parametrize(
    ("path", "text"), sorted(generated_files().items()), ids=lambda v: getattr(v, "name", "")
)
def test_generated_docs_are_up_to_date(path: object, text: str) -> None:
    from pathlib import Path

    assert isinstance(path, Path)
    assert path.exists(), f"{path} is missing: run make docs"
    assert path.read_text(encoding="utf-8") == text, f"{path} is out of date: run make docs"


def test_the_documented_example_validates_against_the_schema_and_the_codec() -> None:
    import jsonschema

    schema = json.loads(
        generated_files()[next(p for p in generated_files() if p.name == "case-input.schema.json")]
    )
    example = json.loads((DATA / "case-full.json").read_text(encoding="utf-8"))
    jsonschema.validate(example, schema)
    from_json(CaseInput, {k: v for k, v in example.items()})
