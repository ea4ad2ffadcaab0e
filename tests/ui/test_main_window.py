"""The main window as a person uses it: welcome, sidebar by keyboard, about, remembered size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import __version__
from app.ui.context import AppContext
from app.ui.pages import registry
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import show


def test_an_empty_data_folder_opens_on_the_welcome(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    show(qtbot, window)
    page = window.current_page()
    assert page.heading.text() == "Welcome to OwnVoice"
    assert not window.side_panel.isVisible()
    intro = page.intro.text()  # type: ignore[attr-defined]
    assert intro.count(". ") + 1 == 3  # three sentences
    assert "never posts anything by itself" in intro


def test_get_started_with_the_keyboard_leads_into_the_app_for_good(
    qtbot: QtBot, ctx: AppContext
) -> None:
    window = MainWindow(ctx)
    show(qtbot, window)
    page = window.current_page()
    page.start_button.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(page.start_button, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    assert window.side_panel.isVisible()
    assert window.current_page() is window.pages[registry.ONBOARDING.id]
    assert window.sidebar.selectedItems() == []  # getting started is not a sidebar page
    window.sidebar.setFocus()  # the focus moving to the sidebar does not leave the page
    assert window.current_page() is window.pages[registry.ONBOARDING.id]
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.current_page() is again.pages[registry.PAGES[0].id]


def test_i_coach_others_starts_in_coach_mode_without_an_onboarding(
    qtbot: QtBot, ctx: AppContext
) -> None:
    window = MainWindow(ctx)
    show(qtbot, window)
    page = window.current_page()
    assert page.coach_button.text() == "I coach others"  # type: ignore[attr-defined]
    page.coach_button.click()  # type: ignore[attr-defined]
    assert window.coach_mode and window.side_panel.isVisible()
    assert window.current_page() is window.pages[registry.COHORT.id]
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == [spec.title for spec in registry.COACH_PAGES]
    again = MainWindow(ctx)  # the next start: coach mode again, no welcome, no onboarding
    qtbot.addWidget(again)
    assert again.coach_mode
    assert again.current_page() is again.pages[registry.COHORT.id]
    again.mode_button.click()  # their own journey is one click away, whenever they want it
    assert again.current_page() is again.pages[registry.PAGES[0].id]


def test_sidebar_lists_every_registered_page_and_ctrl_number_opens_them(
    qtbot: QtBot, ctx: AppContext
) -> None:
    window = MainWindow(ctx, start_page="settings")
    show(qtbot, window)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == [spec.title for spec in registry.PAGES]
    window.show_page(registry.WELCOME.id)
    window.show_page(registry.PAGES[0].id)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages[registry.PAGES[0].id]
    assert window.sidebar.currentRow() == 0


def test_the_current_page_follows_the_sidebar_selection(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, start_page="settings")
    show(qtbot, window)
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Home)
    assert window.current_page().heading.text() == registry.PAGES[0].title
    qtbot.keyClick(window.sidebar, Qt.Key.Key_End)
    assert window.current_page().heading.text() == "Settings"


def test_about_names_the_version_and_the_data_folder(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, start_page="settings")
    qtbot.addWidget(window)
    text = window.about_text()
    assert __version__ in text
    assert str(ctx.paths.data_dir) in text


def test_window_size_is_remembered(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, start_page="settings")
    show(qtbot, window)
    window.resize(700, 500)
    window.close()
    again = MainWindow(ctx, start_page="settings")
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_a_database_error_shows_a_banner_in_plain_words(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.paths.db_path.write_bytes(b"not a database at all" * 200)
    window = MainWindow(ctx, start_page="settings")
    show(qtbot, window)
    ctx.open_database()
    assert window.notices.isVisible()
    assert "damaged" in window.notices.text_of("database")
    assert window.current_page().content_ready  # the page still shows, with the problem


def test_busy_indicator_is_hidden_when_nothing_runs(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, start_page="settings")
    show(qtbot, window)
    assert not window.busy_label.isVisible()
    assert QApplication.instance() is not None


def _in_tray_window(
    qtbot: QtBot, ctx: AppContext, *, tray_setting: bool, tray: bool
) -> tuple[bool, MainWindow]:
    """Start as starting at login does; (whether the window was shown, the window)."""
    from app.domain import settings as decl
    from app.ui.shell.application import start_window

    ctx.settings.set(decl.TRAY, tray_setting)
    window = MainWindow(ctx, start_page="today")
    qtbot.addWidget(window)
    shown = start_window(ctx, window, in_tray=True, tray_available=lambda: tray)
    if shown:
        qtbot.waitExposed(window)
    else:
        qtbot.waitUntil(lambda: hasattr(window, "reminders"))
    return shown, window


def test_started_at_login_it_waits_in_the_tray_and_opens_from_it(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    shown, window = _in_tray_window(qtbot, open_ctx, tray_setting=True, tray=True)
    assert not shown and not window.isVisible()  # no window in front of the person's morning
    assert open_ctx.first_frame_done and window.reminders is not None  # type: ignore[attr-defined]
    assert window.is_showing_content()  # the page is ready for when it opens
    window.reminders.open_habits()  # type: ignore[attr-defined]  # "Open OwnVoice" in the tray
    qtbot.waitExposed(window)
    assert window.current_page() is window.pages["habits"]


def test_without_a_tray_the_window_opens_as_usual(qtbot: QtBot, open_ctx: AppContext) -> None:
    shown, window = _in_tray_window(qtbot, open_ctx, tray_setting=True, tray=False)
    assert shown and window.isVisible()


def test_with_the_tray_turned_off_the_window_opens_as_usual(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    shown, window = _in_tray_window(qtbot, open_ctx, tray_setting=False, tray=True)
    assert shown and window.isVisible()
