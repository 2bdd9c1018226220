"""Unsaved forms kept on disk, so a crash or a power cut loses nothing that was typed (no Qt).

A draft is what the form holds, field by field, exactly as typed (a half-typed date included),
written atomically (temporary file, fsync, rename) into the private data folder every few
seconds while the form has unsaved changes, and deleted when the form is saved or discarded.
Drafts hold personal data: they live only under the data folder (private to the account) and are
readable by the owner only.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FORMAT = "talash-draft"
FORMAT_VERSION = 1
_SAFE_KEY = re.compile(r"[^A-Za-z0-9._-]")


@dataclass(frozen=True)
class Draft:
    key: str
    kind: str  # "case" or "found"
    title: str  # what the offer shows: "New report: Priya Patil" / "MP/2026/0042"
    ref: str | None  # the record being edited; None for a new one
    version: int | None  # the record's version when the edit started
    user: str  # who was typing
    saved_at: datetime
    state: dict[str, Any]
    path: Path


class DraftStore:
    def __init__(self, folder: Path, now: Callable[[], datetime] | None = None) -> None:
        self.folder = folder
        self._now = now or (lambda: datetime.now(UTC))

    def _path(self, key: str) -> Path:
        return self.folder / f"{_SAFE_KEY.sub('_', key)}.json"

    def save(
        self,
        key: str,
        *,
        kind: str,
        title: str,
        ref: str | None,
        version: int | None,
        user: str,
        state: dict[str, Any],
    ) -> Path:
        """Write the draft atomically: the old copy stays whole until the new one is on disk."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(key)
        body = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "key": key,
            "kind": kind,
            "title": title,
            "ref": ref,
            "record_version": version,
            "user": user,
            "saved_at": self._now().isoformat(),
            "state": state,
        }
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        partial = path.with_name(path.name + ".partial")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(partial, path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        _fsync_dir(self.folder)
        return path

    def load(self, key: str) -> Draft | None:
        path = self._path(key)
        return self._read(path) if path.exists() else None

    def drafts(self, user: str | None = None) -> list[Draft]:
        """Every readable draft (of ``user`` when given), newest first. Damaged files are set
        aside with a ``.damaged`` suffix rather than offered or silently deleted."""
        if not self.folder.exists():
            return []
        out: list[Draft] = []
        for path in sorted(self.folder.glob("*.json")):
            draft = self._read(path)
            if draft is not None and (user is None or draft.user == user):
                out.append(draft)
        out.sort(key=lambda d: d.saved_at, reverse=True)
        return out

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def _read(self, path: Path) -> Draft | None:
        try:
            body = json.loads(path.read_text(encoding="utf-8"))
            if body.get("format") != FORMAT:
                raise ValueError("not a draft")
            return Draft(
                key=str(body["key"]),
                kind=str(body["kind"]),
                title=str(body["title"]),
                ref=body.get("ref"),
                version=body.get("record_version"),
                user=str(body["user"]),
                saved_at=datetime.fromisoformat(body["saved_at"]),
                state=dict(body["state"]),
                path=path,
            )
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("draft file %s cannot be read; set aside", path.name)
            try:
                path.replace(path.with_suffix(".damaged"))
            except OSError:
                pass
            return None


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
