"""A year of one habit as a calendar heatmap: a column per week, a row per weekday (QPainter).

Keyboard: arrows move a day (up/down) or a week (left/right), Page Up/Down a year, Home/End the
first and last day; Space checks or unchecks the selected day, S skips it. A click selects a day,
a double click checks it. The selected day, as words ("Monday, 23 November 2026: Done"), is the
widget's accessible description, so a screen reader says what the focus frame shows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.ui.guard import qt_override, soon
from app.ui.habits import texts
from app.ui.habits.paint import HabitColors, habit_colors, paint_cell
from app.ui.kit.painting import widget_painter

WEEKS = 53
LEFT = 34  # weekday labels
TOP = 18  # month labels
LEGEND = 26
# The Monday of the first column must exist even when the year shown ends on the earliest day.
_FLOOR = date.min + timedelta(weeks=WEEKS + 1)


class YearHeatmap(QWidget):
    """Signals:
    toggleRequested(object): check or uncheck the day (``date``).
    skipRequested(object): skip the day, or undo the skip.
    amountRequested(object): ask for the amount on the day (numeric habits).
    selectedChanged(object): the selected day changed.
    """

    toggleRequested = Signal(object)
    skipRequested = Signal(object)
    amountRequested = Signal(object)
    selectedChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, today: date) -> None:
        """``today``: the page's today (ctx.clock), until ``set_days`` brings the habit's."""
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMouseTracking(True)
        self.today = today
        self.end = self.today
        self.selected = self.today
        self.first_day: date | None = None  # the habit's first day
        self.marks: dict[date, str] = {}
        self.amounts: dict[date, float] = {}  # numeric: the share of the target (0..1+)
        self.describe: Callable[[date], str] = texts.day_text
        self.legend: list[tuple[str, str]] = []

    def set_describer(self, describe: Callable[[date], str]) -> None:
        """How a day is put in words (its tooltip and what a screen reader hears)."""
        self.describe = describe
        self._announce()

    def _announce(self) -> None:
        """The selected day as the accessible description (Qt tells assistive tools)."""
        text = self.describe(self.selected)
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)

    # -- data ---------------------------------------------------------------------------------

    def set_days(
        self,
        today: date,
        first_day: date | None,
        marks: dict[date, str],
        amounts: dict[date, float],
    ) -> None:
        """``marks``: "done", "covered", "skipped", "away", "not_done" per day (others open)."""
        self.today = today
        self.first_day = first_day
        self.marks = marks
        self.amounts = amounts
        if not self.first <= self.selected <= self.end:
            self.end, self.selected = today, today
        self._announce()
        self.update()

    @property
    def first(self) -> date:
        """The Monday of the first column."""
        last_monday = self.end - timedelta(days=self.end.weekday())
        return last_monday - timedelta(weeks=WEEKS - 1)

    @property
    def earliest(self) -> date:
        """The first day one can move to: a year before the habit began (or before today)."""
        start = min(self.first_day or self.today, self.today)
        return max(_FLOOR, _add_days(start, -366))

    def show_year_ending(self, end: date) -> None:
        self.end = min(max(end, self.earliest), self.today)
        self.selected = min(max(self.selected, self.first), self.end)
        self._announce()
        self.update()

    # -- geometry -----------------------------------------------------------------------------

    def _cell(self) -> float:
        return _cell_for(self.width())

    @qt_override
    def sizeHint(self) -> QSize:
        return QSize(LEFT + WEEKS * 19, _height_for(LEFT + WEEKS * 19))

    @qt_override
    def minimumSizeHint(self) -> QSize:
        return QSize(LEFT + WEEKS * 11, _height_for(LEFT + WEEKS * 11))

    @qt_override
    def hasHeightForWidth(self) -> bool:
        return True

    @qt_override
    def heightForWidth(self, width: int) -> int:
        return _height_for(width)  # smaller cells on a narrow window: no gap below them

    def _rect(self, day: date) -> QRectF:
        cell = self._cell()
        step = cell + 3
        week = (day - self.first).days // 7
        return QRectF(LEFT + week * step, TOP + day.weekday() * step, cell, cell)

    def day_at(self, point: QPointF) -> date | None:
        step = self._cell() + 3
        week = int((point.x() - LEFT) // step)
        weekday = int((point.y() - TOP) // step)
        if not (0 <= week < WEEKS and 0 <= weekday < 7) or point.x() < LEFT or point.y() < TOP:
            return None
        day = self.first + timedelta(weeks=week, days=weekday)
        return day if day <= self.end else None

    # -- painting -------------------------------------------------------------------------------

    @qt_override
    def paintEvent(self, _event: object) -> None:
        with widget_painter(self) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            colors = habit_colors(self.palette())
            self._paint_labels(painter, colors)
            day = self.first
            while day <= self.end:
                self._paint_day(painter, day, colors)
                day += timedelta(days=1)
            if self.hasFocus():
                painter.setPen(QPen(colors.text, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(self._rect(self.selected).adjusted(-2, -2, 2, 2), 4, 4)
            self._paint_legend(painter, colors)

    def mark(self, day: date) -> str:
        if self.first_day is None or day < self.first_day:
            return self.marks.get(day, "before")
        return self.marks.get(day, "open")

    def _paint_day(self, painter: QPainter, day: date, colors: HabitColors) -> None:
        rect = self._rect(day)
        mark = self.mark(day)
        paint_cell(painter, rect, mark, colors, self.amounts.get(day) if mark == "done" else None)
        if day == self.today:
            painter.setPen(QPen(colors.text, 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3.5, 3.5)

    def label_font(self) -> QFont:
        """The weekday and month names' font: a little smaller than the text."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        return font

    def _paint_labels(self, painter: QPainter, colors: HabitColors) -> None:
        painter.setPen(colors.muted)
        painter.setFont(self.label_font())
        step = self._cell() + 3
        for weekday in (0, 2, 4):
            rect = QRectF(0, TOP + weekday * step - 2, LEFT - 6, step)
            painter.drawText(
                rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                texts.weekday_short(weekday),
            )
        metrics = painter.fontMetrics()
        for x, label in self.month_labels(metrics):
            painter.drawText(
                QRectF(x, 0, metrics.horizontalAdvance(label) + 1, TOP - 2),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                label,
            )

    def month_labels(self, metrics: QFontMetrics) -> list[tuple[float, str]]:
        """Where each month's name goes (x, text): over the week its first day is in, never
        on top of the one before, and the last one ending inside the widget, not cut by it."""
        step = self._cell() + 3
        found: list[tuple[float, str]] = []
        last_x = -100.0
        for week in range(WEEKS):
            monday = self.first + timedelta(weeks=week)
            days = (monday + timedelta(days=d) for d in range(7))
            first_of_month = next((day for day in days if day.day == 1), None)
            if first_of_month is None and week > 0:
                continue
            x = LEFT + week * step
            if x - last_x < 30:
                continue
            shown = first_of_month or monday
            label = texts.month_short(shown.month)
            if shown.month == 1 or week == 0:
                label = f"{label} {shown.year}"
            width = metrics.horizontalAdvance(label)
            if x + width > self.width() - 1:
                x = self.width() - 1 - width
                if x - last_x < 6:
                    continue
            found.append((x, label))
            last_x = x + width
        return found

    def _paint_legend(self, painter: QPainter, colors: HabitColors) -> None:
        y = TOP + 7 * (self._cell() + 3) + 8
        x = float(LEFT)
        for key, text in self.legend:
            paint_cell(painter, QRectF(x, y + 2, 13, 13), key, colors)  # the same shapes
            painter.setPen(colors.muted)
            advance = painter.fontMetrics().horizontalAdvance(text)
            painter.drawText(
                QRectF(x + 16, y, advance + 4, 18),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            x += 16 + advance + 18

    # -- interaction ----------------------------------------------------------------------------

    def select(self, day: date) -> None:
        day = min(max(day, self.earliest), self.today)
        if day > self.end or day < self.first:
            self.show_year_ending(_add_days(day, 26 * 7) if day < self.first else day)
        self.selected = day
        self._announce()
        self.selectedChanged.emit(day)
        self.update()

    @qt_override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Left: -7,
            Qt.Key.Key_Right: 7,
            Qt.Key.Key_PageUp: -364,
            Qt.Key.Key_PageDown: 364,
        }
        if key in moves:
            self.select(_add_days(self.selected, moves[Qt.Key(key)]))
        elif key == Qt.Key.Key_Home:
            self.select(self.first)
        elif key == Qt.Key.Key_End:
            self.select(self.end)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_S, Qt.Key.Key_A):
            signal = {
                Qt.Key.Key_Space: self.toggleRequested,
                Qt.Key.Key_S: self.skipRequested,
                Qt.Key.Key_A: self.amountRequested,  # opens a dialog: not inside the key press
            }[Qt.Key(key)]
            day = self.selected
            soon(lambda: signal.emit(day))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    @qt_override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if day is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.select(day)

    @qt_override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if day is not None:
            self.toggleRequested.emit(day)

    @qt_override
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    @qt_override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    @qt_override
    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent):
            day = self.day_at(QPointF(event.pos()))
            if day is not None:
                QToolTip.showText(event.globalPos(), self.describe(day), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


def _cell_for(width: int) -> float:
    return max(8.0, min(16.0, (width - LEFT - 2) / WEEKS - 3))


def _height_for(width: int) -> int:
    return round(TOP + 7 * (_cell_for(width) + 3) + LEGEND + 6)


def _add_days(day: date, days: int) -> date:
    """``day + days``, held at the ends of the calendar instead of overflowing."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min
