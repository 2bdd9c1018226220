"""Cases whose publicity the law restricts: sexual offences (POCSO s.23, BNS s.72) and trafficking.

Such a case may have no lookout notice or press note without a recorded court or CWC order.
"""

from __future__ import annotations

from collections.abc import Iterable

from models.enums import Act
from models.legal_sections import SectionTable
from models.taxonomy import Taxonomy


def is_sensitive(
    *,
    sexual_offence_flag: bool,
    reason_codes: Iterable[str | None],
    sections: Iterable[tuple[Act, str]],
    taxonomy: Taxonomy,
    table: SectionTable,
) -> bool:
    if sexual_offence_flag:
        return True
    for code in reason_codes:
        if code and taxonomy.has_reason(code):
            reason = taxonomy.reason(code)
            if reason.is_sexual_offence or reason.is_trafficking:
                return True
    return any(
        table.is_sexual_offence(act, section) or table.is_trafficking(act, section)
        for act, section in sections
    )


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
