"""Matching inside a session: profiles from the register's rows, candidates, suggestions.

The pairs awaiting review (``match_suggestion``) are those of the records as saved: the service
that saves a found person calls ``refresh_for_found`` in the same transaction; a saved case is
marked due in its transaction and ``refresh_for_case`` runs in a transaction of its own after
the commit (``models.services.match_due``: scoring a case took most of a save in a large
register). ``FoundService.link`` calls ``check_link``.

Candidates come from two places, and only a bounded number is scored:

- the descriptors, through the index ``ix_mp_case_match`` (or ``ix_found_person_match``): open
  cases of the station of a compatible sex, last seen before the person was found, whose age
  when last seen is not beyond the found person's (with the tolerance), nearest in age first;
  and the other way round, found persons in care found after the case's last sighting whose
  estimated age is within the tolerance of the missing person's age by then, nearest in age
  first (a record without an age is always a candidate, after those with one);
- the name index (``models.services.name_index``), for every name and alias of the record,
  whatever the descriptors say: a name that fits is worth a look even when an age was misjudged
  (an alias spelt like the name, "pinky" and "pinki", is looked up once).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, delete, func, literal, not_, or_, select
from sqlalchemy.orm import Session

from models.entities import (
    Address,
    Case,
    ClothingItem,
    FoundPerson,
    IdentificationMark,
    MatchDecision,
    MatchSuggestion,
    NameKey,
    Person,
    PersonName,
)
from models.enums import CaseStatus, FoundStatus, Sex
from models.errors import RuleViolation
from models.messages import msg
from models.partial_date import DateProblem, PartialDate, age_on
from models.rules import matching
from models.rules.matching import MatchProfile, MatchResult
from models.services import name_index
from models.services.common import StationContext, insert_into

DESCRIPTOR_CANDIDATES = 1000  # scored per search, likeliest first
NAME_CANDIDATES = 200  # per name or alias
AGE_SPREAD = 5  # years an age range may span beyond its lower bound (loose SQL bound only)
SUGGESTIONS_KEPT = 50  # per record saved
NOT_A_MATCH, LINKED = "not_a_match", "linked"
OPEN_CASE = CaseStatus.REGISTERED.value  # a traced case is found already: not a candidate


@dataclass(frozen=True)
class Scored:
    """A candidate and how it scored."""

    record: Record
    result: MatchResult


# -- profiles ---------------------------------------------------------------------------------


@dataclass
class _Facts:
    """What matching reads of one person, loaded in bulk as plain rows (no ORM objects)."""

    sex: str = "unknown"
    date_of_birth: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    height: tuple[int | None, int | None] = (None, None)
    build: str | None = None
    complexion: str | None = None
    languages: tuple[str, ...] = ()
    shown: str = ""
    names: list[str] = field(default_factory=list)
    relatives: list[str] = field(default_factory=list)
    marks: list[str] = field(default_factory=list)
    clothing: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Record:
    """A case or found person as a list of possible matches shows it, with its profile."""

    id: int
    ref: str
    uuid: str
    status: str
    sex: str
    is_child: bool
    at: datetime
    place: str
    profile: MatchProfile


def _age(
    dob: str | None, age_min: int | None, age_max: int | None, on: date
) -> tuple[int | None, int | None, bool]:
    if dob:
        try:
            age = age_on(PartialDate.parse_iso(dob), on)
            return age.low, age.high, False
        except DateProblem:
            pass
    low = age_min if age_min is not None else age_max
    high = age_max if age_max is not None else age_min
    if low is None or high is None or low > high:
        return None, None, True
    return low, high, True


def _facts(s: Session, person_ids: Sequence[int]) -> dict[int, _Facts]:
    ids = list(dict.fromkeys(person_ids))
    out = {pid: _Facts() for pid in ids}
    if not ids:
        return out
    for row in s.execute(
        select(
            Person.id,
            Person.sex,
            Person.date_of_birth,
            Person.age_min,
            Person.age_max,
            Person.height_cm,
            Person.height_min_cm,
            Person.height_max_cm,
            Person.build,
            Person.complexion,
            Person.mother_tongue,
            Person.languages,
        ).where(Person.id.in_(ids))
    ):
        f = out[row.id]
        f.sex, f.date_of_birth, f.age_min, f.age_max = (
            row.sex,
            row.date_of_birth,
            row.age_min,
            row.age_max,
        )
        f.height = matching.height_range(row.height_cm, row.height_min_cm, row.height_max_cm)
        f.build, f.complexion = row.build, row.complexion
        spoken = [row.mother_tongue] if row.mother_tongue else []
        f.languages = tuple(dict.fromkeys([*spoken, *(row.languages or [])]))
    for pid, kind, latin in s.execute(
        select(NameKey.person_id, NameKey.kind, NameKey.latin)
        .where(NameKey.person_id.in_(ids))
        .order_by(NameKey.person_id, NameKey.position)
    ):
        if latin:
            (out[pid].relatives if kind == "relative" else out[pid].names).append(latin)
    for pid, text in s.execute(
        select(PersonName.person_id, PersonName.text)
        .where(PersonName.person_id.in_(ids), PersonName.kind == "name")
        .order_by(PersonName.person_id, PersonName.position.desc())
    ):
        out[pid].shown = text  # the last written is the first in position order
    for pid, mark_type, where, what in s.execute(
        select(
            IdentificationMark.person_id,
            IdentificationMark.mark_type,
            IdentificationMark.body_location,
            IdentificationMark.description,
        )
        .where(IdentificationMark.person_id.in_(ids))
        .order_by(IdentificationMark.person_id, IdentificationMark.position)
    ):
        mark = matching.mark_concepts(mark_type, where, what)
        if mark:
            out[pid].marks.append(mark)
    for pid, what, colour in s.execute(
        select(ClothingItem.person_id, ClothingItem.description, ClothingItem.colour)
        .where(ClothingItem.person_id.in_(ids))
        .order_by(ClothingItem.person_id, ClothingItem.position)
    ):
        worn = " ".join(matching.concepts(what, colour))
        if worn:
            out[pid].clothing.append(worn)
    for pid, locality, city, district in s.execute(
        select(Address.person_id, Address.locality, Address.city, Address.district).where(
            Address.person_id.in_(ids)
        )
    ):
        out[pid].addresses.append(" ".join(p for p in (locality, city, district) if p))
    return out


def _profile(
    kind: str,
    ref: str,
    uuid: str,
    sc: StationContext,
    at: datetime,
    f: _Facts,
    places: tuple[str, ...],
    is_child: bool,
) -> MatchProfile:
    low, high, estimated = _age(
        f.date_of_birth, f.age_min, f.age_max, at.astimezone(sc.zone).date()
    )
    return MatchProfile(
        kind=kind,
        ref=ref,
        uuid=uuid,
        station=sc.station.code,
        at=at,
        display_name=f.shown,
        sex=f.sex,
        age_low=low,
        age_high=high,
        age_estimated=estimated,
        names=tuple(dict.fromkeys(f.names)),
        relatives=tuple(dict.fromkeys(f.relatives)),
        height_low=f.height[0],
        height_high=f.height[1],
        build=f.build,
        complexion=f.complexion,
        marks=tuple(f.marks),
        languages=f.languages,
        clothing=tuple(f.clothing),
        places=places,
        is_child=is_child,
    )


def case_records(s: Session, sc: StationContext, ids: Iterable[int]) -> list[Record]:
    """Cases by id, with their profiles (as of their last sighting)."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    rows = s.execute(
        select(
            Case.id,
            Case.register_no,
            Case.uuid,
            Case.status,
            Case.sex,
            Case.is_child,
            Case.last_seen_at,
            Case.last_seen_place,
            Case.landmark,
            Case.outside_ps_district,
            Case.person_id,
        ).where(Case.id.in_(wanted))
    ).all()
    facts = _facts(s, [r.person_id for r in rows])
    out = []
    for r in rows:
        f = facts[r.person_id]
        places = matching.place_words(
            r.last_seen_place, r.landmark, r.outside_ps_district, *f.addresses
        )
        profile = _profile("case", r.register_no, r.uuid, sc, r.last_seen_at, f, places, r.is_child)
        out.append(
            Record(
                r.id,
                r.register_no,
                r.uuid,
                r.status,
                r.sex,
                r.is_child,
                r.last_seen_at,
                r.last_seen_place,
                profile,
            )
        )
    return out


