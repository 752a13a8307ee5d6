"""Trainings (Pelatihan): trainings and batches, participants, attendance, results, certificates, kits."""
