"""A small painted chart of weekly numbers (stacked bars or lines) and the same numbers as a
table behind a "Show as table" toggle.

``ChartData`` is the model both views show: one column per day (a week's Monday, or a goal's
day) and named series of values (None where a line has no point). The chart is not a Tab stop;
its accessible description says what it shows, and the table holds every number.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.guard import qt_override
from app.ui.kit import colors
from app.ui.kit.numbers import decimal_text, format_day
from app.ui.kit.painting import saved, widget_painter

_HEIGHT = 150
_PAD = 6.0


@dataclass(frozen=True)
class Line:
    name: str
    values: tuple[float | None, ...]
    dashed: bool = False


@dataclass(frozen=True)
class ChartData:
    days: tuple[date, ...] = ()
    series: tuple[Line, ...] = ()
    stacked: bool = False  # bars stacked per day; else lines
    percent: bool = False  # values 0..1 shown as percentages
    decimals: int = 1
    marks: tuple[int, ...] = field(default=())  # columns marked with a vertical line

    def text(self, value: float | None) -> str:
        if value is None:
            return "–"
        if self.percent:
            return decimal_text(value * 100, 0) + " %"
        return decimal_text(value, self.decimals)

    def top(self) -> float:
        """The value at the top of the chart (computed once: a paint asks for it often)."""
        return self._top

    @functools.cached_property
    def _top(self) -> float:
        if self.percent:
            return 1.0
        if self.stacked:
            sums = [
                sum(v or 0.0 for v in col)
                for col in zip(*(s.values for s in self.series), strict=True)
            ]
            return max([*sums, 1.0])
        return max([1.0, *(v for s in self.series for v in s.values if v is not None)])


def series_colors(palette: QPalette, count: int) -> list[QColor]:
    base = [
        colors.accent(palette),
        colors.success(palette),
        colors.warning(palette),
        colors.error(palette),
        colors.muted(palette),
    ]
    return [base[i % len(base)] for i in range(count)]


class Chart(QWidget):
    """Paints ``data``: a value axis on the left, the first and last day below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = ChartData()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.update()

    @qt_override
    def sizeHint(self) -> QSize:
        return QSize(320, _HEIGHT + 2 * QFontMetrics(self.font()).height())

    @qt_override
    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    @qt_override
    def paintEvent(self, event: QPaintEvent) -> None:
        data = self.data
        with widget_painter(self, antialias=True) as p:
            pal = self.palette()
            text = pal.color(QPalette.ColorRole.WindowText)
            fm = QFontMetrics(self.font())
            top_text = data.text(data.top())
            left = fm.horizontalAdvance(top_text) + 2 * _PAD
            plot = QRectF(
                left, _PAD + fm.height() / 2, self.width() - left - _PAD, _HEIGHT - 2 * _PAD
            )
            grid = QColor(text)
            grid.setAlphaF(0.2)
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
            p.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()))
            p.setPen(text)
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            h = float(fm.height())
            p.drawText(QRectF(0, plot.top() - h / 2, left - _PAD, h), right, top_text)
            p.drawText(QRectF(0, plot.bottom() - h / 2, left - _PAD, h), right, data.text(0.0))
            if not data.days:
                return
            self._paint_days(p, plot, fm, text)
            shades = series_colors(pal, len(data.series))
            if data.stacked:
                self._paint_bars(p, plot, shades)
            else:
                self._paint_lines(p, plot, shades)

    def _x(self, plot: QRectF, index: int) -> float:
        n = len(self.data.days)
        step = plot.width() / n
        return plot.left() + (index + 0.5) * step

    def _y(self, plot: QRectF, value: float) -> float:
        return plot.bottom() - min(value / self.data.top(), 1.0) * plot.height()

    def _paint_days(self, p: QPainter, plot: QRectF, fm: QFontMetrics, text: QColor) -> None:
        days = self.data.days
        baseline = plot.bottom() + 4 + fm.ascent()
        first, last = format_day(days[0]), format_day(days[-1])
        p.drawText(QPointF(plot.left(), baseline), first)
        if len(days) > 1:
            width = fm.horizontalAdvance(last)
            if plot.left() + fm.horizontalAdvance(first) + 12 < plot.right() - width:
                p.drawText(QPointF(plot.right() - width, baseline), last)
        with saved(p):
            mark = QColor(text)
            mark.setAlphaF(0.6)
            p.setPen(QPen(mark, 1, Qt.PenStyle.DashLine))
            for index in self.data.marks:
                x = self._x(plot, index)
                p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))

    def _paint_bars(self, p: QPainter, plot: QRectF, shades: list[QColor]) -> None:
        n = len(self.data.days)
        step = plot.width() / n
        width = max(1.0, step * 0.7)
        p.setPen(Qt.PenStyle.NoPen)
        for index in range(n):
            base = 0.0
            x = self._x(plot, index) - width / 2
            for line, shade in zip(self.data.series, shades, strict=True):
                value = line.values[index] or 0.0
                if value <= 0:
                    continue
                y0, y1 = self._y(plot, base), self._y(plot, base + value)
                p.setBrush(shade)
                p.drawRect(QRectF(x, y1, width, y0 - y1))
                base += value

    def _paint_lines(self, p: QPainter, plot: QRectF, shades: list[QColor]) -> None:
        p.setBrush(Qt.BrushStyle.NoBrush)
        for line, shade in zip(self.data.series, shades, strict=True):
            style = Qt.PenStyle.DashLine if line.dashed else Qt.PenStyle.SolidLine
            p.setPen(QPen(shade, 2, style))
            run: list[QPointF] = []
            for index, value in enumerate(line.values):
                if value is None:
                    self._draw_run(p, run)
                    run = []
                    continue
                run.append(QPointF(self._x(plot, index), self._y(plot, value)))
            self._draw_run(p, run)

    def _draw_run(self, p: QPainter, run: list[QPointF]) -> None:
        if len(run) == 1:
            p.drawEllipse(run[0], 2.5, 2.5)
        elif run:
            p.drawPolyline(QPolygonF(run))


