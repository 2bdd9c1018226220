"""When the command line reads a whole SQLite register for damage: at the first opening of
each day, and again whenever the file has been replaced.

SQLite's quick check reads every page: 4 s for a register of a million cases with the file in
the cache, 15 s and more without. Paid by every verb, a drive's few hundred verbs read the
whole register a few hundred times. Every other opening checks what the window checks first
(the schema and the tables a logon reads and writes; models/db.py), and SQLite still refuses any
damaged page a verb reads. ``talash check`` remains the full check, run when asked.

The desk's data folder keeps, for each register file, the day of its last clean whole-file check
and the file's identity then (device and inode): a restore, a decryption or a copy put in its
place is a new file, checked at once. A record that cannot be read means "never checked".
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

from models.atomic_file import atomic_write


class WholeFileChecks:
    """The record of clean whole-file checks kept in ``record`` (a JSON file)."""

    def __init__(self, record: Path) -> None:
        self._record = record

    def due(self, register: Path, today: date) -> bool:
        entry = self._read().get(_key(register))
        return not (
            isinstance(entry, dict)
            and entry.get("checked_on") == today.isoformat()
            and entry.get("file") == _identity(register)
        )

    def passed(self, register: Path, today: date) -> None:
        """``register`` passed the whole-file check ``today``."""
        identity = _identity(register)
        if identity is None:
            return
        entries = self._read()
        entries[_key(register)] = {"checked_on": today.isoformat(), "file": identity}
        try:
            atomic_write(self._record, json.dumps(entries, indent=1), private=True)
        except OSError:
            pass  # unrecorded, the next verb checks the whole file again: nothing is lost

    def _read(self) -> dict[str, Any]:
        try:
            entries = json.loads(self._record.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return entries if isinstance(entries, dict) else {}


def _key(register: Path) -> str:
    return str(register.resolve())


def _identity(register: Path) -> list[int] | None:
    try:
        st = os.stat(register)
    except OSError:
        return None
    return [st.st_dev, st.st_ino]
