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
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from models import audit
from models import backup_manifest as bm
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
from models.enums import Role
from models.errors import DatabaseFileError, PermissionDenied, UserError
from models.messages import msg, said
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
    manifest: bm.BackupManifest | None = None
    # How the accounts would change (roles, accounts added or gone, passwords): a restore that
    # changes any needs the station head's confirmation.
    account_changes: tuple[str, ...] = ()

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


def _content_check(path: Path, key: bytes | None) -> BackupCheck:
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
                    msg(
                        "it is not a Talash register, is encrypted with another key, or is "
                        "damaged ({error})",
                        error=str(exc),
                    ),
                ),
            )
        if rows != ["ok"]:
            problems.append(
                msg("SQLite's integrity check failed: {found}", found="; ".join(map(str, rows)))
            )
            return BackupCheck(path, None, 0, tuple(problems))
        try:
            found = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        except Exception:
            found = []
        if len(found) != 1:
            problems.append(msg("it is not a Talash register (no schema revision)"))
            return BackupCheck(path, None, 0, tuple(problems))
        revision = str(found[0][0])
        if revision not in known_revisions():
            problems.append(
                msg(
                    "it was written by a newer Talash (schema {revision}); restore it with that "
                    "version",
                    revision=revision,
                )
            )
            return BackupCheck(path, revision, 0, tuple(problems))
        extra = _schema(conn) - reference_schema(revision)
        for kind, name, _sql in sorted(extra):
            problems.append(
                msg(
                    "it contains a {kind} '{name}' that a Talash register of schema {revision} "
                    "does not have (or has with different SQL)",
                    kind=kind,
                    name=name,
                    revision=revision,
                )
            )
        missing = {n for _t, n, _s in reference_schema(revision)} - {
            n for _t, n, _s in _schema(conn)
        }
        for name in sorted(missing):
            problems.append(msg("it lacks '{name}', which a Talash register has", name=name))
        if not problems and conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(msg("some of its records point at records that do not exist"))
    finally:
        conn.close()
    return BackupCheck(path, revision, events, tuple(problems))


@dataclass(frozen=True)
class _Contents:
    """What a register says about itself, read through the ORM (a checked copy, or the live one)."""

    events: int
    chain_problem: str | None
    state_problems: tuple[str, ...]
    head: tuple[int, str]
    station_code: str | None
    identity: bm.RegisterIdentity | None
    demo: bool
    users: dict[str, tuple[str, bool, str | None]]  # username -> role, active, password hash


def _read_contents(s: Any, *, full: bool) -> _Contents:
    from sqlalchemy import select

    from models.entities import AppUser, Setting, Station
    from models.services.common import LOCAL_STATION_KEY

    events, chain_problem = 0, None
    state: tuple[str, ...] = ()
    if full:
        report = audit.verify_chain(s)
        events = report.events_checked
        if not report.ok:
            where = f" at event {report.broken_at}" if report.broken_at else ""
            chain_problem = f"its audit trail was altered{where}: {report.problem}"
        checked = audit.verify_state(s, limit=5)
        state = tuple(
            f"a record in it was changed outside Talash: {p.describe()}" for p in checked.problems
        ) + ((f"… and {checked.more} more such records",) if checked.more else ())
    local = s.get(Setting, LOCAL_STATION_KEY)
    station = s.get(Station, int(local.value)) if local is not None else None
    users = {
        u.username: (u.role, bool(u.active), u.password_hash) for u in s.scalars(select(AppUser))
    }
    return _Contents(
        events,
        chain_problem,
        state,
        audit.chain_head(s),
        station.code if station is not None else None,
        bm.register_identity(s, create=False),
        bm.is_demo(s),
        users,
    )


def _examine(path: Path, key: bytes | None) -> _Contents:
    with tempfile.TemporaryDirectory(prefix="talash-check-") as tmp:
        # A private copy: opening a register may write its WAL, and the candidate stays as it is.
        copy = Path(tmp) / "candidate.sqlite"
        _copy_with_backup_api(path, copy, key)
        db = open_database(copy, key=key)
        try:
            with db.read() as s:
                return _read_contents(s, full=True)
        finally:
            db.dispose()


