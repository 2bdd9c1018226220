"""Name keys for cross-script, spelling-tolerant search and matching.

Revision ID: 0005_name_keys
Revises: 0004_subject_keys
Create Date: 2026-12-04

Each name, alias and relative's name gets a row of searchable forms (folded, Latin, Devanagari,
phonetic, skeleton; see models/names.py). Station mode indexes the phonetic and skeleton keys in
an FTS5 trigram table (external content: the program tells it of each change); PostgreSQL
indexes them with pg_trgm GIN indexes.

The backfill computes the keys of every existing name with the program's own ``models.names``.
Revisions otherwise never import the program's code, because a schema step must do the same thing
whatever later code says; keys are derived data, and the keys of today's rules are the ones the
search of this program reads, so here the program's rules are the right ones.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_name_keys"
down_revision: str | None = "0004_subject_keys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# No triggers: SQLite refuses triggers that write to a virtual table while trusted_schema is off
# (models.db); the program tells the index of each change (models.entities.person).
SQLITE_INDEX = (
    "CREATE VIRTUAL TABLE name_key_fts USING fts5("
    "phonetic, skeleton, content='name_key', content_rowid='id', tokenize='trigram')"
)
BATCH = 2000


def upgrade() -> None:
    op.create_table(
        "name_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("folded", sa.String(length=200), nullable=False),
        sa.Column("latin", sa.String(length=400), nullable=False),
        sa.Column("devanagari", sa.String(length=400), nullable=False),
        sa.Column("phonetic", sa.String(length=400), nullable=False),
        sa.Column("skeleton", sa.String(length=400), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_name_key_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_name_key")),
    )
    op.create_index(op.f("ix_name_key_person_id"), "name_key", ["person_id"])
    op.create_index(op.f("ix_name_key_folded"), "name_key", ["folded"])
    op.create_index(op.f("ix_name_key_phonetic"), "name_key", ["phonetic"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(SQLITE_INDEX)
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for column in ("phonetic", "skeleton"):
            op.create_index(
                f"ix_name_key_{column}_trgm",
                "name_key",
                [column],
                postgresql_using="gin",
                postgresql_ops={column: "gin_trgm_ops"},
            )
    _backfill(bind)
    if bind.dialect.name == "sqlite":
        op.execute("INSERT INTO name_key_fts(name_key_fts) VALUES ('rebuild')")


def _backfill(bind: sa.Connection) -> None:
    from models.names import name_keys  # derived data: see the module's doc

    people = bind.execute(sa.text("SELECT id, relative_name FROM person ORDER BY id")).all()
    names: dict[int, list[tuple[str, str]]] = {}
    for person_id, kind, text in bind.execute(
        sa.text("SELECT person_id, kind, text FROM person_name ORDER BY person_id, position")
    ):
        names.setdefault(person_id, []).append((kind, text))
    insert = sa.text(
        "INSERT INTO name_key (person_id, position, kind, folded, latin, devanagari, phonetic, "
        "skeleton) VALUES (:person_id, :position, :kind, :folded, :latin, :devanagari, "
        ":phonetic, :skeleton)"
    )
    rows: list[dict[str, object]] = []
    for person_id, relative in people:
        every = names.get(person_id, []) + ([("relative", relative)] if relative else [])
        for position, (kind, text) in enumerate(every):
            keys = name_keys(text)
            if not keys.folded:
                continue
            rows.append(
                {
                    "person_id": person_id,
                    "position": position,
                    "kind": kind,
                    "folded": keys.folded[:200],
                    "latin": keys.latin[:400],
                    "devanagari": keys.devanagari[:400],
                    "phonetic": keys.phonetic[:400],
                    "skeleton": keys.skeleton[:400],
                }
            )
        if len(rows) >= BATCH:
            bind.execute(insert, rows)
            rows = []
    if rows:
        bind.execute(insert, rows)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS name_key_fts")
    else:
        op.drop_index("ix_name_key_skeleton_trgm", table_name="name_key")
        op.drop_index("ix_name_key_phonetic_trgm", table_name="name_key")
    op.drop_index(op.f("ix_name_key_phonetic"), table_name="name_key")
    op.drop_index(op.f("ix_name_key_folded"), table_name="name_key")
    op.drop_index(op.f("ix_name_key_person_id"), table_name="name_key")
    op.drop_table("name_key")
