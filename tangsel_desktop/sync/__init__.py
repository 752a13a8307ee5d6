"""Sync packages between kelurahan offices and Dinas Sosial: the file format, keys and crypto (no store)."""
