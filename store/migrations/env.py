"""Alembic environment: always online, on the connection store.engine hands over (config.attributes)."""

from alembic import context

from store.engine import VERSION_TABLE
from store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, version_table=VERSION_TABLE,
                  render_as_batch=True, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
