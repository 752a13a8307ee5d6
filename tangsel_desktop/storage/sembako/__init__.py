"""The Sembako program's tables and store functions."""
