"""Numbered, signed documents: the register, payloads, office keys and the printing actions."""
