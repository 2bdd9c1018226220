"""What must be done before a traced case can be closed (domain-reference (c), Closure)."""

from __future__ import annotations

from dataclasses import dataclass

from models.dto.cases import ClosureStep
from models.enums import CwcOrder, Portal, TraceType
from models.messages import msg


@dataclass(frozen=True)
class ClosureFacts:
    is_child: bool
    has_fir: bool
    trace_type: TraceType | None
    cwc_produced: bool
    cwc_not_required: bool
    cwc_order: CwcOrder | None
    handed_over: bool
    complainant_informed: bool
    final_report_ref: str | None
    notices_to_withdraw: tuple[str, ...]  # notice numbers still out
    portals_uploaded: frozenset[Portal]
    portals_updated: frozenset[Portal]


def closure_steps(f: ClosureFacts) -> list[ClosureStep]:
    steps: list[ClosureStep] = []
    if f.trace_type is None:
        return [ClosureStep("trace", msg("record how and where the person was traced"))]
    needs_cwc = f.is_child and f.trace_type is not TraceType.FOUND_DEAD
    if needs_cwc and not (f.cwc_produced or f.cwc_not_required):
        steps.append(
            ClosureStep("cwc", msg("record the child's production before the CWC and its order"))
        )
    if needs_cwc and f.cwc_order is CwcOrder.RESTORE_TO_FAMILY and not f.handed_over:
        steps.append(
            ClosureStep(
                "handover", msg("record the handover to the family (to whom, identity checked)")
            )
        )
    if not f.complainant_informed:
        steps.append(ClosureStep("complainant", msg("record when the complainant was informed")))
    for number in f.notices_to_withdraw:
        steps.append(
            ClosureStep(f"notice:{number}", msg("withdraw lookout notice {number}", number=number))
        )
    for portal in sorted(f.portals_uploaded - f.portals_updated):
        steps.append(
            ClosureStep(
                f"portal:{portal.value}",
                msg("update the {value} record (traced)", value=portal.value),
            )
        )
    if f.has_fir and not f.final_report_ref:
        steps.append(
            ClosureStep(
                "final_report", msg("give the FIR's final report or charge-sheet reference")
            )
        )
    return steps
