"""Progress since the start: the latest re-take of the survey next to the first one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.domain.journey.ladder import Stage
from app.domain.journey.profile import Assessment, AssessmentChange
from app.ui.guard import qt_override
from app.ui.kit.labels import label
from app.ui.kit.numbers import format_day
from app.ui.kit.widgets import wrapped_label


class ComparisonPanel(QWidget):
    """Per survey question: how often at the start, how often now, and which way it moved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compared: tuple[Assessment, Assessment, list[AssessmentChange]] | None = None
        self.reassess_on: date | None = None
        self.stage_now: Stage | None = None  # the one stage (standing.py), not a survey's
        self.cells: list[tuple[QLabel, QLabel, QLabel, QLabel]] = []  # a row per action
        self.intro = wrapped_label(self)
        self.table = QWidget(self)
        self.grid = QGridLayout(self.table)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(4, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addStretch(1)
        self._fill()

    def set_comparison(
        self,
        compared: tuple[Assessment, Assessment, list[AssessmentChange]] | None,
        reassess_on: date | None,
        stage_now: Stage | None = None,
    ) -> None:
        self.compared, self.reassess_on, self.stage_now = compared, reassess_on, stage_now
        self._fill()

    def rows(self) -> list[str]:
        """Each row as read aloud: "Comment: Monthly → Weekly, more often"."""
        return [
            f"{action.text()}: {before.text()} → {after.text()}, {way.text()}"
            for action, before, after, way in self.cells
        ]

    def _fill(self) -> None:
        while (item := self.grid.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.cells = []
        if self.compared is None:
            self.table.hide()
            self.intro.setText(self._waiting_text())
            return
        first, latest, changes = self.compared
        # The surveys' estimates are named as such: the stage now is the ladder's, the same
        # one every page shows (issue 13: "now Commenter" here beside Creator on the ladder).
        intro = self.tr(
            "Your first survey ({first}) next to your latest re-take ({latest}). "
            "The survey placed you at {before} then and at {after} in the re-take."
        ).format(
            first=format_day(first.taken_on),
            latest=format_day(latest.taken_on),
            before=label(first.starting_point().stage),
            after=label(latest.starting_point().stage),
        )
        if self.stage_now is not None:
            intro += " " + self.tr(
                "On the ladder, from what you log, your stage now is {stage}."
            ).format(stage=label(self.stage_now))
        self.intro.setText(intro)
        bold = QFont(self.font())
        bold.setBold(True)
        headers = (self.tr("How often you…"), self.tr("At the start"), self.tr("Now"), "")
        for col, text in enumerate(headers):
            cell = QLabel(text, self.table)
            cell.setFont(bold)
            self.grid.addWidget(cell, 0, col)
        for row, change in enumerate(changes, start=1):
            texts = (label(change.action), label(change.before), label(change.after),
                     self._direction(change.delta))  # fmt: skip
            cells = tuple(QLabel(text, self.table) for text in texts)
            for col, cell in enumerate(cells):
                cell.setTextFormat(Qt.TextFormat.PlainText)
                self.grid.addWidget(cell, row, col)
            self.cells.append(cells)  # type: ignore[arg-type]
        self.table.show()

    def _direction(self, delta: int) -> str:
        if delta > 0:
            return self.tr("↑ more often")
        if delta < 0:
            return self.tr("↓ less often")
        return self.tr("= the same")

    def _waiting_text(self) -> str:
        if self.reassess_on is None:
            return self.tr(
                "Once you have taken the survey of your habits, you can retake it every quarter "
                "and see here how your habits have changed since the start."
            )
        return self.tr(
            "Every quarter you can retake the survey of your habits; then you see here how they "
            "have changed since the start. Your next re-take is due on {day}."
        ).format(day=format_day(self.reassess_on))

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)
