"""The database: created right, upgraded with a backup, a newer one refused, crash-safe."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.storage import database as database_module
from app.storage import migrator
from app.storage.database import Database
from app.storage.errors import CorruptDatabaseError, NewerSchemaError, NotOwnVoiceDatabaseError
from app.storage.paths import AppPaths
from app.storage.schema import SCHEMA_HEAD, read_revision
from tests.fixed_clock import TEST_NOW as NOW

DATA = Path(__file__).parent / "data"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_is_at_head_in_wal_mode_with_foreign_keys(paths: AppPaths) -> None:
    db = Database.open(paths.db_path, NOW)
    try:
        assert db.revision() == SCHEMA_HEAD
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        meta = db.meta()
        assert meta["created_by_version"] == meta["last_opened_version"]
        assert meta["created_at"] == "2026-05-13T12:00:00+00:00"  # the time it was given
        assert db.integrity_check() == ["ok"]
    finally:
        db.close()
    if sys.platform != "win32":
        assert stat.S_IMODE(paths.db_path.stat().st_mode) == 0o600
        assert stat.S_IMODE(paths.data_dir.stat().st_mode) == 0o700


def test_schema_head_constant_names_the_newest_migration() -> None:
    assert migrator.head_revision() == SCHEMA_HEAD


def test_running_every_migration_gives_the_same_schema_as_a_new_database(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.storage.models import Base

    engine = database_module.make_engine(tmp_path / "migrated.db")
    migrator.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_reopening_at_head_does_not_load_alembic(paths: AppPaths) -> None:
    Database.open(paths.db_path, NOW).close()
    code = textwrap.dedent(
        f"""
        import sys
        from datetime import UTC, datetime
        from pathlib import Path
        from app.storage.database import Database
        Database.open(Path({str(paths.db_path)!r}), datetime(2026, 5, 13, 12, tzinfo=UTC)).close()
        print("alembic" in sys.modules)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_an_older_database_is_upgraded_after_a_backup_beside_it(
    paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Database.open(paths.db_path, NOW).close()  # today's schema, with its data
    created = _meta_value(paths.db_path, "created_at")
    _pretend_a_newer_build(tmp_path, monkeypatch)

    db = Database.open(paths.db_path, NOW)
    try:
        assert db.revision() == "9001"
        with db.engine.connect() as conn:
            moved = conn.exec_driver_sql("SELECT text FROM test_notes").scalars().all()
        assert moved == [created]
    finally:
        db.close()
    backups = list(paths.backups_dir.glob(f"ownvoice-rev{SCHEMA_HEAD}-*.db"))
    assert [b.name for b in backups] == [f"ownvoice-rev{SCHEMA_HEAD}-20260513T120000Z.db"]
    assert read_revision(backups[0]) == SCHEMA_HEAD
    assert _meta_value(backups[0], "created_at") == created


@pytest.mark.parametrize("older", migrator.known_revisions()[1:])
def test_every_real_older_revision_upgrades_to_head(paths: AppPaths, older: str) -> None:
    engine = database_module.make_engine(paths.db_path)
    migrator.upgrade(engine, older)
    engine.dispose()
    db = Database.open(paths.db_path, NOW)
    try:
        assert db.revision() == SCHEMA_HEAD
        assert db.integrity_check() == ["ok"]
    finally:
        db.close()
    assert len(list(paths.backups_dir.glob(f"ownvoice-rev{older}-*.db"))) == 1


def test_a_failing_migration_leaves_the_database_as_it_was(
    paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Database.open(paths.db_path, NOW).close()
    versions = _pretend_a_newer_build(tmp_path, monkeypatch)
    script = versions / "9001_test_notes.py"
    script.write_text(script.read_text().replace("FROM meta WHERE", "FROM no_such_table WHERE"))
    with pytest.raises(Exception, match="no_such_table"):
        Database.open(paths.db_path, NOW)
    assert read_revision(paths.db_path) == SCHEMA_HEAD
    con = sqlite3.connect(paths.db_path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert "test_notes" not in tables


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(paths: AppPaths) -> None:
    Database.open(paths.db_path, NOW).close()
    con = sqlite3.connect(paths.db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = sha256(paths.db_path)
    with pytest.raises(NewerSchemaError, match="newer version of OwnVoice") as caught:
        Database.open(paths.db_path, NOW)
    assert "9999" in str(caught.value)
    assert sha256(paths.db_path) == before
    assert not paths.backups_dir.exists()


def test_a_file_that_is_not_a_database_gets_a_clear_message(paths: AppPaths) -> None:
    paths.db_path.write_bytes(b"this is a shopping list, not a database" * 100)
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        Database.open(paths.db_path, NOW)


def test_someone_elses_sqlite_file_is_not_taken_over(paths: AppPaths) -> None:
    con = sqlite3.connect(paths.db_path)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    before = sha256(paths.db_path)
    with pytest.raises(NotOwnVoiceDatabaseError, match="not an OwnVoice database"):
        Database.open(paths.db_path, NOW)
    assert sha256(paths.db_path) == before


@pytest.mark.slow
def test_an_app_killed_while_writing_leaves_a_sound_database(paths: AppPaths) -> None:
    Database.open(paths.db_path, NOW).close()
    writer = textwrap.dedent(
        f"""
        from datetime import UTC, datetime
        from pathlib import Path
        from app.storage.database import Database
        from app.storage.models import MetaRow
        db = Database.open(Path({str(paths.db_path)!r}), datetime(2026, 5, 13, 12, tzinfo=UTC))
        i = 0
        while True:
            with db.session() as s:
                s.add(MetaRow(key=f"row-{{i}}", value="x" * 300))
            print(i, flush=True)
            i += 1
        """
    )
    last = -1
    with subprocess.Popen(
        [sys.executable, "-c", writer], stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            last = int(line)
            if last >= 300:
                break
        child.kill()  # SIGKILL: no clean-up, mid-transaction
        child.wait(timeout=30)
    db = Database.open(paths.db_path, NOW)
    try:
        assert db.integrity_check() == ["ok"]
        rows = {key for key in db.meta() if key.startswith("row-")}
        assert {f"row-{i}" for i in range(last + 1)} <= rows  # every commit it reported survived
    finally:
        db.close()


def _pretend_a_newer_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The real migrations plus one more (9001), as a newer OwnVoice would ship them."""
    newer = tmp_path / "newer-migrations"
    shutil.copytree(migrator.MIGRATIONS_DIR, newer)
    text = (DATA / "9001_test_notes.py").read_text()
    (newer / "versions" / "9001_test_notes.py").write_text(
        text.replace('down_revision = "HEAD"', f'down_revision = "{SCHEMA_HEAD}"')
    )
    monkeypatch.setattr(migrator, "MIGRATIONS_DIR", newer)
    monkeypatch.setattr(database_module, "SCHEMA_HEAD", "9001")
    return newer / "versions"


def _meta_value(path: Path, key: str) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()[0])
    finally:
        con.close()
