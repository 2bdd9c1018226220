"""The risk-assessment checklist (resources/risk/checklist.json).

Each item is answered Yes / No / Unknown with details. Items marked ``escalates_to_high`` push the
grade to High when answered Yes. The checklist is synthesised from UK and Scottish forms because
the questions of the MWCD SOP's Annexure III were not available, so the file as a whole is marked
unverified until the station or HQ confirms it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from models.enums import RiskGrade
from models.localtext import (
    LocalText,
    ReferenceDataError,
    check_keys,
    expect_bool,
    expect_list,
    expect_object,
    expect_text,
    read_json_object,
)
from models.resource_files import resource_path

_ITEM_CODE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_TOP_KEYS = ("version", "unverified", "note", "grades", "items")
_ITEM_KEYS = ("code", "label", "escalates_to_high")


@dataclass(frozen=True)
class RiskItem:
    """One checklist question; ``code`` is a stable lower_snake identifier stored with answers."""

    code: str
    label: LocalText
    escalates_to_high: bool


@dataclass(frozen=True)
class RiskChecklist:
    """The versioned checklist: grade definitions and items, in display order."""

    version: str
    unverified: bool
    grades: Mapping[RiskGrade, LocalText] = field(hash=False)
    items: tuple[RiskItem, ...]
    _items: MappingProxyType[str, RiskItem] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # A plain dict passed in would stay mutable through this object; freeze a copy.
        object.__setattr__(self, "grades", MappingProxyType(dict(self.grades)))
        object.__setattr__(self, "_items", MappingProxyType({i.code: i for i in self.items}))

    def item(self, code: str) -> RiskItem:
        """The item with ``code``; raises KeyError for an unknown code."""
        try:
            return self._items[code]
        except KeyError:
            raise KeyError(f"no risk checklist item {code!r} in version {self.version}") from None

    def grade_definition(self, grade: RiskGrade) -> LocalText:
        """What ``grade`` means, for the grading screen."""
        return self.grades[grade]

    def escalating_items(self) -> tuple[RiskItem, ...]:
        """The items whose Yes answer makes the grade High."""
        return tuple(item for item in self.items if item.escalates_to_high)


def load_risk_checklist(path: Path | None = None) -> RiskChecklist:
    """Load and check the checklist; the bundled file (``path=None``) is read once."""
    if path is None:
        return _load_default()
    return _parse(path)


@functools.cache
def _load_default() -> RiskChecklist:
    return _parse(resource_path("risk", "checklist.json"))


def _parse(path: Path) -> RiskChecklist:
    top = read_json_object(path)
    check_keys(top, _TOP_KEYS, str(path))
    version = expect_text(top, "version", str(path))
    unverified = expect_bool(top, "unverified", str(path))

    raw_grades = expect_object(top.get("grades"), f"{path}, grades")
    grade_codes = [grade.value for grade in RiskGrade]
    check_keys(raw_grades, grade_codes, f"{path}, grades")
    grades: dict[RiskGrade, LocalText] = {}
    for grade in RiskGrade:
        where = f"{path}, grade {grade.value}"
        if grade.value not in raw_grades:
            raise ReferenceDataError(f"{where}: missing definition")
        grades[grade] = LocalText.from_json(raw_grades[grade.value], where)

    items: list[RiskItem] = []
    for index, raw in enumerate(expect_list(top, "items", str(path))):
        where = f"{path}, items[{index}]"
        obj = expect_object(raw, where)
        code = expect_text(obj, "code", where)
        where = f"{path}, item {code}"
        check_keys(obj, _ITEM_KEYS, where)
        if not _ITEM_CODE.fullmatch(code):
            raise ReferenceDataError(f"{where}: an item code is lower_snake ASCII")
        if any(item.code == code for item in items):
            raise ReferenceDataError(f"{where}: code used twice")
        items.append(
            RiskItem(
                code=code,
                label=LocalText.from_json(obj.get("label"), f"{where}, label"),
                escalates_to_high=expect_bool(obj, "escalates_to_high", where),
            )
        )
    if not items:
        raise ReferenceDataError(f"{path}, items: the checklist has no items")
    return RiskChecklist(version=version, unverified=unverified, grades=grades, items=tuple(items))
