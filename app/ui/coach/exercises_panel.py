"""The person view's exercises: what the person's newest file says of each one assigned (done
or open, how far its count has come), and assigning a new one.

Signals:
    assigned(object): the coach assigned an ``Exercise``; it goes in the next feedback file.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from app.domain.exchange.exercises import ExerciseState, done_of
from app.domain.journey.ladder import Stage
from app.ui.coach.exercise_picker import ExercisePicker
from app.ui.guard import qt_override
from app.ui.kit.muted import MutedLabel
from app.ui.kit.numbers import format_day, integer_text


class ExercisesPanel(QWidget):
    assigned = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.states: tuple[ExerciseState, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = MutedLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(140)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.picker: ExercisePicker | None = None  # made for each person (their stage first)
        self.picker_row = row
        self.assign = QPushButton(self)
        self.assign.clicked.connect(self._on_assign)
        row.addWidget(self.assign)
        layout.addLayout(row)
        self.retranslate()

    def set_person(
        self, states: tuple[ExerciseState, ...], stage: Stage | None, today: date
    ) -> None:
        self.states = states
        if self.picker is not None:
            self.picker_row.removeWidget(self.picker)
            self.picker.deleteLater()
        self.picker = ExercisePicker(today, stage, self)
        self.picker_row.insertWidget(0, self.picker, 1)
        self.retranslate()

    def _on_assign(self) -> None:
        exercise = self.picker.exercise() if self.picker is not None else None
        if exercise is not None:
            self.assigned.emit(exercise)

    def retranslate(self) -> None:
        self.assign.setText(self.tr("Assign"))
        self.list.setAccessibleName(self.tr("Exercises and how they stand"))
        done, total = done_of(self.states)
        self.summary.setText(
            self.tr("{done} of {total} done, as their newest file says.").format(
                done=integer_text(done), total=integer_text(total)
            )
            if total
            else self.tr("No exercise in their newest file yet.")
        )
        self.list.clear()
        for state in self.states:
            parts = [state.title, self.tr("due {day}").format(day=format_day(state.due))]
            if state.done_on is not None:
                parts.append(self.tr("done on {day}").format(day=format_day(state.done_on)))
            else:
                parts.append(self.tr("open"))
            if state.target:
                parts.append(
                    self.tr("{count} of {target} logged").format(
                        count=integer_text(state.count), target=integer_text(state.target)
                    )
                )
            self.list.addItem(" · ".join(parts))
        self.list.setVisible(bool(self.states))

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
