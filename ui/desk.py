"""What every view of the window is given: the services, who is logged on, and where.

The composition root (desktop/gui.py) builds one ``Desk`` after the logon and hands it to the
main window, which passes it on; no widget looks anything up globally.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from models.actor import Actor
from models.dto.accounts import StationInfo, UserInfo
from models.permissions import Capability, allowed
from models.services import Services
from ui.drafts import DraftStore


@dataclass
class Desk:
    services: Services
    actor: Actor
    station: StationInfo
    lang: str = "en"  # labels of codes: en, mr or hi
    drafts: DraftStore | None = None
    outbox_dir: Path | None = None  # where printouts go to be opened by the system viewer
    keys_dir: Path | None = None  # the data folder's keys (the return's signing key, HQ's key)
    database: str = ""  # what the status bar names
    demo: bool = False
    _officers: list[UserInfo] | None = field(default=None, repr=False)

    @property
    def zone(self) -> tzinfo:
        return ZoneInfo(self.station.timezone)

    def now(self) -> datetime:
        return self.services.clock.now()

    def officers(self, *, refresh: bool = False) -> list[UserInfo]:
        """Officers who can receive a report, investigate or be JWO (cached for the session)."""
        if self._officers is None or refresh:
            self._officers = self.services.accounts.officers()
        return self._officers

    def can(self, capability: Capability, *, assigned_io_id: int | None = None) -> bool:
        """Whether the role may do this at all (what may be done with one case is what the case
        says: ``CaseDetail.permissions``); the service decides for real."""
        return allowed(self.actor, capability, assigned_io_id=assigned_io_id)

    def with_actor(self, actor: Actor) -> Desk:
        return replace(self, actor=actor)
