"""When an idle window locks itself: the rule, without any widget.

The window feeds every key press and mouse move to ``IdleLock.activity()`` and asks
``IdleLock.due()`` from a timer; when it is due (or the user presses "Lock"), the window hides all
case data and shows only the unlock prompt, which calls
``AccountService.verify_password_for_unlock``. Time is a monotonic counter handed in, so changing
the computer's clock neither locks nor unlocks anything, and tests move time by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

DEFAULT_MINUTES = 15
MIN_MINUTES = 1
# CJIS Security Policy: a session locks after at most 30 minutes without activity.
MAX_MINUTES = 30


@dataclass(frozen=True)
class IdlePolicy:
    timeout_seconds: float = DEFAULT_MINUTES * 60

    @classmethod
    def from_minutes(cls, minutes: int) -> IdlePolicy:
        """The station's setting, held within 1–30 minutes whatever the setting says."""
        return cls(float(min(max(minutes, MIN_MINUTES), MAX_MINUTES) * 60))


class IdleLock:
    """Tracks activity and says when the window must lock."""

    def __init__(self, policy: IdlePolicy, monotonic: Callable[[], float]) -> None:
        self.policy = policy
        self._now = monotonic
        self._last = monotonic()
        self._locked = False

    @property
    def locked(self) -> bool:
        return self._locked

    def activity(self) -> None:
        """Input arrived; ignored while locked (only a right password unlocks)."""
        if not self._locked:
            self._last = self._now()

    def seconds_left(self) -> float:
        return max(0.0, self.policy.timeout_seconds - (self._now() - self._last))

    def due(self) -> bool:
        """True once the window must lock (and stays true until ``unlocked``)."""
        if not self._locked and self.seconds_left() <= 0:
            self._locked = True
        return self._locked

    def lock(self) -> None:
        """Lock now (the user pressed "Lock" or logged off)."""
        self._locked = True

    def unlocked(self) -> None:
        """The password was verified: start a fresh idle period."""
        self._locked = False
        self._last = self._now()
