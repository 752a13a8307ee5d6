"""Jamsosnaker rules as plain data: eligibility, statuses, premiums and the JKM death claim."""
