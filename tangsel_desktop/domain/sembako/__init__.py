"""The Sembako program's rules: categories and their evidence, package items, rounds and the handover."""
