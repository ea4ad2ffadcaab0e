"""Today's card of exercises from the coach: each open one with its due day, how far its count
has come, and "Done". Hidden while there is none. It reads and writes on its own (the page only
places it), and reads again when the journey, the activity log or the exercises change: a
logged comment counts toward "comment on five posts" at once."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.guard import qt_override
from app.ui.journey import access as journey_access
from app.ui.kit.card import Card
from app.ui.kit.muted import MutedLabel
from app.ui.kit.numbers import format_day, integer_text
from app.ui.kit.widgets import clear_layout, wrapped_label
from app.ui.store_access import read_store, write_store

if TYPE_CHECKING:
    # Not at import: the service reads and writes through SQLAlchemy, which Today's first
    # content does without (it is imported when the card first reads).
    from app.services.exchange.exercises import Open
    from app.storage.quick import QuickReader

EXERCISES = "exercises"  # the hub's dataChanged kind when one is marked done
RELOAD_ON = frozenset({EXERCISES, "journey", "activity"})


def _box(parent: QWidget, layout: QHBoxLayout) -> QWidget:
    box = QWidget(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    box.setLayout(layout)
    return box


class ExercisesCard(Card):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.open: list[Open] = []
        self.today: date = journey_access.today(ctx)
        self.items = QVBoxLayout()
        self.items.setSpacing(10)
        self.content.addLayout(self.items)
        self.titles: list[str] = []
        self.done_buttons: list[QPushButton] = []
        self.hide()
        ctx.hub.dataChanged.connect(self._on_data_changed)
        self.reload()

    def reload(self) -> None:
        self.today = journey_access.today(self.ctx)
        read_store(self.ctx, _open_exercises, self.show_exercises)

    def _on_data_changed(self, kind: str) -> None:
        if kind in RELOAD_ON:
            self.reload()

    def show_exercises(self, items: Sequence[Open]) -> None:
        self.open = list(items)
        self.rebuild()
        self.setVisible(bool(self.open))

    def rebuild(self) -> None:
        self.set_title(self.tr("Exercises from your coach"))
        clear_layout(self.items)
        self.titles, self.done_buttons = [], []
        for item in self.open:
            exercise = item.assigned.exercise
            column = QVBoxLayout()
            column.setSpacing(2)
            title = wrapped_label(self)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setText(exercise.title)
            column.addWidget(title)
            if exercise.text:
                body = wrapped_label(self)
                body.setText(exercise.text)
                column.addWidget(body)
            detail = MutedLabel(self)
            detail.setWordWrap(True)
            detail.setText(" · ".join(self._details(item)))
            column.addWidget(detail)
            button = QPushButton(self.tr("Done"), self)
            button.setAccessibleName(self.tr("Done: {exercise}").format(exercise=exercise.title))
            button.clicked.connect(lambda _=False, i=exercise.id: self.mark_done(i))
            row = QHBoxLayout()
            inner = QWidget(self)
            column.setContentsMargins(0, 0, 0, 0)
            inner.setLayout(column)
            row.addWidget(inner, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.items.addWidget(_box(self, row))
            self.titles.append(exercise.title)
            self.done_buttons.append(button)

    def _details(self, item: Open) -> list[str]:
        exercise, state = item.assigned.exercise, item.state
        due = format_day(exercise.due)
        parts = [
            self.tr("Due {day}").format(day=due)
            if exercise.due >= self.today
            else self.tr("Was due {day}").format(day=due)
        ]
        if state.target:
            parts.append(
                self.tr("{count} of {target} logged so far").format(
                    count=integer_text(state.count), target=integer_text(state.target)
                )
            )
        if item.assigned.coach:
            parts.append(self.tr("from {coach}").format(coach=item.assigned.coach))
        return parts

    def mark_done(self, exercise_id: str) -> None:
        from app.services.exchange.exercises import mark_done

        day = journey_access.today(self.ctx)
        write_store(
            self.ctx,
            lambda db, _r: mark_done(db, exercise_id, day),
            lambda _x: self.ctx.hub.statusMessage.emit(self.tr("Exercise done. Well done!")),
            announce=(EXERCISES,),
        )

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.rebuild()
        super().changeEvent(event)


def _open_exercises(reader: QuickReader) -> list[Open]:
    # Imported here, on the store's worker: not on the GUI thread before Today's content.
    from app.services.exchange.exercises import open_exercises

    return open_exercises(reader)
