"""The Sinkronisasi area: an office's packages and answers, the centre's imports, offices and answers."""
