"""People and households: registering, searching, importing and exporting the registry."""
