"""The plan: a calendar with the planned days in bold, the list of planned posts, .ics export."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QFont, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.drafts.model import PlanEntry
from app.ui.drafts.texts import network_name
from app.ui.guard import qt_override
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
        self.calendar.setObjectName("planCalendar")
        self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
        self.calendar.setGridVisible(False)
        self.calendar.setMinimumSize(240, 220)
        self.calendar.selectionChanged.connect(self._on_day_changed)
        layout.addWidget(self.calendar, 1)
        right = QVBoxLayout()
        self.intro = wrapped_label(self)
        right.addWidget(self.intro)
        self.list = QListWidget(self)
        self.list.setObjectName("plan")
        self.list.setWordWrap(True)
        right.addWidget(self.list, 1)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.exportRequested)
        right.addWidget(self.export_button)
        layout.addLayout(right, 1)
        self.entries: list[PlanEntry] = []
        self._marked: list[date] = []
        self._weekends_readable()
        self.retranslate()

    def _weekends_readable(self) -> None:
        """Qt writes Saturdays and Sundays in pure red, 4.0:1 on white: in the text's colour
        instead (the header still names the days)."""
        plain = QTextCharFormat()
        plain.setForeground(self.palette().color(QPalette.ColorRole.Text))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(day, plain)

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._weekends_readable()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Planned posts. Days with a plan are in bold; export to see them in your "
                "calendar (exporting again updates the same events)."
            )
        )
        self.export_button.setText(self.tr("Export to calendar (.ics)…"))
        self.list.setAccessibleName(self.tr("Planned posts"))
        self.calendar.setAccessibleName(self.tr("Calendar of planned posts"))
        names = {
            "qt_calendar_prevmonth": self.tr("Previous month"),
            "qt_calendar_nextmonth": self.tr("Next month"),
        }
        for button in self.calendar.findChildren(QToolButton):
            if button.objectName() in names:
                button.setAccessibleName(names[button.objectName()])
                button.setToolTip(names[button.objectName()])
        view = self.calendar.findChild(QAbstractItemView, "qt_calendar_calendarview")
        if view is not None:
            view.setAccessibleName(self.tr("Calendar of planned posts"))
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
        locale = QLocale()  # the language of the moment: formatted again on a switch
        for entry in entries:
            at = entry.when
            when = locale.toString(
                QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute)),
                QLocale.FormatType.ShortFormat,
            )
            self.list.addItem(f"{when}  {network_name(entry.network)}: {entry.title}")

    def _on_day_changed(self) -> None:
        day = self.calendar.selectedDate().toPython()
        for index, entry in enumerate(self.entries):
            if entry.when.date() >= day:  # type: ignore[operator]
                self.list.setCurrentRow(index)
                return
