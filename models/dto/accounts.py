"""Stations and user accounts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models.enums import Role


@dataclass(frozen=True)
class StationInput:
    code: str
    name: str
    district: str
    state: str
    name_local: str | None = None
    zone: str | None = None
    phone: str | None = None
    email: str | None = None
    language: str = "mr"


@dataclass(frozen=True)
class StationInfo:
    id: int
    uuid: str
    code: str
    name: str
    name_local: str | None
    district: str
    state: str
    zone: str | None
    phone: str | None
    email: str | None
    language: str
    timezone: str


@dataclass(frozen=True)
class NewUser:
    username: str
    full_name: str
    rank: str
    role: Role
    buckle_no: str | None = None
    official_phone: str | None = None


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    rank: str
    role: Role
    buckle_no: str | None
    official_phone: str | None
    active: bool
    locked: bool
    created_at: datetime
    must_change_password: bool = False
    # A new account that waits for a second person's approval (it cannot log on yet).
    pending: bool = False
    # The request about this account that waits (a new account or a password reset), if any.
    waiting_request: str | None = None

    def describe(self) -> str:
        number = f", {self.buckle_no}" if self.buckle_no else ""
        return f"{self.full_name} ({self.rank}{number})"
