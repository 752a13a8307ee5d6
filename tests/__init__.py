"""Tests of Tangsel Desktop, mirroring the package."""
