"""Tests of the Sembako area."""
