"""Writing a file so that it is whole or absent, even after a crash or a power cut (no Qt, no
SQLAlchemy: every layer writes its files through here).

The bytes go to a temporary file in the target's own folder (a rename is atomic only within one
file system), which is flushed and fsynced; the temporary file then takes the final name with
``os.replace`` and the folder is fsynced, so the new name itself survives a power cut. On any
error the temporary file is removed and the error is raised as it came (callers turn an
``OSError`` into the plain-word error their user sees); a file already under the final name is
left as it was.

``stage`` splits the two steps for a service that must write a file before its transaction
commits and put it in place only after (a return package, a match notice): nothing appears under
the final name unless the database change that records it was committed.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

PRIVATE = 0o600  # personal data, keys, drafts: readable by this OS account only
SHARED = 0o666  # printouts, exports: the process umask decides, as for any file the user saves


def fsync_file(path: Path) -> None:
    """Flush a file another writer made (e.g. SQLite's backup API) to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new name in ``folder`` durable (POSIX; Windows has no folder fsync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def move_into_place(written: Path, final: Path) -> Path:
    """Give a finished file in the same folder (written by another writer) the final name:
    fsync it, rename it over ``final``, fsync the folder."""
    fsync_file(written)
    os.replace(written, final)
    fsync_dir(final.parent)
    return final


class StagedFile:
    """A file written whole and fsynced under a temporary name beside its final name, not yet
    in place. ``publish`` puts it there; leaving a ``with`` block without publishing (or calling
    ``discard``) removes it."""

    def __init__(self, temp: Path, final: Path) -> None:
        self.temp = temp
        self.final = final
        self.published = False

    def publish(self) -> Path:
        try:
            os.replace(self.temp, self.final)
        except BaseException:
            self.discard()
            raise
        self.published = True
        fsync_dir(self.final.parent)
        return self.final

    def discard(self) -> None:
        if not self.published:
            self.temp.unlink(missing_ok=True)

    def __enter__(self) -> StagedFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.discard()


def _open_temp(final: Path, mode: int) -> tuple[int, Path]:
    # A fresh name each time (O_EXCL), so two writers of one file never share a temporary file;
    # hidden and ending in .partial, so a crash's leftover is recognisable and never listed.
    while True:
        temp = final.with_name(f".{final.name}.{secrets.token_hex(4)}.partial")
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode), temp
        except FileExistsError:
            continue


def _stage_with(path: Path, fill: Callable[[BinaryIO], object], private: bool) -> StagedFile:
    fd, temp = _open_temp(path, PRIVATE if private else SHARED)
    try:
        with os.fdopen(fd, "wb") as fh:
            fill(fh)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return StagedFile(temp, path)


def stage(path: Path, data: bytes | str, *, private: bool = False) -> StagedFile:
    """Write ``data`` (text as UTF-8) whole and fsynced beside ``path``; nothing is under
    ``path`` yet. ``private`` makes the file readable by this OS account only."""
    body = data.encode("utf-8") if isinstance(data, str) else data
    return _stage_with(path, lambda fh: fh.write(body), private)


def atomic_write(path: Path, data: bytes | str, *, private: bool = False) -> Path:
    """Write ``data`` (text as UTF-8) to ``path`` so that the file is either the old one or the
    whole new one, never half; returns ``path``."""
    with stage(path, data, private=private) as staged:
        return staged.publish()


def atomic_copy(source: Path, dest: Path, *, private: bool = False) -> Path:
    """Copy ``source`` to ``dest`` as ``atomic_write`` writes (streamed: a register may be
    larger than the memory at hand)."""
    with source.open("rb") as src:
        staged = _stage_with(dest, lambda fh: shutil.copyfileobj(src, fh), private)
    with staged:
        return staged.publish()


__all__ = [
    "PRIVATE",
    "StagedFile",
    "atomic_copy",
    "atomic_write",
    "fsync_dir",
    "fsync_file",
    "move_into_place",
    "stage",
]
