"""The composition root's state for one run: paths, settings, clock, the open database.

Every verb and the window get their database from ``AppContext.open_db()``, which applies the
start-up rules once: refuse unusable files in plain words, back up, then migrate.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.file_checks import WholeFileChecks
from desktop.paths import AppPaths
from desktop.settings import DeskSettings
from models.clock import Clock, SystemClock
from models.db import Database, OnDamage, StartUpCheck, Target, open_database, parse_target
from models.errors import UserError
from models.migrate import migrate

DB_ENV = "TALASH_DB"
USER_ENV = "TALASH_USER"
PASSWORD_ENV = "TALASH_PASSWORD"
DB_PASSPHRASE_ENV = "TALASH_DB_PASSPHRASE"


@dataclass
class AppContext:
    paths: AppPaths
    settings: DeskSettings
    db_option: str | None = None
    acting_user: str | None = None
    clock: Clock = field(default_factory=SystemClock)
    # The window sets this to a passphrase dialog; the command line asks at the terminal.
    ask_passphrase: Callable[[Target], str] | None = None
    _db: Database | None = field(default=None, init=False, repr=False)

    def database_target(self) -> Target:
        """The database: ``--db``, ``TALASH_DB``, the desk setting, or the default file."""
        chosen = self.db_option or os.environ.get(DB_ENV) or self.settings.database
        return parse_target(chosen or self.paths.station_db)

    def open_db(
        self,
        *,
        create: bool = False,
        target: Target | None = None,
        key: bytes | None = None,
        on_damage: OnDamage = "refuse",
        check: StartUpCheck | None = None,
    ) -> Database:
        """Open (and, if needed, back up and migrate) the register database.

        An encrypted register's key is unlocked with the passphrase (``ask_passphrase``, else
        TALASH_DB_PASSPHRASE, else the terminal). With ``on_damage="read_only"`` a register that
        fails the start-up check opens read-only (``Database.damage`` says why) instead of
        being refused; the window then offers to restore the latest backup. ``check`` is
        ``open_database``'s: the window reads only the logon's tables first and the whole file
        in the background; left out, the whole file is read at the day's first opening of an
        SQLite register and only the logon's tables at the others (desktop/file_checks.py).
        """
        if self._db is not None and target is None:
            return self._db
        tgt = target or self.database_target()
        if key is None and tgt.encrypted:
            from models.services.keys import unlock

            key = unlock(tgt, self.db_passphrase(tgt))
        path, today = tgt.sqlite_path, self.clock.now().astimezone().date()
        checks = WholeFileChecks(self.paths.whole_file_checks)
        if check is None:
            due = path is not None and checks.due(path, today)
            check = "whole_file" if due else "logon_tables"
        db = open_database(tgt, create=create, key=key, on_damage=on_damage, check=check)
        if check == "whole_file" and path is not None and db.damage is None:
            checks.passed(path, today)
        try:
            if not db.read_only:
                migrate(db, backup_dir=self.paths.backups_dir, clock=self.clock)
        except BaseException:
            db.dispose()
            raise
        if target is None:
            self._db = db
        return db

    def forget_db(self) -> None:
        """Drop the open register (after a restore or an encryption replaced the file)."""
        if self._db is not None:
            self._db.dispose()
            self._db = None

    def db_passphrase(self, target: Target) -> str:
        if self.ask_passphrase is not None:
            return self.ask_passphrase(target)
        secret = os.environ.get(DB_PASSPHRASE_ENV)
        if secret is not None:
            return secret
        if not sys.stdin.isatty():
            raise UserError(
                f"The register {target.describe()} is encrypted: type its passphrase at a "
                f"terminal, or set {DB_PASSPHRASE_ENV} for scripts."
            )
        return getpass.getpass(f"Passphrase of the register {target.describe()}: ")

    def has_station_db(self) -> bool:
        tgt = self.database_target()
        return tgt.sqlite_path is None or tgt.sqlite_path.exists()

    def acting_username(self) -> str:
        name = self.acting_user or os.environ.get(USER_ENV)
        if not name:
            raise UserError("Say who is acting: add --as USERNAME (or set TALASH_USER).")
        return name

    def password_for(self, username: str) -> str:
        secret = os.environ.get(PASSWORD_ENV)
        if secret is not None:
            return secret
        if not sys.stdin.isatty():
            raise UserError(
                f"A password is needed for {username}: type it at a terminal, or set "
                "TALASH_PASSWORD for scripts."
            )
        return getpass.getpass(f"Password for {username}: ")

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None
