"""The sync's SQL: which tables travel, a package's rows, the central merge, keys, peers, held packages."""
