"""HQ matches across 93 stations: every found person against the other stations' open cases.

The descriptors are the ones real packages carry: ``open_records`` (the package's builder) over
the seeded register of ``register_data`` (open cases; found persons not linked), dealt out to 93
stations in turn, each true pair of the register (a found child and the case it is) put in two
different stations, as in a drive. They are written into a fresh HQ database (SQLite) with plain
INSERTs, as an import leaves them.

Figures:
- ``matches_seconds``: ``HqMatchingService.matches`` (load the descriptors, prefilter, score,
  keep the pairs at or above the threshold, audit), median of ``RUNS``;
- ``baseline_seconds``: ``score_pair`` alone over the same prefiltered pairs, profiles already in
  memory, no database; ``ratio`` = matches ÷ baseline is the price of the service around the
  scoring;
- ``pairs_all`` (every found person × every other station's open case), ``pairs_scored`` (after
  the prefilter), ``matches``, and ``truth_found``: how many true pairs come out at or above
  the threshold, of ``truth_cross`` true pairs that are open on both sides.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from benchmarks.register_data import NOW, PASSWORD, register
from models.clock import FixedClock
from models.db import open_database
from models.dto.accounts import NewUser, StationInput
from models.entities import HqMatchRecord, HqMatchStation, HqPackage
from models.enums import Role
from models.migrate import migrate
from models.rules.matching import THRESHOLD, MatchProfile, score_pair
from models.services import Services
from models.services.common import station_context
from models.services.hq import HqService
from models.services.hq_matching import FOUND_KINDS, _may_match
from models.services.match_descriptors import open_records
from models.services.match_store import compatible_sexes

STATIONS = 93
RUNS = 1  # a full run scores over a million pairs; the figure is one pass


def descriptors(cases: int) -> tuple[list[tuple[str, Any]], set[tuple[str, str]]]:
    """(station code, record) for every open record of the register, and the true pairs."""
    reg = register(cases)
    db = open_database(reg.path)
    with db.read() as s:
        records = open_records(s, station_context(s))
    db.dispose()
    truth = {(f, c) for f, c in reg.truth}
    station_of: dict[str, int] = {}
    out = []
    for i, record in enumerate(sorted(records, key=lambda r: (r.kind != "case", r.ref))):
        n = i % STATIONS
        if record.kind != "case":
            cases_of = [c for f, c in truth if f == record.ref]
            if cases_of and station_of.get(cases_of[0]) == n:
                n = (n + 1) % STATIONS  # a child found in another station's area
        else:
            station_of[record.ref] = n
        out.append((f"MH-MUM-{n:03d}", record))
    open_refs = {r.ref for _, r in out}
    cross = {(f, c) for f, c in truth if f in open_refs and c in open_refs}
    return out, cross


def hq_database(folder: Path) -> tuple[Any, Services, Any]:
    clock = FixedClock(NOW)
    db = open_database(folder / "hq.sqlite", create=True)
    migrate(db, backup_dir=None, clock=clock)
    hq = HqService(db, clock)
    hq.init_hq(
        StationInput("MH-MUM-CP", "Commissioner of Police", "Mumbai", "Maharashtra"),
        NewUser("dcp.rao", "Meena Rao", "DCP", Role.SHO),
        PASSWORD,
        NewUser("clerk.joshi", "Anil Joshi", "Head Clerk", Role.HQ_CLERK),
        PASSWORD,
        desk="bench",
    )
    svc = Services.build(db, clock)
    clerk = svc.accounts.authenticate("clerk.joshi", PASSWORD, desk="bench")
    return db, svc, clerk


def load(db: Any, rows: list[tuple[str, Any]], clerk_id: int) -> None:
    codes = sorted({code for code, _ in rows})
    with db.write() as s:
        packages = [
            {
                "export_id": f"00000000-0000-4000-8000-{n:012d}",
                "station_code": code,
                "station_name": f"Station {code[-3:]}",
                "key_id": "0" * 32,
                "seq": 1,
                "sha256": "0" * 64,
                "prev_sha256": "0" * 64,
                "period_kind": "week",
                "period_start": date(2026, 11, 9),
                "period_end": date(2026, 11, 15),
                "created_utc": NOW,
                "audit_head_id": 1,
                "audit_head_hash": "0" * 64,
                "signed_by": "SHO",
                "include_names": False,
                "manifest": "{}",
                "signature": "",
                "imported_at": NOW,
                "imported_by_id": clerk_id,
                "file_name": f"{code}.talash-return",
            }
            for n, code in enumerate(codes)
        ]
        s.execute(insert(HqPackage), packages)
        ids = {p.station_code: p.id for p in s.query(HqPackage)}
        s.execute(
            insert(HqMatchStation),
            [
                {
                    "station_code": code,
                    "station_name": f"Station {code[-3:]}",
                    "phone": "022-2400XXXX",
                    "package_id": ids[code],
                    "records": sum(1 for c, _ in rows if c == code),
                    "replaced_at": NOW,
                }
                for code in codes
            ],
        )
        s.execute(
            insert(HqMatchRecord),
            [
                {
                    "station_code": code,
                    "kind": r.kind,
                    "ref": r.ref,
                    "uuid": r.uuid,
                    "profile": json.dumps(dict(r.profile), ensure_ascii=False, sort_keys=True),
                }
                for code, r in rows
            ],
        )


def baseline(rows: list[tuple[str, Any]]) -> tuple[float, int, int]:
    """score_pair over the prefiltered pairs, profiles in memory: (seconds, all, scored)."""
    found, cases = [], []
    for code, r in rows:
        data = dict(r.profile) | {"station": code}
        (found if r.kind in FOUND_KINDS else cases).append(MatchProfile.from_dict(data))
    by_sex: dict[str, list[MatchProfile]] = {}
    for c in cases:
        by_sex.setdefault(c.sex, []).append(c)
    all_pairs = sum(1 for f in found for c in cases if c.station != f.station)
    started = time.perf_counter()
    scored = 0
    for f in found:
        for sex in compatible_sexes(f.sex):
            for c in by_sex.get(sex, ()):
                if c.station != f.station and _may_match(f, c):
                    scored += 1
                    score_pair(f, c)
    return time.perf_counter() - started, all_pairs, scored


def run(quick: bool = False) -> dict[str, Any]:
    size = 10_000 if quick else 100_000
    rows, cross = descriptors(size)
    with tempfile.TemporaryDirectory() as tmp:
        db, svc, clerk = hq_database(Path(tmp))
        load(db, rows, clerk.user_id)
        times = []
        result = None
        for _ in range(1 if quick else RUNS):
            started = time.perf_counter()
            result = svc.hq_matching.matches(clerk)
            times.append(time.perf_counter() - started)
        db.dispose()
    assert result is not None
    base, all_pairs, scored = baseline(rows)
    got = {(m.found.ref, m.case.ref) for m in result.matches}
    figures = {
        "register_cases": size,
        "stations": STATIONS,
        "found_records": result.found_records,
        "case_records": result.case_records,
        "pairs_all": all_pairs,
        "pairs_scored": result.pairs_scored,
        "matches": len(result.matches),
        "threshold": THRESHOLD,
        "truth_cross": len(cross),
        "truth_found": len(cross & got),
        "matches_seconds": round(statistics.median(times), 2),
        "baseline_seconds": round(base, 2),
        "ratio": round(statistics.median(times) / base, 2) if base else None,
    }
    assert scored == result.pairs_scored
    for key, value in figures.items():
        print(f"  {key}: {value}")
    return figures
