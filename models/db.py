"""Opening the register database: engines, sessions, storage errors, backups.

One desk: an SQLite file (WAL, foreign keys, ``synchronous=FULL`` so an acknowledged save survives
a power cut on an honest disk, and a busy timeout for the moment another process writes).
Several desks or HQ: PostgreSQL through the same code, chosen by the URL.

Services get a ``Database`` and run each use case in ``with db.write() as s:`` (one transaction,
committed on exit, rolled back on any exception) or ``with db.read() as s:``.

An SQLite register may be encrypted at rest (SQLCipher through SQLAlchemy's ``pysqlcipher``
dialect): the file then starts with random bytes instead of the SQLite header, and the key
(models/encryption.py) is handed to ``open_database``. At start-up a check runs; a damaged
file is refused, or opened read-only so the station can still read it while a backup is restored.
The check reads the whole file (SQLite's quick check, ``"whole_file"``), or, where the window
checks the whole file in the background afterwards, only the schema and the small tables the
logon needs (``"logon_tables"``), so that opening does not grow with the register's size.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool

from models.atomic_file import fsync_file, move_into_place
from models.encryption import key_file_for, sqlcipher_key_literal
from models.errors import DatabaseFileError, StaleEdit, StorageError
from models.messages import msg

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

    @property
    def key_file(self) -> Path | None:
        """Where the wrapped encryption key of this SQLite register lives (beside the file)."""
        return key_file_for(self.sqlite_path) if self.sqlite_path is not None else None

    @property
    def encrypted(self) -> bool:
        """True for an existing SQLite register encrypted at rest.

        The file's own first bytes decide: a plain SQLite header means a plain file even if a key
        file lies beside it (an interrupted ``talash db encrypt`` leaves exactly that).
        """
        path = self.sqlite_path
        if path is None or not path.is_file():
            return False
        return not _has_sqlite_header(path) and self.key_file is not None and self.key_file.exists()


class KeyRequired(DatabaseFileError):
    """The register is encrypted: its key must be unlocked (passphrase) before it is opened."""


class DamagedDatabase(DatabaseFileError):
    """The register failed its start-up check; ``path`` names the file to restore."""

    def __init__(self, message: str, path: Path | None) -> None:
        super().__init__(message)
        self.path = path


def parse_target(target: str | Path) -> Target:
    """Turn a path or a database URL into a ``Target``; plain paths mean SQLite files."""
    text = str(target).strip()
    if not text:
        raise DatabaseFileError(msg("No database was named."))
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError as exc:
            raise DatabaseFileError(
                msg("'{text}' is not a database address Talash understands.", text=text)
            ) from exc
        backend = url.get_backend_name()
        if backend == "sqlite":
            if not url.database or url.database == ":memory:":
                raise DatabaseFileError(msg("An SQLite address must name a file."))
            return _sqlite_target(Path(url.database))
        if backend == "postgresql":
            return Target(url.set(drivername="postgresql+psycopg"), None)
        raise DatabaseFileError(
            msg(
                "Talash works with SQLite files and PostgreSQL servers, not '{backend}'.",
                backend=backend,
            )
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
            msg(
                "{text} is on a network share. An SQLite register must be on this "
                "computer's own disk; for several desks use a PostgreSQL server (see "
                "the README).",
                text=text,
            )
        )
    fs = _filesystem_type(path.expanduser().absolute())
    if fs in NETWORK_FILESYSTEMS:
        raise DatabaseFileError(
            msg(
                "{text} is on a network file system ({fs}). An SQLite register must be "
                "on this computer's own disk; for several desks use a PostgreSQL "
                "server (see the README).",
                text=text,
                fs=fs,
            )
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


def _read_head(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseFileError(
            msg(
                "The database file {path} cannot be read: {strerror}.",
                path=path,
                strerror=exc.strerror,
            )
        ) from exc


def _has_sqlite_header(path: Path) -> bool:
    return _read_head(path) == SQLITE_HEADER


def check_sqlite_file(path: Path, *, encrypted: bool = False) -> None:
    """Refuse, in plain words, a file that is not an SQLite database at all.

    An encrypted register has no readable header; only its key can tell it from noise.
    """
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseFileError(msg("{path} is a folder, not a database file.", path=path))
    head = _read_head(path)
    if head and head != SQLITE_HEADER and not encrypted:
        raise DatabaseFileError(
            msg(
                "The file {path} is not a Talash database: it is not an SQLite "
                "database file. It may be damaged or a different kind of file. Restore "
                "it from a backup (talash restore) or name the right file.",
                path=path,
            )
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


def _on_sqlcipher_connect(dbapi_conn: Any, _record: Any) -> None:
    # SQLCipher writes decryption failures to stderr; the refusal is reported in plain words.
    dbapi_conn.execute("PRAGMA cipher_log_level = NONE")
    _on_sqlite_connect(dbapi_conn, _record)


def _on_read_only_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.execute("PRAGMA query_only = ON")


def sqlite_url(path: Path, key: bytes | None) -> URL:
    if key is None:
        return URL.create("sqlite+pysqlite", database=str(path))
    return URL.create("sqlite+pysqlcipher", password=sqlcipher_key_literal(key), database=str(path))


def connect_sqlite_file(path: Path, key: bytes | None = None, *, read_only: bool = False) -> Any:
    """A bare driver connection to an SQLite file (plain or encrypted), for checks and copies.

    ``read_only`` opens it with ``mode=ro`` so a file being examined is never changed.
    """
    uri = path.absolute().as_uri() + ("?mode=ro" if read_only else "")
    if not read_only:
        create_private_file(path)
    if key is None:
        return sqlite3.connect(uri, uri=True)
    import sqlcipher3

    conn = sqlcipher3.connect(uri, uri=True)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f'PRAGMA key = "{sqlcipher_key_literal(key)}"')
    return conn


def create_private_file(path: Path) -> None:
    """Create ``path`` empty, readable by its owner only (0600), unless it exists.

    SQLite would create a register or a backup with the process's umask (usually 0644, readable
    by every account on the computer); an empty file is a valid empty database, and SQLite gives
    its -wal and -shm files the same mode as the database file.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _on_sqlite_begin(conn: Any) -> None:
    mode = conn.get_execution_options().get("talash_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(
    target: Target, *, echo: bool = False, key: bytes | None = None, read_only: bool = False
) -> Engine:
    if target.sqlite_path is not None:
        engine = create_engine(
            sqlite_url(target.sqlite_path, key),
            echo=echo,
            # The pysqlcipher dialect would default to one connection per thread; keep the same
            # pool as plain files so backups and sessions behave alike.
            poolclass=QueuePool,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
            # A driver error must never carry a row's values into a message or the log.
            hide_parameters=True,
        )
        event.listen(
            engine, "connect", _on_sqlcipher_connect if key is not None else _on_sqlite_connect
        )
        if read_only:
            event.listen(engine, "connect", _on_read_only_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    return create_engine(target.url, echo=echo, pool_pre_ping=True, hide_parameters=True)


class Database:
    """An open register database and the two kinds of unit of work on it."""

    def __init__(
        self,
        target: Target,
        engine: Engine,
        *,
        key: bytes | None = None,
        damage: str | None = None,
    ) -> None:
        self.target = target
        self.engine = engine
        self.key = key  # the SQLCipher key of an encrypted register (None: plain)
        # Set when the start-up check failed and the register was opened read-only instead.
        self.damage = damage
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

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def read_only(self) -> bool:
        return self.damage is not None

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
        except StaleDataError as exc:
            # A service that expects a race names the record and who changed it; this is the
            # net under the others: a plain refusal, never an internal error.
            raise StaleEdit(
                msg(
                    "The record was changed by another desk while this was being saved. "
                    "Nothing was saved; open it again and apply the change once more.",
                ),
                changed_by="another desk",
                changed_at="",
                changes=(),
            ) from exc
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


OnDamage = Literal["refuse", "read_only"]
StartUpCheck = Literal["whole_file", "logon_tables"]

# What a logon reads or writes besides the audit trail: small at any register size, so checking
# them costs the same at ten cases and at a million (the audit trail is checked with the rest of
# the file afterwards; a write that meets damage there is refused as "damaged" in plain words).
LOGON_TABLES = ("alembic_version", "station", "setting", "app_user", "audit_head")


def open_database(
    target: str | Path | Target,
    *,
    create: bool = False,
    key: bytes | None = None,
    on_damage: OnDamage = "refuse",
    check: StartUpCheck = "whole_file",
) -> Database:
    """Open a register database, refusing in plain words anything that is not usable.

    ``create`` allows a new, empty SQLite file; otherwise a missing file is an error. ``key``
    opens (or creates) an encrypted register. If the start-up check finds damage, the
    register is refused (``DamagedDatabase``), or with ``on_damage="read_only"`` opened so that
    nothing can be written and ``Database.damage`` says what the check found. ``check`` says how
    much of the file is read first: all of it, or (for a caller that then runs
    ``whole_file_problem`` in the background) the schema and ``LOGON_TABLES``.
    """
    tgt = target if isinstance(target, Target) else parse_target(target)
    if tgt.sqlite_path is not None:
        path = tgt.sqlite_path
        if not path.exists() and not create:
            raise DatabaseFileError(msg("There is no database file at {path}.", path=path))
        if not path.parent.exists():
            if not create:
                raise DatabaseFileError(
                    msg("The folder {parent} does not exist.", parent=path.parent)
                )
            path.parent.mkdir(parents=True, exist_ok=True)
        if tgt.encrypted and key is None:
            raise KeyRequired(
                msg(
                    "The register {path} is encrypted. Its passphrase is needed to open it.",
                    path=path,
                )
            )
        if path.exists() and key is not None and _has_sqlite_header(path):
            key = None  # a plain file: it was never encrypted (or the conversion did not finish)
        if create:
            create_private_file(path)
        check_sqlite_file(path, encrypted=key is not None)
    elif key is not None:
        raise ValueError("only an SQLite register is encrypted by Talash")
    damage = _start_up_check(tgt, key, check)
    if damage is not None and (on_damage == "refuse" or tgt.sqlite_path is None):
        raise DamagedDatabase(
            msg(
                "The database file {describe} is damaged (SQLite quick check: "
                "{damage}). Restore the latest backup with 'talash restore'.",
                describe=tgt.describe(),
                damage=damage,
            ),
            tgt.sqlite_path,
        )
    engine = make_engine(tgt, key=key, read_only=damage is not None)
    if damage is not None:
        log.warning("the register failed its start-up check; opened read-only")
    return Database(tgt, engine, key=key, damage=damage)


def integrity_problems(db: Database, *, limit: int = 20) -> list[str]:
    """SQLite's full integrity check, foreign-key check and the name index's check; empty if
    the register is sound."""
    if not db.is_sqlite:
        return []
    try:
        with db.engine.connect() as conn:
            rows = [
                str(r[0])
                for r in conn.exec_driver_sql(f"PRAGMA integrity_check({int(limit)})").fetchall()
            ]
            problems = [] if rows == ["ok"] else rows
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if not _name_index_matches(conn):
                problems.append(
                    msg(
                        "the name index does not match the stored names (names were changed "
                        "outside Talash, or the index was damaged)"
                    )
                )
    except DBAPIError as exc:
        return [msg("the file cannot be read: {error}", error=str(exc.orig))]
    if broken:
        problems.append(
            msg("{count} records point at records that do not exist", count=len(broken))
        )
    return problems


def _name_index_matches(conn: Any) -> bool:
    """FTS5's own check of the name index against the ``name_key`` rows it was built from."""
    exists = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'name_key_fts'"
    ).fetchone()
    if not exists:
        return True  # a register older than revision 0005, about to be upgraded
    if conn.exec_driver_sql("PRAGMA query_only").scalar():
        return True  # FTS5 phrases its check as a write; a read-only copy cannot be asked
    try:
        conn.exec_driver_sql(
            "INSERT INTO name_key_fts(name_key_fts, rank) VALUES ('integrity-check', 1)"
        )
    except DBAPIError:
        return False
    finally:
        conn.rollback()
    return True


