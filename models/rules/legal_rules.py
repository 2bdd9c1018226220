"""The legal checks of a register entry that follow the statute data: which code was in force on
the day of the offence, and whether the recorded publicity order is complete and fits the case.

``check_case`` (case_rules.py) calls them, so the window, the CLI, the legacy import and the demo
get the same answer.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from models.dto.cases import CaseInput
from models.enums import Act
from models.errors import Problem
from models.messages import msg
from models.rules.publicity import PublicityFacts, order_problems, unfit_order
from models.rules.sensitivity import is_pocso_case, is_sensitive

if TYPE_CHECKING:
    from models.rules.case_rules import RuleContext

BNS_IN_FORCE = date(2024, 7, 1)
"""The BNS and BNSS replaced the IPC and CrPC for offences from this day."""


def offence_day(case: CaseInput, ctx: RuleContext) -> date:
    """The day the law looks at: the day the person was last seen (the offence, if any, began
    then), not the day the FIR was written."""
    return ctx.local_date(case.circumstances.last_seen_at)


def check_code_in_force(case: CaseInput, problems: list[Problem], ctx: RuleContext) -> None:
    """Warn of an IPC section for an offence from 1 July 2024 (offering its BNS successor), and
    of a BNS section for one before (offering the IPC section it replaced)."""
    if case.fir is None:
        return
    day = offence_day(case, ctx)
    for i, row in enumerate(case.fir.sections):
        where = f"fir.sections[{i}]"
        if row.act is Act.IPC and day >= BNS_IN_FORCE:
            now = ", ".join(f"BNS {s.section}" for s in ctx.sections.bns_for_ipc(row.section))
            problems.append(
                Problem(
                    where,
                    msg(
                        "the IPC was replaced by the BNS on 1 July 2024; IPC {section} is now "
                        "{now}",
                        section=row.section,
                        now=now,
                    )
                    if now
                    else msg("the IPC was replaced by the BNS on 1 July 2024"),
                    "warning",
                )
            )
        elif row.act is Act.BNS and day < BNS_IN_FORCE:
            before = ", ".join(f"IPC {s.section}" for s in ctx.sections.ipc_for_bns(row.section))
            problems.append(
                Problem(
                    where,
                    msg(
                        "the person went missing on {day}, before the BNS came into force on "
                        "1 July 2024, so the IPC applies: BNS {section} was {before}",
                        day=f"{day:%d-%m-%Y}",
                        section=row.section,
                        before=before,
                    )
                    if before
                    else msg(
                        "the person went missing on {day}, before the BNS came into force on "
                        "1 July 2024, so the IPC applies",
                        day=f"{day:%d-%m-%Y}",
                    ),
                    "warning",
                )
            )


def sections_in_force(
    pairs: list[tuple[str, str]], day: date, ctx: RuleContext
) -> list[tuple[str, str]]:
    """``(act, section)`` pairs as the law stood on ``day``: before the BNS came into force, each
    BNS section becomes the IPC section(s) it replaced (BNS 137(2): IPC 363)."""
    if day >= BNS_IN_FORCE:
        return pairs
    out: list[tuple[str, str]] = []
    for act, section in pairs:
        earlier = ctx.sections.ipc_for_bns(section) if act == Act.BNS.value else ()
        for pair in [(Act.IPC.value, row.section) for row in earlier] or [(act, section)]:
            if pair not in out:
                out.append(pair)
    return out


def publicity_facts(
    case: CaseInput, ctx: RuleContext, *, child: bool, register_no: str = ""
) -> PublicityFacts:
    """Whether the case's victim is protected, and so which authority may lift that."""
    sections = [(row.act, row.section) for row in (case.fir.sections if case.fir else ())]
    reasons = (case.reasons.suspected, case.reasons.confirmed)
    sensitive = is_sensitive(
        sexual_offence_flag=case.reasons.sexual_offence,
        reason_codes=reasons,
        sections=sections,
        taxonomy=ctx.taxonomy,
        table=ctx.sections,
    )
    pocso = is_pocso_case(
        is_child=child,
        sexual_offence_flag=case.reasons.sexual_offence,
        reason_codes=reasons,
        sections=sections,
        taxonomy=ctx.taxonomy,
        table=ctx.sections,
    )
    return PublicityFacts(register_no, sensitive, child, pocso)


def check_publication_order(
    case: CaseInput, problems: list[Problem], ctx: RuleContext, *, child: bool, new: bool = True
) -> None:
    """The recorded order must be complete (errors); one whose kind does not fit the case is
    warned: it is a real order, but it lifts nothing.

    ``new`` is false when the order is the stored one, unchanged by an edit: an order recorded
    before these rules (with no kind) is then only warned, so an officer's other edits are not
    held up until the station head completes it."""
    order = case.publication_order
    if order is None:
        return
    severity = "error" if new else "warning"
    for problem in order_problems(order, ctx.local_date(ctx.now)):
        problems.append(Problem(problem.field, problem.message, severity))
    unfit = unfit_order(order, publicity_facts(case, ctx, child=child))
    if unfit is not None:
        problems.append(Problem("publication_order.kind", unfit, "warning"))
