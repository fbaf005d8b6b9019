"""Every store test runs twice: on SQLite (a file in tmp_path) and on a real PostgreSQL the tests start
themselves (tests/pg.py). Select one backend with ``-k sqlite`` or ``-k postgresql``."""

from __future__ import annotations

import pytest

from store import Store
from tests.pg import new_database, postgres_server, postgres_url  # noqa: F401


@pytest.fixture(scope="module")
def module_postgres_url(request) -> str:
    """One PostgreSQL database per test module (making one costs more than a test; every test works on
    workspaces and rooms of its own). Tests that need an empty database use ``postgres_url``."""
    return new_database(request.getfixturevalue("postgres_server"))


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'praatplaat.db'}"
    return request.getfixturevalue("module_postgres_url")


@pytest.fixture
def db(url, tmp_path):
    store = Store(url, legacy=tmp_path / "workspaces")
    yield store
    store.close()
