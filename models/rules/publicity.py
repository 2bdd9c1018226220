"""Orders allowing publicity for a case whose victim the law protects (POCSO s.23, JJ Act s.74,
BNS s.72), one rule for the window, the CLI, the legacy import and the demo.

An order is complete when it names the kind of authority that made it, the court's or
committee's name, its number, its full date (not after today) and at least one thing it permits
(notice, media, portal). Only the station head records one (``Capability.RECORD_ORDER``); the
register stamps who recorded it and when.

An order lifts the block only when its kind fits the case:

- a POCSO case (a POCSO section, or a child case marked as a sexual offence): the Special Court,
  the only authority POCSO s.23 names;
- any other child case: the Juvenile Justice Board or the Child Welfare Committee (JJ Act s.74);
- an adult's case: a court.

and only for what it permits: a lookout notice needs ``notice``, a portal or PFIF record
``portal``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from models.dto.cases import PublicationOrder
from models.enums import OrderAuthority, OrderPermit
from models.errors import Problem
from models.messages import msg, said
from models.partial_date import DateProblem, PartialDate

MIN_AUTHORITY_NAME = 5
"""Letters in the shortest useful name of a court or committee ("CWC Pune")."""

AUTHORITY_LABELS: dict[OrderAuthority, str] = {
    OrderAuthority.SPECIAL_COURT: "Special Court (POCSO s.23)",
    OrderAuthority.JJ_BOARD: "Juvenile Justice Board (JJ Act s.74)",
    OrderAuthority.CWC: "Child Welfare Committee (JJ Act s.74)",
    OrderAuthority.COURT: "Other court",
}

PERMIT_LABELS: dict[OrderPermit, str] = {
    OrderPermit.NOTICE: msg("lookout notices"),
    OrderPermit.MEDIA: msg("the media"),
    OrderPermit.PORTAL: msg("portal records"),
}


@dataclass(frozen=True)
class PublicityFacts:
    """What decides which authority may lift the block on a case."""

    register_no: str
    sensitive: bool
    is_child: bool
    pocso: bool


def order_problems(
    order: PublicationOrder, today: date | None, path: str = "publication_order"
) -> list[Problem]:
    """Every way ``order`` is incomplete, each tied to its field.

    ``today`` is None where the order is judged after it was saved (its date was checked then
    against that day)."""
    problems: list[Problem] = []
    if order.kind is None:
        problems.append(
            Problem(
                f"{path}.kind",
                msg(
                    "say who made the order: the Special Court (POCSO), the Juvenile "
                    "Justice Board, the Child Welfare Committee or another court",
                ),
            )
        )
    name = order.authority.strip()
    if sum(ch.isalpha() for ch in name) < MIN_AUTHORITY_NAME:
        problems.append(
            Problem(
                f"{path}.authority",
                msg(
                    "name the court or committee that made the order, e.g. 'CWC Mumbai City'",
                ),
            )
        )
    reference = order.reference.strip()
    if not reference:
        problems.append(Problem(f"{path}.reference", msg("give the order's number")))
    elif not re.search(r"\d", reference):
        problems.append(
            Problem(
                f"{path}.reference",
                msg(
                    "'{reference}' is not an order number (it has no digits), e.g. 'CWC/112/2026'",
                    reference=reference,
                ),
            )
        )
    if not order.date.strip():
        problems.append(Problem(f"{path}.date", msg("give the order's date")))
    else:
        try:
            made = PartialDate.parse_iso(order.date)
        except DateProblem as exc:
            problems.append(Problem(f"{path}.date", said(exc)))
        else:
            if made.precision != "day":
                problems.append(
                    Problem(f"{path}.date", msg("give the order's full date (day, month and year)"))
                )
            elif today is not None and made.earliest() > today:
                problems.append(Problem(f"{path}.date", msg("cannot be after today")))
    if not order.permits:
        problems.append(
            Problem(f"{path}.permits", msg("say what the order permits: notice, media or portal"))
        )
    return problems


def fitting_authorities(facts: PublicityFacts) -> frozenset[OrderAuthority]:
    """The kinds of authority whose order may lift the block on this case."""
    if facts.pocso:
        return frozenset({OrderAuthority.SPECIAL_COURT})
    if facts.is_child:
        return frozenset({OrderAuthority.JJ_BOARD, OrderAuthority.CWC})
    return frozenset({OrderAuthority.COURT, OrderAuthority.SPECIAL_COURT})


def _who_may(facts: PublicityFacts) -> str:
    if facts.pocso:
        return msg("under POCSO s.23 only the Special Court can permit disclosure")
    if facts.is_child:
        return (
            "under JJ Act s.74 only the Juvenile Justice Board or the Child Welfare Committee "
            "can permit disclosure"
        )
    return msg("only a court can permit disclosure of the victim's identity (BNS s.72)")


def unfit_order(order: PublicationOrder, facts: PublicityFacts) -> str | None:
    """Why a recorded order cannot lift the block on this case, or None if its kind fits."""
    if order.kind is None or order.kind in fitting_authorities(facts):
        return None
    return (
        f"the order is from a {AUTHORITY_LABELS[order.kind]}, but {_who_may(facts)}; "
        "it does not lift the block on publicity"
    )


def publicity_refusal(
    order: PublicationOrder | None,
    facts: PublicityFacts,
    permit: OrderPermit,
    today: date | None = None,
) -> str | None:
    """Why case ``facts.register_no`` may not have ``permit`` (a notice, a portal record) for
    its victim's protection, or None if it may (not sensitive, or a fitting order allows it)."""
    if not facts.sensitive:
        return None
    head = (
        f"Case {facts.register_no} is tagged with a sexual offence or trafficking, so the "
        "victim's identity is protected"
    )
    if order is None:
        return (
            f"{head}: {PERMIT_LABELS[permit]} need an order allowing it, and {_who_may(facts)}. "
            "The station head records the order on the case first."
        )
    missing = order_problems(order, today)
    if missing:
        what = "; ".join(p.message for p in missing)
        return f"{head}, and the order recorded on it is incomplete ({what})."
    unfit = unfit_order(order, facts)
    if unfit is not None:
        return f"{head}: {unfit}."
    if permit not in order.permits:
        allowed = ", ".join(PERMIT_LABELS[p] for p in order.permits)
        return (
            f"{head}: order {order.reference} permits only {allowed}, not {PERMIT_LABELS[permit]}."
        )
    return None


def order_lifts_block(order: PublicationOrder | None, facts: PublicityFacts) -> bool:
    """Whether the case's victim may be named outside the station's own papers (a return's
    annex, a package to HQ): not protected, or a complete order of the fitting kind recorded."""
    if not facts.sensitive:
        return True
    return (
        order is not None
        and not order_problems(order, None)
        and order.kind in fitting_authorities(facts)
    )


def same_order(a: PublicationOrder | None, b: PublicationOrder | None) -> bool:
    """Whether two orders say the same thing (who recorded them aside)."""
    if a is None or b is None:
        return a is b
    return (a.reference, a.date, a.authority, a.kind, frozenset(a.permits)) == (
        b.reference,
        b.date,
        b.authority,
        b.kind,
        frozenset(b.permits),
    )
