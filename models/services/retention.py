"""The list of records due for review under the station's retention periods.

Read only: the list changes nothing. A record leaves the register only by the two-person
destruction (models/services/destruction.py), which each item's ``how`` names.
"""

from __future__ import annotations

from sqlalchemy import select

from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.dto.retention import RetentionItem, RetentionList, RetentionPeriod
from models.entities import Case, FoundPerson
from models.enums import CaseStatus, FoundStatus
from models.permissions import Capability, allowed, require
from models.rules.retention import (
    KIND_LABELS,
    REVIEW_HOW,
    RecordKind,
    case_due,
    destroy_how,
    found_due,
    rules,
)
from models.services.common import station_context


class RetentionService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def due(self, actor: Actor) -> RetentionList:
        """Every case and found-person record due for review today, the earliest due first."""
        # The people who ask for or carry out a destruction are the ones who review.
        if not allowed(actor, Capability.APPROVE_DESTRUCTION):
            require(actor, Capability.REQUEST_DESTRUCTION)
        now = self.clock.now()
        with self.db.read() as s:
            sc = station_context(s)
            policy, zone = sc.policy, sc.zone
            items: list[RetentionItem] = []
            for ref, status, since, last_seen in s.execute(
                select(
                    Case.register_no, Case.status, Case.status_changed_at, Case.last_seen_at
                ).where(Case.station_id == sc.station.id)
            ):
                due = case_due(CaseStatus(status), since, last_seen, policy, now, zone)
                if due is not None:
                    kind, day = due
                    counted = last_seen if kind is RecordKind.UNTRACED_CASE else since
                    how = (
                        REVIEW_HOW if kind is RecordKind.UNTRACED_CASE else destroy_how("case", ref)
                    )
                    items.append(RetentionItem(kind, ref, status, counted, day, how))
            for ref, status, since in s.execute(
                select(FoundPerson.ref_no, FoundPerson.status, FoundPerson.updated_at).where(
                    FoundPerson.station_id == sc.station.id
                )
            ):
                found = found_due(FoundStatus(status), since, policy, now, zone)
                if found is not None:
                    kind, day = found
                    how = destroy_how("found", ref)
                    items.append(RetentionItem(kind, ref, status, since, day, how))
        items.sort(key=lambda i: (i.due_on, i.ref))
        periods = tuple(
            RetentionPeriod(r.kind, KIND_LABELS[r.kind], r.years, r.counted_from, r.destroyable)
            for r in rules(policy)
        )
        return RetentionList(now, periods, tuple(items))
