"""The composition root's state for one run: paths, settings, clock, the open database.

Every verb and the window get their database from ``AppContext.open_db()``, which applies the
start-up rules once: refuse unusable files in plain words, back up, then migrate.
"""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass, field

from desktop.paths import AppPaths
from desktop.settings import DeskSettings
from models.clock import Clock, SystemClock
from models.db import Database, Target, open_database, parse_target
from models.errors import UserError
from models.migrate import migrate

DB_ENV = "TALASH_DB"
USER_ENV = "TALASH_USER"
PASSWORD_ENV = "TALASH_PASSWORD"


@dataclass
class AppContext:
    paths: AppPaths
    settings: DeskSettings
    db_option: str | None = None
    acting_user: str | None = None
    clock: Clock = field(default_factory=SystemClock)
    _db: Database | None = field(default=None, init=False, repr=False)

    def database_target(self) -> Target:
        """The database: ``--db``, ``TALASH_DB``, the desk setting, or the default file."""
        chosen = self.db_option or os.environ.get(DB_ENV) or self.settings.database
        return parse_target(chosen or self.paths.station_db)

    def open_db(self, *, create: bool = False, target: Target | None = None) -> Database:
        """Open (and, if needed, back up and migrate) the register database."""
        if self._db is not None and target is None:
            return self._db
        tgt = target or self.database_target()
        db = open_database(tgt, create=create)
        try:
            migrate(db, backup_dir=self.paths.backups_dir, clock=self.clock)
        except BaseException:
            db.dispose()
            raise
        if target is None:
            self._db = db
        return db

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
