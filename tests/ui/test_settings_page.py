"""The Settings page: language and appearance change at once; the data panel tells the truth."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QGroupBox
from pytestqt.qtbot import QtBot

from app.domain import settings as decl
from app.storage.schema import SCHEMA_HEAD
from app.ui.context import AppContext
from app.ui.kit.theme import is_dark
from app.ui.pages.settings import SettingsPage
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import make_page, show


def settings_page(ctx: AppContext) -> SettingsPage:
    page = make_page(ctx, "settings")
    assert isinstance(page, SettingsPage)
    return page


def choose(qtbot: QtBot, combo: QComboBox, value: str) -> None:
    """Pick an entry with the keyboard, as a person would."""
    combo.setFocus()
    target = combo.findData(value)
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def test_switching_to_finnish_translates_the_open_window_at_once(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    window = MainWindow(open_ctx, start_page="settings")
    show(qtbot, window)
    page = window.current_page()
    assert isinstance(page, SettingsPage)
    choose(qtbot, page.editors[decl.LANGUAGE], "fi")  # type: ignore[arg-type]
    # Qt posts LanguageChange to every widget; the page retranslates when it arrives.
    qtbot.waitUntil(lambda: page.heading.text() == "Asetukset")
    assert window.sidebar.item(window.sidebar.count() - 1).text() == "Asetukset"
    assert page.data_panel.title() == "Tietosi"
    assert open_ctx.settings.get(decl.LANGUAGE) == "fi"
    # Qt's own strings are Finnish too (qtbase_fi.qm).
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") not in ("", "Cancel")
    choose(qtbot, page.editors[decl.LANGUAGE], "sv")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: page.heading.text() == "Inställningar")
    assert page.data_panel.title() == "Dina uppgifter"


def test_appearance_can_be_forced_dark_and_back(qtbot: QtBot, open_ctx: AppContext) -> None:
    page = settings_page(open_ctx)
    show(qtbot, page)
    choose(qtbot, page.editors[decl.THEME], "dark")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: is_dark(page.palette()))  # Qt delivers PaletteChange as an event
    choose(qtbot, page.editors[decl.THEME], "light")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not is_dark(page.palette()))
    choose(qtbot, page.editors[decl.THEME], "system")  # type: ignore[arg-type]
    assert open_ctx.settings.get(decl.THEME) == "system"


def test_the_data_panel_shows_the_folder_and_database(qtbot: QtBot, open_ctx: AppContext) -> None:
    page = settings_page(open_ctx)
    show(qtbot, page)
    assert page.content_ready
    assert page.data_panel.folder.text() == str(open_ctx.paths.data_dir)
    assert f"schema revision {SCHEMA_HEAD}" in page.data_panel.database.text()
    qtbot.mouseClick(page.data_panel.check_button, Qt.MouseButton.LeftButton)
    assert page.data_panel.check.text() == "No damage found."


def test_copy_path_puts_the_folder_on_the_clipboard(qtbot: QtBot, open_ctx: AppContext) -> None:
    page = settings_page(open_ctx)
    show(qtbot, page)
    qtbot.mouseClick(page.data_panel.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(open_ctx.paths.data_dir)


def test_passwords_show_only_once_something_uses_one(
    qtbot: QtBot, open_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With nothing asking for a password, no "Passwords" section raises the question."""
    monkeypatch.setattr(decl, "PASSWORDS", {})
    page = settings_page(open_ctx)
    show(qtbot, page)
    titles = [box.title() for box in page.findChildren(QGroupBox) if box.isVisible()]
    assert "Passwords" not in titles and page.keychain_panel is None
    # Coach sync keeps one:
    monkeypatch.undo()
    page = settings_page(open_ctx)
    show(qtbot, page)
    assert page.keychain_panel is not None and page.keychain_panel.title() == "Passwords"
    assert "system keychain" in page.keychain_panel.text.text()


def test_every_declared_setting_has_an_editor(qtbot: QtBot, open_ctx: AppContext) -> None:
    page = settings_page(open_ctx)
    qtbot.addWidget(page)
    plain = {k for k, s in decl.SETTINGS.items() if not decl.SECTIONS[s.section].own_panel}
    assert set(page.editors) == plain
    assert page.sync_panel.url.text() == ""  # coach sync's settings: its own panel


def test_a_language_chosen_on_the_welcome_shows_in_settings(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    window = MainWindow(open_ctx)
    show(qtbot, window)
    welcome = window.current_page()
    svenska = next(
        b
        for b in welcome.language_buttons  # type: ignore[attr-defined]
        if b.property("language") == "sv"
    )
    qtbot.mouseClick(svenska, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: welcome.heading.text() == "Välkommen till OwnVoice")
    settings = window.show_page("settings")
    assert isinstance(settings, SettingsPage)
    combo = settings.editors[decl.LANGUAGE]
    assert isinstance(combo, QComboBox)
    assert combo.currentData() == "sv"
