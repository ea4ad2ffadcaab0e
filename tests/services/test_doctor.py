"""The doctor reports what is wrong without changing anything."""

from __future__ import annotations

import sqlite3

from app.services.clock import FixedClock
from app.services.doctor import Level, run_checks
from app.services.secrets import SecretStore
from app.storage.database import Database
from app.storage.paths import AppPaths


def levels(paths: AppPaths) -> dict[str, Level]:
    return {check.name: check.level for check in run_checks(paths, SecretStore())}


def test_an_empty_folder_is_healthy_and_stays_empty(paths: AppPaths) -> None:
    result = levels(paths)
    assert Level.ERROR not in result.values()
    assert not paths.db_path.exists()


def test_a_healthy_database(paths: AppPaths, clock: FixedClock) -> None:
    Database.open(paths.db_path, clock.now()).close()
    result = levels(paths)
    assert result["schema revision"] is Level.OK
    assert result["integrity"] is Level.OK
    assert result["keychain"] is Level.OK


def test_a_newer_database_is_an_error(paths: AppPaths, clock: FixedClock) -> None:
    Database.open(paths.db_path, clock.now()).close()
    con = sqlite3.connect(paths.db_path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff'")
    con.commit()
    con.close()
    checks = {c.name: c for c in run_checks(paths, SecretStore())}
    assert checks["schema revision"].level is Level.ERROR
    assert "newer OwnVoice" in checks["schema revision"].detail


def test_a_damaged_file_is_an_error(paths: AppPaths) -> None:
    paths.db_path.write_bytes(b"garbage" * 1000)
    assert levels(paths)["database"] is Level.ERROR
