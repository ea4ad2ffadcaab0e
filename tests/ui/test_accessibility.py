"""What a screen reader hears and where Tab goes, on every page (issue 22)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from app.ui.kit.i18n import Translations
from tests.ui.pages_harness import PAGES, OpenPage, demo_template, open_page
from tests.ui.walk import (
    Where,
    describe,
    is_plain_scroll_area,
    name_problems,
    reachable,
    shows_focus,
    spoken_names,
    tab_stops,
    untranslated,
)

__all__ = ["demo_template", "open_page"]  # fixtures
SIZE = (1100, 720)


@pytest.mark.parametrize("page", PAGES)
def test_every_control_has_a_name_a_person_would_say(
    open_page: OpenPage, translations: Translations, page: str
) -> None:
    """In English, then in Finnish in the same window: no control without a name, none named
    by an id or left in English, no label read as anything but its text."""
    window = open_page(page, "en", SIZE)
    found = name_problems(window, Where(page, "en", "1100x720"))
    english = spoken_names(window)
    translations.apply("fi")
    QCoreApplication.processEvents()
    finnish_where = Where(page, "fi", "1100x720")
    found += name_problems(window, finnish_where)
    found += untranslated(english, spoken_names(window), finnish_where)
    assert not found, "\n" + "\n".join(found)


@pytest.mark.parametrize("page", PAGES)
def test_tab_reaches_every_control_and_never_traps(
    qtbot: QtBot, open_page: OpenPage, page: str
) -> None:
    window = open_page(page, "en", SIZE)
    body = window.current_page()
    want = reachable(body)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # From where a person starts: the page list, or on a page without it the first control.
    start = window.sidebar if window.side_panel.isVisible() else want[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    stops = tab_stops(window, 3 * len(want) + 20)
    missed = [describe(w) for w in want if w not in stops]
    found = [f"{page}: never reached with Tab: {m}" for m in missed]
    found += [
        f"{page}: a Tab stop on a frame: {describe(s)}" for s in stops if is_plain_scroll_area(s)
    ]
    if window.side_panel.isVisible():
        entered = next((i for i, s in enumerate(stops) if body.isAncestorOf(s)), len(stops))
        back = any(window.side_panel.isAncestorOf(s) for s in stops[entered:])
        if not back:
            found.append(f"{page}: Tab never leaves the page again (a trap)")
    unseen = {s for s in stops if s.isVisible() and not shows_focus(s)}
    found += [f"{page}: no visible focus on {describe(s)}" for s in unseen]
    assert not found, "\n" + "\n".join(found)
