"""Travel mode ("I'm travelling until …"): a small row for the Today and Habits pages.

While away, no habit counts against the person (docs/HABITS.md). The widget reads and writes
through app/ui/habits/access.py and follows ``dataChanged("habits")``; embed it anywhere:

    from app.ui.habits.travel_widget import TravelWidget
    layout.addWidget(TravelWidget(ctx, parent))
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QDateEdit, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.habits import HabitsOverview
from app.storage.habits.read import TravelRecord
from app.ui.context import AppContext
from app.ui.guard import qt_override
from app.ui.habits import access, texts

STYLE = """
QFrame#travelWidget[away="true"] { background: rgba(61, 124, 224, 0.14);
                                   border: 1px solid rgba(61, 124, 224, 0.45); border-radius: 8px; }
"""


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class TravelWidget(QFrame):
    """Signals:
    changed(): travel was started, changed or ended.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("travelWidget")
        self.setStyleSheet(STYLE)
        self.away: TravelRecord | None = None
        self.today = access.today(self.ctx)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        self.status = QLabel(self)
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDate(_qdate(self.today))
        self.status.setBuddy(self.until)
        self.start = QPushButton(self)
        self.start.clicked.connect(self._on_start_clicked)
        self.back = QPushButton(self)
        self.back.clicked.connect(self._on_back_clicked)
        row.addWidget(self.status)
        row.addWidget(self.until)
        row.addWidget(self.start)
        row.addWidget(self.back)
        row.addStretch(1)
        ctx.hub.dataChanged.connect(self._on_data_changed)
        self._show()
        self.reload()

    def reload(self) -> None:
        access.read_habits(self.ctx, lambda r: r.travel(), self.set_travel)

    def set_travel(self, travel: list[TravelRecord] | HabitsOverview) -> None:
        """Show the current or next trip (a list from ``HabitsReader.travel()``, or an overview)."""
        self.today = access.today(self.ctx)
        trips = travel.travel if isinstance(travel, HabitsOverview) else travel
        coming = [t for t in trips if t.end >= self.today]
        self.away = min(coming, key=lambda t: t.start, default=None)
        self._show()

    def _show(self) -> None:
        away = self.away
        now = away is not None and away.start <= self.today
        self.setProperty("away", "true" if now else "false")
        self.style().unpolish(self)
        self.style().polish(self)
        if away is not None:
            self.until.setDate(_qdate(away.end))
        elif self.until.date() <= _qdate(self.today):
            self.until.setDate(_qdate(self.today + timedelta(days=6)))  # a week away, to start
        self.until.setMinimumDate(_qdate(self.today))
        self.back.setVisible(now)
        self.retranslate()

    def retranslate(self) -> None:
        away = self.away
        if away is not None and away.start <= self.today:
            self.status.setText(
                self.tr("Travelling until {day}: nothing counts against you.").format(
                    day=texts.day_text(away.end)
                )
                + " "
                + self.tr("Change the last day:")
            )
            self.start.setText(self.tr("Change"))
        elif away is not None:
            self.status.setText(
                self.tr("A trip from {start}. Travelling until:").format(
                    start=texts.day_text(away.start)
                )
            )
            self.start.setText(self.tr("Travel from today"))
        else:
            self.status.setText(self.tr("I'm &travelling until"))
            self.start.setText(self.tr("Start travel mode"))
        self.back.setText(self.tr("I'm back"))
        self.start.setToolTip(
            self.tr("Until then, missed days do not lower any habit's strength or end a streak.")
        )

    def _on_start_clicked(self) -> None:
        picked = self.until.date()
        last = date(picked.year(), picked.month(), picked.day())
        today = access.today(self.ctx)
        access.write_habits(
            self.ctx, lambda w: w.travel_until(last, today), lambda _id: self.changed.emit()
        )

    def _on_back_clicked(self) -> None:
        today = access.today(self.ctx)
        access.write_habits(self.ctx, lambda w: w.back_home(today), lambda _r: self.changed.emit())

    def _on_data_changed(self, kind: str) -> None:
        if kind == access.HABITS:
            self.reload()

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
