"""Settings → Coach sync and the status bar, against a real WebDAV server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain import settings as decl
from app.domain.sync.model import PASSWORD_KEY, Problem, SyncMode, SyncStatus
from app.services.system.secrets import SERVICE
from app.ui.context import AppContext
from app.ui.sync.controller import SyncController
from app.ui.sync.panel import CoachSyncPanel
from app.ui.sync.status import SyncStatusLabel
from tests.conftest import MemoryKeyring
from tests.sync.conftest import queue_files
from tests.sync.davserver import PASSWORD, USER, DavServer


@pytest.fixture
def dav(tmp_path: Path) -> Iterator[DavServer]:
    server = DavServer(tmp_path / "server").start()
    yield server
    server.stop()


def panel_for(qtbot: QtBot, ctx: AppContext) -> CoachSyncPanel:
    panel = CoachSyncPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def fill(qtbot: QtBot, panel: CoachSyncPanel, url: str, user: str, password: str) -> None:
    for field, text in ((panel.url, url), (panel.user, user), (panel.password, password)):
        field.clear()
        qtbot.keyClicks(field, text)


def test_saving_puts_the_password_in_the_keychain_and_the_rest_in_settings(
    qtbot: QtBot, open_ctx: AppContext, dav: DavServer, memory_keyring: MemoryKeyring
) -> None:
    panel = panel_for(qtbot, open_ctx)
    fill(qtbot, panel, dav.url, USER, PASSWORD)
    with qtbot.waitSignal(panel.saved):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.result.text() == "Saved. The password is in your system keychain."
    assert panel.password.text() == ""
    assert memory_keyring.store[(SERVICE, PASSWORD_KEY)] == PASSWORD
    assert open_ctx.settings.get(decl.SYNC_URL) == dav.url
    assert PASSWORD not in open_ctx.paths.settings_path.read_text(encoding="utf-8")
    with qtbot.waitSignal(panel.tested) as answer:
        qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    assert answer.args == [None] and panel.result.text() == "Connection works."


def test_test_connection_says_what_is_wrong_in_plain_words(
    qtbot: QtBot, open_ctx: AppContext, dav: DavServer
) -> None:
    panel = panel_for(qtbot, open_ctx)
    fill(qtbot, panel, dav.url, USER, "wrong")
    with qtbot.waitSignal(panel.tested):
        qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    assert panel.result.text() == "The server did not accept the user name or password."
    fill(qtbot, panel, "http://cloud.example.com/dav", USER, PASSWORD)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "https://" in panel.result.text()
    assert open_ctx.settings.get(decl.SYNC_URL) == ""  # not saved
    panel.mode.setCurrentIndex(panel.mode.findData(SyncMode.DROP.value))
    fill(qtbot, panel, dav.drop_url, "", "")
    assert panel.config().mode is SyncMode.DROP


def test_the_status_bar_shows_files_waiting_then_sent(
    qtbot: QtBot, open_ctx: AppContext, dav: DavServer
) -> None:
    open_ctx.secrets.set(PASSWORD_KEY, PASSWORD)
    db = open_ctx.database
    assert db is not None
    queue_files(db, open_ctx.clock, 2)  # type: ignore[arg-type]
    controller = SyncController(open_ctx)
    label = SyncStatusLabel(controller)
    qtbot.addWidget(label)
    assert not label.isVisibleTo(label.parentWidget() or label) and not label.action.isVisible()
    port = dav.port
    dav.stop()
    open_ctx.settings.set(decl.SYNC_URL, f"http://127.0.0.1:{port}/dav")
    open_ctx.settings.set(decl.SYNC_USER, USER)
    assert label.action.isVisible()
    with qtbot.waitSignal(controller.finished):
        controller.sync_now()
    # (English plural forms come with the merged ownvoice_en.ts: "2 files", here "2 file(s)")
    assert label.text().startswith("The server cannot be reached now; files wait and go later. ·")
    assert label.text().endswith(" waiting") and "2 file" in label.text()
    dav.start()
    with qtbot.waitSignal(controller.finished):
        label.action.trigger()
    assert label.text().startswith("Synced ") and "waiting" not in label.text()
    assert len(dav.files()) == 2


def test_status_words(qtbot: QtBot, open_ctx: AppContext) -> None:
    label = SyncStatusLabel(SyncController(open_ctx))
    qtbot.addWidget(label)
    assert label.text_for(SyncStatus(None, 0, 0, None)) == "Not synced yet"
    full = SyncStatus(None, 3, 1, Problem.SERVER_FULL)
    words = label.text_for(full).split(" · ")
    assert words[0] == "Sync: The server has no room left; files wait until there is some."
    assert words[1].startswith("3 file") and words[1].endswith("waiting")
    assert words[2].startswith("1 file") and words[2].endswith("in conflict")


def test_the_weekly_file_also_goes_to_the_outbox_when_sync_is_set_up(
    qtbot: QtBot, open_ctx: AppContext, dav: DavServer, tmp_path: Path
) -> None:
    from app.domain.exchange.schedule import WeeklyPlan
    from app.storage.sync import outbox
    from app.ui.exchange.weekly import WeeklyExport, write_plan

    folder = tmp_path / "shared drive"
    folder.mkdir()
    write_plan(open_ctx.settings, WeeklyPlan(str(folder), open_ctx.clock.today().weekday(), None))
    open_ctx.settings.set(decl.SYNC_URL, dav.url)
    queued: list[bool] = []
    open_ctx.hub.syncQueued.connect(lambda: queued.append(True))
    WeeklyExport(open_ctx).check()
    (saved,) = folder.iterdir()
    db = open_ctx.database
    assert db is not None
    with db.session() as session:
        (item,) = outbox.items(session)
        assert outbox.content_of(session, item.id) == saved.read_bytes()  # the same file
    assert item.name.startswith(saved.name.removesuffix(".ownvoice")) and queued == [True]


def test_without_a_keychain_the_window_asks_once_and_says_why(
    qtbot: QtBot, open_ctx: AppContext, dav: DavServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backends import fail
    from PySide6.QtWidgets import QInputDialog

    from app.services.system.secrets import SecretStore

    keyring.set_keyring(fail.Keyring())  # a Linux box without a desktop session
    open_ctx.secrets = SecretStore()
    asked: list[str] = []

    def get_text(_parent: object, _title: str, label: str, *_args: object) -> tuple[str, bool]:
        asked.append(label)
        return PASSWORD, True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    db = open_ctx.database
    assert db is not None
    queue_files(db, open_ctx.clock, 1)  # type: ignore[arg-type]
    open_ctx.settings.set(decl.SYNC_URL, dav.url)
    open_ctx.settings.set(decl.SYNC_USER, USER)
    controller = SyncController(open_ctx)
    label = SyncStatusLabel(controller)
    qtbot.addWidget(label)
    controller.sync()
    assert len(asked) == 1 and "no system keychain" in asked[0]
    assert len(dav.files()) == 1  # sent right after the answer
    open_ctx.secrets = SecretStore()  # the password forgotten (as after a restart)...
    controller.sync()
    assert len(asked) == 1  # ...but asked only once per session
    assert "password is needed" in label.text()
    assert not [p for p in open_ctx.paths.data_dir.rglob("*")
                if p.is_file() and PASSWORD.encode() in p.read_bytes()]  # fmt: skip


def test_coach_mode_opens_the_server_folder_and_works_from_the_copy_offline(
    qtbot: QtBot, open_ctx: AppContext, dav: DavServer
) -> None:
    from datetime import date

    from app.cli.words import EnglishWords
    from app.services.demo.cohort import write_cohort
    from app.ui.pages.cohort import CohortPage
    from tests.ui.conftest import show

    write_cohort(dav.folder, 4, seed=3, today=date(2026, 5, 13), words=EnglishWords())
    page = CohortPage(open_ctx, "Cohort")
    page.ensure_built()
    show(qtbot, page)
    assert not page.server_button.isVisible()  # no coach sync set up: no such button
    open_ctx.secrets.set(PASSWORD_KEY, PASSWORD)
    open_ctx.settings.set(decl.SYNC_USER, USER)
    open_ctx.settings.set(decl.SYNC_URL, dav.url)
    assert page.server_button.isVisible()
    messages: list[str] = []
    open_ctx.hub.statusMessage.connect(messages.append)
    qtbot.mouseClick(page.server_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    assert "fetched from the server" in messages[-1] and messages[-1].startswith("4 ")
    dav.stop()
    qtbot.mouseClick(page.server_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    assert messages[-1] == ("The server cannot be reached now; showing the copy on this computer.")


def test_a_drop_links_token_goes_to_the_keychain_and_the_panel_shows_it_kept(
    qtbot: QtBot, open_ctx: AppContext, dav: DavServer, memory_keyring: MemoryKeyring
) -> None:
    from tests.sync.davserver import DROP_TOKEN

    panel = panel_for(qtbot, open_ctx)
    panel.mode.setCurrentIndex(panel.mode.findData(SyncMode.DROP.value))
    fill(qtbot, panel, dav.token_drop_url, "", "")
    with qtbot.waitSignal(panel.saved):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.result.text() == "Saved. The file drop link's key is in your system keychain."
    assert memory_keyring.store[(SERVICE, "sync/drop_token")] == DROP_TOKEN
    assert panel.url.text().endswith("/public.php/dav/files/token-in-keychain")
    assert DROP_TOKEN not in open_ctx.paths.settings_path.read_text(encoding="utf-8")
    with qtbot.waitSignal(panel.saved):  # saved again as shown: the token stays
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert memory_keyring.store[(SERVICE, "sync/drop_token")] == DROP_TOKEN
    with qtbot.waitSignal(panel.tested) as answer:  # the token is put back for the server
        qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    assert answer.args == [None] and panel.result.text() == "Connection works."


def test_a_drop_link_from_before_the_keychain_moves_its_token_there_at_the_next_sync(
    qtbot: QtBot, open_ctx: AppContext, dav: DavServer, memory_keyring: MemoryKeyring
) -> None:
    from tests.sync.davserver import DROP_TOKEN

    db = open_ctx.database
    assert db is not None
    queue_files(db, open_ctx.clock, 1)  # type: ignore[arg-type]
    # As an earlier version saved it: the whole link, token and all, in the settings file.
    open_ctx.settings.set(decl.SYNC_MODE, SyncMode.DROP.value)
    open_ctx.settings.set(decl.SYNC_URL, dav.token_drop_url)
    assert DROP_TOKEN in open_ctx.paths.settings_path.read_text(encoding="utf-8")
    controller = SyncController(open_ctx)
    with qtbot.waitSignal(controller.finished):
        controller.sync_now()
    assert memory_keyring.store[(SERVICE, "sync/drop_token")] == DROP_TOKEN
    assert DROP_TOKEN not in open_ctx.paths.settings_path.read_text(encoding="utf-8")
    assert open_ctx.settings.get_str(decl.SYNC_URL).endswith("/token-in-keychain")
    assert len(list(dav.token_drop.iterdir())) == 1  # the file went, the token from the keychain
    with qtbot.waitSignal(controller.finished):  # the next sync works from the keychain
        controller.sync_now()
