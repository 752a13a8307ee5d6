"""Trainings (Pelatihan): the rules, without storage or screens."""
