"""A register entry (case) and everything recorded against it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime
from models.entities.person import Person


class Case(Base):
    """One entry of the missing-person register."""

    __tablename__ = "mp_case"
    __table_args__ = (
        UniqueConstraint("station_id", "year", "serial"),
        UniqueConstraint("station_id", "register_no"),
        # An FIR number is given once per station and year (the year of the FIR, station time);
        # cases without an FIR leave both null, outside the constraint (revision 0012).
        UniqueConstraint("station_id", "fir_year", "fir_number"),
        Index("ix_mp_case_station_reported", "station_id", "reported_at", "id"),
        Index("ix_mp_case_station_status", "station_id", "status"),
        # The overdue list reads open cases in the order their clocks fall due (revision 0015).
        Index("ix_mp_case_clock_reported", "station_id", "status", "reported_at", "id"),
        Index("ix_mp_case_clock_fir", "station_id", "status", "fir_at", "id"),
        # The return counts the cases open today from this index alone, never from the rows
        # (models/returns/open_cases.py); and finds the FIRs registered in a period (0016).
        Index(
            "ix_mp_case_open_figures",
            "station_id",
            "status",
            "is_child",
            "sex",
            "age_at_disappearance",
            "fir_at",
            "reported_at",
            "id",
        ),
        Index("ix_mp_case_station_fir", "station_id", "fir_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    version: Mapped[int] = mapped_column(Integer)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    year: Mapped[int] = mapped_column(Integer)
    serial: Mapped[int] = mapped_column(Integer)
    register_no: Mapped[str] = mapped_column(String(24))
    status: Mapped[str] = mapped_column(String(16))
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime())

    # Report and FIR
    report_mode: Mapped[str] = mapped_column(String(16))
    zero_fir_station: Mapped[str | None] = mapped_column(String(200))
    zero_fir_number: Mapped[str | None] = mapped_column(String(40))
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    information_type: Mapped[str] = mapped_column(String(16), default="oral")
    gd_entry_no: Mapped[str | None] = mapped_column(String(40))
    gd_entry_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    received_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    io_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    jwo_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    delay_reason: Mapped[str | None] = mapped_column(Text)
    fir_number: Mapped[str | None] = mapped_column(String(40), index=True)
    fir_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    fir_year: Mapped[int | None] = mapped_column(Integer)
    fir_action_taken: Mapped[str | None] = mapped_column(String(32))
    fir_not_filed_reason: Mapped[str | None] = mapped_column(Text)
    fir_copy_given_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    fir_dispatched_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    # The missing person, and what is derived from them at every save
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), unique=True)
    is_child: Mapped[bool] = mapped_column(Boolean)
    age_at_disappearance: Mapped[int | None] = mapped_column(Integer)
    sex: Mapped[str] = mapped_column(String(16))  # copy of person.sex for the returns' GROUP BY

    # Circumstances
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_seen_place: Mapped[str] = mapped_column(Text)
    place_type: Mapped[str | None] = mapped_column(String(24))
    landmark: Mapped[str | None] = mapped_column(String(200))
    beat: Mapped[str | None] = mapped_column(String(60))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    direction_from_ps: Mapped[str | None] = mapped_column(String(200))
    outside_ps: Mapped[str | None] = mapped_column(String(200))
    outside_ps_district: Mapped[str | None] = mapped_column(String(200))
    last_seen_with: Mapped[str | None] = mapped_column(Text)
    means_of_travel: Mapped[str | None] = mapped_column(String(16))
    destination: Mapped[str | None] = mapped_column(Text)
    narrative: Mapped[str] = mapped_column(Text)
    previous_episodes: Mapped[int] = mapped_column(Integer, default=0)
    previous_episodes_notes: Mapped[str | None] = mapped_column(Text)
    places_frequented: Mapped[str | None] = mapped_column(Text)
    friends_associates: Mapped[str | None] = mapped_column(Text)
    relatives_outside: Mapped[str | None] = mapped_column(Text)
    triggers: Mapped[list[Any]] = mapped_column(JSON, default=list)
    trigger_notes: Mapped[str | None] = mapped_column(Text)
    preparations: Mapped[str | None] = mapped_column(Text)
    ransom_call: Mapped[bool] = mapped_column(Boolean, default=False)
    ransom_details: Mapped[str | None] = mapped_column(Text)

    # Reasons
    suspected_reason: Mapped[str] = mapped_column(String(8))
    confirmed_reason: Mapped[str | None] = mapped_column(String(8))
    presumed_abduction: Mapped[bool] = mapped_column(Boolean, default=False)
    involuntary: Mapped[bool | None] = mapped_column(Boolean)
    exploitation_type: Mapped[str | None] = mapped_column(String(16))
    inter_state: Mapped[bool] = mapped_column(Boolean, default=False)
    cross_border: Mapped[bool] = mapped_column(Boolean, default=False)
    sexual_offence: Mapped[bool] = mapped_column(Boolean, default=False)

    # An order allowing publicity for a case whose victim the law protects
    # (models/rules/publicity.py): its number, date, the court's or committee's name, the kind
    # of authority, what it permits, and the station head who recorded it.
    publication_order_ref: Mapped[str | None] = mapped_column(String(100))
    publication_order_date: Mapped[str | None] = mapped_column(String(10))
    publication_order_authority: Mapped[str | None] = mapped_column(String(200))
    publication_order_kind: Mapped[str | None] = mapped_column(String(16))
    publication_order_permits: Mapped[list[Any] | None] = mapped_column(JSON)
    publication_order_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    publication_order_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    transferred_to: Mapped[str | None] = mapped_column(String(200))
    void_reason: Mapped[str | None] = mapped_column(Text)
    # The earlier register entry of the same person (a repeat episode); models/rules/episodes.py
    repeat_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("mp_case.id", ondelete="SET NULL"), index=True
    )

    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))

    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    complainant: Mapped[Complainant | None] = relationship(
        cascade="all, delete-orphan", uselist=False
    )
    fir_sections: Mapped[list[FirSection]] = relationship(
        cascade="all, delete-orphan", order_by="FirSection.position"
    )
    suspects: Mapped[list[Suspect]] = relationship(
        cascade="all, delete-orphan", order_by="Suspect.position"
    )
    status_changes: Mapped[list[CaseStatusChange]] = relationship(
        cascade="all, delete-orphan", order_by="CaseStatusChange.id"
    )
    risk_assessments: Mapped[list[RiskAssessment]] = relationship(
        cascade="all, delete-orphan", order_by="RiskAssessment.id"
    )
    actions: Mapped[list[ActionEntry]] = relationship(order_by="ActionEntry.seq")
    trace: Mapped[TraceRecord | None] = relationship(cascade="all, delete-orphan", uselist=False)
    portal_updates: Mapped[list[PortalUpdate]] = relationship(
        cascade="all, delete-orphan", order_by="PortalUpdate.id"
    )

    __mapper_args__ = {"version_id_col": version}


class Complainant(Base):
    __tablename__ = "complainant"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("mp_case.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), unique=True)
    relation: Mapped[str | None] = mapped_column(String(24))
    seen_or_heard: Mapped[str | None] = mapped_column(String(8))
    read_over_language: Mapped[str | None] = mapped_column(String(8))
    consent_publish_photo: Mapped[bool] = mapped_column(Boolean, default=False)
    signature_kind: Mapped[str | None] = mapped_column(String(24))

    person: Mapped[Person] = relationship()


class FirSection(Base):
    __tablename__ = "fir_section"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mp_case.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    act: Mapped[str] = mapped_column(String(8))
    section: Mapped[str] = mapped_column(String(40))


class Suspect(Base):
    __tablename__ = "suspect"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mp_case.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str | None] = mapped_column(String(200))
    alias: Mapped[str | None] = mapped_column(String(200))
    relative_name: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)


class CaseStatusChange(Base):
    __tablename__ = "case_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mp_case.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)


class RiskAssessment(Base):
    __tablename__ = "risk_assessment"
    # The overdue list reads reviews in the order they fall due (revision 0015).
    __table_args__ = (Index("ix_risk_assessment_review", "next_review_due", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mp_case.id", ondelete="CASCADE"), index=True)
    assessed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    assessed_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    grade: Mapped[str] = mapped_column(String(24))
    rationale: Mapped[str] = mapped_column(Text)
    information_source: Mapped[str | None] = mapped_column(Text)
    next_review_due: Mapped[datetime] = mapped_column(UTCDateTime())


class ActionEntry(Base):
    """An entry of the action log. Append-only: database triggers refuse UPDATE and DELETE."""

    __tablename__ = "action_entry"
    __table_args__ = (
        UniqueConstraint("case_id", "seq"),
        # The return reads the AHTU transfers and portal uploads of a period by date (0016).
        Index("ix_action_entry_type_happened", "action_type", "happened_at", "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mp_case.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    action_type: Mapped[str] = mapped_column(String(24))
    happened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    portal: Mapped[str | None] = mapped_column(String(16))
    reference: Mapped[str | None] = mapped_column(String(100))
    stations: Mapped[str | None] = mapped_column(Text)
    details: Mapped[str | None] = mapped_column(Text)


class TraceRecord(Base):
    """How the person was traced, and then the reunion steps and closure steps."""

    __tablename__ = "trace_record"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("mp_case.id", ondelete="CASCADE"), primary_key=True
    )
    trace_type: Mapped[str] = mapped_column(String(24))
    traced_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    ps_informed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    how_traced: Mapped[str] = mapped_column(String(24))
    how_details: Mapped[str | None] = mapped_column(Text)
    portal: Mapped[str | None] = mapped_column(String(16))
    portal_match_id: Mapped[str | None] = mapped_column(String(100))
    drive: Mapped[str | None] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(Text)
    district: Mapped[str | None] = mapped_column(String(100))
    state: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str | None] = mapped_column(String(60))
    locality: Mapped[str] = mapped_column(String(16))
    traced_by_name: Mapped[str | None] = mapped_column(String(200))
    traced_by_rank: Mapped[str | None] = mapped_column(String(60))
    traced_by_number: Mapped[str | None] = mapped_column(String(30))
    traced_by_unit: Mapped[str | None] = mapped_column(String(200))
    found_with: Mapped[str | None] = mapped_column(Text)
    activity: Mapped[str | None] = mapped_column(String(24))
    condition: Mapped[str] = mapped_column(String(24))
    condition_details: Mapped[str | None] = mapped_column(Text)
    medical_exam: Mapped[str | None] = mapped_column(Text)
    new_fir_number: Mapped[str | None] = mapped_column(String(40))
    accused_arrested: Mapped[int] = mapped_column(Integer, default=0)
    uidb_number: Mapped[str | None] = mapped_column(String(60))
    statement_recorded: Mapped[bool] = mapped_column(Boolean, default=False)
    statement_by: Mapped[str | None] = mapped_column(String(200))
    do_not_disclose_location: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))

    # Reunion
    cwc_produced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cwc_name: Mapped[str | None] = mapped_column(String(200))
    cwc_order_number: Mapped[str | None] = mapped_column(String(100))
    cwc_order: Mapped[str | None] = mapped_column(String(24))
    cci_name: Mapped[str | None] = mapped_column(String(200))
    cwc_not_required_reason: Mapped[str | None] = mapped_column(Text)
    handover_to_name: Mapped[str | None] = mapped_column(String(200))
    handover_relation: Mapped[str | None] = mapped_column(String(24))
    handover_id_type: Mapped[str | None] = mapped_column(String(24))
    handover_id_number: Mapped[str | None] = mapped_column(String(60))
    handover_id_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    handover_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    handover_place: Mapped[str | None] = mapped_column(String(200))
    handover_witnesses: Mapped[str | None] = mapped_column(Text)
    counselling_done: Mapped[bool] = mapped_column(Boolean, default=False)
    school_readmission: Mapped[bool] = mapped_column(Boolean, default=False)
    follow_up: Mapped[str | None] = mapped_column(Text)
    safe_well_by: Mapped[str | None] = mapped_column(String(200))
    safe_well_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    safe_well_notes: Mapped[str | None] = mapped_column(Text)
    return_interview: Mapped[str | None] = mapped_column(String(16))
    return_interview_by: Mapped[str | None] = mapped_column(String(200))
    return_interview_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reunion_recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reunion_recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))

    # Closure steps
    complainant_informed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    dlsa_informed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    final_report_ref: Mapped[str | None] = mapped_column(String(100))


class PortalUpdate(Base):
    """A portal record updated after the trace (TrackChild, ZIPNET, CCTNS…): a closure step."""

    __tablename__ = "portal_update"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mp_case.id", ondelete="CASCADE"), index=True)
    portal: Mapped[str] = mapped_column(String(16))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reference: Mapped[str | None] = mapped_column(String(100))
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
