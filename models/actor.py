"""Who is acting: every service that changes or reads case data is handed an ``Actor``."""

from __future__ import annotations

from dataclasses import dataclass

from models.enums import Role


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    full_name: str
    role: Role
    station_id: int | None
    desk: str

    def describe(self) -> str:
        return f"{self.full_name} ({self.username})"
