"""The Drafts page at 1024x600 as the demo person sees it (issue 13 items 1 and 10): nothing
scrolls sideways, and the draft's own buttons are on screen without scrolling, in every
language."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QListWidgetItem, QStyleOptionViewItem, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.domain.drafts.networks import Network
from app.ui.drafts.inbox import wrapping_list
from app.ui.drafts.list_delegate import DETAIL_ROLE
from app.ui.pages.drafts import DraftsPage
from tests.ui.pages_harness import LANGUAGES, OpenPage, demo_template, open_page

__all__ = ["demo_template", "open_page"]  # fixtures


def on_screen(widget: QWidget, page: DraftsPage) -> bool:
    viewport = page.scroll_area.viewport()
    shown = QRect(QPoint(0, 0), viewport.size())
    where = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return widget.isVisible() and shown.contains(where)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_drafts_buttons_are_on_screen_at_1024x600(
    open_page: OpenPage, language: str, qtbot: QtBot
) -> None:
    window = open_page("drafts", language, (1024, 600))
    page = window.current_page()
    assert isinstance(page, DraftsPage)
    assert page.scroll_area.horizontalScrollBar().maximum() == 0
    editor = page.editor
    linkedin = editor.editors[Network.LINKEDIN]
    wanted = {
        "Mark ready": editor.ready_button,
        "Mark as published": editor.publish_button,
        "Plan": editor.plan_button,
        "Copy": linkedin.copy_button,
        "Open in LinkedIn": linkedin.open_button,
        "Carry over": linkedin.carry_button,
        "the text": linkedin.edit,
        "the check": editor.side,
        **{network.value: button for network, button in editor.network_buttons.items()},
    }
    off = [name for name, widget in wanted.items() if not on_screen(widget, page)]
    assert off == []
    # The check shows its count at the top, and its notes, here on a stock phrase added to
    # whichever draft the demo opens first (some of them have nothing to flag).
    linkedin.edit.appendPlainText("Olemme ylpeitä voidessamme kertoa tästä.")
    qtbot.waitUntil(lambda: bool(editor.panel.rows))
    assert on_screen(editor.panel.count, page)


def test_wrapped_list_items_never_overlap_after_the_list_narrows(qtbot: QtBot) -> None:
    """The inbox lists wrap each item to the list's width. When the page settled narrower after
    the list was filled, Qt kept the items' places from the wider layout with their new, taller
    heights: the state line of a draft ("Utkast", "Klart") hid under the next item."""
    holder = QWidget()
    qtbot.addWidget(holder)
    items = wrapping_list(holder, "drafts")
    QVBoxLayout(holder).addWidget(items)
    holder.resize(400, 160)
    holder.show()
    qtbot.waitExposed(holder)
    titles = ["What I learnt from the hydrogen pipe tests", "Small decisions, big effects"] * 3
    for title in titles:
        item = QListWidgetItem(title)
        item.setData(DETAIL_ROLE, "Draft")
        items.addItem(item)
    qtbot.wait(20)
    holder.resize(215, 160)  # the page settles narrower, and the scroll bar appears
    qtbot.wait(300)
    rects = [items.visualRect(items.model().index(row, 0)) for row in range(len(titles))]
    for row, (rect, below) in enumerate(itertools.pairwise(rects)):
        assert rect.bottom() < below.top(), f"item {row} runs into the next"
    option = QStyleOptionViewItem()
    option.initFrom(items)
    delegate = items.itemDelegate()
    for row, rect in enumerate(rects):
        wanted = delegate.sizeHint(option, items.model().index(row, 0)).height()
        assert rect.height() >= wanted, f"item {row} is {rect.height()} px, needs {wanted}"
