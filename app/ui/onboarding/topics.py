"""A list of topics to type into: a field (Enter adds), the list (Delete removes) and two buttons.

Used by the expertise step of getting started and by Settings → You, so that topics are edited
the same way in both places.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.guard import qt_override, soon
from app.ui.onboarding.common import push_button

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TopicList(QWidget):
    """Signals:
    changed(): a topic was added or removed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        entry_row = QHBoxLayout()
        self.entry = QLineEdit(self)
        self.entry.installEventFilter(self)
        self.add = push_button(self)
        self.add.clicked.connect(self._on_add_clicked)
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.add)
        column.addLayout(entry_row)
        list_row = QHBoxLayout()
        self.topics = QListWidget(self)
        self.topics.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.topics.setMaximumHeight(self.topics.fontMetrics().height() * 6)
        self.topics.installEventFilter(self)
        self.remove = push_button(self)
        self.remove.clicked.connect(self._on_remove_clicked)
        list_row.addWidget(self.topics, 1)
        list_row.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(list_row)
        self._update_buttons()

    def value(self) -> tuple[str, ...]:
        return tuple(self.topics.item(row).text() for row in range(self.topics.count()))

    def set_value(self, topics: tuple[str, ...]) -> None:
        self.topics.clear()
        self.topics.addItems(list(topics))
        self.entry.clear()
        self._update_buttons()

    def retranslate(self) -> None:
        self.entry.setAccessibleName(self.tr("New topic"))
        self.entry.setPlaceholderText(self.tr("For example: energy-efficient buildings"))
        self.add.setText(self.tr("Add topic"))
        self.topics.setAccessibleName(self.tr("Your topics"))
        self.remove.setText(self.tr("Remove topic"))

    @qt_override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.entry and key in _ENTER and self.entry.text().strip():
                soon(self._on_add_clicked)
                return True  # Enter adds the topic; on an empty field it goes on (Next)
            if watched is self.topics and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                soon(self._on_remove_clicked)
                return True
        return super().eventFilter(watched, event)

    def _on_add_clicked(self) -> None:
        text = " ".join(self.entry.text().split())
        if text and text.casefold() not in {t.casefold() for t in self.value()}:
            self.topics.addItem(text)
        self.entry.clear()
        self._update_buttons()
        self.changed.emit()

    def _on_remove_clicked(self) -> None:
        row = self.topics.currentRow()
        if row >= 0:
            self.topics.takeItem(row)
            self._update_buttons()
            self.changed.emit()

    def _update_buttons(self) -> None:
        self.remove.setEnabled(self.topics.count() > 0)
