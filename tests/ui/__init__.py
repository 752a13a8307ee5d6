"""Tests of the window, driven with pytest-qt as a clerk would."""
