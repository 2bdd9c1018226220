"""The register's use cases: register, edit, log actions, assess risk, trace, reunite, close.

Every method is one transaction: it checks the acting user's role, validates with the rules in
models/rules, writes, appends the audit event (with before/after), and returns DTOs.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from models import audit
from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.dto.cases import (
    ActionInput,
    CaseDetail,
    CaseInput,
    ClosureInput,
    ClosureStep,
    PhotoInput,
    ReasonsInput,
    ReunionInput,
    RiskInput,
    TraceInput,
)
from models.dto_codec import to_json
from models.entities import (
    AppUser,
    AuditEvent,
    Case,
    CaseStatusChange,
    Photo,
    RiskAssessment,
)
from models.enums import CaseStatus
from models.errors import (
    FieldChange,
    NotFound,
    Problem,
    RuleViolation,
    StaleEdit,
    ValidationFailed,
)
from models.messages import msg
from models.partial_date import AgeRange
from models.permissions import INVESTIGATING_ROLES, Capability, require, require_edit_case
from models.photos import NormalisedPhoto
from models.policy import Policy
from models.rules.case_rules import (
    RuleContext,
    case_age,
    check_case,
    check_reasons,
    is_child_age,
)
from models.rules.normalise import normalise
from models.rules.publicity import same_order
from models.rules.status import OPEN_STATUSES
from models.services import case_store, counters, episodes, match_due
from models.services.common import (
    Saved,
    StationContext,
    local_year,
    station_context,
    user_by_name,
    users_by_id,
)
from models.services.mapping import assign
from models.services.notice_marking import mark_for_withdrawal
from models.services.person_store import attach_photos, normalise_photos


class _Unchanged(Exception):
    """The edit changed nothing: leave the transaction without writing."""


class _Stale(Exception):
    def __init__(self, register_no: str, uuid: str) -> None:
        self.register_no = register_no
        self.uuid = uuid


@dataclass(frozen=True)
class _Officers:
    received_by: AppUser
    io: AppUser | None
    jwo: AppUser | None


def _diff(before: Any, after: Any, path: str = "") -> list[FieldChange]:
    """Field-level differences between two JSON trees (lists compared whole)."""
    if isinstance(before, dict) and isinstance(after, dict):
        out: list[FieldChange] = []
        for key in sorted(set(before) | set(after)):
            sub = f"{path}.{key}" if path else key
            out += _diff(before.get(key), after.get(key), sub)
        return out
    return [] if before == after else [FieldChange(path, before, after)]


def _officers(s: Session, actor: Actor, data: CaseInput, problems: list[Problem]) -> _Officers:
    def pick(field: str, username: str | None, roles: set[str]) -> AppUser | None:
        if not username:
            return None
        user = user_by_name(s, username)
        if user is None or not user.active:
            problems.append(
                Problem(
                    f"report.{field}",
                    msg("there is no active user '{username}'", username=username),
                )
            )
            return None
        if user.role not in roles:
            problems.append(
                Problem(
                    f"report.{field}",
                    msg(
                        "{full_name} is not an officer who can be {field}",
                        full_name=user.full_name,
                        field=field,
                    ),
                )
            )
        return user

    received = pick("received_by", data.report.received_by, {"writer", "io", "sho"})
    io = pick("io", data.report.io, {r.value for r in INVESTIGATING_ROLES})
    jwo = pick("jwo", data.report.jwo, {"writer", "io", "sho"})
    if received is None:
        received = s.get(AppUser, actor.user_id)
        assert received is not None
    return _Officers(received, io, jwo)


# -- the one path of a new register entry ------------------------------------------------------
#
# The desk (``CaseService.register_case``), the legacy import and the demo all enter a case by
# ``check_new_case`` -> ``write_new_case`` -> ``record_new_case`` (``enter_case`` runs the three):
# the same cleaning and rules, the same officers check, the same counter, the same rows, the
# same audit event. A rule a new case must pass is added here once.


@dataclass(frozen=True)
class CheckedCase:
    """A new entry after cleaning and the rules: what to write, and what the rules said."""

    data: CaseInput
    problems: tuple[Problem, ...]
    officers: _Officers
    age: AgeRange | None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.is_error)


def check_new_case(
    s: Session,
    station_id: int,
    actor: Actor,
    data: CaseInput,
    ctx: RuleContext,
    problems: Sequence[Problem] = (),
) -> CheckedCase:
    """Clean ``data`` and check it as a new register entry (errors are returned, not raised)."""
    data, found = normalise(data)
    if data.publication_order is not None:
        # Only the station head records a publicity order, on a new case as on an edit.
        require(actor, Capability.RECORD_ORDER)
    found += check_case(data, ctx)
    found += case_store.fir_number_problems(s, station_id, data.fir, ctx.zone)
    found_all = [*problems, *found]
    officers = _officers(s, actor, data, found_all)
    return CheckedCase(data, tuple(found_all), officers, case_age(data, ctx))


def write_new_case(
    s: Session,
    sc: StationContext,
    actor: Actor,
    checked: CheckedCase,
    *,
    at: datetime,
    serial: int | None = None,
    uuid: str | None = None,
    note: str | None = None,
    photos: Sequence[tuple[PhotoInput, NormalisedPhoto]] = (),
) -> Case:
    """Number a checked entry and add its rows to the session (entered at ``at`` by ``actor``).

    ``serial`` is a number kept from an earlier register (the counter is raised past it);
    without it the entry takes the year's next number. ``note`` is the reason on the first
    status change. Nothing is flushed: the caller may add to the case before ``record_new_case``.
    """
    data = checked.data
    year = local_year(data.report.reported_at, sc.zone)
    prefix = sc.policy.case_number_prefix
    if serial is None:
        serial = counters.take(s, sc.station.id, prefix, year)
    else:
        counters.raise_to(s, sc.station.id, prefix, year, serial)
    case = case_store.new_case_row(
        station_id=sc.station.id,
        prefix=prefix,
        year=year,
        serial=serial,
        at=at,
        by_id=actor.user_id,
        uuid=uuid or str(uuidlib.uuid4()),
    )
    case_store.apply_case_input(
        case,
        data,
        received_by=checked.officers.received_by,
        io=checked.officers.io,
        jwo=checked.officers.jwo,
        age=checked.age,
        is_child=is_child_age(checked.age),
        zone=sc.zone,
    )
    if data.publication_order is not None:
        case_store.stamp_order(case, actor.user_id, at)
    case.status_changes = [
        CaseStatusChange(
            at=at, by_id=actor.user_id, from_status=None, to_status=case.status, reason=note
        )
    ]
    s.add(case)
    attach_photos(case.person, list(photos), by_id=actor.user_id, at=at)
    if data.risk is not None:
        add_risk(case, data.risk, actor.user_id, at, sc.policy)
    return case


def record_new_case(
    s: Session,
    sc: StationContext,
    actor: Actor,
    case: Case,
    *,
    at: datetime,
    users: Mapping[int, AppUser],
    action: str = "case.create",
    details: Mapping[str, Any] | None = None,
    refresh_matches: bool = True,
) -> None:
    """Write the new entry and its audit event (the entry as stored, with ``details``), and
    mark its possible matches due (``match_due``: worked out after the commit) unless the
    caller does that for many entries later."""
    stored = case_store.case_input(case, dict(users))
    case_store.flush_case(s, case)
    audit.record(
        s,
        at=at,
        actor=actor,
        action=action,
        subject=audit.Subject("case", case.uuid, case.register_no),
        details={"version": case.version, "after": to_json(stored), **(details or {})},
    )
    if refresh_matches:
        match_due.mark(s, case.id, at, new=True)


def enter_case(
    s: Session,
    sc: StationContext,
    actor: Actor,
    data: CaseInput,
    *,
    at: datetime,
    ctx: RuleContext,
    problems: Sequence[Problem] = (),
    photos: Sequence[tuple[PhotoInput, NormalisedPhoto]] = (),
    users: Mapping[int, AppUser] | None = None,
) -> tuple[Case, tuple[Problem, ...]]:
    """Check, number, write and audit one new entry; ``ValidationFailed`` if the rules refuse
    it. Returns the case and the rules' warnings."""
    checked = check_new_case(s, sc.station.id, actor, data, ctx, problems)
    if checked.errors:
        raise ValidationFailed(checked.errors)
    case = write_new_case(s, sc, actor, checked, at=at, photos=photos)
    record_new_case(s, sc, actor, case, at=at, users=users or users_by_id(s))
    return case, checked.warnings


