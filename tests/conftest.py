"""Test set-up: headless Qt, a fresh data folder and an in-memory keychain for every test."""

from __future__ import annotations

import os

# Before anything imports Qt: no test ever needs a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("OWNVOICE_HOME", None)

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from app.services.clock import FixedClock
from app.services.settings import SettingsService
from app.services.system.secrets import SecretStore
from app.storage.database import Database
from app.storage.paths import AppPaths, DataDirOrigin
from app.storage.quick import QuickReader
from app.storage.settings_store import SettingsFile
from app.ui import guard
from tests.fixed_clock import fixed_clock


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps everything in a dict: nothing touches the system."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def guard_errors() -> Iterator[list[tuple[str, BaseException]]]:
    """An error the override guard stopped fails the test, as pytest-qt fails a test whose
    exception escapes a Qt virtual (its capture stays on: ``tests/test_overrides.py``). The
    guard keeps the app alive; the tests must still see the bug. A test that provokes one on
    purpose asks for this fixture, checks the list and empties it."""
    stopped: list[tuple[str, BaseException]] = []

    def sink(where: str, error: BaseException) -> None:
        stopped.append((where, error))

    guard.add_sink(sink)
    yield stopped
    guard.remove_sink(sink)
    if stopped:
        where, error = stopped[0]
        pytest.fail(
            f"the override guard stopped {len(stopped)} error(s); first in {where}: {error!r}",
            pytrace=False,
        )


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("OWNVOICE_HOME", str(folder))
    return folder


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return AppPaths(data_dir, DataDirOrigin.ENVIRONMENT).ensure()


@pytest.fixture
def settings(paths: AppPaths) -> SettingsService:
    return SettingsService(SettingsFile(paths.settings_path))


@pytest.fixture
def secrets() -> SecretStore:
    return SecretStore()


@pytest.fixture
def clock() -> FixedClock:
    """The test's clock (tests never read the real date): ``TEST_DAY`` at noon, unless a module
    overrides this fixture with its own day."""
    return fixed_clock()


@pytest.fixture
def store(paths: AppPaths, clock: FixedClock) -> Iterator[tuple[Database, QuickReader]]:
    """A new database at the current schema, with both of its doors open."""
    db = Database.open(paths.db_path, clock.now())
    reader = QuickReader(paths.db_path)
    yield db, reader
    reader.close()
    db.close()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--run-bundle",
        action="store_true",
        help="also build the PyInstaller bundle and run it (tests marked bundle; minutes)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``bundle`` run only with ``--run-bundle`` (README: Packaging)."""
    if config.getoption("--run-bundle"):
        return
    chosen, left_out = [], []
    for item in items:
        (left_out if item.get_closest_marker("bundle") else chosen).append(item)
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = chosen