def whole_file_problem(db: Database) -> str | None:
    """SQLite's quick check of the whole open register: None if sound, else the first problems.

    It reads every page (seconds at a million cases), so the window runs it off its thread once
    the logon box is up. A PostgreSQL server keeps its own pages sound: nothing to check.
    """
    if not db.is_sqlite:
        return None
    try:
        with db.engine.connect() as conn:
            return _quick_check(conn, "PRAGMA quick_check(5)")
    except DBAPIError as exc:
        return f"the file cannot be read: {exc.orig}"


def _quick_check(conn: Any, pragma: str) -> str | None:
    rows = [str(r[0]) for r in conn.exec_driver_sql(pragma).fetchall()]
    return None if rows == ["ok"] else "; ".join(rows)


def _logon_tables_problem(conn: Any) -> str | None:
    """The schema can be read, and the tables a logon needs (and their indexes) pass SQLite's
    quick check of one table each."""
    present = {
        str(r[0])
        for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    problems = [
        found
        for table in LOGON_TABLES
        if table in present
        and (found := _quick_check(conn, f"PRAGMA quick_check('{table}')")) is not None
    ]
    return "; ".join(problems) or None


def _start_up_check(tgt: Target, key: bytes | None, check: StartUpCheck) -> str | None:
    """None if the register passes its start-up check, else the first problems found."""
    engine = make_engine(tgt, key=key)
    try:
        with engine.connect() as conn:
            if not tgt.is_sqlite:
                conn.exec_driver_sql("SELECT 1")
                return None
            if check == "logon_tables":
                return _logon_tables_problem(conn)
            return _quick_check(conn, "PRAGMA quick_check(5)")
    except DBAPIError as exc:
        name = getattr(exc.orig, "sqlite_errorname", "")
        if name == "SQLITE_CORRUPT":
            raise DamagedDatabase(_open_failure(exc, tgt, key), tgt.sqlite_path) from exc
        raise DatabaseFileError(_open_failure(exc, tgt, key)) from exc
    finally:
        engine.dispose()


def _open_failure(exc: DBAPIError, tgt: Target, key: bytes | None = None) -> str:
    name = getattr(exc.orig, "sqlite_errorname", "")
    where = tgt.describe()
    if name == "SQLITE_NOTADB" and key is not None:
        return (
            f"The encrypted register {where} does not open with this installation's key: it was "
            "encrypted with another key, or it is damaged. Restore a backup of this installation, "
            "or use the key file (or recovery key) that belongs to it."
        )
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
            msg(
                "The disk holding the database ({where}) is full. Nothing was saved; "
                "free some space and save again.",
                where=where,
            )
        )
    if name.startswith("SQLITE_IOERR") or sqlstate.startswith("58"):
        return StorageError(
            msg(
                "The computer could not write to the database ({where}): a disk or "
                "file-size error. Nothing was saved. Check the disk and save again.",
                where=where,
            )
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
            msg(
                "The database is busy with another desk's save. Nothing was saved; "
                "save again in a moment.",
            )
        )
    if name.startswith("SQLITE_READONLY"):
        return StorageError(
            msg(
                "The database ({where}) is read-only. Nothing was saved. Check the "
                "file's permissions or whether it was opened read-only after a failed "
                "check.",
                where=where,
            )
        )
    if name in {"SQLITE_CORRUPT", "SQLITE_NOTADB"}:
        return StorageError(
            msg(
                "The database ({where}) is damaged. Nothing was saved. Restore the latest backup.",
                where=where,
            )
        )
    if isinstance(exc, OperationalError) and sqlstate.startswith("08"):
        return StorageError(
            msg(
                "The connection to the database server ({where}) was lost. Nothing was "
                "saved; check the network and save again.",
                where=where,
            )
        )
    return exc