def found_records(s: Session, sc: StationContext, ids: Iterable[int]) -> list[Record]:
    """Found persons by id, with their profiles (as of the day found)."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    rows = s.execute(
        select(
            FoundPerson.id,
            FoundPerson.ref_no,
            FoundPerson.uuid,
            FoundPerson.status,
            FoundPerson.sex,
            FoundPerson.is_child,
            FoundPerson.found_at,
            FoundPerson.found_place,
            FoundPerson.district,
            FoundPerson.native_place,
            FoundPerson.person_id,
        ).where(FoundPerson.id.in_(wanted))
    ).all()
    facts = _facts(s, [r.person_id for r in rows])
    out = []
    for r in rows:
        f = facts[r.person_id]
        places = matching.place_words(r.found_place, r.district, r.native_place)
        profile = _profile("found", r.ref_no, r.uuid, sc, r.found_at, f, places, r.is_child)
        out.append(
            Record(
                r.id,
                r.ref_no,
                r.uuid,
                r.status,
                r.sex,
                r.is_child,
                r.found_at,
                r.found_place,
                profile,
            )
        )
    return out


def case_profile(s: Session, sc: StationContext, case_id: int) -> MatchProfile:
    (record,) = case_records(s, sc, [case_id])
    return record.profile


def found_profile(s: Session, sc: StationContext, found_id: int) -> MatchProfile:
    (record,) = found_records(s, sc, [found_id])
    return record.profile


# -- candidates -------------------------------------------------------------------------------


def compatible_sexes(sex: str) -> tuple[str, ...]:
    """Sexes a record of ``sex`` may be matched with (see models.rules.matching)."""
    if sex == Sex.MALE.value:
        return (Sex.MALE.value, Sex.UNKNOWN.value, Sex.TRANSGENDER.value)
    if sex == Sex.FEMALE.value:
        return (Sex.FEMALE.value, Sex.UNKNOWN.value, Sex.TRANSGENDER.value)
    return tuple(s.value for s in Sex)


def _years_since(s: Session, column: Any, at: datetime) -> ColumnElement[Any]:
    """Years from ``column`` to the instant ``at``, in SQL (negative when ``column`` is later)."""
    naive_utc = at.astimezone(UTC).replace(tzinfo=None)  # as UTCDateTime stores instants
    if s.get_bind().dialect.name == "sqlite":
        return (func.julianday(literal(naive_utc.isoformat(" "))) - func.julianday(column)) / 365.25
    return func.extract("epoch", literal(naive_utc) - column) / 86400.0 / 365.25


def _decided(s: Session, *, found_id: int | None = None, case_id: int | None = None) -> set[int]:
    """The other side of the pairs already decided "not a match" with this record."""
    if found_id is not None:
        return set(
            s.scalars(
                select(MatchDecision.case_id).where(
                    MatchDecision.found_person_id == found_id,
                    MatchDecision.decision == NOT_A_MATCH,
                )
            )
        )
    return set(
        s.scalars(
            select(MatchDecision.found_person_id).where(
                MatchDecision.case_id == case_id, MatchDecision.decision == NOT_A_MATCH
            )
        )
    )


def _named(
    s: Session, base: Select[Any], record_id: Any, person_id: Any, name: str, nearest: Any
) -> list[int]:
    """Records of ``base`` with a name the index says may fit ``name``, likeliest first (no
    count and no scoring here: ``score_pair`` scores them all). Among names that fit alike,
    ``nearest`` first: a common given name ("Aarti") fits thousands of open cases in a large
    register, and the one that went missing nearest the day the child was found is likeliest."""
    q = name_index.parse_query(name)
    out: list[int] = []
    # Every name that fits, not only the newest pool the search box scores: a match is worth
    # the wider read, and the true case may be years old.
    for tier in name_index.tiers(s, q):
        out += s.scalars(
            base.with_only_columns(record_id)
            .join(NameKey, NameKey.person_id == person_id)
            .where(tier.every)
            .order_by(*name_index.order_candidates(q, then=[nearest]))
            .limit(NAME_CANDIDATES)
        )
        if len(out) >= NAME_CANDIDATES // 4:
            break  # the stricter tier found enough; the wider net would only add noise
    return out


def _distinct_queries(names: Iterable[str]) -> list[str]:
    """``names`` less those the name index would look up exactly as an earlier one (an alias
    spelt like the name: "pinky", "pinki"), which would only find the same records again."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for name in names:
        q = name_index.parse_query(name)
        key: tuple[Any, ...] = (q.phonetic, q.skeleton, q.initials)
        if not q.phonetic and not q.skeleton:  # looked up by the beginning of the name
            key = (key, tuple((w.phonetic, w.latin) for w in q.words))
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def case_candidates(s: Session, sc: StationContext, found_id: int, me: MatchProfile) -> list[int]:
    """Ids of the open cases worth scoring against a found person (``me``), likeliest first."""
    # A different sex is never proposed: leave it out before the name look-up's limit, or a
    # common given name would spend that limit on cases that cannot be shown.
    open_cases = select(Case).where(
        Case.station_id == sc.station.id,
        Case.status == OPEN_CASE,
        Case.sex.in_(compatible_sexes(me.sex)),
        Case.last_seen_at <= me.at + matching.CLOCK_SLACK,  # found before last seen: not here
    )
    query = (
        select(Case.id)
        .where(
            Case.station_id == sc.station.id,
            Case.status == OPEN_CASE,
            Case.sex.in_(compatible_sexes(me.sex)),
            Case.last_seen_at <= me.at + matching.CLOCK_SLACK,
        )
        .limit(DESCRIPTOR_CANDIDATES)
    )
    low, high = me.age_low, me.age_high
    if low is not None and high is not None:
        elapsed = _years_since(s, Case.last_seen_at, me.at)
        tol = matching.AGE_TOLERANCE
        query = query.where(
            or_(
                Case.age_at_disappearance.is_(None),
                and_(
                    Case.age_at_disappearance <= high + tol,
                    Case.age_at_disappearance + elapsed + AGE_SPREAD >= low - tol,
                ),
            )
        ).order_by(
            Case.age_at_disappearance.is_(None),
            func.abs(Case.age_at_disappearance + elapsed - (low + high) / 2.0),
            Case.last_seen_at.desc(),
        )
    else:
        query = query.order_by(Case.last_seen_at.desc())
    ids = list(s.scalars(query))
    for name in _distinct_queries(me.names):
        ids += _named(s, open_cases, Case.id, Case.person_id, name, Case.last_seen_at.desc())
    rejected = _decided(s, found_id=found_id)
    return [i for i in dict.fromkeys(ids) if i not in rejected]


