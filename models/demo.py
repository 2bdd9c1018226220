"""A demo station filled with realistic, invented cases (``talash demo``, the first-run choice).

Names, places and narratives come from resources/demo/. The proportions follow the seed's account
of Mumbai: most missing persons are children, girls about twice as many as boys, most are traced
(within days), and some children are found begging or working with no report on record.

Every generated case is built as a ``CaseInput`` and checked with the same rules as a case typed
at the desk; a case that fails them is a bug here. Its later history (action log, risk reviews,
trace, CWC production and reunion, closure steps, closure) is taken step by step through the
same checks and store functions as the case service's (models/services/case_store.py), so a rule
added to a step holds here too. The rows are written in large batches, one creation event per
case, because thousands of cases through the one-case-at-a-time services would take many minutes.
"""

from __future__ import annotations

import json
import random
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import audit
from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.dto.accounts import NewUser, StationInput
from models.dto.cases import (
    ActionInput,
    AddressRow,
    CaseInput,
    CircumstancesInput,
    ClosureInput,
    ClothingRow,
    ComplainantInput,
    ContactRow,
    FirInput,
    MarkRow,
    PersonInput,
    PortalUpdateInput,
    ReasonsInput,
    ReportInput,
    ReunionInput,
    RiskAnswerRow,
    RiskInput,
    SectionRow,
    TraceInput,
)
from models.dto.found import FoundInput
from models.entities import (
    AppUser,
    Case,
    Setting,
)
from models.enums import (
    Act,
    ActionType,
    Activity,
    AddressKind,
    Build,
    ClothingArea,
    Complexion,
    Condition,
    ContactKind,
    CwcOrder,
    HairColour,
    HairLength,
    HowTraced,
    IdDocumentType,
    Language,
    Locality,
    MarkType,
    MeansOfTravel,
    PlaceType,
    Portal,
    Relation,
    ReportMode,
    RiskAnswer,
    RiskGrade,
    Role,
    Sex,
    SignatureKind,
    TraceType,
)
from models.errors import Problem, RuleViolation, UserError
from models.messages import msg
from models.resource_files import resource_path
from models.rules.case_rules import RuleContext, is_child_age
from models.rules.clocks import add_months
from models.services import case_store, counters
from models.services.accounts import AccountService, actor_for
from models.services.cases import add_risk, check_new_case, record_new_case, write_new_case
from models.services.common import (
    StationContext,
    local_station,
    station_context,
    users_by_id,
)
from models.services.found import enter_found

DEMO_PASSWORD = "Demo-Station-2026"
# Set in the demo database only: invented cases must never go into a real station's register.
DEMO_MARKER = "demo_station"
DEMO_USERS = (
    NewUser("pi.shinde", "Suresh Shinde", "Police Inspector", Role.SHO, "PI-1021", "98XXXXXX01"),
    NewUser("psi.more", "Anita More", "Police Sub-Inspector", Role.IO, "PSI-2231", "98XXXXXX02"),
    NewUser("api.khan", "Imran Khan", "Asst. Police Inspector", Role.IO, "API-3310", "98XXXXXX03"),
    NewUser("hc.pawar", "Vijay Pawar", "Head Constable", Role.WRITER, "HC-4410"),
    NewUser("admin.it", "Rohit Desai", "Police Naik", Role.ADMIN, "PN-5520"),
)
BATCH = 400
# Every act of the demo is done from this desk, so the audit trail tells it from the station's.
DEMO_DESK = "demo"
# The counter of the demo station's FIR book (FIR numbers run per year, like the register's).
DEMO_FIR_BOOK = "FIR"

