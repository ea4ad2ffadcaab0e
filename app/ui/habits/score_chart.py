"""Habit strength over time as a line chart, painted with QPainter (no QtCharts: it is heavy)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.ui.guard import qt_override
from app.ui.habits import texts
from app.ui.habits.paint import habit_colors
from app.ui.kit.painting import widget_painter

LEFT, RIGHT, TOP, BOTTOM = 44, 12, 10, 24


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
        self.setMouseTracking(True)
        self.setAccessibleName("strength chart")
        self.series: list[tuple[date, float]] = []

    def set_series(self, series: Sequence[tuple[date, float]]) -> None:
        self.series = list(series)
        if self.series:
            last_day, last = self.series[-1]
            self.setAccessibleDescription(f"{texts.day_text(last_day)}: {texts.percent(last)}")
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

    @qt_override
    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and self.series:
            plot = self._plot()
            share = (event.pos().x() - plot.left()) / max(1.0, plot.width())
            index = round(max(0.0, min(1.0, share)) * (len(self.series) - 1))
            day, score = self.series[index]
            QToolTip.showText(
                event.globalPos(), f"{texts.day_text(day)}: {texts.percent(score)}", self
            )
            return True
        return super().event(event)