def found_candidates(s: Session, sc: StationContext, case_id: int, me: MatchProfile) -> list[int]:
    """Ids of the found persons in care, not linked, worth scoring against a case (``me``),
    likeliest first."""
    in_care = select(FoundPerson).where(
        FoundPerson.station_id == sc.station.id,
        FoundPerson.status == FoundStatus.IN_CARE.value,
        FoundPerson.linked_case_id.is_(None),
        FoundPerson.linked_external_ref.is_(None),
        FoundPerson.sex.in_(compatible_sexes(me.sex)),
        FoundPerson.found_at >= me.at - matching.CLOCK_SLACK,  # found before last seen: not here
    )
    query = in_care.with_only_columns(FoundPerson.id).limit(DESCRIPTOR_CANDIDATES)
    low, high = me.age_low, me.age_high
    if low is not None and high is not None:
        query = _age_bounded(s, query, me.at, low, high)
    else:
        query = query.order_by(FoundPerson.found_at)  # found soonest after last seen first
    ids = list(s.scalars(query))
    for name in _distinct_queries(me.names):
        ids += _named(s, in_care, FoundPerson.id, FoundPerson.person_id, name, FoundPerson.found_at)
    rejected = _decided(s, case_id=case_id)
    return [i for i in dict.fromkeys(ids) if i not in rejected]


