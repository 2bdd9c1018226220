"""Which fields a new report cannot be saved without, for a form to mark them.

Nothing is listed by hand: a field is required when its DTO gives it no default and no ``None``
(the times last seen and reported, the place, the narrative), or when the rules (check_case)
refuse an empty report for want of it (a name, an age, the informant). A child's report needs
its FIR too, so the answer depends on whether the person may be a child.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from models.dto.cases import CaseInput, CircumstancesInput, FirInput, PersonInput, ReportInput
from models.dto_fields import fields_of
from models.rules.case_rules import RuleContext, check_case

# Any age under 18 stands for "a child" on the blank report the rules are asked about.
_A_CHILD_AGE = 10


def _declared(cls: type[Any], prefix: str) -> set[str]:
    """Field paths whose DTO gives them no default (nested DTOs walked; an optional one, such
    as the FIR, only when asked for directly)."""
    out: set[str] = set()
    for info in fields_of(cls):
        path = f"{prefix}.{info.name}" if prefix else info.name
        if info.kind == "dataclass":
            if not info.optional:
                out |= _declared(info.type, path)
        elif info.required:
            out.add(path)
    return out


def _errors(case: CaseInput, ctx: RuleContext) -> set[str]:
    return {p.field for p in check_case(case, ctx) if p.is_error}


def _asked_by_rules(ctx: RuleContext, *, child: bool) -> set[str]:
    """Paths of the errors the rules find on an empty report; for a child, on an empty report
    of someone of a child's age (and on its empty FIR, once the FIR is asked for)."""
    blank = CaseInput(
        report=ReportInput(reported_at=ctx.now),
        person=PersonInput(),
        circumstances=CircumstancesInput(last_seen_at=ctx.now, last_seen_place="", narrative=""),
    )
    paths = _errors(blank, ctx)
    if not child:
        return paths
    young = replace(blank, person=PersonInput(age_min=_A_CHILD_AGE, age_max=_A_CHILD_AGE))
    asked = _errors(young, ctx)
    if "fir" in asked:  # what an empty FIR still lacks is required too
        asked |= _errors(replace(young, fir=FirInput(number="", registered_at=ctx.now)), ctx)
    return paths | asked


@cache
def _fir_paths() -> frozenset[str]:
    return frozenset(f"fir.{name}" for name in _declared(FirInput, ""))


def required_fields(ctx: RuleContext, *, child: bool) -> frozenset[str]:
    """The field paths (as the rules name them) a new report must fill in.

    The FIR's own fields count only when the FIR is asked for (a child's report).
    """
    paths = _declared(CaseInput, "") | _asked_by_rules(ctx, child=child)
    if "fir" in paths:
        paths |= _fir_paths()
    return frozenset(paths)
