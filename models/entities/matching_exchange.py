"""Matching across stations: HQ's copy of each station's descriptors, the possible matches it
found and the notices it sent; at a station, the possible-match notices it received from HQ.

As with returns, one schema serves both kinds of database; each leaves the other's tables empty.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime


class HqMatchStation(Base):
    """A station whose descriptors HQ holds: from its newest package, with its contacts."""

    __tablename__ = "hq_match_station"

    id: Mapped[int] = mapped_column(primary_key=True)
    station_code: Mapped[str] = mapped_column(String(32), unique=True)
    station_name: Mapped[str] = mapped_column(String(200))
    name_local: Mapped[str | None] = mapped_column(String(200))
    district: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    package_id: Mapped[int] = mapped_column(ForeignKey("hq_package.id"))
    records: Mapped[int] = mapped_column(Integer)
    replaced_at: Mapped[datetime] = mapped_column(UTCDateTime())


class HqMatchRecord(Base):
    """One open case or unlinked found person (or body) of a station, as its matching profile."""

    __tablename__ = "hq_match_record"
    __table_args__ = (
        UniqueConstraint("station_code", "uuid"),
        Index("ix_hq_match_record_kind", "kind", "station_code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    station_code: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(8))  # case, found, body
    ref: Mapped[str] = mapped_column(String(40))
    uuid: Mapped[str] = mapped_column(String(36))
    profile: Mapped[str] = mapped_column(Text)  # canonical JSON of MatchProfile.to_dict()


class HqPossibleMatch(Base):
    """A found person (or body) of one station that HQ scored against a case of another."""

    __tablename__ = "hq_possible_match"
    __table_args__ = (UniqueConstraint("found_uuid", "case_uuid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    found_station: Mapped[str] = mapped_column(String(32))
    found_kind: Mapped[str] = mapped_column(String(8))
    found_ref: Mapped[str] = mapped_column(String(40))
    found_uuid: Mapped[str] = mapped_column(String(36))
    case_station: Mapped[str] = mapped_column(String(32))
    case_ref: Mapped[str] = mapped_column(String(40))
    case_uuid: Mapped[str] = mapped_column(String(36))
    score: Mapped[int] = mapped_column(Integer)
    first_found_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_found_at: Mapped[datetime] = mapped_column(UTCDateTime())


class HqMatchNotice(Base):
    """A signed possible-match notice file HQ made for one station."""

    __tablename__ = "hq_match_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[str] = mapped_column(String(36), unique=True)
    match_id: Mapped[int] = mapped_column(ForeignKey("hq_possible_match.id"), index=True)
    to_station: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(255))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))


class MatchNotice(Base):
    """At a station: a possible-match notice from HQ, on one of this station's records."""

    __tablename__ = "match_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[str] = mapped_column(String(36), unique=True)  # a second import: replay
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("mp_case.id", ondelete="CASCADE"), index=True
    )
    found_id: Mapped[int | None] = mapped_column(
        ForeignKey("found_person.id", ondelete="CASCADE"), index=True
    )
    hq_key_id: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    score: Mapped[int] = mapped_column(Integer)
    other_station: Mapped[str] = mapped_column(String(32))
    other_ref: Mapped[str] = mapped_column(String(40))
    body: Mapped[str] = mapped_column(Text)  # the signed notice's JSON, as received
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    imported_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
