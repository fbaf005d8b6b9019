"""Where the database is: the environment variable wins over secrets.toml, which wins over SQLite in data/."""

from __future__ import annotations

import sqlite3

import pytest

import store
from store.config import URL_ENV, database_url


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(URL_ENV, raising=False)
    return tmp_path


def test_default_is_sqlite_under_data_in_wal_mode(here):
    url = database_url()
    assert url == f"sqlite:///{here / 'data' / 'praatplaat.db'}" and (here / "data").is_dir()
    db = store.open_store()
    try:
        assert store.open_store() is db  # one store per URL and process
        db.create("a")
        with sqlite3.connect(here / "data" / "praatplaat.db") as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        db.close()


def test_secrets_toml_then_environment(here, monkeypatch):
    (here / ".streamlit").mkdir()
    (here / ".streamlit" / "secrets.toml").write_text('[connections.praatplaat]\nurl = "sqlite:///uit-secrets.db"\n')
    assert database_url() == "sqlite:///uit-secrets.db"
    monkeypatch.setenv(URL_ENV, "postgresql+psycopg://user@host:5432/praatplaat")
    assert database_url() == "postgresql+psycopg://user@host:5432/praatplaat"


def test_broken_secrets_fall_back_to_sqlite(here):
    (here / ".streamlit").mkdir()
    (here / ".streamlit" / "secrets.toml").write_text("[connections.praatplaat\nurl = ")
    assert database_url().startswith("sqlite:///")


def test_plain_postgresql_urls_use_psycopg_3():
    from store.engine import engine_url

    for url in ("postgresql://u:p@h:5432/db", "postgres://u:p@h:5432/db", "postgresql+psycopg://u:p@h:5432/db"):
        assert engine_url(url).drivername == "postgresql+psycopg"
    assert engine_url("sqlite:///x.db").drivername == "sqlite"
