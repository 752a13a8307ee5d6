"""Alembic migrations of the local store, applied in numbered steps at start-up."""