def _age_bounded(
    s: Session, query: Select[Any], last_seen: datetime, low: int, high: int
) -> Select[Any]:
    """``query`` of found persons less those whose estimated age cannot be the missing person's
    (``low``–``high`` when last seen at ``last_seen``) by the day they were found, nearest in age
    first. The bound is looser than the score's (``matching.missing_age_on`` rounds the years
    between; here a year either way): it only spares scoring those the score would refuse.
    Found persons without a usable age range (none, or a date of birth, which the profile
    prefers and SQL cannot read) are kept, after the others."""
    found_low = func.coalesce(Person.age_min, Person.age_max)
    found_high = func.coalesce(Person.age_max, Person.age_min)
    aged = -_years_since(s, FoundPerson.found_at, last_seen)  # years missing when found
    tol = matching.AGE_TOLERANCE
    no_range = or_(found_low.is_(None), Person.date_of_birth.is_not(None), found_low > found_high)
    return (
        query.join(Person, Person.id == FoundPerson.person_id)
        .where(
            or_(
                no_range,
                and_(found_low <= aged + (high + 1 + tol), found_high >= aged + (low - 1 - tol)),
            )
        )
        .order_by(
            no_range,
            func.abs((found_low + found_high) / 2.0 - aged - (low + high) / 2.0),
            FoundPerson.found_at,
        )
    )


