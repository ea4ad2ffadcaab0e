"""The weekly history: a small step chart of the stage per week, scrolling when it is long."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLineF, QLocale, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QWidget,
)

from app.domain.journey.ladder import Stage, WeekStage
from app.ui.guard import qt_override
from app.ui.journey.texts import week_label
from app.ui.kit.labels import label
from app.ui.kit.numbers import format_day
from app.ui.kit.painting import widget_painter
from app.ui.kit.theme import is_dark

MIN_STEP = 6.0  # pixels per week before the chart scrolls: ten years is about 3,100 px
MAX_STEP = 40.0
_MARGIN = 6.0


def _level_height(font: QFont) -> float:
    return max(18.0, QFontMetrics(font).height() + 2.0)


def _level_y(stage: Stage, level: float) -> float:
    return _MARGIN + (len(Stage) - 1 - int(stage)) * level + level / 2


def _chart_height(font: QFont) -> int:
    return int(_MARGIN + len(Stage) * _level_height(font) + QFontMetrics(font).height() + 10)


class StageAxis(QWidget):
    """The stage names beside the chart, at the chart's heights (it does not scroll)."""

    @qt_override
    def sizeHint(self) -> QSize:
        width = max(QFontMetrics(self.font()).horizontalAdvance(label(s)) for s in Stage)
        return QSize(width + 10, _chart_height(self.font()))

    @qt_override
    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    @qt_override
    def paintEvent(self, event: QPaintEvent) -> None:
        with widget_painter(self) as p:
            p.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            level = _level_height(self.font())
            for stage in Stage:
                y = _level_y(stage, level)
                rect = QRectF(0, y - level / 2, self.width() - 8, level)
                p.drawText(
                    rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label(stage)
                )

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)


class WeekChart(QWidget):
    """One step per ISO week; a tooltip names the week and its stage.

    Weeks before anything was logged (the survey's estimate) are drawn dashed.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: list[WeekStage] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_weeks(self, weeks: Sequence[WeekStage]) -> None:
        self.weeks = list(weeks)
        self.updateGeometry()
        self.update()

    def step(self) -> float:
        if not self.weeks:
            return 0.0
        fit = (self.width() - 2 * _MARGIN) / len(self.weeks)
        return min(MAX_STEP, max(MIN_STEP, fit))

    def week_x(self, index: int) -> float:
        """The middle of a week's step, in this widget's coordinates."""
        return _MARGIN + (index + 0.5) * self.step()

    def week_at(self, x: float) -> int | None:
        step = self.step()
        index = int((x - _MARGIN) // step) if step else -1
        return index if 0 <= index < len(self.weeks) else None

    def tooltip_for(self, index: int) -> str:
        week = self.weeks[index]
        text = self.tr("{week} (from {day}): {stage}").format(
            week=week_label(week.monday), day=format_day(week.monday), stage=label(week.stage)
        )
        if not week.from_log:
            text += "\n" + self.tr("Nothing logged yet: this is where your survey placed you.")
        return text

    @qt_override
    def sizeHint(self) -> QSize:
        return QSize(int(len(self.weeks) * MIN_STEP + 2 * _MARGIN), _chart_height(self.font()))

    @qt_override
    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    @qt_override
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.week_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(index), self)
            return True
        return super().event(event)

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    # -- painting --------------------------------------------------------------------------------
    # Few calls per paint, however many weeks: each painter call crosses into Qt, and ten years
    # is 520 weeks. Lines go in one polyline, ticks in one drawLines, labels only where exposed.

    @qt_override
    def paintEvent(self, event: QPaintEvent) -> None:
        with widget_painter(self) as p:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            pal = self.palette()
            text = pal.color(QPalette.ColorRole.WindowText)
            grid = QColor(text)
            grid.setAlphaF(0.12)
            accent = pal.color(QPalette.ColorRole.Highlight)
            if is_dark(pal):
                accent = accent.lighter(130)
            level = _level_height(self.font())
            bottom = _MARGIN + len(Stage) * level
            p.setPen(QPen(grid, 1))
            right = self.width() - _MARGIN
            p.drawLines([QLineF(_MARGIN, y, right, y) for y in (_level_y(s, level) for s in Stage)])
            if self.weeks:
                self._paint_months(p, bottom, text, event.rect())
                self._paint_steps(p, level, bottom, accent)
            if not any(week.from_log for week in self.weeks):
                self._paint_note(p, bottom, text)

    def _paint_note(self, p: QPainter, bottom: float, text: QColor) -> None:
        note = self.tr("Your week-by-week history begins with the first thing you log.")
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        area = QRectF(_MARGIN, 0, self.width() - 2 * _MARGIN, bottom)
        box = p.boundingRect(area, flags, note).adjusted(-10, -4, 10, 4)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.palette().color(QPalette.ColorRole.Base))
        p.drawRoundedRect(box, 4, 4)
        p.setPen(text)
        p.drawText(area, flags, note)

    def _paint_steps(self, p: QPainter, level: float, bottom: float, accent: QColor) -> None:
        step = self.step()
        points: list[QPointF] = []
        for i, week in enumerate(self.weeks):
            y = _level_y(week.stage, level)
            points += [QPointF(_MARGIN + i * step, y), QPointF(_MARGIN + (i + 1) * step, y)]
        shade = QColor(accent)
        shade.setAlphaF(0.16)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(shade)
        p.drawPolygon(
            QPolygonF([QPointF(_MARGIN, bottom), *points, QPointF(points[-1].x(), bottom)])
        )
        p.setBrush(Qt.BrushStyle.NoBrush)
        # Weeks before the first logged one are the survey's estimate: dashed. Once something is
        # logged, every later week is judged from the log.
        logged = next((i for i, w in enumerate(self.weeks) if w.from_log), len(self.weeks))
        if logged > 0:
            p.setPen(QPen(accent, 2, Qt.PenStyle.DashLine))
            p.drawPolyline(QPolygonF(points[: 2 * logged]))
        if logged < len(self.weeks):
            p.setPen(QPen(accent, 2))
            p.drawPolyline(QPolygonF(points[max(0, 2 * logged - 1) :]))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(accent)
        p.drawEllipse(QPointF(self.week_x(len(self.weeks) - 1), points[-1].y()), 4, 4)

    def _paint_months(self, p: QPainter, bottom: float, text: QColor, exposed: QRect) -> None:
        """A tick at each month's start; labels thin out to quarters or years when crowded."""
        step, first = self.step(), self.weeks[0].monday
        end = self.weeks[-1].monday + timedelta(
            days=min(7, (date.max - self.weeks[-1].monday).days)
        )
        fm = QFontMetrics(self.font())
        locale = QLocale()
        widest = max(fm.horizontalAdvance(locale.monthName(m, QLocale.FormatType.ShortFormat))
                     for m in range(1, 13))  # fmt: skip
        month_px = step * 30.4 / 7
        every = 1 if month_px > widest + 8 else 3 if 3 * month_px > widest + 8 else 12
        ticks: list[QLineF] = []
        labels: list[tuple[float, str]] = []
        day = date(first.year, first.month, 1)
        right = float(self.width())
        while day < end:
            x = _MARGIN + (day - first).days / 7 * step
            if x > right:  # weeks far apart (a damaged file): no ticks past the chart's end
                break
            if x >= _MARGIN:
                ticks.append(QLineF(x, bottom, x, bottom + 4))
                if (day.month - 1) % every == 0:
                    name = (
                        str(day.year)
                        if day.month == 1
                        else locale.monthName(day.month, QLocale.FormatType.ShortFormat)
                    )
                    labels.append((x, name))
            if day.year == date.max.year and day.month == 12:
                break
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        tick = QColor(text)
        tick.setAlphaF(0.45)
        p.setPen(QPen(tick, 1))
        p.drawLines(ticks)
        p.setPen(text)
        baseline = bottom + 4 + fm.ascent()
        for x, name in labels:
            if exposed.left() - widest * 2 <= x <= exposed.right():
                p.drawText(QPointF(x + 2, baseline), name)


