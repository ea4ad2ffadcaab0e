"""No Python wrapper of a layout item outlives the item (app/ui/kit/layout_items.py).

Before the guard, putting a filled layout into another one left a ``QWidgetItem`` wrapper that
Qt's own deletion of the item never reached; the page walkers then met menus and windows that
came back to Python as ``QWidgetItem`` objects, and now and then a segmentation fault.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.kit.widgets import layout_entries, layout_widgets


def live_item_wrappers() -> int:
    gc.collect()
    return sum(
        1
        for o in gc.get_objects()
        if type(o).__name__ in {"QWidgetItem", "QWidgetItemV2"} and shiboken6.isValid(o)
    )


def test_filled_layouts_put_in_place_leave_no_item_wrappers(qtbot: QtBot) -> None:
    before = live_item_wrappers()
    host = QWidget()
    qtbot.addWidget(host)
    outer = QVBoxLayout(host)
    row = QHBoxLayout()
    button = QPushButton("Dismiss", host)
    row.addWidget(button)
    outer.addLayout(row, 1)  # Qt re-parents the row's widgets: the case that left wrappers
    other = QHBoxLayout()
    other.addWidget(QLabel("first", host))
    outer.insertLayout(0, other)
    inner = QWidget(host)
    filled = QVBoxLayout()
    filled.addWidget(QLabel("inside", inner))
    inner.setLayout(filled)
    assert live_item_wrappers() == before
    button.deleteLater()  # Qt deletes the button's item by itself
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert live_item_wrappers() == before


def test_a_layout_is_walked_in_order_without_its_items(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    outer = QVBoxLayout(host)
    first = QLabel("first", host)
    outer.addWidget(first)
    row = QHBoxLayout()
    outer.addLayout(row)
    last = QLabel("last", host)
    outer.addWidget(last)
    inside = QLabel("inside", host)
    row.addWidget(inside)
    before = live_item_wrappers()
    assert layout_entries(outer) == [first, row, last]
    assert layout_widgets(outer) == [first, last]
    assert layout_widgets(row) == [inside]
    assert live_item_wrappers() == before
