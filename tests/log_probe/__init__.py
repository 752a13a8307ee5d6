"""Tests that leak on purpose, run by tests/test_log_privacy.py in a pytest of their own."""
