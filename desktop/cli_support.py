"""What the CLI verbs share: the acting user, JSON files in and out, photos named in JSON."""

from __future__ import annotations

import dataclasses
import io
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar
from zoneinfo import ZoneInfo

from models.atomic_file import atomic_write
from models.dto_codec import from_json, to_json
from models.errors import UserError
from models.json_input import parse_json
from models.limits import MAX_JSON_BYTES, read_limited, read_stream_limited
from models.text import terminal_safe

if TYPE_CHECKING:  # the database layer is imported by the verbs that use it, not at start
    from desktop.context import AppContext
    from models.actor import Actor
    from models.dto.cases import PhotoInput
    from models.errors import Problem
    from models.services import Services

T = TypeVar("T")


def services(ctx: AppContext) -> Services:
    from models.services import Services

    return Services.build(ctx.open_db(), ctx.clock)


def acting(ctx: AppContext, svc: Services) -> Actor:
    """Log on as ``--as`` (password from TALASH_PASSWORD or the prompt); audited like the window."""
    username = ctx.acting_username()
    return svc.accounts.authenticate(
        username, ctx.password_for(username), desk=ctx.settings.desk_name
    )


def station_zone(svc: Services) -> ZoneInfo:
    return ZoneInfo(svc.accounts.station().timezone)


def read_json(path: str) -> Any:
    """Parse a JSON file ("-" for standard input), refusing bad files in plain words.

    The file is read with a cap (a huge file or a device is refused after a few megabytes) and
    parsed with the codec's limits: no key twice, no deep nesting, no number no field can hold.
    """
    data: bytes | str
    if path == "-":
        stream = getattr(sys.stdin, "buffer", None)  # a test's stand-in may be text only
        if stream is not None:
            data = read_stream_limited(stream, MAX_JSON_BYTES, "the standard input")
        else:
            data = sys.stdin.read(MAX_JSON_BYTES + 1)
            if len(data) > MAX_JSON_BYTES:
                raise UserError("The standard input is larger than a case file can be; not read.")
    else:
        data = read_limited(path, MAX_JSON_BYTES)
    return parse_json(data, "the standard input" if path == "-" else path)


def load_input(cls: type[T], path: str, zone: ZoneInfo) -> T:
    """Read a JSON file into ``cls``; photo files it names are read relative to it."""
    base = Path(path).parent if path != "-" else Path.cwd()
    return input_from(cls, read_json(path), base, zone)


def input_from(cls: type[T], data: Any, base: Path, zone: ZoneInfo) -> T:
    value = from_json(cls, data, zone=zone)
    photos = getattr(value, "photos", None)
    if photos:
        value = dataclasses.replace(value, photos=read_photos(photos, base))  # type: ignore[type-var]
    return value


def read_photos(photos: Sequence[PhotoInput], base: Path) -> tuple[PhotoInput, ...]:
    """Read each ``file`` named in the JSON (relative to the JSON file), never past the size cap."""
    from models.photos import MAX_BYTES

    out: list[PhotoInput] = []
    for photo in photos:
        if photo.data is not None or not photo.file:
            out.append(photo)
            continue
        path = (base / photo.file).expanduser()
        data = read_limited(path, MAX_BYTES, f"The photo {path}")
        out.append(dataclasses.replace(photo, data=data, file=str(path)))
    return tuple(out)


class SafeText(io.TextIOBase):
    """A text stream that passes everything through ``terminal_safe``: no terminal escape,
    lone carriage return or bidi override that a stored or imported value holds reaches the
    terminal raw, whichever verb prints it (values are also printed through ``shown``)."""

    def __init__(self, inner: TextIO) -> None:
        super().__init__()
        self._inner = inner

    def write(self, text: str) -> int:
        self._inner.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        self._inner.flush()

    def fileno(self) -> int:
        return self._inner.fileno()

    def isatty(self) -> bool:
        return self._inner.isatty()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._inner, "encoding", "utf-8")

    @property
    def buffer(self) -> Any:
        return self._inner.buffer  # bytes (a PDF to a pipe) pass as they are


@contextmanager
def safe_output() -> Iterator[None]:
    """Standard output and error through ``SafeText`` while a verb runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeText(out), SafeText(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


def print_json(value: Any, zone: ZoneInfo) -> None:
    json.dump(to_json(value, zone=zone), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_warnings(warnings: Sequence[Problem]) -> None:
    for w in warnings:
        print(f"warning: {w.field}: {w.message}", file=sys.stderr)


def local(value: Any, zone: ZoneInfo) -> str:
    """An instant as the station reads it: DD-MM-YYYY HH:MM."""
    return value.astimezone(zone).strftime("%d-%m-%Y %H:%M") if value is not None else ""


def write_output(path: Path, data: bytes | str, *, private: bool = False) -> Path:
    """Write a file named on the command line, whole or not at all; a folder that is missing
    or cannot be written is a plain refusal (exit 1), not an internal error."""
    try:
        return atomic_write(path, data, private=private)
    except FileNotFoundError as exc:
        raise UserError(f"The folder {path.parent} does not exist.") from exc
    except OSError as exc:
        raise UserError(f"{path} cannot be written: {exc.strerror}.") from exc


def new_secret(what: str, env: str) -> str:
    """A new password or passphrase: from ``env`` for scripts, else typed twice at the prompt."""
    import getpass
    import os

    secret = os.environ.get(env)
    if secret is not None:
        return secret
    if not sys.stdin.isatty():
        raise UserError(f"Type the new {what} at a terminal, or set {env} for scripts.")
    first = getpass.getpass(f"New {what}: ")
    if getpass.getpass(f"The new {what} again: ") != first:
        raise UserError(f"The two {what}s differ; nothing was changed.")
    return first
