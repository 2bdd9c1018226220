"""Lookout notices (request → approve → issue → withdraw) and the data every printout needs.

Each method is one transaction, checks the role, applies ``models.rules.notice_rules`` and
appends an audit event. The print methods return DTOs for reports/ and audit the print itself
(who printed which child's FIR or poster, and when).
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from models import audit
from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.dto.cases import CaseDetail, OfficerRef
from models.dto.found import FoundDetail
from models.dto.notices import (
    BulkFilter,
    BulkNoticeEntry,
    BulkNotices,
    CasePapers,
    FoundNotice,
    MissingNotice,
    NoticeRow,
    PrintContext,
    WithdrawalSlip,
)
from models.entities import (
    AppUser,
    Case,
    Complainant,
    FoundPerson,
    Notice,
    Person,
    PersonName,
    Photo,
)
from models.enums import CaseStatus, FoundKind, FoundStatus, NoticeKind, NoticeStatus, Role
from models.errors import NotFound, Problem, RuleViolation, ValidationFailed
from models.messages import msg
from models.permissions import Capability, require
from models.rules import notice_rules as rules
from models.rules.normalise import normalise
from models.rules.notice_rules import NoticeStep
from models.services import case_store, counters
from models.services.accounts import station_info
from models.services.common import (
    StationContext,
    local_year,
    officer_ref,
    station_context,
    users_by_id,
)
from models.services.found import FoundService, find_found
from models.vocabulary import label

PAPERS = ("fir", "sheet")
COMPLAINANT_ROWS = (
    Person.names,
    Person.id_documents,
    Person.addresses,
    Person.contacts,
    Person.marks,
    Person.clothing,
)


def _case_refusal(case: Case) -> str | None:
    """The gating rule applied to a stored case."""
    return rules.missing_notice_refusal(
        status=CaseStatus(case.status),
        facts=case_store.publicity_facts(case),
        order=case_store.stored_order(case),
    )


def _found_refusal(row: FoundPerson) -> str | None:
    return rules.found_notice_refusal(
        ref_no=row.ref_no,
        status=FoundStatus(row.status),
        is_child=row.is_child,
        is_body=row.kind == FoundKind.DEAD_BODY.value,
        cwc_produced=row.cwc_produced_at is not None,
    )


class NoticeService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        # Building a found person's detail is theirs; reused, not copied.
        self._found = FoundService(db, clock)

    # -- finding ------------------------------------------------------------------------------

    def _find(
        self,
        s: Session,
        ref: str,
        sc: StationContext,
        statuses: frozenset[NoticeStatus] = rules.LIVE_STATUSES,
    ) -> Notice:
        """A notice by number (LN/2026/0001), by request id (#12), or by its case or found
        person's reference (the latest of that subject's notices in ``statuses``)."""
        ref = ref.strip()
        query = select(Notice).where(Notice.station_id == sc.station.id)
        if ref.lstrip("#").isdigit():
            notice = s.scalar(query.where(Notice.id == int(ref.lstrip("#"))))
        elif ref.upper().startswith(sc.policy.notice_number_prefix + "/"):
            notice = s.scalar(query.where(Notice.notice_no == ref.upper()))
        else:
            return self._subject_notice(s, query, ref, sc, statuses)
        if notice is None:
            raise NotFound(msg("There is no lookout notice {ref} at this station.", ref=ref))
        return notice

    def _subject_notice(
        self,
        s: Session,
        query: Select[Notice],
        ref: str,
        sc: StationContext,
        statuses: frozenset[NoticeStatus],
    ) -> Notice:
        """The subject's latest notice in ``statuses``; refused in words that say what there
        is instead: no notice asked for yet, or the latest one and where it stands."""
        if self._is_found_ref(ref, sc):
            row = find_found(s, ref, sc.station.id)
            query = query.where(Notice.found_person_id == row.id)
            what, subject = "found person", row.ref_no
        else:
            case = case_store.find_case(s, ref, sc.station.id)
            query = query.where(Notice.case_id == case.id)
            what, subject = "case", case.register_no
        latest = query.order_by(Notice.id.desc()).limit(1)
        notice = s.scalar(latest.where(Notice.status.in_([st.value for st in statuses])))
        if notice is not None:
            return notice
        last = s.scalar(latest)
        if last is None:
            raise NotFound(
                msg(
                    "No notice has been requested for this {what} ({subject}) yet.",
                    what=what,
                    subject=subject,
                )
            )
        number = last.notice_no or f"#{last.id}"
        said = label(NoticeStatus(last.status)).lower()
        raise NotFound(
            msg(
                "This {what} ({subject}) has no such notice: its latest, {number}, is {said}.",
                what=what,
                subject=subject,
                number=number,
                said=said,
            )
        )

    def _case_of(self, s: Session, notice: Notice, sc: StationContext) -> Case:
        return self._cases_of(s, [notice], sc)[notice.case_id or 0]

    @staticmethod
    def _cases_of(s: Session, notices: Sequence[Notice], sc: StationContext) -> dict[int, Case]:
        """The notices' cases with everything loaded: one query per relation for all of them."""
        complainant = selectinload(Case.complainant).selectinload(Complainant.person)
        rows = s.scalars(
            select(Case)
            .options(
                *case_store.case_load_options(),
                *(complainant.selectinload(rel) for rel in COMPLAINANT_ROWS),
            )
            .where(
                Case.id.in_({n.case_id for n in notices if n.case_id}),
                Case.station_id == sc.station.id,
            )
        )
        return {case.id: case for case in rows}

    def _found_of(self, s: Session, notice: Notice, sc: StationContext) -> FoundPerson:
        row = s.get(FoundPerson, notice.found_person_id)
        assert row is not None
        return find_found(s, row.uuid, sc.station.id)

    # -- the rule, applied to what is stored --------------------------------------------------

    def _gate(self, s: Session, notice: Notice, sc: StationContext) -> str | None:
        if notice.kind == NoticeKind.MISSING.value:
            return _case_refusal(self._case_of(s, notice, sc))
        return _found_refusal(self._found_of(s, notice, sc))

    def _require_officer(
        self, s: Session, actor: Actor, notice: Notice, sc: StationContext
    ) -> None:
        """The case's investigating officer or the station head (found persons: any IO)."""
        if notice.kind == NoticeKind.MISSING.value:
            case = self._case_of(s, notice, sc)
            require(actor, Capability.REQUEST_NOTICE, assigned_io_id=case.io_id)
        else:
            # A found person has no assigned officer: any investigating officer may act.
            require(actor, Capability.REQUEST_NOTICE, assigned_io_id=actor.user_id)

    # -- requests and approvals ---------------------------------------------------------------

    def request(self, actor: Actor, ref: str) -> NoticeRow:
        """Ask for a notice: a lookout notice for a missing person's case (MP/…, or its UUID)
        by its IO or the SHO, or a "help identify" notice for a found person (FP/…)."""
        now = self.clock.now()
        with self.db.write() as s:
            sc = station_context(s)
            if self._is_found_ref(ref, sc):
                row = find_found(s, ref, sc.station.id)
                # A found person has no assigned officer: any investigating officer may ask.
                require(actor, Capability.REQUEST_NOTICE, assigned_io_id=actor.user_id)
                refusal = _found_refusal(row)
                kind, subject_ref = NoticeKind.FOUND, row.ref_no
                subject = Notice.found_person_id == row.id
                ids = {"found_person_id": row.id}
            else:
                case = case_store.find_case(s, ref, sc.station.id)
                require(actor, Capability.REQUEST_NOTICE, assigned_io_id=case.io_id)
                refusal = _case_refusal(case)
                kind, subject_ref = NoticeKind.MISSING, case.register_no
                subject = Notice.case_id == case.id
                ids = {"case_id": case.id}
            if refusal:
                raise RuleViolation(refusal)
            self._refuse_second(s, subject, kind)
            notice = self._new(sc, actor, now, kind, **ids)
            s.add(notice)
            s.flush()
            self._audit(s, actor, now, "notice.request", notice, subject_ref)
            return self._row(s, notice)

    @staticmethod
    def _is_found_ref(ref: str, sc: StationContext) -> bool:
        return ref.strip().upper().startswith(sc.policy.found_number_prefix + "/")

    def _refuse_second(self, s: Session, subject: object, kind: NoticeKind) -> None:
        live = s.scalar(
            select(Notice)
            .where(subject)  # type: ignore[arg-type]
            .where(Notice.status.in_([st.value for st in rules.LIVE_STATUSES]))
            .limit(1)
        )
        if live is not None:
            label = live.notice_no or f"request #{live.id}"
            raise RuleViolation(rules.live_notice_conflict(label, NoticeStatus(live.status), kind))

    @staticmethod
    def _new(
        sc: StationContext,
        actor: Actor,
        now: datetime,
        kind: NoticeKind,
        *,
        case_id: int | None = None,
        found_person_id: int | None = None,
    ) -> Notice:
        return Notice(
            uuid=str(uuidlib.uuid4()),
            station_id=sc.station.id,
            case_id=case_id,
            found_person_id=found_person_id,
            kind=kind.value,
            status=NoticeStatus.REQUESTED.value,
            requested_at=now,
            requested_by_id=actor.user_id,
        )

    def approve(self, actor: Actor, notice_ref: str) -> NoticeRow:
        """The station head approves a requested notice (the rule is checked again)."""
        return self._step(actor, notice_ref, NoticeStep.APPROVE)

    def refuse(self, actor: Actor, notice_ref: str, *, reason: str) -> NoticeRow:
        """The station head turns a request down, with the reason."""
        return self._step(actor, notice_ref, NoticeStep.REFUSE, reason=reason)

    def issue(self, actor: Actor, notice_ref: str) -> NoticeRow:
        """An approved notice goes out: the issuing officer is recorded and the number given."""
        return self._step(actor, notice_ref, NoticeStep.ISSUE)

    def withdraw(self, actor: Actor, notice_ref: str) -> NoticeRow:
        """Record that an issued notice has been taken down and recalled from groups."""
        return self._step(actor, notice_ref, NoticeStep.WITHDRAW)

    def _step(
        self, actor: Actor, notice_ref: str, step: NoticeStep, *, reason: str | None = None
    ) -> NoticeRow:
        now = self.clock.now()
        reason_text: str | None = None
        if step is NoticeStep.REFUSE:
            reason_text, problems = normalise(reason or "")
            if not reason_text:
                problems = [*problems, Problem("reason", msg("say why the notice is refused"))]
            if problems:
                raise ValidationFailed(problems)
        statuses = rules.OUT_STATUSES if step is NoticeStep.WITHDRAW else rules.LIVE_STATUSES
        with self.db.write() as s:
            sc = station_context(s)
            notice = self._find(s, notice_ref, sc, statuses)
            label = notice.notice_no or f"request #{notice.id}"
            if step in (NoticeStep.APPROVE, NoticeStep.REFUSE):
                require(actor, Capability.APPROVE_NOTICE)
            else:
                self._require_officer(s, actor, notice, sc)
            rules.check_step(label, NoticeStatus(notice.status), step)
            if step in (NoticeStep.APPROVE, NoticeStep.ISSUE):
                refusal = self._gate(s, notice, sc)
                if refusal:
                    raise RuleViolation(refusal)
            if step is NoticeStep.APPROVE:
                notice.status = NoticeStatus.APPROVED.value
                notice.approved_at, notice.approved_by_id = now, actor.user_id
            elif step is NoticeStep.REFUSE:
                notice.status = NoticeStatus.REFUSED.value
                notice.refused_reason = reason_text
            elif step is NoticeStep.ISSUE:
                prefix = sc.policy.notice_number_prefix
                year = local_year(now, sc.zone)
                serial = counters.take(s, sc.station.id, prefix, year)
                notice.notice_no = f"{prefix}/{year}/{serial:04d}"
                notice.status = NoticeStatus.ISSUED.value
                notice.issued_at, notice.issued_by_id = now, actor.user_id
            else:
                notice.status = NoticeStatus.WITHDRAWN.value
                notice.withdrawn_at, notice.withdrawn_by_id = now, actor.user_id
            try:
                s.flush()
            except StaleDataError as exc:
                raise RuleViolation(
                    msg(
                        "Notice {label} was changed at another desk a moment ago; look at it "
                        "again.",
                        label=label,
                    )
                ) from exc
            self._audit(
                s,
                actor,
                now,
                f"notice.{step.value}",
                notice,
                self._subject_ref(s, notice),
                reason=reason_text,
            )
            return self._row(s, notice)

    # -- lists ----------------------------------------------------------------------------------

    def list_notices(
        self,
        actor: Actor,
        *,
        statuses: Sequence[NoticeStatus] = (),
        kind: NoticeKind | None = None,
        subject_ref: str | None = None,
    ) -> list[NoticeRow]:
        """The station's notices, newest first (``withdrawal_due`` ones are the ones to chase)."""
        require(actor, Capability.VIEW_CASE)
        with self.db.read() as s:
            sc = station_context(s)
            query = select(Notice).where(Notice.station_id == sc.station.id)
            if statuses:
                query = query.where(Notice.status.in_([st.value for st in statuses]))
            if kind is not None:
                query = query.where(Notice.kind == kind.value)
            if subject_ref:
                if self._is_found_ref(subject_ref, sc):
                    found = find_found(s, subject_ref, sc.station.id)
                    query = query.where(Notice.found_person_id == found.id)
                else:
                    case = case_store.find_case(s, subject_ref, sc.station.id)
                    query = query.where(Notice.case_id == case.id)
            notices = list(s.scalars(query.order_by(Notice.id.desc())))
            return self._rows(s, notices)

    def get(self, actor: Actor, notice_ref: str) -> NoticeRow:
        require(actor, Capability.VIEW_CASE)
        with self.db.read() as s:
            sc = station_context(s)
            return self._row(s, self._find(s, notice_ref, sc, frozenset(NoticeStatus)))

    def _row(self, s: Session, notice: Notice) -> NoticeRow:
        return self._rows(s, [notice])[0]

    def _rows(self, s: Session, notices: Sequence[Notice]) -> list[NoticeRow]:
        users = users_by_id(s)
        cases = {
            c.id: c
            for c in s.scalars(
                select(Case).where(Case.id.in_({n.case_id for n in notices if n.case_id}))
            )
        }
        found = {
            f.id: f
            for f in s.scalars(
                select(FoundPerson).where(
                    FoundPerson.id.in_({n.found_person_id for n in notices if n.found_person_id})
                )
            )
        }
        person_ids = {c.person_id for c in cases.values()} | {f.person_id for f in found.values()}
        names: dict[int, str] = {}
        for name in s.scalars(
            select(PersonName)
            .where(PersonName.person_id.in_(person_ids), PersonName.kind == "name")
            .order_by(PersonName.position.desc())
        ):
            names[name.person_id] = name.text  # the last written is position 0: the first name

        def who(uid: int | None) -> str | None:
            return users[uid].username if uid else None

        out: list[NoticeRow] = []
        for n in notices:
            if n.case_id:
                subject_ref = cases[n.case_id].register_no
                person_id = cases[n.case_id].person_id
            else:
                assert n.found_person_id is not None
                subject_ref = found[n.found_person_id].ref_no
                person_id = found[n.found_person_id].person_id
            out.append(
                NoticeRow(
                    id=n.id,
                    kind=NoticeKind(n.kind),
                    notice_no=n.notice_no,
                    status=NoticeStatus(n.status),
                    subject_ref=subject_ref,
                    subject_name=names.get(person_id, "(name not known)"),
                    requested_at=n.requested_at,
                    requested_by=users[n.requested_by_id].username,
                    approved_at=n.approved_at,
                    approved_by=who(n.approved_by_id),
                    issued_at=n.issued_at,
                    issued_by=who(n.issued_by_id),
                    withdrawal_due_at=n.withdrawal_due_at,
                    withdrawn_at=n.withdrawn_at,
                    withdrawn_by=who(n.withdrawn_by_id),
                    refused_reason=n.refused_reason,
                    version=n.version,
                )
            )
        return out

    def _subject_ref(self, s: Session, notice: Notice) -> str:
        if notice.case_id:
            case = s.get(Case, notice.case_id)
            assert case is not None
            return case.register_no
        row = s.get(FoundPerson, notice.found_person_id)
        assert row is not None
        return row.ref_no

    @staticmethod
    def _audit(
        s: Session,
        actor: Actor,
        now: datetime,
        action: str,
        notice: Notice,
        subject_ref: str,
        **details: object,
    ) -> None:
        audit.record(
            s,
            at=now,
            actor=actor,
            action=action,
            subject=audit.Subject("notice", notice.uuid, notice.notice_no or f"#{notice.id}"),
            details={
                "subject": subject_ref,
                "status": notice.status,
                "version": notice.version,
                **{k: v for k, v in details.items() if v is not None},
            },
        )

    # -- printouts ------------------------------------------------------------------------------

    def _context(self, s: Session, actor: Actor, sc: StationContext, now: datetime) -> PrintContext:
        user = s.get(AppUser, actor.user_id)
        printed_by = officer_ref(user)
        assert printed_by is not None
        return PrintContext(station=station_info(sc.station), printed_at=now, printed_by=printed_by)

    @staticmethod
    def _primary_photo(s: Session, person_id: int, *, thumbnail: bool = False) -> bytes | None:
        photo = s.scalar(
            select(Photo)
            .where(Photo.person_id == person_id)
            .order_by(Photo.is_primary.desc(), Photo.position)
            .limit(1)
        )
        if photo is None:
            return None
        return photo.thumbnail if thumbnail else photo.jpeg

    def _officer(self, s: Session, user_id: int | None) -> OfficerRef:
        ref = officer_ref(s.get(AppUser, user_id) if user_id else None)
        assert ref is not None
        return ref

    def _case_detail(
        self,
        s: Session,
        case: Case,
        sc: StationContext,
        now: datetime,
        users: dict[int, AppUser] | None = None,
    ) -> CaseDetail:
        return case_store.case_detail(
            s,
            case,
            users=users if users is not None else users_by_id(s),
            station_code=sc.station.code,
            now=now,
            zone=sc.zone,
            policy=sc.policy,
        )

    def missing_notice(self, actor: Actor, ref: str) -> MissingNotice:
        """An issued lookout notice ready to render, by notice number or the case's reference.

        Refused once the person is traced (the notice is then due for withdrawal: print the
        withdrawal slip instead) and whenever the rule no longer allows publicity.
        """
        return self.missing_notices(actor, [ref])[0]

    def missing_notices(self, actor: Actor, refs: Sequence[str]) -> list[MissingNotice]:
        """Several issued notices in one transaction (e.g. every open notice as images for the
        messaging groups); each is checked and audited as if printed alone."""
        require(actor, Capability.PRINT_CASE)
        now = self.clock.now()
        with self.db.write() as s:
            sc = station_context(s)
            context = self._context(s, actor, sc, now)
            users = users_by_id(s)
            notices = [self._find(s, ref, sc, rules.LIVE_STATUSES) for ref in refs]
            for ref, notice in zip(refs, notices, strict=True):
                if notice.kind != NoticeKind.MISSING.value:
                    raise RuleViolation(
                        msg(
                            "{value} is a help-identify notice; print it as one.",
                            value=notice.notice_no or ref,
                        )
                    )
            cases = self._cases_of(s, notices, sc)
            out: list[MissingNotice] = []
            for notice in notices:
                case = cases[notice.case_id or 0]
                self._printable(notice, _case_refusal(case))
                assert notice.notice_no is not None and notice.issued_at is not None
                detail = self._case_detail(s, case, sc, now, users)
                photo = (
                    self._primary_photo(s, case.person_id)
                    if rules.photo_may_be_printed(detail)
                    else None
                )
                primary = next((p for p in detail.photos if p.primary), None)
                issuer = officer_ref(users.get(notice.issued_by_id or 0))
                assert issuer is not None
                out.append(
                    MissingNotice(
                        context=context,
                        notice_no=notice.notice_no,
                        issued_at=notice.issued_at,
                        case_ref=case.register_no,
                        is_child=detail.is_child,
                        person=rules.public_description(
                            detail.person,
                            age=detail.age_at_disappearance,
                            age_now=detail.age_now,
                            photo_taken_on=primary.taken_on if primary and photo else None,
                        ),
                        last_seen_at=detail.circumstances.last_seen_at,
                        last_seen_place=rules.public_place(
                            detail.circumstances.last_seen_place, detail.person
                        ),
                        issued_by=issuer,
                        io=detail.io_officer,
                        qr_text=rules.qr_payload(
                            NoticeKind.MISSING, notice.notice_no, sc.station.phone
                        ),
                        photo_jpeg=photo,
                    )
                )
                self._audit(s, actor, now, "notice.print", notice, case.register_no)
            return out

    @staticmethod
    def _printable(notice: Notice, refusal: str | None) -> None:
        if refusal:
            raise RuleViolation(refusal)
        label = notice.notice_no or f"request #{notice.id}"
        rules.check_step(label, NoticeStatus(notice.status), NoticeStep.PRINT)

    def found_notice(self, actor: Actor, ref: str) -> FoundNotice:
        """An issued "help identify" notice, by notice number or the found person's reference."""
        require(actor, Capability.PRINT_CASE)
        now = self.clock.now()
        with self.db.write() as s:
            sc = station_context(s)
            notice = self._find(s, ref, sc, rules.LIVE_STATUSES)
            if notice.kind != NoticeKind.FOUND.value:
                raise RuleViolation(
                    msg("{value} is a missing-person notice.", value=notice.notice_no or ref)
                )
            row = self._found_of(s, notice, sc)
            self._printable(notice, _found_refusal(row))
            assert notice.notice_no is not None and notice.issued_at is not None
            detail: FoundDetail = self._found.detail_of(s, row, sc, now)
            photo = self._primary_photo(s, row.person_id)
            primary = next((p for p in detail.photos if p.primary), None)
            result = FoundNotice(
                context=self._context(s, actor, sc, now),
                notice_no=notice.notice_no,
                issued_at=notice.issued_at,
                found_ref=row.ref_no,
                is_child=row.is_child,
                person=rules.public_description(
                    detail.found.person,
                    age=detail.age,
                    age_now=None,
                    photo_taken_on=primary.taken_on if primary else None,
                ),
                found_at=detail.found.found_at,
                found_place=detail.found.found_place,
                cwc_name=detail.found.cwc_name if row.is_child else None,
                issued_by=self._officer(s, notice.issued_by_id),
                qr_text=rules.qr_payload(NoticeKind.FOUND, notice.notice_no, sc.station.phone),
                photo_jpeg=photo,
                body=rules.public_body_facts(detail.found.body),
            )
            self._audit(s, actor, now, "notice.print", notice, row.ref_no)
            return result

    def withdrawal_slip(self, actor: Actor, ref: str) -> WithdrawalSlip:
        """The "traced — notice withdrawn" slip for a notice due for withdrawal or withdrawn."""
        require(actor, Capability.PRINT_CASE)
        now = self.clock.now()
        with self.db.write() as s:
            sc = station_context(s)
            gone = frozenset({NoticeStatus.WITHDRAWAL_DUE, NoticeStatus.WITHDRAWN})
            notice = self._find(s, ref, sc, gone)
            if NoticeStatus(notice.status) not in gone or notice.notice_no is None:
                raise RuleViolation(
                    msg(
                        "Notice {value} is {status}: a withdrawal slip is printed once the "
                        "person is traced or the notice withdrawn.",
                        value=notice.notice_no or ref,
                        status=notice.status,
                    )
                )
            assert notice.issued_at is not None
            slip = WithdrawalSlip(
                context=self._context(s, actor, sc, now),
                kind=NoticeKind(notice.kind),
                notice_no=notice.notice_no,
                issued_at=notice.issued_at,
                withdrawn_at=notice.withdrawal_due_at or notice.withdrawn_at or now,
            )
            self._audit(s, actor, now, "notice.print_slip", notice, self._subject_ref(s, notice))
            return slip

    def bulk_notices(self, actor: Actor, filters: BulkFilter | None = None) -> BulkNotices:
        """Every issued missing-person notice that still qualifies, oldest first."""
        require(actor, Capability.PRINT_CASE)
        filters = filters or BulkFilter()
        now = self.clock.now()
        with self.db.write() as s:
            sc = station_context(s)
            query = (
                select(Notice, Case)
                .join(Case, Case.id == Notice.case_id)
                .where(
                    Notice.station_id == sc.station.id,
                    Notice.kind == NoticeKind.MISSING.value,
                    Notice.status == NoticeStatus.ISSUED.value,
                    Case.status == CaseStatus.REGISTERED.value,
                )
            )
            if filters.child is not None:
                query = query.where(Case.is_child.is_(filters.child))
            if filters.sex is not None:
                query = query.where(Case.sex == filters.sex.value)
            if filters.issued_from is not None:
                query = query.where(Notice.issued_at >= filters.issued_from)
            if filters.issued_to is not None:
                query = query.where(Notice.issued_at < filters.issued_to)
            pairs = s.execute(query.order_by(Notice.issued_at, Notice.id)).all()
            users = users_by_id(s)
            entries: list[BulkNoticeEntry] = []
            for notice, case in pairs:
                assert notice.notice_no is not None and notice.issued_at is not None
                full = case_store.find_case(s, case.uuid, sc.station.id)
                if _case_refusal(full):
                    continue
                detail = self._case_detail(s, full, sc, now)
                photo = (
                    self._primary_photo(s, full.person_id, thumbnail=True)
                    if rules.photo_may_be_printed(detail)
                    else None
                )
                io = users.get(full.io_id) if full.io_id else None
                entries.append(
                    BulkNoticeEntry(
                        notice_no=notice.notice_no,
                        issued_at=notice.issued_at,
                        case_ref=full.register_no,
                        is_child=detail.is_child,
                        person=rules.public_description(
                            detail.person,
                            age=detail.age_at_disappearance,
                            age_now=detail.age_now,
                            photo_taken_on=None,
                        ),
                        last_seen_at=detail.circumstances.last_seen_at,
                        last_seen_place=rules.public_place(
                            detail.circumstances.last_seen_place, detail.person
                        ),
                        io_phone=io.official_phone if io else None,
                        photo_jpeg=photo,
                    )
                )
            audit.record(
                s,
                at=now,
                actor=actor,
                action="notice.print_bulk",
                subject=audit.Subject("notice"),
                details={"notices": [e.notice_no for e in entries]},
            )
            return BulkNotices(context=self._context(s, actor, sc, now), entries=tuple(entries))

    def case_papers(self, actor: Actor, case_ref: str, paper: str) -> CasePapers:
        """What the FIR (``paper="fir"``) or the case sheet (``"sheet"``) prints; audited."""
        if paper not in PAPERS:
            raise ValueError(f"paper must be one of {PAPERS}")
        require(actor, Capability.PRINT_CASE)
        now = self.clock.now()
        with self.db.write() as s:
            sc = station_context(s)
            case = case_store.find_case(s, case_ref, sc.station.id)
            detail = self._case_detail(s, case, sc, now)
            if paper == "fir" and detail.fir is None:
                reason = f" ({detail.fir_not_filed_reason})" if detail.fir_not_filed_reason else ""
                raise RuleViolation(
                    msg(
                        "Case {register_no} has no FIR entered{reason}.",
                        register_no=case.register_no,
                        reason=reason,
                    )
                )
            head = s.scalar(
                select(AppUser)
                .where(
                    AppUser.station_id == sc.station.id,
                    AppUser.role == Role.SHO.value,
                    AppUser.active.is_(True),
                )
                .order_by(AppUser.id)
                .limit(1)
            )
            papers = CasePapers(
                context=self._context(s, actor, sc, now),
                case=detail,
                officer_in_charge=officer_ref(head),
                photo_jpeg=self._primary_photo(s, case.person_id),
                officers=tuple(
                    ref
                    for user in s.scalars(select(AppUser).order_by(AppUser.id))
                    if (ref := officer_ref(user)) is not None
                ),
            )
            audit.record(
                s,
                at=now,
                actor=actor,
                action=f"case.print_{paper}",
                subject=audit.Subject("case", case.uuid, case.register_no),
            )
            return papers
