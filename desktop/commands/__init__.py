"""The verbs of ``talash``. Each module has ``register(subparsers)``; handlers are
``handler(ctx, args) -> exit status`` and import heavy modules only when they run."""

from __future__ import annotations

from types import ModuleType

from desktop.commands import (
    audit_cmd,
    backup_cmd,
    case_cmd,
    check_cmd,
    dashboard_cmd,
    db_cmd,
    demo_cmd,
    destroy_cmd,
    drive_cmd,
    export_cmd,
    found_cmd,
    hq_cmd,
    import_cmd,
    init_cmd,
    keys_cmd,
    match_cmd,
    notice_cmd,
    overdue_cmd,
    policy_cmd,
    print_cmd,
    retention_cmd,
    return_cmd,
    search_cmd,
    selfcheck_cmd,
    taxonomy_cmd,
    user_cmd,
)

COMMAND_MODULES: tuple[ModuleType, ...] = (
    init_cmd,
    case_cmd,
    found_cmd,
    match_cmd,
    search_cmd,
    notice_cmd,
    print_cmd,
    overdue_cmd,
    dashboard_cmd,
    return_cmd,
    drive_cmd,
    keys_cmd,
    hq_cmd,
    export_cmd,
    import_cmd,
    taxonomy_cmd,
    policy_cmd,
    demo_cmd,
    user_cmd,
    audit_cmd,
    backup_cmd,
    destroy_cmd,
    retention_cmd,
    check_cmd,
    db_cmd,
    selfcheck_cmd,
)
