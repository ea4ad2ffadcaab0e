"""Storage problems in the window: said in plain words with what to do, never "loading" for ever
and never a bug report (issue 11)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from app.main import main
from app.storage.errors import DiskFullError, MigrationFailedError
from app.ui.context import AppContext
from app.ui.pages.today import TodayPage
from app.ui.shell.main_window import DATABASE_NOTICE, STORAGE_NOTICE, MainWindow
from tests.fixed_clock import TEST_DAY
from tests.ui.conftest import show


def damage_the_activity_table(db: Path) -> None:
    """Overwrite a few pages of the activity table's b-tree, as a failing disk would."""
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = int(con.execute("PRAGMA page_size").fetchone()[0])
    root = int(
        con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'activity'").fetchone()[0]
    )
    con.close()
    with db.open("r+b") as file:
        for page in range(root + 1, root + 4):
            file.seek((page - 1) * page_size + 8)
            file.write(b"\xff" * 300)


@pytest.fixture
def demo_folder(ctx: AppContext) -> Iterator[AppContext]:
    data = str(ctx.paths.data_dir)
    assert main(["--data-dir", data, "demo", "--years", "1", "--today", str(TEST_DAY)]) == 0
    yield ctx


def no_bug_dialog() -> bool:
    return not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def test_a_damaged_page_is_said_plainly_and_today_stops_loading(
    qtbot: QtBot, demo_folder: AppContext
) -> None:
    ctx = demo_folder
    damage_the_activity_table(ctx.paths.db_path)
    window = MainWindow(ctx, start_page="today")
    show(qtbot, window)
    ctx.open_database()
    qtbot.waitUntil(lambda: window.notices.is_showing(DATABASE_NOTICE))
    text = window.notices.text_of(DATABASE_NOTICE)
    assert "damaged" in text and "backups" in text
    buttons = [b.text() for b in window.notices.bars[DATABASE_NOTICE].action_buttons]
    assert buttons == ["Open the backups folder", "Open the data folder"]
    today = window.current_page()
    assert isinstance(today, TodayPage)
    assert today.content_ready
    assert today.stage_line.text() == "Your journey cannot be opened just now."
    assert no_bug_dialog()  # not "OwnVoice ran into a bug"


def test_a_full_disk_on_a_save_is_one_notice_and_the_app_goes_on(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    ctx = open_ctx
    window = MainWindow(ctx, start_page="today")
    show(qtbot, window)
    today = window.current_page()
    assert isinstance(today, TodayPage)
    qtbot.waitUntil(lambda: today.data is not None)
    con = sqlite3.connect(ctx.paths.db_path)
    pages = int(con.execute("PRAGMA page_count").fetchone()[0])
    con.close()

    def full(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")  # as a full disk

    assert ctx.database is not None
    event.listen(ctx.database.engine, "connect", full)
    ctx.database.engine.dispose()  # new connections get the limit
    for note in ("x" * 200_000, "y" * 200_000):  # twice: still one notice
        today.quick_log.note.setText(note)
        today.quick_log.submit()
    key = f"{STORAGE_NOTICE}:{DiskFullError.__name__}"
    assert window.notices.is_showing(key)
    assert "is full" in window.notices.text_of(key)
    assert list(window.notices.bars) == [key]
    assert ctx.database_error is None  # the store is still usable
    assert no_bug_dialog()


def test_a_failed_upgrade_at_start_is_shown_with_its_backup(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = ctx.paths.backups_dir / "ownvoice-0006.db"

    def failing(*_args: object) -> None:
        raise MigrationFailedError(ctx.paths.db_path, detail="no such table", backup=str(backup))

    monkeypatch.setattr("app.ui.context.prepare_store", failing)
    window = MainWindow(ctx, start_page="today")
    show(qtbot, window)
    ctx.open_database()
    assert window.notices.is_showing(DATABASE_NOTICE)
    assert str(backup) in window.notices.text_of(DATABASE_NOTICE)
    today = window.current_page()
    assert isinstance(today, TodayPage)
    assert today.content_ready
    assert "cannot be opened" in today.stage_line.text()
