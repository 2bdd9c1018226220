"""Returns to headquarters: drives, the station's export log, and HQ's side of the exchange.

A station database uses ``Drive`` and ``ReturnExport``; an HQ database uses the ``Hq*`` tables.
Both kinds share one schema (one program, one migration history), so each simply leaves the
other's tables empty.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime


class Drive(Base):
    """A named tracing drive (Operation Muskaan, Operation Smile) with its dates, station-local."""

    __tablename__ = "drive"
    __table_args__ = (UniqueConstraint("station_id", "name_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))  # folded, so "muskaan xii" finds it
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))


class ReturnExport(Base):
    """One signed return package this station produced. ``seq`` runs 1, 2, 3 … per station."""

    __tablename__ = "return_export"
    __table_args__ = (UniqueConstraint("station_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    seq: Mapped[int] = mapped_column(Integer)
    export_id: Mapped[str] = mapped_column(String(36), unique=True)
    period_kind: Mapped[str] = mapped_column(String(8))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    package_sha256: Mapped[str] = mapped_column(String(64))
    prev_sha256: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(64))
    hq_key_id: Mapped[str] = mapped_column(String(64))
    include_names: Mapped[bool] = mapped_column(Boolean)
    file_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))


class HqStationKey(Base):
    """A station's public signing key that HQ has chosen to trust (pinned, never learnt)."""

    __tablename__ = "hq_station_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    station_code: Mapped[str] = mapped_column(String(32), index=True)
    station_name: Mapped[str] = mapped_column(String(200))
    district: Mapped[str | None] = mapped_column(String(100))
    key_id: Mapped[str] = mapped_column(String(64), unique=True)
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the raw 32-byte Ed25519 key
    trusted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    trusted_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class HqPackage(Base):
    """A return package HQ accepted. ``export_id`` makes a second import of it a no-op."""

    __tablename__ = "hq_package"
    __table_args__ = (
        UniqueConstraint("station_code", "seq"),
        Index("ix_hq_package_period", "period_kind", "period_start", "period_end"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    export_id: Mapped[str] = mapped_column(String(36), unique=True)
    station_code: Mapped[str] = mapped_column(String(32))
    station_name: Mapped[str] = mapped_column(String(200))
    key_id: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    prev_sha256: Mapped[str] = mapped_column(String(64))
    period_kind: Mapped[str] = mapped_column(String(8))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    created_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    audit_head_id: Mapped[int] = mapped_column(Integer)
    audit_head_hash: Mapped[str] = mapped_column(String(64))
    # The package's audit chain against the head HQ held from the station's package before:
    # "first", "extends", "rewritten" (imported with ``chain_warning``), or "unchecked" (a
    # package of format 1 or 2, which cannot show it); None for packages imported before HQ
    # kept this.
    chain_check: Mapped[str | None] = mapped_column(String(16))
    chain_warning: Mapped[str | None] = mapped_column(Text)
    signed_by: Mapped[str | None] = mapped_column(String(200))
    include_names: Mapped[bool] = mapped_column(Boolean)
    manifest: Mapped[str] = mapped_column(Text)  # the signed manifest, byte for byte
    signature: Mapped[str] = mapped_column(String(100))  # base64
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    imported_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    file_name: Mapped[str] = mapped_column(String(255))


class HqReturnCell(Base):
    """One figure of one table of an imported return: what the consolidation adds up."""

    __tablename__ = "hq_return_cell"
    __table_args__ = (UniqueConstraint("package_id", "table_code", "row_key", "col_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(
        ForeignKey("hq_package.id", ondelete="CASCADE"), index=True
    )
    table_code: Mapped[str] = mapped_column(String(8))
    row_key: Mapped[str] = mapped_column(String(100))
    col_key: Mapped[str] = mapped_column(String(60))
    value: Mapped[int] = mapped_column(Integer)


class HqReturnLayout(Base):
    """Titles and row and column labels of an imported return's tables, in their order."""

    __tablename__ = "hq_return_layout"
    __table_args__ = (UniqueConstraint("package_id", "table_code", "kind", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(
        ForeignKey("hq_package.id", ondelete="CASCADE"), index=True
    )
    table_code: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(8))  # table, row, column
    key: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text)
    extra: Mapped[str | None] = mapped_column(Text)  # a column's percentage recipe; a note


class HqAnnexRow(Base):
    """A station's untraced child as listed in the annex (no name unless the station sent one)."""

    __tablename__ = "hq_annex_row"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[int] = mapped_column(
        ForeignKey("hq_package.id", ondelete="CASCADE"), index=True
    )
    case_ref: Mapped[str] = mapped_column(String(40))
    reported_on: Mapped[date] = mapped_column(Date)
    age_band: Mapped[str] = mapped_column(String(16))
    sex: Mapped[str] = mapped_column(String(16))
    reason_code: Mapped[str] = mapped_column(String(8))
    name: Mapped[str | None] = mapped_column(String(200))
