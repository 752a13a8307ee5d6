"""People and household tables: queries, search and bulk loading."""