class ChartPanel(QWidget):
    """A chart with its legend, or the same numbers as a table (rows: days, newest first)."""

    def __init__(self, parent: QWidget | None = None, *, titled: bool = False) -> None:
        super().__init__(parent)
        self.data = ChartData()
        self.title = ""
        self.caption = QLabel()  # the chart's title, when the card holds several charts
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setVisible(titled)
        bold = self.caption.font()
        bold.setBold(True)
        self.caption.setFont(bold)
        self.chart = Chart()
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.pictured = QWidget()
        inner = QVBoxLayout(self.pictured)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.legend)
        inner.addWidget(self.chart)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(50)  # the newest rows, not ten years of them
        header.setStretchLastSection(True)
        self._table_stale = True
        self.table.setFixedHeight(8 * self.fontMetrics().height())
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.pictured)
        self.stack.addWidget(self.table)
        self.as_table = QPushButton(self)
        self.as_table.setCheckable(True)
        self.as_table.toggled.connect(self._on_as_table_toggled)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addStretch(0 if titled else 1)
        top.addWidget(self.as_table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.stack)
        self._on_as_table_toggled(False)
        self._retranslate()

    def set_data(self, title: str, data: ChartData) -> None:
        self.title = title
        self.data = data
        self.chart.set_data(data)
        # The table is filled when it is shown: ten years of twenty habits are ten thousand
        # cells, too many to make again on every range switch nobody reads as a table.
        self._table_stale = True
        if self.as_table.isChecked():
            self._fill_table()
        self._retranslate()

    def table_rows(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and the screen reader)."""
        if self._table_stale:
            self._fill_table()
        return [
            [_text(self.table.item(r, c)) for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    def chart_rows(self) -> list[list[str]]:
        """The chart's numbers in the table's order: newest day first."""
        data = self.data
        return [
            [format_day(day), *(data.text(s.values[i]) for s in data.series)]
            for i, day in reversed(list(enumerate(data.days)))
        ]

    def _fill_table(self) -> None:
        self._table_stale = False
        rows = self.chart_rows()
        table = self.table
        table.clear()
        table.setColumnCount(1 + len(self.data.series))
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        table.setHorizontalHeaderLabels([self.tr("Date"), *(s.name for s in self.data.series)])

    def _retranslate(self) -> None:
        self.caption.setText(self.title)
        self.as_table.setText(self.tr("Show as table"))
        self.as_table.setAccessibleName(self.tr("Show as table: {chart}").format(chart=self.title))
        self.table.setAccessibleName(self.tr("{chart}, as a table").format(chart=self.title))
        self.chart.setAccessibleName(self.title)
        if not self._table_stale:
            self.table.setHorizontalHeaderLabels(
                [self.tr("Date"), *(s.name for s in self.data.series)]
            )
        shades = series_colors(self.palette(), len(self.data.series))
        self.legend.setText(
            "&nbsp;&nbsp; ".join(
                f'<span style="color:{colors.css(c)}">■</span>&nbsp;{_escaped(s.name)}'
                + (" (- -)" if s.dashed else "")
                for s, c in zip(self.data.series, shades, strict=True)
            )
        )
        self.legend.setVisible(len(self.data.series) > 1)

    def _on_as_table_toggled(self, on: bool) -> None:
        if on and self._table_stale:
            self._fill_table()
        shown = self.table if on else self.pictured
        for page in (self.pictured, self.table):
            policy = QSizePolicy.Policy.Preferred if page is shown else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(shown)
        self.stack.updateGeometry()

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self._retranslate()
        super().changeEvent(event)


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""
