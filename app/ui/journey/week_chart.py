"""The week chart of the weekly history: the stage per week as a small step chart, with its stage
axis. It takes the keyboard focus (a frame shows it): Left and Right move the selected week, Page
Up and Page Down a quarter, Home and End go to the first and last week; a click selects a week.
The selected week, in words, is its accessible description."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import (
    QEvent,
    QLineF,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
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
_END = 12.0  # room on the right for the last week's dot and its selection ring
_QUARTER = 13  # weeks: Page Up and Page Down
_Index = QModelIndex | QPersistentModelIndex


def _level_height(font: QFont) -> float:
    return max(18.0, QFontMetrics(font).height() + 2.0)


def _level_y(stage: Stage, level: float) -> float:
    return _MARGIN + (len(Stage) - 1 - int(stage)) * level + level / 2


def chart_height(font: QFont) -> int:
    return int(_MARGIN + len(Stage) * _level_height(font) + QFontMetrics(font).height() + 10)


class StageAxis(QWidget):
    """The stage names beside the chart, at the chart's heights (it does not scroll)."""

    @qt_override
    def sizeHint(self) -> QSize:
        width = max(QFontMetrics(self.font()).horizontalAdvance(label(s)) for s in Stage)
        return QSize(width + 10, chart_height(self.font()))

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

    Signals:
        selectedChanged(int): the selected week's index changed.
    """

    selectedChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: list[WeekStage] = []
        self.selected: int | None = None
        self.picked = False  # a week chosen by key or click: its marker shows without the focus
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._describe()

    def set_weeks(self, weeks: Sequence[WeekStage]) -> None:
        self.weeks = list(weeks)
        self.selected = len(self.weeks) - 1 if self.weeks else None
        self.picked = False
        self._describe()
        self.updateGeometry()
        self.update()

    def step(self) -> float:
        if not self.weeks:
            return 0.0
        fit = (self.width() - _MARGIN - _END) / len(self.weeks)
        return min(MAX_STEP, max(MIN_STEP, fit))

    def week_x(self, index: int) -> float:
        """The middle of a week's step, in this widget's coordinates."""
        return _MARGIN + (index + 0.5) * self.step()

    def week_at(self, x: float) -> int | None:
        step = self.step()
        index = int((x - _MARGIN) // step) if step else -1
        return index if 0 <= index < len(self.weeks) else None

    def week_text(self, index: int) -> str:
        """A week in words: its label, first day and stage, and what the log showed if that
        differs (the stage holds through quiet spells, docs/LADDER.md)."""
        week = self.weeks[index]
        text = self.tr("{week} (from {day}): {stage}").format(
            week=week_label(week.monday), day=format_day(week.monday), stage=label(week.stage)
        )
        if not week.from_log:
            text += "\n" + self.tr("Nothing logged yet: this is where your survey placed you.")
        elif week.shown is not None and week.shown != week.stage:
            text += "\n" + self.tr("The log showed: {stage}").format(stage=label(week.shown))
        return text

    def tooltip_for(self, index: int) -> str:
        return self.week_text(index)

    def select(self, index: int) -> None:
        if not self.weeks:
            return
        index = max(0, min(index, len(self.weeks) - 1))
        self.picked = True
        self.update()
        if index != self.selected:
            self.selected = index
            self._describe()
            self.update()
            self.selectedChanged.emit(index)

    def _describe(self) -> None:
        self.setAccessibleName(self.tr("Your stage week by week"))
        text = self.week_text(self.selected) if self.selected is not None else ""
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text.replace("\n", " "))

    @qt_override
    def sizeHint(self) -> QSize:
        width = len(self.weeks) * MIN_STEP + _MARGIN + _END
        return QSize(int(width), chart_height(self.font()))

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
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.selected is None:
            super().keyPressEvent(event)
            return
        moves = {
            Qt.Key.Key_Left: self.selected - 1,
            Qt.Key.Key_Right: self.selected + 1,
            Qt.Key.Key_PageUp: self.selected - _QUARTER,
            Qt.Key.Key_PageDown: self.selected + _QUARTER,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self.weeks) - 1,
        }
        target = moves.get(Qt.Key(event.key()))
        if target is None:
            super().keyPressEvent(event)
            return
        event.accept()
        self.select(target)

    @qt_override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.week_at(event.position().x())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.select(index)
        super().mousePressEvent(event)

    @qt_override
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()
        # A scroll area that hands the focus on by Tab shows the chart's left edge after this
        # event; the selected week (the newest, at first) is what should stay in view.
        QTimer.singleShot(0, self, self._show_selected)

    def _show_selected(self) -> None:
        if self.selected is not None:
            self.selectedChanged.emit(self.selected)

    @qt_override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self._describe()
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
            right = self.width() - _END
            p.drawLines([QLineF(_MARGIN, y, right, y) for y in (_level_y(s, level) for s in Stage)])
            if self.weeks:
                if self.picked or self.hasFocus():
                    self._paint_selection(p, level, bottom, text)
                self._paint_months(p, bottom, text, event.rect())
                self._paint_steps(p, level, bottom, accent)
            if not any(week.from_log for week in self.weeks):
                self._paint_note(p, bottom, text)
            if self.hasFocus():
                self._paint_focus(p, text)

    def _paint_focus(self, p: QPainter, text: QColor) -> None:
        # Around the part of the chart in view: the chart is wider than its scroll area.
        shown = self.rect()
        viewport = self.parentWidget()
        if viewport is not None:
            shown = shown.intersected(
                QRect(-self.x(), -self.y(), viewport.width(), viewport.height())
            )
        p.setPen(QPen(text, 2, Qt.PenStyle.DotLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(shown).adjusted(1, 1, -1, -1), 4, 4)

    def _paint_selection(self, p: QPainter, level: float, bottom: float, text: QColor) -> None:
        if self.selected is None:
            return
        step = self.step()
        x = _MARGIN + self.selected * step
        band = QColor(text)
        band.setAlphaF(0.10)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(band)
        p.drawRect(QRectF(x, _MARGIN / 2, step, bottom - _MARGIN / 2))
        y = _level_y(self.weeks[self.selected].stage, level)
        p.setPen(QPen(text, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(self.week_x(self.selected), y), 7, 7)

    def _paint_note(self, p: QPainter, bottom: float, text: QColor) -> None:
        note = self.tr("Your week-by-week history begins with the first thing you log.")
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        area = QRectF(_MARGIN, 0, self.width() - _MARGIN - _END, bottom)
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
            # A label that would run past the chart's end is not drawn cut: the tick says it.
            if exposed.left() - widest * 2 <= x <= exposed.right() and (
                x + 2 + fm.horizontalAdvance(name) <= right
            ):
                p.drawText(QPointF(x + 2, baseline), name)
