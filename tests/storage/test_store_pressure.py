"""The store under pressure (issue 11): writers that wait, a full disk, damaged and misplaced
files, and file modes, each met with a plain line and a whole database."""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select

from app.domain.habits import CheckIn, CheckState, Frequency, Habit
from app.domain.settings import LANGUAGE, SYSTEM
from app.main import main
from app.services.clock import FixedClock
from app.services.drafts.plan import export_plan
from app.services.habits import HabitsWriter
from app.services.settings import SettingsService
from app.services.system.logs import setup_logging
from app.storage import database as database_module
from app.storage import migrator
from app.storage.database import Database
from app.storage.errors import (
    DiskFullError,
    DiskIOError,
    LockedDatabaseError,
    MigrationFailedError,
    classify,
)
from app.storage.habits.read import HabitRecord
from app.storage.models import MetaRow
from app.storage.paths import AppPaths
from app.storage.quick import QuickReader
from app.storage.schema import SCHEMA_HEAD, read_revision
from app.storage.settings_store import SettingsFile
from tests.fixed_clock import TEST_DAY, TEST_NOW
from tests.storage.test_database import _pretend_a_newer_build

POSIX = sys.platform != "win32"


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most systems start people with, so that a file made without care is 0644."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def ownvoice(data_dir: Path, *args: str) -> int:
    """The command line, in this process (as fast as a function call), on ``TEST_DAY``."""
    return main(["--data-dir", str(data_dir), "--today", TEST_DAY.isoformat(), *args])


def one_plain_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith("ownvoice: ")
    return lines[0]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def habit(name: str) -> HabitRecord:
    return HabitRecord(Habit(name, Frequency.daily()))


def habit_names(db_path: Path) -> list[str]:
    con = sqlite3.connect(db_path)
    try:
        return sorted(str(row[0]) for row in con.execute("SELECT name FROM habit"))
    finally:
        con.close()


def integrity(db_path: Path) -> list[str]:
    con = sqlite3.connect(db_path)
    try:
        return [str(row[0]) for row in con.execute("PRAGMA integrity_check")]
    finally:
        con.close()


# -- writers wait for each other ----------------------------------------------------------------


