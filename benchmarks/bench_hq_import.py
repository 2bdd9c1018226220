"""HQ imports 93 stations' weekly packages (each from a 200-case register, with a 200-row annex).

Figures, per backend:
- ``import_seconds``: ``HqService.import_files`` over the 93 files: safe unzip, signature and
  hash checks, order and replay checks against HQ's records, decryption, and one transaction per
  package storing its figures, labels and annex, with an audit event;
- ``baseline_seconds``: the same rows written with plain INSERTs (one transaction per package,
  nothing checked or decrypted) into a fresh HQ database in the same run;
  ``ratio`` = import ÷ baseline; ``crypto_seconds``: verifying and decrypting the 93 packages
  alone, without a database;
- ``consolidate_ms``: the consolidated return over the 93 stations (grouped SUM in SQL).
"""

from __future__ import annotations

import base64
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine, insert, text

from benchmarks.returns_data import load_register
from models.clock import FixedClock
from models.db import open_database
from models.dto.accounts import NewUser, StationInput
from models.dto.returns import AnnexRow, Signatory
from models.entities import HqAnnexRow, HqPackage, HqReturnCell, HqReturnLayout
from models.enums import Role, Sex
from models.migrate import migrate
from models.packages import package as pkg
from models.packages.keys import SIGNING, KeyStore, PublicKeyInfo, StationSigner
from models.returns.period import week
from models.services import Services
from models.services.hq import IMPORTED, HqService

IST = ZoneInfo("Asia/Kolkata")
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=IST)
PASSWORD = "Bench-Password-2026"
PASSPHRASE = "Bench-Passphrase-2026"
PERIOD = week(2026, 46)
STATIONS = 93
CASES = 200


def station_tables(tmp: Path) -> Any:
    """The real R1–R8 of a 200-case register."""
    clock = FixedClock(NOW)
    db = open_database(tmp / "station.sqlite", create=True)
    migrate(db, backup_dir=None, clock=clock)
    svc = Services.build(db, clock)
    svc.accounts.init_station(
        StationInput("MH-MUM-DHR", "Dharavi Police Station", "Mumbai City", "Maharashtra"),
        NewUser("pi.shinde", "Suresh Shinde", "Police Inspector", Role.SHO),
        PASSWORD,
        desk="bench",
    )
    raw = create_engine(db.target.url)
    load_register(
        raw, station_id=1, user_id=1, cases=CASES, now=NOW, years=1, progress=lambda _: None
    )
    raw.dispose()
    sho = svc.accounts.authenticate("pi.shinde", PASSWORD, desk="bench")
    tables = svc.returns.preview(sho, PERIOD).tables
    db.dispose()
    return tables


def make_packages(
    tmp: Path, hq_public: bytes, hq_key_id: str, tables: Any
) -> list[tuple[PublicKeyInfo, Path]]:
    annex = tuple(
        AnnexRow(
            f"MP/2026/{i:04d}", date(2026, 1, 1) + timedelta(days=i), "12-15", Sex.FEMALE, "2.1"
        )
        for i in range(CASES)
    )
    out = []
    folder = tmp / "packages"
    folder.mkdir(parents=True)
    for n in range(STATIONS):
        code = f"MH-MUM-{n:03d}"
        signer = StationSigner(Ed25519PrivateKey.generate())
        info = PublicKeyInfo(SIGNING, code, f"Station {n}", "Mumbai", signer.public_raw, NOW)
        identity = pkg.PackageIdentity(
            code,
            f"Station {n}",
            "Mumbai",
            "Maharashtra",
            hq_key_id,
            str(uuid.uuid4()),
            1,
            PERIOD,
            NOW,
            pkg.GENESIS,
            pkg.AuditHeadRef(100 + n, "a" * 64),
            Signatory("sho", "Station House Officer", "Police Inspector"),
            False,
        )
        data = pkg.build_package(
            identity,
            pkg.ReturnPayload(code, PERIOD, NOW, ("0-5", "6-11", "12-15", "16-17"), "1", tables),
            pkg.AnnexPayload(code, PERIOD, False, annex),
            signer=signer,
            hq_public_raw=hq_public,
        )
        path = folder / pkg.package_file_name(code, PERIOD, 1)
        path.write_bytes(data)
        out.append((info, path))
    return out


def hq_database(url: str, tmp: Path) -> tuple[Any, HqService, Any, Any]:
    clock = FixedClock(NOW)
    db = open_database(url, create=True)
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
    head = svc.accounts.authenticate("dcp.rao", PASSWORD, desk="bench")
    clerk = svc.accounts.authenticate("clerk.joshi", PASSWORD, desk="bench")
    return db, hq, head, clerk


