"""A ``Person`` row and its child rows, to and from ``PersonInput``."""

from __future__ import annotations

from typing import Any

from models.dto.cases import (
    AddressRow,
    ClothingRow,
    ContactRow,
    IdDocumentRow,
    MarkRow,
    PersonInput,
    PhotoInfo,
)
from models.entities import (
    Address,
    ClothingItem,
    Contact,
    IdDocument,
    IdentificationMark,
    Person,
    PersonName,
)
from models.services.mapping import assign, build, scalar_fields
from models.text import search_key

PERSON_SCALARS = scalar_fields(PersonInput, exclude=("names", "aliases"))

# (DTO field, row DTO, ORM class) for each list of child rows.
ROW_LISTS: tuple[tuple[str, type[Any], type[Any]], ...] = (
    ("id_documents", IdDocumentRow, IdDocument),
    ("addresses", AddressRow, Address),
    ("contacts", ContactRow, Contact),
    ("marks", MarkRow, IdentificationMark),
    ("clothing", ClothingRow, ClothingItem),
)


def apply_person(person: Person, data: PersonInput) -> None:
    assign(person, data, PERSON_SCALARS)
    names = [("name", text) for text in data.names] + [("alias", text) for text in data.aliases]
    person.names = [
        PersonName(position=i, kind=kind, text=text, search_key=search_key(text))
        for i, (kind, text) in enumerate(names)
    ]
    for field, row_cls, orm_cls in ROW_LISTS:
        fields = scalar_fields(row_cls)
        rows = []
        for i, item in enumerate(getattr(data, field)):
            row = orm_cls(position=i)
            assign(row, item, fields)
            rows.append(row)
        setattr(person, field, rows)


def person_input(person: Person) -> PersonInput:
    extra: dict[str, Any] = {
        "names": tuple(n.text for n in person.names if n.kind == "name"),
        "aliases": tuple(n.text for n in person.names if n.kind == "alias"),
    }
    for field, row_cls, _orm in ROW_LISTS:
        fields = scalar_fields(row_cls)
        extra[field] = tuple(build(row_cls, row, fields) for row in getattr(person, field))
    return build(PersonInput, person, PERSON_SCALARS, extra=extra)


def photo_infos(person: Person) -> tuple[PhotoInfo, ...]:
    return tuple(
        PhotoInfo(
            id=p.id,
            primary=p.is_primary,
            taken_on=p.taken_on,
            source=p.source,
            width=p.width,
            height=p.height,
            sha256=p.sha256,
        )
        for p in person.photos
    )


def display_name(person: Person) -> str:
    for n in person.names:
        if n.kind == "name":
            return n.text
    return "(name not known)"
