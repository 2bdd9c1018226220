"""An edit of a case writes what changed: the case row and the rows of the lists that changed,
never the whole person again; and the case as stored is the form as saved, whatever was edited."""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event

from models.clock import FixedClock
from models.db import Database
from models.dto.cases import AddressRow, CaseInput, ClothingRow, MarkRow, SectionRow, SuspectRow
from models.enums import Act, AddressKind, ClothingArea, MarkType
from models.services import Services
from tests.conftest import People
from tests.factories import child_case

_WRITE = re.compile(r'^\s*(?:INSERT INTO|UPDATE|DELETE FROM)\s+"?(\w+)"?', re.IGNORECASE)


@contextmanager
def writes(engine: Engine) -> Iterator[list[str]]:
    """The table of every INSERT, UPDATE and DELETE ``engine`` sends inside the block (one
    entry per row of an ``executemany``)."""
    tables: list[str] = []

    def note(_c: Any, _cur: Any, statement: str, params: Any, _ctx: Any, many: bool) -> None:
        found = _WRITE.match(statement)
        if found:
            tables.extend([found.group(1)] * (len(params) if many else 1))

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield tables
    finally:
        event.remove(engine, "before_cursor_execute", note)


def _edit(svc: Services, people: People, uuid: str, change: Any) -> CaseInput:
    """Save ``change(stored input)`` as an edit of the case; returns the input saved."""
    detail = svc.cases.case_detail(people.io, uuid, audit_view=False)
    data = change(detail.as_input())
    svc.cases.update_case(people.io, uuid, data, detail.version)
    return data


def test_a_one_field_edit_writes_the_case_row_and_its_audit_event_only(
    db: Database, clock: FixedClock, people: People
) -> None:
    svc = Services.build(db, clock)
    case = svc.cases.register_case(people.writer, child_case()).value
    with writes(db.engine) as tables:
        _edit(
            svc,
            people,
            case.uuid,
            lambda d: dataclasses.replace(
                d,
                circumstances=dataclasses.replace(d.circumstances, last_seen_place="Dadar"),
            ),
        )
    # The save drops the case's possible matches (match_suggestion) and marks them due for a
    # refresh after the commit (match_due); nothing of the person, the complainant, the FIR's
    # sections or the suspects is written again.
    written = {t for t in tables if t not in {"match_suggestion", "match_due"}}
    assert written == {"mp_case", "audit_event", "audit_head"}
    assert tables.count("mp_case") == 1
    after = svc.cases.case_detail(people.io, case.uuid, audit_view=False)
    assert after.version == case.version + 1
    assert after.circumstances.last_seen_place == "Dadar"


def test_an_edit_of_one_mark_writes_that_mark_only(
    db: Database, clock: FixedClock, people: People
) -> None:
    svc = Services.build(db, clock)
    case = svc.cases.register_case(people.writer, child_case()).value
    mark = MarkRow(MarkType.SCAR, "right knee", "old scar")
    with writes(db.engine) as tables:
        _edit(
            svc,
            people,
            case.uuid,
            lambda d: dataclasses.replace(d, person=dataclasses.replace(d.person, marks=(mark,))),
        )
    assert tables.count("identification_mark") == 1
    assert not {"person", "person_name", "name_key", "address", "clothing_item"} & set(tables)
    after = svc.cases.case_detail(people.io, case.uuid, audit_view=False)
    assert after.person.marks == (mark,)


ALIASES = ("Pinky", "पिंकी", "Pinki", "Munni", "मुन्नी")
MARKS = (
    MarkRow(MarkType.MOLE, "left cheek", "small black mole"),
    MarkRow(MarkType.SCAR, "right knee", "old scar"),
    MarkRow(MarkType.BIRTHMARK, "neck", "brown birthmark"),
)
CLOTHES = (
    ClothingRow(ClothingArea.UNIFORM, "white shirt and navy blue skirt", "white/navy"),
    ClothingRow(ClothingArea.FOOTWEAR, "black school shoes", "black"),
    ClothingRow(ClothingArea.BAG, "pink school bag", "pink"),
    ClothingRow(ClothingArea.FOOTWEAR, "blue slippers", "blue"),
)
ADDRESSES = (
    AddressRow(AddressKind.PRESENT, "Room 12, Shiv Shakti Chawl", "Kumbharwada", "Mumbai"),
    AddressRow(AddressKind.NATIVE, None, "Kudal", None, "Sindhudurg", "Maharashtra"),
    AddressRow(AddressKind.PERMANENT, "House 4", "Kankavli", None, "Sindhudurg"),
)
SUSPECTS = (
    SuspectRow(name="unknown young man", description="about 20, thin, red T-shirt"),
    SuspectRow(name="Raju", description="neighbour's cousin"),
)
SECTIONS = (SectionRow(Act.BNS, "137(2)"), SectionRow(Act.BNS, "96"), SectionRow(Act.BNS, "140(3)"))


def _some(rng: random.Random, rows: tuple[Any, ...], at_least: int = 0) -> tuple[Any, ...]:
    """Some of ``rows``, in a random order: lists that grow, shrink and change in the middle."""
    return tuple(rng.sample(rows, rng.randint(at_least, len(rows))))


def test_the_case_as_stored_is_the_form_as_saved_after_random_edits(
    db: Database, clock: FixedClock, people: People
) -> None:
    svc = Services.build(db, clock)
    case = svc.cases.register_case(people.writer, child_case()).value
    rng = random.Random(2026)
    for n in range(12):

        def change(d: CaseInput, n: int = n) -> CaseInput:
            person = dataclasses.replace(
                d.person,
                aliases=_some(rng, ALIASES),
                marks=_some(rng, MARKS),
                clothing=_some(rng, CLOTHES),
                addresses=_some(rng, ADDRESSES),
                relative_name=rng.choice(("Santosh Patil", "Sunil Patil", None)),
            )
            assert d.fir is not None
            return dataclasses.replace(
                d,
                person=person,
                fir=dataclasses.replace(d.fir, sections=_some(rng, SECTIONS, at_least=1)),
                suspects=_some(rng, SUSPECTS),
                circumstances=dataclasses.replace(
                    d.circumstances, last_seen_place=f"Near gate {n}"
                ),
            )

        saved = _edit(svc, people, case.uuid, change)
        stored = svc.cases.case_detail(people.io, case.uuid, audit_view=False).as_input()
        assert stored == saved, n
        if db.engine.dialect.name == "sqlite":
            # The name index follows the keys rewritten in place (an error if it does not).
            with db.engine.begin() as connection:
                connection.exec_driver_sql(
                    "INSERT INTO name_key_fts(name_key_fts) VALUES ('integrity-check')"
                )
