"""Registers for the search and matching benchmarks: 10k, 100k or 1M cases, seeded, written with
plain ``executemany`` INSERTs into a register the program itself created (migrations, station,
officers), then the FTS5 index rebuilt once.

Rich like a real register: names in Latin letters and in Devanagari (both for most people, one
for others) with the spellings clerks really use (Shrivastav / Srivastava, Pooja / Puja, Mohammed
/ Muhammad), nicknames, the father's name, ages and dates of birth, heights, marks, clothing, FIR
numbers and sections, places; most cases traced or closed, as in the demo (models/demo.py, whose
name pools and proportions this follows). Found persons at a twentieth of the cases; a third of
them are true matches of open cases, written in the other script or another spelling, the age
estimated a year or two off, found days after the person went missing (``truth`` lists them).

``name_key`` rows are made by ``models.names.name_keys`` with the column rules of
``models.services.person_store.name_key_rows``, word by word (a name's keys are its words' keys;
a sample of whole names is checked against ``name_keys`` on every run).

Files are cached in ``benchmarks/.data/`` by size, seed and generator version.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from models.base import Base, described_by_orm, in_dialect
from models.clock import FixedClock
from models.db import open_database
from models.dto.accounts import NewUser, StationInput
from models.enums import Role
from models.migrate import migrate
from models.names import NameKeys, name_keys
from models.resource_files import resource_path
from models.services.accounts import AccountService
from models.text import search_key

GENERATOR = 2  # bump when the data changes: cached files of older versions are not reused
DATA = Path(__file__).resolve().parent / ".data"
IST = ZoneInfo("Asia/Kolkata")
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=IST)
PASSWORD = "Bench-Password-2026"
SHO = NewUser("pi.shinde", "Suresh Shinde", "Police Inspector", Role.SHO, "PI-1021")
IO = NewUser("psi.more", "Anita More", "Police Sub-Inspector", Role.IO, "PSI-2231")
BATCH = 10_000  # cases per transaction
YEARS = 10

# Other spellings of a pool name, as clerks write them (Latin only; the Devanagari is one form).
SPELLINGS: dict[str, tuple[str, ...]] = {
    "Srivastava": ("Shrivastav", "Shrivastava", "Srivastav"),
    "Mohammed": ("Muhammad", "Mohammad", "Mohamed"),
    "Pooja": ("Puja",),
    "Poonam": ("Punam",),
    "Lakshmi": ("Laxmi",),
    "Laxman": ("Lakshman",),
    "Geeta": ("Gita",),
    "Seema": ("Sima",),
    "Neelam": ("Nilam",),
    "Khushboo": ("Khushbu",),
    "Sangita": ("Sangeeta",),
    "Sunita": ("Suneeta",),
    "Dipali": ("Deepali",),
    "Rupali": ("Roopali",),
    "Pradeep": ("Pradip",),
    "Sandeep": ("Sandip",),
    "Santosh": ("Santhosh",),
    "Dnyaneshwar": ("Gyaneshwar", "Dyaneshwar"),
    "Ayesha": ("Aisha", "Aysha"),
    "Fatima": ("Fathima",),
    "Mariyam": ("Mariam", "Maryam"),
    "Yusuf": ("Yousuf",),
    "Shaikh": ("Sheikh", "Shaik"),
    "Sayyed": ("Syed", "Sayed"),
    "Qureshi": ("Kureshi", "Quraishi"),
    "Gaikwad": ("Gaekwad", "Gayakwad"),
    "Pawar": ("Powar",),
    "Jadhav": ("Jadav",),
    "Suryawanshi": ("Suryavanshi",),
    "Upadhyay": ("Upadhyaya",),
    "Chaurasia": ("Chaurasiya",),
    "Kanojia": ("Kanojiya",),
    "Waghmare": ("Vaghmare",),
    "Kulkarni": ("Kulakarni",),
}
# Pool names the demo's list lacks but every register has (en, Devanagari, sex, group).
EXTRA_GIVEN = (
    ("Pooja", "पूजा", "female", "marathi"),
    ("Pooja", "पूजा", "female", "hindi_belt"),
    ("Pooja", "पूजा", "female", "gujarati"),
)
CHILD_SECTIONS = (("BNS", "137(2)"), ("BNS", "87"), ("BNS", "143"), ("JJ", "76"))
MARK_PLACES = ("left cheek", "chin", "right hand", "neck", "forehead", "left arm", "right knee")
UPPER = ("checked shirt", "printed kurta", "T-shirt", "school shirt", "frock", "top")
COLOURS = ("blue", "red", "white", "green", "yellow", "pink", "black", "grey")
ACTIVITIES: tuple[tuple[str, int], ...] = (
    ("begging", 35),
    ("child_labour", 25),
    ("rag_picking", 15),
    ("street_living", 10),
    ("lost_wandering", 15),
)
GROUP_SHARES = {
    "marathi": 0.34,
    "hindi_belt": 0.2,
    "muslim": 0.26,
    "south": 0.1,
    "gujarati": 0.04,
    "bengali": 0.03,
    "other": 0.03,
}
MOTHER_TONGUES = {
    "marathi": ("mr",),
    "hindi_belt": ("hi", "bho"),
    "muslim": ("ur", "hi"),
    "gujarati": ("gu",),
    "south": ("ta", "te", "kn", "ml"),
    "bengali": ("bn",),
    "other": ("ne", "or", "kok", "pa", "sd"),
}


@dataclass(frozen=True)
class Register:
    """A generated register file and what the benchmarks need to know of it."""

    path: Path
    cases: int
    found: int
    truth: tuple[tuple[str, str], ...]  # (found-person number, register number) true matches
    summary: dict[str, Any]


def _stamp(instant: datetime) -> str:
    # SQLAlchemy's SQLite DateTime text form, naive UTC (models.base.UTCDateTime).
    return instant.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class _Keys:
    """``name_keys`` of whole names, made from cached word keys (a register has a few thousand
    distinct words but up to a million distinct names)."""

    def __init__(self) -> None:
        self.words: dict[str, NameKeys] = {}

    def word(self, word: str) -> NameKeys:
        keys = self.words.get(word)
        if keys is None:
            keys = self.words[word] = name_keys(word)
        return keys

    def __call__(self, text: str) -> NameKeys:
        parts = [self.word(w) for w in text.split()]

        def join(field: str) -> str:
            return " ".join(v for v in (getattr(p, field) for p in parts) if v)

        return NameKeys(
            folded=search_key(text),
            latin=join("latin"),
            devanagari=join("devanagari"),
            phonetic=join("phonetic"),
            skeleton=join("skeleton"),
        )


def _key_rows(
    keys: _Keys, person_id: int, names: list[tuple[str, str]], relative: str | None
) -> list[tuple[Any, ...]]:
    """``person_store.name_key_rows`` as tuples, column rules and all."""
    every = [*names, *([("relative", relative)] if relative else [])]
    rows = []
    for i, (kind, text) in enumerate(every):
        k = keys(text)
        if k.folded:
            rows.append(
                (
                    person_id,
                    i,
                    kind,
                    k.folded[:200],
                    k.latin[:400],
                    k.devanagari[:400],
                    k.phonetic[:400],
                    k.skeleton[:400],
                )
            )
    return rows


class _Pools:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        names = json.loads(resource_path("demo", "names.json").read_text(encoding="utf-8"))
        self.given: list[dict[str, str]] = names["given"] + [
            {"en": en, "mr": mr, "hi": mr, "sex": sex, "group": group}
            for en, mr, sex, group in EXTRA_GIVEN
        ]
        self.surnames: list[dict[str, str]] = names["surnames"]
        # Dharavi's mix of families, and within each group a few surnames far commoner than the
        # rest (Patil, Yadav, Shaikh …: each group's list starts with its commonest).
        rank: dict[str, int] = {}
        raw = []
        for s in self.surnames:
            rank[s["group"]] = rank.get(s["group"], 0) + 1
            raw.append(1 / rank[s["group"]] ** 0.6)
        totals: dict[str, float] = {}
        for s, weight in zip(self.surnames, raw, strict=True):
            totals[s["group"]] = totals.get(s["group"], 0.0) + weight
        self.surname_weights = [
            GROUP_SHARES.get(s["group"], 0.03) * weight / totals[s["group"]]
            for s, weight in zip(self.surnames, raw, strict=True)
        ]
        self.nicknames: list[dict[str, str]] = names["nicknames"]
        places = json.loads(resource_path("demo", "places.json").read_text(encoding="utf-8"))
        self.localities: list[dict[str, str]] = places["localities"]
        self.landmarks: list[dict[str, str]] = places["landmarks"]
        self.far: list[dict[str, str]] = places["far_places"]
        self._by: dict[tuple[str, str], list[dict[str, str]]] = {}

    def pick(self, items: list[Any] | tuple[Any, ...]) -> Any:
        return items[int(self.rng.random() * len(items))]

    def given_name(self, sex: str, group: str) -> dict[str, str]:
        want = sex if sex in ("male", "female") else "any"
        key = (want, group)
        if key not in self._by:
            fits = [g for g in self.given if g["sex"] in (want, "any")]
            self._by[key] = [g for g in fits if g["group"] == group] or fits
        return self.pick(self._by[key])  # type: ignore[no-any-return]

    def surname(self) -> dict[str, str]:
        return self.rng.choices(self.surnames, self.surname_weights)[0]

    def spelt(self, word: str) -> str:
        """The pool's spelling of a word, or now and then another a clerk would write."""
        others = SPELLINGS.get(word)
        if others and self.rng.random() < 0.4:
            return str(self.pick(others))
        return word


