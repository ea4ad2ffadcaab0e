"""The Drafts page by keyboard and screen reader, and in the language of the moment (issue 22
items 1, 3, 4, 9; issue 13 items 9 and 10)."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QToolButton
from pytestqt.qtbot import QtBot

from app.domain.drafts.networks import Network
from app.ui.kit.i18n import Translations
from tests.ui.test_drafts_check import page_with_draft, typed
from tests.ui.test_drafts_page import CLICHE
from tests.ui.walk import tab_stops

__all__ = ["page_with_draft"]  # a fixture

LONG = (
    "Last week I tested a new seal for a hydrogen pipe. Three things surprised me, and none of "
    "them was the one I expected.\n\nFirst, the leaks were in the joints. Second, frost was no "
    "problem. Third, the best finding came from the fitter.\n\nWhat have you learned?"
)


def active(qtbot: QtBot, page: Any) -> None:
    page.window().activateWindow()
    qtbot.waitUntil(page.window().isActiveWindow)


def test_tab_moves_on_from_every_editor_and_the_source(qtbot: QtBot, page_with_draft: Any) -> None:
    page = page_with_draft
    active(qtbot, page)
    page.editor.panel.source_toggle.setChecked(True)
    fields = [(n, page.editor.editors[n].edit) for n in Network]
    fields.append((Network.LINKEDIN, page.editor.panel.source))
    for network, field in fields:
        page.editor.select_network(network)
        field.setFocus(Qt.FocusReason.TabFocusReason)
        assert QApplication.focusWidget() is field
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert field.toPlainText() == "", network  # no tab character typed
        assert QApplication.focusWidget() is not field, network  # focus moved on
        # Ctrl+Tab inserts nothing and switches neither the network nor the page's tab.
        field.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(field, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert field.toPlainText() == ""
        assert page.editor.current_network() is network
        assert page.tabs.currentIndex() == 0


def test_forward_tab_reaches_every_control_of_the_editor_and_the_check(
    qtbot: QtBot, page_with_draft: Any
) -> None:
    page = page_with_draft
    typed(qtbot, page, CLICHE)
    active(qtbot, page)
    editor = page.editor
    linkedin = editor.editors[Network.LINKEDIN]
    want = {
        "Copy": linkedin.copy_button,
        "Open in LinkedIn": linkedin.open_button,
        "Carry over to…": linkedin.carry_button,
        "the starter": editor.starter_box,
        "Insert starter": editor.insert_button,
        "Dismiss": editor.panel.rows[0].dismiss,
        "Paste it here": editor.panel.source_toggle,
    }
    editor.title.setFocus(Qt.FocusReason.TabFocusReason)
    stops = tab_stops(page.window(), 60)
    missed = [name for name, widget in want.items() if widget not in stops]
    assert missed == []
    # In the order they are seen: the text's buttons, the text, the starter, then the check.
    order = [stops.index(w) for w in want.values()]
    assert order == sorted(order)


def test_controls_have_names_a_person_would_say(
    qtbot: QtBot, page_with_draft: Any, translations: Translations
) -> None:
    page = page_with_draft
    editor = page.editor
    names = {network: editor.editors[network].edit.accessibleName() for network in Network}
    assert names[Network.LINKEDIN] == "Text for LinkedIn"
    assert names[Network.BLOG] == "Text for Blog"
    assert page.inbox.capture.accessibleName() == "New idea"
    assert page.inbox.tags.accessibleName() == "Tags for the new idea"
    assert page.inbox.ideas.accessibleName() == "Ideas"
    assert page.inbox.drafts.accessibleName() == "Drafts"
    assert editor.title.accessibleName() == "Working title"
    assert editor.starter_box.accessibleName() == "Starter"
    assert editor.panel.source.accessibleName() == "The text you respond to"
    calendar = page.plan.calendar
    buttons = {b.objectName(): b.accessibleName() for b in calendar.findChildren(QToolButton)}
    assert buttons["qt_calendar_prevmonth"] == "Previous month"
    assert buttons["qt_calendar_nextmonth"] == "Next month"
    view = calendar.findChild(QAbstractItemView, "qt_calendar_calendarview")
    assert view is not None and view.accessibleName() == "Calendar of planned posts"
    # Labels are read as their words: none carries a name of its own.
    for label in page.findChildren(QLabel):
        assert label.accessibleName() in ("", label.text()), label.objectName()
    translations.apply("fi")
    QCoreApplication.processEvents()
    assert editor.editors[Network.LINKEDIN].edit.accessibleName() == "Teksti: LinkedIn"
    assert page.inbox.tags.accessibleName() == "Uuden idean tunnisteet"
    assert editor.starter_box.accessibleName() == "Aloitus"


def test_all_seven_networks_show_in_a_narrow_editor(qtbot: QtBot, page_with_draft: Any) -> None:
    page = page_with_draft
    page.window().resize(900, 600)
    QCoreApplication.processEvents()
    picker = page.editor.network_buttons[Network.LINKEDIN].parentWidget()
    assert picker.width() < 300
    for network, button in page.editor.network_buttons.items():
        assert button.isVisible(), network
        assert picker.rect().contains(button.geometry()), network
        assert button.width() >= button.sizeHint().width(), network  # its name is not cut
    # One Tab stop for all seven; the arrow keys choose among them.
    buttons = list(page.editor.network_buttons.values())
    assert all(b.autoExclusive() and b.isCheckable() for b in buttons)


def test_the_fold_line_and_plan_dates_follow_a_language_switch(
    qtbot: QtBot, page_with_draft: Any, translations: Translations
) -> None:
    page = page_with_draft
    typed(qtbot, page, LONG)
    fold = page.editor.editors[Network.LINKEDIN].fold_label
    assert fold.text() == "Opening line above “…see more”: phone ✓ yes, desktop ✓ yes"
    assert page.editor.draft is not None
    page.editor.plan(Network.LINKEDIN, datetime(2026, 12, 3, 9, 30))
    qtbot.waitUntil(lambda: page.plan.list.count() == 1)
    english = page.plan.list.item(0).text()
    assert "2026-12-03" not in english and english.startswith("03/12/2026")
    translations.apply("fi")
    QCoreApplication.processEvents()
    assert (
        fold.text() == "Avausrivi ennen ”…näytä lisää” -linkkiä: puhelin ✓ kyllä, tietokone ✓ kyllä"
    )
    assert page.plan.list.item(0).text().startswith("3.12.2026 9.30")
    translations.apply("sv")
    QCoreApplication.processEvents()
    assert fold.text().startswith("Inledningen ovanför ”…visa mer”: mobil ✓ ja")
    assert page.plan.list.item(0).text().startswith("3.12.2026 9.30")  # as sv_FI writes it


@pytest.mark.parametrize("which", ["ideas", "drafts"])
def test_list_items_wrap_apart_and_never_scroll_sideways(
    qtbot: QtBot, page_with_draft: Any, which: str
) -> None:
    page = page_with_draft
    long_title = "A rather long working title for a draft about hydrogen pipe seals " * 2
    page.editor.title.setText(long_title)
    page.editor.title.editingFinished.emit()
    page.inbox.capture.setText("An idea that is long enough to need three lines in the list")
    page.inbox.tags.setText("seals, field")
    page.inbox.capture.returnPressed.emit()
    shown = getattr(page.inbox, which)
    qtbot.waitUntil(lambda: shown.count() >= 1)
    QCoreApplication.processEvents()
    assert not shown.horizontalScrollBar().isVisible()
    rects = [shown.visualItemRect(shown.item(i)) for i in range(shown.count())]
    one_line = shown.fontMetrics().height()
    assert rects[0].height() > 2 * one_line  # wrapped, with its detail below
    assert all(r.right() <= shown.viewport().width() for r in rects)
    assert all(a.bottom() < b.top() for a, b in pairwise(rects))  # set apart


def test_the_arrow_keys_choose_the_network(qtbot: QtBot, page_with_draft: Any) -> None:
    page = page_with_draft
    active(qtbot, page)
    linkedin = page.editor.network_buttons[Network.LINKEDIN]
    linkedin.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(linkedin, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is page.editor.network_buttons[Network.X]
    assert page.editor.current_network() is Network.X
    assert page.editor.stack.currentWidget() is page.editor.editors[Network.X]


def test_the_plan_calendar_writes_weekends_readably(page_with_draft: Any) -> None:
    from PySide6.QtGui import QPalette

    from app.ui.kit.colors import TEXT, contrast

    calendar = page_with_draft.plan.calendar
    base = calendar.palette().color(QPalette.ColorRole.Base)
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        color = calendar.weekdayTextFormat(day).foreground().color()
        assert contrast(color, base) >= TEXT  # Qt's own red is 4.0:1
