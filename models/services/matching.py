"""Possible matches between found persons and missing-person cases, and decisions about them.

``matches_for_found`` scores the station's open cases against a found person, and
``matches_for_case`` its found persons in care against a case (``models.services.match_store``
finds the candidates, ``models.rules.matching`` scores them). ``reject`` records "not a match",
so the pair is never proposed again; ``to_review`` counts the possible matches at or above the
threshold still waiting for a decision (kept by the saves of found persons and cases, so the
count reads one small table). ``refresh_due_matches`` works out the possible matches of the
cases saved since the last call (``models.services.match_due``); ``to_review`` runs it first,
so the count never misses a case whose refresh a stopped program left undone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models import audit
from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.entities import MatchDecision, MatchSuggestion
from models.enums import Sex
from models.errors import Problem, RuleViolation, UserError, ValidationFailed
from models.messages import msg
from models.permissions import Capability, require
from models.rules.matching import MatchProfile, MatchResult
from models.services import match_due, match_store
from models.services.case_store import find_case
from models.services.common import station_context
from models.services.found import find_found

MAX_LIMIT = 200
MAX_REASON = 2000


@dataclass(frozen=True)
class MatchCandidate:
    """A record that may be the same person, with the score and its reasons."""

    kind: str  # "case" or "found"
    ref: str
    uuid: str
    name: str
    status: str
    sex: Sex
    is_child: bool
    age_text: str  # the age on its own date (last seen, or found)
    place: str
    at: datetime  # last seen (case) or found (found person)
    station: str
    result: MatchResult


def _age_text(p: MatchProfile) -> str:
    if p.age_low is None or p.age_high is None:
        return ""
    return str(p.age_low) if p.age_low == p.age_high else f"{p.age_low}–{p.age_high}"


def _candidate(kind: str, x: match_store.Scored, station: str) -> MatchCandidate:
    r = x.record
    return MatchCandidate(
        kind=kind,
        ref=r.ref,
        uuid=r.uuid,
        name=r.profile.display_name or "(name not known)",
        status=r.status,
        sex=Sex(r.sex),
        is_child=r.is_child,
        age_text=_age_text(r.profile),
        place=r.place,
        at=r.at,
        station=station,
        result=x.result,
    )


def _limit(limit: int) -> int:
    if limit < 1:
        raise UserError(msg("Ask for at least one possible match."))
    return min(limit, MAX_LIMIT)


class MatchingService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def matches_for_found(
        self, actor: Actor, ref: str, *, limit: int = 20
    ) -> tuple[MatchCandidate, ...]:
        """Open cases of this station that may be this found person, best first."""
        require(actor, Capability.VIEW_CASE)
        limit = _limit(limit)
        with self.db.read() as s:
            sc = station_context(s)
            found = find_found(s, ref, sc.station.id)
            scored = match_store.matches_for_found(s, sc, found, limit)
            return tuple(_candidate("case", x, sc.station.code) for x in scored)

    def matches_for_case(
        self, actor: Actor, ref: str, *, limit: int = 20
    ) -> tuple[MatchCandidate, ...]:
        """Found persons in care at this station who may be this missing person, best first."""
        require(actor, Capability.VIEW_CASE)
        limit = _limit(limit)
        with self.db.read() as s:
            sc = station_context(s)
            case = find_case(s, ref, sc.station.id)
            scored = match_store.matches_for_case(s, sc, case, limit)
            return tuple(_candidate("found", x, sc.station.code) for x in scored)

    def reject(self, actor: Actor, found_ref: str, case_ref: str, reason: str) -> None:
        """Record that a found person is not the missing person of a case (never proposed
        again)."""
        require(actor, Capability.EDIT_FOUND)
        why = " ".join((reason or "").split())
        if not why:
            raise ValidationFailed([Problem("reason", msg("say why they are not the same person"))])
        if len(why) > MAX_REASON:
            raise ValidationFailed(
                [
                    Problem(
                        "reason",
                        msg(
                            "is {why_count} characters; at most {MAX_REASON}",
                            why_count=f"{len(why):,}",
                            MAX_REASON=f"{MAX_REASON:,}",
                        ),
                    )
                ]
            )
        now = self.clock.now()
        with self.db.write() as s:
            sc = station_context(s)
            found = find_found(s, found_ref, sc.station.id)
            case = find_case(s, case_ref, sc.station.id)
            if found.linked_case_id == case.id:
                raise RuleViolation(
                    msg(
                        "{ref_no} is linked to {register_no}; unlinking needs the station head.",
                        ref_no=found.ref_no,
                        register_no=case.register_no,
                    )
                )
            earlier = match_store.decision_of(s, found.id, case.id)
            if earlier is not None and earlier.decision == match_store.NOT_A_MATCH:
                raise RuleViolation(
                    msg(
                        "{ref_no} was already recorded as not {register_no} on {when}.",
                        ref_no=found.ref_no,
                        register_no=case.register_no,
                        when=f"{earlier.decided_at.astimezone(sc.zone):%d/%m/%Y}",
                    )
                )
            result = match_store.pair_result(s, sc, found, case)
            if earlier is None:
                earlier = MatchDecision(found_person_id=found.id, case_id=case.id)
                s.add(earlier)
            earlier.decision, earlier.score, earlier.reason = (
                match_store.NOT_A_MATCH,
                result.score,
                why,
            )
            earlier.decided_at, earlier.decided_by_id = now, actor.user_id
            suggestion = s.get(MatchSuggestion, (found.id, case.id))
            if suggestion is not None:
                s.delete(suggestion)
            s.flush()
            audit.record(
                s,
                at=now,
                actor=actor,
                action="match.reject",
                subject=audit.Subject("found_person", found.uuid, found.ref_no),
                details={"case": case.register_no, "score": result.score, "reason": why},
            )

    def refresh_due_matches(self, actor: Actor) -> int:
        """Work out the possible matches of every case saved since they were last worked out,
        each case in a transaction of its own; returns how many cases this call refreshed
        (none when another desk was at them)."""
        require(actor, Capability.VIEW_CASE)
        return match_due.refresh_due(self.db, self.clock)

    def to_review(self, actor: Actor) -> int:
        """Possible matches at or above the threshold that nobody has decided yet (the cases
        whose matches are due are refreshed first)."""
        self.refresh_due_matches(actor)
        with self.db.read() as s:
            sc = station_context(s)
            return match_store.count_to_review(s, sc.station.id)