@dataclass
class _Open:
    """An open child case, remembered for the found persons that are true matches."""

    case_id: int
    register_no: str
    sex: str
    age: int
    given: dict[str, str]
    surname: dict[str, str]
    height: int
    last_seen: datetime


def _names(
    pools: _Pools, given: dict[str, str], father: dict[str, str], surname: dict[str, str]
) -> tuple[list[str], str]:
    """A person's names (one or two scripts, with or without the father's name) and the
    relative's name, as the desk typed them."""
    rng = pools.rng
    middle = rng.random() < 0.5
    en_words = [pools.spelt(given["en"]), *([father["en"]] if middle else [])]
    en_words.append(pools.spelt(surname["en"]))
    mr_words = [given["mr"], *([father["mr"]] if middle else []), surname["mr"]]
    en, mr = " ".join(en_words), " ".join(mr_words)
    roll = rng.random()
    if roll < 0.55:
        names = [en, mr]
    elif roll < 0.85:
        names = [en]
    else:
        names = [mr]
    latin = roll < 0.85
    relative = (
        f"{father['en']} {pools.spelt(surname['en'])}"
        if latin
        else f"{father['mr']} {surname['mr']}"
    )
    return names, relative


PERSON_COLS = (
    "id, sex, date_of_birth, age_min, age_max, relative_name, relative_relation, mother_tongue, "
    "languages, school_name, occupation, height_cm, height_min_cm, height_max_cm, build, "
    "complexion, hair_colour, hair_length, spectacles, disabilities, disability_notes, "
    "description_notes"
)
CASE_COLS = (
    "id, uuid, version, station_id, year, serial, register_no, status, status_changed_at, "
    "report_mode, reported_at, information_type, gd_entry_no, gd_entry_at, received_by_id, io_id, "
    "fir_number, fir_at, fir_year, person_id, is_child, age_at_disappearance, sex, last_seen_at, "
    "last_seen_place, place_type, landmark, beat, narrative, previous_episodes, triggers, "
    "ransom_call, suspected_reason, confirmed_reason, presumed_abduction, inter_state, "
    "cross_border, sexual_offence, created_at, created_by_id, updated_at, updated_by_id"
)
FOUND_COLS = (
    "id, uuid, version, station_id, year, serial, ref_no, status, person_id, is_child, sex, "
    "found_at, found_place, place_type, district, state, activity, found_by, native_place, "
    "native_state, created_at, created_by_id, updated_at, updated_by_id"
)
LOADED = (
    "person",
    "person_name",
    "name_key",
    "identification_mark",
    "clothing_item",
    "fir_section",
    "mp_case",
    "found_person",
)
KEY_COLS = "person_id, position, kind, folded, latin, devanagari, phonetic, skeleton"


