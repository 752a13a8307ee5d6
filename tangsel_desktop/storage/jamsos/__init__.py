"""Jamsosnaker tables and their queries: memberships, events, rates, claims."""
