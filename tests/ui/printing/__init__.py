"""Tests of the print area (Cetak): cards, the document register, verification and printing."""
