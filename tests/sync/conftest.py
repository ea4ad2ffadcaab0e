"""A real WebDAV server per test (wsgidav + cheroot on 127.0.0.1) and helpers to queue files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.sync.model import OutboxItem, SyncConfig, SyncMode
from app.services.clock import FixedClock
from app.services.sync.webdav import DavClient, sha256
from app.storage.database import Database
from app.storage.quick import QuickReader
from app.storage.sync import outbox
from tests.sync.davserver import DROP_PASSWORD, PASSWORD, USER, DavServer


@pytest.fixture
def dav(tmp_path: Path) -> Iterator[DavServer]:
    server = DavServer(tmp_path / "server").start()
    yield server
    server.stop()


@pytest.fixture
def folder_config(dav: DavServer) -> SyncConfig:
    return SyncConfig(SyncMode.FOLDER, dav.url, USER)


@pytest.fixture
def drop_config(dav: DavServer) -> SyncConfig:
    return SyncConfig(SyncMode.DROP, dav.drop_url)


def client_for(config: SyncConfig, **options: float) -> DavClient:
    password = PASSWORD if config.mode is SyncMode.FOLDER else DROP_PASSWORD
    options.setdefault("backoff", 0.01)
    return DavClient(config, password, **options)  # type: ignore[arg-type]


@pytest.fixture
def db(store: tuple[Database, QuickReader]) -> Database:
    return store[0]


def queue_files(db: Database, clock: FixedClock, count: int, size: int = 2000) -> list[OutboxItem]:
    """``count`` distinct files in the outbox, as an export would queue them."""
    queued = []
    with db.session() as session:
        for number in range(count):
            body = (f"file {number} ".encode() * (size // 8 + 1))[:size]
            queued.append(
                outbox.enqueue(
                    session,
                    f"ownvoice-test-{number:03}.ownvoice",
                    "progress",
                    body,
                    sha256(body),
                    f"r{number}",
                    clock.now(),
                )
            )
    return queued


def contents(db: Database) -> dict[str, bytes]:
    with db.session() as session:
        return {item.name: outbox.content_of(session, item.id) for item in outbox.items(session)}


def assert_each_once_on_server(db: Database, server: DavServer) -> None:
    """Every queued file is on the server exactly once, with its bytes; all are marked done."""
    expected = contents(db)
    assert server.files() == sorted(expected)
    for name, body in expected.items():
        assert (server.folder / name).read_bytes() == body
    with db.session() as session:
        assert {i.state.value for i in outbox.items(session)} == {"done"}
