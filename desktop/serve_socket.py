"""Where ``talash serve`` listens, and how a request and its answers travel (Linux only).

The socket lives in a folder only this account can enter (``$XDG_RUNTIME_DIR/talash``, else
``/tmp/talash-<uid>``), one socket per installed program, so a bundle and a source tree of the
same account each have their own. Either side refuses a folder or socket another account owns or
can open: a verb run through it acts with the password and the terminal of whoever asked.

A message is a 4-byte length and a JSON object. Only the standard library is imported here: the
``talash`` that forwards a verb must start in milliseconds.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import stat
import struct
import sys
from pathlib import Path
from typing import Any

_LENGTH = struct.Struct("!I")
MAX_MESSAGE = 4 * 1024 * 1024  # a request carries argv and the environment, never a file
MAX_PATH_BYTES = 107  # Linux's sun_path: 108 bytes with the closing NUL


def supported() -> bool:
    """Forking a loaded program and handing it a terminal's descriptors: Linux's."""
    return sys.platform.startswith("linux") and hasattr(socket, "SO_PEERCRED")


def program_root() -> Path:
    """The installed program's folder (the source tree, or the bundle's)."""
    return Path(__file__).resolve().parent.parent


def socket_folder() -> Path:
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isdir(runtime):
        return Path(runtime) / "talash"
    return Path("/tmp") / f"talash-{os.getuid()}"


def socket_path() -> Path:
    tag = hashlib.sha256(str(program_root()).encode()).hexdigest()[:12]
    return socket_folder() / f"serve-{tag}.sock"


def private_to_me(path: Path, *, folder: bool) -> bool:
    """Whether ``path`` is owned by this account and closed to every other one."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    kind_ok = stat.S_ISDIR(st.st_mode) if folder else stat.S_ISSOCK(st.st_mode)
    return kind_ok and st.st_uid == os.getuid() and not st.st_mode & 0o077


def peer_uid(conn: socket.socket) -> int:
    """The account of the process at the other end of ``conn`` (the kernel's word for it)."""
    creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", creds)
    return int(uid)


def frame(message: dict[str, Any]) -> bytes:
    body = json.dumps(message).encode()
    return _LENGTH.pack(len(body)) + body


def send(conn: socket.socket, message: dict[str, Any]) -> None:
    conn.sendall(frame(message))


def receive(conn: socket.socket, *, first: bytes = b"") -> dict[str, Any] | None:
    """The next message, or None when the other side has gone (or sent something unreadable)."""
    data = first
    while len(data) < _LENGTH.size:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    (length,) = _LENGTH.unpack_from(data)
    if length > MAX_MESSAGE:
        return None
    while len(data) < _LENGTH.size + length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    try:
        message = json.loads(data[_LENGTH.size : _LENGTH.size + length])
    except ValueError:
        return None
    return message if isinstance(message, dict) else None
