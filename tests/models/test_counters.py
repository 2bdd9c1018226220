"""The register's counters: taken in order, reserved in blocks, raised past kept serials, and a
kept serial checked against the register's sequence."""

from __future__ import annotations

import pytest

from models.db import Database
from models.services import counters
from models.services.common import local_station

KIND = "MP"


def station_id(db: Database) -> int:
    with db.read() as s:
        return local_station(s).id


def test_numbers_are_taken_in_order_per_kind_and_year(db: Database) -> None:
    sid = station_id(db)
    with db.write() as s:
        assert [counters.take(s, sid, KIND, 2026) for _ in range(3)] == [1, 2, 3]
        assert counters.take(s, sid, KIND, 2025) == 1
        assert counters.take(s, sid, "FP", 2026) == 1
    with db.read() as s:
        assert counters.last(s, sid, KIND, 2026) == 3
        assert counters.last(s, sid, KIND, 2024) == 0


def test_a_reserved_block_continues_the_sequence(db: Database) -> None:
    sid = station_id(db)
    with db.write() as s:
        assert list(counters.reserve(s, sid, KIND, 2026, 3)) == [1, 2, 3]
        assert counters.take(s, sid, KIND, 2026) == 4
        assert list(counters.reserve(s, sid, KIND, 2026, 2)) == [5, 6]
        with pytest.raises(ValueError):
            counters.reserve(s, sid, KIND, 2026, 0)


def test_raising_only_ever_moves_the_counter_up(db: Database) -> None:
    sid = station_id(db)
    with db.write() as s:
        counters.raise_to(s, sid, KIND, 2024, 15)  # first use of the year: the row is made
        assert counters.take(s, sid, KIND, 2024) == 16
        counters.raise_to(s, sid, KIND, 2024, 12)  # below: nothing changes
        assert counters.last(s, sid, KIND, 2024) == 16
        counters.raise_to(s, sid, KIND, 2024, 40)
        assert counters.take(s, sid, KIND, 2024) == 41


def test_a_rolled_back_save_gives_its_number_back(db: Database) -> None:
    sid = station_id(db)
    with pytest.raises(RuntimeError), db.write() as s:
        counters.take(s, sid, KIND, 2026)
        raise RuntimeError("the save failed")
    with db.write() as s:
        assert counters.take(s, sid, KIND, 2026) == 1


@pytest.mark.parametrize(
    ("serial", "top", "fits"),
    [
        (1, 0, True),
        (15, 0, True),
        (counters.MAX_SKIP, 0, True),
        (counters.MAX_SKIP + 1, 0, False),
        (9999, 0, False),  # would make the next entry MP/…/10000
        (9999, 9000, True),
        (10**23, 0, False),  # an absurd cell is refused in words, not by the database
        (0, 0, False),
        (counters.LAST_SERIAL + 1, counters.LAST_SERIAL, False),
    ],
)
def test_a_kept_serial_must_fit_the_registers_sequence(serial: int, top: int, fits: bool) -> None:
    why = counters.check_kept_serial(serial, top)
    assert (why is None) is fits
    if not fits:
        assert str(serial) in why  # type: ignore[operator]
