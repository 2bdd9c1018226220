"""Each narrow column's length is stated once, by the column, and validation holds input to it: an
FIR number longer than its column is refused in plain words on SQLite and PostgreSQL alike."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from typing import Any

import pytest
from sqlalchemy import String, func, select

import models.dto
from models.base import Base
from models.db import Database
from models.dto_fields import fields_of, unwrap
from models.entities import Case
from models.errors import ValidationFailed
from models.rules.lengths import SHORT_LIMIT, STORED_IN, column_length, text_limit
from models.rules.normalise import normalise
from models.services import Services
from tests.conftest import People
from tests.factories import child_case

# Fields named like a narrow column of some table but not stored in it (or not typed text).
NOT_STORED_THERE = {
    ("AddressRow", "locality"),  # a code from a fixed list, checked as such
    ("CaseInput", "uuid"),
}


def _input_dtos() -> dict[str, type[Any]]:
    found: dict[str, type[Any]] = {}
    for info in pkgutil.iter_modules(models.dto.__path__):
        module = importlib.import_module(f"models.dto.{info.name}")
        for name, obj in vars(module).items():
            if (
                dataclasses.is_dataclass(obj)
                and isinstance(obj, type)
                and obj.__module__ == module.__name__
                and (name.endswith("Input") or name.endswith("Row"))
            ):
                found[name] = obj
    return found


def _text_fields(cls: type[Any]) -> set[str]:
    return {f.name for f in fields_of(cls) if unwrap(f.hint)[0] is str}


def test_every_narrow_column_fed_by_an_input_field_is_known() -> None:
    dtos = _input_dtos()
    for (dto, field), (table, column) in STORED_IN.items():
        assert dto in dtos and field in _text_fields(dtos[dto]), (dto, field)
        assert isinstance(Base.metadata.tables[table].c[column].type, String), (table, column)
        assert column_length(table, column), (table, column)
    narrow = {
        c.name
        for t in Base.metadata.tables.values()
        for c in t.columns
        if isinstance(c.type, String) and c.type.length and c.type.length < SHORT_LIMIT
    }
    missing = sorted(
        (dto, field)
        for dto, cls in dtos.items()
        if not dto.endswith("Row") or dto in {k[0] for k in STORED_IN}
        for field in _text_fields(cls) & narrow
        if (dto, field) not in STORED_IN and (dto, field) not in NOT_STORED_THERE
    )
    assert missing == []


def test_the_limit_is_the_columns_own() -> None:
    fir = Base.metadata.tables["mp_case"].c["fir_number"].type
    assert text_limit("FirInput", "number", multiline=False) == fir.length == 40
    assert text_limit("PersonInput", "names", multiline=False) == SHORT_LIMIT
    fir = child_case().fir
    assert fir is not None
    _, problems = normalise(dataclasses.replace(fir, number="F" * 41))
    assert [p.field for p in problems] == ["number"] and "at most 40" in problems[0].message


def test_an_fir_number_longer_than_its_column_is_refused_before_the_database(
    db: Database, people: People
) -> None:
    svc = Services.build(db, _clock())
    data = child_case()
    assert data.fir is not None
    too_long = dataclasses.replace(data, fir=dataclasses.replace(data.fir, number="0" * 41))
    with pytest.raises(ValidationFailed) as err:
        svc.cases.register_case(people.writer, too_long)
    assert "fir.number" in {p.field for p in err.value.problems}
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0
    fits = dataclasses.replace(data, fir=dataclasses.replace(data.fir, number="0" * 40))
    assert svc.cases.register_case(people.writer, fits).value.fir is not None


def _clock() -> Any:
    from models.clock import FixedClock
    from tests.conftest import FIXED_NOW

    return FixedClock(FIXED_NOW)
