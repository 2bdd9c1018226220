"""How much Talash reads of a file someone else made, and the one way it reads such a file.

Every file that comes from outside (a case or found-person JSON, a photo, a register sheet, a
mapping, a return package, a key, a match notice) is read with a cap: at most ``limit + 1``
bytes are ever read, so a huge file or a device such as ``/dev/zero`` is refused after a few
megabytes instead of filling the memory. The size the file claims is not trusted (a device or a
pipe claims 0 bytes).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from models.errors import UserError
from models.messages import msg

MB = 1024 * 1024
# A case or found-person file may carry its photos inline (base64): room for a few of them.
MAX_JSON_BYTES = 64 * MB
# Objects and lists inside each other: the deepest input Talash knows is six levels deep.
MAX_JSON_DEPTH = 32
# Whole numbers in an input file: what a database INTEGER column holds (PostgreSQL's is 32-bit).
MAX_JSON_INTEGER = 2**31 - 1
# A key file, a mapping file, a policy file: small by nature.
MAX_SMALL_FILE_BYTES = 1 * MB
# A return package from a station (a signed zip): the archive reader's own cap is the same.
MAX_PACKAGE_BYTES = 256 * MB


class FileTooLarge(UserError):
    """A file is larger than Talash reads for its kind; nothing of it was used."""


def _too_large(what: str, limit: int) -> FileTooLarge:
    size = f"{limit // MB} MB" if limit >= MB else f"{max(limit // 1024, 1)} KB"
    return FileTooLarge(
        msg(
            "{what} is larger than {size}, more than such a file can be; not read.",
            what=what,
            size=size,
        )
    )


def read_stream_limited(stream: BinaryIO, limit: int, what: str) -> bytes:
    """At most ``limit`` bytes of ``stream``; ``FileTooLarge`` if there is more."""
    chunks: list[bytes] = []
    left = limit + 1
    while left > 0:
        chunk = stream.read(min(left, MB))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    data = b"".join(chunks)
    if len(data) > limit:
        raise _too_large(what, limit)
    return data


def read_limited(path: str | os.PathLike[str], limit: int, what: str | None = None) -> bytes:
    """The bytes of the file at ``path``, refused in plain words if it is larger than ``limit``
    or cannot be read."""
    where = Path(path)
    name = what or str(where)
    try:
        if where.is_dir():
            raise UserError(msg("{name} is a folder, not a file.", name=name))
        with where.open("rb") as fh:
            return read_stream_limited(fh, limit, name)
    except FileNotFoundError as exc:
        raise UserError(msg("There is no file {where}.", where=where)) from exc
    except OSError as exc:
        raise UserError(
            msg(
                "{name} cannot be read: {strerror}.",
                name=name,
                strerror=exc.strerror,
            )
        ) from exc


def require_count(value: int, what: str, *, low: int = 1, high: int | None = None) -> int:
    """A count asked for (``--limit``, weeks, hours) within its bounds, or a plain refusal."""
    if value < low or (high is not None and value > high):
        span = f"from {low} to {high}" if high is not None else f"{low} or more"
        raise UserError(
            msg(
                "{what} must be {span}, not {value}.",
                what=what,
                span=span,
                value=value,
            )
        )
    return value
