"""Pengaturan's backups: copies made now, the second folder, and a restore that shows what it replaces."""
