"""Alembic's environment: runs on the connection the application hands it, never reconfigures logging."""

from alembic import context

from tangsel_desktop.storage import tables

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=tables.SQLModel.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
