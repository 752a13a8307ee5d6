"""The people area (Penduduk): search, the lazy table, the person form, import and export."""
