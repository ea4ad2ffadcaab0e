"""Helpers for the journey widget tests: a fixed today, a writer, and typing with the keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.services.clock import FixedClock
from app.services.journey import JourneyReader, JourneyWriter
from app.ui.context import AppContext

# A Wednesday: this week began on Monday 10 March.
TODAY = date(2025, 3, 12)
MONDAY = date(2025, 3, 10)


@pytest.fixture
def today(ctx: AppContext) -> date:
    """The app's clock on ``TODAY``."""
    ctx.clock = FixedClock(TODAY)
    return TODAY


def writer(ctx: AppContext) -> JourneyWriter:
    assert ctx.database is not None and ctx.reader is not None
    return JourneyWriter(ctx.database, ctx.reader)


def reader(ctx: AppContext) -> JourneyReader:
    assert ctx.reader is not None
    return JourneyReader(ctx.reader)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_keys(qtbot: QtBot, text: str) -> None:
    """Type into whatever has the keyboard focus, as a person would."""
    qtbot.keyClicks(focused(), text)


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make a shown window the active one (the offscreen platform does not do it by itself)."""
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 30) -> None:
    """Press Tab until ``target`` has the focus (fails if it never gets there).

    Date fields take one Tab per section (day, month, year), as Qt's date editors do.
    """
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is target
