"""Found persons: children and adults found without a report here (begging, labour, lost …)."""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from models import audit
from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.dto.cases import PhotoInput
from models.dto.found import BodyFacts, FoundDetail, FoundInput, FoundRow
from models.dto_codec import to_json
from models.entities import Case, FoundPerson, Person, PersonName
from models.enums import Activity, CaseStatus, FoundKind, FoundStatus, Sex
from models.errors import NotFound, Problem, RuleViolation, StaleEdit, ValidationFailed
from models.messages import msg
from models.permissions import Capability, require
from models.photos import NormalisedPhoto
from models.rules.case_rules import RuleContext, is_child_age, person_age
from models.rules.clocks import found_person_clock, found_upload_clock
from models.rules.normalise import normalise
from models.rules.record_rules import check_found
from models.services import counters, match_store
from models.services.case_store import is_uuid
from models.services.common import (
    Saved,
    StationContext,
    local_year,
    station_context,
    users_by_id,
)
from models.services.mapping import assign, build, scalar_fields
from models.services.notice_marking import mark_for_withdrawal
from models.services.person_store import (
    apply_person,
    attach_photos,
    normalise_photos,
    person_input,
    photo_infos,
)
from models.text import like_pattern

FOUND_SCALARS = scalar_fields(FoundInput, exclude=("person", "photos"))
BODY_SCALARS = scalar_fields(BodyFacts)  # stored as the ``body_*`` columns


def stored_input(row: FoundPerson) -> FoundInput:
    """The found person as entered (without photos): a body's facts only for a body."""
    body = (
        build(BodyFacts, row, BODY_SCALARS, prefix="body_")
        if row.kind == FoundKind.DEAD_BODY.value
        else None
    )
    return build(
        FoundInput,
        row,
        FOUND_SCALARS,
        extra={"person": person_input(row.person), "photos": (), "body": body},
    )


def find_found(s: Session, ref: str, station_id: int) -> FoundPerson:
    """A found person by number (FP/2026/0007) or UUID, with names and photos loaded."""
    ref = ref.strip()
    query = (
        select(FoundPerson)
        .where(FoundPerson.station_id == station_id)
        .options(
            selectinload(FoundPerson.person).selectinload(Person.names),
            selectinload(FoundPerson.person).selectinload(Person.photos),
        )
    )
    if is_uuid(ref):
        query = query.where(FoundPerson.uuid == ref)
    else:
        query = query.where(FoundPerson.ref_no == ref.upper())
    row = s.scalar(query)
    if row is None:
        raise NotFound(msg("There is no found person {ref} in this register.", ref=ref))
    return row


def apply_found(row: FoundPerson, data: FoundInput, ctx: RuleContext) -> None:
    """Copy a found person's input onto its row (photos are attached separately)."""
    assign(row, data, FOUND_SCALARS)
    assign(row, data.body or BodyFacts(), BODY_SCALARS, prefix="body_")
    if row.person is None:
        row.person = Person()
    apply_person(row.person, data.person)
    row.sex = data.person.sex.value
    age = person_age(data.person, ctx.local_date(data.found_at))
    # With no age at all, treat the person as a child: the CWC clock must not be missed.
    row.is_child = is_child_age(age) if age is not None else True


def enter_found(
    s: Session,
    sc: StationContext,
    actor: Actor,
    data: FoundInput,
    *,
    at: datetime,
    ctx: RuleContext,
    problems: Sequence[Problem] = (),
    photos: Sequence[tuple[PhotoInput, NormalisedPhoto]] = (),
    uuid: str | None = None,
    refresh_matches: bool = True,
) -> tuple[FoundPerson, tuple[Problem, ...]]:
    """Check, number, write and audit one new found person (entered at ``at`` by ``actor``):
    the one path of the desk and the demo. ``ValidationFailed`` if the rules refuse it; returns
    the row and the rules' warnings."""
    data, found = normalise(data)
    found_all = [*problems, *found, *check_found(data, ctx)]
    errors = [p for p in found_all if p.is_error]
    if errors:
        raise ValidationFailed(errors)
    year = local_year(data.found_at, sc.zone)
    prefix = sc.policy.found_number_prefix
    serial = counters.take(s, sc.station.id, prefix, year)
    row = FoundPerson(
        uuid=uuid or str(uuidlib.uuid4()),
        station_id=sc.station.id,
        year=year,
        serial=serial,
        ref_no=f"{prefix}/{year}/{serial:04d}",
        status=FoundStatus.IN_CARE.value,
        created_at=at,
        created_by_id=actor.user_id,
        updated_at=at,
        updated_by_id=actor.user_id,
    )
    apply_found(row, data, ctx)
    attach_photos(row.person, list(photos), by_id=actor.user_id, at=at)
    s.add(row)
    s.flush()
    audit.record(
        s,
        at=at,
        actor=actor,
        action="found.create",
        subject=audit.Subject("found_person", row.uuid, row.ref_no),
        details={"version": row.version, "after": to_json(data)},
    )
    if refresh_matches:
        match_store.refresh_for_found(s, sc, row, at)
    return row, tuple(p for p in found_all if not p.is_error)


