"""Lookout notices: requested, approved, issued, then marked for withdrawal and withdrawn."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime


class Notice(Base):
    __tablename__ = "notice"
    __table_args__ = (UniqueConstraint("station_id", "notice_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    version: Mapped[int] = mapped_column(Integer)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("mp_case.id"), index=True)
    found_person_id: Mapped[int | None] = mapped_column(ForeignKey("found_person.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    notice_no: Mapped[str | None] = mapped_column(String(24))
    status: Mapped[str] = mapped_column(String(16))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    withdrawal_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    withdrawn_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    refused_reason: Mapped[str | None] = mapped_column(Text)

    __mapper_args__ = {"version_id_col": version}
