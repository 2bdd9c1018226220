"""The verbs of ``talash``. Each module has ``register(subparsers)``; handlers are
``handler(ctx, args) -> exit status`` and import heavy modules only when they run.

A verb's module is imported only when that verb is on the command line (or when every verb is
listed, as ``talash --help`` does): the command line starts in a fraction of a second instead of
paying for every verb's imports before it does anything.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from types import ModuleType

# In the order ``talash --help`` lists them. A module registers the verb it is named after
# (``case_cmd`` → ``talash case``); OTHER_VERBS names the verbs a module registers besides.
MODULE_NAMES: tuple[str, ...] = (
    "init_cmd",
    "case_cmd",
    "found_cmd",
    "match_cmd",
    "search_cmd",
    "notice_cmd",
    "print_cmd",
    "overdue_cmd",
    "dashboard_cmd",
    "return_cmd",
    "drive_cmd",
    "keys_cmd",
    "hq_cmd",
    "export_cmd",
    "import_cmd",
    "taxonomy_cmd",
    "policy_cmd",
    "demo_cmd",
    "user_cmd",
    "audit_cmd",
    "backup_cmd",
    "destroy_cmd",
    "retention_cmd",
    "check_cmd",
    "db_cmd",
    "selfcheck_cmd",
    "serve_cmd",
)
OTHER_VERBS: dict[str, str] = {"restore": "backup_cmd"}


def module_name_for(verb: str) -> str | None:
    """The module that registers ``verb``, or None if there is no such verb."""
    name = OTHER_VERBS.get(verb, f"{verb}_cmd")
    return name if name in MODULE_NAMES else None


def load(names: Iterable[str]) -> tuple[ModuleType, ...]:
    return tuple(importlib.import_module(f"{__name__}.{name}") for name in names)


def __getattr__(name: str) -> tuple[ModuleType, ...]:
    # Every verb's module, imported on first use (``COMMAND_MODULES`` as it always was).
    if name == "COMMAND_MODULES":
        return load(MODULE_NAMES)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
