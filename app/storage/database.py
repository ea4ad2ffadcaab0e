"""The local SQLite database: opened safely, migrated when due, and handed out as sessions."""

from __future__ import annotations

import sqlite3
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, insert, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app import __version__
from app.storage import migrator
from app.storage.errors import (
    CorruptDatabaseError,
    DatabaseIsFolderError,
    DiskFullError,
    DiskIOError,
    LockedDatabaseError,
    MigrationFailedError,
    ReadOnlyError,
    StorageError,
    classify,
    one_line,
)
from app.storage.models import Base, MetaRow
from app.storage.paths import create_private_file, ensure_private_dir, make_private
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


# An execution option for a connection that only reads: its transactions do not take the lock.
READS_ONLY = "ownvoice_reads_only"


def _begin(connection: Any) -> None:
    # Take the write lock at the start of every transaction (BEGIN IMMEDIATE), so that one that
    # reads and then writes waits for the busy timeout like any other, instead of failing at
    # once when another writer got in between its read and its write (SQLite's WAL rules).
    reads_only = connection.get_execution_options().get(READS_ONLY, False)
    connection.exec_driver_sql("BEGIN" if reads_only else "BEGIN IMMEDIATE")


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
        with storage_errors(path):
            return cls._open(path, now)

    @classmethod
    def _open(cls, path: Path, now: datetime) -> Database:
        ensure_private_dir(path.parent)
        if path.is_dir():
            raise DatabaseIsFolderError(path)
        if not path.exists():
            create_private_file(path)  # 0600 before SQLite makes its -wal and -shm beside it
        elif sys.platform != "win32" and not path.stat().st_mode & stat.S_IWUSR:
            raise ReadOnlyError(path)  # reported, not quietly made writable
        is_new = path.stat().st_size == 0
        stored = None if is_new else read_revision(path)
        if stored is not None and stored != SCHEMA_HEAD:
            migrator.check_known(path, stored)  # raises NewerSchemaError, file untouched
        engine = make_engine(path)
        db = cls(path, engine)
        try:
            if stored is None:
                db._create(now)
            elif stored != SCHEMA_HEAD:
                db._upgrade(stored, now)
            db._record_opened()
        except BaseException:
            engine.dispose()
            raise
        for made in (path, *_sidecars(path)):
            make_private(made)
        return db

    def _upgrade(self, stored: str, now: datetime) -> None:
        copy = migrator.backup(self.path, stored, now)
        try:
            migrator.upgrade(self.engine)
        except Exception as error:
            known = classify(error, self.path)
            if isinstance(known, _NOT_THE_MIGRATIONS_FAULT):
                raise known from error  # its own words say what to do
            import logging

            # For the log file (the window's); a command's one line says the rest.
            logging.getLogger(__name__).info(
                "upgrading %s from %s failed", self.path, stored, exc_info=True
            )
            raise MigrationFailedError(
                self.path, backup=str(copy), detail=one_line(error)
            ) from error

    def _create(self, now: datetime) -> None:
        # A new file gets today's schema at once and is stamped with the head revision, as
        # Alembic's documentation recommends; tests check this equals running every migration.
        with self.engine.begin() as conn:
            if conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar():
                return  # another OwnVoice created it while this one waited for the lock
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
        """A unit of work: committed when the block ends, rolled back if it raises.

        It holds the write lock from its start, waiting up to the busy timeout for another
        writer to finish; a full disk, a lock that did not come in time, a damaged file and the
        like raise the matching ``StorageError``."""
        with storage_errors(self.path), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for reads only: its transactions do not take the write lock."""
        with storage_errors(self.path), self.engine.connect() as conn:
            yield conn.execution_options(**{READS_ONLY: True})

    def revision(self) -> str:
        with self.reading() as conn:
            return str(conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar_one())

    def meta(self) -> dict[str, str]:
        with self.reading() as conn:
            return {row.key: row.value for row in conn.execute(select(MetaRow))}

    def integrity_check(self) -> list[str]:
        """``["ok"]`` for a sound file, else SQLite's list of problems."""
        with self.reading() as conn:
            return [str(row[0]) for row in conn.exec_driver_sql("PRAGMA integrity_check")]

    def size_bytes(self) -> int:
        return sum(
            p.stat().st_size
            for p in (self.path, self.path.with_name(self.path.name + "-wal"))
            if p.exists()
        )

    def close(self) -> None:
        self.engine.dispose()


# Tables a new, empty store already fills: the rest hold the person's data.
_BOOKKEEPING = frozenset({"meta", VERSION_TABLE, "sqlite_sequence"})


def copy_into_empty(source: Path, target: Path) -> bool:
    """Copy the whole database ``source`` over the store ``target`` in one transaction
    (SQLite's backup API), if ``target`` holds none of the person's data; False, and nothing
    changed, if it does. A process stopped midway leaves ``target`` as it was."""
    with storage_errors(target):
        dest = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            tables = [
                str(row[0])
                for row in dest.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            ]
            for table in tables:
                if table in _BOOKKEEPING or table.startswith("sqlite_"):
                    continue
                if dest.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone():
                    return False
            source_con = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
            try:
                source_con.backup(dest)  # all pages in one step: one transaction
            finally:
                source_con.close()
        finally:
            dest.close()
    return True


@contextmanager
def storage_errors(path: Path) -> Iterator[None]:
    """Turn a sqlite3, SQLAlchemy or OS error about the store at ``path`` into the matching
    ``StorageError``; anything else (a bug) passes through unchanged."""
    try:
        yield
    except StorageError:
        raise
    except (sqlite3.Error, DBAPIError, OSError) as error:
        known = classify(error, path)
        if known is None:
            raise
        raise known from error


_NOT_THE_MIGRATIONS_FAULT = (
    CorruptDatabaseError,
    DiskFullError,
    DiskIOError,
    LockedDatabaseError,
    ReadOnlyError,
)


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).isoformat(timespec="seconds")
