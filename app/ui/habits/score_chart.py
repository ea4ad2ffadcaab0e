"""Habit strength over time as a line chart, painted with QPainter (no QtCharts: it is heavy).

Keyboard: Left and Right move a marker a day, Page Up and Page Down a month, Home and End to the
first and last day. The marked day and its strength ("1 Dec 2026: 64 %") are the chart's
accessible description, so a screen reader can walk the line as the eye does.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.ui.guard import qt_override
from app.ui.habits import texts
from app.ui.habits.paint import habit_colors
from app.ui.kit.painting import widget_painter

LEFT, RIGHT, TOP, BOTTOM = 44, 12, 10, 24
MONTH = 30  # Page Up / Page Down, in days


def downsample(series: Sequence[tuple[date, float]], width: int) -> list[tuple[date, float]]:
    """At most about two points per pixel column, keeping each bucket's last value (the score
    at the end of that stretch), so that ten years draw as fast as a month."""
    if width <= 0 or len(series) <= 2 * width:
        return list(series)
    step = len(series) / (2 * width)
    picked = [series[min(len(series) - 1, int((i + 1) * step) - 1)] for i in range(2 * width)]
    return [series[0], *picked]


class ScoreChart(QWidget):
    """The score of each day from ``start`` to ``end`` (0..1), with a 0-100 % grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.series: list[tuple[date, float]] = []
        self.marked_index = -1  # the marked point: the last one until the person moves it

    def set_series(self, series: Sequence[tuple[date, float]]) -> None:
        marked, at_end = self.marked(), self.marked_index == len(self.series) - 1
        self.series = list(series)
        days = [day for day, _ in self.series]
        if marked is not None and not at_end and marked[0] in days:
            self.marked_index = days.index(marked[0])  # a day the person chose stays chosen
        else:
            self.marked_index = len(self.series) - 1
        self._announce()
        self.update()

    def marked(self) -> tuple[date, float] | None:
        """The marked day and its strength."""
        return self.series[self.marked_index] if 0 <= self.marked_index < len(self.series) else None

    def move_to(self, index: int) -> None:
        if self.series:
            self.marked_index = max(0, min(len(self.series) - 1, index))
            self._announce()
            self.update()

    def _announce(self) -> None:
        marked = self.marked()
        text = f"{texts.day_text(marked[0])}: {texts.percent(marked[1])}" if marked else ""
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)

    def retranslate(self) -> None:
        """The marked day in the new language's words."""
        self.setAccessibleDescription("")
        self._announce()
        self.update()

    @qt_override
    def sizeHint(self) -> QSize:
        return QSize(640, 200)

    @qt_override
    def minimumSizeHint(self) -> QSize:
        return QSize(240, 200)

    def _plot(self) -> QRectF:
        return QRectF(LEFT, TOP, self.width() - LEFT - RIGHT, self.height() - TOP - BOTTOM)

    def _point(self, plot: QRectF, index: int, count: int, score: float) -> QPointF:
        x = plot.left() + (plot.width() * index / max(1, count - 1))
        return QPointF(x, plot.bottom() - plot.height() * max(0.0, min(1.0, score)))

    @qt_override
    def paintEvent(self, _event: object) -> None:
        with widget_painter(self) as painter:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            colors = habit_colors(self.palette())
            plot = self._plot()
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * 0.85)
            painter.setFont(font)
            for level in (0.0, 0.25, 0.5, 0.75, 1.0):
                y = plot.bottom() - plot.height() * level
                painter.setPen(QPen(colors.grid, 1))
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                painter.setPen(colors.muted)
                painter.drawText(
                    QRectF(0, y - 9, LEFT - 8, 18),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    texts.percent(level),
                )
            if not self.series:
                return
            self._paint_dates(painter, plot, colors.muted)
            points = downsample(self.series, int(plot.width()))
            corners = [self._point(plot, i, len(points), s) for i, (_, s) in enumerate(points)]
            line = QPolygonF(corners)
            area = QPainterPath()
            area.moveTo(QPointF(corners[0].x(), plot.bottom()))
            for point in corners:
                area.lineTo(point)
            area.lineTo(QPointF(corners[-1].x(), plot.bottom()))
            area.closeSubpath()
            fill = QColor(colors.done)
            fill.setAlphaF(0.16)
            painter.fillPath(area, fill)
            pen = QPen(colors.done, 2.2)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawPolyline(line)
            painter.setBrush(colors.done)
            painter.drawEllipse(corners[-1], 3.5, 3.5)
            self._paint_marker(painter, plot, colors.text)

    def _paint_marker(self, painter: QPainter, plot: QRectF, colour: QColor) -> None:
        """With the focus: a frame, and a line with a ring at the marked day."""
        marked = self.marked()
        if not self.hasFocus() or marked is None:
            return
        point = self._point(plot, self.marked_index, len(self.series), marked[1])
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(point.x(), plot.top()), QPointF(point.x(), plot.bottom()))
        painter.setPen(QPen(colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(point, 5.5, 5.5)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)

    def _paint_dates(self, painter: QPainter, plot: QRectF, colour: QColor) -> None:
        first, last = self.series[0][0], self.series[-1][0]
        span = (last - first).days
        painter.setPen(colour)
        labels = [first, last] if span < 60 else self._month_starts(first, last, span)
        count = len(self.series)
        last_right = -1000.0
        for day in labels:
            x = self._point(plot, (day - first).days, count, 0).x()
            text = (
                texts.day_text(day)
                if span < 60
                else (str(day.year) if span > 3 * 365 else texts.month_short(day.month))
            )
            width = painter.fontMetrics().horizontalAdvance(text)
            left = min(max(x - width / 2, plot.left()), plot.right() - width)
            if left < last_right + 12:
                continue
            painter.drawText(
                QRectF(left, plot.bottom() + 4, width + 2, BOTTOM - 4),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                text,
            )
            last_right = left + width

    @staticmethod
    def _month_starts(first: date, last: date, span: int) -> list[date]:
        if span > 3 * 365:
            return [date(y, 1, 1) for y in range(first.year + 1, last.year + 1)]
        found: list[date] = []
        year, month = first.year, first.month
        while True:
            month += 1
            if month > 12:
                year, month = year + 1, 1
            day = date(year, month, 1)
            if day > last:
                return found
            found.append(day)

    def _index_at(self, x: float) -> int:
        plot = self._plot()
        share = (x - plot.left()) / max(1.0, plot.width())
        return round(max(0.0, min(1.0, share)) * (len(self.series) - 1))

    @qt_override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_PageUp: -MONTH,
            Qt.Key.Key_PageDown: MONTH,
        }
        key = event.key()
        if not self.series or key not in (*moves, Qt.Key.Key_Home, Qt.Key.Key_End):
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Home:
            self.move_to(0)
        elif key == Qt.Key.Key_End:
            self.move_to(len(self.series) - 1)
        else:
            self.move_to(self.marked_index + moves[Qt.Key(key)])
        event.accept()

    @qt_override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.series:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.move_to(self._index_at(event.position().x()))

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
        if isinstance(event, QHelpEvent) and self.series:
            day, score = self.series[self._index_at(event.pos().x())]
            QToolTip.showText(
                event.globalPos(), f"{texts.day_text(day)}: {texts.percent(score)}", self
            )
            return True
        return super().event(event)
