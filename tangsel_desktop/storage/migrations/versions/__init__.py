"""Numbered schema steps, applied in order by Alembic."""