def baseline(url: Any, opened: list[pkg.OpenedPackage], user_id: int) -> float:
    """The same rows with plain INSERTs, one transaction per package."""
    engine = create_engine(url)
    started = time.perf_counter()
    for i, o in enumerate(opened, start=1):
        m = o.verified.manifest
        with engine.begin() as conn:
            conn.execute(
                insert(HqPackage),
                {
                    "id": i,
                    "export_id": m.export_id,
                    "station_code": m.station_code,
                    "station_name": m.station_name,
                    "key_id": m.key_id,
                    "seq": m.seq,
                    "sha256": o.verified.sha256,
                    "prev_sha256": m.prev_package_sha256,
                    "period_kind": m.period.kind.value,
                    "period_start": m.period.start,
                    "period_end": m.period.end,
                    "created_utc": m.created_utc,
                    "audit_head_id": m.audit_chain_head.event_id,
                    "audit_head_hash": m.audit_chain_head.hash,
                    "signed_by": "x",
                    "include_names": False,
                    "manifest": o.verified.manifest_bytes.decode(),
                    "signature": base64.b64encode(o.verified.signature).decode(),
                    "imported_at": NOW,
                    "imported_by_id": user_id,
                    "file_name": "x",
                },
            )
            cells, layout = [], []
            for t in o.payload.tables:
                layout.append(
                    {
                        "package_id": i,
                        "table_code": t.code,
                        "kind": "table",
                        "key": t.code,
                        "position": 0,
                        "label": t.title,
                        "extra": t.note,
                    }
                )
                for c_i, c in enumerate(t.columns):
                    layout.append(
                        {
                            "package_id": i,
                            "table_code": t.code,
                            "kind": "column",
                            "key": c.key,
                            "position": c_i,
                            "label": c.label,
                            "extra": None,
                        }
                    )
                for r_i, r in enumerate(t.rows):
                    layout.append(
                        {
                            "package_id": i,
                            "table_code": t.code,
                            "kind": "row",
                            "key": r.key,
                            "position": r_i,
                            "label": r.label,
                            "extra": None,
                        }
                    )
                    for c, v in zip(t.columns, r.values, strict=True):
                        if v is not None:
                            cells.append(
                                {
                                    "package_id": i,
                                    "table_code": t.code,
                                    "row_key": r.key,
                                    "col_key": c.key,
                                    "value": v,
                                }
                            )
            conn.execute(insert(HqReturnLayout), layout)
            conn.execute(insert(HqReturnCell), cells)
            conn.execute(
                insert(HqAnnexRow),
                [
                    {
                        "package_id": i,
                        "case_ref": a.case_ref,
                        "reported_on": a.reported_on,
                        "age_band": a.age_band,
                        "sex": a.sex.value,
                        "reason_code": a.reason_code,
                        "name": None,
                    }
                    for a in o.annex.rows
                ],
            )
    elapsed = time.perf_counter() - started
    engine.dispose()
    return elapsed


def bench_backend(make_url: Any, tmp: Path, tables: Any) -> dict[str, Any]:
    db, hq, head, clerk = hq_database(make_url("hq"), tmp)
    store = KeyStore(tmp / f"keys-{uuid.uuid4().hex[:6]}")
    raw = store.create_hq_key(PASSPHRASE, now=NOW, replace=False)
    opener = store.hq_opener(PASSPHRASE)
    packages = make_packages(tmp / uuid.uuid4().hex[:6], raw, opener.key_id, tables)
    for info, _ in packages:
        hq.trust_station(head, info.to_file(), source="bench")
    paths = [p for _, p in packages]

    started = time.perf_counter()
    opened = []
    keys = {
        info.unit_code: [pkg.TrustedKey(info.unit_code, info.key_id, info.public_key)]
        for info, _ in packages
    }
    for path in paths:
        verified = pkg.verify_package(path.read_bytes(), lambda code: keys.get(code, []))
        opened.append(pkg.open_payload(verified, opener))
    crypto = time.perf_counter() - started

    started = time.perf_counter()
    receipts = hq.import_files(clerk, paths, opener)
    imported = time.perf_counter() - started
    assert all(r.status == IMPORTED for r in receipts), [
        r.message for r in receipts if r.status != IMPORTED
    ]

    started = time.perf_counter()
    doc = hq.consolidated(clerk, PERIOD)
    consolidate = time.perf_counter() - started
    assert len(doc.table("S1").rows) == STATIONS
    cells = sum(
        1 for t in opened[0].payload.tables for r in t.rows for v in r.values if v is not None
    )
    db.dispose()

    fresh = make_url("baseline")
    bdb, _, _, base_clerk = hq_database(fresh, tmp)
    base = baseline(bdb.target.url, opened, base_clerk.user_id)
    bdb.dispose()
    return {
        "packages": STATIONS,
        "cells_per_package": cells,
        "annex_rows_per_package": CASES,
        "import_seconds": round(imported, 2),
        "per_package_ms": round(1000 * imported / STATIONS, 1),
        "crypto_seconds": round(crypto, 2),
        "baseline_seconds": round(base, 2),
        "ratio": round(imported / base, 2),
        "consolidate_ms": round(1000 * consolidate, 1),
    }


def run(quick: bool = False) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="talash-bench-hq-") as name:
        tmp = Path(name)
        tables = station_tables(tmp)
        figures["sqlite"] = bench_backend(lambda db: str(tmp / f"{db}.sqlite"), tmp, tables)
        print("sqlite", figures["sqlite"])
        try:
            from tests.pg_server import PostgresServer, PostgresUnavailable

            server = PostgresServer.start()
        except (ImportError, PostgresUnavailable) as exc:
            figures["postgresql"] = f"not run: {exc}"
            return figures
        try:
            admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                for db in ("hq", "baseline"):
                    conn.execute(text(f'CREATE DATABASE "{db}"'))
            admin.dispose()
            figures["postgresql"] = bench_backend(server.url, tmp, tables)
            print("postgresql", figures["postgresql"])
        finally:
            server.stop()
    return figures


if __name__ == "__main__":
    run()
