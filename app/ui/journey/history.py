"""The weekly history: a small step chart of the stage per week, scrolling when it is long, and
the same weeks as a table.

The chart takes the keyboard focus (a frame shows it): Left and Right move the selected week,
Page Up and Page Down a quarter, Home and End go to the first and last week; a click selects a
week. The selected week, in words, is the chart's accessible description, so a screen reader
says what the marker shows. "Show as table" puts the weeks in a table, newest first: the stage,
and what the log showed that week.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import (
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.journey.ladder import WeekStage
from app.ui.guard import qt_override
from app.ui.journey.texts import week_label
from app.ui.journey.week_chart import StageAxis, WeekChart, chart_height
from app.ui.kit.labels import label
from app.ui.kit.numbers import format_day

_Index = QModelIndex | QPersistentModelIndex


class WeekTableModel(QAbstractTableModel):
    """The weeks as a table, newest first: week, first day, stage, what the log showed."""

    WEEK, FROM, STAGE, SHOWN = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.weeks: list[WeekStage] = []

    def set_weeks(self, weeks: Sequence[WeekStage]) -> None:
        self.beginResetModel()
        self.weeks = list(reversed(weeks))
        self.endResetModel()

    def refresh_texts(self) -> None:
        if self.weeks:
            last = self.index(len(self.weeks) - 1, self.SHOWN)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.SHOWN)

    @qt_override(default=0)
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.weeks)

    @qt_override(default=0)
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    @qt_override(default=None)
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Week"), self.tr("From"), self.tr("Stage"), self.tr("The log showed"))
        return titles[section] if 0 <= section < len(titles) else None

    @qt_override(default=None)
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        week = self.weeks[index.row()]
        column = index.column()
        if column == self.WEEK:
            return week_label(week.monday)
        if column == self.FROM:
            return format_day(week.monday)
        if column == self.STAGE:
            return label(week.stage)
        if week.shown is None:
            return self.tr("Nothing logged yet")
        return label(week.shown)


class WeeklyHistory(QWidget):
    """The stage axis and the chart, or the table; long histories scroll, the newest weeks in
    view (the chart's sideways scrolling is by design: ten years do not fit any window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.axis = StageAxis()
        self.chart = WeekChart()
        self.area = QScrollArea()
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setWidgetResizable(True)
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the chart takes the focus, not its frame
        self.area.setProperty("scrollsSideways", True)  # long histories: see tests/ui/walk.py
        self.area.setWidget(self.chart)
        # The chart sits on whatever the card behind it paints.
        self.area.setStyleSheet("QScrollArea { background: transparent; }")
        self.area.viewport().setAutoFillBackground(False)
        self.chart.setAutoFillBackground(False)
        self.pictured = QWidget()
        chart_row = QHBoxLayout(self.pictured)
        chart_row.setContentsMargins(0, 0, 0, 0)
        chart_row.setSpacing(0)
        chart_row.addWidget(self.axis, 0, Qt.AlignmentFlag.AlignTop)
        chart_row.addWidget(self.area, 1)
        self.model = WeekTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # one Tab stop: arrows move inside
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.pictured)
        self.stack.addWidget(self.table)
        self.as_table = QPushButton(self)
        self.as_table.setCheckable(True)
        self.as_table.toggled.connect(self._on_as_table_toggled)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.as_table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.stack)
        self._pin_end = True
        bar = self.area.horizontalScrollBar()
        bar.rangeChanged.connect(self._on_range_changed)
        bar.valueChanged.connect(self._on_value_changed)
        self.chart.selectedChanged.connect(self._on_selected_changed)
        self.setTabOrder(self.as_table, self.chart)
        self._on_as_table_toggled(False)
        self._retranslate()
        self._fit_height()

    def set_weeks(self, weeks: Sequence[WeekStage]) -> None:
        self._pin_end = True
        self.chart.set_weeks(weeks)
        self.model.set_weeks(weeks)
        self._fit_height()
        self._describe()

    def _retranslate(self) -> None:
        self.as_table.setText(self.tr("Show as table"))
        self.table.setAccessibleName(self.tr("Your stage week by week, as a table"))
        self._describe()

    def _describe(self) -> None:
        weeks = self.chart.weeks
        self.setAccessibleName(self.tr("Your stage week by week"))
        if not weeks:
            return
        top = label(max(w.stage for w in weeks))
        first, last = week_label(weeks[0].monday), week_label(weeks[-1].monday)
        if first == last:  # a range of one week is no range: "Week 12/2026", not "from … to …"
            text = self.tr("{week}. Highest stage: {top}.").format(week=last, top=top)
        else:
            text = self.tr(
                "%Ln weeks, from {first} to {last}. Highest stage: {top}.", "", len(weeks)
            ).format(first=first, last=last, top=top)
        self.setAccessibleDescription(text)

    def _fit_height(self) -> None:
        scrolls = self.chart.sizeHint().width() > self.area.viewport().width()
        bar = self.area.horizontalScrollBar().sizeHint().height() if scrolls else 0
        height = chart_height(self.chart.font()) + bar
        self.area.setFixedHeight(height)
        self.table.setFixedHeight(max(height, 8 * self.fontMetrics().height()))

    @qt_override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _on_as_table_toggled(self, on: bool) -> None:
        shown = self.table if on else self.pictured
        # A stacked widget is as tall as its tallest page: the hidden one claims no room.
        for page in (self.pictured, self.table):
            policy = QSizePolicy.Policy.Preferred if page is shown else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(shown)
        self.stack.updateGeometry()

    def _on_selected_changed(self, index: int) -> None:
        self._pin_end = index == len(self.chart.weeks) - 1
        if self._pin_end:
            bar = self.area.horizontalScrollBar()
            bar.setValue(bar.maximum())
            return
        x = int(self.chart.week_x(index))
        self.area.ensureVisible(x, self.chart.height() // 2, int(self.chart.step()) * 3 + 12, 0)

    def _on_range_changed(self, _low: int, high: int) -> None:
        if self._pin_end:
            self.area.horizontalScrollBar().setValue(high)

    def _on_value_changed(self, value: int) -> None:
        self._pin_end = value == self.area.horizontalScrollBar().maximum()

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.refresh_texts()
        super().changeEvent(event)
