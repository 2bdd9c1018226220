"""Reading a zip archive that came from outside, safely, into memory.

Nothing is ever extracted to disk (no ``extractall``). Before a byte is decompressed, every entry
is checked: a plain file name from a short whitelist alphabet (no folders, ``..``, absolute or
drive paths, backslashes), not a symlink or folder, not a duplicate; the entry count, each
entry's size, the total size and the compression ratio are capped. Sizes in the zip headers can
lie, so each entry is then read with a byte cap as well.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from collections.abc import Collection
from dataclasses import dataclass

from models.errors import UserError
from models.messages import msg, said

SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


class ArchiveRefused(UserError):
    """The archive is damaged, too large, or holds something it must not."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Limits:
    max_archive_bytes: int = 32 * 1024 * 1024
    max_entries: int = 8
    max_entry_bytes: int = 16 * 1024 * 1024
    max_total_bytes: int = 32 * 1024 * 1024
    max_ratio: int = 100
    ratio_floor: int = 64 * 1024  # tiny entries compress badly or well; only ratios above this


DEFAULT_LIMITS = Limits()


def read_archive(
    data: bytes, allowed: Collection[str], limits: Limits = DEFAULT_LIMITS
) -> dict[str, bytes]:
    """The entries of a zip held in ``data``, by name; only names in ``allowed`` are accepted."""
    if len(data) > limits.max_archive_bytes:
        raise ArchiveRefused(
            "too_large",
            msg(
                "The file is {value} MB; a return package is at most {value2} MB.",
                value=len(data) // 1024 // 1024,
                value2=limits.max_archive_bytes // 1024 // 1024,
            ),
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise ArchiveRefused(
            "damaged", msg("The file is not a complete return package: it is truncated or damaged.")
        ) from exc
    with archive:
        if len(infos) > limits.max_entries:
            raise ArchiveRefused(
                "too_many_entries",
                msg(
                    "The package holds {infos_count} files; at most {max_entries} are allowed.",
                    infos_count=len(infos),
                    max_entries=limits.max_entries,
                ),
            )
        seen: set[str] = set()
        total = 0
        for info in infos:
            _check_entry(info, allowed, seen, limits)
            total += info.file_size
            if total > limits.max_total_bytes:
                raise ArchiveRefused("too_large", msg("The package's contents are too large."))
        out: dict[str, bytes] = {}
        for info in infos:
            try:
                with archive.open(info) as fh:
                    content = fh.read(limits.max_entry_bytes + 1)
            except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
                raise ArchiveRefused(
                    "damaged",
                    msg(
                        "The package's entry {filename} is damaged: {exc}.",
                        filename=info.filename,
                        exc=said(exc),
                    ),
                ) from exc
            if len(content) > limits.max_entry_bytes or len(content) != info.file_size:
                raise ArchiveRefused(
                    "too_large",
                    msg(
                        "The package's entry {filename} is larger than it says.",
                        filename=info.filename,
                    ),
                )
            out[info.filename] = content
        return out


def _check_entry(
    info: zipfile.ZipInfo, allowed: Collection[str], seen: set[str], limits: Limits
) -> None:
    name = info.filename
    if not SAFE_NAME.match(name) or ".." in name:
        raise ArchiveRefused(
            "unsafe_entry",
            msg(
                "The package holds an entry with a path or unsafe name ({name}); it is "
                "refused without unpacking anything.",
                name=f"{name!r}",
            ),
        )
    kind = stat.S_IFMT(info.external_attr >> 16)  # 0 when the zip tool recorded no type
    if info.is_dir() or kind not in (0, stat.S_IFREG):
        raise ArchiveRefused(
            "unsafe_entry",
            msg("The package entry {name} is a link or a folder, not a file.", name=f"{name!r}"),
        )
    if name in seen:
        raise ArchiveRefused(
            "unsafe_entry", msg("The package holds {name} twice.", name=f"{name!r}")
        )
    seen.add(name)
    if name not in allowed:
        raise ArchiveRefused(
            "unsafe_entry", msg("The package holds an unexpected file {name}.", name=f"{name!r}")
        )
    if info.file_size > limits.max_entry_bytes:
        raise ArchiveRefused(
            "too_large", msg("The package entry {name} is too large.", name=f"{name!r}")
        )
    if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(
        info.compress_size, 1
    ):
        raise ArchiveRefused(
            "too_large",
            msg(
                "The package entry {name} expands more than {max_ratio} times: refused "
                "as a possible zip bomb.",
                name=f"{name!r}",
                max_ratio=limits.max_ratio,
            ),
        )
