"""Alembic migrations. Run programmatically by models.migrate; there is no alembic.ini."""
