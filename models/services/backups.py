"""Backups of an SQLite register: the daily automatic copy, copies on demand, and restores.

Copies are made only with SQLite's online backup API (a plain file copy of a live register can be
corrupt), checked before they get their final name, and encrypted with the register's key when
the register is encrypted. A restore treats the file as hostile until proved otherwise: it is
copied into a staging file next to the register, checked (integrity, a Talash schema revision
this program knows, exactly the tables, indexes, triggers and views that revision has, an intact
audit chain) and only then moved into place; the register it replaces is kept as a backup.

PostgreSQL registers are backed up with the server's own tools (pg_dump; docs/security.md).
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from models import audit
from models.actor import Actor
from models.atomic_file import atomic_copy, move_into_place
from models.clock import Clock
from models.db import (
    Database,
    Target,
    backup_sqlite,
    connect_sqlite_file,
    open_database,
)
from models.encryption import key_file_for, key_id
from models.errors import DatabaseFileError, UserError
from models.permissions import Capability, require

log = logging.getLogger(__name__)

AUTO_PREFIX = "talash-auto-"
BACKUP_SUFFIX = ".sqlite"
KEEP_AUTOMATIC = 14
_STAMP = "%Y%m%dT%H%M%SZ"
_AUTO_NAME = re.compile(r"^talash-auto-(\d{8}T\d{6}Z)\.sqlite$")
_BACKUP_NAME = re.compile(r"^talash-.*\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    made_at: datetime | None  # from the file name; None for a copy named by hand
    encrypted: bool


@dataclass(frozen=True)
class BackupCheck:
    """What the checks found in a candidate file; ``problems`` empty means it may be restored."""

    path: Path
    revision: str | None
    audit_events: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class RestoreOutcome:
    restored_from: Path
    replaced_copy: Path | None
    revision: str | None


def _stamp(now: datetime) -> str:
    return now.strftime(_STAMP)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder``, newest first (automatic ones by the time in their names)."""
    if not folder.is_dir():
        return []
    out: list[BackupInfo] = []
    for path in folder.iterdir():
        if not path.is_file() or not _BACKUP_NAME.match(path.name):
            continue
        m = _AUTO_NAME.match(path.name)
        made = datetime.strptime(m.group(1) + "+0000", _STAMP + "%z") if m else None
        with path.open("rb") as fh:
            head = fh.read(16)
        out.append(BackupInfo(path, path.stat().st_size, made, head != b"SQLite format 3\x00"))
    return sorted(out, key=_when, reverse=True)


def _when(info: BackupInfo) -> float:
    return info.made_at.timestamp() if info.made_at else info.path.stat().st_mtime


def latest_backup(folder: Path) -> BackupInfo | None:
    """The newest backup in ``folder`` (what the window offers to restore after a failed check)."""
    found = list_backups(folder)
    return found[0] if found else None


def _copy_key_file(db: Database, dest: Path) -> None:
    """Put the (passphrase-wrapped) key file beside an encrypted copy, so it can be restored on
    another computer with the passphrase or the recovery key."""
    if db.key is None or db.target.key_file is None or not db.target.key_file.exists():
        return
    atomic_copy(db.target.key_file, key_file_for(dest), private=True)


# -- checking a candidate ------------------------------------------------------------------------


_reference_cache: dict[str, set[tuple[str, str, str]]] = {}


def _schema(conn: Any) -> set[tuple[str, str, str]]:
    rows = conn.execute(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return {(t, n, _canonical(" ".join(sql.split()))) for t, n, sql in rows}


def _canonical(sql: str) -> str:
    """A table's definitions (columns, constraints) in a fixed order. A migration that rebuilds
    a table (SQLite batch mode) writes its constraints in whatever order it met them, so two
    registers of one schema can differ in that order alone; any other difference still shows."""
    head, _, body = sql.partition("(")
    if not sql.startswith("CREATE TABLE") or not body.endswith(")"):
        return sql
    items, depth, start = [], 0, 0
    body = body[:-1]
    for i, ch in enumerate(body):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(body[start:i].strip())
            start = i + 1
    items.append(body[start:].strip())
    return f"{head}({', '.join(sorted(items))})"


def reference_schema(revision: str) -> set[tuple[str, str, str]]:
    """Every table, index, trigger and view a register at ``revision`` has, with its SQL."""
    if revision not in _reference_cache:
        from alembic import command

        from models.migrate import alembic_config

        with tempfile.TemporaryDirectory(prefix="talash-ref-") as tmp:
            db = open_database(Path(tmp) / "reference.sqlite", create=True)
            try:
                cfg = alembic_config()
                with db.engine.begin() as conn:
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, revision)
                raw = db.engine.raw_connection()
                try:
                    _reference_cache[revision] = _schema(raw.driver_connection)
                finally:
                    raw.close()
            finally:
                db.dispose()
    return _reference_cache[revision]


