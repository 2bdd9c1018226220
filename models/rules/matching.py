"""How well a found person fits a missing person: a score from 0 to 100, with its reasons.

A ``MatchProfile`` holds the descriptors of one record that matter for telling who a found child
is (never the complainant's data): sex, possible ages on the record's own date, names in their
stored Latin forms, height, build, complexion, identification marks and clothing read as concepts
(``resources/matching/mark_words.json``), languages, place words and the date.

``score_pair`` compares a found person with a missing person. Each ``Signal`` is one line of why,
with its points; the points add up to the score (floored at 0, capped at 100). What cannot both
be true is a contradiction, said in plain words:

- sex differs (a found boy is never proposed for a missing girl): the pair is *excluded*. An
  unknown sex contradicts nothing; a transgender person may have been reported under the sex
  assigned at birth, so that is no contradiction either (and earns no points);
- the ages do not overlap, once the missing person has aged by the time between last seen and
  found, and after a tolerance of ``AGE_TOLERANCE`` years when either age is an estimate;
- found before last seen;
- heights too far apart, once a child's growth since last seen is allowed for.

A contradiction costs many points, so such a pair sinks below the threshold, and linking it asks
for a reason (``needs_reason``), which is audited. Pure: no database, no clock.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from models.enums import Build, Complexion, Language
from models.messages import Text, msg, vocabulary_word
from models.names import to_latin, words
from models.resource_files import resource_path
from models.rules.ages import ADULT_AGE
from models.rules.name_similarity import Word, name_fit, words_from_keys

THRESHOLD = 50  # proposed for review at or above this score
AGE_TOLERANCE = 2  # years either way when an age is an estimate
YEAR_DAYS = 365.25
GROWTH_CM_PER_YEAR = 8  # a child grows at most about this much a year
HEIGHT_SLACK_CM = 8  # heights are guessed or measured roughly at the desk
CLOCK_SLACK = timedelta(hours=2)  # times of last sighting are often told approximately

# Points each signal may earn; they add up to 100.
WEIGHTS: Mapping[str, float] = {
    "name": 35,
    "age": 15,
    "marks": 15,
    "sex": 5,
    "height": 5,
    "clothing": 5,
    "place": 5,
    "date": 5,
    "languages": 4,
    "build": 3,
    "complexion": 3,
}
AGE_NEAR_POINTS = 8  # ages apart, but within the tolerance for estimates
AGE_PENALTY = -40
DATE_PENALTY = -40
HEIGHT_PENALTY = -15
NAME_FLOOR = 0.5  # a name fit below this is another name
CLOTHING_DAYS = 30  # after this long, clothes say nothing
COMPLEXION_NEAR = frozenset(
    {frozenset({"fair", "fair_wheatish"}), frozenset({"fair_wheatish", "wheatish"})}
)
# Words of a place that say nothing about where it is.
PLACE_NOISE = frozenset(
    "road marg nagar station railway bus depot stand stop near outside inside opposite market "
    "temple masjid mandir church school area chowk gate west east north south the and of at in "
    "mumbai city district state india maharashtra police ps hospital garden park".split()
)


# -- the profile ------------------------------------------------------------------------------


@dataclass(frozen=True)
class MatchProfile:
    """The matching descriptors of one case (``kind`` "case") or found person ("found").

    Ages are the possible ages on ``at`` (last seen, or found). ``names`` are the stored Latin
    forms of the names and aliases, ``relatives`` of the relative's names. ``marks`` and
    ``clothing`` hold one string of concepts per mark or garment ("mole left cheek black"), as
    ``mark_concepts`` reads them. Travels as a plain dict (``to_dict``/``from_dict``), so HQ can
    match descriptors that came from another station.
    """

    kind: str
    ref: str
    uuid: str
    station: str
    at: datetime
    display_name: str = ""
    sex: str = "unknown"
    age_low: int | None = None
    age_high: int | None = None
    age_estimated: bool = True
    names: tuple[str, ...] = ()
    relatives: tuple[str, ...] = ()
    height_low: int | None = None
    height_high: int | None = None
    build: str | None = None
    complexion: str | None = None
    marks: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    clothing: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    is_child: bool = False

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["at"] = self.at.isoformat()
        for key in ("names", "relatives", "marks", "languages", "clothing", "places"):
            data[key] = list(data[key])
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MatchProfile:
        def texts(key: str) -> tuple[str, ...]:
            return tuple(str(v) for v in data.get(key) or ())

        def number(key: str) -> int | None:
            value = data.get(key)
            return None if value is None else int(value)

        def word(key: str) -> str | None:
            value = data.get(key)
            return None if value is None else str(value)

        return cls(
            kind=str(data["kind"]),
            ref=str(data["ref"]),
            uuid=str(data["uuid"]),
            station=str(data.get("station") or ""),
            at=datetime.fromisoformat(str(data["at"])),
            display_name=str(data.get("display_name") or ""),
            sex=str(data.get("sex") or "unknown"),
            age_low=number("age_low"),
            age_high=number("age_high"),
            age_estimated=bool(data.get("age_estimated", True)),
            names=texts("names"),
            relatives=texts("relatives"),
            height_low=number("height_low"),
            height_high=number("height_high"),
            build=word("build"),
            complexion=word("complexion"),
            marks=texts("marks"),
            languages=texts("languages"),
            clothing=texts("clothing"),
            places=texts("places"),
            is_child=bool(data.get("is_child", False)),
        )


def height_range(
    height_cm: int | None, low: int | None, high: int | None
) -> tuple[int | None, int | None]:
    """A measured height, or the range a witness gave, as (low, high)."""
    if height_cm:
        return height_cm, height_cm
    low, high = low or high, high or low
    if low and high and low <= high:
        return low, high
    return None, None


def place_words(*texts: str | None) -> tuple[str, ...]:
    """The words of places that tell one place from another, in Latin letters."""
    out: dict[str, None] = {}
    for text in texts:
        out.update(dict.fromkeys(_place_words(text or "")))
    return tuple(out)


@lru_cache(maxsize=8192)
def _place_words(text: str) -> tuple[str, ...]:
    # Places repeat (landmarks, localities): each is read once.
    return tuple(
        w for w in words(to_latin(text)) if len(w) >= 4 and w not in PLACE_NOISE and not w.isdigit()
    )


# -- words of marks and clothing --------------------------------------------------------------

_TOKEN = re.compile(r"[0-9A-Za-z\u0900-\u097f\u200c\u200d]+")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")


@dataclass(frozen=True)
class _Vocabulary:
    exact: Mapping[str, tuple[str, str]]  # word -> (category, concept)
    stems: tuple[tuple[str, str, str], ...]  # (stem, category, concept), longest first
    category: Mapping[str, str]  # concept -> category


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    raw = json.loads(resource_path("matching", "mark_words.json").read_text(encoding="utf-8"))
    minimum = raw["stem_min_letters"]
    exact: dict[str, tuple[str, str]] = {}
    stems: list[tuple[str, str, str]] = []
    category: dict[str, str] = {}
    for cat, concepts in raw["categories"].items():
        for concept, spellings in concepts.items():
            category[concept] = cat
            for spelling in [concept, *spellings]:
                for token in _TOKEN.findall(spelling.casefold()):
                    exact.setdefault(token, (cat, concept))
                    deva = _DEVANAGARI.search(token) is not None
                    if len(token) >= minimum["devanagari" if deva else "latin"]:
                        stems.append((token, cat, concept))
    stems.sort(key=lambda item: -len(item[0]))
    return _Vocabulary(exact, tuple(stems), category)


def concepts(*texts: str | None) -> tuple[str, ...]:
    """The concepts (mole, left, cheek, black, shirt …) that words of any script name."""
    out: dict[str, None] = {}
    for text in texts:
        for token in _TOKEN.findall((text or "").casefold()):
            concept = _concept(token)
            if concept is not None:
                out[concept] = None
    return tuple(out)


@lru_cache(maxsize=16384)
def _concept(token: str) -> str | None:
    vocab = _vocabulary()
    hit = vocab.exact.get(token)
    if hit is not None:
        return hit[1]
    return next((concept for stem, _cat, concept in vocab.stems if token.startswith(stem)), None)


def mark_concepts(mark_type: str | None, *texts: str | None) -> str:
    """One mark as its concepts: the mark's type first (when it names one), then the words."""
    own = (mark_type,) if mark_type and mark_type in _vocabulary().category else ()
    return " ".join(dict.fromkeys((*own, *concepts(*texts))))


