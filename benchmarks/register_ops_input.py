"""The report a front desk saves in the register benchmarks: the test suite's standard child
case (tests/factories.py: a 14-year-old girl missing since yesterday evening, with an FIR under
BNS 137(2), complainant, suspect, reason and risk; no photo, whose resizing is outside the
transaction), with the benchmark's own FIR number and investigating officer. The benchmark
registers share the tests' fixed clock, so its times fit them as they are."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from models.dto.cases import CaseInput
from tests.conftest import FIXED_NOW
from tests.factories import child_case


def child_report(now: datetime, fir_number: str, io: str) -> CaseInput:
    """The report as of ``now`` (the tests' fixed clock) with FIR ``fir_number`` ("8001/2026")
    and IO ``io``."""
    assert now == FIXED_NOW, "the standard child case is dated against the tests' fixed clock"
    case = child_case()
    assert case.fir is not None
    return dataclasses.replace(
        case,
        report=dataclasses.replace(case.report, io=io, jwo=None),
        fir=dataclasses.replace(case.fir, number=fir_number),
    )
