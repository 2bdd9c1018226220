"""Opening the register database: engines, sessions, storage errors, backups.

One desk: an SQLite file (WAL, foreign keys, ``synchronous=FULL`` so an acknowledged save survives
a power cut on an honest disk, and a busy timeout for the moment another process writes).
Several desks or HQ: PostgreSQL through the same code, chosen by the URL.

Services get a ``Database`` and run each use case in ``with db.write() as s:`` (one transaction,
committed on exit, rolled back on any exception) or ``with db.read() as s:``.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from models.errors import DatabaseFileError, StorageError

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ncpfs", "glusterfs"}
)


@dataclass(frozen=True)
class Target:
    """What ``--db`` named: an SQLite file or a server URL."""

    url: URL
    sqlite_path: Path | None

    @property
    def is_sqlite(self) -> bool:
        return self.sqlite_path is not None

    def describe(self) -> str:
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)


def parse_target(target: str | Path) -> Target:
    """Turn a path or a database URL into a ``Target``; plain paths mean SQLite files."""
    text = str(target).strip()
    if not text:
        raise DatabaseFileError("No database was named.")
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError as exc:
            raise DatabaseFileError(
                f"'{text}' is not a database address Talash understands."
            ) from exc
        backend = url.get_backend_name()
        if backend == "sqlite":
            if not url.database or url.database == ":memory:":
                raise DatabaseFileError("An SQLite address must name a file.")
            return _sqlite_target(Path(url.database))
        if backend == "postgresql":
            return Target(url.set(drivername="postgresql+psycopg"), None)
        raise DatabaseFileError(
            f"Talash works with SQLite files and PostgreSQL servers, not '{backend}'."
        )
    return _sqlite_target(Path(text))


def _sqlite_target(path: Path) -> Target:
    refuse_network_path(path)
    path = path.expanduser().absolute()
    return Target(URL.create("sqlite+pysqlite", database=str(path)), path)


def refuse_network_path(path: Path) -> None:
    """SQLite's locking and WAL do not work over network shares; several desks need PostgreSQL."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        raise DatabaseFileError(
            f"{text} is on a network share. An SQLite register must be on this computer's own "
            "disk; for several desks use a PostgreSQL server (see the README)."
        )
    fs = _filesystem_type(path.expanduser().absolute())
    if fs in NETWORK_FILESYSTEMS:
        raise DatabaseFileError(
            f"{text} is on a network file system ({fs}). An SQLite register must be on this "
            "computer's own disk; for several desks use a PostgreSQL server (see the README)."
        )


