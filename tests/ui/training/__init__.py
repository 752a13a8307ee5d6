"""Tests of the Pelatihan area."""