def check_backup_file(path: Path, key: bytes | None) -> BackupCheck:
    """Examine a candidate without changing it. Nothing in it runs: no trigger fires on reads,
    and ``trusted_schema`` is off so its views and triggers cannot call risky functions."""
    from models.migrate import known_revisions

    problems: list[str] = []
    revision: str | None = None
    events = 0
    try:
        conn = connect_sqlite_file(path, key, read_only=True)
    except Exception as exc:  # the driver's own error types differ between sqlite3 and sqlcipher
        return BackupCheck(path, None, 0, (f"it cannot be opened ({exc})",))
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)").fetchall()]
        except Exception as exc:
            return BackupCheck(
                path,
                None,
                0,
                (
                    "it is not a Talash register, is encrypted with another key, or is damaged "
                    f"({exc})",
                ),
            )
        if rows != ["ok"]:
            problems.append("SQLite's integrity check failed: " + "; ".join(map(str, rows)))
            return BackupCheck(path, None, 0, tuple(problems))
        try:
            found = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        except Exception:
            found = []
        if len(found) != 1:
            problems.append("it is not a Talash register (no schema revision)")
            return BackupCheck(path, None, 0, tuple(problems))
        revision = str(found[0][0])
        if revision not in known_revisions():
            problems.append(
                f"it was written by a newer Talash (schema {revision}); restore it with that "
                "version"
            )
            return BackupCheck(path, revision, 0, tuple(problems))
        extra = _schema(conn) - reference_schema(revision)
        for kind, name, _sql in sorted(extra):
            problems.append(
                f"it contains a {kind} '{name}' that a Talash register of schema {revision} "
                "does not have (or has with different SQL)"
            )
        missing = {n for _t, n, _s in reference_schema(revision)} - {
            n for _t, n, _s in _schema(conn)
        }
        for name in sorted(missing):
            problems.append(f"it lacks '{name}', which a Talash register has")
        if not problems and conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("some of its records point at records that do not exist")
    finally:
        conn.close()
    if not problems:
        events, chain_problem = _check_chain(path, key)
        if chain_problem:
            problems.append(chain_problem)
    return BackupCheck(path, revision, events, tuple(problems))


def _check_chain(path: Path, key: bytes | None) -> tuple[int, str | None]:
    with tempfile.TemporaryDirectory(prefix="talash-check-") as tmp:
        # A private copy: opening a register may write its WAL, and the candidate stays as it is.
        copy = Path(tmp) / "candidate.sqlite"
        _copy_with_backup_api(path, copy, key)
        db = open_database(copy, key=key)
        try:
            with db.read() as s:
                report = audit.verify_chain(s)
        finally:
            db.dispose()
    if report.ok:
        return report.events_checked, None
    where = f" at event {report.broken_at}" if report.broken_at else ""
    return report.events_checked, f"its audit trail was altered{where}: {report.problem}"


def _copy_with_backup_api(source: Path, dest: Path, key: bytes | None) -> None:
    src = connect_sqlite_file(source, key, read_only=True)
    try:
        dst = connect_sqlite_file(dest, key)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


# -- the service --------------------------------------------------------------------------------


