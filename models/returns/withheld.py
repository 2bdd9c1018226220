"""Which children of a return's annex keep their names out of it.

A protected victim (models/rules/sensitivity.py) is named in an annex only when a fitting order
is recorded (models/rules/publicity.py). At a district's size the annex lists a hundred
thousand children, nearly all of them not protected; reading each one whole to learn that took
most of an export with names. So the protection is first decided from the few columns and FIR
sections it rests on, by the same rule, and only the protected cases are read whole to weigh
their orders.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.entities import Case, FirSection
from models.enums import Act
from models.legal_sections import load_sections
from models.rules.publicity import order_lifts_block
from models.rules.sensitivity import is_sensitive
from models.services import case_store
from models.taxonomy import load_taxonomy

CHUNK = 500


def names_withheld(s: Session, case_ids: Sequence[int]) -> set[int]:
    """The cases among ``case_ids`` whose victim the law protects and that have no fitting
    order recorded: their names stay out of the annex even when names are asked for."""
    out: set[int] = set()
    for start in range(0, len(case_ids), CHUNK):
        protected = _protected(s, case_ids[start : start + CHUNK])
        if not protected:
            continue
        rows = s.scalars(
            select(Case).where(Case.id.in_(protected)).options(selectinload(Case.fir_sections))
        )
        for row in rows:
            facts = case_store.publicity_facts(row)
            if not order_lifts_block(case_store.stored_order(row), facts):
                out.add(row.id)
    return out


def _protected(s: Session, chunk: Sequence[int]) -> list[int]:
    """The cases of ``chunk`` whose victim is protected, from their columns and sections."""
    sections: dict[int, list[tuple[Act, str]]] = defaultdict(list)
    for case_id, act, section in s.execute(
        select(FirSection.case_id, FirSection.act, FirSection.section).where(
            FirSection.case_id.in_(chunk)
        )
    ):
        sections[case_id].append((Act(act), section))
    taxonomy, table = load_taxonomy(), load_sections()
    return [
        case_id
        for case_id, flag, suspected, confirmed in s.execute(
            select(
                Case.id, Case.sexual_offence, Case.suspected_reason, Case.confirmed_reason
            ).where(Case.id.in_(chunk))
        )
        if is_sensitive(
            sexual_offence_flag=bool(flag),
            reason_codes=(suspected, confirmed),
            sections=sections.get(case_id, ()),
            taxonomy=taxonomy,
            table=table,
        )
    ]
