"""What each role may do (reliability-reference §2), enforced inside the services.

Hiding a button is a courtesy; this table is the rule. An investigating officer's case powers
reach only the cases assigned to them; the station head's reach the whole station.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from enum import StrEnum

from models.actor import Actor
from models.dto.cases import CasePermissions
from models.enums import CaseStatus, Role
from models.errors import PermissionDenied
from models.messages import msg
from models.rules.grace import WriterGrace
from models.rules.status import ALLOWED as ALLOWED_STEPS
from models.rules.status import MISSING_STATUSES, OPEN_STATUSES


class Capability(StrEnum):
    VIEW_CASE = "view_case"
    REGISTER_CASE = "register_case"
    EDIT_CASE = "edit_case"
    ADD_ACTION = "add_action"
    ASSESS_RISK = "assess_risk"
    RECORD_TRACE = "record_trace"
    CLOSE_CASE = "close_case"
    VOID_CASE = "void_case"
    TRANSFER_CASE = "transfer_case"
    ASSIGN_IO = "assign_io"
    ADD_FOUND = "add_found"
    EDIT_FOUND = "edit_found"
    REQUEST_NOTICE = "request_notice"
    APPROVE_NOTICE = "approve_notice"
    RECORD_ORDER = "record_order"
    PRINT_CASE = "print_case"
    EXPORT_RETURN = "export_return"
    VIEW_STATISTICS = "view_statistics"
    VIEW_AUDIT = "view_audit"
    VIEW_OWN_AUDIT = "view_own_audit"
    VERIFY_AUDIT = "verify_audit"
    MANAGE_USERS = "manage_users"
    GRANT_ROLES = "grant_roles"
    MANAGE_BACKUPS = "manage_backups"
    MANAGE_KEYS = "manage_keys"
    CHANGE_POLICY = "change_policy"
    HQ_IMPORT = "hq_import"
    REQUEST_DESTRUCTION = "request_destruction"
    APPROVE_DESTRUCTION = "approve_destruction"


_W, _IO, _SHO, _ADM, _HQ = Role.WRITER, Role.IO, Role.SHO, Role.ADMIN, Role.HQ_CLERK

MATRIX: dict[Capability, frozenset[Role]] = {
    Capability.VIEW_CASE: frozenset({_W, _IO, _SHO}),
    Capability.REGISTER_CASE: frozenset({_W, _IO, _SHO}),
    Capability.EDIT_CASE: frozenset({_IO, _SHO}),
    Capability.ADD_ACTION: frozenset({_IO, _SHO}),
    Capability.ASSESS_RISK: frozenset({_IO, _SHO}),
    Capability.RECORD_TRACE: frozenset({_IO, _SHO}),
    Capability.CLOSE_CASE: frozenset({_SHO}),
    Capability.VOID_CASE: frozenset({_SHO}),
    Capability.TRANSFER_CASE: frozenset({_SHO}),
    # Naming the IO when a case is registered is the desk's; changing it later is the head's.
    Capability.ASSIGN_IO: frozenset({_SHO}),
    Capability.ADD_FOUND: frozenset({_W, _IO, _SHO}),
    Capability.EDIT_FOUND: frozenset({_IO, _SHO}),
    Capability.REQUEST_NOTICE: frozenset({_IO, _SHO}),
    Capability.APPROVE_NOTICE: frozenset({_SHO}),
    # An order allowing publicity for a protected victim (POCSO s.23, JJ Act s.74) lifts the
    # block on notices and portal records: the station head answers for recording it.
    Capability.RECORD_ORDER: frozenset({_SHO}),
    Capability.PRINT_CASE: frozenset({_W, _IO, _SHO}),
    Capability.EXPORT_RETURN: frozenset({_SHO}),
    Capability.VIEW_STATISTICS: frozenset({_W, _IO, _SHO, _HQ}),
    Capability.VIEW_AUDIT: frozenset({_SHO}),
    Capability.VIEW_OWN_AUDIT: frozenset({_W, _IO, _SHO}),
    Capability.VERIFY_AUDIT: frozenset({_SHO, _ADM, _HQ}),
    Capability.MANAGE_USERS: frozenset({_ADM, _SHO}),
    Capability.GRANT_ROLES: frozenset({_SHO}),
    Capability.MANAGE_BACKUPS: frozenset({_ADM, _SHO}),
    Capability.MANAGE_KEYS: frozenset({_ADM, _SHO}),
    Capability.CHANGE_POLICY: frozenset({_SHO}),
    Capability.HQ_IMPORT: frozenset({_HQ, _ADM}),
    # Destruction under a court or retention order: the station head asks, an administrator
    # (never the same person) carries it out.
    Capability.REQUEST_DESTRUCTION: frozenset({_SHO}),
    Capability.APPROVE_DESTRUCTION: frozenset({_ADM}),
}

# Who may be a case's investigating officer (the desk names one, the station head changes it).
INVESTIGATING_ROLES = frozenset({_IO, _SHO})

# What an approved break-glass request may lend an administrator: reading, never changing.
BREAK_GLASS_CAPABILITIES = frozenset({Capability.VIEW_CASE})

# Powers an investigating officer holds only over the cases assigned to them.
ASSIGNED_ONLY_FOR_IO = frozenset(
    {
        Capability.EDIT_CASE,
        Capability.ADD_ACTION,
        Capability.ASSESS_RISK,
        Capability.RECORD_TRACE,
        Capability.REQUEST_NOTICE,
    }
)

_WHAT: dict[Capability, str] = {
    Capability.VIEW_CASE: msg("open case records"),
    Capability.REGISTER_CASE: msg("register a new case"),
    Capability.EDIT_CASE: msg("change a registered case"),
    Capability.ADD_ACTION: msg("add to a case's action log"),
    Capability.ASSESS_RISK: msg("assess a case's risk"),
    Capability.RECORD_TRACE: msg("record a trace or reunion"),
    Capability.CLOSE_CASE: msg("close a case"),
    Capability.VOID_CASE: msg("void a case entered in error"),
    Capability.TRANSFER_CASE: msg("transfer a case"),
    Capability.ASSIGN_IO: msg("give a registered case to another investigating officer"),
    Capability.ADD_FOUND: msg("record a found person"),
    Capability.EDIT_FOUND: msg("change or link a found person"),
    Capability.REQUEST_NOTICE: msg("request a lookout notice"),
    Capability.APPROVE_NOTICE: msg("approve a lookout notice"),
    Capability.RECORD_ORDER: msg("record, change or remove an order allowing publicity"),
    Capability.PRINT_CASE: msg("print or export case papers"),
    Capability.EXPORT_RETURN: msg("approve and sign the return to headquarters"),
    Capability.VIEW_STATISTICS: msg("see the station's figures"),
    Capability.VIEW_AUDIT: msg("read the audit trail"),
    Capability.VIEW_OWN_AUDIT: msg("read the audit trail of their own actions and cases"),
    Capability.VERIFY_AUDIT: msg("check the audit chain"),
    Capability.MANAGE_USERS: msg("manage user accounts"),
    Capability.GRANT_ROLES: msg("grant or change roles"),
    Capability.MANAGE_BACKUPS: msg("make or restore backups"),
    Capability.MANAGE_KEYS: msg("manage signing keys"),
    Capability.CHANGE_POLICY: msg("change the station's clocks and thresholds"),
    Capability.HQ_IMPORT: msg("import returns at headquarters"),
    Capability.REQUEST_DESTRUCTION: msg("ask for a record to be destroyed under an order"),
    Capability.APPROVE_DESTRUCTION: msg("carry out the destruction of a record under an order"),
}


def capabilities(role: Role) -> frozenset[Capability]:
    return frozenset(c for c, roles in MATRIX.items() if role in roles)


def raises(old: Role, new: Role) -> bool:
    """Whether moving an account from ``old`` to ``new`` gives it any power it lacked: such a
    change is a request a second person approves (models/services/approvals.py)."""
    return bool(capabilities(new) - capabilities(old))


def allowed(actor: Actor, capability: Capability, *, assigned_io_id: int | None = None) -> bool:
    if actor.must_change_password:
        return False
    if capability in actor.break_glass and capability in BREAK_GLASS_CAPABILITIES:
        return True
    if actor.role not in MATRIX[capability]:
        return False
    if actor.role is Role.IO and capability in ASSIGNED_ONLY_FOR_IO:
        return assigned_io_id == actor.user_id
    return True


def require(actor: Actor, capability: Capability, *, assigned_io_id: int | None = None) -> None:
    """Raise ``PermissionDenied`` in plain words unless ``actor`` may do this."""
    if allowed(actor, capability, assigned_io_id=assigned_io_id):
        return
    what = _WHAT[capability]
    if actor.must_change_password:
        raise PermissionDenied(
            msg(
                "{describe} has a temporary password. Choose a new password first (at "
                "the window's logon, or 'talash user passwd').",
                describe=actor.describe(),
            )
        )
    if (
        actor.role is Role.IO
        and capability in ASSIGNED_ONLY_FOR_IO
        and actor.role in MATRIX[capability]
    ):
        raise PermissionDenied(
            msg(
                "{describe} is not the investigating officer of this case and cannot "
                "{what}. The station head can, or can assign the case.",
                describe=actor.describe(),
                what=what,
            )
        )
    raise PermissionDenied(
        msg(
            "The role '{role}' cannot {what}.",
            role=actor.role.value,
            what=what,
        )
    )


def may_edit_case(actor: Actor, io_id: int | None, grace: WriterGrace, now: datetime) -> bool:
    """Whether ``actor`` may change a case's fields and photos: its investigating officer and
    the station head always, the user who registered it within their grace period."""
    if allowed(actor, Capability.EDIT_CASE, assigned_io_id=io_id):
        return True
    return (
        not actor.must_change_password
        and actor.role in MATRIX[Capability.REGISTER_CASE]
        and grace.open_for(actor.user_id, now)
    )


def require_edit_case(
    actor: Actor, io_id: int | None, grace: WriterGrace, now: datetime, zone: tzinfo
) -> None:
    """Raise ``PermissionDenied`` in plain words unless ``actor`` may change the case now; the
    user who registered it is told when (or why) their grace period ended."""
    if may_edit_case(actor, io_id, grace, now):
        return
    if (
        actor.user_id == grace.writer_id
        and not actor.must_change_password
        and actor.role in MATRIX[Capability.REGISTER_CASE]
    ):
        raise PermissionDenied(grace.refusal(now, zone))
    require(actor, Capability.EDIT_CASE, assigned_io_id=io_id)


def case_permissions(
    actor: Actor,
    status: CaseStatus,
    io_id: int | None,
    *,
    grace: WriterGrace | None = None,
    now: datetime | None = None,
    zone: tzinfo | None = None,
) -> CasePermissions:
    """What ``actor`` may do with a case in ``status`` whose investigating officer is ``io_id``:
    the table above together with where the case may go next (models/rules/status.py), worked
    out the way the services check them, so the window offers exactly what would be accepted.
    ``grace`` and ``now`` add the registering user's grace period to editing, and ``zone`` the
    time it ended to the refusal."""

    def may(capability: Capability) -> bool:
        return allowed(actor, capability, assigned_io_id=io_id)

    is_open = status in OPEN_STATUSES
    goes_to = ALLOWED_STEPS[status]
    if grace is not None and now is not None:
        may_edit = may_edit_case(actor, io_id, grace, now)
    else:
        may_edit = may(Capability.EDIT_CASE)
    return CasePermissions(
        edit=is_open and may_edit,
        edit_refusal=None
        if is_open and may_edit
        else _edit_refusal(actor, status, io_id, grace, now, zone),
        add_action=is_open and may(Capability.ADD_ACTION),
        assess_risk=status in MISSING_STATUSES and may(Capability.ASSESS_RISK),
        record_trace=CaseStatus.TRACED in goes_to and may(Capability.RECORD_TRACE),
        record_reunion=status is CaseStatus.TRACED and may(Capability.RECORD_TRACE),
        close=CaseStatus.CLOSED in goes_to and may(Capability.CLOSE_CASE),
        reopen=status is CaseStatus.TRACED and may(Capability.CLOSE_CASE),
        void=CaseStatus.VOID in goes_to and may(Capability.VOID_CASE),
        transfer=CaseStatus.TRANSFERRED in goes_to and may(Capability.TRANSFER_CASE),
        # Only the station head gives a registered case to an officer (an IO never hands theirs on).
        assign_io=is_open and may(Capability.ASSIGN_IO),
        mark_repeat=may(Capability.REGISTER_CASE),
        # Requesting, issuing and taking down the case's notices; the notice rules say when.
        request_notice=may(Capability.REQUEST_NOTICE),
        approve_notice=may(Capability.APPROVE_NOTICE),
        print_papers=may(Capability.PRINT_CASE),
    )


def _edit_refusal(
    actor: Actor,
    status: CaseStatus,
    io_id: int | None,
    grace: WriterGrace | None,
    now: datetime | None,
    zone: tzinfo | None,
) -> str:
    """Why ``actor`` may not change the case, in plain words: the registering user hears when
    their grace period ended (the services' own refusal), everyone else who may change it."""
    if status not in OPEN_STATUSES:
        return f"The case is {status.value.replace('_', ' ')}; it can be read, not changed."
    if actor.must_change_password:
        try:
            require(actor, Capability.EDIT_CASE, assigned_io_id=io_id)
        except PermissionDenied as refused:
            return refused.message
    if grace is not None and now is not None and zone is not None:
        try:
            require_edit_case(actor, io_id, grace, now, zone)
        except PermissionDenied as refused:
            if actor.user_id == grace.writer_id:
                return refused.message
    return "Only its investigating officer or the station head can change it."
