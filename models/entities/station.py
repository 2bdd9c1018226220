"""The station, its officers, station-wide settings and the register-number counters."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime


class Station(Base):
    """A police station. A station's own database holds one; an HQ database holds many."""

    __tablename__ = "station"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_local: Mapped[str | None] = mapped_column(String(200))
    district: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(100))
    zone: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8), default="mr")
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Kolkata")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AppUser(Base):
    """An officer or clerk with an individual account."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"))
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    rank: Mapped[str] = mapped_column(String(60))
    buckle_no: Mapped[str | None] = mapped_column(String(30))
    official_phone: Mapped[str | None] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str | None] = mapped_column(String(255))
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer)
    # Two-person rules (models/services/approvals.py): who made the account and who last set a
    # temporary password for it. Either could log on with it before its owner did, so the
    # account never decides a request of theirs, nor they one of its.
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    password_set_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    # A new account or a password reset waiting for a second person's approval: the request,
    # and the temporary password's hash that takes effect when it is approved.
    pending_request: Mapped[str | None] = mapped_column(String(36))
    pending_password_hash: Mapped[str | None] = mapped_column(String(255))

    __mapper_args__ = {"version_id_col": version}


class Setting(Base):
    """A station-wide setting (JSON text), e.g. the clock durations of the SOP."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class RegisterCounter(Base):
    """The last number given per station, register kind (MP, FP, notices) and year.

    The row is updated inside the transaction that saves the record, so the number is taken
    only if the save commits: numbers stay gap-free and unique however many desks save at once.
    """

    __tablename__ = "register_counter"
    __table_args__ = (UniqueConstraint("station_id", "kind", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    kind: Mapped[str] = mapped_column(String(8))
    year: Mapped[int] = mapped_column(Integer)
    last_number: Mapped[int] = mapped_column(Integer, default=0)