class BackupService:
    def __init__(self, db: Database, clock: Clock, backup_dir: Path | None = None) -> None:
        self.db = db
        self.clock = clock
        self.backup_dir = backup_dir or backup_folder(db.target)

    def _sqlite_only(self) -> Path:
        path = self.db.target.sqlite_path
        if path is None:
            raise UserError(
                "This register is on a PostgreSQL server: back it up with pg_dump on the server "
                "(see docs/security.md, 'Backups')."
            )
        return path

    def backup(self, actor: Actor, dest: Path | None = None) -> BackupInfo:
        """A copy on demand, to ``dest`` or into the backup folder."""
        require(actor, Capability.MANAGE_BACKUPS)
        self._sqlite_only()
        now = self.clock.now()
        target = dest or self.backup_dir / f"talash-{_stamp(now)}-manual{BACKUP_SUFFIX}"
        if target.exists() and target.is_dir():
            raise UserError(f"{target} is a folder; name a file for the backup.")
        backup_sqlite(self.db, target)
        _copy_key_file(self.db, target)
        self._audit(actor, "backup.create", target)
        return self._info(target, None)

    def automatic_backup(self) -> BackupInfo | None:
        """Once a day (UTC): a copy into the backup folder, keeping the newest 14."""
        if self.db.target.sqlite_path is None or self.db.read_only:
            return None
        now = self.clock.now()
        today = now.strftime("%Y%m%d")
        autos = [b for b in list_backups(self.backup_dir) if b.path.name.startswith(AUTO_PREFIX)]
        if any(b.made_at and b.made_at.strftime("%Y%m%d") == today for b in autos):
            return None
        target = self.backup_dir / f"{AUTO_PREFIX}{_stamp(now)}{BACKUP_SUFFIX}"
        backup_sqlite(self.db, target)
        _copy_key_file(self.db, target)
        self._rotate()
        self._audit(None, "backup.auto", target)
        log.info("automatic backup written: %s", target.name)
        return self._info(target, now)

    def _rotate(self) -> None:
        autos = [b for b in list_backups(self.backup_dir) if b.path.name.startswith(AUTO_PREFIX)]
        for old in autos[KEEP_AUTOMATIC:]:
            old.path.unlink(missing_ok=True)
            key_file_for(old.path).unlink(missing_ok=True)

    def backups(self, actor: Actor) -> list[BackupInfo]:
        require(actor, Capability.MANAGE_BACKUPS)
        return list_backups(self.backup_dir)

    def check(self, actor: Actor, path: Path) -> BackupCheck:
        require(actor, Capability.MANAGE_BACKUPS)
        return check_backup_file(path, self.db.key)

    def restore(self, actor: Actor, source: Path) -> RestoreOutcome:
        """Replace the register by a checked backup. The register it replaces is kept.

        The ``Database`` is disposed: the caller opens the register again (and migrates it).
        """
        require(actor, Capability.MANAGE_BACKUPS)
        return restore_register(
            self.db, source, actor=actor, clock=self.clock, keep_dir=self.backup_dir
        )

    def _audit(self, actor: Actor | None, action: str, path: Path) -> None:
        details = {"file": path.name, "encrypted": self.db.encrypted}
        if self.db.key is not None:
            details["key_id"] = key_id(self.db.key)
        with self.db.write() as s:
            audit.record(
                s,
                at=self.clock.now(),
                actor=actor,
                action=action,
                username=None if actor else "talash",
                desk=None if actor else "system",
                details=details,
            )

    def _info(self, path: Path, made: datetime | None) -> BackupInfo:
        return BackupInfo(path, path.stat().st_size, made, self.db.encrypted)


def backup_folder(target: Target) -> Path:
    """Where a register's backups go: the ``backups`` folder beside the SQLite file."""
    path = target.sqlite_path
    return (path.parent if path else Path.cwd()) / "backups"


