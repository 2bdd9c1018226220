"""When a lookout notice may go out, and what it may say (domain-reference (e), (h)).

A notice is requested by the case's investigating officer (or the station head), approved by the
station head, and issued by a named officer, who then gets its number. At every step the subject
must still qualify:

- a missing-person notice only while the person is missing (status *registered*);
- a case whose victim the law protects (POCSO s.23, JJ Act s.74, BNS s.72) only after an order
  allowing notices is recorded, made by the authority that fits the case
  (models/rules/publicity.py);
- a found-person "help identify" notice only while the person is in care and not yet matched, and
  for a child only once the child has been produced before the CWC (JJ Act s.31, s.74).

Tracing, closing, voiding or transferring the case marks every issued notice for withdrawal
(``CaseService``); the closure steps then list them until each is withdrawn.
"""

from __future__ import annotations

import re
from enum import StrEnum

from models.dto.cases import CaseDetail, PersonInput, PublicationOrder
from models.dto.found import BodyFacts, FoundDetail
from models.dto.notices import PublicBodyFacts, PublicDescription
from models.enums import CaseStatus, FoundStatus, NoticeKind, NoticeStatus, OrderPermit
from models.errors import RuleViolation
from models.messages import msg
from models.rules.publicity import PublicityFacts, publicity_refusal
from models.rules.status import MISSING_STATUSES

LIVE_STATUSES = frozenset(
    {
        NoticeStatus.REQUESTED,
        NoticeStatus.APPROVED,
        NoticeStatus.ISSUED,
        NoticeStatus.WITHDRAWAL_DUE,
    }
)
"""A subject has at most one notice in these states at a time."""

OUT_STATUSES = frozenset({NoticeStatus.ISSUED, NoticeStatus.WITHDRAWAL_DUE})
"""Notices that are (or may be) on walls and in messaging groups."""


class NoticeStep(StrEnum):
    APPROVE = "approve"
    ISSUE = "issue"
    REFUSE = "refuse"
    WITHDRAW = "withdraw"
    PRINT = "print"


_FROM: dict[NoticeStep, frozenset[NoticeStatus]] = {
    NoticeStep.APPROVE: frozenset({NoticeStatus.REQUESTED}),
    NoticeStep.ISSUE: frozenset({NoticeStatus.APPROVED}),
    NoticeStep.REFUSE: frozenset({NoticeStatus.REQUESTED, NoticeStatus.APPROVED}),
    NoticeStep.WITHDRAW: OUT_STATUSES,
    NoticeStep.PRINT: frozenset({NoticeStatus.ISSUED}),
}

_WHY_NOT: dict[NoticeStatus, str] = {
    NoticeStatus.REQUESTED: msg("it still waits for the station head's approval"),
    NoticeStatus.APPROVED: msg("it is approved but not yet issued"),
    NoticeStatus.ISSUED: msg("it is already issued"),
    NoticeStatus.WITHDRAWAL_DUE: msg("the person was traced and it must be withdrawn"),
    NoticeStatus.WITHDRAWN: msg("it has been withdrawn"),
    NoticeStatus.REFUSED: msg("it was refused"),
}

# The same, after "(" in a sentence that already names the notice.
_STATE: dict[NoticeStatus, str] = {
    NoticeStatus.REQUESTED: msg("still waits for the station head's approval"),
    NoticeStatus.APPROVED: msg("is approved but not yet issued"),
    NoticeStatus.ISSUED: msg("is already issued"),
    NoticeStatus.WITHDRAWAL_DUE: msg("the person was traced and it must be withdrawn"),
    NoticeStatus.WITHDRAWN: msg("has been withdrawn"),
    NoticeStatus.REFUSED: msg("was refused"),
}


def check_step(label: str, status: NoticeStatus, step: NoticeStep) -> None:
    """Raise ``RuleViolation`` unless a notice in ``status`` can take ``step``."""
    if status in _FROM[step]:
        return
    raise RuleViolation(
        msg(
            "Notice {label} cannot be {past}: {why}.",
            label=label,
            past=_past(step),
            why=_WHY_NOT[status],
        )
    )