def check_backup_file(
    path: Path, key: bytes | None, *, live: Database | None = None, named: Path | None = None
) -> BackupCheck:
    """Everything a restore checks, without changing anything.

    ``path`` is the file examined; ``named`` the backup as the person named it when ``path`` is a
    byte-for-byte staging copy of it (the manifest lies beside ``named``). Without ``live`` (the
    register it would replace cannot be read) the file is checked against itself and its
    manifest only.
    """
    source = named or path
    problems: list[str] = []
    manifest: bm.BackupManifest | None = None
    signature = b""
    try:
        manifest, signature = bm.read_manifest(source)
    except bm.ManifestProblem as exc:
        problems.append(said(exc))
    if manifest is not None and (
        path.stat().st_size != manifest.size or bm.file_sha256(path) != manifest.sha256
    ):
        problems.append(
            msg(
                "its bytes are not those its manifest records (the SHA-256 differs): the file "
                "was changed after the backup was taken"
            )
        )
    content = _content_check(path, key)
    problems += content.problems
    if content.problems:
        return BackupCheck(path, content.revision, 0, tuple(problems), manifest)
    inside = _examine(path, key)
    problems += [p for p in (inside.chain_problem,) if p] + list(inside.state_problems)
    if manifest is not None:
        problems += _manifest_problems(manifest, signature, inside)
    changes: tuple[str, ...] = ()
    if live is not None:
        with live.read() as s:
            present = _read_contents(s, full=False)
            problems += _fit_problems(s, manifest, signature, inside, present)
        changes = account_changes(present.users, inside.users)
    return BackupCheck(path, content.revision, inside.events, tuple(problems), manifest, changes)


def _manifest_problems(
    manifest: bm.BackupManifest, signature: bytes, inside: _Contents
) -> list[str]:
    """The manifest against the file it describes."""
    out: list[str] = []
    if inside.identity is None or not bm.signature_holds(
        manifest, signature, inside.identity.signing_key.public_key()
    ):
        out.append("its manifest's signature does not hold: the manifest was altered or forged")
    if (manifest.chain_head_id, manifest.chain_head_hash) != inside.head:
        out.append("its audit-chain head is not the one its manifest records")
    if inside.identity is not None and manifest.register_id != inside.identity.register_id:
        out.append("its register id is not the one its manifest records")
    if manifest.station_code != inside.station_code:
        out.append("its station is not the one its manifest records")
    return out


def _fit_problems(
    s: Any,
    manifest: bm.BackupManifest | None,
    signature: bytes,
    inside: _Contents,
    present: _Contents,
) -> list[str]:
    """The file against the register it would replace."""
    from sqlalchemy import select

    from models.entities import AuditEvent

    out: list[str] = []
    if inside.demo and not present.demo:
        out.append(
            msg(
                "it is the demo register (invented cases, published passwords): it never "
                "replaces a station's real register"
            )
        )
    if present.station_code is not None and inside.station_code != present.station_code:
        out.append(
            msg(
                "it is the register of station {theirs}, not of {ours}",
                theirs=inside.station_code or "(none)",
                ours=present.station_code,
            )
        )
    if present.identity is None:
        out.append(
            msg(
                "this register has made no backup with a manifest yet, so no backup can be "
                "shown to be its own: take a backup first (talash backup)"
            )
        )
        return out
    if inside.identity is not None and inside.identity.register_id != present.identity.register_id:
        out.append(
            msg("it is a copy of another register, not of this one (its register id differs)")
        )
    if manifest is not None and not bm.signature_holds(
        manifest, signature, present.identity.signing_key.public_key()
    ):
        out.append(msg("its manifest is not signed with this register's key"))
    head_id, head_hash = inside.head
    in_chain = s.scalar(select(AuditEvent.hash).where(AuditEvent.id == head_id)) == head_hash
    recorded = manifest is not None and bool(
        s.scalar(
            select(AuditEvent.id)
            .where(
                AuditEvent.action.in_(("backup.create", "backup.auto", "backup.restore")),
                AuditEvent.details.contains(manifest.sha256),
            )
            .limit(1)
        )
    )
    if not in_chain and not recorded:
        out.append(
            msg(
                "its audit trail does not fit this register's: event {event} in it is not "
                "event {event} here, and this register's trail records no such backup (a "
                "rewritten history, or the copy of another register)",
                event=head_id,
            )
        )
    return out


