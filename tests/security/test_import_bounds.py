"""A register sheet or mapping made to break the reader ends in a plain refusal naming the file:
a mapping nested 50,000 deep or with a key twice, a CSV cell over 128 KB, a
workbook whose sheet declares entities (a billion laughs, an external file)."""

from __future__ import annotations

import json

import pytest

from models.errors import UserError
from models.services.legacy_import import MappingProblem, RegisterMapping, read_mapping, read_rows
from tests.security.test_bad_inputs import MAPPING, _big_csv_cell, _hostile_xlsx, _nested

SHEET = RegisterMapping(columns=dict(MAPPING["columns"]))  # type: ignore[arg-type]


def test_a_mapping_that_is_not_a_plain_json_object_is_refused() -> None:
    assert read_mapping(json.dumps(MAPPING).encode()).columns == MAPPING["columns"]
    for body in (_nested(50_000).encode(), b'{"format": "x", "format": "y"}', b"\xff\xfe"):
        with pytest.raises(MappingProblem):
            read_mapping(body, "mapping.json")


def test_sheets_built_to_break_the_reader_are_refused_in_plain_words() -> None:
    hostile = {
        "big-cell.csv": _big_csv_cell(),
        "laughs.xlsx": _hostile_xlsx("billion_laughs"),
        "external.xlsx": _hostile_xlsx("external_entity"),
    }
    for name, data in hostile.items():
        with pytest.raises(UserError) as err:
            list(read_rows(data, name, SHEET))
        assert name in str(err.value), name
