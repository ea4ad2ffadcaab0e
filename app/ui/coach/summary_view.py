"""The cohort summary a programme owner asks for: how many were coached, who moved where."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.journey.ladder import Stage
from app.services.exchange.cohort import CohortSummary
from app.ui.guard import qt_override
from app.ui.kit.labels import label
from app.ui.kit.numbers import format_day, integer_text
from app.ui.kit.widgets import heading_font, wrapped_label


class SummaryView(QWidget):
    """Signals:
    exportRequested(str): save the summary; "html" or "csv".
    """

    exportRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: CohortSummary | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.counts = wrapped_label(self)
        self.counts.setFont(heading_font(self.font(), 1.1))
        layout.addWidget(self.counts)
        self.moves = wrapped_label(self)
        layout.addWidget(self.moves)
        self.matrix_title = wrapped_label(self)
        layout.addWidget(self.matrix_title)
        self.matrix = QTableWidget(self)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setTabKeyNavigation(False)  # one Tab stop: arrows move inside
        layout.addWidget(self.matrix)
        self.activity_title = wrapped_label(self)
        layout.addWidget(self.activity_title)
        self.activity = QTableWidget(self)
        self.activity.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activity.setTabKeyNavigation(False)
        self.activity.setMaximumHeight(220)
        layout.addWidget(self.activity)
        buttons = QHBoxLayout()
        self.export_html = QPushButton(self)
        self.export_html.clicked.connect(lambda: self.exportRequested.emit("html"))
        self.export_csv = QPushButton(self)
        self.export_csv.clicked.connect(lambda: self.exportRequested.emit("csv"))
        buttons.addWidget(self.export_html)
        buttons.addWidget(self.export_csv)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def set_summary(self, summary: CohortSummary) -> None:
        self.summary = summary
        self.retranslate()

    def retranslate(self) -> None:
        self.matrix_title.setText(
            self.tr("From the stage at the start (rows) to the stage now (columns):")
        )
        self.activity_title.setText(self.tr("Public actions of the whole cohort, by month:"))
        self.export_html.setText(self.tr("Save as a web page…"))
        self.export_csv.setText(self.tr("Save as CSV…"))
        self.matrix.setAccessibleName(self.tr("Stage at the start and now"))
        self.activity.setAccessibleName(self.tr("Public actions by month"))
        summary = self.summary
        if summary is None:
            self.counts.setText(self.tr("Open a folder of progress files to see the cohort."))
            self.moves.setText("")
            return
        self.counts.setText(self.tr("%Ln people coached", "", summary.people))
        self.moves.setText(
            self.tr("Moved up: {up}. Stayed: {same}. Moved down: {down}.").format(
                up=integer_text(summary.moved_up),
                same=integer_text(summary.stayed),
                down=integer_text(summary.moved_down),
            )
        )
        self._fill_matrix(summary)
        self._fill_activity(summary)

    def _fill_matrix(self, summary: CohortSummary) -> None:
        stages = list(Stage)
        starts = [s for s in (None, *stages) if summary.movement.get(s)]
        self.matrix.setColumnCount(len(stages))
        self.matrix.setRowCount(len(starts))
        self.matrix.setHorizontalHeaderLabels([label(s) for s in stages])
        self.matrix.setVerticalHeaderLabels(
            [label(s) if s is not None else self.tr("Not surveyed") for s in starts]
        )
        for row, start in enumerate(starts):
            cells = summary.movement[start]
            for column, now in enumerate(stages):
                count = cells.get(now, 0)
                item = QTableWidgetItem(integer_text(count) if count else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.matrix.setItem(row, column, item)
        self.matrix.resizeColumnsToContents()

    def _fill_activity(self, summary: CohortSummary) -> None:
        months = list(summary.activity_by_month.items())[-12:]
        self.activity.setRowCount(1)
        self.activity.setColumnCount(len(months))
        self.activity.setHorizontalHeaderLabels([format_day(m) for m, _ in months])
        self.activity.setVerticalHeaderLabels([self.tr("Actions")])
        for column, (_, count) in enumerate(months):
            self.activity.setItem(0, column, QTableWidgetItem(integer_text(count)))
        self.activity.resizeColumnsToContents()

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def default_name(folder: Path, kind: str) -> str:
    return f"cohort-{folder.name}.{kind}"
