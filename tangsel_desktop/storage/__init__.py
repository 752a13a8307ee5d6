"""The only package that knows tables, engines and sessions."""
