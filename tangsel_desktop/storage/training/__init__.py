"""Trainings (Pelatihan) as stored: tables and store functions taking the Transaction."""
