"""Small shared widget helpers: fonts, wrapped labels, emptying a layout."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QWidget


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


def layout_entries(layout: QLayout) -> list[QWidget | QLayout]:
    """The widgets and inner layouts directly in ``layout``, in its order.

    Never through ``layout.itemAt()``: PySide keeps every ``QLayoutItem`` it hands out alive
    as a child of the layout's wrapper, but Qt deletes the item by itself when its widget goes
    away. The Python wrapper then points at freed memory, and a widget made later at the same
    address comes back to Python as a ``QWidgetItem`` (an ``AttributeError``) or crashes the
    process. Widgets and layouts are QObjects, which PySide follows safely.
    """
    from PySide6.QtCore import Qt

    host = layout.parentWidget()
    found: list[tuple[int, QWidget | QLayout]] = []
    if host is not None:
        for widget in host.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            index = layout.indexOf(widget)
            if index >= 0:
                found.append((index, widget))
    for child in layout.children():
        if isinstance(child, QLayout):
            index = layout.indexOf(child)
            if index >= 0:
                found.append((index, child))
    return [entry for _, entry in sorted(found, key=lambda pair: pair[0])]


def layout_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets directly in ``layout``, in its order (see ``layout_entries``)."""
    return [entry for entry in layout_entries(layout) if isinstance(entry, QWidget)]