# (kind of story, reason code, weight) for children and adults; ages come from phrases.json.
CHILD_STORIES = (
    ("runaway_after_scolding", "2.2", 30),
    ("elopement", "2.1", 12),
    ("lost_in_crowd", "3.1", 14),
    ("went_to_friend", "6.2", 10),
    ("lured_by_stranger", "1.1", 10),
    ("work_not_returned", "2.5", 6),
    ("left_note", "2.4", 6),
    ("missing_from_cci", "2.8", 5),
)
ADULT_STORIES = (
    ("work_not_returned", "2.5", 20),
    ("elopement", "2.1", 10),
    ("mentally_ill_adult", "3.3", 15),
    ("elderly_dementia", "3.3", 18),
    ("left_note", "2.10", 10),
    ("other", "8.1", 27),
)
# A family's likely mother tongue by the group its surname comes from (resources/demo/names.json).
MOTHER_TONGUES = {
    "marathi": [Language.MARATHI],
    "hindi_belt": [Language.HINDI, Language.BHOJPURI],
    "muslim": [Language.URDU, Language.HINDI],
    "gujarati": [Language.GUJARATI],
    "south": [Language.TAMIL, Language.TELUGU, Language.KANNADA, Language.MALAYALAM],
    "bengali": [Language.BENGALI],
    "other": [Language.NEPALI, Language.ODIA, Language.KONKANI, Language.PUNJABI, Language.SINDHI],
}
RELATIONS_FOR_CHILD = (("father", Relation.FATHER, "his"), ("mother", Relation.MOTHER, "her"))
FOUND_ACTIVITIES = (
    ("begging", 35),
    ("child_labour", 25),
    ("rag_picking", 15),
    ("street_living", 10),
    ("lost_wandering", 15),
)


@dataclass
class DemoSummary:
    cases: int = 0
    children: int = 0
    traced: int = 0
    closed: int = 0
    found: int = 0
    actions: int = 0
    by_sex: dict[str, int] = field(default_factory=dict)


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("demo", name).read_text(encoding="utf-8"))
    return data


def is_demo(db: Database) -> bool:
    with db.read() as s:
        return s.get(Setting, DEMO_MARKER) is not None


def create_demo_station(db: Database, clock: Clock) -> None:
    """Set up the demo station and its officers (password ``DEMO_PASSWORD`` for all)."""
    places = _load("places.json")["station"]
    accounts = AccountService(db, clock)
    accounts.init_station(
        StationInput(
            code=places["code"],
            name=places["name"],
            name_local=places["name_local"],
            district=places["district"],
            state=places["state"],
            zone=places.get("zone"),
            phone=places.get("phone"),
        ),
        DEMO_USERS[0],
        DEMO_PASSWORD,
        desk="demo",
    )
    with db.write() as s:
        s.add(Setting(key=DEMO_MARKER, value="true"))
    head = accounts.authenticate(DEMO_USERS[0].username, DEMO_PASSWORD, desk="demo")
    for user in DEMO_USERS[1:]:
        accounts.add_user(head, user, DEMO_PASSWORD, typed_by_owner=True)


