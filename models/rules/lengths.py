"""How long a typed value may be: the column it is stored in says it, and nothing else.

Most text is one short line (``SHORT_LIMIT``) or free text (``LONG_LIMIT``), stored in columns that
hold either. Some fields go into a narrower column (an FIR number into ``VARCHAR(40)``): SQLite
would store a longer value anyway and PostgreSQL would refuse the whole save with a database error.
For those the length is read from the ORM column itself, so the column's declaration is the one
place that states it, and the same validation refuses a longer value in plain words on either
database, before anything is written.
"""

from __future__ import annotations

from functools import cache

SHORT_LIMIT = 200
LONG_LIMIT = 20_000

# (input DTO, field) → (table, column) it is stored in, for every column narrower than
# SHORT_LIMIT. tests/models/test_lengths.py checks that each column exists and that no narrow
# column fed from an input field of the same name is missing here.
STORED_IN: dict[tuple[str, str], tuple[str, str]] = {
    ("FirInput", "number"): ("mp_case", "fir_number"),
    ("ReportInput", "zero_fir_number"): ("mp_case", "zero_fir_number"),
    ("ReportInput", "gd_entry_no"): ("mp_case", "gd_entry_no"),
    ("CircumstancesInput", "beat"): ("mp_case", "beat"),
    ("SectionRow", "section"): ("fir_section", "section"),
    ("PersonInput", "blood_group"): ("person", "blood_group"),
    ("PersonInput", "date_of_birth"): ("person", "date_of_birth"),
    ("PersonInput", "nationality"): ("person", "nationality"),
    ("PersonInput", "school_class"): ("person", "school_class"),
    ("IdDocumentRow", "number"): ("id_document", "number"),
    ("IdDocumentRow", "issue_date"): ("id_document", "issue_date"),
    ("AddressRow", "city"): ("address", "city"),
    ("AddressRow", "district"): ("address", "district"),
    ("AddressRow", "state"): ("address", "state"),
    ("AddressRow", "country"): ("address", "country"),
    ("AddressRow", "pin"): ("address", "pin"),
    ("ClothingRow", "colour"): ("clothing_item", "colour"),
    ("ComplainantInput", "seen_or_heard"): ("complainant", "seen_or_heard"),
    ("PhotoInput", "taken_on"): ("photo", "taken_on"),
    ("ActionInput", "reference"): ("action_entry", "reference"),
    ("PortalUpdateInput", "reference"): ("portal_update", "reference"),
    ("TraceInput", "new_fir_number"): ("trace_record", "new_fir_number"),
    ("TraceInput", "traced_by_number"): ("trace_record", "traced_by_number"),
    ("TraceInput", "traced_by_rank"): ("trace_record", "traced_by_rank"),
    ("TraceInput", "uidb_number"): ("trace_record", "uidb_number"),
    ("TraceInput", "portal_match_id"): ("trace_record", "portal_match_id"),
    ("TraceInput", "district"): ("trace_record", "district"),
    ("TraceInput", "state"): ("trace_record", "state"),
    ("TraceInput", "country"): ("trace_record", "country"),
    ("TraceInput", "confirmed_reason"): ("mp_case", "confirmed_reason"),
    ("ReunionInput", "cwc_order_number"): ("trace_record", "cwc_order_number"),
    ("ReunionInput", "handover_id_number"): ("trace_record", "handover_id_number"),
    ("ClosureInput", "final_report_ref"): ("trace_record", "final_report_ref"),
    ("FoundInput", "cwc_order_number"): ("found_person", "cwc_order_number"),
    ("FoundInput", "district"): ("found_person", "district"),
    ("FoundInput", "state"): ("found_person", "state"),
    ("FoundInput", "native_state"): ("found_person", "native_state"),
    ("FoundInput", "portal_reference"): ("found_person", "portal_reference"),
    ("StationInput", "code"): ("station", "code"),
    ("StationInput", "phone"): ("station", "phone"),
    ("StationInput", "district"): ("station", "district"),
    ("StationInput", "state"): ("station", "state"),
    ("StationInput", "zone"): ("station", "zone"),
    ("StationInput", "language"): ("station", "language"),
}


@cache
def column_length(table: str, column: str) -> int | None:
    """The declared length of a text column (``String(40)`` → 40), or None if it has none."""
    # Read lazily: the rules are imported by the entities' neighbours, never the other way.
    from models.base import Base
    from models.entities import Case  # noqa: F401  (every table registered on the metadata)

    col = Base.metadata.tables[table].c[column]
    return getattr(col.type, "length", None)


def text_limit(dto: str, field: str, *, multiline: bool) -> int:
    """The most characters the field ``field`` of the input DTO ``dto`` may hold."""
    default = LONG_LIMIT if multiline else SHORT_LIMIT
    where = STORED_IN.get((dto, field))
    if where is None:
        return default
    length = column_length(*where)
    return min(default, length) if length else default
