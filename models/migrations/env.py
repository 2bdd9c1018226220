"""Alembic environment: always handed an open connection by models.migrate."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext

import models.entities  # noqa: F401  (registers every table on Base.metadata)
from models.base import Base, UTCDateTime, described_by_orm, in_dialect


def _render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    # Revisions must not import the program's code (it changes; they must not): UTCDateTime is
    # stored as a plain DATETIME, so that is what a revision creates.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Talash migrations run through models.migrate, with a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things in place; batch mode rebuilds the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    render_item=_render_item,
    include_name=described_by_orm,
    include_object=in_dialect(connection.dialect.name),
)
with context.begin_transaction():
    context.run_migrations()
