"""A person found without a report at this station (begging, labour, lost …), or an
unidentified dead body (kind ``dead_body``) with its inquest."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime
from models.entities.person import Person


class FoundPerson(Base):
    __tablename__ = "found_person"
    __table_args__ = (
        UniqueConstraint("station_id", "year", "serial"),
        UniqueConstraint("station_id", "ref_no"),
        Index("ix_found_person_station_found", "station_id", "found_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    version: Mapped[int] = mapped_column(Integer)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    ref_no: Mapped[str] = mapped_column(String(24))
    status: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16), server_default="person")
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), unique=True)
    is_child: Mapped[bool] = mapped_column(Boolean)
    sex: Mapped[str] = mapped_column(String(16))

    found_at: Mapped[datetime] = mapped_column(UTCDateTime())
    found_place: Mapped[str] = mapped_column(Text)
    place_type: Mapped[str | None] = mapped_column(String(24))
    district: Mapped[str | None] = mapped_column(String(100))
    state: Mapped[str | None] = mapped_column(String(100))
    locality: Mapped[str | None] = mapped_column(String(16))
    activity: Mapped[str | None] = mapped_column(String(24))  # None for a dead body
    found_by: Mapped[str | None] = mapped_column(String(200))
    drive: Mapped[str | None] = mapped_column(String(200))
    condition: Mapped[str | None] = mapped_column(String(24))
    native_place: Mapped[str | None] = mapped_column(String(200))
    native_state: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)

    cwc_produced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cwc_name: Mapped[str | None] = mapped_column(String(200))
    cwc_order_number: Mapped[str | None] = mapped_column(String(100))
    cwc_order: Mapped[str | None] = mapped_column(String(24))
    cci_name: Mapped[str | None] = mapped_column(String(200))

    # The upload of a found child's information to the portal (JJ Act s.32, since 1 Sept 2022).
    portal_uploaded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    portal: Mapped[str | None] = mapped_column(String(16))
    portal_reference: Mapped[str | None] = mapped_column(String(100))

    body_inquest_no: Mapped[str | None] = mapped_column(String(100))
    body_inquest_station: Mapped[str | None] = mapped_column(String(200))
    body_inquest_date: Mapped[date | None] = mapped_column(Date)
    body_postmortem_ref: Mapped[str | None] = mapped_column(String(100))
    body_postmortem_hospital: Mapped[str | None] = mapped_column(String(200))
    body_time_since_death: Mapped[str | None] = mapped_column(String(200))
    body_recorded_cause: Mapped[str | None] = mapped_column(Text)
    body_kept_at: Mapped[str | None] = mapped_column(String(200))
    body_disposal: Mapped[str | None] = mapped_column(String(16))
    body_disposed_on: Mapped[date | None] = mapped_column(Date)
    body_disposal_place: Mapped[str | None] = mapped_column(String(200))

    linked_case_id: Mapped[int | None] = mapped_column(ForeignKey("mp_case.id"), index=True)
    linked_external_ref: Mapped[str | None] = mapped_column(String(200))
    linked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    linked_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))

    person: Mapped[Person] = relationship()

    __mapper_args__ = {"version_id_col": version}
