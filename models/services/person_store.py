"""A ``Person`` row and its child rows, to and from ``PersonInput``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from models.dto.cases import (
    AddressRow,
    ClothingRow,
    ContactRow,
    IdDocumentRow,
    MarkRow,
    PersonInput,
    PhotoInfo,
    PhotoInput,
)
from models.entities import (
    Address,
    ClothingItem,
    Contact,
    IdDocument,
    IdentificationMark,
    NameKey,
    Person,
    PersonName,
    Photo,
)
from models.errors import Problem
from models.messages import msg, said
from models.names import name_keys
from models.photos import NormalisedPhoto, PhotoRejected, normalise_photo
from models.services.mapping import assign, build, scalar_fields
from models.text import search_key

PERSON_SCALARS = scalar_fields(PersonInput, exclude=("names", "aliases"))
KEY_COLUMNS = ("position", "kind", "folded", "latin", "devanagari", "phonetic", "skeleton")
R = TypeVar("R")

# (DTO field, row DTO, ORM class) for each list of child rows.
ROW_LISTS: tuple[tuple[str, type[Any], type[Any]], ...] = (
    ("id_documents", IdDocumentRow, IdDocument),
    ("addresses", AddressRow, Address),
    ("contacts", ContactRow, Contact),
    ("marks", MarkRow, IdentificationMark),
    ("clothing", ClothingRow, ClothingItem),
)


def reuse_rows(current: Sequence[R], count: int, make: Callable[[], R]) -> list[R]:
    """``count`` rows for a child list: the rows already there kept in order (the caller writes
    the new values into them), new ones after them. An edit then writes only the rows whose
    values changed, and deletes only those past the new end, instead of deleting and inserting
    every row of the person (a one-field edit rewrote about sixty rows)."""
    return [*current[:count], *(make() for _ in range(len(current), count))]


def apply_person(person: Person, data: PersonInput) -> None:
    assign(person, data, PERSON_SCALARS)
    names = [("name", text) for text in data.names] + [("alias", text) for text in data.aliases]
    rows = reuse_rows(person.names, len(names), PersonName)
    for i, (row, (kind, text)) in enumerate(zip(rows, names, strict=True)):
        row.position, row.kind, row.text, row.search_key = i, kind, text, search_key(text)
    person.names = rows
    fresh = name_key_rows(names, data.relative_name)
    keys = reuse_rows(person.name_keys, len(fresh), NameKey)
    for key, new in zip(keys, fresh, strict=True):
        for column in KEY_COLUMNS:
            setattr(key, column, getattr(new, column))
    person.name_keys = keys
    for field, row_cls, orm_cls in ROW_LISTS:
        fields = scalar_fields(row_cls)
        items = getattr(data, field)
        rows = reuse_rows(getattr(person, field), len(items), orm_cls)
        for i, (row, item) in enumerate(zip(rows, items, strict=True)):
            row.position = i
            assign(row, item, fields)
        setattr(person, field, rows)


def name_key_rows(names: list[tuple[str, str]], relative_name: str | None) -> list[NameKey]:
    """The search rows of a person's names, aliases and relative's name."""
    every = [*names, *([("relative", relative_name)] if relative_name else [])]
    rows = []
    for i, (kind, text) in enumerate(every):
        keys = name_keys(text)
        if keys.folded:
            rows.append(
                NameKey(
                    position=i,
                    kind=kind,
                    folded=keys.folded[:200],
                    latin=keys.latin[:400],
                    devanagari=keys.devanagari[:400],
                    phonetic=keys.phonetic[:400],
                    skeleton=keys.skeleton[:400],
                )
            )
    return rows


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


def normalise_photos(
    photos: tuple[PhotoInput, ...], problems: list[Problem]
) -> list[tuple[PhotoInput, NormalisedPhoto]]:
    """Check and re-encode each photo (before any transaction: it is the slow part)."""
    out: list[tuple[PhotoInput, NormalisedPhoto]] = []
    for i, photo in enumerate(photos):
        if photo.data is None:
            problems.append(Problem(f"photos[{i}]", msg("the photo's file could not be read")))
            continue
        try:
            out.append((photo, normalise_photo(photo.data, name=photo.file or f"photo {i + 1}")))
        except PhotoRejected as exc:
            problems.append(Problem(f"photos[{i}]", said(exc)))
    return out


def attach_photos(
    person: Person,
    photos: list[tuple[PhotoInput, NormalisedPhoto]],
    *,
    by_id: int,
    at: datetime,
) -> None:
    """Add photos to a person; a new primary photo replaces the old one, and there is always one."""
    existing = person.photos
    if any(p.primary for p, _ in photos):
        for old in existing:
            old.is_primary = False
    for photo, norm in photos:
        existing.append(
            Photo(
                position=len(existing),
                is_primary=photo.primary,
                taken_on=photo.taken_on,
                source=photo.source,
                jpeg=norm.jpeg,
                thumbnail=norm.thumbnail,
                width=norm.width,
                height=norm.height,
                sha256=norm.sha256,
                added_at=at,
                added_by_id=by_id,
            )
        )
    if existing and not any(p.is_primary for p in existing):
        existing[0].is_primary = True
