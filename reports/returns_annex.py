"""The annex of untraced children as people read it: one source for the XLSX sheet and the PDF.

The package carries codes (a reason as ``1.5``, a sex as ``female``) so HQ can count them; the
papers a clerk reads carry the words (the reason's label from the taxonomy, the sex from the
vocabulary).
"""

from __future__ import annotations

from models.dto.returns import AnnexRow, ReturnDocument
from models.taxonomy import load_taxonomy
from models.vocabulary import label

ANNEX_TITLE = "Annex: children untraced at the end of the period"
ANNEX_NOTE = (
    "Oldest report first. Confidential: for headquarters' follow-up, never to be published."
)
COLUMNS = ("Case reference", "Reported on", "Age band (years)", "Sex", "Reason", "Name")


def has_names(doc: ReturnDocument) -> bool:
    """Whether the annex shows a Name column: only when some child in it is named."""
    return any(a.name for a in doc.annex)


def annex_header(doc: ReturnDocument) -> list[str]:
    return list(COLUMNS if has_names(doc) else COLUMNS[:-1])


def reason_label(code: str | None) -> str:
    """The reason's English label; a code the taxonomy does not know is shown as it came."""
    if not code:
        return "not recorded"
    taxonomy = load_taxonomy()
    return taxonomy.reason(code).label.en if taxonomy.has_reason(code) else code


def annex_cells(row: AnnexRow, *, with_names: bool) -> list[str]:
    cells = [
        row.case_ref,
        row.reported_on.strftime("%d-%m-%Y"),
        row.age_band,
        label(row.sex),
        reason_label(row.reason_code),
    ]
    return cells + [row.name or ""] if with_names else cells


def annex_table(doc: ReturnDocument) -> list[list[str]]:
    """The annex's rows as printed, in the order of ``annex_header``."""
    with_names = has_names(doc)
    return [annex_cells(a, with_names=with_names) for a in doc.annex]
