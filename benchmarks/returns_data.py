"""Bulk data for the returns benchmarks: a station register of any size, written with plain
multi-row INSERTs in big batches (SQLAlchemy Core executemany; no ORM, no services), so the same
rows go into SQLite and PostgreSQL.

Ten years of reports up to the benchmark's "now"; 45 % children; about 70 % traced (most within
weeks); a few transferred or void; found persons at a twentieth of the cases. Everything a table
of the return reads is there, as on a real register: every person's name (in Latin letters, and
in Devanagari for most), each child case's FIR sections (BNS 137(2), some with a second section
from the shared generator's list, trafficking ones included), some reasons suspected of
trafficking, risk assessments (children and some adults), and an action log: portal uploads and
AHTU transfers on some child cases, and the everyday entries (wireless messages, stations
informed, places checked, notes) on most cases.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Table, insert

from benchmarks.register_data import CHILD_SECTIONS
from models.entities import (
    ActionEntry,
    Case,
    FirSection,
    FoundPerson,
    Person,
    PersonName,
    RiskAssessment,
    TraceRecord,
)

BATCH = 20_000
REASONS = ("1.1", "1.5", "1.6", "2.1", "2.2", "2.4", "3.1", "3.3", "4.1", "6.2", "8.1")
HOW = ("police_team", "grp_rpf", "childline_ngo", "citizen_tip", "portal_match", "drive")
WHERE = ("same_ps", "other_ps_city", "other_district", "other_state", "other_country")
ORDERS = ("restore_to_family", "cci_placement", "fit_person", "repatriation", None)
ACTIVITIES = ("begging", "child_labour", "rag_picking", "street_living", "lost_wandering", "other")
# A few of each script: the return reads names only for the annex, so variety does not matter.
GIVEN = (("Pooja", "पूजा"), ("Rahul", "राहुल"), ("Sunita", "सुनीता"), ("Mohammed", "मोहम्मद"))
SURNAMES = (("Shinde", "शिंदे"), ("Srivastava", "श्रीवास्तव"), ("Khan", "खान"), ("More", "मोरे"))
EVERYDAY = ("wireless_message", "stations_informed", "places_checked", "note")
GRADES = ("low", "medium", "high")


def _batched(rows: Iterator[dict[str, Any]], size: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _insert(engine: Engine, table: Table, rows: Iterator[dict[str, Any]]) -> int:
    count = 0
    for batch in _batched(rows):
        with engine.begin() as conn:
            conn.execute(insert(table), batch)
        count += len(batch)
    return count


def load_register(
    engine: Engine,
    *,
    station_id: int,
    user_id: int,
    cases: int,
    now: datetime,
    seed: int = 2026,
    years: int = 10,
    progress: Callable[[str], None] = print,
) -> dict[str, int]:
    """Write ``cases`` cases (with persons, traces, actions) and found persons; return counts."""
    rng = random.Random(seed)
    start = now - timedelta(days=365 * years)
    span = (now - start).total_seconds()
    facts: list[tuple[datetime, bool, str, int]] = []
    for _ in range(cases):
        reported = start + timedelta(seconds=rng.random() * span)
        child = rng.random() < 0.45
        sex = rng.choices(("male", "female", "transgender", "unknown"), (48, 48, 2, 2))[0]
        age = rng.randint(0, 17) if child else rng.randint(18, 85)
        facts.append((reported, child, sex, age))

    def people() -> Iterator[dict[str, Any]]:
        for i, (_, _, sex, _) in enumerate(facts, start=1):
            yield {"id": i, "sex": sex, "spectacles": False, "languages": [], "disabilities": []}

    progress(f"  persons: {_insert(engine, Person.__table__, people())}")  # type: ignore[arg-type]

    def names() -> Iterator[dict[str, Any]]:
        for i in range(1, cases + 1):
            given, surname = rng.choice(GIVEN), rng.choice(SURNAMES)
            forms = [f"{given[0]} {surname[0]}"]
            if rng.random() < 0.6:
                forms.append(f"{given[1]} {surname[1]}")
            for position, text in enumerate(forms):
                yield {
                    "person_id": i,
                    "position": position,
                    "kind": "name",
                    "text": text,
                    "search_key": text.casefold(),
                }

    progress(f"  names: {_insert(engine, PersonName.__table__, names())}")  # type: ignore[arg-type]
    statuses: list[str] = []
    traced_at: list[datetime | None] = []
    for reported, _, _, _ in facts:
        roll = rng.random()
        when = reported + timedelta(days=rng.expovariate(1 / 20))
        if roll < 0.005:
            statuses.append("void")
            traced_at.append(None)
        elif roll < 0.015:
            statuses.append("transferred")
            traced_at.append(None)
        elif roll < 0.72 and when < now:
            statuses.append("traced" if rng.random() < 0.3 else "closed")
            traced_at.append(when)
        else:
            statuses.append("registered")
            traced_at.append(None)

    def case_rows() -> Iterator[dict[str, Any]]:
        for i, (reported, child, sex, age) in enumerate(facts, start=1):
            status = statuses[i - 1]
            changed = reported + timedelta(days=10) if status == "transferred" else reported
            yield {
                "id": i,
                "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "version": 1,
                "station_id": station_id,
                "year": reported.year,
                "serial": i,
                "register_no": f"MP/{reported.year}/{i:07d}",
                "status": status,
                "status_changed_at": min(changed, now),
                "report_mode": "in_person",
                "reported_at": reported,
                "information_type": "oral",
                "received_by_id": user_id,
                "fir_number": f"{i}/{reported.year}" if child else None,
                "fir_at": reported + timedelta(minutes=30) if child else None,
                "fir_year": reported.year if child else None,
                "person_id": i,
                "is_child": child,
                "age_at_disappearance": age,
                "sex": sex,
                "last_seen_at": reported - timedelta(hours=3),
                "last_seen_place": "market",
                "narrative": "bulk",
                "previous_episodes": 0,
                "triggers": [],
                "ransom_call": False,
                "suspected_reason": rng.choice(REASONS),  # 1.5 and 1.6: trafficking
                "confirmed_reason": rng.choice(REASONS) if traced_at[i - 1] else None,
                "presumed_abduction": child,
                "inter_state": False,
                "cross_border": False,
                "sexual_offence": False,
                "created_at": reported,
                "created_by_id": user_id,
                "updated_at": reported,
                "updated_by_id": user_id,
            }

    progress(f"  cases: {_insert(engine, Case.__table__, case_rows())}")  # type: ignore[arg-type]

    def section_rows() -> Iterator[dict[str, Any]]:
        for i, (_, child, _, _) in enumerate(facts, start=1):
            if not child:
                continue
            sections = [CHILD_SECTIONS[0]]
            if rng.random() < 0.15:
                sections.append(rng.choice(CHILD_SECTIONS[1:]))  # BNS 143: trafficking
            for position, (act, section) in enumerate(sections):
                yield {"case_id": i, "position": position, "act": act, "section": section}

    progress(f"  FIR sections: {_insert(engine, FirSection.__table__, section_rows())}")  # type: ignore[arg-type]

    def risk_rows() -> Iterator[dict[str, Any]]:
        for i, (reported, child, _, _) in enumerate(facts, start=1):
            if not child and rng.random() > 0.3:
                continue
            yield {
                "case_id": i,
                "assessed_at": reported + timedelta(hours=1),
                "assessed_by_id": user_id,
                "answers": {"q1": "yes", "q2": "no"},
                "grade": rng.choice(GRADES),
                "rationale": "first assessment at the report",
                "information_source": "complainant",
                "next_review_due": reported + timedelta(days=7),
            }

    progress(f"  risk assessments: {_insert(engine, RiskAssessment.__table__, risk_rows())}")  # type: ignore[arg-type]

    def trace_rows() -> Iterator[dict[str, Any]]:
        for i, when in enumerate(traced_at, start=1):
            if when is None:
                continue
            child = facts[i - 1][1]
            produced = (
                when + timedelta(hours=rng.uniform(1, 40)) if child and rng.random() < 0.9 else None
            )
            yield {
                "case_id": i,
                "trace_type": "traced_on_fir",
                "traced_at": when,
                "how_traced": rng.choice(HOW),
                "place": "x",
                "locality": rng.choice(WHERE),
                "condition": "safe",
                "activity": rng.choice(ACTIVITIES),
                "accused_arrested": 0,
                "statement_recorded": False,
                "do_not_disclose_location": False,
                "recorded_at": when,
                "recorded_by_id": user_id,
                "handover_id_checked": False,
                "counselling_done": False,
                "school_readmission": False,
                "cwc_produced_at": min(produced, now) if produced else None,
                "cwc_order": rng.choice(ORDERS) if child else None,
            }

    progress(f"  traces: {_insert(engine, TraceRecord.__table__, trace_rows())}")  # type: ignore[arg-type]

    def action_rows() -> Iterator[dict[str, Any]]:
        for i, (reported, child, _, _) in enumerate(facts, start=1):
            seq = 0
            for _ in range(rng.choice((0, 1, 1, 2, 3))):
                seq += 1
                yield {
                    "case_id": i,
                    "seq": seq,
                    "action_type": rng.choice(EVERYDAY),
                    "portal": None,
                    "reference": None,
                    "happened_at": reported + timedelta(hours=rng.uniform(0, 72)),
                    "recorded_at": reported,
                    "recorded_by_id": user_id,
                }
            if not child:
                continue
            if rng.random() < 0.3:
                seq += 1
                yield {
                    "case_id": i,
                    "seq": seq,
                    "action_type": "portal_upload",
                    "portal": rng.choice(("trackchild", "zipnet", "cctns")),
                    "reference": f"P{i}",
                    "happened_at": reported + timedelta(hours=rng.uniform(0, 48)),
                    "recorded_at": reported,
                    "recorded_by_id": user_id,
                }
            if rng.random() < 0.05:
                seq += 1
                yield {
                    "case_id": i,
                    "seq": seq,
                    "action_type": "ahtu_transfer",
                    "portal": None,
                    "reference": None,
                    "happened_at": reported + timedelta(days=rng.uniform(1, 150)),
                    "recorded_at": reported,
                    "recorded_by_id": user_id,
                }

    progress(f"  actions: {_insert(engine, ActionEntry.__table__, action_rows())}")  # type: ignore[arg-type]
    found = cases // 20

    def found_people() -> Iterator[dict[str, Any]]:
        for j in range(found):
            yield {
                "id": cases + 1 + j,
                "sex": "male",
                "spectacles": False,
                "languages": [],
                "disabilities": [],
            }

    _insert(engine, Person.__table__, found_people())  # type: ignore[arg-type]

    def found_rows() -> Iterator[dict[str, Any]]:
        for j in range(found):
            at = start + timedelta(seconds=rng.random() * span)
            yield {
                "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "version": 1,
                "station_id": station_id,
                "year": at.year,
                "serial": j + 1,
                "ref_no": f"FP/{at.year}/{j + 1:07d}",
                "status": rng.choice(("in_care", "linked", "restored")),
                "person_id": cases + 1 + j,
                "is_child": rng.random() < 0.6,
                "sex": rng.choice(("male", "female")),
                "found_at": at,
                "found_place": "station",
                "activity": rng.choice(ACTIVITIES),
                "linked_external_ref": "elsewhere" if rng.random() < 0.2 else None,
                "native_state": rng.choice(("Maharashtra", "Bihar", None)),
                "created_at": at,
                "created_by_id": user_id,
                "updated_at": at,
                "updated_by_id": user_id,
            }

    progress(f"  found persons: {_insert(engine, FoundPerson.__table__, found_rows())}")  # type: ignore[arg-type]
    return {"cases": cases, "found": found, "traced": sum(1 for t in traced_at if t)}
