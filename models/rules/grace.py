"""The writer's grace period: the user who registered a case may mend it for a while.

A writer at the front desk often notices a typo while the family is still there. Changing a
registered case is the investigating officer's and the station head's (models/permissions.py);
the writer who saved it may still mend it until the end of their shift (the station's
``writer_grace_hours`` after the registration) or until an investigating officer takes the case,
whichever comes first (``writer_grace_ends_with_io``). Counting from the registration, not from
the writer's last save, keeps a writer from stretching the period by saving again.

Whether the period is open, and the words of the refusal once it is not, are decided here and
nowhere else: the case's permissions, the services' checks and the command line all read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from models.messages import msg
from models.policy import Policy


@dataclass(frozen=True)
class WriterGrace:
    """The grace period of one case's registering user."""

    writer_id: int  # who registered the case
    ends_at: datetime  # the end of the writer's shift
    taken_by_io: bool  # an investigating officer has the case: the period is over

    def open_for(self, user_id: int, now: datetime) -> bool:
        """Whether ``user_id`` may mend the case at ``now`` under the grace period."""
        return user_id == self.writer_id and not self.taken_by_io and now < self.ends_at

    def refusal(self, now: datetime, zone: tzinfo) -> str:
        """Why the registering user may no longer mend the case, in plain words."""
        if self.taken_by_io:
            return msg(
                "An investigating officer has taken this case, so the grace period for mending "
                "it is over; ask its investigating officer or the station head."
            )
        return msg(
            "The grace period for mending this case ended at {when}; ask its investigating "
            "officer or the station head.",
            when=_when(self.ends_at, now, zone),
        )


def writer_grace(
    *, writer_id: int, registered_at: datetime, io_id: int | None, policy: Policy
) -> WriterGrace:
    """The grace period of a case registered by ``writer_id`` at ``registered_at``."""
    return WriterGrace(
        writer_id=writer_id,
        ends_at=registered_at + timedelta(hours=policy.writer_grace_hours),
        taken_by_io=policy.writer_grace_ends_with_io and io_id is not None,
    )


# Months as the C locale's %b writes them, translatable in the window.
MONTHS_SHORT = (
    msg("Jan"),
    msg("Feb"),
    msg("Mar"),
    msg("Apr"),
    msg("May"),
    msg("Jun"),
    msg("Jul"),
    msg("Aug"),
    msg("Sep"),
    msg("Oct"),
    msg("Nov"),
    msg("Dec"),
)


def _when(instant: datetime, now: datetime, zone: tzinfo) -> str:
    """The time in the station's zone; the date too when it was not today."""
    local = instant.astimezone(zone)
    if local.date() == now.astimezone(zone).date():
        return local.strftime("%H:%M")
    return msg(
        "{time} on {day} {month} {year}",
        time=f"{local:%H:%M}",
        day=local.day,
        month=MONTHS_SHORT[local.month - 1],
        year=local.year,
    )
