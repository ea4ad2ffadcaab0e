"""The doctor reports what is wrong without changing anything."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.services.clock import FixedClock
from app.services.store.derived import JOURNEY_BEHIND, VOICE_BEHIND
from app.services.system.doctor import Level, run_checks
from app.services.system.secrets import SecretStore
from app.storage.database import Database
from app.storage.paths import AppPaths
from tests.fixed_clock import TEST_DAY


def levels(paths: AppPaths) -> dict[str, Level]:
    return {check.name: check.level for check in run_checks(paths, SecretStore(), TEST_DAY)}


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
    checks = {c.name: c for c in run_checks(paths, SecretStore(), TEST_DAY)}
    assert checks["schema revision"].level is Level.ERROR
    assert "newer OwnVoice" in checks["schema revision"].detail


def test_a_damaged_file_is_an_error(paths: AppPaths) -> None:
    paths.db_path.write_bytes(b"garbage" * 1000)
    assert levels(paths)["database"] is Level.ERROR


def test_derived_data_behind_is_a_warning_and_repair_brings_it_up_to_date(
    paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A refresh killed after an import's commit: doctor notices, --repair finishes it."""
    from app.main import main
    from app.services.archives import parse_archive
    from app.services.voice import imports as voice_import
    from tests.services.test_import_integrity import linkedin_archive

    clock = FixedClock(TEST_DAY)
    db = Database.open(paths.db_path, clock.now())
    result = parse_archive("linkedin", linkedin_archive(tmp_path), now=clock.now(), today=TEST_DAY)
    voice_import.store(db, result, "export.zip", clock.now())  # committed, then the kill
    db.close()
    checks = {c.name: c for c in run_checks(paths, SecretStore(), TEST_DAY)}
    assert checks["derived data"].level is Level.WARNING
    assert (
        "journey" in checks["derived data"].detail and "--repair" in checks["derived data"].detail
    )

    data = str(paths.data_dir)
    assert main(["--data-dir", data, "--today", str(TEST_DAY), "doctor", "--repair", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    done = [line for line in report["repaired"] if line.startswith("brought up to date")]
    assert done == [f"brought up to date: {JOURNEY_BEHIND}", f"brought up to date: {VOICE_BEHIND}"]
    derived = next(c for c in report["checks"] if c["name"] == "derived data")
    assert derived["level"] == "ok"
