"""The Pelatihan area: trainings, batches, participants, attendance, results, certificates, aftercare."""
