"""Developer tool: write a new Alembic revision by comparing the ORM with a migrated database.

    python -m models.migrations.new_revision 0003_drives "drives for Operation Muskaan"

It migrates a throw-away SQLite file to the current head and autogenerates the difference, so a
revision always starts from what the migrations really build. Review the file it writes: add
triggers or data steps by hand, and check PostgreSQL too (make test runs both).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from alembic import command

from models.db import open_database
from models.migrate import _upgrade, alembic_config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev_id", help="revision id, e.g. 0003_drives")
    parser.add_argument("message")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "scratch.sqlite", create=True)
        try:
            _upgrade(db)
            cfg = alembic_config()
            with db.engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.revision(cfg, message=args.message, autogenerate=True, rev_id=args.rev_id)
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
