"""The register's numbers: one counter per station, kind (MP, FP, a notice series) and year.

Every number a record gets comes from here, inside the transaction that saves the record: the
counter row is updated by that transaction, so it stays locked until the save commits (a
PostgreSQL row lock; SQLite's write lock) and a save that rolls back gives its number back. The
desk, the legacy import and the demo therefore number alike, and two desks never get one number.

The register's sequence for a year is 1, 2, 3 … up to ``LAST_SERIAL`` (a register number has
four digits: MP/2026/0001 … MP/2026/9999). The counter gives the numbers in order; a serial
kept from an earlier register (``check_kept_serial``) must fit that sequence: inside it, and no
more than ``MAX_SKIP`` numbers past the year's highest number so far, so one mistyped or
hostile cell cannot throw the year's numbering thousands ahead (docs/decisions.md).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.entities import RegisterCounter

LAST_SERIAL = 9999
MAX_SKIP = 1000


# The counter row is never held as an object in the session, so an UPDATE need not look for one
# to refresh: without this, SQLAlchemy scans the whole identity map on every number (a batch of
# thousands of rows makes each number slower than the last).
_PLAIN = {"synchronize_session": False}


def _row(station_id: int, kind: str, year: int) -> ColumnElement[bool]:
    return (
        (RegisterCounter.station_id == station_id)
        & (RegisterCounter.kind == kind)
        & (RegisterCounter.year == year)
    )


def last(session: Session, station_id: int, kind: str, year: int) -> int:
    """The last number given for (station, kind, year); 0 before the first."""
    value = session.scalar(select(RegisterCounter.last_number).where(_row(station_id, kind, year)))
    return int(value or 0)


def take(session: Session, station_id: int, kind: str, year: int) -> int:
    """The next number for (station, kind, year), taken inside the caller's transaction."""
    return reserve(session, station_id, kind, year, 1).start


def reserve(session: Session, station_id: int, kind: str, year: int, count: int) -> range:
    """``count`` consecutive numbers at once (a batch of records), as ``take`` would give them."""
    if count < 1:
        raise ValueError("reserve at least one number")
    top = _advance(session, station_id, kind, year, count)
    return range(top - count + 1, top + 1)


def raise_to(session: Session, station_id: int, kind: str, year: int, number: int) -> None:
    """Keep the counter at or above ``number`` (a serial kept from an earlier register), so the
    next number taken comes after it."""
    where = _row(station_id, kind, year)
    if last(session, station_id, kind, year) == 0 and _create(
        session, station_id, kind, year, number
    ):
        return
    # Only ever upwards: a desk that took a higher number meanwhile keeps it.
    session.execute(
        update(RegisterCounter)
        .where(where & (RegisterCounter.last_number < number))
        .values(last_number=number)
        .execution_options(**_PLAIN)
    )


def check_kept_serial(serial: int, year_top: int) -> str | None:
    """Why ``serial``, kept from an earlier register, does not fit a year whose highest number so
    far is ``year_top``; None when it fits."""
    if serial < 1 or serial > LAST_SERIAL:
        return f"{serial} is not a register serial (they run from 1 to {LAST_SERIAL})"
    if serial > year_top + MAX_SKIP:
        return (
            f"{serial} is outside the register's sequence: the year's numbers reach {year_top}, "
            f"and a kept serial may leave at most {MAX_SKIP} numbers unused before it "
            f"(up to {year_top + MAX_SKIP}); check the cell, or leave it empty for the next number"
        )
    return None


def _advance(session: Session, station_id: int, kind: str, year: int, count: int) -> int:
    """Add ``count`` to the counter and return its new value, making the row on first use."""
    where = _row(station_id, kind, year)
    statement = (
        update(RegisterCounter)
        .where(where)
        .values(last_number=RegisterCounter.last_number + count)
        .returning(RegisterCounter.last_number)
        .execution_options(**_PLAIN)
    )
    result = session.execute(statement).scalar_one_or_none()
    if result is not None:
        return int(result)
    if _create(session, station_id, kind, year, count):
        return count
    return int(session.execute(statement).scalar_one())


def _create(session: Session, station_id: int, kind: str, year: int, number: int) -> bool:
    """Make the counter row at ``number``; False when it exists already.

    A desk racing us inserts the same row: the unique constraint makes one insert wait and then
    fail, and the caller falls back to updating the row the other desk made.
    """
    nested = session.begin_nested()
    try:
        session.add(
            RegisterCounter(station_id=station_id, kind=kind, year=year, last_number=number)
        )
        session.flush()
        nested.commit()
        return True
    except IntegrityError:
        nested.rollback()
        return False
