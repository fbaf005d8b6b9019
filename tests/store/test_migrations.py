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


def test_a_praatplaat_from_before_the_shared_document_opens_with_its_text_and_history(url):
    """A database at migration 0002 (whole-text revisions, no update log): upgraded, every workspace's document
    opens with its head text, once (seeded under the row lock, also when two open it at once), and its history
    stays."""
    from concurrent.futures import ThreadPoolExecutor
    from datetime import datetime

    from alembic import command
    from alembic.config import Config

    from live.text import first_update, text_of
    from store.engine import transaction

    engine = make_engine(url)
    with engine.connect() as conn, conn.begin():
        cfg = Config()
        cfg.set_main_option("script_location", "store:migrations")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    then = datetime(2026, 11, 1)
    with transaction(engine, write=True) as c:
        c.execute(sa.text("INSERT INTO workspaces (id, text, revision, last_n, settings, title, organisation, "
                          "created_at, updated_at) VALUES ('oude-werkruimte-0001', :text, 2, 2, '{}', 'Nieuw', '', "
                          ":t, :t)"), {"text": "titel: Nieuw\n", "t": then})
        for n, text in ((1, "titel: Oud\n"), (2, "titel: Nieuw\n")):
            c.execute(sa.text("INSERT INTO revisions (ws_id, n, kind, text, size, author, session, created_at) "
                              "VALUES ('oude-werkruimte-0001', :n, 'edit', :text, 10, '', '', :t)"),
                      {"n": n, "text": text, "t": then})
    engine.dispose()
    db = Store(url)  # applies 0003
    with ThreadPoolExecutor(4) as pool:  # four processes' hubs open it at once
        list(pool.map(lambda _: db.seed_doc("oude-werkruimte-0001", first_update), range(4)))
    assert text_of([row.data for row in db.doc_log("oude-werkruimte-0001")]) == "titel: Nieuw\n"
    assert [db.revision("oude-werkruimte-0001", r.n).text for r in db.history("oude-werkruimte-0001")] == \
        ["titel: Nieuw\n", "titel: Oud\n"]
    db.close()
