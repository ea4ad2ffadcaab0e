"""The cohort's table: a thousand people at a glance, without making the window wait.

The rows come sorted and worded from a worker (``cohort_model.prepare``); the table measures
each column's different words once and sets each column to its widest (and its header) in one
step, and paints each cell with one
call into Python. Finding a person or only those needing attention keeps the person picked.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem, QTableView, QWidget

from app.services.exchange.cohort import PersonRow
from app.ui.coach.cohort_model import (
    CohortDelegate,
    CohortModel,
    Order,
    Prepared,
    prepare,
    widths_of,
)
from app.ui.context import AppContext

FIT_ROWS = 50  # rows Qt measures when it fits a column itself (see ``fit_columns``)
SAMPLE = "M"


class CohortTable(QTableView):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cohort = CohortModel(self)
        self.setModel(self.cohort)
        self.setItemDelegate(CohortDelegate(self.cohort, self))
        self.setSortingEnabled(True)
        self.sortByColumn(CohortModel.ATTENTION, Qt.SortOrder.DescendingOrder)
        self.setTabKeyNavigation(False)  # one Tab stop: arrows move inside the table
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(False)  # one line per person: thirty people at a glance
        header = self.horizontalHeader()
        # Each column fits its header and words in every language, the last one takes what is
        # left. When Qt fits a column itself (a few rows after a language switch, until the
        # worker has measured them all) it looks at fifty rows, not a thousand (not 0, "the rows
        # on screen": while the table is hidden Qt then measures them all). In a narrow window
        # the table scrolls sideways (names and who needs attention come first).
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setStretchLastSection(True)
        self.setProperty("scrollsSideways", True)  # see tests/ui/walk.py
        self._measuring = 0  # the newest measuring asked for; older answers are dropped
        self._kept = ""  # the person picked last: picked again when shown again

    def order(self) -> Order:
        header = self.horizontalHeader()
        return header.sortIndicatorSection(), header.sortIndicatorOrder()

    def take(self, prepared: Prepared) -> None:
        """Show rows a worker made ready: the person picked stays picked."""
        self._keep()
        self.cohort.set_prepared(prepared)
        self.fit_to(widths_of(prepared.texts.values(), self.font()))
        self._pick()

    def fit_to(self, widths: tuple[int, ...]) -> None:
        """Each column as wide as its widest words (``widths``) and its header."""
        header, margin = self.horizontalHeader(), self._cell_margin()
        for column, words in enumerate(widths):
            wanted = max(header.sectionSizeFromContents(column).width(), words + margin)
            if header.sectionSize(column) != wanted:
                header.resizeSection(column, wanted)

    def fit_columns(self) -> None:
        """Qt fits the columns itself (over ``FIT_ROWS`` rows)."""
        self.resizeColumnsToContents()

    def measure_again(self) -> None:
        """After a language switch: the words are made and measured again on a worker (the rows
        already shown are worded again as they are painted, and fitted over a few rows now)."""
        self.cohort.refresh_texts()
        self.fit_columns()
        if not self.cohort.everyone:
            return
        self._measuring += 1
        asked, rows, order = self._measuring, self.cohort.everyone, self.order()

        def done(ready: Prepared) -> None:
            if asked == self._measuring:
                self.take(ready)

        self.ctx.tasks.run(lambda: prepare(rows, order), done)

    def picked(self) -> PersonRow | None:
        at = self.currentIndex().row()
        return self.cohort.rows[at] if 0 <= at < len(self.cohort.rows) else None

    def _keep(self) -> None:
        picked = self.picked()
        if picked is not None:
            self._kept = picked.member.report.person.id

    def _pick(self) -> None:
        at = self.cohort.position(self._kept) if self._kept else None
        if at is not None:
            self.setCurrentIndex(self.cohort.index(at, 0))

    def set_words(self, words: str) -> None:
        self._keep()
        self.cohort.set_words(words)
        self._pick()

    def set_attention_only(self, on: bool) -> None:
        self._keep()
        self.cohort.set_attention_only(on)
        self._pick()

    def _cell_margin(self) -> int:
        """What a cell adds to the width of its words, as the style and the grid count it."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.text = SAMPLE
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, option, QSize(), self
        )
        grid = 1 if self.showGrid() else 0
        return size.width() - QFontMetrics(option.font).horizontalAdvance(SAMPLE) + grid