# -- scoring ----------------------------------------------------------------------------------


def _best(scored: list[Scored], limit: int) -> list[Scored]:
    kept = [x for x in scored if not x.result.excluded]
    kept.sort(key=lambda x: (-x.result.score, -x.record.at.timestamp()))
    return kept[:limit]


def matches_for_found(
    s: Session, sc: StationContext, found: FoundPerson, limit: int
) -> list[Scored]:
    """Open cases scored against ``found``, best first (excluded pairs left out)."""
    me = found_profile(s, sc, found.id)
    cases = case_records(s, sc, case_candidates(s, sc, found.id, me))
    return _best([Scored(c, matching.score_pair(me, c.profile)) for c in cases], limit)


def matches_for_case(s: Session, sc: StationContext, case: Case, limit: int) -> list[Scored]:
    """Found persons in care scored against ``case``, best first (excluded pairs left out)."""
    me = case_profile(s, sc, case.id)
    rows = found_records(s, sc, found_candidates(s, sc, case.id, me))
    return _best([Scored(r, matching.score_pair(r.profile, me)) for r in rows], limit)


# -- suggestions awaiting review --------------------------------------------------------------


def _keep(scored: Sequence[Scored]) -> list[Scored]:
    return [x for x in scored if x.result.score >= matching.THRESHOLD][:SUGGESTIONS_KEPT]


def refresh_for_found(s: Session, sc: StationContext, found: FoundPerson, now: datetime) -> None:
    """Replace the possible matches of ``found`` with those of it as saved now."""
    s.flush()
    s.execute(delete(MatchSuggestion).where(MatchSuggestion.found_person_id == found.id))
    if found.status != FoundStatus.IN_CARE.value or found.linked_case_id:
        return
    kept = _keep(matches_for_found(s, sc, found, SUGGESTIONS_KEPT))
    store_suggestions(s, [(found.id, x.record.id, x.result.score) for x in kept], now)


def refresh_for_case(s: Session, sc: StationContext, case: Case, now: datetime) -> None:
    """Replace the possible matches of ``case`` with those of it as stored now (the one place
    they are worked out; ``match_due`` calls it, or its two halves, after a save committed)."""
    s.flush()
    store_for_case(s, case.id, case_pairs(s, sc, case), now)


def case_pairs(s: Session, sc: StationContext, case: Case) -> list[tuple[int, int, int]]:
    """(found person, case, score) of the possible matches of ``case`` as stored now: reads
    only, so it may run before the writing transaction that stores them."""
    if case.status != OPEN_CASE:
        return []
    kept = _keep(matches_for_case(s, sc, case, SUGGESTIONS_KEPT))
    return [(x.record.id, case.id, x.result.score) for x in kept]


