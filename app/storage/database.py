"""The local SQLite database: opened safely, migrated when due, and handed out as sessions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app import __version__
from app.storage import migrator
from app.storage.errors import StorageError, classify
from app.storage.models import Base, MetaRow
from app.storage.paths import ensure_private_dir, make_private
from app.storage.schema import SCHEMA_HEAD, VERSION_TABLE, read_revision

BUSY_TIMEOUT_MS = 5000


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that DDL in
    # migrations is transactional too (SQLAlchemy's documented pysqlite recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


class Database:
    """One SQLite file in WAL mode with foreign keys on; use ``session()`` for each unit of work."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: Path, now: datetime) -> Database:
        """Open (creating or upgrading as needed) the database at ``path``; ``now`` (aware) is
        recorded as a new file's creation time and names the backup taken before an upgrade.

        Raises a ``StorageError`` with a message for the person when the file cannot be used;
        a file from a newer OwnVoice is refused before anything is written to it.
        """
        try:
            return cls._open(path, now)
        except StorageError:
            raise
        except (sqlite3.Error, DBAPIError, OSError) as error:
            original = getattr(error, "orig", None) or error
            known = classify(original, path)
            if known is None:
                raise
            raise known from error

    @classmethod
    def _open(cls, path: Path, now: datetime) -> Database:
        ensure_private_dir(path.parent)
        is_new = not path.exists() or path.stat().st_size == 0
        stored = None if is_new else read_revision(path)
        if stored is not None and stored != SCHEMA_HEAD:
            migrator.check_known(path, stored)  # raises NewerSchemaError, file untouched
        engine = make_engine(path)
        db = cls(path, engine)
        if stored is None:
            db._create(now)
        elif stored != SCHEMA_HEAD:
            migrator.backup(path, stored, now)
            migrator.upgrade(engine)
        db._record_opened()
        make_private(path)
        return db

    def _create(self, now: datetime) -> None:
        # A new file gets today's schema at once and is stamped with the head revision, as
        # Alembic's documentation recommends; tests check this equals running every migration.
        with self.engine.begin() as conn:
            Base.metadata.create_all(conn)
            conn.execute(
                text(
                    f"CREATE TABLE {VERSION_TABLE} (version_num VARCHAR(32) NOT NULL, "
                    f"CONSTRAINT {VERSION_TABLE}_pkc PRIMARY KEY (version_num))"
                )
            )
            conn.execute(text(f"INSERT INTO {VERSION_TABLE} VALUES (:rev)"), {"rev": SCHEMA_HEAD})
            conn.execute(
                insert(MetaRow),
                [
                    {"key": "created_at", "value": _stamp(now)},
                    {"key": "created_by_version", "value": __version__},
                ],
            )

    def _record_opened(self) -> None:
        with self.session() as session:
            session.merge(MetaRow(key="last_opened_version", value=__version__))

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises."""
        with self._sessions() as session, session.begin():
            yield session

    def revision(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar_one())

    def meta(self) -> dict[str, str]:
        with self.session() as session:
            return {row.key: row.value for row in session.scalars(select(MetaRow))}

    def integrity_check(self) -> list[str]:
        """``["ok"]`` for a sound file, else SQLite's list of problems."""
        with self.engine.connect() as conn:
            return [str(row[0]) for row in conn.exec_driver_sql("PRAGMA integrity_check")]

    def size_bytes(self) -> int:
        return sum(
            p.stat().st_size
            for p in (self.path, self.path.with_name(self.path.name + "-wal"))
            if p.exists()
        )

    def close(self) -> None:
        self.engine.dispose()


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).isoformat(timespec="seconds")
