"""The found-person form's contents to and from ``FoundInput`` (no Qt)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from models.dto.cases import PersonInput
from models.dto.found import BodyFacts, FoundInput
from models.dto_codec import from_json, to_json
from models.enums import Activity, FoundKind, Language, Sex
from models.errors import Problem
from models.partial_date import DateProblem
from ui.case_form.state import (
    Reader,
    person_description_state,
    person_identity_state,
    read_person_description,
    read_person_identity,
    read_photos,
)
from ui.form_state import State
from ui.formats import format_instant, parse_day_start
from ui.widgets.flat import from_state, to_state

PERSON_OTHER = "person._other"
# What the found-person form shows of the person; the rest is carried through unchanged.
SHOWN_PERSON_FIELDS = frozenset(
    set(person_identity_state(PersonInput(), "p"))
    | set(person_description_state(PersonInput(), "p"))
)
EXCLUDE = ("person", "photos")
BODY = "body."
BODY_DATES = ("inquest_date", "disposed_on")
# Fields the form hides for a body; they do not apply to one, so they are read as empty.
NOT_FOR_A_BODY = (
    "activity",
    "cwc_produced_at",
    "cwc_name",
    "cwc_order_number",
    "cwc_order",
    "cci_name",
)


def _shown(name: str) -> bool:
    key = f"p.{name}"
    if name in ("age_min", "age_max"):
        key = "p.age"
    if name in ("height_min_cm", "height_max_cm"):
        key = "p.height_range"
    return key in SHOWN_PERSON_FIELDS


def new_found_state(now: datetime, zone: tzinfo) -> State:
    return {
        "found_at": format_instant(now.replace(second=0, microsecond=0), zone),
        "kind": FoundKind.PERSON.value,
        "activity": Activity.LOST_WANDERING.value,
        "person.sex": Sex.UNKNOWN.value,
        "person.nationality": "Indian",
        "person.names": ["", ""],
        "person.languages": [Language.MARATHI.value],
    }


def found_to_state(data: FoundInput, zone: tzinfo) -> State:
    state = to_state(data, zone, exclude=EXCLUDE)
    state.update(body_to_state(data.body))
    state.update(person_identity_state(data.person, "person"))
    state.update(person_description_state(data.person, "person"))
    default = PersonInput()
    other = {
        f.name: getattr(data.person, f.name)
        for f in dataclasses.fields(PersonInput)
        if not _shown(f.name) and getattr(data.person, f.name) != getattr(default, f.name)
    }
    if other:
        state[PERSON_OTHER] = to_json(other)
    return state


def state_to_found(
    state: State, zone: tzinfo, baseline: FoundInput | None = None
) -> tuple[FoundInput | None, list[Problem]]:
    rd = Reader(state, zone, None)
    fields = read_person_identity(rd, "person")
    fields.update(read_person_description(rd, "person"))
    carried = state.get(PERSON_OTHER)
    person = dataclasses.replace(
        from_json(PersonInput, carried) if carried else PersonInput(), **fields
    )
    photos = read_photos(rd)
    body, body_problems = state_to_body(state, zone)
    if state.get("kind") == FoundKind.DEAD_BODY.value:
        state = {**state, **dict.fromkeys(NOT_FOR_A_BODY, "")}
    found, problems = from_state(
        FoundInput,
        state,
        zone,
        exclude=EXCLUDE,
        extra={"person": person, "photos": photos, "body": body},
    )
    problems = rd.problems + body_problems + problems
    if found is not None and baseline is not None:
        # An unchanged instant keeps its stored seconds (the form shows minutes).
        for name in ("found_at", "cwc_produced_at", "portal_uploaded_at"):
            stored = getattr(baseline, name)
            if stored is not None and format_instant(stored, zone) == state.get(name):
                found = dataclasses.replace(found, **{name: stored})
    if problems:
        return None, problems
    return found, []


def body_to_state(body: BodyFacts | None) -> State:
    """The body's fields as ``body.<name>``; dates as DD-MM-YYYY."""
    facts = body or BodyFacts()
    state: State = to_state(facts, UTC, prefix=BODY)  # no instants among a body's facts
    for name in BODY_DATES:
        day: date | None = getattr(facts, name)
        state[BODY + name] = day.strftime("%d-%m-%Y") if day else ""
    return state


def state_to_body(state: State, zone: tzinfo) -> tuple[BodyFacts | None, list[Problem]]:
    """The body's facts, only when the kind is dead body (the fields stay hidden otherwise)."""
    if state.get("kind") != FoundKind.DEAD_BODY.value:
        return None, []
    facts, problems = from_state(BodyFacts, state, zone, prefix=BODY)
    days: dict[str, Any] = {}  # field name -> date or None, checked by replace() below
    for name in BODY_DATES:
        text = str(state.get(BODY + name) or "").strip()
        days[name] = None
        if text:
            try:
                days[name] = parse_day_start(text, zone).date()
            except DateProblem as exc:
                problems.append(Problem(BODY + name, str(exc)))
    if facts is None or problems:
        return None, problems
    return dataclasses.replace(facts, **days), []
