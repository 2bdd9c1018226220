"""The demo station: realistic proportions, and every invented case passes every rule."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import audit
from models.clock import FixedClock
from models.db import Database, open_database
from models.demo import DEMO_PASSWORD, create_demo_station, generate_demo
from models.dto.cases import ClosureStep
from models.entities import AuditEvent, Case, FoundPerson
from models.errors import Problem, UserError
from models.migrate import migrate
from models.services import case_store, counters
from models.services.accounts import AccountService
from models.services.rules_check import check_register
from tests.conftest import FIXED_NOW


def demo_db(tmp_path: Path, clock: FixedClock) -> Database:
    db = open_database(tmp_path / "demo.sqlite", create=True)
    migrate(db, backup_dir=None, clock=clock)
    create_demo_station(db, clock)
    return db


def test_demo_of_5000_cases_passes_every_rule(tmp_path: Path) -> None:
    clock = FixedClock(FIXED_NOW)
    db = demo_db(tmp_path, clock)
    summary = generate_demo(db, clock, cases=5000, seed=42)
    assert summary.cases == 5000
    assert list(check_register(db, clock)) == []
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 5000
        children = Counter(s.scalars(select(Case.sex).where(Case.is_child.is_(True))))
        statuses = Counter(s.scalars(select(Case.status)))
        found = s.scalar(select(func.count()).select_from(FoundPerson))
        begging = s.scalar(
            select(func.count()).select_from(FoundPerson).where(FoundPerson.activity == "begging")
        )
    # The seed's proportions: mostly children, girls about twice boys, most traced.
    assert 0.6 < sum(children.values()) / 5000 < 0.8
    assert 1.6 < children["female"] / children["male"] < 2.4
    assert (statuses["traced"] + statuses["closed"]) / 5000 > 0.85
    assert statuses["registered"] > 0  # some still missing
    assert found == 500 and begging and begging > 50
    db.dispose()


def test_demo_is_reproducible_and_stays_out_of_real_registers(tmp_path: Path, db: Database) -> None:
    clock = FixedClock(FIXED_NOW)
    first, second = demo_db(tmp_path / "a", clock), demo_db(tmp_path / "b", clock)
    a, b = (
        generate_demo(first, clock, cases=50, seed=7),
        generate_demo(second, clock, cases=50, seed=7),
    )
    assert a == b
    with first.read() as s1, second.read() as s2:
        assert list(s1.scalars(select(Case.uuid).order_by(Case.id))) == list(
            s2.scalars(select(Case.uuid).order_by(Case.id))
        )
    assert (
        AccountService(first, clock).authenticate("pi.shinde", DEMO_PASSWORD, desk="t").username
        == "pi.shinde"
    )
    first.dispose(), second.dispose()
    with pytest.raises(UserError, match="real register"):
        generate_demo(db, clock, cases=5, seed=1)


def test_demo_on_postgresql_too(backend: str, empty_db: Database) -> None:
    clock = FixedClock(FIXED_NOW)
    create_demo_station(empty_db, clock)
    generate_demo(empty_db, clock, cases=200, seed=3)
    assert list(check_register(empty_db, clock)) == []


def test_demo_cases_come_in_by_the_desks_path_and_the_trail_verifies(tmp_path: Path) -> None:
    """Each invented case is entered by the demo's writer through the register's one path for
    new entries: its own creation event, numbers from the counters, and an audit trail whose
    chain and record states all verify; a second run carries on the numbering."""
    clock = FixedClock(FIXED_NOW)
    db = demo_db(tmp_path, clock)
    generate_demo(db, clock, cases=60, seed=5)
    generate_demo(db, clock, cases=60, seed=6)  # the FIR book and the register carry on
    with db.read() as s:
        cases = list(s.scalars(select(Case)))
        created = Counter(
            (e.action, e.username, e.desk)
            for e in s.scalars(select(AuditEvent).where(AuditEvent.entity_type == "case"))
            if e.action == "case.create"
        )
        assert created == Counter({("case.create", "hc.pawar", "demo"): 120})
        for year in {c.year for c in cases}:
            serials = sorted(c.serial for c in cases if c.year == year)
            assert serials == list(range(1, len(serials) + 1))  # gap-free, no repeat
            assert counters.last(s, cases[0].station_id, "MP", year) == len(serials)
        firs = [(c.fir_at, c.fir_number) for c in cases if c.fir_number]
        assert len({number for _, number in firs}) == len(firs)
        assert audit.verify_chain(s).ok
        assert audit.verify_state(s).ok, audit.verify_state(s).problems
    assert list(check_register(db, clock)) == []
    db.dispose()


@pytest.mark.parametrize(
    ("rule", "step"),
    [
        ("check_action", "action"),
        ("check_trace", "trace"),
        ("check_reunion", "reunion"),
        ("check_closure_steps", "closure step"),
    ],
)
def test_a_rule_added_to_a_later_step_holds_for_the_demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rule: str, step: str
) -> None:
    """The demo takes each later step through the case store's check, the desk's: a rule that
    refuses every such step there stops the demo at that step (a bug in the generator)."""
    clock = FixedClock(FIXED_NOW)
    db = demo_db(tmp_path, clock)

    def refuse(*args: object) -> list[Problem]:
        return [Problem("new_rule", "refused by a rule added to this step")]

    monkeypatch.setattr(case_store, rule, refuse)
    with pytest.raises(AssertionError, match=f"invalid {step}: .*new_rule"):
        generate_demo(db, clock, cases=40, seed=5)
    db.dispose()


def test_the_demo_closes_a_case_only_through_the_stores_closure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A closure step the store's closure asks for, and the demo never does, keeps every demo
    case open: the demo closes by the same function as the station head."""
    clock = FixedClock(FIXED_NOW)
    db = demo_db(tmp_path, clock)
    monkeypatch.setattr(
        case_store, "closure_steps", lambda facts: [ClosureStep("new", "A new closure step")]
    )
    summary = generate_demo(db, clock, cases=40, seed=5)
    assert summary.traced > 20 and summary.closed == 0
    with db.read() as s:
        assert s.scalar(select(func.count()).where(Case.status == "closed")) == 0
    db.dispose()
