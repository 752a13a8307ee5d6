"""Tests of the services: one user action each, with roles, transactions and audit entries."""
