"""The habit list: a table of habits with day marks, keyboard-first.

Keys: Space checks the current habit for today (or for the day of the current column), S skips,
Enter opens the habit, F2 edits it, Delete archives it; Ctrl+Z (on the page) undoes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.ui.guard import qt_override, soon
from app.ui.habits.model import HabitsModel
from app.ui.habits.paint import habit_colors, paint_mark, paint_ring
from app.ui.kit import colors
from app.ui.kit.painting import saved

_Index = QModelIndex | QPersistentModelIndex
ROW_HEIGHT = 48
DAY_WIDTH = 42
COLUMN_WIDTHS = {HabitsModel.STRENGTH: 80, HabitsModel.CURRENT: 58, HabitsModel.BEST: 58}


class HabitDelegate(QStyledItemDelegate):
    """Paints the name with its rule underneath, the day marks and the strength ring.

    Colours come from the application's palette: the view's own has its highlight replaced by
    the selection tint.
    """

    @qt_override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        column = index.column()
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        text = style_option.text
        style_option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # the row background, selection and focus frame
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget)
        rect = QRectF(option.rect)
        colors = habit_colors(QApplication.palette())
        if column == HabitsModel.NAME:
            self._paint_name(painter, option, rect, text, index)
        elif HabitsModel.FIRST_DAY <= column <= HabitsModel.TODAY:
            mark = str(index.data(HabitsModel.MARK_ROLE))
            paint_mark(painter, rect, mark, colors, column == HabitsModel.TODAY, text)
        elif column == HabitsModel.STRENGTH:
            summary = index.data(HabitsModel.SUMMARY_ROLE)
            ring = QRectF(rect.left() + 8, rect.center().y() - 10, 20, 20)
            paint_ring(painter, ring, summary.score if summary else 0.0, colors)
            with saved(painter):
                painter.setPen(self._text_color(option))
                painter.drawText(
                    rect.adjusted(34, 0, -4, 0),
                    int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                    text,
                )
        else:
            with saved(painter):
                painter.setPen(self._text_color(option))
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)

    @staticmethod
    def _text_color(option: QStyleOptionViewItem) -> QColor:
        # The selection is a light tint (see HabitsTable), so text keeps its colour.
        return option.palette.color(QPalette.ColorRole.Text)

    def _paint_name(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRectF,
        text: str,
        index: _Index,
    ) -> None:
        rule = str(index.data(HabitsModel.RULE_ROLE) or "")
        with saved(painter):
            inner = rect.adjusted(10, 5, -6, -5)
            font = QFont(option.font)
            metrics_name = painter.fontMetrics()
            painter.setFont(font)
            painter.setPen(self._text_color(option))
            top = inner.adjusted(0, 0, 0, -inner.height() / 2)
            name = metrics_name.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width()))
            painter.drawText(
                top, int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft), name
            )
            small = QFont(font)
            small.setPointSizeF(font.pointSizeF() * 0.86)
            painter.setFont(small)
            colors = habit_colors(QApplication.palette())
            painter.setPen(colors.muted)
            bottom = inner.adjusted(0, inner.height() / 2 + 1, 0, 0)
            rule = painter.fontMetrics().elidedText(
                rule, Qt.TextElideMode.ElideRight, int(inner.width())
            )
            painter.drawText(
                bottom, int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft), rule
            )

    @qt_override
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), ROW_HEIGHT))


class HabitsTable(QTableView):
    """Signals:
    toggleRequested(int, object): check or uncheck the habit (id) on the day (``date``).
    skipRequested(int, object): skip the habit on the day, or undo the skip.
    amountRequested(int, object): ask for the amount of a numeric habit on the day.
    openRequested(int): show the habit's details.
    editRequested(int): open the habit's editor.
    archiveRequested(int): archive the habit.
    """

    toggleRequested = Signal(int, object)
    skipRequested = Signal(int, object)
    amountRequested = Signal(int, object)
    openRequested = Signal(int)
    editRequested = Signal(int)
    archiveRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("habitsTable")
        self.setItemDelegate(HabitDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setMouseTracking(True)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as everywhere else
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._tint_selection()
        self.clicked.connect(self._on_clicked)
        self.doubleClicked.connect(self._on_double_clicked)

    @qt_override
    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(HabitsModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in range(HabitsModel.FIRST_DAY, HabitsModel.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(DAY_WIDTH)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each fixed column as wide as its usual width or its header's words, whichever is
        wider ("Tänään" needs more than a day's mark); call again when the words change."""
        model: QAbstractItemModel | None = self.model()  # None before setModel()
        header = self.horizontalHeader()
        if model is None:
            return
        metrics = header.fontMetrics()
        margins = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for column in range(HabitsModel.FIRST_DAY, HabitsModel.COLUMNS):
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            words = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
            header.resizeSection(column, max(COLUMN_WIDTHS.get(column, DAY_WIDTH), words + margins))

    def _tint_selection(self) -> None:
        """A light tint of the accent for the selected row, so that its day marks (painted in
        the accent colour) stay visible, in light and dark palettes alike."""
        # The app's palette, not this view's: the style sheet below changes the latter.
        tint = colors.accent(QApplication.palette())
        tint.setAlphaF(0.12)
        sheet = (
            f"QTableView#habitsTable {{ selection-background-color: {colors.css(tint)};"
            " selection-color: palette(text); }"
        )
        if sheet != self.styleSheet():  # setting it changes the palette: no loop
            self.setStyleSheet(sheet)

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._tint_selection()
        elif event.type() == QEvent.Type.FontChange:
            self.fit_columns()
        super().changeEvent(event)

    def current_habit(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        return int(index.data(HabitsModel.ID_ROLE))

    def current_day(self) -> date:
        """The day of the current column, or today."""
        index = self.currentIndex()
        day = index.data(HabitsModel.DAY_ROLE) if index.isValid() else None
        if isinstance(day, date):
            return day
        return self._today()

    def _today(self) -> date:
        model = self.model()
        source = model.sourceModel() if hasattr(model, "sourceModel") else model
        if not isinstance(source, HabitsModel):
            raise TypeError("a HabitsTable shows a HabitsModel, whose today it takes")
        return source.today

    def select_habit(self, habit_id: int) -> None:
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, HabitsModel.NAME)
            if index.data(HabitsModel.ID_ROLE) == habit_id:
                self.setCurrentIndex(index)
                return

    @qt_override
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.model() is not None:
            first = self.model().index(0, HabitsModel.NAME)
            if first.isValid():
                self.setCurrentIndex(first)

    @qt_override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        habit = self.current_habit()
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if habit is not None and plain:
            actions = {
                Qt.Key.Key_Space: lambda: self.toggleRequested.emit(habit, self.current_day()),
                Qt.Key.Key_S: lambda: self.skipRequested.emit(habit, self.current_day()),
                Qt.Key.Key_A: lambda: self.amountRequested.emit(habit, self.current_day()),
                Qt.Key.Key_Return: lambda: self.openRequested.emit(habit),
                Qt.Key.Key_Enter: lambda: self.openRequested.emit(habit),
                Qt.Key.Key_F2: lambda: self.editRequested.emit(habit),
                Qt.Key.Key_Delete: lambda: self.archiveRequested.emit(habit),
            }
            action = actions.get(Qt.Key(key))
            if action is not None:
                soon(action)  # it may open a dialog (the amount, the editor): not in here
                event.accept()
                return
        super().keyPressEvent(event)

    def _on_clicked(self, index: QModelIndex) -> None:
        day = index.data(HabitsModel.DAY_ROLE)
        if isinstance(day, date) and index.data(HabitsModel.MARK_ROLE) != "before":
            self.toggleRequested.emit(int(index.data(HabitsModel.ID_ROLE)), day)

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if not isinstance(index.data(HabitsModel.DAY_ROLE), date):
            self.openRequested.emit(int(index.data(HabitsModel.ID_ROLE)))
