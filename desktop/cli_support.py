"""What the CLI verbs share: the acting user, JSON files in and out, photos named in JSON."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from desktop.context import AppContext
from models.actor import Actor
from models.dto.cases import PhotoInput
from models.dto_codec import from_json, to_json
from models.errors import Problem, UserError
from models.photos import MAX_BYTES
from models.services import Services

T = TypeVar("T")


def services(ctx: AppContext) -> Services:
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
    """Parse a JSON file ("-" for standard input), refusing bad files in plain words."""
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise UserError(f"There is no file {path}.") from exc
    except UnicodeDecodeError as exc:
        raise UserError(f"{path} is not UTF-8 text; save it as UTF-8 JSON.") from exc
    except OSError as exc:
        raise UserError(f"{path} cannot be read: {exc.strerror}.") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            f"{path} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}."
        ) from exc


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
    """Read each ``file`` named in the JSON (relative to the JSON file), with the size cap first."""
    out: list[PhotoInput] = []
    for photo in photos:
        if photo.data is not None or not photo.file:
            out.append(photo)
            continue
        path = (base / photo.file).expanduser()
        try:
            size = path.stat().st_size
            data = None if size > MAX_BYTES else path.read_bytes()
        except OSError as exc:
            raise UserError(f"The photo {path} cannot be read: {exc.strerror}.") from exc
        if data is None:
            raise UserError(
                f"The photo {path} is {size / 1048576:.1f} MB; at most {MAX_BYTES // 1048576} MB."
            )
        out.append(dataclasses.replace(photo, data=data, file=str(path)))
    return tuple(out)


def print_json(value: Any, zone: ZoneInfo) -> None:
    json.dump(to_json(value, zone=zone), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_warnings(warnings: Sequence[Problem]) -> None:
    for w in warnings:
        print(f"warning: {w.field}: {w.message}", file=sys.stderr)


def local(value: Any, zone: ZoneInfo) -> str:
    """An instant as the station reads it: DD-MM-YYYY HH:MM."""
    return value.astimezone(zone).strftime("%d-%m-%Y %H:%M") if value is not None else ""


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
