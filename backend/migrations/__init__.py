"""Alembic migration scripts (run through backend.db.migrations)."""
