"""Errors a person can act on, each with a message in plain words.

Everything raised from models/ that is *not* a ``UserError`` is a bug: the desktop layer logs it
with its traceback and shows "an internal error" with the log path. A ``UserError`` is shown as
it is, and nothing the user typed is thrown away in either case.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from models.field_labels import field_label
from models.messages import msg


class UserError(Exception):
    """A problem with the input, the data or the machine that the user can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Problem:
    """One validation finding, tied to a field path such as ``person.date_of_birth``."""

    field: str
    message: str
    severity: str = "error"  # "error" refuses the save; "warning" is shown and allowed

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


class ValidationFailed(UserError):
    """The input breaks one or more rules; ``problems`` lists each with its field."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        lines = [problem_line(p) for p in self.problems]
        super().__init__("The entry cannot be saved:\n" + "\n".join(f"- {line}" for line in lines))


def problem_line(problem: Problem) -> str:
    """The field in words (models/field_labels.py), then what is wrong: "FIR: is required"; the
    same line in the window and on the command line."""
    if not problem.field:
        return problem.message
    return msg("{field}: {problem}", field=field_label(problem.field), problem=problem.message)


class NotFound(UserError):
    """A case, person, user or file that was asked for does not exist."""


class PermissionDenied(UserError):
    """The acting user's role does not allow this action."""


class RuleViolation(UserError):
    """The action is not allowed in the record's present state (e.g. a status change)."""


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: object
    after: object


class StaleEdit(UserError):
    """Someone else saved the record after this edit started."""

    def __init__(
        self, message: str, *, changed_by: str, changed_at: str, changes: Sequence[FieldChange]
    ) -> None:
        super().__init__(message)
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.changes = tuple(changes)


class StorageError(UserError):
    """The database could not store the change (disk full, I/O error, locked by another desk).

    The transaction was rolled back; nothing was saved and nothing is retried silently.
    """


class DatabaseFileError(UserError):
    """The database file or server cannot be used (not a database, damaged, too new, …)."""
