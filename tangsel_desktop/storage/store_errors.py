"""The store's own failures, named for the services, which do not import SQLAlchemy."""

from sqlalchemy.exc import OperationalError

# The store stayed locked by another writer past the busy timeout (or the file could not be used).
StoreBusy = OperationalError

__all__ = ["StoreBusy"]
