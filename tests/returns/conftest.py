"""A station with known cases, keys for both sides, and an HQ database, for the returns tests.

``known_station`` builds the register of docs/returns.md's worked example: every figure of
R1–R8 for ISO week 46 of 2026 (9–15 November) was counted by hand from the list below.
"""

from __future__ import annotations

import dataclasses
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from models.actor import Actor
from models.clock import FixedClock
from models.db import Database
from models.dto.accounts import NewUser, StationInput
from models.dto.cases import (
    ActionInput,
    CaseInput,
    FirInput,
    PersonInput,
    ReasonsInput,
    ReunionInput,
    SectionRow,
    TraceInput,
)
from models.dto.found import FoundInput
from models.dto.returns import Period
from models.enums import (
    Act,
    ActionType,
    Activity,
    Condition,
    CwcOrder,
    HowTraced,
    Locality,
    Portal,
    Relation,
    Role,
    Sex,
    TraceType,
)
from models.packages.keys import KeyStore
from models.returns.period import week
from models.services import Services
from models.services.drives import DriveService
from models.services.exchange_keys import ExchangeKeyService
from models.services.hq import HqService
from models.services.returns import ReturnService
from tests.conftest import IST, TEST_PASSWORD, People, _make_db, _Templates
from tests.factories import adult_case, child_case, child_person, next_fir_number

PASSPHRASE = "Key-Passphrase-2026"
W46: Period = week(2026, 46)


def ist(day: int, month: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=IST)


def child(
    reported: datetime,
    sex: Sex,
    dob: str,
    *,
    suspected: str = "1.1",
    sections: tuple[tuple[Act, str], ...] = ((Act.BNS, "137(2)"),),
    fir: bool = True,
    name: str | None = None,
) -> CaseInput:
    base = child_case()
    names = (name,) if name else base.person.names
    return dataclasses.replace(
        base,
        report=dataclasses.replace(
            base.report, reported_at=reported, gd_entry_at=reported + timedelta(minutes=10)
        ),
        person=child_person(sex=sex, date_of_birth=dob, names=names),
        circumstances=dataclasses.replace(
            base.circumstances, last_seen_at=reported - timedelta(hours=4)
        ),
        fir=FirInput(
            number=next_fir_number(),  # one FIR number per case and year
            registered_at=reported + timedelta(minutes=30),
            sections=tuple(SectionRow(act, sec) for act, sec in sections),
        )
        if fir
        else None,
        fir_not_filed_reason=None if fir else "Zero FIR registered at Sion PS, awaiting transfer",
        reasons=ReasonsInput(suspected=suspected),
    )


def adult(reported: datetime, sex: Sex = Sex.MALE, age: int = 67) -> CaseInput:
    base = adult_case()
    return dataclasses.replace(
        base,
        report=dataclasses.replace(
            base.report, reported_at=reported, gd_entry_at=reported + timedelta(minutes=10)
        ),
        person=dataclasses.replace(base.person, sex=sex, age_min=age, age_max=age),
        circumstances=dataclasses.replace(
            base.circumstances, last_seen_at=reported - timedelta(hours=4)
        ),
    )


def traced(
    at: datetime,
    how: HowTraced = HowTraced.POLICE_TEAM,
    where: Locality = Locality.SAME_PS,
    **changes: object,
) -> TraceInput:
    trace = TraceInput(
        trace_type=TraceType.TRACED_ON_FIR,
        traced_at=at,
        how_traced=how,
        place="Dharavi bus depot",
        locality=where,
    )
    return dataclasses.replace(trace, **changes)  # type: ignore[arg-type]


