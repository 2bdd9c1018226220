"""Reading and changing the station's clocks and thresholds (station head only, audited)."""

from __future__ import annotations

import dataclasses
from typing import Any

from models import audit
from models.actor import Actor
from models.clock import Clock
from models.db import Database
from models.errors import Problem, ValidationFailed
from models.messages import msg
from models.permissions import Capability, require
from models.policy import MAX_LOCKOUT_MINUTES, MAX_RETENTION_YEARS, MAX_WRITER_GRACE_HOURS, Policy
from models.services.common import load_policy, save_policy


class PolicyService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def current(self) -> Policy:
        """The policy in force (anyone may read it: the window needs the idle lock, bands …)."""
        with self.db.read() as s:
            return load_policy(s)

    def change(self, actor: Actor, **values: Any) -> Policy:
        """Change some settings; each is checked, and the change is audited with before/after."""
        require(actor, Capability.CHANGE_POLICY)
        known = {f.name: f for f in dataclasses.fields(Policy)}
        problems: list[Problem] = []
        for name, value in values.items():
            if name not in known:
                problems.append(Problem(name, msg("is not a station setting")))
            elif name == "age_bands":
                problems += _band_problems(value)
            elif isinstance(getattr(Policy(), name), bool):
                if not isinstance(value, bool):
                    problems.append(Problem(name, msg("must be true or false")))
            elif isinstance(getattr(Policy(), name), int):
                if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                    problems.append(Problem(name, msg("must be a whole number, 0 or more")))
                elif name in ("cwc_production_hours", "idle_lock_minutes") and value == 0:
                    problems.append(Problem(name, msg("must be more than 0")))
                elif name.startswith("retention_") and not 1 <= value <= MAX_RETENTION_YEARS:
                    problems.append(
                        Problem(
                            name,
                            msg(
                                "must be from 1 to {MAX_RETENTION_YEARS} years",
                                MAX_RETENTION_YEARS=MAX_RETENTION_YEARS,
                            ),
                        )
                    )
                elif name == "writer_grace_hours" and value > MAX_WRITER_GRACE_HOURS:
                    problems.append(
                        Problem(
                            name,
                            msg(
                                "must be from 0 to {MAX_WRITER_GRACE_HOURS} (one day)",
                                MAX_WRITER_GRACE_HOURS=MAX_WRITER_GRACE_HOURS,
                            ),
                        )
                    )
                elif name == "lockout_minutes" and not 1 <= value <= MAX_LOCKOUT_MINUTES:
                    problems.append(
                        Problem(
                            name,
                            msg(
                                "must be from 1 to {MAX_LOCKOUT_MINUTES} (one day)",
                                MAX_LOCKOUT_MINUTES=MAX_LOCKOUT_MINUTES,
                            ),
                        )
                    )
            elif isinstance(getattr(Policy(), name), str) and not (
                isinstance(value, str) and value.isalnum() and value.isupper()
            ):
                problems.append(Problem(name, msg("must be capital letters or digits, e.g. MP")))
        if problems:
            raise ValidationFailed(problems)
        now = self.clock.now()
        with self.db.write() as s:
            before = load_policy(s)
            if "age_bands" in values:
                values["age_bands"] = tuple(values["age_bands"])
            after = dataclasses.replace(before, **values)
            save_policy(s, after)
            audit.record(
                s,
                at=now,
                actor=actor,
                action="policy.change",
                subject=audit.Subject("policy"),
                details={
                    "changes": [
                        {"field": k, "before": getattr(before, k), "after": getattr(after, k)}
                        for k in values
                    ]
                },
            )
            return after


def _band_problems(value: Any) -> list[Problem]:
    if not isinstance(value, (list, tuple)) or not value:
        return [Problem("age_bands", msg("give bands such as 0-5 6-11 12-15 16-17"))]
    previous_high = -1
    for band in value:
        low, _, high = str(band).partition("-")
        if not (low.isdigit() and high.isdigit()) or int(low) > int(high):
            return [Problem("age_bands", msg("'{band}' is not a band such as 12-15", band=band))]
        if int(low) != previous_high + 1:
            return [
                Problem("age_bands", msg("bands must follow on from each other, starting at 0"))
            ]
        previous_high = int(high)
    if previous_high != 17:
        return [Problem("age_bands", msg("the children's bands must end at 17"))]
    return []