def test_check_ins_beside_a_long_import_wait_and_none_is_lost(
    store: tuple[Database, QuickReader], clock: FixedClock
) -> None:
    """The window's worker and a second writer (another thread, as another OwnVoice would be):
    an import-sized transaction holds the write lock for a second while habits are added (a
    read, then a write) and checked in. Every one waits its turn; none fails, none is lost."""
    db, reader = store
    writer = HabitsWriter(db, reader)
    importing = threading.Event()
    failures: list[BaseException] = []

    def long_import() -> None:
        try:
            with db.session() as session:
                rows = [{"key": f"import-{i}", "value": "x" * 80} for i in range(20_000)]
                session.execute(insert(MetaRow), rows)
                importing.set()
                time.sleep(1.0)  # still storing, as a big archive would be
        except BaseException as error:
            failures.append(error)
            importing.set()

    def check_ins(worker: int) -> None:
        importing.wait(10)
        try:
            for n in range(3):
                habit_id = writer.add(habit(f"Habit {worker}-{n}"), clock.today())
                writer.set(habit_id, CheckIn(clock.today(), CheckState.DONE))
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=long_import)]
    threads += [threading.Thread(target=check_ins, args=(w,)) for w in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert failures == []
    assert len(habit_names(db.path)) == 9
    with db.session() as session:
        assert (session.scalar(select(func.count()).select_from(MetaRow)) or 0) >= 20_000
        checked = session.execute(select(func.count()).select_from(_checkins_table())).scalar()
    assert checked == 9


def _checkins_table() -> Any:
    from app.storage.models import HabitCheckInRow

    return HabitCheckInRow


def test_a_writer_that_waited_too_long_is_told_to_try_again(
    store: tuple[Database, QuickReader], clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, reader = store
    db.close()
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 150)
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another OwnVoice in the middle of a long write
    try:
        with pytest.raises(LockedDatabaseError) as caught:
            HabitsWriter(db, reader).add(habit("Read"), clock.today())
    finally:
        other.execute("ROLLBACK")
        other.close()
    message = str(caught.value)
    assert "another OwnVoice is writing" in message and "Try again" in message
    assert "\n" not in message


@pytest.mark.slow
def test_twelve_writers_starting_at_once_on_a_new_folder_all_get_their_habit(
    tmp_path: Path,
) -> None:
    """Twelve ``ownvoice habits add`` at once on a folder that has no database yet: they wait
    for each other (even the creation of the file), and all twelve habits are stored."""
    folder = tmp_path / "shared"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "app", "--today", TEST_DAY.isoformat(), "--data-dir"]
    runs = [
        subprocess.Popen(
            [*command, str(folder), "habits", "add", f"Habit {i}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for i in range(12)
    ]
    results = [(run.wait(120), *run.communicate()) for run in runs]
    for code, out, err in results:
        assert (code, err) == (0, ""), err
        assert out.startswith("Added")
    assert habit_names(folder / "ownvoice.db") == sorted(f"Habit {i}" for i in range(12))


# -- a full disk, a damaged file, a misplaced one -----------------------------------------------


def _limit_pages(monkeypatch: pytest.MonkeyPatch, pages: int) -> None:
    """Every connection the app opens may grow the file to ``pages`` pages, as a full disk."""
    configure = database_module._configure_connection

    def limited(dbapi_connection: Any, record: Any) -> None:
        configure(dbapi_connection, record)
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(database_module, "_configure_connection", limited)


def test_a_disk_that_fills_during_an_import_is_one_line_and_the_database_stays_whole(
    paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    db = Database.open(paths.db_path, TEST_NOW)
    HabitsWriter(db, QuickReader(paths.db_path)).add(habit("Read"), TEST_DAY)
    db.close()
    con = sqlite3.connect(paths.db_path)
    pages = int(con.execute("PRAGMA page_count").fetchone()[0])
    con.close()
    posts = tmp_path / "posts.txt"
    text = "Kirjoitin tänään siitä, miten uusiutuvat polttoaineet muuttavat alaa. " * 6
    posts.write_text("\n\n---\n".join(f"{text} ({i})" for i in range(600)), encoding="utf-8")
    _limit_pages(monkeypatch, pages + 3)  # room for a few pages, not for an archive

    assert ownvoice(paths.data_dir, "import", "text", str(posts)) == 1
    line = one_plain_line(capsys)
    assert "is full" in line and "Free some space" in line

    monkeypatch.undo()
    assert integrity(paths.db_path) == ["ok"]
    assert habit_names(paths.db_path) == ["Read"]
    con = sqlite3.connect(paths.db_path)
    assert con.execute("SELECT count(*) FROM corpus_text").fetchone()[0] == 0  # none half-stored
    con.close()


def test_a_damaged_page_is_one_plain_line_for_reads_and_writes(
    paths: AppPaths, capsys: Any
) -> None:
    db = Database.open(paths.db_path, TEST_NOW)
    writer = HabitsWriter(db, QuickReader(paths.db_path))
    for i in range(40):
        writer.add(habit(f"Habit {i} " + "x" * 200), TEST_DAY)
    db.close()
    con = sqlite3.connect(paths.db_path)
    page_size = int(con.execute("PRAGMA page_size").fetchone()[0])
    root = int(con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'habit'").fetchone()[0])
    con.close()
    with paths.db_path.open("r+b") as handle:  # one page of the habits table overwritten
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)

    for command in (["habits", "list"], ["habits", "add", "Write"]):
        assert ownvoice(paths.data_dir, *command) == 1
        line = one_plain_line(capsys)
        assert "is damaged" in line and "backups" in line


def test_a_disk_io_error_has_its_own_plain_words(tmp_path: Path) -> None:
    db = tmp_path / "ownvoice.db"
    for error in (sqlite3.OperationalError("disk I/O error"), OSError(errno.EIO, "I/O error")):
        known = classify(error, db)
        assert isinstance(known, DiskIOError)
        assert "disk I/O error" in str(known) and "ownvoice doctor" in str(known)


def test_a_database_that_is_a_folder_is_said_plainly_even_by_doctor(
    paths: AppPaths, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths.db_path.mkdir()
    for command in (["habits", "list"], ["habits", "add", "Read"], ["journey", "status"]):
        assert ownvoice(paths.data_dir, *command) == 1
        assert "is a folder" in one_plain_line(capsys)
    checks = _doctor_json(paths.data_dir, capsys, monkeypatch)
    assert checks["database"]["level"] == "error" and "is a folder" in checks["database"]["detail"]


def test_a_data_folder_that_is_a_file_is_said_plainly(
    tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "notes"
    blocker.write_text("my notes, not a folder")
    for data_dir in (blocker, blocker / "sub"):
        assert ownvoice(data_dir, "habits", "list") == 1
        line = one_plain_line(capsys)
        assert f"{blocker} is a file" in line and "Errno" not in line
        checks = _doctor_json(data_dir, capsys, monkeypatch, expect=1)
        assert checks["data folder"]["level"] == "error"
        assert f"{blocker} is a file" in checks["data folder"]["detail"]


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_a_read_only_database_is_reported_not_made_writable(paths: AppPaths, capsys: Any) -> None:
    Database.open(paths.db_path, TEST_NOW).close()
    paths.db_path.chmod(0o400)
    assert ownvoice(paths.data_dir, "habits", "add", "Read") == 1
    assert "read-only" in one_plain_line(capsys)
    assert mode(paths.db_path) == 0o400


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_a_folder_with_mode_000_is_reported_and_doctor_repair_gives_it_back(
    paths: AppPaths, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """By the mode bits, so that this holds for root too (root may enter any folder)."""
    Database.open(paths.db_path, TEST_NOW).close()
    paths.data_dir.chmod(0o000)
    try:
        assert ownvoice(paths.data_dir, "habits", "list") == 1
        assert "may not open the folder" in one_plain_line(capsys)
        checks = _doctor_json(paths.data_dir, capsys, monkeypatch, expect=1)
        assert checks["data folder"]["level"] == "error"
        assert "permission denied" in checks["data folder"]["detail"]
        report = _doctor_json(paths.data_dir, capsys, monkeypatch, "--repair", whole=True)
        assert report["repaired"] == [f"{paths.data_dir}: 0000 -> 0700"]
        assert mode(paths.data_dir) == 0o700
    finally:
        paths.data_dir.chmod(0o700)


def _doctor_json(
    data_dir: Path,
    capsys: Any,
    monkeypatch: pytest.MonkeyPatch,
    *options: str,
    expect: int | None = None,
    whole: bool = False,
) -> Any:
    from app.services.system.doctor import Check, Level
    from app.ui.shell import diagnostics

    monkeypatch.setattr(diagnostics, "qt_check", lambda: Check("qt", Level.OK, "not probed"))
    code = ownvoice(data_dir, "doctor", "--json", *options)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == (0 if code == 0 else 1)
    if expect is not None:
        assert code == expect
    report = json.loads(out)
    return report if whole else {check["name"]: check for check in report["checks"]}


# -- migrations: one copy, nothing left behind, a named backup -----------------------------------


def test_a_failed_upgrade_names_its_backup_and_trying_again_adds_no_other(
    paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    Database.open(paths.db_path, TEST_NOW).close()
    versions = _pretend_a_newer_build(tmp_path, monkeypatch)
    script = versions / "9001_test_notes.py"
    script.write_text(script.read_text().replace("FROM meta WHERE", "FROM no_such_table WHERE"))
    with pytest.raises(MigrationFailedError) as caught:
        Database.open(paths.db_path, TEST_NOW)
    assert ownvoice(paths.data_dir, "habits", "add", "Read") == 1  # and once more, by command
    line = one_plain_line(capsys)
    backups = list(paths.backups_dir.iterdir())
    assert len(backups) == 1  # one copy per schema revision, not one per attempt
    assert str(backups[0]) in line and "could not upgrade" in line
    assert "\n" not in str(caught.value)
    assert read_revision(backups[0]) == SCHEMA_HEAD
    assert read_revision(paths.db_path) == SCHEMA_HEAD  # nothing half-upgraded
    assert mode(backups[0]) == 0o600


def test_a_backup_that_fails_midway_leaves_nothing_behind(
    paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Database.open(paths.db_path, TEST_NOW).close()
    _pretend_a_newer_build(tmp_path, monkeypatch)

    def disk_fills(source: Path, target: Path) -> None:
        target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)  # a part was written
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(migrator, "_copy", disk_fills)
    with pytest.raises(DiskFullError):
        Database.open(paths.db_path, TEST_NOW)
    assert list(paths.backups_dir.iterdir()) == []
    assert read_revision(paths.db_path) == SCHEMA_HEAD


def _mount_small_disk(folder: Path, size: str) -> bool:
    folder.mkdir()
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
            capture_output=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mounts a tmpfs")
def test_a_really_full_disk_during_an_upgrade_leaves_the_file_whole_and_no_partial_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a tmpfs half again the database's size (where the machine lets us mount one: root
    in a VM or a privileged container), there is no room for the copy before an upgrade."""
    made = tmp_path / "made" / "ownvoice.db"
    db = Database.open(made, TEST_NOW)
    with db.session() as session:
        session.execute(insert(MetaRow), [{"key": f"k{i}", "value": "v" * 300} for i in range(800)])
    db.close()
    size = made.stat().st_size
    disk = tmp_path / "small"
    if not _mount_small_disk(disk, f"{(size + size // 2) // 1024}k"):
        pytest.skip("this machine does not let the tests mount a small tmpfs")
    try:
        db_path = disk / "data" / "ownvoice.db"
        db_path.parent.mkdir(mode=0o700)
        shutil.copyfile(made, db_path)
        _pretend_a_newer_build(tmp_path, monkeypatch)
        with pytest.raises(DiskFullError, match="is full"):
            Database.open(db_path, TEST_NOW)
        assert [p.name for p in (disk / "data" / "backups").iterdir()] == []
        assert read_revision(db_path) == SCHEMA_HEAD
        assert integrity(db_path) == ["ok"]
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True, check=False)


# -- modes ----------------------------------------------------------------------------------------


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_an_existing_open_data_folder_is_made_private_and_so_is_every_file_sqlite_makes(
    data_dir: Path,
) -> None:
    data_dir.mkdir(mode=0o755)
    data_dir.chmod(0o755)
    db = Database.open(data_dir / "ownvoice.db", TEST_NOW)
    try:
        with db.session() as session:
            session.add(MetaRow(key="note", value="x"))
        sidecars = [data_dir / "ownvoice.db-wal", data_dir / "ownvoice.db-shm"]
        assert all(p.exists() for p in sidecars)
        assert [mode(p) for p in sidecars] == [0o600, 0o600]  # while open, not only after
    finally:
        db.close()
    assert mode(data_dir) == 0o700
    assert mode(data_dir / "ownvoice.db") == 0o600


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_log_files_stay_private_after_they_rotate(paths: AppPaths) -> None:
    path = setup_logging(paths)
    root = logging.getLogger()
    handler = next(h for h in root.handlers if getattr(h, "baseFilename", None) == str(path))
    try:
        logging.getLogger("test").warning("before the rollover")
        handler.doRollover()  # type: ignore[attr-defined]
        logging.getLogger("test").warning("after the rollover")
        assert mode(path) == 0o600
        assert mode(path.with_name(path.name + ".1")) == 0o600
    finally:
        root.removeHandler(handler)
        handler.close()


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_a_plan_exported_into_the_data_folder_is_private_elsewhere_the_usual_mode(
    paths: AppPaths, tmp_path: Path
) -> None:
    inside = paths.data_dir / "plan.ics"
    outside = tmp_path / "shared" / "plan.ics"
    outside.parent.mkdir()
    assert export_plan([], inside, TEST_NOW, paths.data_dir) == 0
    export_plan([], outside, TEST_NOW, paths.data_dir)
    assert mode(inside) == 0o600
    assert mode(outside) == 0o644  # what the person's umask gives a new file
    assert sorted(p.name for p in outside.parent.iterdir()) == ["plan.ics"]  # no .tmp left


@pytest.mark.skipif(not POSIX, reason="file modes are POSIX")
def test_doctor_finds_open_modes_repairs_them_and_leaves_no_wal_behind(
    paths: AppPaths, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    Database.open(paths.db_path, TEST_NOW).close()
    assert not (paths.data_dir / "ownvoice.db-wal").exists()
    paths.data_dir.chmod(0o755)
    paths.settings_path.write_text("{}")
    paths.settings_path.chmod(0o644)

    checks = _doctor_json(paths.data_dir, capsys, monkeypatch, expect=0)
    assert checks["modes"]["level"] == "warning"
    assert f"{paths.settings_path} is 0644, should be 0600" in checks["modes"]["detail"]
    report = _doctor_json(paths.data_dir, capsys, monkeypatch, "--repair", expect=0, whole=True)
    assert sorted(report["repaired"]) == sorted(
        [f"{paths.data_dir}: 0755 -> 0700", f"{paths.settings_path}: 0644 -> 0600"]
    )
    assert {c["name"]: c["level"] for c in report["checks"]}["modes"] == "ok"
    assert mode(paths.data_dir) == 0o700 and mode(paths.settings_path) == 0o600
    leftovers = sorted(p.name for p in paths.data_dir.iterdir())
    assert leftovers == ["ownvoice.db", "settings.json"]  # no -wal, no -shm


def test_doctor_names_the_newest_backup(paths: AppPaths, capsys: Any, monkeypatch: Any) -> None:
    Database.open(paths.db_path, TEST_NOW).close()
    paths.backups_dir.mkdir()
    copy = paths.backups_dir / "ownvoice-rev0005-20260101T000000Z.db"
    shutil.copyfile(paths.db_path, copy)
    checks = _doctor_json(paths.data_dir, capsys, monkeypatch, expect=0)
    assert str(copy) in checks["backups"]["detail"]


# -- settings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b'{"general/language": "fi\xff"}', b'{"general/language": ', b'["fi"]', b"[" * 100_000],
    ids=["not UTF-8", "not JSON", "not an object", "too deep"],
)
def test_a_damaged_settings_file_is_kept_aside_and_the_defaults_apply(
    paths: AppPaths, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    paths.settings_path.write_bytes(content)
    with caplog.at_level(logging.WARNING):
        settings = SettingsService(SettingsFile(paths.settings_path))  # as main.py's start
    assert settings.get(LANGUAGE) == SYSTEM
    kept = paths.data_dir / "settings.json.damaged-1"
    assert kept.read_bytes() == content and not paths.settings_path.exists()
    assert "damaged" in caplog.text
    settings.set(LANGUAGE, "sv")  # and the person's next choice is saved as usual
    assert json.loads(paths.settings_path.read_text())[LANGUAGE] == "sv"
