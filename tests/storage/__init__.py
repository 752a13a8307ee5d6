"""Tests of the SQLite store: migrations, pragmas and transactions, constraints, search, audit chain."""
