"""Unsaved forms kept on disk, so a crash or a power cut loses nothing that was typed (no Qt).

A draft is what the form holds, field by field, exactly as typed (a half-typed date included),
written atomically (temporary file, fsync, rename) into the private data folder every few
seconds while the form has unsaved changes, and deleted when the form is saved or discarded.
Drafts hold personal data: they live only under the data folder (private to the account) and are
readable by the owner only. When the register is encrypted at rest, its drafts are sealed too
(``models.draft_crypto``: AES-GCM under a key derived from the register's key) and named
``*.sealed``; a plain ``*.json`` draft left from before the encryption is sealed when it is next
listed, so no draft stays in clear beside an encrypted register.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from models.atomic_file import atomic_write, fsync_dir
from models.draft_crypto import DraftSealer

log = logging.getLogger(__name__)

FORMAT = "talash-draft"
FORMAT_VERSION = 1
_SAFE_KEY = re.compile(r"[^A-Za-z0-9._-]")
PLAIN_SUFFIX = ".json"
SEALED_SUFFIX = ".sealed"


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
    def __init__(
        self,
        folder: Path,
        now: Callable[[], datetime] | None = None,
        *,
        sealer: DraftSealer | None = None,
    ) -> None:
        self.folder = folder
        self._now = now or (lambda: datetime.now(UTC))
        self.sealer = sealer  # set for an encrypted register: drafts are sealed

    @property
    def sealed(self) -> bool:
        return self.sealer is not None

    def _path(self, key: str, suffix: str | None = None) -> Path:
        chosen = suffix or (SEALED_SUFFIX if self.sealer is not None else PLAIN_SUFFIX)
        return self.folder / f"{_SAFE_KEY.sub('_', key)}{chosen}"

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
        saved_at: datetime | None = None,
    ) -> Path:
        """Write the draft atomically: the old copy stays whole until the new one is on disk.
        ``saved_at`` keeps an older draft's time when it is only re-sealed."""
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
            "saved_at": (saved_at or self._now()).isoformat(),
            "state": state,
        }
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        if self.sealer is not None:
            data = self.sealer.seal(data)
        atomic_write(path, data, private=True)
        if self.sealer is not None:
            self._path(key, PLAIN_SUFFIX).unlink(missing_ok=True)  # no copy left in clear
            fsync_dir(self.folder)  # the removal as durable as the sealed copy
        return path

    def load(self, key: str) -> Draft | None:
        for path in self._readable_paths(key):
            if path.exists():
                return self._read(path)
        return None

    def _readable_paths(self, key: str) -> list[Path]:
        plain = self._path(key, PLAIN_SUFFIX)
        return [self._path(key, SEALED_SUFFIX), plain] if self.sealer is not None else [plain]

    def drafts(self, user: str | None = None) -> list[Draft]:
        """Every readable draft (of ``user`` when given), newest first. Damaged files are set
        aside with a ``.damaged`` suffix rather than offered or silently deleted."""
        if not self.folder.exists():
            return []
        out: list[Draft] = []
        paths = sorted(self.folder.glob(f"*{PLAIN_SUFFIX}"))
        if self.sealer is not None:
            paths = [self._seal_plain(p) for p in paths]
            paths += sorted(self.folder.glob(f"*{SEALED_SUFFIX}"))
        for path in dict.fromkeys(paths):  # each file once
            draft = self._read(path)
            if draft is not None and (user is None or draft.user == user):
                out.append(draft)
        out.sort(key=lambda d: d.saved_at, reverse=True)
        return out

    def delete(self, key: str) -> None:
        for suffix in (PLAIN_SUFFIX, SEALED_SUFFIX):
            self._path(key, suffix).unlink(missing_ok=True)

    def _seal_plain(self, path: Path) -> Path:
        """A plain draft beside an encrypted register (typed before it was encrypted): seal it
        and remove the copy in clear. Returns the path to read."""
        draft = self._read(path)
        if draft is None:
            return path  # unreadable: already set aside
        sealed = self.save(
            draft.key,
            kind=draft.kind,
            title=draft.title,
            ref=draft.ref,
            version=draft.version,
            user=draft.user,
            state=draft.state,
            saved_at=draft.saved_at,
        )
        if sealed != path:
            path.unlink(missing_ok=True)
        return sealed

    def _read(self, path: Path) -> Draft | None:
        try:
            data = path.read_bytes()
            if path.suffix == SEALED_SUFFIX:
                if self.sealer is None:
                    raise ValueError("a sealed draft needs the register's key")
                data = self.sealer.open(data)
            body = json.loads(data.decode("utf-8"))
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