def found(at: datetime, sex: Sex, age: int, activity: Activity, **changes: object) -> FoundInput:
    data = FoundInput(
        person=PersonInput(names=("unknown",), sex=sex, age_min=age, age_max=age),
        found_at=at,
        found_place="Sion railway station",
        activity=activity,
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


@dataclass
class KnownStation:
    svc: Services
    people: People
    refs: dict[str, str]  # the worked example's labels (A1, B2 …) → register numbers

    @property
    def svc_returns(self) -> ReturnService:
        return ReturnService(self.svc.db, self.svc.clock)


def build_known_station(db: Database, clock: FixedClock, people: People) -> KnownStation:
    svc = Services.build(db, clock)
    sho, writer = people.sho, people.writer
    refs: dict[str, str] = {}

    def add(label: str, data: CaseInput) -> str:
        refs[label] = svc.cases.register_case(writer, data).value.register_no
        return refs[label]

    # Reported before week 46.
    add("A1", child(ist(1, 10), Sex.FEMALE, "2012-05-17"))
    add("A2", child(ist(20, 6), Sex.MALE, "2017-01-01"))
    add("A3", child(ist(2, 11, 9), Sex.FEMALE, "2009-03-01", suspected="2.1"))
    add("A4", adult(ist(15, 10)))
    add("A5", adult(ist(20, 10)))
    add("A6", child(ist(25, 10), Sex.MALE, "2012-01-01"))
    add("A7", child(ist(1, 9), Sex.FEMALE, "2023-01-01"))
    # Reported in week 46 (9–15 November).
    add("B1", child(ist(9, 11), Sex.FEMALE, "2012-02-01"))
    add(
        "B2",
        child(
            ist(10, 11, 20),
            Sex.MALE,
            "2010-01-01",
            suspected="1.5",
            sections=((Act.BNS, "137(2)"), (Act.BNS, "143")),
        ),
    )
    add(
        "B3",
        child(ist(14, 11, 8), Sex.TRANSGENDER, "2016-01-01", fir=False, name='=HYPERLINK("x")'),
    )
    add("B4", adult(ist(12, 11), Sex.FEMALE, 30))
    add("B5", adult(ist(15, 11, 23), Sex.UNKNOWN, 40))
    add("B6", child(ist(13, 11), Sex.FEMALE, "2011-06-01"))
    # B7 is a trafficking case: a protected victim, never named in a return or its annex.
    add("B7", child(ist(11, 11), Sex.MALE, "2013-01-01", suspected="1.6"))
    add("B8", child(ist(12, 11), Sex.MALE, "2018-01-01"))
    # Reported after the week.
    add("C1", child(ist(17, 11), Sex.MALE, "2014-01-01"))

    cases = svc.cases
    cases.void_case(sho, refs["A7"], reason="entered twice")
    cases.record_trace(sho, refs["A6"], traced(ist(5, 11)))
    cases.record_trace(
        sho,
        refs["A3"],
        traced(ist(10, 11, 15), activity=Activity.WITH_PARTNER, confirmed_reason="2.1"),
    )
    cases.record_reunion(
        sho,
        refs["A3"],
        ReunionInput(
            cwc_produced_at=ist(11, 11, 10),
            cwc_name="CWC Mumbai City",
            cwc_order=CwcOrder.RESTORE_TO_FAMILY,
            handover_to_name="Santosh Patil",
            handover_relation=Relation.FATHER,
            handover_at=ist(11, 11, 14),
        ),
    )
    cases.record_trace(
        sho,
        refs["A4"],
        traced(ist(12, 11, 12), HowTraced.GRP_RPF, Locality.OTHER_STATE, confirmed_reason="3.3"),
    )
    for portal, when, ref in (
        (Portal.TRACKCHILD, ist(9, 11, 18), "TC-1"),
        (Portal.ZIPNET, ist(11, 11, 12), "ZN-1"),
    ):
        cases.add_action(
            sho,
            refs["B1"],
            ActionInput(ActionType.PORTAL_UPLOAD, happened_at=when, portal=portal, reference=ref),
        )
    cases.add_action(
        sho,
        refs["B2"],
        ActionInput(
            ActionType.PORTAL_UPLOAD,
            happened_at=ist(12, 11, 9),
            portal=Portal.TRACKCHILD,
            reference="TC-2",
        ),
    )
    cases.add_action(
        sho,
        refs["B2"],
        ActionInput(ActionType.AHTU_TRANSFER, happened_at=ist(11, 11), details="to AHTU Mumbai"),
    )
    cases.add_action(
        sho,
        refs["A1"],
        ActionInput(ActionType.AHTU_TRANSFER, happened_at=ist(12, 11), details="to AHTU Mumbai"),
    )
    cases.record_trace(
        sho,
        refs["B1"],
        traced(
            ist(11, 11, 9),
            HowTraced.CITIZEN_TIP,
            Locality.OTHER_PS_CITY,
            activity=Activity.STREET_LIVING,
            confirmed_reason="2.2",
            new_fir_number="0455/2026",
            accused_arrested=2,
        ),
    )
    cases.record_reunion(
        sho,
        refs["B1"],
        ReunionInput(
            cwc_produced_at=ist(12, 11, 12),
            cwc_name="CWC Mumbai City",
            cwc_order=CwcOrder.CCI_PLACEMENT,
            cci_name="Children's Home, Umerkhadi",
        ),
    )
    cases.record_trace(
        sho,
        refs["B4"],
        traced(
            ist(13, 11),
            HowTraced.RETURNED_ON_OWN,
            trace_type=TraceType.RETURNED_ON_OWN,
            confirmed_reason="6.2",
        ),
    )
    cases.record_trace(
        sho,
        refs["B6"],
        traced(
            ist(14, 11),
            HowTraced.POLICE_TEAM,
            Locality.OTHER_DISTRICT,
            trace_type=TraceType.FOUND_DEAD,
            condition=Condition.DECEASED,
            uidb_number="UIDB 12/2026",
            confirmed_reason="7.1",
        ),
    )
    cases.record_trace(sho, refs["B8"], traced(ist(15, 11, 12), HowTraced.DRIVE))
    clock_now = clock.now()
    clock.set(ist(13, 11, 11))
    cases.transfer_case(sho, refs["A5"], to_station="MH-PUN-SWR", reason="residence there")
    clock.set(clock_now)

    fp = svc.found
    fp.add_found(
        writer,
        found(
            ist(10, 11, 11),
            Sex.MALE,
            11,
            Activity.BEGGING,
            native_state="Bihar",
            cwc_produced_at=ist(10, 11, 18),
            cwc_name="CWC Mumbai City",
        ),
    )
    f2 = fp.add_found(writer, found(ist(12, 11), Sex.FEMALE, 13, Activity.CHILD_LABOUR)).value
    fp.link(sho, f2.ref_no, external_ref="MH-PUN-SWR MP/2026/0123")
    fp.add_found(writer, found(ist(14, 11), Sex.MALE, 70, Activity.LOST_WANDERING))
    f4 = fp.add_found(writer, found(ist(10, 11, 9), Sex.FEMALE, 14, Activity.OTHER)).value
    # The returns count links, whatever the matching thinks of this invented pair.
    fp.link(sho, f4.ref_no, case_ref=refs["B2"], reason="identified by the family")
    fp.add_found(writer, found(ist(18, 11), Sex.MALE, 9, Activity.BEGGING))

    DriveService(db, clock).add_drive(
        sho, "Operation Muskaan XII", ist(10, 11).date(), ist(20, 11).date()
    )
    return KnownStation(svc, people, refs)


@pytest.fixture
def known(db: Database, clock: FixedClock, people: People) -> KnownStation:
    return build_known_station(db, clock, people)


# -- keys and HQ -------------------------------------------------------------------------------


@dataclass
class Hq:
    db: Database
    svc: HqService
    clerk: Actor
    head: Actor
    store: KeyStore


@pytest.fixture
def hq(backend: str, _templates: _Templates, tmp_path: Path, clock: FixedClock) -> Iterator[Hq]:
    """An HQ database (same backend as ``db``) with its sealing key."""
    folder = tmp_path / "hq"
    folder.mkdir()
    for db in _make_db("empty", backend, _templates, folder):
        service = HqService(db, clock)
        service.init_hq(
            StationInput(
                code="MH-MUM-CP",
                name="Commissioner of Police, Mumbai",
                district="Mumbai",
                state="Maharashtra",
            ),
            NewUser("dcp.rao", "Meena Rao", "Deputy Commissioner", Role.SHO),
            TEST_PASSWORD,
            NewUser("clerk.joshi", "Anil Joshi", "Head Clerk", Role.HQ_CLERK),
            TEST_PASSWORD,
            desk="hq-desk",
        )
        from models.services.accounts import AccountService

        accounts = AccountService(db, clock)
        head = accounts.authenticate("dcp.rao", TEST_PASSWORD, desk="hq-desk")
        clerk = accounts.authenticate("clerk.joshi", TEST_PASSWORD, desk="hq-desk")
        store = KeyStore(folder / "keys")
        ExchangeKeyService(db, clock).init_key(head, store, PASSPHRASE)
        yield Hq(db, service, clerk, head, store)


@dataclass
class Station:
    svc: Services
    returns: ReturnService
    keys: ExchangeKeyService
    store: KeyStore
    people: People


@pytest.fixture
def station_keys(
    db: Database, clock: FixedClock, people: People, hq: Hq, tmp_path: Path
) -> Station:
    """The ``db`` station with a signing key, trusted by ``hq``, and HQ's key installed."""
    keys = ExchangeKeyService(db, clock)
    store = KeyStore(tmp_path / "station-keys")
    keys.init_key(people.sho, store, PASSPHRASE)
    own = keys.own_public_key(people.sho)
    hq_key = ExchangeKeyService(hq.db, clock).own_public_key(hq.head)
    keys.trust_hq(people.sho, hq_key.to_file(), source="hq.pub")
    hq.svc.trust_station(hq.head, own.to_file(), source="station.pub")
    return Station(Services.build(db, clock), ReturnService(db, clock), keys, store, people)


def copy_of(path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{uuid.uuid4().hex[:6]}-{path.name}"
    shutil.copyfile(path, target)
    return target