def backup_sqlite(db: Database, dest: Path) -> Path:
    """Copy a live SQLite register with the online backup API (never a plain file copy).

    The copy is written beside ``dest`` first, checked, and then moved into place, so a failed
    backup never leaves a half-written file under the final name. The copy of an encrypted
    register is encrypted with the same key.
    """
    if db.target.sqlite_path is None:
        raise ValueError("backup_sqlite needs an SQLite database")
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    raw = db.engine.raw_connection()
    try:
        source = raw.driver_connection
        target = connect_sqlite_file(partial, db.key)
        try:
            source.backup(target)  # type: ignore[union-attr]
            # A backup is a closed file: rollback-journal mode, so reading it (even read-only)
            # never leaves -wal and -shm files beside it.
            target.execute("PRAGMA journal_mode = DELETE")
            check = target.execute("PRAGMA integrity_check").fetchone()
            if check is None or check[0] != "ok":
                raise DatabaseFileError(
                    msg("The backup copy {dest} failed its integrity check.", dest=dest)
                )
        finally:
            target.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        raw.close()
    if os.name == "posix":
        os.chmod(partial, 0o600)
    move_into_place(partial, dest)
    return dest


def encrypt_sqlite_file(plain: Path, dest: Path, key: bytes) -> None:
    """Write an encrypted copy of the plain register ``plain`` to ``dest`` (sqlcipher_export),
    and check it opens with ``key`` and holds the same rows."""
    import sqlcipher3

    dest.unlink(missing_ok=True)
    create_private_file(dest)
    conn = sqlcipher3.connect(str(plain))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(
            "ATTACH DATABASE ? AS encrypted KEY ?", (str(dest), sqlcipher_key_literal(key))
        )
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}  # noqa: S608
    finally:
        conn.close()
    check = connect_sqlite_file(dest, key)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise DatabaseFileError(
                msg("The encrypted copy {dest} failed its integrity check.", dest=dest)
            )
        for table, count in counts.items():
            got = check.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608
            if got != count:
                raise DatabaseFileError(
                    msg(
                        "The encrypted copy lost rows of {table} ({got} of {count}); nothing "
                        "changed.",
                        table=table,
                        got=got,
                        count=count,
                    )
                )
    finally:
        check.close()
    if os.name == "posix":
        os.chmod(dest, 0o600)
    fsync_file(dest)


