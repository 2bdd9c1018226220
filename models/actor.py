"""Who is acting: every service that changes or reads case data is handed an ``Actor``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models.enums import Role


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    full_name: str
    role: Role
    station_id: int | None
    desk: str
    # A temporary password set by someone else: nothing is allowed until the user chooses one.
    must_change_password: bool = False
    # Capabilities lent by an approved break-glass request (models/services/approvals.py). Such
    # an actor is made only inside the approved window, and the window replaces it by the plain
    # one at ``break_glass_until`` and at every lock or log-off.
    break_glass: frozenset[str] = frozenset()
    break_glass_until: datetime | None = None

    def describe(self) -> str:
        return f"{self.full_name} ({self.username})"
