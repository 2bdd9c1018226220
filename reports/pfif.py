"""PFIF 1.4 XML (People Finder Interchange Format, http://zesty.ca/pfif/1.4/).

Each open case is a ``<pfif:person>`` with one enclosed ``<pfif:note>``; fields appear in the
order the 1.4 specification lists them, empty ones are left out, and times are UTC
(``YYYY-MM-DDTHH:MM:SSZ``). Record ids are ``<domain>/<case uuid>`` and
``<domain>/note.<case uuid>``, so a re-export updates the same records at the receiving end.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime

from models.dto.interchange import PfifExport, PfifPerson

NAMESPACE = "http://zesty.ca/pfif/1.4"
PERSON_FIELDS = (
    "person_record_id",
    "entry_date",
    "expiry_date",
    "author_name",
    "author_email",
    "author_phone",
    "source_name",
    "source_date",
    "source_url",
    "full_name",
    "given_name",
    "family_name",
    "alternate_names",
    "description",
    "sex",
    "date_of_birth",
    "age",
    "home_street",
    "home_neighborhood",
    "home_city",
    "home_state",
    "home_postal_code",
    "home_country",
    "photo_url",
    "profile_urls",
)
NOTE_FIELDS = (
    "note_record_id",
    "person_record_id",
    "linked_person_record_id",
    "entry_date",
    "author_name",
    "author_email",
    "author_phone",
    "source_date",
    "author_made_contact",
    "status",
    "email_of_found_person",
    "phone_of_found_person",
    "last_known_location",
    "text",
    "photo_url",
)


def utc(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _add(parent: ET.Element, fields: tuple[str, ...], values: dict[str, str | None]) -> None:
    unknown = set(values) - set(fields)
    if unknown:
        raise ValueError(f"not PFIF 1.4 fields: {sorted(unknown)}")
    for name in fields:
        value = values.get(name)
        if value:
            ET.SubElement(parent, f"{{{NAMESPACE}}}{name}").text = value


def _person(export: PfifExport, p: PfifPerson) -> ET.Element:
    person_id = f"{export.domain}/{p.case_uuid}"
    author = {
        "author_name": export.author_name,
        "author_email": export.author_email,
        "author_phone": export.author_phone,
    }
    element = ET.Element(f"{{{NAMESPACE}}}person")
    _add(
        element,
        PERSON_FIELDS,
        {
            "person_record_id": person_id,
            "entry_date": utc(export.generated_at),
            **author,
            "source_name": export.source_name,
            "source_date": utc(p.source_date),
            "full_name": p.full_name,
            "alternate_names": "\n".join(p.alternate_names),
            "description": p.description,
            "sex": p.sex,
            "date_of_birth": p.date_of_birth,
            "age": p.age,
            "home_city": p.home_city,
            "home_state": p.home_state,
            "home_country": "IN" if p.home_city or p.home_state else None,
        },
    )
    note = ET.SubElement(element, f"{{{NAMESPACE}}}note")
    _add(
        note,
        NOTE_FIELDS,
        {
            "note_record_id": f"{export.domain}/note.{p.case_uuid}",
            "person_record_id": person_id,
            "entry_date": utc(export.generated_at),
            **author,
            "source_date": utc(p.source_date),
            "author_made_contact": "false",
            "status": p.note_status,
            "text": p.note_text,
        },
    )
    return element


def pfif_xml(export: PfifExport) -> bytes:
    """The whole document, UTF-8, with an XML declaration."""
    ET.register_namespace("pfif", NAMESPACE)
    root = ET.Element(f"{{{NAMESPACE}}}pfif")
    for person in export.persons:
        root.append(_person(export, person))
    ET.indent(root, space="  ")
    document: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return document + b"\n"