def _insert(conn: sqlite3.Connection, table: str, cols: str, rows: list[tuple[Any, ...]]) -> None:
    if rows:
        marks = ", ".join("?" * len(cols.split(",")))
        conn.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)  # noqa: S608


class _Writer:
    """Rows of one batch, table by table."""

    def __init__(self) -> None:
        self.tables: dict[tuple[str, str], list[tuple[Any, ...]]] = {}

    def add(self, table: str, cols: str, row: tuple[Any, ...]) -> None:
        self.tables.setdefault((table, cols), []).append(row)

    def extend(self, table: str, cols: str, rows: list[tuple[Any, ...]]) -> None:
        self.tables.setdefault((table, cols), []).extend(rows)

    def flush(self, conn: sqlite3.Connection) -> int:
        count = 0
        with conn:
            for (table, cols), rows in self.tables.items():
                _insert(conn, table, cols, rows)
                count += len(rows)
        self.tables = {}
        return count


def _person_names(w: _Writer, keys: _Keys, pid: int, names: list[tuple[str, str]]) -> None:
    for i, (kind, text) in enumerate(names):
        w.add(
            "person_name",
            "person_id, position, kind, text, search_key",
            (pid, i, kind, text, search_key(text)),
        )


def _load(path: Path, cases: int, seed: int, log: Callable[[str], None]) -> Register:
    rng = random.Random(seed)
    pools = _Pools(rng)
    keys = _Keys()
    start = NOW - timedelta(days=365 * YEARS)
    span = NOW - start
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA cache_size = -200000")
    # Secondary indexes are built once at the end (a sort), not row by row.
    indexes = [
        (name, sql)
        for name, table, sql in conn.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql NOT NULL"
        )
        if table in LOADED
    ]
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    # Registered in time order, numbered per year as the desk numbers them.
    reported_all = sorted(
        start + span * (1 - rng.random() ** 1.3) for _ in range(cases)
    )  # more recent years busier
    serials: dict[tuple[str, int], int] = {}
    opened: list[_Open] = []
    statuses: dict[str, int] = {}
    children = 0
    w = _Writer()
    written = 0
    checked: list[str] = []
    for case_id, reported in enumerate(reported_all, start=1):
        child = rng.random() < 0.70
        if child:
            age = rng.randint(3, 17) if rng.random() < 0.3 else rng.randint(12, 17)
            sex = "female" if rng.random() < 0.66 else "male"
            if sex == "male" and rng.random() < 0.01:
                sex = "transgender"
        else:
            age = rng.randint(18, 45) if rng.random() < 0.7 else rng.randint(46, 88)
            sex = "female" if rng.random() < 0.5 else "male"
        children += child
        surname = pools.surname()
        given = pools.given_name(sex, surname["group"])
        father = pools.given_name("male", surname["group"])
        names, relative = _names(pools, given, father, surname)
        typed = [("name", n) for n in names]
        if child and rng.random() < 0.3:
            nick = pools.pick(pools.nicknames)
            typed.append(("alias", nick["en"] if rng.random() < 0.7 else nick["mr"]))
        elif not child and rng.random() < 0.05:
            typed.append(("alias", pools.given_name(sex, surname["group"])["en"]))
        if rng.random() < 0.002:
            checked.extend(n for _, n in typed)
        last_seen = reported - timedelta(hours=rng.uniform(2, 30))
        local_year = reported.astimezone(IST).year
        dob = None
        age_min = age_max = None
        if child and rng.random() < 0.8:
            born = last_seen.astimezone(IST).date().replace(day=1) - timedelta(
                days=int(365.25 * age + rng.uniform(30, 330))
            )
            dob = born.isoformat()
        else:
            age_min = age_max = age
        height = int(80 + age * 5.5 + rng.gauss(0, 5)) if age < 16 else rng.randint(145, 178)
        height = min(max(height, 70), 190)
        tongue = pools.pick(MOTHER_TONGUES.get(surname["group"], ("hi",)))
        languages = json.dumps(list(dict.fromkeys((tongue, "hi", "mr"))))
        w.add(
            "person",
            PERSON_COLS,
            (
                case_id,
                sex,
                dob,
                age_min,
                age_max,
                relative,
                "father",
                tongue,
                languages,
                "Municipal School" if child and age >= 6 else None,
                None if child else pools.pick(("Labourer", "Driver", "Housewife", "Vendor")),
                height,
                None,
                None,
                pools.pick(("thin", "medium", "stout")),
                pools.pick(("fair", "fair_wheatish", "wheatish", "dark")),
                "grey" if age > 60 else "black",
                "long" if sex == "female" else "short",
                0,
                "[]",
                "dementia" if age > 70 and rng.random() < 0.4 else None,
                None,
            ),
        )
        _person_names(w, keys, case_id, typed)
        w.extend("name_key", KEY_COLS, _key_rows(keys, case_id, typed, relative))
        if rng.random() < 0.6:
            w.add(
                "identification_mark",
                "person_id, position, mark_type, body_location, description",
                (
                    case_id,
                    0,
                    pools.pick(("mole", "mole", "scar", "birthmark", "tattoo")),
                    pools.pick(MARK_PLACES),
                    "small, clearly visible",
                ),
            )
        w.add(
            "clothing_item",
            "person_id, position, area, description, colour",
            (case_id, 0, "upper", pools.pick(UPPER), pools.pick(COLOURS)),
        )
        # Status: the older the case, the likelier traced; traced cases are closed once the
        # closure steps are done, which takes a couple of weeks.
        elapsed = NOW - reported
        chance = 0.35 if elapsed <= timedelta(days=7) else 0.7
        if elapsed > timedelta(days=30):
            chance = 0.93
        roll = rng.random()
        traced_at = reported + timedelta(hours=rng.expovariate(1 / 60))
        status, changed, reason = "registered", reported, None
        if roll < 0.004:
            status, changed = "transferred", reported + timedelta(days=rng.randint(1, 20))
        elif roll < chance and traced_at < NOW - timedelta(hours=1):
            closed_at = traced_at + timedelta(days=rng.randint(14, 40))
            status, changed = ("closed", closed_at) if closed_at < NOW else ("traced", traced_at)
            reason = "2.2" if child else "2.5"
        statuses[status] = statuses.get(status, 0) + 1
        serial = serials[("MP", local_year)] = serials.get(("MP", local_year), 0) + 1
        register_no = f"MP/{local_year}/{serial:04d}"
        fir_number = fir_at = None
        if child:
            fir_serial = serials[("FIR", local_year)] = serials.get(("FIR", local_year), 0) + 1
            fir_number = f"{fir_serial:04d}/{local_year}"
            fir_at = reported + timedelta(minutes=rng.randint(15, 90))
            sections = [CHILD_SECTIONS[0]]
            if rng.random() < 0.15:
                sections.append(pools.pick(CHILD_SECTIONS[1:]))
            for i, (act, section) in enumerate(sections):
                w.add(
                    "fir_section",
                    "case_id, position, act, section",
                    (case_id, i, act, section),
                )
        locality = pools.pick(pools.localities)
        landmark = pools.pick(pools.landmarks)
        at_entry = reported + timedelta(minutes=30)
        w.add(
            "mp_case",
            CASE_COLS,
            (
                case_id,
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                1,
                1,
                local_year,
                serial,
                register_no,
                status,
                _stamp(min(changed, NOW)),
                "in_person" if rng.random() < 0.85 else "phone",
                _stamp(reported),
                "oral",
                f"GD {rng.randint(1, 60)}/{local_year}",
                _stamp(reported + timedelta(minutes=5)),
                1,
                2,
                fir_number,
                _stamp(fir_at) if fir_at else None,
                fir_at.astimezone(IST).year if fir_at else None,
                case_id,
                int(child),
                age,
                sex,
                _stamp(last_seen),
                f"{landmark['en']}, {locality['en']}",
                landmark["place_type"],
                landmark["en"],
                locality["beat"],
                f"Last seen near {landmark['en']}, {locality['en']}; not returned home.",
                0,
                "[]",
                0,
                "2.2" if child else "2.5",
                reason,
                int(child),
                0,
                0,
                0,
                _stamp(at_entry),
                1,
                _stamp(at_entry),
                1,
            ),
        )
        if status == "registered" and child:
            opened.append(_Open(case_id, register_no, sex, age, given, surname, height, last_seen))
        if case_id % BATCH == 0 or case_id == cases:
            written += w.flush(conn)
            if case_id % (BATCH * 10) == 0 or case_id == cases:
                log(f"  {case_id:,} cases ({written:,} rows)")
    for text_ in checked:
        if keys(text_) != name_keys(text_):  # the word-by-word keys must be the program's keys
            raise AssertionError(f"name keys differ for {text_!r}: {keys(text_)}")
    # Found persons: a twentieth of the cases; a third of them true matches of open cases.
    found = max(cases // 20, 1)
    truth: list[tuple[str, str]] = []
    matched = rng.sample(opened, min(len(opened), found // 3))
    for j in range(found):
        fid = cases + 1 + j
        pid = fid
        match = matched[j] if j < len(matched) else None
        if match is not None:
            sex, true_age = match.sex, match.age
            at = match.last_seen + timedelta(days=rng.expovariate(1 / 12), hours=rng.uniform(2, 20))
            at = min(at, NOW - timedelta(hours=1))
            off = rng.choice((-2, -1, -1, 0, 0, 1, 1, 2))
            height = match.height + rng.randint(-6, 6)
            given, surname = match.given, match.surname
            roll = rng.random()
            # The child tells the name its own way, and the finder writes it in their script.
            if roll < 0.35:
                typed = [("name", f"{given['mr']} {surname['mr']}")]
            elif roll < 0.6:
                typed = [("name", f"{pools.spelt(given['en'])} {pools.spelt(surname['en'])}")]
            elif roll < 0.8:
                typed = [("name", given["mr"] if rng.random() < 0.5 else given["en"])]
            else:
                typed = [("name", f"{given['hi']} {surname['hi']}")]
        else:
            sex = "female" if rng.random() < 0.4 else "male"
            true_age = rng.randint(5, 16)
            at = start + span * (1 - rng.random() ** 1.3)
            off = 0
            height = int(80 + true_age * 5.5 + rng.gauss(0, 5))
            surname = pools.surname()
            given = pools.given_name(sex, surname["group"])
            roll = rng.random()
            typed = []  # a third cannot tell their name
            if roll < 0.35:
                typed = [("name", given["en"])]
            elif roll < 0.6:
                typed = [("name", given["mr"])]
            elif roll < 0.7:
                typed = [
                    ("name", f"{given['en']} {surname['en']}"),
                    ("name", f"{given['mr']} {surname['mr']}"),
                ]
        estimate = max(true_age + off, 1)
        local_year = at.astimezone(IST).year
        serial = serials[("FP", local_year)] = serials.get(("FP", local_year), 0) + 1
        ref_no = f"FP/{local_year}/{serial:04d}"
        if match is not None:
            truth.append((ref_no, match.register_no))
        w.add(
            "person",
            PERSON_COLS,
            (
                pid,
                sex,
                None,
                max(estimate - 1, 0),
                estimate + 1,
                None,
                None,
                None,
                json.dumps(["hi"]),
                None,
                None,
                None,
                height - 4,
                height + 4,
                pools.pick(("thin", "medium", "stout")),
                pools.pick(("fair", "fair_wheatish", "wheatish", "dark")),
                "black",
                "long" if sex == "female" else "short",
                0,
                "[]",
                None,
                "thin, barefoot",
            ),
        )
        _person_names(w, keys, pid, typed)
        w.extend("name_key", KEY_COLS, _key_rows(keys, pid, typed, None))
        if rng.random() < 0.4:
            w.add(
                "identification_mark",
                "person_id, position, mark_type, body_location, description",
                (pid, 0, "mole", pools.pick(MARK_PLACES), "small black mole"),
            )
        landmark = pools.pick([lm for lm in pools.landmarks if lm["place_type"] != "home"])
        far = pools.pick(pools.far)
        status = "in_care" if match is not None or rng.random() < 0.3 else "restored"
        w.add(
            "found_person",
            FOUND_COLS,
            (
                fid,
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                1,
                1,
                local_year,
                serial,
                ref_no,
                status,
                pid,
                int(estimate < 18),
                sex,
                _stamp(at),
                landmark["en"],
                landmark["place_type"],
                "Mumbai City",
                "Maharashtra",
                rng.choices([a for a, _ in ACTIVITIES], [wt for _, wt in ACTIVITIES])[0],
                pools.pick(("Station squad", "GRP Dadar", "Childline 1098", "Citizen")),
                far["en"],
                far["state"],
                _stamp(at),
                1,
                _stamp(at),
                1,
            ),
        )
    written += w.flush(conn)
    with conn:
        for (kind, year), top in serials.items():
            if kind != "FIR":
                conn.execute(
                    "INSERT INTO register_counter (station_id, kind, year, last_number) "
                    "VALUES (1, ?, ?, ?) ON CONFLICT (station_id, kind, year) "
                    "DO UPDATE SET last_number = excluded.last_number",
                    (kind, year, top),
                )
    log(f"  {found:,} found persons ({len(truth):,} true matches); {written:,} rows in all")
    started = time.perf_counter()
    for _, sql in indexes:
        conn.execute(sql)
    log(f"  {len(indexes)} indexes built in {time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    conn.execute("INSERT INTO name_key_fts(name_key_fts) VALUES ('rebuild')")
    log(f"  FTS5 index rebuilt in {time.perf_counter() - started:.0f} s")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    summary = {
        "cases": cases,
        "children": children,
        "statuses": statuses,
        "found": found,
        "true_matches": len(truth),
        "open_child_cases": len(opened),
        "name_keys_checked": len(checked),
    }
    return Register(path, cases, found, tuple(truth), summary)


def _create(path: Path) -> None:
    """An empty register, set up as ``talash init`` sets one up: migrations, station, officers."""
    clock = FixedClock(NOW - timedelta(days=365 * YEARS + 1))
    db = open_database(str(path), create=True)
    try:
        migrate(db, backup_dir=None, clock=clock)
        accounts = AccountService(db, clock)
        accounts.init_station(
            StationInput("MH-MUM-DHR", "Dharavi Police Station", "Mumbai City", "Maharashtra"),
            SHO,
            PASSWORD,
            desk="bench",
        )
        head = accounts.authenticate(SHO.username, PASSWORD, desk="bench")
        accounts.add_user(head, IO, PASSWORD, typed_by_owner=True)
    finally:
        db.dispose()


def _current(path: Path, log: Callable[[str], None]) -> bool:
    """Whether a cached register has the program's schema (new revisions applied first)."""
    db = open_database(str(path))
    try:
        migrate(db, backup_dir=None, clock=FixedClock(NOW))
        with db.engine.connect() as conn:
            ctx = MigrationContext.configure(
                conn,
                opts={
                    "include_name": described_by_orm,
                    "include_object": in_dialect(conn.dialect.name),
                },
            )
            diff = compare_metadata(ctx, Base.metadata)
    finally:
        db.dispose()
    if diff:
        # A revision changed in place (a reserved slot filled): the file is made again.
        log(f"  {path.name} predates the schema ({len(diff)} differences): made again")
    return not diff


def register(cases: int, seed: int = 2026, log: Callable[[str], None] = print) -> Register:
    """The register of ``cases`` cases for ``seed``: from the cache, or made (and cached)."""
    DATA.mkdir(exist_ok=True)
    stem = f"register-{cases}-seed{seed}-v{GENERATOR}"
    path, meta = DATA / f"{stem}.sqlite", DATA / f"{stem}.json"
    if path.exists() and meta.exists() and _current(path, log):
        facts = json.loads(meta.read_text(encoding="utf-8"))
        truth = tuple((a, b) for a, b in facts["truth"])
        return Register(path, cases, facts["summary"]["found"], truth, facts["summary"])
    for leftover in DATA.glob(f"register-{cases}-seed{seed}-*"):
        leftover.unlink()  # this size's earlier versions: a million cases is 2 GB
    log(f"making a register of {cases:,} cases (seed {seed}) in {path}")
    started = time.perf_counter()
    _create(path)
    made = _load(path, cases, seed, log)
    seconds = time.perf_counter() - started
    summary = {**made.summary, "seconds": round(seconds, 1)}
    log(f"  done in {seconds:.0f} s, {path.stat().st_size / 2**20:,.0f} MiB")
    meta.write_text(
        json.dumps({"summary": summary, "truth": list(made.truth)}, indent=1) + "\n",
        encoding="utf-8",
    )
    return Register(path, cases, made.found, made.truth, summary)


if __name__ == "__main__":
    import sys

    for size in sys.argv[1:] or ["10000"]:
        print(register(int(size)).summary)
