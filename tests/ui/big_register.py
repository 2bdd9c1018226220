"""A register of 100,000 demo cases for the scrolling test, built once and cached.

Generating 100,000 cases one by one through the services takes many minutes, so the builder
generates a few hundred realistic demo cases and then copies their register rows (case, person,
names) in SQL until the register holds the number asked for. Copies keep their originals'
report times: many rows share a timestamp, which the keyset paging must order by id.
"""

from __future__ import annotations

import inspect
from pathlib import Path

from sqlalchemy import text

from models.clock import Clock
from models.db import Database, open_database
from models.demo import create_demo_station, generate_demo
from models.entities import Case, Person, PersonName
from models.migrate import head_revision, migrate

SEED_CASES = 500


def _columns(table: object, skip: set[str]) -> list[str]:
    return [c.name for c in table.columns if c.name not in skip]  # type: ignore[attr-defined]


def build(path: Path, clock: Clock, total: int) -> None:
    partial = path.with_name(path.name + ".building")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    db = open_database(partial, create=True)
    try:
        migrate(db, backup_dir=None, clock=clock)
        create_demo_station(db, clock)
        options = {"fast": True} if "fast" in inspect.signature(generate_demo).parameters else {}
        generate_demo(db, clock, cases=SEED_CASES, seed=11, **options)
        _replicate(db, total)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    partial.replace(path)


def _replicate(db: Database, total: int) -> None:
    person_cols = _columns(Person.__table__, {"id"})
    name_cols = _columns(PersonName.__table__, {"id", "person_id"})
    case_cols = _columns(
        Case.__table__, {"id", "uuid", "person_id", "serial", "register_no", "fir_number"}
    )
    with db.write() as s:
        seed = s.execute(text("SELECT count(*) FROM mp_case")).scalar_one()
        person_max = s.execute(text("SELECT max(id) FROM person")).scalar_one()
        name_max = s.execute(text("SELECT max(id) FROM person_name")).scalar_one()
        case_max = s.execute(text("SELECT max(id) FROM mp_case")).scalar_one()
        serial_max = s.execute(text("SELECT max(serial) FROM mp_case")).scalar_one()
    rounds = (total - seed + seed - 1) // seed
    made = seed
    for k in range(1, rounds + 1):
        take = min(seed, total - made)
        if take <= 0:
            break
        p_off, n_off, c_off, s_off = k * person_max, k * name_max, k * case_max, k * serial_max
        originals = f"SELECT id FROM mp_case ORDER BY id LIMIT {take}"  # noqa: S608
        with db.write() as s:
            s.execute(
                text(
                    f"INSERT INTO person (id, {', '.join(person_cols)}) "  # noqa: S608
                    f"SELECT id + {p_off}, {', '.join(person_cols)} FROM person "
                    f"WHERE id IN (SELECT person_id FROM mp_case WHERE id IN ({originals}))"
                )
            )
            s.execute(
                text(
                    f"INSERT INTO person_name (id, person_id, {', '.join(name_cols)}) "  # noqa: S608
                    f"SELECT id + {n_off}, person_id + {p_off}, {', '.join(name_cols)} "
                    "FROM person_name WHERE person_id IN "
                    f"(SELECT person_id FROM mp_case WHERE id IN ({originals}))"
                )
            )
            uuid = (
                "lower(substr(hex(u), 1, 8) || '-' || substr(hex(u), 9, 4) || '-' || "
                "substr(hex(u), 13, 4) || '-' || substr(hex(u), 17, 4) || '-' || "
                "substr(hex(u), 21, 12))"
            )
            s.execute(
                text(
                    f"INSERT INTO mp_case (id, uuid, person_id, serial, register_no, "  # noqa: S608
                    f"fir_number, {', '.join(case_cols)}) "
                    f"SELECT id + {c_off}, {uuid}, person_id + {p_off}, serial + {s_off}, "
                    f"'MP/' || year || '/' || printf('%04d', serial + {s_off}), "
                    # An FIR number is given once a year: the copy gets its serial, six digits wide
                    # so that it never meets a seed case's four-digit number.
                    f"CASE WHEN fir_number IS NULL THEN NULL "
                    f"ELSE printf('%06d/%d', serial + {s_off}, year) END, "
                    f"{', '.join(case_cols)} "
                    f"FROM (SELECT *, randomblob(16) AS u FROM mp_case WHERE id IN ({originals}))"
                )
            )
        made += take


def cached(cache_dir: Path, clock: Clock, total: int) -> Path:
    """The path of a finished register of ``total`` cases (built on first use)."""
    # A new migration makes a new file: the copy must have this program's schema.
    path = cache_dir / f"register-{total}-{head_revision()}.sqlite"
    if not path.exists():
        build(path, clock, total)
    return path