def _by_category(text: str) -> dict[str, set[str]]:
    category = _vocabulary().category
    out: dict[str, set[str]] = {}
    for concept in text.split():
        out.setdefault(category.get(concept, "other"), set()).add(concept)
    return out


def mark_fit(found: str, missing: str) -> float:
    """0–1: how likely two marks are the same mark."""
    a, b = _by_category(found), _by_category(missing)
    if a.get("type") and b.get("type") and not a["type"] & b["type"]:
        return 0.0
    fit = 0.4 if a.get("type") and b.get("type") else 0.15
    if a.get("body") and b.get("body"):
        if not a["body"] & b["body"]:
            return fit * 0.25
        fit += 0.35
    else:
        fit += 0.1
    if a.get("side") and b.get("side"):
        if not a["side"] & b["side"]:
            return fit * 0.4
        fit += 0.15
    elif a.get("side") or b.get("side"):
        fit += 0.05  # one side told, the other not
    else:
        fit += 0.1  # a mark with no side (neck, chin): nothing left to differ
    for cat in ("colour", "size"):
        if a.get(cat) and b.get(cat) and a[cat] & b[cat]:
            fit += 0.05
    return min(fit, 1.0)


# -- the result -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Signal:
    """Why a candidate scored: one line each (``text`` is a ``Text``, shown in the window's
    language, while a signal read back from a file carries plain English)."""

    name: str
    points: float
    text: str


