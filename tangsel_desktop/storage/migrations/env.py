"""Alembic's environment: runs on the connection the application hands it, never reconfigures logging."""

from alembic import context
from sqlmodel import SQLModel

from tangsel_desktop.storage import tables  # noqa: F401 - registers the tables on the metadata
from tangsel_desktop.storage.documents import document_tables  # noqa: F401
from tangsel_desktop.storage.jamsos import claim_tables, membership_tables  # noqa: F401
from tangsel_desktop.storage.people import photo_tables  # noqa: F401
from tangsel_desktop.storage.sembako import sembako_tables  # noqa: F401
from tangsel_desktop.storage.sync import finding_tables, sync_tables  # noqa: F401
from tangsel_desktop.storage.training import training_tables  # noqa: F401

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
