"""Who is acting: every service that changes or reads case data is handed an ``Actor``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models.enums import Role
from models.errors import UserError
from models.messages import msg, said
from models.text import TextProblem, check_desk_name


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

    def __post_init__(self) -> None:
        # The desk's name goes into every audit event the actor writes: checked here, whichever
        # way the actor was made (the settings file, a script, a test).
        try:
            check_desk_name(self.desk)
        except TextProblem as exc:
            raise UserError(msg("This desk cannot act: {exc}.", exc=said(exc))) from None

    def describe(self) -> str:
        return f"{self.full_name} ({self.username})"