# The signals' names as the window shows them beside their points.
SIGNAL_NAMES: Mapping[str, Text] = {
    "name": msg("name"),
    "age": msg("age"),
    "marks": msg("marks"),
    "sex": msg("sex"),
    "height": msg("height"),
    "clothing": msg("clothing"),
    "place": msg("place"),
    "date": msg("date"),
    "languages": msg("languages"),
    "build": msg("build"),
    "complexion": msg("complexion"),
}


@dataclass(frozen=True)
class MatchResult:
    score: int
    signals: tuple[Signal, ...]
    contradictions: tuple[str, ...]
    excluded: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "signals": [asdict(s) for s in self.signals],
            "contradictions": list(self.contradictions),
            "excluded": self.excluded,
        }


def needs_reason(result: MatchResult) -> bool:
    """Linking against a contradiction (or a different sex) asks the officer for a reason."""
    return result.excluded or bool(result.contradictions)


def listed(items: Iterable[str]) -> str:
    """Contradictions one after the other ("a; b; c"), each still translatable."""
    out: str | None = None
    for item in items:
        out = item if out is None else msg("{earlier}; {later}", earlier=out, later=item)
    return out or ""


def refusal_text(result: MatchResult, found_ref: str, case_ref: str) -> str:
    """The plain-words refusal of a link that needs a reason and was given none."""
    why = listed(result.contradictions) or msg("the records do not fit")
    return msg(
        "{found} and {case} contradict each other ({why}). Link them only if you are sure, "
        "and give the reason.",
        found=found_ref,
        case=case_ref,
        why=why,
    )


# -- scoring ----------------------------------------------------------------------------------

_SEX_WORDS = {
    ("male", True): msg("boy"),
    ("female", True): msg("girl"),
    ("male", False): msg("man"),
    ("female", False): msg("woman"),
}


def _sex_word(p: MatchProfile) -> str:
    return _SEX_WORDS.get((p.sex, p.is_child), p.sex)


def _range_text(low: int, high: int) -> str:
    return str(low) if low == high else f"{low}–{high}"


def _years(delta: timedelta) -> float:
    return max(delta.total_seconds(), 0.0) / 86400 / YEAR_DAYS


class _Tally:
    def __init__(self) -> None:
        self.signals: list[Signal] = []
        self.contradictions: list[str] = []

    def add(self, name: str, points: float, text: Text) -> None:
        if points:
            self.signals.append(Signal(name, round(points, 1), text))


@lru_cache(maxsize=65536)
def _words(latin: str) -> tuple[Word, ...]:
    return words_from_keys(latin)


def _name(t: _Tally, found: MatchProfile, missing: MatchProfile) -> None:
    best, best_name = 0.0, ""
    for asked in found.names:
        asked_words = _words(asked)
        for stored in missing.names:
            fit = name_fit(asked_words, _words(stored))
            if fit > best:
                best, best_name = fit, stored
    relative = 0.0
    for asked in found.relatives:
        for stored in missing.relatives:
            relative = max(relative, name_fit(_words(asked), _words(stored)))
    own = best if best >= NAME_FLOOR else 0.0
    rel = relative if relative >= NAME_FLOOR else 0.0
    weight = WEIGHTS["name"]
    if found.relatives and missing.relatives:
        points = weight * 0.8 * own + weight * 0.2 * rel
    else:
        points = weight * own
    if own:
        how = (
            msg("same name")
            if own >= 0.99
            else msg("same sound")
            if own >= 0.9
            else msg("similar spelling")
        )
        shown = found.display_name or found.names[0]
        t.add(
            "name",
            points,
            msg("name: {found} ≈ {missing} ({how})", found=shown, missing=best_name, how=how),
        )
    elif rel:
        t.add("name", points, msg("name: the relative's name fits, the name does not"))