def _past(step: NoticeStep) -> str:
    return {
        NoticeStep.APPROVE: msg("approved"),
        NoticeStep.ISSUE: msg("issued"),
        NoticeStep.REFUSE: msg("refused"),
        NoticeStep.WITHDRAW: msg("withdrawn"),
        NoticeStep.PRINT: msg("printed"),
    }[step]


# -- may this subject have a notice? ----------------------------------------------------------


def missing_notice_refusal(
    *, status: CaseStatus, facts: PublicityFacts, order: PublicationOrder | None
) -> str | None:
    """Why case ``facts.register_no`` may not have a lookout notice now, or None if it may."""
    if status not in MISSING_STATUSES:
        return (
            f"Case {facts.register_no} is {status.value}: lookout notices are only for persons "
            "still missing."
        )
    return publicity_refusal(order, facts, OrderPermit.NOTICE)


def found_notice_refusal(
    *, ref_no: str, status: FoundStatus, is_child: bool, is_body: bool, cwc_produced: bool
) -> str | None:
    """Why found person ``ref_no`` may not have a "help identify" notice now, or None.

    A dead body follows the same rule as a living person (only while not identified), except
    that it is never produced before the CWC, so a child's body needs no production first."""
    if status is not FoundStatus.IN_CARE:
        if is_body:
            return msg(
                "{ref_no} is {status}: a help-identify notice is only for a body whose family "
                "is still being looked for.",
                ref_no=ref_no,
                status=status.value,
            )
        return msg(
            "{ref_no} is {status}: a help-identify notice is only for a person whose family "
            "is still being looked for.",
            ref_no=ref_no,
            status=status.value,
        )
    if is_child and not is_body and not cwc_produced:
        return msg(
            "{ref_no} is a child: record the production before the Child Welfare Committee "
            "first; the notice names the committee as the child's carer (JJ Act s.31, s.74).",
            ref_no=ref_no,
        )
    return None


def case_notice_refusal(case: CaseDetail) -> str | None:
    """The rule applied to a case as the window holds it (to grey out "Request notice")."""
    return missing_notice_refusal(
        status=case.status,
        facts=PublicityFacts(case.register_no, case.sensitive, case.is_child, case.pocso),
        order=case.publication_order,
    )


def found_detail_refusal(found: FoundDetail) -> str | None:
    return found_notice_refusal(
        ref_no=found.ref_no,
        status=found.status,
        is_child=found.is_child,
        is_body=found.found.is_body,
        cwc_produced=found.found.cwc_produced_at is not None,
    )


def live_notice_conflict(label: str, status: NoticeStatus, kind: NoticeKind) -> str:
    """The message when a subject already has a notice in progress or out."""
    if kind is NoticeKind.MISSING:
        return msg(
            "There is already a lookout notice {label} ({state}); reprint it or withdraw it "
            "instead of requesting another.",
            label=label,
            state=_STATE[status],
        )
    return msg(
        "There is already a help-identify notice {label} ({state}); reprint it or withdraw it "
        "instead of requesting another.",
        label=label,
        state=_STATE[status],
    )


# -- what a notice may say ----------------------------------------------------------------------


def public_description(
    person: PersonInput,
    *,
    age: str | None,
    age_now: str | None,
    photo_taken_on: str | None,
    show_name: bool = True,
) -> PublicDescription:
    """The part of ``person`` a notice may print.

    Deliberately left out: contacts, addresses, school, ID documents, relatives, occupation,
    marital status, free-text medical and description notes (they can name a place, a family or
    an illness in words nobody reviewed for publication).
    """
    if person.height_cm:
        height: str | None = f"{person.height_cm} cm"
    elif person.height_min_cm and person.height_max_cm:
        height = f"{person.height_min_cm}–{person.height_max_cm} cm"
    else:
        height = None
    return PublicDescription(
        names=person.names if show_name else (),
        sex=person.sex,
        age=age,
        age_now=age_now if age_now and age_now != age else None,
        height=height,
        build=person.build,
        complexion=person.complexion,
        hair_colour=person.hair_colour,
        hair_length=person.hair_length,
        hair_style=person.hair_style,
        eye_colour=person.eye_colour,
        facial_hair=person.facial_hair,
        spectacles=person.spectacles,
        marks=person.marks,
        clothing=person.clothing,
        languages=person.languages,
        disabilities=person.disabilities,
        photo_taken_on=photo_taken_on,
    )