class _Maker:
    """Builds one invented case or found person at a time from a seeded random source."""

    def __init__(self, rng: random.Random, zone: tzinfo) -> None:
        self.rng = rng
        self.zone = zone
        names = _load("names.json")
        self.given = names["given"]
        self.surnames = names["surnames"]
        self.nicknames = names["nicknames"]
        self.places = _load("places.json")
        phrases = _load("phrases.json")
        self.narratives: list[str] = phrases["narratives"]
        self.kinds: dict[str, Any] = phrases["narrative_kinds"]
        self.action_notes: dict[str, list[str]] = phrases["action_notes"]
        self.trace_notes: list[str] = phrases["trace_notes"]
        self._pools: dict[tuple[str, str | None], list[dict[str, str]]] = {}

    def pick(self, items: list[Any]) -> Any:
        return items[self.rng.randrange(len(items))]

    def weighted(self, items: tuple[tuple[Any, ...], ...]) -> tuple[Any, ...]:
        return self.rng.choices(items, weights=[i[-1] for i in items])[0]

    def given_name(self, sex: Sex, group: str | None = None) -> dict[str, str]:
        want = "female" if sex is Sex.FEMALE else "male" if sex is Sex.MALE else "any"
        key = (want, group)
        if key not in self._pools:
            fits = [g for g in self.given if g["sex"] in (want, "any")]
            self._pools[key] = [g for g in fits if group is None or g["group"] == group] or fits
        return dict(self.pick(self._pools[key]))

    def full_name(self, sex: Sex) -> tuple[str, str, dict[str, str], dict[str, str]]:
        surname = self.pick(self.surnames)
        own = self.given_name(sex, surname["group"])
        father = self.given_name(Sex.MALE, surname["group"])
        en = f"{own['en']} {father['en']} {surname['en']}"
        mr = f"{own['mr']} {father['mr']} {surname['mr']}"
        return en, mr, father, surname

    def fill(self, template: str, values: dict[str, str]) -> str:
        for key, value in values.items():
            template = template.replace("{" + key + "}", value)
        return template

    def local(self, instant: datetime) -> datetime:
        return instant.astimezone(self.zone)

    # -- one case -------------------------------------------------------------------------

    def case(
        self, reported_at: datetime, io: str, writer: str, fir_number: Callable[[int], int]
    ) -> CaseInput:
        """One case as ``writer`` would enter it for ``io``; ``fir_number(year)`` gives the next
        number of the station's FIR book for that year."""
        rng = self.rng
        child = rng.random() < 0.70
        story, reason, _ = self.weighted(CHILD_STORIES if child else ADULT_STORIES)
        low, high = self.kinds[story]["ages"]
        if child:
            low, high = max(low, 3), min(high, 17)
            sex = (
                Sex.FEMALE
                if rng.random() < 0.66
                else (Sex.TRANSGENDER if rng.random() < 0.01 else Sex.MALE)
            )
        else:
            low, high = max(low, 18), max(high, 18)
            sex = Sex.FEMALE if rng.random() < 0.5 else Sex.MALE
        age = rng.randint(low, high)
        last_seen = reported_at - timedelta(hours=rng.uniform(2, 30))
        en, mr, father, surname = self.full_name(sex)
        birth_year = self.local(last_seen).year - age - (1 if rng.random() < 0.5 else 0)
        dob: str | None = None
        age_min = age_max = None
        if child and rng.random() < 0.8:
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            dob = f"{birth_year:04d}-{month:02d}-{day:02d}"
            if self.local(last_seen).date() < datetime(birth_year + age, month, day).date():
                dob = f"{birth_year - 1:04d}-{month:02d}-{day:02d}"
        elif child and rng.random() < 0.5:
            dob = f"{birth_year:04d}"
        else:
            age_min = age_max = age
        locality = self.pick(self.places["localities"])
        landmark = self.pick(self.places["landmarks"])
        school = self.pick(self.places["schools"])
        relation_word, relation, his_her = (
            self.pick(list(RELATIONS_FOR_CHILD))
            if child or age < 30
            else ("father", Relation.SON, "his")
        )
        if not child and age >= 30:
            relation_word, relation, his_her = (
                ("husband", Relation.WIFE, "her")
                if sex is Sex.MALE
                else ("wife", Relation.HUSBAND, "his")
            )
        complainant_first = (
            father
            if relation in (Relation.FATHER, Relation.HUSBAND)
            else self.given_name(
                Sex.FEMALE if relation in (Relation.MOTHER, Relation.WIFE) else Sex.MALE,
                surname["group"],
            )
        )
        complainant_en = f"{complainant_first['en']} {surname['en']}"
        complainant_mr = f"{complainant_first['mr']} {surname['mr']}"
        he_she = "she" if sex is Sex.FEMALE else "he"
        him_her = "her" if sex is Sex.FEMALE else "him"
        person_word = {
            (True, Sex.FEMALE): "daughter",
            (True, Sex.MALE): "son",
            (True, Sex.TRANSGENDER): "child",
        }.get((relation in (Relation.FATHER, Relation.MOTHER), sex), "relative")
        if relation in (Relation.HUSBAND, Relation.WIFE):
            person_word = "wife" if sex is Sex.FEMALE else "husband"
        far = self.pick(self.places["far_places"])
        values = {
            "complainant": complainant_en,
            "his_her": his_her,
            "relation": person_word,
            "name": en,
            "age": str(age),
            "he_she": he_she,
            "him_her": him_her,
            "person_his_her": "her" if sex is Sex.FEMALE else "his",
            "time": self.local(last_seen).strftime("%H:%M hrs"),
            "date": self.local(last_seen).strftime("%d/%m/%Y"),
            "place": landmark["en"],
            "locality": locality["en"],
            "landmark": landmark["en"],
            "gathering": self._landmark("fair_gathering"),
            "railway_station": self._landmark("railway_station"),
            "native_place": f"{far['en']}, {far.get('country', far['state'])}",
            "school": school["en"],
            "cci": self.pick(self.places["cci"])["name"],
            "cwc": self.pick(self.places["cwc"])["name"],
            "station": self.places["station"]["name"],
            "other_station": "Sion Police Station",
            "clothing": "a blue checked shirt and black trousers",
            "workplace": f"a zari workshop in {locality['en']}",
            "friend": self.full_name(Sex.FEMALE)[0],
            "companion": self.full_name(Sex.MALE)[0],
            "relative": "maternal uncle",
            "officer": "PSI A. More",
            "days": str(rng.randint(2, 9)),
            "message_no": f"{rng.randint(100, 999)}/{self.local(reported_at).year}",
        }
        narrative = self.fill(self.narratives[self.pick(self.kinds[story]["narratives"])], values)
        height = int(80 + age * 5.5) if age < 16 else rng.randint(145, 178)
        mother_tongue = self.pick(MOTHER_TONGUES.get(surname["group"], [Language.HINDI]))
        person = PersonInput(
            names=(en, mr),
            aliases=(self.pick(self.nicknames)["en"],) if child and rng.random() < 0.3 else (),
            sex=sex,
            date_of_birth=dob,
            age_min=age_min,
            age_max=age_max,
            relative_name=f"{father['en']} {surname['en']}",
            relative_relation=Relation.FATHER,
            mother_tongue=mother_tongue,
            languages=tuple(dict.fromkeys((mother_tongue, Language.HINDI, Language.MARATHI)))
            if rng.random() < 0.7
            else tuple(dict.fromkeys((mother_tongue, Language.HINDI))),
            school_name=school["en"] if child and age >= 6 else None,
            school_class=str(min(max(age - 5, 1), 12)) if child and age >= 6 else None,
            occupation=None
            if child
            else self.pick(["Labourer", "Driver", "Housewife", "Vendor", "Retired"]),
            addresses=(
                AddressRow(
                    AddressKind.PRESENT,
                    f"Room {rng.randint(1, 60)}, {locality['en']}",
                    locality["en"],
                    "Mumbai",
                    "Mumbai City",
                    "Maharashtra",
                    locality["pin"],
                    "India",
                ),
            ),
            height_cm=min(max(height, 70), 190),
            build=self.pick(list(Build)),
            complexion=self.pick(list(Complexion)),
            hair_colour=HairColour.GREY if age > 60 else HairColour.BLACK,
            hair_length=HairLength.LONG if sex is Sex.FEMALE else HairLength.SHORT,
            marks=(
                MarkRow(
                    MarkType.MOLE,
                    self.pick(["left cheek", "chin", "right hand", "neck"]),
                    "small black mole",
                ),
            )
            if rng.random() < 0.6
            else (),
            clothing=(
                ClothingRow(
                    ClothingArea.UPPER,
                    self.pick(["checked shirt", "printed kurta", "T-shirt", "school shirt"]),
                    self.pick(["blue", "red", "white", "green", "yellow"]),
                ),
                ClothingRow(
                    ClothingArea.LOWER,
                    self.pick(["trousers", "salwar", "skirt", "jeans"]),
                    self.pick(["black", "navy blue", "grey"]),
                ),
                ClothingRow(
                    ClothingArea.FOOTWEAR, self.pick(["slippers", "sandals", "school shoes"]), None
                ),
            ),
            disability_notes="dementia" if story == "elderly_dementia" else None,
        )
        fir = None
        if child:
            sections = [SectionRow(Act.BNS, "137(2)")]
            fir_at = reported_at + timedelta(minutes=rng.randint(15, 90))
            fir_year = self.local(fir_at).year
            fir = FirInput(
                number=f"{fir_number(fir_year):04d}/{fir_year}",
                registered_at=fir_at,
                sections=tuple(sections),
                copy_given_at=reported_at + timedelta(minutes=rng.randint(95, 120)),
            )
        grade = (
            RiskGrade.HIGH
            if child and (age < 13 or story == "lured_by_stranger")
            else RiskGrade.MEDIUM
        )
        if not child and story in ("other", "work_not_returned"):
            grade = RiskGrade.LOW
        answers = (RiskAnswerRow("age_under_13", RiskAnswer.YES),) if child and age < 13 else ()
        return CaseInput(
            report=ReportInput(
                reported_at=reported_at,
                report_mode=ReportMode.IN_PERSON if rng.random() < 0.85 else ReportMode.PHONE,
                gd_entry_no=f"GD {rng.randint(1, 60)}/{self.local(reported_at).year}",
                gd_entry_at=reported_at + timedelta(minutes=5),
                received_by=writer,
                io=io,
            ),
            person=person,
            circumstances=CircumstancesInput(
                last_seen_at=last_seen,
                last_seen_place=f"{landmark['en']}, {locality['en']}",
                narrative=narrative,
                place_type=PlaceType(landmark["place_type"]),
                landmark=landmark["en"],
                beat=locality["beat"],
                means_of_travel=self.pick(
                    [
                        MeansOfTravel.ON_FOOT,
                        MeansOfTravel.TRAIN,
                        MeansOfTravel.BUS,
                        MeansOfTravel.UNKNOWN,
                    ]
                ),
            ),
            complainant=ComplainantInput(
                person=PersonInput(
                    names=(complainant_en, complainant_mr),
                    sex=Sex.FEMALE if relation in (Relation.MOTHER, Relation.WIFE) else Sex.MALE,
                    contacts=(ContactRow(ContactKind.MOBILE, f"98XXXX{rng.randint(1000, 9999)}"),),
                    addresses=(
                        AddressRow(
                            AddressKind.PRESENT,
                            f"Room {rng.randint(1, 60)}, {locality['en']}",
                            locality["en"],
                        ),
                    ),
                ),
                relation=relation,
                seen_or_heard="heard",
                read_over_language=Language.MARATHI,
                consent_publish_photo=rng.random() < 0.8,
                signature_kind=SignatureKind.SIGNATURE
                if rng.random() < 0.85
                else SignatureKind.THUMB_IMPRESSION,
            ),
            fir=fir,
            reasons=ReasonsInput(suspected=reason),
            risk=RiskInput(
                grade=grade,
                rationale="Assessed at registration from the complainant's account.",
                answers=answers,
            ),
        )

    def _landmark(self, place_type: str) -> str:
        pool = [lm["en"] for lm in self.places["landmarks"] if lm["place_type"] == place_type]
        return str(self.pick(pool)) if pool else "Dadar railway station"

    def found(self, found_at: datetime) -> FoundInput:
        rng = self.rng
        activity, _ = self.weighted(FOUND_ACTIVITIES)
        sex = Sex.FEMALE if rng.random() < 0.4 else Sex.MALE
        age = rng.randint(6, 16)
        named = rng.random() < 0.7
        first = self.given_name(sex)
        far = self.pick(self.places["far_places"])
        produced = found_at + timedelta(hours=rng.uniform(2, 22))
        return FoundInput(
            person=PersonInput(
                names=(first["en"], first["mr"]) if named else (),
                sex=sex,
                age_min=max(age - 1, 0),
                age_max=age + 1,
                languages=(Language.HINDI,),
                height_cm=int(80 + age * 5.5),
                description_notes="thin, barefoot",
            ),
            found_at=found_at,
            found_place=self._landmark(
                self.pick(["railway_station", "bus_stand", "market", "religious_place"])
            ),
            activity=Activity(activity),
            found_by=self.pick(["Station squad", "GRP Dadar", "Childline 1098", "Citizen"]),
            native_place=far["en"],
            native_state=far["state"],
            cwc_produced_at=produced,
            cwc_name=self.pick(self.places["cwc"])["name"],
            cwc_order=CwcOrder.CCI_PLACEMENT if rng.random() < 0.6 else CwcOrder.RESTORE_TO_FAMILY,
            cci_name=self.pick(self.places["cci"])["name"],
        )