def _sex(t: _Tally, found: MatchProfile, missing: MatchProfile) -> bool:
    known = {"male", "female"}
    if found.sex in known and missing.sex in known:
        if found.sex != missing.sex:
            t.contradictions.append(
                msg(
                    "sex: found {found}, missing {missing}",
                    found=_sex_word(found),
                    missing=_sex_word(missing),
                )
            )
            return True
        both = msg("sex: both male") if found.sex == "male" else msg("sex: both female")
        t.add("sex", WEIGHTS["sex"], both)
    return False


def missing_age_on(missing: MatchProfile, on: datetime) -> tuple[int, int] | None:
    """The missing person's possible ages on ``on``, from their ages when last seen."""
    if missing.age_low is None or missing.age_high is None:
        return None
    years = _years(on - missing.at)
    # A birthday within the first weeks is not worth widening the range for.
    return missing.age_low + math.floor(years), missing.age_high + math.ceil(max(years - 1 / 12, 0))


def _age(t: _Tally, found: MatchProfile, missing: MatchProfile) -> None:
    now = missing_age_on(missing, found.at)
    if now is None or found.age_low is None or found.age_high is None:
        return
    low, high = now
    gap = max(found.age_low - high, low - found.age_high, 0)
    found_text = _range_text(found.age_low, found.age_high)
    missing_text = _range_text(low, high)
    ages = (
        msg(
            "{found} found, {missing} missing (aged since last seen)",
            found=found_text,
            missing=missing_text,
        )
        if missing.at < found.at - timedelta(days=180)
        else msg("{found} found, {missing} missing", found=found_text, missing=missing_text)
    )
    tolerance = AGE_TOLERANCE if found.age_estimated or missing.age_estimated else 0
    if gap == 0:
        t.add("age", WEIGHTS["age"], msg("age: {ages}", ages=ages))
    elif gap <= tolerance:
        t.add("age", AGE_NEAR_POINTS, msg("age: {ages}, close for an estimate", ages=ages))
    else:
        t.contradictions.append(msg("age {ages}", ages=ages))
        t.add("age", AGE_PENALTY, msg("age: {ages}, too far apart", ages=ages))


def _date(t: _Tally, found: MatchProfile, missing: MatchProfile) -> bool:
    if found.at < missing.at - CLOCK_SLACK:
        t.contradictions.append(msg("found before last seen"))
        t.add("date", DATE_PENALTY, msg("date: found before last seen"))
        return False
    days = (found.at - missing.at).total_seconds() / 86400
    points = WEIGHTS["date"] * max(0.0, 1 - max(days - 30, 0) / 335)
    if days <= 2:
        when = msg("date: found within two days of last seen")
    elif days <= 60:
        when = msg("date: found {days} days after last seen", days=round(days))
    else:
        when = msg("date: found {months} months after last seen", months=f"{days / 30.4:.0f}")
    t.add("date", points, when)
    return True


def _height(t: _Tally, found: MatchProfile, missing: MatchProfile) -> None:
    if None in (found.height_low, found.height_high, missing.height_low, missing.height_high):
        return
    assert found.height_low is not None and found.height_high is not None
    assert missing.height_low is not None and missing.height_high is not None
    growth = 0.0
    if missing.is_child or (missing.age_low is not None and missing.age_low < ADULT_AGE):
        growth = GROWTH_CM_PER_YEAR * _years(found.at - missing.at)
    low = missing.height_low - HEIGHT_SLACK_CM
    high = missing.height_high + HEIGHT_SLACK_CM + growth
    found_text = _range_text(found.height_low, found.height_high)
    missing_text = _range_text(missing.height_low, missing.height_high)
    heights = msg(
        "height: {found} cm found, {missing} cm missing", found=found_text, missing=missing_text
    )
    if found.height_high < low or found.height_low > high:
        t.contradictions.append(
            msg(
                "height {found} cm found, {missing} cm missing (up to {grown} cm grown)",
                found=found_text,
                missing=missing_text,
                grown=f"{growth:.0f}",
            )
            if growth >= 1
            else msg(
                "height {found} cm found, {missing} cm missing",
                found=found_text,
                missing=missing_text,
            )
        )
        t.add("height", HEIGHT_PENALTY, heights)
        return
    close = abs(
        (found.height_low + found.height_high) / 2 - (missing.height_low + missing.height_high) / 2
    )
    points = WEIGHTS["height"] * (1.0 if close <= 5 + growth else 0.5)
    t.add("height", points, heights)


