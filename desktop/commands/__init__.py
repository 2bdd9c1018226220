"""The verbs of ``talash``. Each module has ``register(subparsers)``; handlers are
``handler(ctx, args) -> exit status`` and import heavy modules only when they run."""

from __future__ import annotations

from types import ModuleType

from desktop.commands import case_cmd, init_cmd, selfcheck_cmd

COMMAND_MODULES: tuple[ModuleType, ...] = (
    init_cmd,
    case_cmd,
    selfcheck_cmd,
)