def store_for_case(
    s: Session, case_id: int, pairs: Sequence[tuple[int, int, int]], now: datetime
) -> None:
    """The possible matches of a case become ``pairs`` (from ``case_pairs``)."""
    s.execute(delete(MatchSuggestion).where(MatchSuggestion.case_id == case_id))
    store_suggestions(s, pairs, now)


def store_suggestions(s: Session, pairs: Sequence[tuple[int, int, int]], now: datetime) -> None:
    """Store (found person, case, score) pairs as suggestions. A pair the other side's refresh
    stored meanwhile (a found person saved at another desk while a case's refresh runs) takes
    the newer score instead of failing on the duplicate."""
    if not pairs:
        return
    rows = [
        {"found_person_id": f, "case_id": c, "score": score, "computed_at": now}
        for f, c, score in pairs
    ]
    insert = insert_into(s, MatchSuggestion)
    s.execute(
        insert.on_conflict_do_update(
            index_elements=["found_person_id", "case_id"],
            set_={"score": insert.excluded.score, "computed_at": insert.excluded.computed_at},
        ),
        rows,
    )


def count_to_review(s: Session, station_id: int) -> int:
    """Possible matches at or above the threshold, both records still open, not yet decided."""
    decided = (
        select(MatchDecision.id)
        .where(
            MatchDecision.found_person_id == MatchSuggestion.found_person_id,
            MatchDecision.case_id == MatchSuggestion.case_id,
        )
        .exists()
    )
    query = (
        select(func.count())
        .select_from(MatchSuggestion)
        .join(FoundPerson, FoundPerson.id == MatchSuggestion.found_person_id)
        .join(Case, Case.id == MatchSuggestion.case_id)
        .where(
            FoundPerson.station_id == station_id,
            FoundPerson.status == FoundStatus.IN_CARE.value,
            FoundPerson.linked_case_id.is_(None),
            FoundPerson.linked_external_ref.is_(None),
            Case.status == OPEN_CASE,
            MatchSuggestion.score >= matching.THRESHOLD,
            not_(decided),
        )
    )
    return int(s.scalar(query) or 0)


# -- decisions --------------------------------------------------------------------------------


def pair_result(s: Session, sc: StationContext, found: FoundPerson, case: Case) -> MatchResult:
    s.flush()
    return matching.score_pair(found_profile(s, sc, found.id), case_profile(s, sc, case.id))


def decision_of(s: Session, found_id: int, case_id: int) -> MatchDecision | None:
    return s.scalar(
        select(MatchDecision).where(
            MatchDecision.found_person_id == found_id, MatchDecision.case_id == case_id
        )
    )


def check_link(
    s: Session,
    sc: StationContext,
    found: FoundPerson,
    case: Case,
    reason: str | None,
    *,
    at: datetime,
    by_id: int,
) -> dict[str, Any]:
    """Refuse a link against a contradiction (or a pair decided "not a match") without a reason;
    remember one made with a reason. Returns what the link's audit record adds."""
    result = pair_result(s, sc, found, case)
    earlier = decision_of(s, found.id, case.id)
    reason = " ".join((reason or "").split()) or None
    contradictions = list(result.contradictions)
    if earlier is not None and earlier.decision == NOT_A_MATCH:
        contradictions.append(
            msg("decided not a match on {day}", day=f"{earlier.decided_at:%d/%m/%Y}")
        )
    if (matching.needs_reason(result) or contradictions) and reason is None:
        shown = matching.MatchResult(
            result.score, result.signals, tuple(contradictions), result.excluded
        )
        raise RuleViolation(matching.refusal_text(shown, found.ref_no, case.register_no))
    if contradictions and reason is not None:
        if earlier is None:
            earlier = MatchDecision(found_person_id=found.id, case_id=case.id)
            s.add(earlier)
        earlier.decision, earlier.score, earlier.reason = LINKED, result.score, reason
        earlier.decided_at, earlier.decided_by_id = at, by_id
    details: dict[str, Any] = {"score": result.score}
    if contradictions:
        details["contradictions"] = contradictions
    if reason is not None:
        details["reason"] = reason
    return details
