"""Which children of a return's annex keep their names out of it.

A protected victim (models/rules/sensitivity.py) is named in an annex only when a fitting order
is recorded (models/rules/publicity.py). At a district's size the annex lists a hundred
thousand children; reading each one whole to weigh that took most of an export with names. The
same rules are applied here to the columns and FIR sections they rest on, read in two
statements over the annex's own selection (the rules judge each combination of those facts
once: models/services/case_store.py).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models.entities import Case, FirSection
from models.enums import Act
from models.rules.publicity import order_lifts_block
from models.services import case_store

COLUMNS = (
    Case.id,
    Case.register_no,
    Case.is_child,
    Case.sexual_offence,
    Case.suspected_reason,
    Case.confirmed_reason,
    *case_store.ORDER_COLUMNS,
)


def names_withheld(s: Session, cases: Select[Any]) -> set[int]:
    """The cases ``cases`` selects whose victim the law protects and that have no fitting
    order recorded: their names stay out of the annex even when names are asked for."""
    chosen = cases.with_only_columns(Case.id)
    sections: dict[int, list[tuple[Act, str]]] = defaultdict(list)
    for case_id, act, section in s.execute(
        select(FirSection.case_id, FirSection.act, FirSection.section)
        .where(FirSection.case_id.in_(chosen))
        .order_by(FirSection.case_id, FirSection.position)
    ):
        sections[case_id].append((Act(act), section))
    out: set[int] = set()
    for case_id, ref, child, flag, suspected, confirmed, *order in s.execute(
        cases.with_only_columns(*COLUMNS)
    ):
        facts = case_store.facts_of(  # judged once for each combination of these facts
            ref,
            is_child=child,
            sexual_offence=flag,
            reason_codes=(suspected, confirmed),
            sections=sections.get(case_id, ()),
        )
        if not order_lifts_block(case_store.order_of(*order), facts):
            out.add(case_id)
    return out