def restore_register(
    db: Database, source: Path, *, actor: Actor, clock: Clock, keep_dir: Path
) -> RestoreOutcome:
    """Check ``source``, keep a copy of the present register, and put ``source`` in its place.

    Used by ``BackupService.restore`` and, when the present register cannot even be opened, by
    the command line after the person has proved their role against the backup itself.
    """
    live = db.target.sqlite_path
    if live is None:
        raise UserError("Only an SQLite register is restored by Talash; use pg_restore.")
    source = source.expanduser().absolute()
    if not source.is_file():
        raise UserError(f"There is no backup file {source}.")
    if source == live:
        raise UserError("That is the register itself, not a backup of it.")
    staging = live.with_name(live.name + ".restoring")
    _remove_sqlite_files(staging)
    try:
        try:
            _copy_with_backup_api(source, staging, db.key)
        except Exception as exc:
            raise DatabaseFileError(
                f"{source} cannot be read as a Talash backup ({exc}). Nothing was changed."
            ) from exc
        check = check_backup_file(staging, db.key)
        if not check.ok:
            raise DatabaseFileError(
                f"{source} was not restored; nothing was changed. The file failed these checks:\n"
                + "\n".join(f"- {p}" for p in check.problems)
            )
        now = clock.now()
        kept = _keep_present(db, live, keep_dir / f"talash-{_stamp(now)}-before-restore.sqlite")
        db.dispose()
        _remove_sqlite_files(live, main=False)
        move_into_place(staging, live)
    finally:
        _remove_sqlite_files(staging)
    restored = open_database(Target(db.target.url, live), key=db.key)
    try:
        with restored.write() as s:
            audit.record(
                s,
                at=clock.now(),
                actor=actor,
                action="backup.restore",
                details={
                    "file": source.name,
                    "replaced_copy": kept.name if kept else None,
                    "revision": check.revision,
                },
            )
    finally:
        restored.dispose()
    log.info("register restored from %s", source.name)
    return RestoreOutcome(source, kept, check.revision)


def _keep_present(db: Database, live: Path, dest: Path) -> Path | None:
    """Keep the register being replaced: by the backup API, or byte for byte if it is too
    damaged for that (its WAL file goes along)."""
    if not live.exists():
        return None
    try:
        backup_sqlite(db, dest)
    except Exception:
        log.warning("the register being replaced could not be copied by the backup API")
        dest.parent.mkdir(parents=True, exist_ok=True)
        atomic_copy(live, dest, private=True)
        wal = live.with_name(live.name + "-wal")
        if wal.exists():
            atomic_copy(wal, dest.with_name(dest.name + "-wal"), private=True)
    _copy_key_file(db, dest)
    return dest


def _remove_sqlite_files(path: Path, *, main: bool = True) -> None:
    names: Iterable[str] = ("", "-wal", "-shm", "-journal") if main else ("-wal", "-shm")
    for suffix in names:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def authenticate_in_backup(
    path: Path, key: bytes | None, username: str, password: str, *, desk: str
) -> Actor:
    """Prove a role against the accounts inside a checked backup.

    Used when the present register is too damaged to log on to (nothing can be audited there):
    the person restoring must be a station head or administrator *in the backup being restored*,
    and the restore is then audited in the restored register.
    """
    from sqlalchemy import select

    from models.entities import AppUser
    from models.passwords import verify_password
    from models.services.accounts import actor_for

    check = check_backup_file(path, key)
    if not check.ok:
        raise DatabaseFileError(
            f"{path} failed these checks:\n" + "\n".join(f"- {p}" for p in check.problems)
        )
    with tempfile.TemporaryDirectory(prefix="talash-auth-") as tmp:
        copy = Path(tmp) / "candidate.sqlite"
        _copy_with_backup_api(path, copy, key)
        db = open_database(copy, key=key)
        try:
            with db.read() as s:
                user = s.scalar(select(AppUser).where(AppUser.username == username.strip().lower()))
                good = (
                    user is not None
                    and user.active
                    and user.locked_at is None
                    and user.password_hash is not None
                    and verify_password(user.password_hash, password)
                )
                actor = actor_for(user, desk) if good and user is not None else None
        finally:
            db.dispose()
    if actor is None:
        raise UserError("The username or password is not right (in the backup being restored).")
    require(actor, Capability.MANAGE_BACKUPS)
    return actor


def restore_over_damaged(
    target: Target, key: bytes | None, source: Path, *, actor: Actor, clock: Clock, keep_dir: Path
) -> RestoreOutcome:
    """Restore when the present register cannot be opened normally (start-up check failed)."""
    from models.db import make_engine

    require(actor, Capability.MANAGE_BACKUPS)
    db = Database(target, make_engine(target, key=key), key=key)
    return restore_register(db, source, actor=actor, clock=clock, keep_dir=keep_dir)