class WeeklyHistory(QWidget):
    """The stage axis and the chart; long histories scroll, the newest weeks in view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axis = StageAxis(self)
        self.chart = WeekChart()
        self.area = QScrollArea(self)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setWidgetResizable(True)
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setWidget(self.chart)
        # The chart sits on whatever the card behind it paints.
        self.area.setStyleSheet("QScrollArea { background: transparent; }")
        self.area.viewport().setAutoFillBackground(False)
        self.chart.setAutoFillBackground(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.axis, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.area, 1)
        self._pin_end = True
        bar = self.area.horizontalScrollBar()
        bar.rangeChanged.connect(self._on_range_changed)
        bar.valueChanged.connect(self._on_value_changed)
        self._fit_height()

    def set_weeks(self, weeks: Sequence[WeekStage]) -> None:
        self._pin_end = True
        self.chart.set_weeks(weeks)
        self._fit_height()
        self._describe()

    def _describe(self) -> None:
        weeks = self.chart.weeks
        self.setAccessibleName(self.tr("Your stage week by week"))
        if weeks:
            self.setAccessibleDescription(
                self.tr("{count} weeks, from {first} to {last}. Highest stage: {top}.").format(
                    count=len(weeks),
                    first=week_label(weeks[0].monday),
                    last=week_label(weeks[-1].monday),
                    top=label(max(w.stage for w in weeks)),
                )
            )

    def _fit_height(self) -> None:
        scrolls = self.chart.sizeHint().width() > self.area.viewport().width()
        bar = self.area.horizontalScrollBar().sizeHint().height() if scrolls else 0
        self.area.setFixedHeight(_chart_height(self.chart.font()) + bar)

    @qt_override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _on_range_changed(self, _low: int, high: int) -> None:
        if self._pin_end:
            self.area.horizontalScrollBar().setValue(high)

    def _on_value_changed(self, value: int) -> None:
        self._pin_end = value == self.area.horizontalScrollBar().maximum()

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._describe()
        super().changeEvent(event)
