"""Small shared widget helpers: fonts, wrapped labels, emptying a layout."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget


def heading_font(base: QFont, scale: float = 1.6) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * scale)
    font.setBold(True)
    return font


def wrapped_label(parent: QWidget | None = None, *, selectable: bool = False) -> QLabel:
    from PySide6.QtCore import Qt  # see PAGE_ID_ROLE in main_window: not on the shell's path

    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def clear_layout(layout: QBoxLayout) -> None:
    """Take every item out of a layout, and delete its widgets (hidden at once, gone later)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
