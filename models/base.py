"""The declarative base shared by every entity, and column types used across them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, MetaData
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

# Named constraints: SQLite batch migrations can only alter constraints that have names.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """An instant stored as naive UTC and always returned timezone-aware (UTC).

    SQLite has no time zones and PostgreSQL's ``timestamptz`` converts to the session zone; storing
    naive UTC in both keeps comparisons and indexes identical on the two databases.
    """

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UTCDateTime needs a timezone-aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        # The same instant as ``value.replace(tzinfo=UTC)`` in a quarter of the time: every
        # instant the program reads passes here (two on each line of a register page).
        return datetime.combine(value, value.time(), UTC)


# The station's full-text index of name keys (revision 0005) and its shadow tables: an SQLite
# virtual table the ORM does not describe, kept in step by triggers.
FTS_TABLE_PREFIX = "name_key_fts"


def described_by_orm(name: str | None, type_: str, parent_names: object) -> bool:
    """Whether a schema object is one the ORM metadata describes (for schema comparison)."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE_PREFIX))


def in_dialect(dialect: str) -> Callable[[Any, str | None, str, bool, Any], bool]:
    """For schema comparison: leave out the metadata's indexes made only on another database
    (``Index.ddl_if(dialect=...)``, such as the pg_trgm indexes)."""

    def include(obj: Any, name: str | None, type_: str, reflected: bool, other: Any) -> bool:
        if type_ != "index" or reflected:
            return True
        ddl_if = getattr(obj, "_ddl_if", None)
        return ddl_if is None or ddl_if.dialect in (None, dialect)

    return include
