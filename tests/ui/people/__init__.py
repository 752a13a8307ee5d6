"""Tests of the people area (Penduduk), driven as a clerk would, in Indonesian."""
