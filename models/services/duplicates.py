"""Earlier register entries that may be the same person as a report being entered.

A child reported again by another relative, a repeat runaway: while the writer types the new
report, the register proposes the station's earlier cases (any status but void) that may be the
same person. Candidates come from the name index (the new report's names, aliases and relative's
name), then scored by the same rules that match a found person to a case
(models/rules/matching.py), the new report standing where the person found later stands. A
different sex, or an age that the years since cannot explain, rules a candidate out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.dto.cases import CaseInput, PersonInput
from models.entities import Case
from models.enums import CaseStatus, Sex
from models.names import name_keys
from models.permissions import Capability, require
from models.rules import matching
from models.rules.case_rules import is_child_age, person_age
from models.rules.matching import MatchProfile, score_pair
from models.services import case_store, match_store
from models.services.common import StationContext, station_context
from models.services.episodes import linked_ids
from models.services.search import MAX_QUERY, SearchHit, search_in

PER_QUERY = 20  # candidates taken from the index for each name asked
MAX_LIMIT = 50
# Proposed at or above this score. Lower than the matching threshold for a found person: a
# repeat episode comes months or years after the first, so the date of last sighting and the
# clothes, which the matching rules weigh for a person found days later, earn nothing here.
FLOOR = 45
# A name that fits this well (0–100, the name index's fit) is proposed whatever the score:
# while the writer has typed only the name, nothing else can add to it.
NAME_ALONE = 85
# Signals whose loss rules a candidate out: an age the years since cannot explain; an earlier
# case last seen after the new report's last sighting.
RULED_OUT_BY = ("age", "date")


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
    reasons: tuple[str, ...]  # the matching rules' signals, strongest first
    contradictions: tuple[str, ...]
    names: tuple[str, ...]  # which names the index found it by


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

    reported_at: datetime
    own: NameFit | None = None
    relative: NameFit | None = None

    def better(self, asked: str, hit: SearchHit, *, from_relative: bool) -> NameEvidence:
        fit = NameFit(asked, hit.matched, hit.score)
        if from_relative:
            if hit.matched_kind != "relative":
                return self  # the father's name inside a sibling's name is no evidence
            if self.relative is None or fit.score > self.relative.score:
                return replace(self, relative=fit)
            return self
        if hit.matched_kind not in ("name", "alias"):
            return self
        if self.own is None or fit.score > self.own.score:
            return replace(self, own=fit)
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


def new_report_profile(data: CaseInput, sc: StationContext) -> MatchProfile:
    """The report being entered, not yet saved, as the matching rules see a case: the same
    descriptors ``match_store`` reads from a stored case, taken from the form's input."""
    person = data.person
    circ = data.circumstances
    day = circ.last_seen_at.astimezone(sc.zone).date()
    age = person_age(person, day)
    height = matching.height_range(person.height_cm, person.height_min_cm, person.height_max_cm)
    spoken = [person.mother_tongue] if person.mother_tongue else []
    addresses = (
        " ".join(p for p in (a.locality, a.city, a.district) if p) for a in person.addresses
    )
    marks = (
        matching.mark_concepts(m.mark_type, m.body_location, m.description) for m in person.marks
    )
    worn = (" ".join(matching.concepts(c.description, c.colour)) for c in person.clothing)
    return MatchProfile(
        kind="case",
        ref="(new report)",
        uuid="",
        station=sc.station.code,
        at=circ.last_seen_at,
        display_name=person.display_name,
        sex=person.sex.value,
        age_low=age.low if age else None,
        age_high=age.high if age else None,
        age_estimated=not person.date_of_birth,
        names=_latin(*person.names, *person.aliases),
        relatives=_latin(person.relative_name or ""),
        height_low=height[0],
        height_high=height[1],
        build=person.build.value if person.build else None,
        complexion=person.complexion.value if person.complexion else None,
        marks=tuple(m for m in marks if m),
        languages=tuple(dict.fromkeys(lang.value for lang in (*spoken, *person.languages))),
        clothing=tuple(w for w in worn if w),
        places=matching.place_words(
            circ.last_seen_place, circ.landmark, circ.outside_ps_district, *addresses
        ),
        is_child=is_child_age(age),
    )


def _latin(*texts: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k for k in (name_keys(t).latin for t in texts if t.strip()) if k))


def score_duplicate(new: MatchProfile, earlier: MatchProfile) -> Scored:
    """How well an earlier case fits the new report, by the matching rules (the new report in
    the place of the person found later, the earlier case in the place of the missing one)."""
    result = score_pair(new, earlier)
    ruled_out = result.excluded or any(
        s.name in RULED_OUT_BY and s.points < 0 for s in result.signals
    )
    return Scored(
        result.score,
        tuple(s.text for s in result.signals if s.points > 0),
        result.contradictions,
        ruled_out,
    )


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
            hits = self._name_hits(s, sc, queries, data.report.reported_at, exclude_ref)
            if not hits:
                return ()
            new = new_report_profile(data, sc)
            out = [
                found
                for record in match_store.case_records(s, sc, hits)
                if (found := self._candidate(data, new, record, hits[record.id])) is not None
            ]
        out.sort(key=lambda c: (-c.score, -c.reported_at.timestamp()))
        return tuple(out[:limit])

    def _name_hits(
        self,
        s: Session,
        sc: StationContext,
        queries: list[tuple[str, bool]],
        before: datetime,
        exclude_ref: str | None,
    ) -> dict[int, NameEvidence]:
        # Only earlier reports are earlier episodes; a void entry is nobody's.
        base = select(Case).where(
            Case.station_id == sc.station.id,
            Case.status != CaseStatus.VOID.value,
            Case.reported_at < before,
        )
        if exclude_ref:
            current = case_store.find_case(s, exclude_ref, sc.station.id)
            base = base.where(Case.id.not_in(linked_ids(s, current.id)))
        evidence: dict[int, NameEvidence] = {}
        for query, from_relative in queries:
            found, _total, _capped = search_in(s, base, "case", query, PER_QUERY)
            for hit in found:
                known = evidence.get(hit.id) or NameEvidence(hit.at)
                evidence[hit.id] = known.better(query, hit, from_relative=from_relative)
        return {k: v for k, v in evidence.items() if v.own or v.relative}

    def _candidate(
        self,
        data: CaseInput,
        new: MatchProfile,
        record: match_store.Record,
        names: NameEvidence,
    ) -> DuplicateCandidate | None:
        earlier = record.profile
        scored = score_duplicate(new, earlier)
        name_alone = names.own is not None and names.own.score >= NAME_ALONE
        if scored.excluded or (scored.score < FLOOR and not name_alone):
            return None
        return DuplicateCandidate(
            ref=record.ref,
            uuid=record.uuid,
            name=earlier.display_name or "(name not known)",
            status=CaseStatus(record.status),
            sex=Sex(record.sex),
            is_child=record.is_child,
            age_text=_age_text(earlier.age_low, earlier.age_high),
            reported_at=names.reported_at,
            last_seen_at=record.at,
            last_seen_place=record.place,
            score=scored.score,
            reasons=scored.reasons,
            contradictions=scored.contradictions,
            names=tuple(
                f.text(label)
                for label, f in (("asked", names.own), ("relative", names.relative))
                if f
            ),
        )


def _age_text(low: int | None, high: int | None) -> str:
    if low is None or high is None:
        return ""
    return str(low) if low == high else f"{low}–{high}"