def account_changes(
    now: dict[str, tuple[str, bool, str | None]], then: dict[str, tuple[str, bool, str | None]]
) -> tuple[str, ...]:
    """How restoring ``then`` over ``now`` would change the accounts, in plain words."""
    out: list[str] = []
    for name in sorted(set(now) | set(then)):
        if name not in then:
            out.append(f"{name} ({now[name][0]}) was made after the backup: it would disappear")
        elif name not in now:
            out.append(f"{name} ({then[name][0]}) is in the backup but not here: it would return")
        else:
            (role_now, active_now, pw_now), (role_then, active_then, pw_then) = (
                now[name],
                then[name],
            )
            if role_now != role_then:
                out.append(f"{name} would be {role_then} again (now {role_now})")
            if active_now != active_then:
                state = "active" if active_then else "deactivated"
                out.append(f"{name} would be {state} again")
            if pw_now != pw_then:
                out.append(f"{name}'s password would be the one it had at the backup")
    return tuple(out)


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
                msg(
                    "This register is on a PostgreSQL server: back it up with pg_dump on "
                    "the server (see docs/security.md, 'Backups').",
                )
            )
        return path

    def backup(self, actor: Actor, dest: Path | None = None) -> BackupInfo:
        """A copy on demand, to ``dest`` or into the backup folder."""
        require(actor, Capability.MANAGE_BACKUPS)
        self._sqlite_only()
        now = self.clock.now()
        target = dest or self.backup_dir / f"talash-{_stamp(now)}-manual{BACKUP_SUFFIX}"
        if target.exists() and target.is_dir():
            raise UserError(msg("{target} is a folder; name a file for the backup.", target=target))
        ensure_identity(self.db, self.clock, actor)
        backup_sqlite(self.db, target)
        _copy_key_file(self.db, target)
        manifest = write_manifest(self.db, target, taken_by=actor.username, now=now)
        self._audit(actor, "backup.create", target, manifest)
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
        ensure_identity(self.db, self.clock, None)
        backup_sqlite(self.db, target)
        _copy_key_file(self.db, target)
        manifest = write_manifest(self.db, target, taken_by="talash (automatic)", now=now)
        self._rotate()
        self._audit(None, "backup.auto", target, manifest)
        log.info("automatic backup written: %s", target.name)
        return self._info(target, now)

    def _rotate(self) -> None:
        autos = [b for b in list_backups(self.backup_dir) if b.path.name.startswith(AUTO_PREFIX)]
        for old in autos[KEEP_AUTOMATIC:]:
            old.path.unlink(missing_ok=True)
            key_file_for(old.path).unlink(missing_ok=True)
            bm.manifest_path(old.path).unlink(missing_ok=True)

    def backups(self, actor: Actor) -> list[BackupInfo]:
        require(actor, Capability.MANAGE_BACKUPS)
        return list_backups(self.backup_dir)

    def check(self, actor: Actor, path: Path) -> BackupCheck:
        """What a restore of ``path`` would check and change (``account_changes``)."""
        require(actor, Capability.MANAGE_BACKUPS)
        return check_backup_file(path, self.db.key, live=self.db)

    def restore(
        self, actor: Actor, source: Path, *, accept_account_changes: bool = False
    ) -> RestoreOutcome:
        """Replace the register by a checked backup. The register it replaces is kept.

        A backup that would change accounts (roles, accounts added or gone, passwords) is
        restored only when the station head accepts those changes.
        The ``Database`` is disposed: the caller opens the register again (and migrates it).
        """
        require(actor, Capability.MANAGE_BACKUPS)
        return restore_register(
            self.db,
            source,
            actor=actor,
            clock=self.clock,
            keep_dir=self.backup_dir,
            accept_account_changes=accept_account_changes,
        )

    def _audit(
        self, actor: Actor | None, action: str, path: Path, manifest: bm.BackupManifest
    ) -> None:
        details: dict[str, Any] = {
            "file": path.name,
            "encrypted": self.db.encrypted,
            "sha256": manifest.sha256,
            "chain_head": manifest.chain_head_id,
            "register_id": manifest.register_id,
            "manifest_key_id": manifest.key_id,
        }
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
    db: Database,
    source: Path,
    *,
    actor: Actor,
    clock: Clock,
    keep_dir: Path,
    accept_account_changes: bool = False,
    live_readable: bool = True,
) -> RestoreOutcome:
    """Check ``source``, keep a copy of the present register, and put ``source`` in its place.

    Used by ``BackupService.restore`` and, when the present register cannot even be opened, by
    the command line after the person has proved their role against the backup itself
    (``live_readable`` False: the file is then checked against itself and its manifest only).
    """
    live = db.target.sqlite_path
    if live is None:
        raise UserError(msg("Only an SQLite register is restored by Talash; use pg_restore."))
    source = source.expanduser().absolute()
    if not source.is_file():
        raise UserError(msg("There is no backup file {source}.", source=source))
    if source == live:
        raise UserError(msg("That is the register itself, not a backup of it."))
    staging = live.with_name(live.name + ".restoring")
    _remove_sqlite_files(staging)
    try:
        try:
            # Byte for byte: the bytes checked against the manifest are the bytes put in place.
            shutil.copyfile(source, staging)
            if os.name == "posix":
                os.chmod(staging, 0o600)
        except OSError as exc:
            raise DatabaseFileError(
                msg(
                    "{source} cannot be read as a Talash backup ({exc}). Nothing was changed.",
                    source=source,
                    exc=said(exc),
                )
            ) from exc
        check = check_backup_file(staging, db.key, live=db if live_readable else None, named=source)
        if not check.ok:
            raise DatabaseFileError(
                msg(
                    "{source} was not restored; nothing was changed. The file failed these "
                    "checks:\n{problems}",
                    source=source,
                    problems="\n".join(f"- {p}" for p in check.problems),
                )
            )
        if check.account_changes:
            if not accept_account_changes:
                raise UserError(
                    msg(
                        "{source} was not restored; nothing was changed. Restoring it would "
                        "change these accounts:\n{changes}\nThe station head restores it after "
                        "reading them (talash restore FILE --accept-account-changes).",
                        source=source,
                        changes="\n".join(f"- {c}" for c in check.account_changes),
                    )
                )
            if actor.role is not Role.SHO:
                raise PermissionDenied(
                    msg("This backup would change accounts; only the station head accepts that.")
                )
        now = clock.now()
        kept = _keep_present(
            db, live, keep_dir / f"talash-{_stamp(now)}-before-restore.sqlite", now
        )
        kept_sha = (
            bm.read_manifest(kept)[0].sha256
            if kept is not None and bm.manifest_path(kept).exists()
            else None
        )
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
                    "sha256": check.manifest.sha256 if check.manifest else None,
                    "replaced_copy": kept.name if kept else None,
                    # the copy kept of the register replaced counts as this register's own
                    "replaced_copy_sha256": kept_sha,
                    "revision": check.revision,
                    "account_changes": list(check.account_changes),
                },
            )
    finally:
        restored.dispose()
    log.info("register restored from %s", source.name)
    return RestoreOutcome(source, kept, check.revision)