def add_risk(case: Case, data: RiskInput, by_id: int, at: datetime, policy: Policy) -> None:
    """Append an assessment; the next review follows the grade unless the assessor set it."""
    due = data.next_review_due or at + timedelta(days=policy.review_days(data.grade))
    case.risk_assessments.append(
        RiskAssessment(
            assessed_at=at,
            assessed_by_id=by_id,
            answers=case_store.risk_answers_json(data),
            grade=data.grade.value,
            rationale=data.rationale,
            information_source=data.information_source,
            next_review_due=due,
        )
    )


def _lock_case(s: Session, ref: str, station_id: int) -> None:
    """Take the write lock on a case's row until the transaction ends (``SELECT … FOR UPDATE``;
    SQLite has no row locks and needs none: its writers already go one at a time)."""
    ref = ref.strip()
    which = Case.uuid == ref if case_store.is_uuid(ref) else Case.register_no == ref.upper()
    s.execute(select(Case.id).where(Case.station_id == station_id, which).with_for_update())


class CaseService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    # -- helpers ----------------------------------------------------------------------------

    def _detail(
        self,
        s: Session,
        case: Case,
        sc: StationContext,
        now: datetime,
        actor: Actor,
        *,
        written: bool = False,
        users: Mapping[int, AppUser] | None = None,
    ) -> CaseDetail:
        """The case as it now stands, with what ``actor`` may do with it.

        ``written``: every row of the case this transaction changed went through the case's own
        relationships (a new entry, a form's edit), so the rows in the session are the rows as
        stored and only what was never loaded is read (half of a save was reading back all it
        had just written). Otherwise the case is read afresh from the database."""
        s.flush()
        if not written:
            s.refresh(case)
            case = case_store.find_case(s, case.uuid, sc.station.id)
        return case_store.case_detail(
            s,
            case,
            users=dict(users) if users is not None else users_by_id(s),
            station_code=sc.station.code,
            now=now,
            zone=sc.zone,
            policy=sc.policy,
            actor=actor,
        )

    def _status(
        self,
        s: Session,
        case: Case,
        new: CaseStatus,
        actor: Actor,
        now: datetime,
        reason: str | None,
    ) -> None:
        case_store.change_status(case, new, by_id=actor.user_id, at=now, reason=reason)

    def _traced_case(
        self,
        s: Session,
        ref: str,
        sc: StationContext,
        actor: Actor,
        refusal: Callable[[str], str],
    ) -> Case:
        """A traced case whose reunion or closure steps ``actor`` may record; ``refusal`` says,
        given the case's number, why not when it has no trace."""
        case = case_store.find_case(s, ref, sc.station.id)
        require(actor, Capability.RECORD_TRACE, assigned_io_id=case.io_id)
        if case.trace is None or case.status != CaseStatus.TRACED.value:
            raise RuleViolation(refusal(case.register_no))
        return case

    @staticmethod
    def _require_edit(actor: Actor, case: Case, sc: StationContext, now: datetime) -> None:
        """Changing a case's fields or photos: its IO, the station head, or the user who
        registered it within their grace period (models/rules/grace.py)."""
        grace = case_store.grace_of(case, sc.policy)
        require_edit_case(actor, case.io_id, grace, now, sc.zone)

    def _touch(self, case: Case, actor: Actor, now: datetime) -> None:
        case.updated_at = now
        case.updated_by_id = actor.user_id
        # The case row is written (and its version raised) even when the change is only in the
        # person's rows and the same officer saves twice within one clock tick: the version is
        # what tells another desk that the case changed under it.
        flag_modified(case, "updated_at")

    def _commit(
        self,
        s: Session,
        sc: StationContext,
        case: Case,
        actor: Actor,
        now: datetime,
        action: str,
        details: dict[str, Any],
    ) -> CaseDetail:
        """Stamp the change, flush it (bumping the version), audit it, and read the case back."""
        self._touch(case, actor, now)
        s.flush()
        audit.record(
            s,
            at=now,
            actor=actor,
            action=action,
            subject=self._subject(case),
            details={"version": case.version, **details},
        )
        return self._detail(s, case, sc, now, actor)

    @staticmethod
    def _subject(case: Case) -> audit.Subject:
        return audit.Subject("case", case.uuid, case.register_no)

    def _stale_edit(self, uuid: str, register_no: str, since_version: int) -> StaleEdit:
        with self.db.read() as s:
            events = s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity_uuid == uuid, AuditEvent.outcome == "ok")
                .order_by(AuditEvent.id)
            ).all()
            changes: list[FieldChange] = []
            who, when = "another desk", ""
            for event in events:
                details = audit.read_details(s, event)
                if details is None or int(details.get("version", 0)) <= since_version:
                    continue
                who, when = event.username, event.at.isoformat(timespec="minutes")
                for change in details.get("changes", []):
                    changes.append(
                        FieldChange(change["field"], change.get("before"), change.get("after"))
                    )
        return StaleEdit(
            msg(
                "Case {register_no} was changed by {who} at {when} after you opened "
                "it. Nothing was saved. Look at what changed, then apply your edit "
                "again.",
                register_no=register_no,
                who=who,
                when=when,
            ),
            changed_by=who,
            changed_at=when,
            changes=changes,
        )

    # -- register and edit ------------------------------------------------------------------

    def register_case(self, actor: Actor, data: CaseInput) -> Saved[CaseDetail]:
        """Enter a new report in the register and give it the next register number."""
        require(actor, Capability.REGISTER_CASE)
        now = self.clock.now()
        problems: list[Problem] = []
        photos = normalise_photos(data.photos, problems)  # the slow part: before the transaction
        with self.db.write() as s:
            sc = station_context(s)
            users = users_by_id(s)  # once, for the audit record and the detail returned
            case, warnings = enter_case(
                s,
                sc,
                actor,
                data,
                at=now,
                ctx=RuleContext.default(now, sc.zone),
                problems=problems,
                photos=photos,
                users=users,
            )
            detail = self._detail(s, case, sc, now, actor, written=True, users=users)
        return Saved(detail, warnings)

    def update_case(
        self, actor: Actor, ref: str, data: CaseInput, expected_version: int
    ) -> Saved[CaseDetail]:
        """Save an edit of the whole form; refused if someone saved since ``expected_version``."""
        now = self.clock.now()
        data, problems = normalise(data)
        photos = normalise_photos(data.photos, problems)
        try:
            with self.db.write() as s:
                sc = station_context(s)
                # Two desks saving one case at the same moment (PostgreSQL): the second waits
                # here until the first commits, then reads its version and is told who changed
                # the case, instead of failing half-way through its own writes. On SQLite the
                # write lock taken at BEGIN already puts whole saves one after the other.
                _lock_case(s, ref, sc.station.id)
                case = case_store.find_case(s, ref, sc.station.id)
                self._require_edit(actor, case, sc, now)
                if CaseStatus(case.status) not in OPEN_STATUSES:
                    raise RuleViolation(
                        msg(
                            "Case {register_no} is {status}; it can no longer be edited.",
                            register_no=case.register_no,
                            status=case.status,
                        )
                    )
                if case.version != expected_version:
                    raise _Stale(case.register_no, case.uuid)
                users = users_by_id(s)
                stored = case_store.case_input(case, users)
                # The form's risk section is a new assessment only when it differs from the last.
                risk_changed = data.risk is not None and _risk_key(data.risk) != _risk_key(
                    stored.risk
                )
                # Only the station head records, changes or removes a publicity order.
                order_changed = not same_order(data.publication_order, stored.publication_order)
                if order_changed:
                    require(actor, Capability.RECORD_ORDER)
                ctx = RuleContext.default(now, sc.zone)
                problems += check_case(data, ctx, new_risk=risk_changed, new_order=order_changed)
                problems += case_store.fir_number_problems(
                    s, sc.station.id, data.fir, sc.zone, exclude_case_id=case.id
                )
                officers = _officers(s, actor, data, problems)
                errors = [p for p in problems if p.is_error]
                if errors:
                    raise ValidationFailed(errors)
                # Only the station head gives a registered case to another officer: an IO never
                # hands their case (and its powers) on.
                if (officers.io.id if officers.io else None) != case.io_id:
                    require(actor, Capability.ASSIGN_IO)
                before = to_json(stored)
                age = case_age(data, ctx)
                # Rows loaded while the edit is applied (the name keys) must not flush the half-
                # applied case: that writes the case row twice and raises its version twice.
                with s.no_autoflush:
                    case_store.apply_case_input(
                        case,
                        data,
                        received_by=officers.received_by,
                        io=officers.io,
                        jwo=officers.jwo,
                        age=age,
                        is_child=is_child_age(age),
                        zone=sc.zone,
                    )
                    if order_changed and data.publication_order is not None:
                        case_store.stamp_order(case, actor.user_id, now)
                    if risk_changed and data.risk is not None:
                        require(actor, Capability.ASSESS_RISK, assigned_io_id=case.io_id)
                        add_risk(case, data.risk, actor.user_id, now, sc.policy)
                    attach_photos(case.person, photos, by_id=actor.user_id, at=now)
                after_input = case_store.case_input(case, users)
                changes = _diff(before, to_json(after_input))
                if not changes and not photos:
                    raise _Unchanged
                self._touch(case, actor, now)
                try:
                    case_store.flush_case(s, case)
                except StaleDataError as exc:
                    raise _Stale(case.register_no, case.uuid) from exc
                audit.record(
                    s,
                    at=now,
                    actor=actor,
                    action="case.update",
                    subject=self._subject(case),
                    details={
                        "version": case.version,
                        "changes": [
                            {"field": c.field, "before": c.before, "after": c.after}
                            for c in changes
                        ],
                        "photos_added": len(photos),
                    },
                )
                match_due.mark(s, case.id, now)
                detail = self._detail(s, case, sc, now, actor, written=True, users=users)
        except _Stale as stale:
            raise self._stale_edit(stale.uuid, stale.register_no, expected_version) from None
        except _Unchanged:
            detail = self.case_detail(actor, ref, audit_view=False)
        return Saved(detail, tuple(p for p in problems if not p.is_error))

    # -- repeat episodes ----------------------------------------------------------------------

    def mark_repeat(self, actor: Actor, ref: str, earlier_ref: str) -> CaseDetail:
        """Mark ``ref`` a repeat episode of the same person's earlier case ``earlier_ref``; the
        times missing before are then derived from the links (models/rules/episodes.py)."""
        require(actor, Capability.REGISTER_CASE)
        now = self.clock.now()
        with self.db.write() as s:
            sc = station_context(s)
            case = case_store.find_case(s, ref, sc.station.id)
            earlier = case_store.find_case(s, earlier_ref, sc.station.id)
            episodes.link(s, case, earlier)
            return self._commit(
                s,
                sc,
                case,
                actor,
                now,
                "case.repeat",
                {"repeat_of": earlier.register_no, "repeat_of_uuid": earlier.uuid},
            )

    def undo_repeat(self, actor: Actor, ref: str, *, reason: str) -> CaseDetail:
        """The station head takes back a repeat link marked in error (with the reason)."""
        require(actor, Capability.VOID_CASE)
        now = self.clock.now()
        reason_text, problems = normalise(reason or "")
        if not reason_text:
            raise ValidationFailed([Problem("reason", msg("the reason is required"))])
        with self.db.write() as s:
            sc = station_context(s)
            case = case_store.find_case(s, ref, sc.station.id)
            earlier = s.get(Case, case.repeat_of_id) if case.repeat_of_id else None
            if earlier is None:
                raise RuleViolation(
                    msg(
                        "{register_no} is not marked as a repeat of any case.",
                        register_no=case.register_no,
                    )
                )
            case.repeat_of_id = None
            return self._commit(
                s,
                sc,
                case,
                actor,
                now,
                "case.repeat_undo",
                {"was_repeat_of": earlier.register_no, "reason": reason_text},
            )

    # -- reading ----------------------------------------------------------------------------

    def case_detail(self, actor: Actor, ref: str, *, audit_view: bool = True) -> CaseDetail:
        """The whole case. Opening a case is itself audited (who looked at which child's record)."""
        require(actor, Capability.VIEW_CASE)
        now = self.clock.now()
        with self.db.write() as s:
            sc = station_context(s)
            case = case_store.find_case(s, ref, sc.station.id)
            if audit_view:
                audit.record(
                    s, at=now, actor=actor, action="case.view", subject=self._subject(case)
                )
            return case_store.case_detail(
                s,
                case,
                users=users_by_id(s),
                station_code=sc.station.code,
                now=now,
                zone=sc.zone,
                policy=sc.policy,
                actor=actor,
            )

    def closure_steps(self, actor: Actor, ref: str) -> list[ClosureStep]:
        require(actor, Capability.VIEW_CASE)
        with self.db.read() as s:
            sc = station_context(s)
            return case_store.open_closure_steps(s, case_store.find_case(s, ref, sc.station.id))

    def photo_jpeg(self, actor: Actor, photo_id: int, *, thumbnail: bool = False) -> bytes:
        require(actor, Capability.VIEW_CASE)
        with self.db.read() as s:
            photo = s.get(Photo, photo_id)
            if photo is None:
                raise NotFound(msg("There is no photo {photo_id}.", photo_id=photo_id))
            return photo.thumbnail if thumbnail else photo.jpeg

    # -- photos -----------------------------------------------------------------------------

    def set_primary_photo(self, actor: Actor, ref: str, photo_id: int) -> CaseDetail:
        return self._photo_change(actor, ref, photo_id, remove=False)

    def remove_photo(self, actor: Actor, ref: str, photo_id: int) -> CaseDetail:
        return self._photo_change(actor, ref, photo_id, remove=True)

    def _photo_change(self, actor: Actor, ref: str, photo_id: int, *, remove: bool) -> CaseDetail:
        now = self.clock.now()
        with self.db.write() as s:
            sc = station_context(s)
            case = case_store.find_case(s, ref, sc.station.id)
            self._require_edit(actor, case, sc, now)
            photos = case.person.photos
            target = next((p for p in photos if p.id == photo_id), None)
            if target is None:
                raise NotFound(
                    msg(
                        "Case {register_no} has no photo {photo_id}.",
                        register_no=case.register_no,
                        photo_id=photo_id,
                    )
                )
            if remove:
                photos.remove(target)
                if photos and not any(p.is_primary for p in photos):
                    photos[0].is_primary = True
            else:
                for p in photos:
                    p.is_primary = p.id == photo_id
            self._touch(case, actor, now)
            audit.record(
                s,
                at=now,
                actor=actor,
                action="case.photo_remove" if remove else "case.photo_primary",
                subject=self._subject(case),
                details={"photo": target.sha256},
            )
            return self._detail(s, case, sc, now, actor)

    # -- action log and risk ----------------------------------------------------------------

    def add_action(self, actor: Actor, ref: str, data: ActionInput) -> CaseDetail:
        """Append to the action log; returns the case with the new entry last in its log.
        Entries are never changed or removed afterwards."""
        now = self.clock.now()
        data, problems = normalise(data)
        with self.db.write() as s:
            sc = station_context(s)
            case = case_store.find_case(s, ref, sc.station.id)
            require(actor, Capability.ADD_ACTION, assigned_io_id=case.io_id)
            problems += case_store.action_problems(
                case, data, at=now, ctx=RuleContext.default(now, sc.zone)
            )
            if problems:
                raise ValidationFailed(problems)
            entry = case_store.log_action(
                case,
                data,
                seq=case_store.next_action_seq(s, case.id),
                by_id=actor.user_id,
                at=now,
            )
            self._touch(case, actor, now)
            s.flush()
            audit.record(
                s,
                at=now,
                actor=actor,
                action="case.action",
                subject=self._subject(case),
                details={"version": case.version, "action": to_json(data), "seq": entry.seq},
            )
            return self._detail(s, case, sc, now, actor)

    def assess_risk(self, actor: Actor, ref: str, data: RiskInput) -> Saved[CaseDetail]:
        """Record a (re)assessment; the next review date follows the grade unless given."""
        now = self.clock.now()
        data, problems = normalise(data)
        with self.db.write() as s:
            sc = station_context(s)
            case = case_store.find_case(s, ref, sc.station.id)
            require(actor, Capability.ASSESS_RISK, assigned_io_id=case.io_id)
            problems += case_store.risk_problems(case, data, RuleContext.default(now, sc.zone))
            errors = [p for p in problems if p.is_error]
            if errors:
                raise ValidationFailed(errors)
            add_risk(case, data, actor.user_id, now, sc.policy)
            detail = self._commit(s, sc, case, actor, now, "case.risk", {"risk": to_json(data)})
        return Saved(detail, tuple(p for p in problems if not p.is_error))

    def classify(self, actor: Actor, ref: str, reasons: ReasonsInput) -> CaseDetail:
        """Set the suspected or confirmed reason and its attributes."""
        now = self.clock.now()
        reasons, problems = normalise(reasons)
        with self.db.write() as s:
            sc = station_context(s)
            case = case_store.find_case(s, ref, sc.station.id)
            self._require_edit(actor, case, sc, now)
            check_reasons(reasons, problems, RuleContext.default(now, sc.zone))
            if problems:
                raise ValidationFailed(problems)
            users = users_by_id(s)
            before = to_json(case_store.case_input(case, users).reasons)
            case.suspected_reason = reasons.suspected
            case.confirmed_reason = reasons.confirmed
            assign(case, reasons, case_store.REASON_SCALARS)
            if reasons.presumed_abduction is not None:
                case.presumed_abduction = reasons.presumed_abduction
            return self._commit(
                s,
                sc,
                case,
                actor,
                now,
                "case.classify",
                {"before": before, "after": to_json(reasons)},
            )

    # -- trace, reunion, closure ------------------------------------------------------------

    def record_trace(self, actor: Actor, ref: str, data: TraceInput) -> CaseDetail:
        """The person is traced: the CWC clock starts and every notice is marked for withdrawal."""
        now = self.clock.now()
        data, problems = normalise(data)
        with self.db.write() as s:
            sc = station_context(s)
            case = case_store.find_case(s, ref, sc.station.id)
            require(actor, Capability.RECORD_TRACE, assigned_io_id=case.io_id)
            problems += case_store.trace_problems(case, data, RuleContext.default(now, sc.zone))
            if problems:
                raise ValidationFailed(problems)
            case_store.trace_case(case, data, by_id=actor.user_id, at=now)
            marked = mark_for_withdrawal(s, now, f"case {case.status}", case_id=case.id)
            return self._commit(
                s,
                sc,
                case,
                actor,
                now,
                "case.trace",
                {"trace": to_json(data), "notices_marked": marked},
            )

    def record_reunion(self, actor: Actor, ref: str, data: ReunionInput) -> CaseDetail:
        """CWC production and order, handover, counselling and interviews after the trace."""
        now = self.clock.now()
        data, problems = normalise(data)
        with self.db.write() as s:
            sc = station_context(s)
            case = self._traced_case(
                s,
                ref,
                sc,
                actor,
                lambda no: msg(
                    "Record the trace of {register_no} before the reunion.", register_no=no
                ),
            )
            assert case.trace is not None
            problems += case_store.reunion_problems(case, data, RuleContext.default(now, sc.zone))
            if problems:
                raise ValidationFailed(problems)
            before = to_json(case_store.trace_input(case.trace, None))
            case_store.record_reunion(case, data, by_id=actor.user_id, at=now)
            return self._commit(
                s, sc, case, actor, now, "case.reunion", {"trace": before, "reunion": to_json(data)}
            )

    def record_closure_steps(self, actor: Actor, ref: str, data: ClosureInput) -> CaseDetail:
        """Complainant informed, DLSA informed, final report, portal records updated."""
        now = self.clock.now()
        data, problems = normalise(data)
        with self.db.write() as s:
            sc = station_context(s)
            case = self._traced_case(
                s,
                ref,
                sc,
                actor,
                lambda no: msg("Case {register_no} has no trace to close on.", register_no=no),
            )
            problems += case_store.closure_step_problems(
                case, data, RuleContext.default(now, sc.zone)
            )
            if problems:
                raise ValidationFailed(problems)
            case_store.record_closure_steps(case, data, by_id=actor.user_id)
            return self._commit(
                s, sc, case, actor, now, "case.closure_steps", {"closure": to_json(data)}
            )

    def close_case(self, actor: Actor, ref: str, *, remarks: str | None = None) -> CaseDetail:
        """The station head closes a traced case once every closure step is done."""
        now = self.clock.now()
        with self.db.write() as s:
            sc = station_context(s)
            case = case_store.find_case(s, ref, sc.station.id)
            require(actor, Capability.CLOSE_CASE)
            case_store.close_case(
                case,
                case_store.notices_of(s, case.id),
                by_id=actor.user_id,
                at=now,
                remarks=remarks,
            )
            return self._commit(s, sc, case, actor, now, "case.close", {"remarks": remarks})

    def reopen(self, actor: Actor, ref: str, *, reason: str) -> CaseDetail:
        """A trace recorded in error: the person is missing again; the trace record is removed."""
        return self._change_status(
            actor, ref, CaseStatus.REGISTERED, Capability.CLOSE_CASE, reason, "case.reopen"
        )

    def void_case(self, actor: Actor, ref: str, *, reason: str) -> CaseDetail:
        """An entry made in error: kept, hidden from the register's figures, never deleted."""
        return self._change_status(
            actor, ref, CaseStatus.VOID, Capability.VOID_CASE, reason, "case.void"
        )

    def transfer_case(self, actor: Actor, ref: str, *, to_station: str, reason: str) -> CaseDetail:
        return self._change_status(
            actor,
            ref,
            CaseStatus.TRANSFERRED,
            Capability.TRANSFER_CASE,
            reason,
            "case.transfer",
            to_station=to_station,
        )

    def _change_status(
        self,
        actor: Actor,
        ref: str,
        new: CaseStatus,
        capability: Capability,
        reason: str,
        action: str,
        *,
        to_station: str | None = None,
    ) -> CaseDetail:
        now = self.clock.now()
        problems: list[Problem] = []
        reason_text, found = normalise(reason or "")
        problems += found
        if not reason_text:
            problems.append(Problem("reason", msg("the reason is required")))
        if new is CaseStatus.TRANSFERRED and not (to_station or "").strip():
            problems.append(Problem("to_station", msg("name the station or unit the case goes to")))
        if problems:
            raise ValidationFailed(problems)
        with self.db.write() as s:
            sc = station_context(s)
            case = case_store.find_case(s, ref, sc.station.id)
            require(actor, capability)
            self._status(s, case, new, actor, now, reason_text)
            if new is CaseStatus.VOID:
                case.void_reason = reason_text
            if new is CaseStatus.TRANSFERRED:
                case.transferred_to = (to_station or "").strip()
            if new is CaseStatus.REGISTERED:
                if case.trace is not None:
                    case.trace = None
                # Missing again: found persons recorded meanwhile never scored against it.
                match_due.mark(s, case.id, now)
            marked = (
                mark_for_withdrawal(s, now, f"case {case.status}", case_id=case.id)
                if new is not CaseStatus.REGISTERED
                else []
            )
            return self._commit(
                s,
                sc,
                case,
                actor,
                now,
                action,
                {"reason": reason_text, "to": to_station, "notices_marked": marked},
            )


def _risk_key(risk: RiskInput | None) -> Any:
    if risk is None:
        return None
    return (risk.grade, risk.rationale, risk.answers, risk.information_source)
