"""The matching descriptors a station sends HQ in its weekly package (docs/formats.md).

Only the records that can still match go: open missing cases (registered, not traced, closed,
transferred or void) and found persons or bodies not yet linked to a case. Each goes as its
matching profile and nothing more: no complainant, no address, no telephone number.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import Case, FoundPerson
from models.enums import CaseStatus, FoundKind, FoundStatus
from models.packages.package import MatchRecord, StationContacts
from models.rules.matching import place_words
from models.services.common import StationContext
from models.services.match_store import case_records, found_records


def station_contacts(sc: StationContext) -> StationContacts:
    return StationContacts(
        name_local=sc.station.name_local, phone=sc.station.phone, email=sc.station.email
    )


def open_records(s: Session, sc: StationContext) -> tuple[MatchRecord, ...]:
    """Open cases and unlinked found persons (and bodies) of the station, as descriptors."""
    station_id = sc.station.id
    case_ids = list(
        s.scalars(
            select(Case.id)
            .where(Case.station_id == station_id, Case.status == CaseStatus.REGISTERED.value)
            .order_by(Case.id)
        )
    )
    found_rows = s.execute(
        select(FoundPerson.id, FoundPerson.kind)
        .where(
            FoundPerson.station_id == station_id,
            FoundPerson.status == FoundStatus.IN_CARE.value,
            FoundPerson.linked_case_id.is_(None),
            FoundPerson.linked_external_ref.is_(None),
        )
        .order_by(FoundPerson.id)
    ).all()
    kinds = {
        fid: "body" if kind == FoundKind.DEAD_BODY.value else "found" for fid, kind in found_rows
    }
    out: list[MatchRecord] = []
    for record in case_records(s, sc, case_ids):
        profile = replace(record.profile, places=_case_places(s, record.id))
        out.append(MatchRecord("case", record.ref, record.uuid, profile.to_dict()))
    for record in found_records(s, sc, list(kinds)):
        out.append(MatchRecord(kinds[record.id], record.ref, record.uuid, record.profile.to_dict()))
    return tuple(out)


def _case_places(s: Session, case_id: int) -> tuple[str, ...]:
    """The case's place words without those of the family's addresses.

    A station's own matching also reads the locality, city and district of the missing
    person's addresses; nothing of an address leaves the station, so the package's profile
    keeps only the words of where the person was last seen.
    """
    row = s.execute(
        select(Case.last_seen_place, Case.landmark, Case.outside_ps_district).where(
            Case.id == case_id
        )
    ).one()
    return place_words(*row)
