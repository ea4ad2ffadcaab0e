"""Travel mode ("I'm travelling until …"): a small row for the Today and Habits pages.

While away, no habit counts against the person (docs/HABITS.md). The widget reads and writes
through app/ui/habits/access.py and follows ``dataChanged("habits")``; embed it anywhere:

    from app.ui.habits.travel_widget import TravelWidget
    layout.addWidget(TravelWidget(ctx, parent))

It shows itself only while there is a habit it could spare (``applies``; ``appliesChanged``
says when that changes): before the first habit, travel mode means nothing. A page that hides
it for its own reasons (the Habits page in a habit's details) uses ``set_wanted``.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.services.habits import HabitsOverview, HabitsReader
from app.storage.habits.read import TravelRecord
from app.ui.context import AppContext
from app.ui.guard import qt_override
from app.ui.habits import access, texts
from app.ui.kit.colors import accent, css


def _style() -> str:
    """While away, the row is tinted with the accent (the text says so too). From the app's
    palette: the style sheet changes the widget's own, which would change the sheet again."""
    palette = QApplication.palette()
    tint, border = accent(palette), accent(palette)
    tint.setAlphaF(0.14)
    border.setAlphaF(0.6)
    return (
        f'QFrame#travelWidget[away="true"] {{ background: {css(tint)};'
        f" border: 1px solid {css(border)}; border-radius: 8px; }}"
    )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class TravelWidget(QFrame):
    """Signals:
    changed(): travel was started, changed or ended.
    appliesChanged(bool): whether there is a habit that travel mode would spare changed (the
        widget shows or hides itself with it).
    """

    changed = Signal()
    appliesChanged = Signal(bool)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, reads: bool = True
    ) -> None:
        """``reads``: the widget reads the trips (and follows changes) itself; a page that
        reads the habits anyway hands them over with ``set_travel(overview)`` instead."""
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("travelWidget")
        self.setStyleSheet(_style())
        self.away: TravelRecord | None = None
        self.applies = False  # until the habits are read: no row that may vanish again
        self._wanted = True
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
        self.hide()
        self._show()
        if reads:
            ctx.hub.dataChanged.connect(self._on_data_changed)
            self.reload()

    def reload(self) -> None:
        access.read_habits(self.ctx, _travel_and_habits, self._on_read)

    def _on_read(self, read: tuple[list[TravelRecord], bool]) -> None:
        trips, has_habits = read
        self._set_applies(has_habits)
        self.set_travel(trips)

    def set_travel(self, travel: list[TravelRecord] | HabitsOverview) -> None:
        """Show the current or next trip (a list from ``HabitsReader.travel()``, or an overview,
        which also says whether there is a habit to spare)."""
        self.today = access.today(self.ctx)
        if isinstance(travel, HabitsOverview):
            self._set_applies(any(not s.record.archived for s in travel.habits))
        trips = travel.travel if isinstance(travel, HabitsOverview) else travel
        coming = [t for t in trips if t.end >= self.today]
        self.away = min(coming, key=lambda t: t.start, default=None)
        self._show()

    def set_wanted(self, wanted: bool) -> None:
        """Whether the page wants the row now; it shows only if it also ``applies``."""
        self._wanted = wanted
        self._update_visibility()

    def _set_applies(self, applies: bool) -> None:
        if applies != self.applies:
            self.applies = applies
            self.appliesChanged.emit(applies)
        self._update_visibility()

    def _update_visibility(self) -> None:
        self.setVisible(self.applies and self._wanted)

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
        elif event.type() == QEvent.Type.PaletteChange:
            sheet = _style()
            if sheet != self.styleSheet():  # setting it changes the palette: no loop
                self.setStyleSheet(sheet)
        super().changeEvent(event)


def _travel_and_habits(reader: HabitsReader) -> tuple[list[TravelRecord], bool]:
    """The trips, and whether there is an active habit (on the serial worker)."""
    return reader.travel(), any(not record.archived for record in reader.habits())
