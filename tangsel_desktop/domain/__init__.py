"""Plain-Python rules of the domain: identity numbers, regions, enums, Indonesian formatting."""