def _same(t: _Tally, name: str, found: str | None, missing: str | None) -> None:
    if not found or not missing:
        return
    kind = Build if name == "build" else Complexion
    if found == missing:
        both = _word(kind, found)
        t.add(
            name,
            WEIGHTS[name],
            msg("build: both {build}", build=both)
            if name == "build"
            else msg("complexion: both {complexion}", complexion=both),
        )
    elif name == "complexion" and frozenset({found, missing}) in COMPLEXION_NEAR:
        t.add(
            name,
            WEIGHTS[name] / 2,
            msg(
                "complexion: {found} found, {missing} missing",
                found=_word(kind, found),
                missing=_word(kind, missing),
            ),
        )


def _word(kind: type[Build] | type[Complexion], code: str) -> str:
    """A build or complexion as the signal has always written it in English ("fair-wheatish"),
    shown in the window by its label in the vocabulary."""
    english = code.replace("_", "-")
    try:
        return vocabulary_word(kind(code), english)
    except ValueError:
        return english


def _marks(t: _Tally, found: MatchProfile, missing: MatchProfile) -> None:
    best, pair = 0.0, ("", "")
    for a in found.marks:
        for b in missing.marks:
            fit = mark_fit(a, b)
            if fit > best:
                best, pair = fit, (a, b)
    if best >= 0.5:
        how = msg("the same mark") if best >= 0.85 else msg("a similar mark")
        t.add(
            "marks",
            WEIGHTS["marks"] * best,
            msg("marks: {how}: {found} ≈ {missing}", how=how, found=pair[0], missing=pair[1]),
        )


def _overlap(found: Iterable[str], missing: Iterable[str]) -> set[str]:
    return set(found) & set(missing)


def _languages(t: _Tally, found: MatchProfile, missing: MatchProfile) -> None:
    if not found.languages or not missing.languages:
        return
    shared = _overlap(found.languages, missing.languages)
    if shared:
        share = len(shared) / len(set(found.languages))
        t.add(
            "languages",
            WEIGHTS["languages"] * share,
            msg("languages: both speak {languages}", languages=_language_names(shared)),
        )


def _clothing(t: _Tally, found: MatchProfile, missing: MatchProfile) -> None:
    days = (found.at - missing.at).total_seconds() / 86400
    if days > CLOTHING_DAYS or not found.clothing or not missing.clothing:
        return
    best, pair = 0.0, ("", "")
    for a in found.clothing:
        for b in missing.clothing:
            x, y = set(a.split()), set(b.split())
            fit = len(x & y) / max(len(x), 1)
            if fit > best:
                best, pair = fit, (a, b)
    if best >= 0.5:
        fresh = 1.0 if days <= 3 else max(0.0, 1 - (days - 3) / (CLOTHING_DAYS - 3))
        t.add(
            "clothing",
            WEIGHTS["clothing"] * best * fresh,
            msg("clothing: {found} ≈ {missing}", found=pair[0], missing=pair[1]),
        )


def _place(t: _Tally, found: MatchProfile, missing: MatchProfile) -> None:
    shared = [w for w in found.places if w in set(missing.places)]
    if shared:
        t.add("place", WEIGHTS["place"], msg("place: {words} on both", words=", ".join(shared[:3])))


def score_pair(found: MatchProfile, missing: MatchProfile) -> MatchResult:
    """How well ``found`` fits ``missing``, with the reasons and any contradictions."""
    t = _Tally()
    excluded = _sex(t, found, missing)
    _name(t, found, missing)
    _age(t, found, missing)
    _marks(t, found, missing)
    _height(t, found, missing)
    _same(t, "build", found.build, missing.build)
    _same(t, "complexion", found.complexion, missing.complexion)
    _languages(t, found, missing)
    if _date(t, found, missing):
        _clothing(t, found, missing)
    _place(t, found, missing)
    total = sum(s.points for s in t.signals)
    score = 0 if excluded else max(0, min(100, round(total)))
    signals = tuple(sorted(t.signals, key=lambda s: -s.points))
    return MatchResult(score, signals, tuple(t.contradictions), excluded)


def _language_names(codes: Iterable[str]) -> str:
    """Languages by their English names (Marathi for "mr"), in that order, each shown in the
    window by its label in the vocabulary; a code the list lacks as it is."""
    named: list[tuple[str, str]] = []
    for code in codes:
        word: str
        try:
            word = vocabulary_word(Language(code))
        except (ValueError, KeyError):
            word = code
        named.append((str(word), word))
    out: str | None = None
    for _, each in sorted(named):
        out = each if out is None else msg("{earlier}, {later}", earlier=out, later=each)
    return out or ""
