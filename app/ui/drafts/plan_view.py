"""The plan: a calendar with the planned days in bold, the list of planned posts, .ics export."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.drafts.model import PlanEntry
from app.ui.drafts.texts import network_name
from app.ui.kit.widgets import wrapped_label


class PlanView(QWidget):
    """Signals:
    exportRequested(): the person wants the plan as an .ics file.
    """

    exportRequested = Signal()

    def __init__(self, parent: QWidget | None = None, *, today: date) -> None:
        """``today``: the page's today (ctx.clock); the calendar opens on it."""
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.calendar = QCalendarWidget(self)
        self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
        self.calendar.setGridVisible(False)
        self.calendar.setMinimumSize(320, 240)
        self.calendar.selectionChanged.connect(self._on_day_changed)
        layout.addWidget(self.calendar, 1)
        right = QVBoxLayout()
        self.intro = wrapped_label(self)
        right.addWidget(self.intro)
        self.list = QListWidget(self)
        self.list.setAccessibleName("plan")
        right.addWidget(self.list, 1)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.exportRequested)
        right.addWidget(self.export_button)
        layout.addLayout(right, 1)
        self.entries: list[PlanEntry] = []
        self._marked: list[date] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Planned posts. Days with a plan are in bold; export to see them in your "
                "calendar (exporting again updates the same events)."
            )
        )
        self.export_button.setText(self.tr("Export to calendar (.ics)…"))
        self.show_entries(self.entries)

    def show_entries(self, entries: list[PlanEntry]) -> None:
        self.entries = entries
        plain = QTextCharFormat()
        for day in self._marked:
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), plain)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        self._marked = sorted({e.when.date() for e in entries})
        for day in self._marked:
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), bold)
        self.list.clear()
        for entry in entries:
            when = entry.when.strftime("%Y-%m-%d %H:%M")
            self.list.addItem(f"{when}  {network_name(entry.network)}: {entry.title}")

    def _on_day_changed(self) -> None:
        day = self.calendar.selectedDate().toPython()
        for index, entry in enumerate(self.entries):
            if entry.when.date() >= day:  # type: ignore[operator]
                self.list.setCurrentRow(index)
                return
