"""Where a case may go next. Nothing is ever deleted: an entry made in error becomes VOID."""

from __future__ import annotations

from models.enums import CaseStatus
from models.errors import RuleViolation
from models.messages import msg

R, T, C, X, V = (
    CaseStatus.REGISTERED,
    CaseStatus.TRACED,
    CaseStatus.CLOSED,
    CaseStatus.TRANSFERRED,
    CaseStatus.VOID,
)

ALLOWED: dict[CaseStatus, frozenset[CaseStatus]] = {
    R: frozenset({T, X, V}),  # traced; transferred to another station; void (entered in error)
    T: frozenset({C, R, V}),  # closed after the reunion; back to missing if the trace was wrong
    X: frozenset({V}),
    C: frozenset(),  # the record of a finished case is final
    V: frozenset(),
}

# Still being looked for: notices may be issued only in this state.
MISSING_STATUSES = frozenset({R})
# Open: still being worked on (missing, or traced with the reunion or closure to record). Only an
# open case is edited, gets actions logged, and is offered to link a found person to.
OPEN_STATUS_LIST: tuple[CaseStatus, ...] = (R, T)  # in the register's order, for filters
OPEN_STATUSES = frozenset(OPEN_STATUS_LIST)

_WHY = {
    (R, C): msg(
        "a case is closed only after the person is traced and the reunion is recorded",
    ),
    (C, R): msg(
        "a closed case stays closed; if the person goes missing again, "
        "register a new case (the previous episode is then noted on it)",
    ),
    (V, R): msg("a void entry cannot come back; register the case again"),
    (X, R): msg("the case now belongs to the station it was transferred to"),
}


def check_transition(current: CaseStatus, new: CaseStatus) -> None:
    """Raise ``RuleViolation`` unless ``current`` → ``new`` is an allowed step."""
    if new in ALLOWED[current]:
        return
    why = _WHY.get((current, new))
    if why is None:
        raise RuleViolation(
            msg(
                "A case that is '{current}' cannot become '{new}'.",
                current=current.value,
                new=new.value,
            )
        )
    raise RuleViolation(
        msg(
            "A case that is '{current}' cannot become '{new}': {why}.",
            current=current.value,
            new=new.value,
            why=why,
        )
    )