def generate_demo(
    db: Database,
    clock: Clock,
    *,
    cases: int,
    seed: int,
    years: float = 3.0,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Add ``cases`` invented cases (and about a tenth as many found persons) to the register."""
    if cases < 0:
        raise UserError(msg("The number of demo cases cannot be negative."))
    rng = random.Random(seed)
    now = clock.now()
    summary = DemoSummary()
    with db.read() as s:
        if s.get(Setting, DEMO_MARKER) is None:
            raise UserError(
                msg(
                    "This is a station's real register: demo cases go only into the demo "
                    "database ('talash demo' without --db uses it).",
                )
            )
        station = local_station(s)
        zone = ZoneInfo(station.timezone)
        station_id = station.id
        cast = _Cast.of(list(s.scalars(select(AppUser))))
    maker = _Maker(rng, zone)
    span = timedelta(days=365 * years)
    starts = sorted(now - span * rng.random() ** 0.8 - timedelta(hours=1) for _ in range(cases))
    found_count = max(cases // 10, 0)
    found_times = sorted(now - span * rng.random() - timedelta(hours=1) for _ in range(found_count))
    for first in range(0, cases, BATCH):
        if cancelled is not None and cancelled():
            break
        with db.write() as s:
            sc = station_context(s)
            ctx = RuleContext.default(now, sc.zone)
            users = users_by_id(s)
            entered: list[tuple[Case, datetime]] = []
            # The batch's rows are written by one flush (SQLAlchemy then inserts them in bulk);
            # each case's creation event follows, as the desk records it.
            with s.no_autoflush:
                for reported in starts[first : first + BATCH]:
                    io = rng.choice(cast.ios)
                    entered.append(_write_case(s, sc, ctx, maker, reported, io, cast, now, summary))
            s.flush()
            for case, at_entry in entered:
                record_new_case(
                    s, sc, cast.writer, case, at=at_entry, users=users, refresh_matches=False
                )
            audit.record(
                s,
                at=now,
                actor=None,
                action="demo.generate",
                username="demo",
                desk="demo",
                station_id=station_id,
                details={"cases": min(BATCH, cases - first), "seed": seed},
            )
        if progress is not None:
            progress(min(first + BATCH, cases), cases)
    with db.write() as s:
        sc = station_context(s)
        for found_at in found_times:
            _write_found(s, sc, maker, found_at, cast, now, summary)
    return summary


@dataclass(frozen=True)
class _Cast:
    """The demo station's officers as they act: the writer enters every report, the IOs
    investigate, the station head closes. Found by role (``DEMO_USERS``), never by name."""

    writer: Actor
    sho: Actor
    ios: list[Actor]

    @classmethod
    def of(cls, users: list[AppUser]) -> _Cast:
        def acting(role: Role) -> list[Actor]:
            names = {u.username for u in DEMO_USERS if u.role is role}
            return [actor_for(u, DEMO_DESK) for u in users if u.username in names and u.active]

        writers, heads, ios = acting(Role.WRITER), acting(Role.SHO), acting(Role.IO)
        if not (writers and heads and ios):
            raise UserError(
                msg(
                    "The demo needs the demo station's officers; run 'talash demo' on a "
                    "new database.",
                )
            )
        return cls(writers[0], heads[0], ios)


def _write_case(
    s: Session,
    sc: StationContext,
    ctx: RuleContext,
    maker: _Maker,
    reported: datetime,
    io: Actor,
    cast: _Cast,
    now: datetime,
    summary: DemoSummary,
) -> tuple[Case, datetime]:
    """Enter one invented case as the writer would at the desk (the register's one path for a
    new entry), with the history its IO and the station head would have given it since.

    Returns the case and when it was entered: its creation event (``record_new_case``) comes
    after the batch is written, and carries the entry as it then stands, history included, so
    the audit trail's last word on each demo case is its state."""
    rng = maker.rng
    policy = sc.policy

    def fir_number(year: int) -> int:
        return counters.take(s, sc.station.id, DEMO_FIR_BOOK, year)

    data = maker.case(reported, io.username, cast.writer.username, fir_number)
    at_entry = reported + timedelta(minutes=30)
    checked = check_new_case(s, sc.station.id, cast.writer, data, ctx)
    if checked.errors:
        raise AssertionError(f"demo generator made an invalid case: {checked.errors}")
    data = checked.data
    child = is_child_age(checked.age)
    year = reported.astimezone(sc.zone).year
    uuid = str(uuidlib.UUID(int=rng.getrandbits(128), version=4))
    case = write_new_case(s, sc, cast.writer, checked, at=at_entry, uuid=uuid)
    io_id, sho = io.user_id, cast.sho.user_id
    assert data.risk is not None
    actions = case.actions

    def act(kind: ActionType, when: datetime, **extra: Any) -> None:
        """The IO logs ``kind`` as done at ``when``, the entry written on the day."""
        if when > now:
            return
        notes = maker.action_notes.get(kind.value) or ["Done."]
        entry = ActionInput(
            action_type=kind,
            happened_at=when,
            details=maker.fill(
                maker.pick(notes),
                {
                    "landmark": data.circumstances.landmark or "",
                    "station": "Dharavi Police Station",
                    "message_no": f"{rng.randint(100, 999)}/{year}",
                    "days": "3",
                    "officer": "PSI A. More",
                },
            ),
            **extra,
        )
        _checked(case_store.action_problems(case, entry, at=when, ctx=ctx), "action")
        case_store.log_action(case, entry, seq=len(actions) + 1, by_id=io_id, at=when)

    act(ActionType.WIRELESS_MESSAGE, reported + timedelta(hours=1))
    uploaded: list[Portal] = []
    if child:
        act(
            ActionType.PORTAL_UPLOAD,
            reported + timedelta(hours=3),
            portal=Portal.TRACKCHILD,
            reference=f"TC{rng.randint(100000, 999999)}",
        )
        uploaded.append(Portal.TRACKCHILD)
    act(
        ActionType.STATIONS_INFORMED,
        reported + timedelta(hours=4),
        stations="All police stations of Zone 5; Dadar GRP",
    )
    act(ActionType.PLACES_CHECKED, reported + timedelta(hours=8))
    # Most are traced, the older the case the likelier; a few stay untraced for years.
    elapsed = now - reported
    chance = 0.93 if elapsed > timedelta(days=30) else 0.7 if elapsed > timedelta(days=7) else 0.35
    traced_at = reported + timedelta(hours=rng.expovariate(1 / 60))
    if rng.random() < chance and traced_at < now - timedelta(hours=1):
        _trace(case, maker, data, child, traced_at, now, ctx, io_id, sho, uploaded, summary)
    else:
        if child and data.fir is not None:
            due = add_months(data.fir.registered_at, policy.ahtu_transfer_months, sc.zone)
            if due < now:
                act(ActionType.AHTU_TRANSFER, due + timedelta(days=rng.randint(0, 10)))
        # Still missing: the IO has reviewed it lately, and most reviews are not yet due again.
        reviewed = max(at_entry, now - timedelta(days=rng.uniform(0.5, 8)))
        if reviewed > at_entry:
            act(ActionType.REVIEW, reviewed)
            # The same answers and grade again; the next review follows the grade.
            review = replace(
                data.risk,
                rationale="Reviewed: no new information; enquiries continue.",
                next_review_due=None,
                information_source=None,
            )
            _checked(case_store.risk_problems(case, review, ctx), "risk review")
            add_risk(case, review, io_id, reviewed, policy)
    summary.actions += len(actions)
    summary.cases += 1
    summary.children += int(child)
    summary.by_sex[data.person.sex.value] = summary.by_sex.get(data.person.sex.value, 0) + 1
    return case, at_entry


def _checked(problems: list[Problem], step: str) -> None:
    """The demo takes each step through the desk's checks; a refusal is a bug here."""
    errors = [p for p in problems if p.is_error]
    if errors:
        raise AssertionError(f"demo generator made an invalid {step}: {errors}")


def _trace(
    case: Case,
    maker: _Maker,
    data: CaseInput,
    child: bool,
    traced_at: datetime,
    now: datetime,
    ctx: RuleContext,
    io_id: int,
    sho: int,
    uploaded: list[Portal],
    summary: DemoSummary,
) -> None:
    """The case's later history as its IO and the station head would record it, step by step
    through the desk's checks and store functions: the trace, the CWC production and reunion
    (a child), the closure steps, and the closure."""
    rng = maker.rng
    how = rng.choices(
        [
            HowTraced.POLICE_TEAM,
            HowTraced.RETURNED_ON_OWN,
            HowTraced.GRP_RPF,
            HowTraced.CHILDLINE_NGO,
            HowTraced.CITIZEN_TIP,
            HowTraced.CDR_CCTV,
            HowTraced.DRIVE,
        ],
        weights=[35, 25, 10, 8, 8, 9, 5],
    )[0]
    locality = rng.choices(list(Locality), weights=[40, 30, 12, 16, 2])[0]
    trace_type = (
        TraceType.RETURNED_ON_OWN if how is HowTraced.RETURNED_ON_OWN else TraceType.TRACED_ON_FIR
    )
    far = maker.pick(maker.places["far_places"])
    place = (
        data.circumstances.last_seen_place
        if locality is Locality.SAME_PS
        else f"{far['en']}, {far['state']}"
    )
    activity = None
    if child and rng.random() < 0.08:
        activity = rng.choice([Activity.BEGGING, Activity.CHILD_LABOUR, Activity.DOMESTIC_WORK])
    trace = TraceInput(
        trace_type=trace_type,
        traced_at=traced_at,
        how_traced=how,
        how_details=maker.fill(
            maker.pick(maker.trace_notes),
            {
                "place": place,
                "cwc": maker.places["cwc"][0]["name"],
                "station": "Dharavi Police Station",
                "officer": "PSI A. More",
                "railway_station": "Dadar",
                "landmark": place,
            },
        ),
        place=place,
        district=far["district"] if locality is not Locality.SAME_PS else "Mumbai City",
        state=far["state"]
        if locality in (Locality.OTHER_STATE, Locality.OTHER_COUNTRY)
        else "Maharashtra",
        country=far.get("country", "India") if locality is Locality.OTHER_COUNTRY else "India",
        locality=locality,
        activity=activity,
        condition=Condition.SAFE,
        traced_by_name="PSI A. More" if how is not HowTraced.RETURNED_ON_OWN else None,
        confirmed_reason=data.reasons.suspected,
    )
    _checked(case_store.trace_problems(case, trace, ctx), "trace")
    case_store.trace_case(case, trace, by_id=io_id, at=traced_at)
    summary.traced += 1
    produced = None
    if child:
        late = rng.random() < 0.08
        produced = traced_at + timedelta(hours=rng.uniform(26, 40) if late else rng.uniform(2, 20))
        if produced > now:
            return  # the CWC clock is still running: a live item for the overdue list
        cwc_name = maker.pick(maker.places["cwc"])["name"]
        order_number = f"CWC/{produced.year}/{rng.randint(100, 9999)}"
        order = CwcOrder.RESTORE_TO_FAMILY if rng.random() < 0.9 else CwcOrder.CCI_PLACEMENT
        cci = maker.pick(maker.places["cci"])["name"] if order is CwcOrder.CCI_PLACEMENT else None
        complainant = data.complainant
        reunion = ReunionInput(
            cwc_produced_at=produced,
            cwc_name=cwc_name,
            cwc_order_number=order_number,
            cwc_order=order,
            cci_name=cci,
            handover_to_name=complainant.person.names[0] if complainant else None,
            handover_relation=complainant.relation if complainant else None,
            handover_id_type=IdDocumentType.AADHAAR,
            handover_id_checked=True,
            handover_at=produced + timedelta(hours=2),
            counselling_done=True,
        )
        _checked(case_store.reunion_problems(case, reunion, ctx), "reunion")
        case_store.record_reunion(case, reunion, by_id=io_id, at=produced + timedelta(hours=2))
    informed = (produced or traced_at) + timedelta(hours=3)
    if informed > now or now - traced_at < timedelta(days=14):
        return
    steps = ClosureInput(
        complainant_informed_at=informed,
        final_report_ref=(
            f"FR {rng.randint(1, 400)}/{traced_at.year}" if case.fir_number else None
        ),
        portals_updated=tuple(PortalUpdateInput(portal, informed) for portal in uploaded),
    )
    _checked(case_store.closure_step_problems(case, steps, ctx), "closure step")
    case_store.record_closure_steps(case, steps, by_id=io_id)
    closed_at = informed + timedelta(days=rng.randint(1, 10))
    if closed_at > now:
        return
    # Closed only when every closure step the rules ask for is done (the demo has no notices).
    try:
        case_store.close_case(case, (), by_id=sho, at=closed_at)
    except RuleViolation:
        return
    summary.closed += 1


def _write_found(
    s: Session,
    sc: StationContext,
    maker: _Maker,
    found_at: datetime,
    cast: _Cast,
    now: datetime,
    summary: DemoSummary,
) -> None:
    """Enter one invented found child as the writer would (the found register's one path)."""
    data = maker.found(found_at)
    uuid = str(uuidlib.UUID(int=maker.rng.getrandbits(128), version=4))
    if data.cwc_produced_at is not None and data.cwc_produced_at > now:
        data = replace(data, cwc_produced_at=None, cwc_name=None, cwc_order=None, cci_name=None)
    ctx = RuleContext.default(now, sc.zone)
    enter_found(s, sc, cast.writer, data, at=found_at, ctx=ctx, uuid=uuid, refresh_matches=False)
    summary.found += 1


def sample_entries(
    now: datetime, zone: tzinfo, *, io: str, writer: str, seed: int = 2026
) -> tuple[CaseInput, FoundInput]:
    """A child's case with an FIR, reported three hours before ``now``, and a child found the day
    before, invented as the demo invents them: what ``talash selfcheck`` enters in its throw-away
    station to print every paper the program makes."""
    maker = _Maker(random.Random(seed), zone)
    for _ in range(100):  # about seven cases in ten are children's, each with its FIR
        data = maker.case(now - timedelta(hours=3), io, writer, lambda _year: 1)
        if data.fir is not None:
            # The found child is produced before the CWC 2 to 22 hours after being found.
            return data, maker.found(now - timedelta(hours=30))
    raise AssertionError("the demo's cases are children's seven times in ten; none in 100")