APPEND_ONLY_TABLES = ("audit_event", "action_entry")
_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def postgres_app_grants(role: str, tables: list[str]) -> list[str]:
    """The grants that give the desks' PostgreSQL login role what the program needs and no more:
    the append-only tables may be read and appended to, never changed or emptied."""
    if not _ROLE_NAME.fullmatch(role):
        raise DatabaseFileError(
            msg("A role name is small letters, digits and underscores, e.g. talash_app.")
        )
    out = [f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}"]
    for table in sorted(tables):
        rights = (
            "SELECT, INSERT" if table in APPEND_ONLY_TABLES else "SELECT, INSERT, UPDATE, DELETE"
        )
        out.append(f'GRANT {rights} ON "{table}" TO {role}')
    out.append(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}")
    return out


__all__ = [
    "APPEND_ONLY_TABLES",
    "DamagedDatabase",
    "Database",
    "KeyRequired",
    "LOGON_TABLES",
    "StartUpCheck",
    "Target",
    "backup_sqlite",
    "check_sqlite_file",
    "connect_sqlite_file",
    "create_private_file",
    "encrypt_sqlite_file",
    "integrity_problems",
    "make_engine",
    "open_database",
    "parse_target",
    "postgres_app_grants",
    "refuse_network_path",
    "storage_error",
    "whole_file_problem",
]
