"""Re-check every case in the register against today's rules (after an import, or a demo).

Each case is read back as its input and validated as if it were being saved again, and its state
is checked for consistency: a traced case has a trace, a closed case has no open closure step,
a child case has its FIR or a recorded reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.clock import Clock
from models.db import Database
from models.entities import AppUser, Case
from models.enums import CaseStatus
from models.errors import Problem
from models.messages import msg
from models.rules.case_rules import RuleContext, check_case
from models.services import case_store
from models.services.common import station_context, users_by_id

BATCH = 500


@dataclass(frozen=True)
class RuleFinding:
    register_no: str
    problem: Problem


def check_register(db: Database, clock: Clock) -> Iterator[RuleFinding]:
    """Yield every rule the stored cases break (errors only), batch by batch."""
    now = clock.now()
    last_id = 0
    while True:
        with db.read() as s:
            sc = station_context(s)
            ctx = RuleContext.default(now, sc.zone)
            users = users_by_id(s)
            rows = list(
                s.scalars(
                    select(Case)
                    .where(Case.station_id == sc.station.id, Case.id > last_id)
                    .order_by(Case.id)
                    .limit(BATCH)
                    .options(*case_store.case_load_options())
                )
            )
            if not rows:
                return
            for case in rows:
                yield from _check_one(s, case, ctx, users)
            last_id = rows[-1].id


def _check_one(
    s: Session, case: Case, ctx: RuleContext, users: dict[int, AppUser]
) -> Iterator[RuleFinding]:
    data = case_store.case_input(case, users)
    for problem in check_case(data, ctx, new_risk=False):
        if problem.is_error:
            yield RuleFinding(case.register_no, problem)
    # An FIR number another case already holds (an older register, upgraded: revision 0012).
    for problem in case_store.fir_number_problems(
        s, case.station_id, data.fir, ctx.zone, exclude_case_id=case.id
    ):
        yield RuleFinding(case.register_no, problem)
    status = CaseStatus(case.status)
    if status in (CaseStatus.TRACED, CaseStatus.CLOSED) and case.trace is None:
        yield RuleFinding(
            case.register_no,
            Problem("status", msg("is {value} but has no trace", value=status.value)),
        )
    if status is CaseStatus.CLOSED:
        for step in case_store.open_closure_steps(s, case):
            yield RuleFinding(
                case.register_no,
                Problem("closure", msg("closed with a step open: {label}", label=step.label)),
            )
