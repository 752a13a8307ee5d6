"""Sync actions: keys, an office's package, the central merge, the centre's answer, status."""