def _filesystem_type(path: Path) -> str | None:
    """The file-system type of the mount holding ``path`` (Linux only; None elsewhere)."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    best, best_type = "", None
    text = str(path)
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = text == mount_point or text.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def check_sqlite_file(path: Path) -> None:
    """Refuse, in plain words, a file that is not an SQLite database at all."""
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseFileError(f"{path} is a folder, not a database file.")
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseFileError(
            f"The database file {path} cannot be read: {exc.strerror}."
        ) from exc
    if head and head != SQLITE_HEADER:
        raise DatabaseFileError(
            f"The file {path} is not a Talash database: it is not an SQLite database file. "
            "It may be damaged or a different kind of file. Restore it from a backup "
            "(talash restore) or name the right file."
        )


def _on_sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's implicit BEGIN is deferred,
    # and a deferred read-then-write transaction can fail without waiting for the busy timeout).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA trusted_schema = OFF")
    finally:
        cur.close()


def _on_sqlite_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("talash_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(target: Target, *, echo: bool = False) -> Engine:
    if target.sqlite_path is not None:
        engine = create_engine(
            target.url,
            echo=echo,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    return create_engine(target.url, echo=echo, pool_pre_ping=True)


class Database:
    """An open register database and the two kinds of unit of work on it."""

    def __init__(self, target: Target, engine: Engine) -> None:
        self.target = target
        self.engine = engine
        self._read = sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)
        # On SQLite a writing transaction takes the write lock at BEGIN, so two desks' saves
        # queue behind the busy timeout instead of failing half-way.
        write_engine = (
            engine.execution_options(talash_begin="IMMEDIATE") if target.is_sqlite else engine
        )
        self._write = sessionmaker(bind=write_engine, expire_on_commit=False, autoflush=True)

    @property
    def is_sqlite(self) -> bool:
        return self.target.is_sqlite

    def describe(self) -> str:
        return self.target.describe()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One writing transaction: committed if the block ends normally, else rolled back."""
        session = self._write()
        try:
            with session.begin():
                yield session
        except DBAPIError as exc:
            raise storage_error(exc, self.describe()) from exc
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A reading transaction; anything written inside it is rolled back."""
        session = self._read()
        try:
            with session.begin():
                yield session
                session.rollback()
        except DBAPIError as exc:
            raise storage_error(exc, self.describe()) from exc
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(target: str | Path | Target, *, create: bool = False) -> Database:
    """Open a register database, refusing in plain words anything that is not usable.

    ``create`` allows a new, empty SQLite file; otherwise a missing file is an error.
    """
    tgt = target if isinstance(target, Target) else parse_target(target)
    if tgt.sqlite_path is not None:
        path = tgt.sqlite_path
        if not path.exists() and not create:
            raise DatabaseFileError(f"There is no database file at {path}.")
        if not path.parent.exists():
            if not create:
                raise DatabaseFileError(f"The folder {path.parent} does not exist.")
            path.parent.mkdir(parents=True, exist_ok=True)
        check_sqlite_file(path)
    engine = make_engine(tgt)
    db = Database(tgt, engine)
    try:
        with engine.connect() as conn:
            if tgt.is_sqlite:
                result = conn.exec_driver_sql("PRAGMA quick_check").scalar()
                if result != "ok":
                    raise DatabaseFileError(
                        f"The database file {tgt.describe()} is damaged (SQLite quick check: "
                        f"{result}). Restore the latest backup with 'talash restore'."
                    )
            else:
                conn.exec_driver_sql("SELECT 1")
    except DBAPIError as exc:
        engine.dispose()
        raise DatabaseFileError(_open_failure(exc, tgt)) from exc
    except DatabaseFileError:
        engine.dispose()
        raise
    return db


def _open_failure(exc: DBAPIError, tgt: Target) -> str:
    name = getattr(exc.orig, "sqlite_errorname", "")
    where = tgt.describe()
    if name == "SQLITE_NOTADB":
        return (
            f"The file {where} is not a Talash database, or it is encrypted or damaged. "
            "Restore it from a backup (talash restore) or name the right file."
        )
    if name == "SQLITE_CORRUPT":
        return f"The database file {where} is damaged. Restore the latest backup (talash restore)."
    if name == "SQLITE_CANTOPEN":
        return f"The database file {where} cannot be opened (check that the folder is writable)."
    if name == "SQLITE_BUSY":
        return f"The database {where} is in use by another program and stays locked. Try again."
    if tgt.is_sqlite:
        return f"The database file {where} cannot be opened: {exc.orig}."
    return f"The database server at {where} cannot be reached or refused the connection: {exc.orig}"


def storage_error(exc: DBAPIError, where: str) -> Exception:
    """Translate a driver error raised while saving into a ``StorageError`` a person can act on.

    Errors that are not about storage (constraint violations, SQL mistakes) are bugs and are
    returned unchanged.
    """
    orig = exc.orig
    name = getattr(orig, "sqlite_errorname", "") or ""
    sqlstate = getattr(orig, "sqlstate", None) or ""
    if name == "SQLITE_FULL" or sqlstate == "53100":
        return StorageError(
            f"The disk holding the database ({where}) is full. Nothing was saved; free some space "
            "and save again."
        )
    if name.startswith("SQLITE_IOERR") or sqlstate.startswith("58"):
        return StorageError(
            f"The computer could not write to the database ({where}): a disk or file-size error. "
            "Nothing was saved. Check the disk and save again."
        )
    if (
        name.startswith("SQLITE_BUSY")
        or name.startswith("SQLITE_LOCKED")
        or sqlstate
        in {
            "55P03",
            "40001",
            "40P01",
        }
    ):
        return StorageError(
            "The database is busy with another desk's save. Nothing was saved; save again in a "
            "moment."
        )
    if name.startswith("SQLITE_READONLY"):
        return StorageError(
            f"The database ({where}) is read-only. Nothing was saved. Check the file's permissions "
            "or whether it was opened read-only after a failed check."
        )
    if name in {"SQLITE_CORRUPT", "SQLITE_NOTADB"}:
        return StorageError(
            f"The database ({where}) is damaged. Nothing was saved. Restore the latest backup."
        )
    if isinstance(exc, OperationalError) and sqlstate.startswith("08"):
        return StorageError(
            f"The connection to the database server ({where}) was lost. Nothing was saved; check "
            "the network and save again."
        )
    return exc


def backup_sqlite(db: Database, dest: Path) -> Path:
    """Copy a live SQLite register with the online backup API (never a plain file copy).

    The copy is written beside ``dest`` first, checked, and then moved into place, so a failed
    backup never leaves a half-written file under the final name.
    """
    if db.target.sqlite_path is None:
        raise ValueError("backup_sqlite needs an SQLite database")
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    raw = db.engine.raw_connection()
    try:
        source = raw.driver_connection
        target = sqlite3.connect(partial)
        try:
            source.backup(target)  # type: ignore[union-attr]
            check = target.execute("PRAGMA integrity_check").fetchone()
            if check is None or check[0] != "ok":
                raise DatabaseFileError(f"The backup copy {dest} failed its integrity check.")
        finally:
            target.close()
    finally:
        raw.close()
    os.replace(partial, dest)
    _fsync_dir(dest.parent)
    return dest


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


__all__ = [
    "Database",
    "Target",
    "backup_sqlite",
    "check_sqlite_file",
    "make_engine",
    "open_database",
    "parse_target",
    "refuse_network_path",
    "storage_error",
]
