"""Where Talash keeps its files on this computer.

The data folder comes from ``--data-dir``, else ``TALASH_DATA_DIR``, else the platform's user data
folder (platformdirs: ``~/.local/share/Talash`` on Linux, ``%LOCALAPPDATA%\\Talash`` on Windows).
Everything Talash writes lives under it, so a portable install or a test just names another one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Talash"
DATA_DIR_ENV = "TALASH_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        chosen = (
            data_dir or os.environ.get(DATA_DIR_ENV) or user_data_dir(APP_NAME, appauthor=False)
        )
        return cls(Path(chosen).expanduser().absolute())

    @property
    def station_db(self) -> Path:
        return self.data_dir / "talash.sqlite"

    @property
    def demo_db(self) -> Path:
        return self.data_dir / "demo" / "talash-demo.sqlite"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs_dir / "talash.log"

    @property
    def crash_log(self) -> Path:
        return self.logs_dir / "crash.log"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def drafts_dir(self) -> Path:
        return self.data_dir / "drafts"

    @property
    def keys_dir(self) -> Path:
        return self.data_dir / "keys"

    @property
    def whole_file_checks(self) -> Path:
        return self.data_dir / "whole-file-checks.json"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.ini"

    def ensure(self) -> None:
        for folder in (self.data_dir, self.logs_dir, self.backups_dir, self.drafts_dir):
            folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            # The register holds children's identities: keep the folder private to this account.
            os.chmod(self.data_dir, 0o700)
