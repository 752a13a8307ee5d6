"""One function per user action, one transaction each, roles checked here; returns plain values."""
