"""Reading and checking the audit trail; each reading is itself audited.

The station head reads the whole trail; writers and investigating officers read their own actions
(and an officer, the events on the cases assigned to them); an administrator only checks the chain.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.sql.elements import ColumnElement

from models import audit
from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.dto.audit import AuditEventInfo, AuditFilter, ChainCheck
from models.entities import AuditEvent, Case
from models.enums import Role
from models.permissions import Capability, allowed, require
from models.text import like_pattern

MAX_ROWS = 5000


class AuditService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def verify(self, actor: Actor) -> ChainCheck:
        """Walk the whole chain, then compare every case, found person and user account with
        its last audit event; the result (and who asked) is appended to the trail."""
        require(actor, Capability.VERIFY_AUDIT)
        with self.db.read() as s:
            report = audit.verify_chain(s)
            head_id, head_hash = audit.chain_head(s)
            state = audit.verify_state(s)
        check = ChainCheck(
            ok=report.ok and state.ok,
            events_checked=report.events_checked,
            head_id=head_id,
            head_hash=head_hash,
            broken_at=report.broken_at,
            problem=report.problem,
            records_checked=state.records_checked,
            state_problems=tuple(p.describe() for p in state.problems),
            more_state_problems=state.more,
        )
        with self.db.write() as s:
            audit.record(
                s,
                at=self.clock.now(),
                actor=actor,
                action="audit.verify",
                outcome="ok" if check.ok else "broken",
                details={
                    "events": check.events_checked,
                    "broken_at": check.broken_at,
                    "records": check.records_checked,
                    "records_not_fitting": len(check.state_problems) + check.more_state_problems,
                },
            )
        return check

    def events(self, actor: Actor, filters: AuditFilter | None = None) -> list[AuditEventInfo]:
        """Events newest first, within what ``actor`` may read; the reading is audited."""
        f = filters or AuditFilter()
        station_wide = allowed(actor, Capability.VIEW_AUDIT)
        if not station_wide:
            require(actor, Capability.VIEW_OWN_AUDIT)
        query = select(AuditEvent).order_by(AuditEvent.id.desc())
        conditions: list[ColumnElement[bool]] = []
        if not station_wide:
            mine: list[ColumnElement[bool]] = [AuditEvent.user_id == actor.user_id]
            if actor.role is Role.IO:
                own_cases = select(Case.uuid).where(Case.io_id == actor.user_id)
                mine.append(AuditEvent.entity_uuid.in_(own_cases))
            conditions.append(or_(*mine))
        if f.user:
            conditions.append(AuditEvent.username == f.user.strip().lower())
        if f.action:
            conditions.append(AuditEvent.action.like(f.action.strip() + "%"))
        if f.entity_ref:
            conditions.append(AuditEvent.entity_ref.ilike(like_pattern(f.entity_ref), escape="\\"))
        if f.since:
            conditions.append(AuditEvent.at >= f.since)
        if f.until:
            conditions.append(AuditEvent.at < f.until)
        limit = max(1, min(f.limit, MAX_ROWS))
        with self.db.write() as s:
            rows = s.scalars(query.where(*conditions).limit(limit)).all()
            notes: dict[str, str] = {}
            out = [
                AuditEventInfo(
                    id=e.id,
                    at=e.at,
                    username=e.username,
                    desk=e.desk,
                    action=e.action,
                    outcome=e.outcome,
                    entity_type=e.entity_type,
                    entity_ref=e.entity_ref,
                    details=audit.details_for_reading(s, e, notes),
                )
                for e in rows
            ]
            audit.record(
                s,
                at=self.clock.now(),
                actor=actor,
                action="audit.view",
                details={
                    "scope": "station" if station_wide else "own",
                    "rows": len(out),
                    "filter": {k: v for k, v in vars(f).items() if v is not None},
                },
            )
        return out
