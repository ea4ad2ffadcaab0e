"""The moves on the ladder: each change of stage, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.domain.journey.ladder import StageChange
from app.ui.guard import qt_override
from app.ui.journey.texts import week_label
from app.ui.kit.labels import label


class MovesList(QListWidget):
    """Each change of stage, newest first: "Week 12/2026: Commenter → Conversationalist"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes: list[StageChange] = []
        self.setAlternatingRowColors(True)

    @qt_override
    def sizeHint(self) -> QSize:
        rows = max(1, min(self.count(), 6))
        row = max(self.sizeHintForRow(0), self.fontMetrics().height() + 4)
        return QSize(super().sizeHint().width(), rows * row + 2 * self.frameWidth())

    def set_changes(self, changes: Sequence[StageChange]) -> None:
        self.changes = list(changes)
        self._fill()

    def texts(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]

    def _fill(self) -> None:
        self.clear()
        self.setAccessibleName(self.tr("Moves on the ladder"))
        for change in reversed(self.changes):
            text = self.tr("{week}: {before} → {after}").format(
                week=week_label(change.monday),
                before=label(change.from_stage),
                after=label(change.to_stage),
            )
            item = QListWidgetItem(text, self)
            item.setToolTip(
                self.tr("A step up") if change.is_up else self.tr("A quieter spell: a step down")
            )
        self.setFixedHeight(self.sizeHint().height())

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)
