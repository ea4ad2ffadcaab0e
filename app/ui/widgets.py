"""Small shared widget helpers: fonts and wrapped labels."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


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
