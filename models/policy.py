"""Station-wide durations and thresholds, kept in the database so every desk agrees.

The national SOP for missing children is being revised (domain-reference §0): every clock here is
a setting with today's value as the default, never a constant in the rules.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from datetime import timedelta

from models.enums import RiskGrade

POLICY_KEY = "policy"
MAX_LOCKOUT_MINUTES = 24 * 60
MAX_RETENTION_YEARS = 100
# A shift is never longer than a day: the writer's grace period is held to one.
MAX_WRITER_GRACE_HOURS = 24


@dataclass(frozen=True)
class Policy:
    # JJ Act s.31: a child in need of care and protection goes before the CWC within 24 hours.
    cwc_production_hours: int = 24
    # BBA v. UoI (2013): untraced 4 months after the FIR → AHTU; G Ganesh (2026): at once if
    # trafficking is suspected.
    ahtu_transfer_months: int = 4
    ahtu_immediate_if_trafficking: bool = True
    # A missing child's report goes up to TrackChild within this many hours of the report
    # (the MHA/MWCD SOP); R3 counts uploads to every portal against the same limit.
    portal_upload_hours: int = 24
    # An FIR is due at once for every missing child (G Ganesh, 2026): hours allowed after
    # the report.
    child_fir_due_hours: int = 0
    # First risk assessment due this long after the report; then at each review date.
    first_risk_assessment_hours: int = 24
    risk_review_days_high: int = 1
    risk_review_days_medium: int = 3
    risk_review_days_low: int = 7
    risk_review_days_no_apparent_risk: int = 14
    # A missing child's case saved without an investigating officer: the station head is to
    # name one within this many hours of the report ("IO to be assigned" on the overdue list).
    child_io_assignment_hours: int = 1
    # The user who registered a case may mend it for this many hours after the registration
    # (the rest of a front-desk shift); 0 leaves it to the IO and the station head at once.
    writer_grace_hours: int = 8
    # ... and only until an investigating officer has the case (models/rules/grace.py).
    writer_grace_ends_with_io: bool = True
    # The overdue list shows clocks that ran out or will within this many hours.
    overdue_horizon_hours: int = 24
    # Age bands of return R2 (children), each "low-high" in completed years. [U] configurable.
    age_bands: tuple[str, ...] = ("0-5", "6-11", "12-15", "16-17")
    # Cells below this are shown as "<N" in anything meant for publication.
    suppression_threshold: int = 5
    idle_lock_minutes: int = 15
    # Five wrong passwords lock an account for this long (CJIS asks for a lockout, never a
    # permanent one: a station whose head and administrator are both locked must get back in).
    lockout_minutes: int = 30
    # Retention (years before a record is listed for review; models/rules/retention.py). No
    # rule or manual fixing these periods was found for the register: all [U], configurable.
    # A traced or closed case, counted from its trace or closure.
    retention_traced_case_years: int = 10
    # A case transferred to another station (it continues there), from the transfer.
    retention_transferred_case_years: int = 3
    # An entry voided as made in error, from the voiding.
    retention_void_entry_years: int = 3
    # A found person or body restored, handed over or closed, from its last change.
    retention_found_person_years: int = 10
    # Register numbers: MP/2026/0042 and FP/2026/0007.
    case_number_prefix: str = "MP"
    found_number_prefix: str = "FP"
    notice_number_prefix: str = "LN"

    def review_days(self, grade: RiskGrade) -> int:
        return {
            RiskGrade.HIGH: self.risk_review_days_high,
            RiskGrade.MEDIUM: self.risk_review_days_medium,
            RiskGrade.LOW: self.risk_review_days_low,
            RiskGrade.NO_APPARENT_RISK: self.risk_review_days_no_apparent_risk,
        }[grade]

    def lockout(self) -> timedelta:
        """How long a lockout lasts: a stored value outside 1 minute to 1 day is held to those
        bounds, so no setting makes a lockout that never ends."""
        return timedelta(minutes=min(max(self.lockout_minutes, 1), MAX_LOCKOUT_MINUTES))

    def band_ranges(self) -> tuple[tuple[int, int], ...]:
        out: list[tuple[int, int]] = []
        for band in self.age_bands:
            low, _, high = band.partition("-")
            out.append((int(low), int(high)))
        return tuple(out)

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Policy:
        """Read stored settings: unknown keys are ignored, missing ones take their default."""
        data = json.loads(text)
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "age_bands" in values:
            values["age_bands"] = tuple(values["age_bands"])
        return cls(**values)
