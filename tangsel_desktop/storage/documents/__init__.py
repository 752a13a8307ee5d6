"""The document register and settings tables and their queries."""
