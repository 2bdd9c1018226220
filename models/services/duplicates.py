"""Earlier register entries that may be the same person as a report being entered.

A child reported again by another relative, a repeat runaway: while the writer types the new
report, the register proposes the station's earlier cases (any status but void) that may be the
same person. Candidates come from the name index (the new report's names, aliases and relative's
name); a different sex or an age that the years since cannot explain rules a candidate out
(models/rules/episodes.py); the rest are scored by the matching rules, with their reasons.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.dto.cases import CaseInput, PersonInput
from models.entities import AppUser, Case
from models.enums import CaseStatus, Sex
from models.permissions import Capability, require
from models.rules.case_rules import person_age
from models.rules.episodes import age_fits, sexes_differ
from models.services import case_store
from models.services.common import StationContext, station_context
from models.services.episodes import linked_ids
from models.services.person_store import person_input
from models.services.search import MAX_QUERY, SearchHit, search_in

PER_QUERY = 20  # candidates taken from the index for each name asked
MAX_LIMIT = 50
FLOOR = 45  # a candidate scoring below this is not proposed


@dataclass(frozen=True)
class Scored:
    score: int  # 0–100
    reasons: tuple[str, ...]  # plain words, one line each
    contradictions: tuple[str, ...]
    excluded: bool


@dataclass(frozen=True)
class DuplicateCandidate:
    """An earlier case that may be the same person, with why."""

    ref: str
    uuid: str
    name: str
    status: CaseStatus
    sex: Sex
    is_child: bool
    age_text: str  # the age at that report ("" when not known)
    reported_at: datetime
    last_seen_at: datetime
    last_seen_place: str
    score: int
    reasons: tuple[str, ...]
    contradictions: tuple[str, ...]


@dataclass(frozen=True)
class NameFit:
    asked: str  # the new report's name as typed
    matched: str  # the earlier case's name as stored
    score: int  # 0–100

    def text(self, label: str) -> str:
        return f"{label}: {self.asked} ≈ {self.matched} ({self.score}%)"


@dataclass(frozen=True)
class NameEvidence:
    """What the name index said of one earlier case: the best fit of the new report's own names
    and aliases to its names and aliases, and of the relative's name to its relative's."""

    own: NameFit | None
    relative: NameFit | None

    def better(self, asked: str, hit: SearchHit, *, from_relative: bool) -> NameEvidence:
        fit = NameFit(asked, hit.matched, hit.score)
        if from_relative:
            if hit.matched_kind != "relative":
                return self  # the father's name inside a sibling's name is no evidence
            if self.relative is None or fit.score > self.relative.score:
                return NameEvidence(self.own, fit)
            return self
        if hit.matched_kind not in ("name", "alias"):
            return self
        if self.own is None or fit.score > self.own.score:
            return NameEvidence(fit, self.relative)
        return self


def name_queries(person: PersonInput) -> list[tuple[str, bool]]:
    """What to ask the name index, each with whether it is the relative's name: every name and
    alias, each name also as its first and last word (an earlier report may have left out the
    father's name in the middle), and the relative's name (the same father reporting the same
    child again)."""
    out: list[tuple[str, bool]] = []
    own = [(t, False) for t in (*person.names, *person.aliases)]
    for text, from_relative in (*own, (person.relative_name or "", True)):
        text = " ".join(text.split())[:MAX_QUERY]
        if not text:
            continue
        out.append((text, from_relative))
        words = text.split()
        if len(words) >= 3 and not from_relative:
            out.append((f"{words[0]} {words[-1]}", from_relative))
    return list(dict.fromkeys(out))


def score_duplicate(new: CaseInput, earlier: CaseInput, names: NameEvidence) -> Scored:
    """How well an earlier case fits the new report: the matching rules' score and reasons.

    The one place the scoring is plugged in. Until the matching rules score a pair of records,
    the name index's fits stand for the score: the person's own name weighs most; a relative's
    name alone (a sibling has the same father) is at most half a match."""
    own = names.own.score if names.own else 0
    relative = names.relative.score if names.relative else 0
    score = round(0.8 * own + 0.2 * relative) if own else round(0.5 * relative)
    reasons = []
    if names.own:
        reasons.append(names.own.text("name"))
    if names.relative:
        reasons.append(names.relative.text("relative"))
    return Scored(score, tuple(reasons), (), False)


class DuplicateService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def similar_cases(
        self,
        actor: Actor,
        data: CaseInput,
        *,
        exclude_ref: str | None = None,
        limit: int = 5,
    ) -> tuple[DuplicateCandidate, ...]:
        """Earlier cases of this station that may be the same person as ``data``, best first.

        ``exclude_ref`` is the case being edited: it and the episodes already linked to it are
        left out."""
        require(actor, Capability.VIEW_CASE)
        limit = max(1, min(limit, MAX_LIMIT))
        queries = name_queries(data.person)
        if not queries:
            return ()
        with self.db.read() as s:
            sc = station_context(s)
            hits = self._name_hits(s, sc, queries, exclude_ref)
            if not hits:
                return ()
            rows = s.scalars(
                select(Case).options(*case_store.case_load_options()).where(Case.id.in_(list(hits)))
            ).all()
            out = [
                found
                for row in rows
                if (found := self._candidate(s, sc, data, row, hits[row.id])) is not None
            ]
        out.sort(key=lambda c: (-c.score, -c.reported_at.timestamp()))
        return tuple(out[:limit])

    def _name_hits(
        self,
        s: Session,
        sc: StationContext,
        queries: list[tuple[str, bool]],
        exclude_ref: str | None,
    ) -> dict[int, NameEvidence]:
        base = select(Case).where(
            Case.station_id == sc.station.id, Case.status != CaseStatus.VOID.value
        )
        if exclude_ref:
            current = case_store.find_case(s, exclude_ref, sc.station.id)
            base = base.where(Case.id.not_in(linked_ids(s, current.id)))
        evidence: dict[int, NameEvidence] = {}
        for query, from_relative in queries:
            found, _total, _capped = search_in(s, base, "case", query, PER_QUERY)
            for hit in found:
                known = evidence.get(hit.id, NameEvidence(None, None))
                evidence[hit.id] = known.better(query, hit, from_relative=from_relative)
        return {k: v for k, v in evidence.items() if v.own or v.relative}

    def _candidate(
        self, s: Session, sc: StationContext, data: CaseInput, row: Case, names: NameEvidence
    ) -> DuplicateCandidate | None:
        if row.reported_at >= data.report.reported_at:
            return None  # only earlier reports are earlier episodes
        if sexes_differ(data.person.sex, Sex(row.sex)):
            return None
        person = person_input(row.person)
        earlier_day = row.last_seen_at.astimezone(sc.zone).date()
        later_day = data.circumstances.last_seen_at.astimezone(sc.zone).date()
        earlier_age = person_age(person, earlier_day)
        if not age_fits(earlier_age, earlier_day, person_age(data.person, later_day), later_day):
            return None
        earlier = case_store.case_input(row, _usernames(s, row))
        scored = score_duplicate(data, earlier, names)
        if scored.excluded or scored.score < FLOOR:
            return None
        return DuplicateCandidate(
            ref=row.register_no,
            uuid=row.uuid,
            name=person.display_name,
            status=CaseStatus(row.status),
            sex=Sex(row.sex),
            is_child=row.is_child,
            age_text=earlier_age.text() if earlier_age else "",
            reported_at=row.reported_at,
            last_seen_at=row.last_seen_at,
            last_seen_place=row.last_seen_place,
            score=scored.score,
            reasons=scored.reasons,
            contradictions=scored.contradictions,
        )


def _usernames(s: Session, row: Case) -> dict[int, AppUser]:
    ids = {row.received_by_id, row.io_id, row.jwo_id} - {None}
    return {u.id: u for u in s.scalars(select(AppUser).where(AppUser.id.in_(ids)))}
