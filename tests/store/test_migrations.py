"""The Alembic migrations build exactly the schema the store uses, from an empty database on both backends,
also when two processes open the same new database at once."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from store import Store
from store.engine import VERSION_TABLE, make_engine
from store.schema import metadata


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path) -> str:
    """A new, empty database on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'praatplaat.db'}"
    return request.getfixturevalue("postgres_url")


def _head() -> str:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "store:migrations")
    return ScriptDirectory.from_config(cfg).get_current_head()


def _version(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE}).get_current_revision()


def test_migrations_from_empty_match_the_schema(url):
    engine = make_engine(url)
    assert sa.inspect(engine).get_table_names() == []
    engine.dispose()
    store = Store(url)
    try:
        assert _version(store.engine) == _head()
        with store.engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
        assert [d for d in diffs if d[0] != "remove_table" or d[1].name != VERSION_TABLE] == []
        Store(url).close()  # opening again applies nothing and fails nothing
        assert _version(store.engine) == _head()
    finally:
        store.close()


def _open(url: str) -> str:
    store = Store(url)
    try:
        return _version(store.engine)
    finally:
        store.close()


def test_two_processes_migrate_one_new_database_at_once(url):
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        versions = pool.map(_open, [url, url])
    assert versions == [_head(), _head()]


def test_the_store_never_imports_streamlit():
    code = "import sys, store, store.store, store.rooms, store.workspaces; print('streamlit' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
