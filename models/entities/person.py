"""A person as described in the register: the missing person, a complainant, a found person.

Names, documents, addresses, contacts, marks, clothing and photos are rows of their own, so that
search keys and (later) cross-script matching work per name, never inside free text.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    event,
    inspect,
    select,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    sex: Mapped[str] = mapped_column(String(16), default="unknown")
    date_of_birth: Mapped[str | None] = mapped_column(String(10))  # YYYY, YYYY-MM or YYYY-MM-DD
    age_min: Mapped[int | None] = mapped_column(Integer)
    age_max: Mapped[int | None] = mapped_column(Integer)
    relative_name: Mapped[str | None] = mapped_column(String(200))
    relative_relation: Mapped[str | None] = mapped_column(String(24))
    nationality: Mapped[str | None] = mapped_column(String(60))
    mother_tongue: Mapped[str | None] = mapped_column(String(8))
    languages: Mapped[list[Any]] = mapped_column(JSON, default=list)
    education: Mapped[str | None] = mapped_column(String(200))
    school_name: Mapped[str | None] = mapped_column(String(200))
    school_class: Mapped[str | None] = mapped_column(String(40))
    occupation: Mapped[str | None] = mapped_column(String(200))
    marital_status: Mapped[str | None] = mapped_column(String(16))
    height_cm: Mapped[int | None] = mapped_column(Integer)
    height_min_cm: Mapped[int | None] = mapped_column(Integer)
    height_max_cm: Mapped[int | None] = mapped_column(Integer)
    build: Mapped[str | None] = mapped_column(String(16))
    complexion: Mapped[str | None] = mapped_column(String(16))
    face_shape: Mapped[str | None] = mapped_column(String(16))
    hair_colour: Mapped[str | None] = mapped_column(String(16))
    hair_length: Mapped[str | None] = mapped_column(String(16))
    hair_style: Mapped[str | None] = mapped_column(String(200))
    facial_hair: Mapped[str | None] = mapped_column(String(200))
    eye_colour: Mapped[str | None] = mapped_column(String(16))
    spectacles: Mapped[bool] = mapped_column(Boolean, default=False)
    other_features: Mapped[str | None] = mapped_column(Text)
    disabilities: Mapped[list[Any]] = mapped_column(JSON, default=list)
    disability_notes: Mapped[str | None] = mapped_column(Text)
    medical_needs: Mapped[str | None] = mapped_column(Text)
    blood_group: Mapped[str | None] = mapped_column(String(4))
    description_notes: Mapped[str | None] = mapped_column(Text)

    names: Mapped[list[PersonName]] = relationship(
        cascade="all, delete-orphan", order_by="PersonName.position"
    )
    id_documents: Mapped[list[IdDocument]] = relationship(
        cascade="all, delete-orphan", order_by="IdDocument.position"
    )
    addresses: Mapped[list[Address]] = relationship(
        cascade="all, delete-orphan", order_by="Address.position"
    )
    contacts: Mapped[list[Contact]] = relationship(
        cascade="all, delete-orphan", order_by="Contact.position"
    )
    marks: Mapped[list[IdentificationMark]] = relationship(
        cascade="all, delete-orphan", order_by="IdentificationMark.position"
    )
    clothing: Mapped[list[ClothingItem]] = relationship(
        cascade="all, delete-orphan", order_by="ClothingItem.position"
    )
    photos: Mapped[list[Photo]] = relationship(
        cascade="all, delete-orphan", order_by="Photo.position"
    )
    name_keys: Mapped[list[NameKey]] = relationship(
        cascade="all, delete-orphan", order_by="NameKey.position"
    )


class PersonName(Base):
    """A name or alias as typed (NFC), with its folded search key."""

    __tablename__ = "person_name"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))  # "name" or "alias"
    text: Mapped[str] = mapped_column(String(200))
    search_key: Mapped[str] = mapped_column(String(200), index=True)


class NameKey(Base):
    """The searchable forms of a name, an alias or the relative's name (``models.names``).

    Written by ``models.services.person_store`` with the name, in the same transaction. Station
    mode indexes ``phonetic`` and ``skeleton`` in an FTS5 trigram table (revision 0005) that the
    mapper events below keep in step; PostgreSQL indexes them with pg_trgm GIN indexes.
    """

    __tablename__ = "name_key"
    __table_args__ = (
        Index(
            "ix_name_key_phonetic_trgm",
            "phonetic",
            postgresql_using="gin",
            postgresql_ops={"phonetic": "gin_trgm_ops"},
        ).ddl_if(dialect="postgresql"),
        Index(
            "ix_name_key_skeleton_trgm",
            "skeleton",
            postgresql_using="gin",
            postgresql_ops={"skeleton": "gin_trgm_ops"},
        ).ddl_if(dialect="postgresql"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))  # "name", "alias" or "relative"
    folded: Mapped[str] = mapped_column(String(200), index=True)
    latin: Mapped[str] = mapped_column(String(400))
    devanagari: Mapped[str] = mapped_column(String(400))
    # B-tree index too: short names ("Ram" = "rm") are found by the key's beginning.
    phonetic: Mapped[str] = mapped_column(String(400), index=True)
    skeleton: Mapped[str] = mapped_column(String(400))


class IdDocument(Base):
    __tablename__ = "id_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    doc_type: Mapped[str] = mapped_column(String(24))
    number: Mapped[str] = mapped_column(String(60))
    issue_date: Mapped[str | None] = mapped_column(String(10))
    issue_place: Mapped[str | None] = mapped_column(String(200))


class Address(Base):
    __tablename__ = "address"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    line: Mapped[str | None] = mapped_column(Text)
    locality: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(100))
    district: Mapped[str | None] = mapped_column(String(100))
    state: Mapped[str | None] = mapped_column(String(100))
    pin: Mapped[str | None] = mapped_column(String(10))
    country: Mapped[str | None] = mapped_column(String(60))


class Contact(Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(String(200))


class IdentificationMark(Base):
    __tablename__ = "identification_mark"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    mark_type: Mapped[str] = mapped_column(String(16))
    body_location: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)


class ClothingItem(Base):
    __tablename__ = "clothing_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    area: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text)
    colour: Mapped[str | None] = mapped_column(String(100))


class Photo(Base):
    """A photo normalised to JPEG without EXIF; the thumbnail is for lists and notices."""

    __tablename__ = "photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    taken_on: Mapped[str | None] = mapped_column(String(10))
    source: Mapped[str | None] = mapped_column(String(200))
    jpeg: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


# The station's FTS5 index is an external-content table: it holds only what it is told. SQLite
# refuses triggers that write to a virtual table while ``trusted_schema`` is off (models.db sets
# it off so that a register edited by another program cannot run code through its schema), so
# every write of a name key tells the index here, in the same transaction.
FTS_INSERT = (
    "INSERT INTO name_key_fts(rowid, phonetic, skeleton) VALUES (:id, :phonetic, :skeleton)"
)
FTS_DELETE = (
    "INSERT INTO name_key_fts(name_key_fts, rowid, phonetic, skeleton) "
    "VALUES ('delete', :id, :phonetic, :skeleton)"
)


def _fts(connection: Connection, statement: str, rows: list[dict[str, Any]]) -> None:
    if connection.dialect.name == "sqlite" and rows:
        connection.execute(text(statement), rows)


def _keys(target: NameKey) -> dict[str, Any]:
    return {"id": target.id, "phonetic": target.phonetic, "skeleton": target.skeleton}


@event.listens_for(NameKey, "after_insert")
def _indexed(mapper: Any, connection: Connection, target: NameKey) -> None:
    _fts(connection, FTS_INSERT, [_keys(target)])


@event.listens_for(NameKey, "after_delete")
def _unindexed(mapper: Any, connection: Connection, target: NameKey) -> None:
    state = inspect(target)
    old = {
        name: (state.attrs[name].history.deleted or [getattr(target, name)])[0]
        for name in ("phonetic", "skeleton")
    }
    _fts(connection, FTS_DELETE, [{"id": target.id, **old}])


@event.listens_for(NameKey, "after_update")
def _reindexed(mapper: Any, connection: Connection, target: NameKey) -> None:
    state = inspect(target)
    old = {
        name: (state.attrs[name].history.deleted or [getattr(target, name)])[0]
        for name in ("phonetic", "skeleton")
    }
    # SQLAlchemy calls this for every key the session holds as changed, even one whose indexed
    # words were set to what they were (an edit rewrites a person's keys in place): only a
    # change of those words is a change of the index.
    if old == {"phonetic": target.phonetic, "skeleton": target.skeleton}:
        return
    _fts(connection, FTS_DELETE, [{"id": target.id, **old}])
    _fts(connection, FTS_INSERT, [_keys(target)])


def unindex_persons(connection: Connection, person_ids: list[int]) -> None:
    """Take the names of these persons out of the station's FTS5 index and merge its segments,
    so no trigram of a destroyed name is left behind (before their ``name_key`` rows are deleted
    with SQL, which the mapper events do not see)."""
    if connection.dialect.name != "sqlite" or not person_ids:
        return
    rows = connection.execute(
        select(NameKey.id, NameKey.phonetic, NameKey.skeleton).where(
            NameKey.person_id.in_(person_ids)
        )
    ).all()
    _fts(connection, FTS_DELETE, [dict(r._mapping) for r in rows])
    connection.execute(text("INSERT INTO name_key_fts(name_key_fts) VALUES ('optimize')"))
