"""Jamsosnaker, the first program: membership, claims, recap, BPJS exchange and settings."""
