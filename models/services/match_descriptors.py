"""The matching descriptors a station sends HQ in its weekly package (docs/formats.md).

Only the records that can still match go: open missing cases (registered, not traced, closed,
transferred or void) and found persons or bodies not yet linked to a case. Each goes as its
matching profile and nothing more: no complainant, no address, no telephone number.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.entities import Case, FoundPerson, Person
from models.enums import CaseStatus, FoundKind, FoundStatus
from models.packages.package import MatchRecord, StationContacts
from models.rules.matching import (
    MatchProfile,
    concepts,
    height_range,
    mark_concepts,
    place_words,
)
from models.services.common import StationContext


def station_contacts(sc: StationContext) -> StationContacts:
    return StationContacts(
        name_local=sc.station.name_local, phone=sc.station.phone, email=sc.station.email
    )


def open_records(s: Session, station_id: int) -> tuple[MatchRecord, ...]:
    """Open cases and unlinked found persons (and bodies) of the station, as descriptors."""
    out: list[MatchRecord] = []
    cases = s.scalars(
        select(Case)
        .where(Case.station_id == station_id, Case.status == CaseStatus.REGISTERED.value)
        .order_by(Case.id)
        .options(*_person_loads(Case.person))
    )
    for case in cases:
        out.append(MatchRecord("case", case.register_no, case.uuid, case_profile(case)))
    found = s.scalars(
        select(FoundPerson)
        .where(
            FoundPerson.station_id == station_id,
            FoundPerson.status == FoundStatus.IN_CARE.value,
        )
        .order_by(FoundPerson.id)
        .options(*_person_loads(FoundPerson.person))
    )
    for fp in found:
        kind = "body" if fp.kind == FoundKind.DEAD_BODY.value else "found"
        out.append(MatchRecord(kind, fp.ref_no, fp.uuid, found_profile(fp)))
    return tuple(out)


def _person_loads(relation: Any) -> list[Any]:
    base = selectinload(relation)
    return [
        base.selectinload(Person.names),
        base.selectinload(Person.name_keys),
        base.selectinload(Person.marks),
        base.selectinload(Person.clothing),
    ]


def case_profile(case: Case) -> Mapping[str, Any]:
    return _profile(
        "case",
        case.register_no,
        case.uuid,
        case.person,
        case.last_seen_at,
        case.is_child,
        (case.last_seen_place,),
    )


def found_profile(fp: FoundPerson) -> Mapping[str, Any]:
    return _profile(
        "found", fp.ref_no, fp.uuid, fp.person, fp.found_at, fp.is_child, (fp.found_place,)
    )


def _ages(person: Person, at: datetime) -> tuple[int | None, int | None, bool]:
    if person.age_min is not None or person.age_max is not None:
        low = person.age_min if person.age_min is not None else person.age_max
        high = person.age_max if person.age_max is not None else person.age_min
        return low, high, True
    if person.date_of_birth:
        year = int(person.date_of_birth[:4])
        full = len(person.date_of_birth) == 10
        if full:
            born = date.fromisoformat(person.date_of_birth)
            day = at.date()
            age = day.year - born.year - ((day.month, day.day) < (born.month, born.day))
            return age, age, False
        return at.year - year - 1, at.year - year, False
    return None, None, True


def _profile(
    kind: str,
    ref: str,
    uuid: str,
    person: Person,
    at: datetime,
    is_child: bool,
    places: tuple[str | None, ...],
) -> Mapping[str, Any]:
    keys = sorted(person.name_keys, key=lambda k: k.position)
    names = [k.latin for k in keys if k.kind in ("name", "alias")]
    relatives = [k.latin for k in keys if k.kind == "relative"]
    shown = [n.text for n in sorted(person.names, key=lambda n: n.position)]
    low, high, estimated = _ages(person, at)
    h_low, h_high = height_range(person.height_cm, person.height_min_cm, person.height_max_cm)
    profile = MatchProfile(
        kind=kind,
        ref=ref,
        uuid=uuid,
        station="",
        at=at,
        display_name=shown[0] if shown else "",
        sex=person.sex,
        age_low=low,
        age_high=high,
        age_estimated=estimated,
        names=tuple(names),
        relatives=tuple(relatives),
        height_low=h_low,
        height_high=h_high,
        build=person.build,
        complexion=person.complexion,
        marks=tuple(
            mark_concepts(m.mark_type, m.body_location, m.description)
            for m in sorted(person.marks, key=lambda m: m.position)
        ),
        languages=tuple(str(x) for x in person.languages or ()),
        clothing=tuple(
            " ".join(concepts(c.area, c.description, c.colour))
            for c in sorted(person.clothing, key=lambda c: c.position)
        ),
        places=place_words(*places),
        is_child=is_child,
    )
    return profile.to_dict()
