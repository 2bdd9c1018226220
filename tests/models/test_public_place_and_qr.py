"""What a notice says of the place and what its QR code carries: words a citizen can use."""

from __future__ import annotations

import pytest

from models.dto.cases import AddressRow
from models.enums import AddressKind, NoticeKind
from models.rules.notice_rules import public_place, qr_payload, tel_uri
from tests.factories import child_person

SCHOOL = "Municipal Marathi School No. 2"


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        (f"Outside {SCHOOL}, 90 Feet Road", "near 90 Feet Road"),
        (f"Gate of {SCHOOL.upper()}, Sion", "near Sion"),  # any case
        (f"90 Feet Road, opposite {SCHOOL}", "near 90 Feet Road"),
        (f"Outside {SCHOOL}, near Dharavi Bus Depot", "near Dharavi Bus Depot"),
        (f"{SCHOOL}; 90 Feet Road, Dharavi", "near 90 Feet Road, Dharavi"),
        (f"Inside {SCHOOL}", ""),  # nothing but the school: nothing is printed
        ("Dharavi Bus Depot, 90 Feet Road", "Dharavi Bus Depot, 90 Feet Road"),  # untouched
    ],
)
def test_a_place_without_the_school_reads_as_the_neighbourhood(typed: str, printed: str) -> None:
    person = child_person(school_name=SCHOOL)
    assert public_place(typed, person) == printed


def test_a_home_address_line_with_a_comma_is_left_out_whole() -> None:
    person = child_person(
        addresses=(AddressRow(AddressKind.PRESENT, "Flat 7, Gulmohar Society", "Sion"),)
    )
    place = public_place("Outside Flat 7, Gulmohar Society, Sion Circle", person)
    assert place == "near Sion Circle"
    assert "Gulmohar" not in place and "Flat" not in place


@pytest.mark.parametrize(
    ("phone", "uri"),
    [
        ("022-2407 1234", "tel:+912224071234"),  # STD code and number
        ("(022) 2407-1234", "tel:+912224071234"),
        ("98200 12345", "tel:+919820012345"),  # a mobile
        ("+91 22 2407 1234", "tel:+912224071234"),
        ("100", "tel:100"),
        ("022-2407XXXX", None),  # masked: no number to dial
        ("", None),
        (None, None),
    ],
)
def test_tel_uri(phone: str | None, uri: str | None) -> None:
    assert tel_uri(phone) == uri


def test_qr_carries_the_station_phone_to_call_and_the_notice_number() -> None:
    payload = qr_payload(NoticeKind.MISSING, "LN/2026/0007", "022-2407 1234")
    assert payload.splitlines() == ["tel:+912224071234", "Lookout notice LN/2026/0007"]
    found = qr_payload(NoticeKind.FOUND, "LN/2026/0008", None)
    assert found.splitlines() == ["tel:112", "Help-identify notice LN/2026/0008"]