def _keep_present(db: Database, live: Path, dest: Path, now: datetime) -> Path | None:
    """Keep the register being replaced: by the backup API, or byte for byte if it is too
    damaged for that (its WAL file goes along)."""
    if not live.exists():
        return None
    try:
        backup_sqlite(db, dest)
        write_manifest(db, dest, taken_by="talash (before a restore)", now=now)
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
            msg(
                "{path} failed these checks:\n{problems}",
                path=path,
                problems="\n".join(f"- {p}" for p in check.problems),
            )
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
        raise UserError(
            msg("The username or password is not right (in the backup being restored).")
        )
    require(actor, Capability.MANAGE_BACKUPS)
    return actor


def restore_over_damaged(
    target: Target, key: bytes | None, source: Path, *, actor: Actor, clock: Clock, keep_dir: Path
) -> RestoreOutcome:
    """Restore when the present register cannot be opened normally (start-up check failed)."""
    from models.db import make_engine

    require(actor, Capability.MANAGE_BACKUPS)
    db = Database(target, make_engine(target, key=key), key=key)
    return restore_register(
        db, source, actor=actor, clock=clock, keep_dir=keep_dir, live_readable=False
    )


# -- manifests ------------------------------------------------------------------------------------


def ensure_identity(db: Database, clock: Clock, actor: Actor | None) -> bm.RegisterIdentity:
    """The register's id and manifest key, made (and audited) before its first backup, so that
    every copy carries them."""
    with db.read() as s:
        found = bm.register_identity(s, create=False)
    if found is not None:
        return found
    with db.write() as s:
        made = bm.register_identity(s, create=True)
        assert made is not None
        audit.record(
            s,
            at=clock.now(),
            actor=actor,
            action="backup.key",
            username=None if actor else "talash",
            desk=None if actor else "system",
            details={"register_id": made.register_id, "key_id": made.key_id},
        )
        return made


def write_manifest(db: Database, path: Path, *, taken_by: str, now: datetime) -> bm.BackupManifest:
    """Sign and write the manifest of the backup just written to ``path``."""
    from models.atomic_file import atomic_write
    from models.services.common import local_station

    with db.read() as s:
        identity = bm.register_identity(s, create=False)
        if identity is None:
            raise UserError(msg("The register has no backup key yet; take the backup again."))
        try:
            station: str | None = local_station(s).code
        except UserError:
            station = None
        demo = bm.is_demo(s)
    conn = connect_sqlite_file(path, db.key, read_only=True)
    try:
        row = conn.execute("SELECT last_id, last_hash FROM audit_head WHERE id = 1").fetchone()
    finally:
        conn.close()
    manifest = bm.BackupManifest(
        file=path.name,
        size=path.stat().st_size,
        sha256=bm.file_sha256(path),
        station_code=station,
        register_id=identity.register_id,
        demo=demo,
        chain_head_id=int(row[0]),
        chain_head_hash=str(row[1]),
        taken_by=taken_by,
        taken_at=bm.taken_at(now),
        key_id=identity.key_id,
    )
    atomic_write(
        bm.manifest_path(path), bm.sign_manifest(manifest, identity.signing_key), private=True
    )
    return manifest
