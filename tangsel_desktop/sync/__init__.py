"""Export and import packages between kelurahan offices and the central office (a later issue)."""
