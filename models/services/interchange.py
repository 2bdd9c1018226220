"""Open cases for interchange with other agencies' person-finder systems (PFIF 1.4).

What goes out is what a lookout notice may show, and no more: names, sex, age, the physical
description, the city and state of the home, and the case's state (missing, or traced alive or
dead). Never phone numbers, street addresses, schools, family details, the narrative, or where a
traced person was found. Cases that the law keeps from publicity (sexual offences, trafficking)
are left out unless an order allowing portal records, made by the authority that fits the case,
is recorded (models/rules/publicity.py).
"""

from __future__ import annotations

from sqlalchemy import select

from models import audit
from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.dto.cases import CaseDetail, PersonInput
from models.dto.interchange import PfifExport, PfifPerson
from models.entities import Case
from models.enums import AddressKind, CaseStatus, Condition, OrderPermit, TraceType
from models.permissions import Capability, require
from models.services import case_store
from models.services.common import station_context, users_by_id
from models.vocabulary import label


def _sex(person: PersonInput) -> str | None:
    return {"female": "female", "male": "male", "transgender": "other"}.get(person.sex.value)


def _description(detail: CaseDetail) -> str:
    p = detail.person
    parts = [f"Missing since {detail.circumstances.last_seen_at:%d-%m-%Y}."]
    looks = [
        f"about {p.height_cm} cm" if p.height_cm else None,
        label(p.build) if p.build else None,
        label(p.complexion) if p.complexion else None,
        (f"{label(p.hair_colour)} hair".lower() if p.hair_colour else None),
    ]
    if any(looks):
        parts.append("Looks: " + ", ".join(x for x in looks if x) + ".")
    if p.marks:
        marks = "; ".join(
            " ".join(x for x in (label(m.mark_type), m.body_location) if x) for m in p.marks
        )
        parts.append(f"Marks: {marks}.")
    if p.clothing:
        parts.append("Wearing: " + "; ".join(c.description for c in p.clothing) + ".")
    if p.languages:
        parts.append("Speaks: " + ", ".join(label(lang) for lang in p.languages) + ".")
    return " ".join(parts)


def _note(detail: CaseDetail, station: str) -> tuple[str, str]:
    trace = detail.trace
    if detail.status is CaseStatus.REGISTERED or trace is None:
        return (
            "believed_missing",
            f"Reported missing at {station} on {detail.report.reported_at:%d-%m-%Y} "
            f"(register {detail.register_no}). Any information: contact the station.",
        )
    dead = (
        trace.trace.trace_type is TraceType.FOUND_DEAD
        or trace.trace.condition is Condition.DECEASED
    )
    return (
        "believed_dead" if dead else "believed_alive",
        f"Traced on {trace.trace.traced_at:%d-%m-%Y} (register {detail.register_no}). "
        "The search is over; contact the station for any further information.",
    )


class InterchangeService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def pfif_export(self, actor: Actor) -> PfifExport:
        """Every open case (missing or traced, not yet closed) as PFIF person and note records."""
        require(actor, Capability.PRINT_CASE)
        now = self.clock.now()
        with self.db.write() as s:
            sc = station_context(s)
            users = users_by_id(s)
            rows = s.scalars(
                select(Case)
                .options(*case_store.case_load_options())
                .where(
                    Case.station_id == sc.station.id,
                    Case.status.in_([CaseStatus.REGISTERED.value, CaseStatus.TRACED.value]),
                )
                .order_by(Case.reported_at, Case.id)
            ).all()
            persons: list[PfifPerson] = []
            left_out = 0
            for case in rows:
                detail = case_store.case_detail(
                    s,
                    case,
                    users=users,
                    station_code=sc.station.code,
                    now=now,
                    zone=sc.zone,
                    policy=sc.policy,
                )
                if case_store.case_publicity_refusal(case, OrderPermit.PORTAL) is not None:
                    left_out += 1
                    continue
                person = detail.person
                home = next((a for a in person.addresses if a.kind is AddressKind.PRESENT), None)
                status, text = _note(detail, sc.station.name)
                persons.append(
                    PfifPerson(
                        case_uuid=detail.uuid,
                        register_no=detail.register_no,
                        full_name=person.display_name,
                        alternate_names=(*person.names[1:], *person.aliases),
                        sex=_sex(person),
                        date_of_birth=person.date_of_birth,
                        age=(detail.age_now or "").replace("–", "-") or None,
                        home_city=home.city if home else None,
                        home_state=home.state if home else None,
                        description=_description(detail),
                        source_date=detail.updated_at,
                        note_status=status,
                        note_text=text,
                    )
                )
            audit.record(
                s,
                at=now,
                actor=actor,
                action="export.pfif",
                subject=audit.Subject("register", None, "pfif"),
                details={"persons": len(persons), "left_out": left_out},
            )
            return PfifExport(
                domain=f"talash.{sc.station.code.lower()}",
                source_name=f"{sc.station.name} ({sc.station.code})",
                author_name=sc.station.name,
                author_phone=sc.station.phone,
                author_email=sc.station.email,
                generated_at=now,
                persons=tuple(persons),
                left_out=left_out,
            )
