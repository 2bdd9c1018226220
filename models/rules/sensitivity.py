"""Cases whose victim the law keeps out of public view, and which authority may lift that.

Which sections protect a victim's identity is data (``identity_protected`` in
resources/legal/sections.json: POCSO, ITPA, the BNS sexual offences, 87, 96, 98, 99, 141, 143,
144, 146 and their IPC predecessors); which reasons do is the taxonomy's sexual-offence and
trafficking marks. A sensitive case has no public notice, no portal (PFIF) record and no name in
a return or annex until an order allowing it is recorded (models/rules/publicity.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from models.enums import Act
from models.legal_sections import SectionTable
from models.taxonomy import Taxonomy


def _reasons_protected(reason_codes: Iterable[str | None], taxonomy: Taxonomy) -> bool:
    for code in reason_codes:
        if code and taxonomy.has_reason(code):
            reason = taxonomy.reason(code)
            if reason.is_sexual_offence or reason.is_trafficking:
                return True
    return False


def is_sensitive(
    *,
    sexual_offence_flag: bool,
    reason_codes: Iterable[str | None],
    sections: Iterable[tuple[Act, str]],
    taxonomy: Taxonomy,
    table: SectionTable,
) -> bool:
    """Whether the case's victim is protected: the sexual-offence mark, a reason in the
    sexual-offence or trafficking categories, or any section the table flags."""
    if sexual_offence_flag or _reasons_protected(reason_codes, taxonomy):
        return True
    return any(table.is_identity_protected(act, section) for act, section in sections)


def is_pocso_case(
    *,
    is_child: bool,
    sexual_offence_flag: bool,
    reason_codes: Iterable[str | None],
    sections: Iterable[tuple[Act, str]],
    taxonomy: Taxonomy,
    table: SectionTable,
) -> bool:
    """Whether POCSO s.23 governs disclosure: a POCSO section on the FIR, or a child case
    marked as a sexual offence (by the mark, its reason or a section). Then only the Special
    Court may permit disclosure."""
    pairs = list(sections)
    if any(Act(act) is Act.POCSO for act, _ in pairs):
        return True
    if not is_child:
        return False
    if sexual_offence_flag:
        return True
    for code in reason_codes:
        if code and taxonomy.has_reason(code) and taxonomy.reason(code).is_sexual_offence:
            return True
    return any(table.is_sexual_offence(act, section) for act, section in pairs)


def is_trafficking_suspected(
    *,
    reason_codes: Iterable[str | None],
    sections: Iterable[tuple[Act, str]],
    taxonomy: Taxonomy,
    table: SectionTable,
) -> bool:
    for code in reason_codes:
        if code and taxonomy.has_reason(code) and taxonomy.reason(code).is_trafficking:
            return True
    return any(table.is_trafficking(act, section) for act, section in sections)