class FoundService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def detail_of(
        self, s: Session, row: FoundPerson, sc: StationContext, now: datetime
    ) -> FoundDetail:
        s.flush()
        users = users_by_id(s)
        linked = s.get(Case, row.linked_case_id) if row.linked_case_id else None
        data = stored_input(row)
        age = person_age(data.person, row.found_at.astimezone(sc.zone).date())
        return FoundDetail(
            uuid=row.uuid,
            ref_no=row.ref_no,
            version=row.version,
            status=FoundStatus(row.status),
            found=data,
            is_child=row.is_child,
            age=age.text() if age else None,
            photos=photo_infos(row.person),
            linked_case=linked.register_no if linked else None,
            linked_external_ref=row.linked_external_ref,
            linked_at=row.linked_at,
            clock=found_person_clock(
                is_child=row.is_child,
                is_body=data.is_body,
                found_at=row.found_at,
                cwc_produced_at=row.cwc_produced_at,
                policy=sc.policy,
                now=now,
            ),
            upload_clock=found_upload_clock(
                is_child=row.is_child,
                is_body=data.is_body,
                found_at=row.found_at,
                portal_uploaded_at=row.portal_uploaded_at,
                policy=sc.policy,
                now=now,
            ),
            created_at=row.created_at,
            created_by=users[row.created_by_id].username,
        )

    def add_found(self, actor: Actor, data: FoundInput) -> Saved[FoundDetail]:
        require(actor, Capability.ADD_FOUND)
        now = self.clock.now()
        problems: list[Problem] = []
        photos = normalise_photos(data.photos, problems)  # the slow part: before the transaction
        with self.db.write() as s:
            sc = station_context(s)
            row, warnings = enter_found(
                s,
                sc,
                actor,
                data,
                at=now,
                ctx=RuleContext.default(now, sc.zone),
                problems=problems,
                photos=photos,
            )
            detail = self.detail_of(s, row, sc, now)
        return Saved(detail, warnings)

    def update_found(
        self, actor: Actor, ref: str, data: FoundInput, expected_version: int
    ) -> Saved[FoundDetail]:
        now = self.clock.now()
        data, problems = normalise(data)
        with self.db.write() as s:
            sc = station_context(s)
            row = find_found(s, ref, sc.station.id)
            require(actor, Capability.EDIT_FOUND)
            if row.version != expected_version:
                users = users_by_id(s)
                raise StaleEdit(
                    msg(
                        "{ref_no} was changed by {username} after you opened it. Nothing was "
                        "saved; reopen it and apply your edit again.",
                        ref_no=row.ref_no,
                        username=users[row.updated_by_id].username,
                    ),
                    changed_by=users[row.updated_by_id].username,
                    changed_at=row.updated_at.isoformat(timespec="minutes"),
                    changes=(),
                )
            ctx = RuleContext.default(now, sc.zone)
            problems += check_found(data, ctx)
            before = to_json(stored_input(row))
            apply_found(row, data, ctx)
            attach_photos(
                row.person, normalise_photos(data.photos, problems), by_id=actor.user_id, at=now
            )
            errors = [p for p in problems if p.is_error]
            if errors:
                raise ValidationFailed(errors)
            row.updated_at, row.updated_by_id = now, actor.user_id
            s.flush()
            audit.record(
                s,
                at=now,
                actor=actor,
                action="found.update",
                subject=audit.Subject("found_person", row.uuid, row.ref_no),
                details={"version": row.version, "before": before, "after": to_json(data)},
            )
            match_store.refresh_for_found(s, sc, row, now)
            detail = self.detail_of(s, row, sc, now)
        return Saved(detail, tuple(p for p in problems if not p.is_error))

    def found_detail(self, actor: Actor, ref: str) -> FoundDetail:
        require(actor, Capability.VIEW_CASE)
        now = self.clock.now()
        with self.db.write() as s:
            sc = station_context(s)
            row = find_found(s, ref, sc.station.id)
            audit.record(
                s,
                at=now,
                actor=actor,
                action="found.view",
                subject=audit.Subject("found_person", row.uuid, row.ref_no),
            )
            return self.detail_of(s, row, sc, now)

    def list_found(
        self,
        actor: Actor,
        *,
        status: FoundStatus | None = None,
        text: str | None = None,
        kind: FoundKind | None = None,
        limit: int = 500,
    ) -> list[FoundRow]:
        require(actor, Capability.VIEW_CASE)
        with self.db.read() as s:
            sc = station_context(s)
            query = select(FoundPerson).where(FoundPerson.station_id == sc.station.id)
            if status is not None:
                query = query.where(FoundPerson.status == status.value)
            if kind is not None:
                query = query.where(FoundPerson.kind == kind.value)
            if text and text.strip():
                pattern = like_pattern(text)
                named = select(PersonName.person_id).where(
                    PersonName.search_key.like(pattern, escape="\\")
                )
                query = query.where(
                    or_(
                        FoundPerson.person_id.in_(named),
                        FoundPerson.ref_no.ilike(pattern, escape="\\"),
                    )
                )
            rows = list(
                s.scalars(
                    query.order_by(FoundPerson.found_at.desc(), FoundPerson.id.desc()).limit(limit)
                )
            )
            names = {
                n.person_id: n.text
                for n in s.scalars(
                    select(PersonName)
                    .where(
                        PersonName.person_id.in_([r.person_id for r in rows]),
                        PersonName.kind == "name",
                    )
                    .order_by(PersonName.position.desc())
                )
            }
            cases = {
                c.id: c.register_no
                for c in s.scalars(
                    select(Case).where(
                        Case.id.in_([r.linked_case_id for r in rows if r.linked_case_id])
                    )
                )
            }
            return [
                FoundRow(
                    id=r.id,
                    uuid=r.uuid,
                    ref_no=r.ref_no,
                    status=FoundStatus(r.status),
                    name=names.get(r.person_id, "(name not known)"),
                    sex=Sex(r.sex),
                    is_child=r.is_child,
                    found_at=r.found_at,
                    found_place=r.found_place,
                    activity=Activity(r.activity) if r.activity else None,
                    linked_case=cases.get(r.linked_case_id)
                    if r.linked_case_id
                    else r.linked_external_ref,
                    kind=FoundKind(r.kind),
                )
                for r in rows
            ]

    def link(
        self,
        actor: Actor,
        ref: str,
        *,
        case_ref: str | None = None,
        external_ref: str | None = None,
        reason: str | None = None,
    ) -> FoundDetail:
        """Link a found person to a missing-person case here, or to a case at another station.

        A link to a case here that the matching contradicts (models.rules.matching) needs a
        ``reason``, which is audited."""
        if bool(case_ref) == bool(external_ref):
            raise ValidationFailed(
                [
                    Problem(
                        "case",
                        msg("give either a case of this station or another station's reference"),
                    )
                ]
            )
        now = self.clock.now()
        with self.db.write() as s:
            sc = station_context(s)
            row = find_found(s, ref, sc.station.id)
            require(actor, Capability.EDIT_FOUND)
            if row.linked_case_id or row.linked_external_ref:
                raise RuleViolation(
                    msg(
                        "{ref_no} is already linked; unlink needs the station head.",
                        ref_no=row.ref_no,
                    )
                )
            matched: dict[str, object] = {"reason": reason.strip()} if reason else {}
            if case_ref:
                case = s.scalar(
                    select(Case).where(
                        Case.station_id == sc.station.id,
                        Case.register_no == case_ref.strip().upper(),
                    )
                )
                if case is None:
                    raise NotFound(
                        msg("There is no case {case_ref} in this register.", case_ref=case_ref)
                    )
                if case.status not in (CaseStatus.REGISTERED.value, CaseStatus.TRACED.value):
                    raise RuleViolation(
                        msg(
                            "Case {register_no} is {status}; link only to an open case.",
                            register_no=case.register_no,
                            status=case.status,
                        )
                    )
                matched = match_store.check_link(
                    s, sc, row, case, reason, at=now, by_id=actor.user_id
                )
                row.linked_case_id = case.id
                target = case.register_no
            else:
                text, problems = normalise(external_ref or "")
                if problems:
                    raise ValidationFailed(problems)
                row.linked_external_ref = text
                target = text
            row.linked_at, row.linked_by_id = now, actor.user_id
            row.status = FoundStatus.LINKED.value
            # Identified: a "help identify" notice has done its work and must come down.
            marked = mark_for_withdrawal(s, now, "identified", found_person_id=row.id)
            row.updated_at, row.updated_by_id = now, actor.user_id
            s.flush()
            audit.record(
                s,
                at=now,
                actor=actor,
                action="found.link",
                subject=audit.Subject("found_person", row.uuid, row.ref_no),
                details={
                    "version": row.version,
                    "case": target,
                    "notices_marked": marked,
                    **matched,
                },
            )
            return self.detail_of(s, row, sc, now)