PLACE_PREPOSITIONS = ("near", "opposite", "behind", "outside", "in front of", "next to", "beside")
"""Words a place may already start with; "near" is not put in front of them."""


def public_place(place: str, person: PersonInput) -> str:
    """A last-seen place as a notice prints it, without the school or the home address.

    Writers often name the school as the place ("Outside Municipal Marathi School No. 2, 90 Feet
    Road"). Every comma-separated part that holds the school's name or a home address line is
    left out, and what remains is said as the neighbourhood it is: "near 90 Feet Road". A place
    that was nothing but the school prints as nothing (the notice then gives only the time).
    """
    hidden = [
        h.strip()
        for h in (person.school_name, *(a.line for a in person.addresses))
        if h and len(h.strip()) >= 3
    ]
    spans = [
        m.span() for h in hidden for m in re.finditer(re.escape(h), place, flags=re.IGNORECASE)
    ]
    if not spans:
        return place
    kept: list[str] = []
    for part in re.finditer(r"[^,;]+", place):
        overlaps = any(start < part.end() and part.start() < end for start, end in spans)
        if not overlaps and part.group().strip():
            kept.append(part.group().strip())
    rest = ", ".join(kept)
    if not rest or rest.lower().startswith(PLACE_PREPOSITIONS):
        return rest
    return f"near {rest}"


def photo_may_be_printed(case: CaseDetail) -> bool:
    """A child's photo goes on the notice (the SOP directs it); an adult's only with consent.

    An adult may have left of their own accord (domain-reference (h) 6): without the
    complainant's recorded consent to publish the photo, the notice prints the description only.
    """
    if case.is_child:
        return True
    return bool(case.complainant and case.complainant.consent_publish_photo)


EMERGENCY_NUMBER = "112"
"""Dialled by the QR code when the station has no usable phone number: ERSS reaches the police."""

_PHONE_PUNCTUATION = re.compile(r"[\s\-().]")


def tel_uri(phone: str | None) -> str | None:
    """``phone`` as a tel: URI a phone dials (RFC 3966, the global +91 form for an Indian
    landline with its STD code or a mobile number); None when it is not a number as written
    (letters, or a masked "022-2407XXXX")."""
    if not phone:
        return None
    plain = _PHONE_PUNCTUATION.sub("", phone.strip())
    international = plain.startswith("+")
    digits = plain.removeprefix("+")
    if not digits.isdigit() or not 3 <= len(digits) <= 15:
        return None
    if international:
        return f"tel:+{digits}"
    if len(digits) == 11 and digits.startswith("0"):  # STD code and number: 022 24071234
        return f"tel:+91{digits[1:]}"
    if len(digits) == 10 and digits[0] in "6789":  # a mobile number
        return f"tel:+91{digits}"
    if len(digits) == 12 and digits.startswith("91"):
        return f"tel:+{digits}"
    return f"tel:{digits}"  # a short code (100, 112, 1098) or a number of another form


def qr_payload(kind: NoticeKind, notice_no: str, station_phone: str | None) -> str:
    """What the QR code on a notice says: what a citizen who scans it can use.

    First the station's phone as a tel: link (112 when the station has no usable number), so a
    phone offers to call; then the notice number, to quote on the call. Nothing about the person
    and no internal reference (the case or found-person number is printed on the paper only):
    a QR code is read by anyone, and what it says travels on without the paper.
    """
    what = "Lookout notice" if kind is NoticeKind.MISSING else "Help-identify notice"
    tel = tel_uri(station_phone) or f"tel:{EMERGENCY_NUMBER}"
    return f"{tel}\n{what} {notice_no}"


def public_body_facts(body: BodyFacts | None) -> PublicBodyFacts | None:
    """The part of a body's record a notice may print: the inquest number (the reference a
    caller quotes) and where the body is. The post-mortem, the time since death and the cause
    stay out: they are investigation detail, and a family should hear them from an officer."""
    if body is None or not body.inquest_no:
        return None
    return PublicBodyFacts(
        inquest_no=body.inquest_no,
        inquest_station=body.inquest_station,
        kept_at=body.kept_at if body.disposal is None else None,
        disposal=body.disposal,
        disposed_on=body.disposed_on,
        disposal_place=body.disposal_place,
    )
