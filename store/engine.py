"""Engines and transactions for SQLite (WAL, busy timeout, serialised writers) and PostgreSQL, and the
Alembic upgrade applied when a store opens."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

WRITE = "praatplaat_write"
VERSION_TABLE = "praatplaat_alembic_version"
BUSY_TIMEOUT_MS = 30_000
MIGRATION_LOCK = 72_617_301  # PostgreSQL advisory lock key held while migrating


def engine_url(url: str) -> sa.URL:
    """The URL with psycopg 3 as the driver for a plain ``postgresql://`` or ``postgres://`` URL."""
    parsed = sa.make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def make_engine(url: str) -> sa.Engine:
    parsed = engine_url(url)
    if parsed.get_backend_name() != "sqlite":
        return sa.create_engine(parsed, pool_pre_ping=True, pool_size=5, max_overflow=10)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(parsed, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # SQLAlchemy's begin event below decides how transactions start
        for pragma in ("journal_mode=WAL", f"busy_timeout={BUSY_TIMEOUT_MS}", "foreign_keys=ON", "synchronous=NORMAL"):
            dbapi_conn.execute(f"PRAGMA {pragma}")

    @sa.event.listens_for(engine, "begin")
    def _begin(conn):
        # Writers take SQLite's write lock up front, so two writers queue instead of failing half-way.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")

    return engine


def is_sqlite(engine: sa.Engine) -> bool:
    return engine.dialect.name == "sqlite"


@contextmanager
def transaction(engine: sa.Engine, write: bool = False) -> Iterator[sa.Connection]:
    """One transaction; ``write`` takes SQLite's write lock at once (PostgreSQL locks rows: FOR UPDATE)."""
    with engine.connect() as conn:
        if write:
            conn.execution_options(**{WRITE: True})
        with conn.begin():
            yield conn


def migrate(engine: sa.Engine) -> None:
    """Bring the schema to the newest migration. Two processes starting together wait for each other:
    PostgreSQL through an advisory lock, SQLite through its write lock."""
    postgres = engine.dialect.name == "postgresql"
    with engine.connect() as conn:
        if postgres:
            conn.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK})
            conn.commit()
        try:
            conn.execution_options(**{WRITE: True})
            with conn.begin():
                cfg = Config()
                cfg.set_main_option("script_location", "store:migrations")
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        finally:
            if postgres:
                conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK})
                conn.commit()
