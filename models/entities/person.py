"""A person as described in the register: the missing person, a complainant, a found person.

Names, documents, addresses, contacts, marks, clothing and photos are rows of their own, so that
search keys and (later) cross-script matching work per name, never inside free text.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, LargeBinary, String, Text
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


class PersonName(Base):
    """A name or alias as typed (NFC), with its folded search key."""

    __tablename__ = "person_name"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))  # "name" or "alias"
    text: Mapped[str] = mapped_column(String(200))
    search_key: Mapped[str] = mapped_column(String(200), index=True)


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
