"""Which habits the habit-strength chart draws: twenty lines in five colours cannot be told
apart, so with more than ``MOST_SHOWN`` habits the chart starts with the ones whose strength
moved most in the range (up or down: what is worth a look), and the person picks others from a
menu of check boxes. The choice is kept while the page lives, by habit, across range switches."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QSizePolicy, QWidget

from app.domain.progress import HabitStrength
from app.ui.guard import qt_override
from app.ui.kit.numbers import integer_text

MOST_SHOWN = 5


def moved_most(habits: Sequence[HabitStrength], count: int = MOST_SHOWN) -> set[int]:
    """The ids of the ``count`` habits whose strength changed most from the range's first
    week to its last (ties by name)."""

    def change(habit: HabitStrength) -> float:
        scores = [score for _, score in habit.points]
        return abs(scores[-1] - scores[0]) if scores else 0.0

    ranked = sorted(habits, key=lambda h: (-change(h), h.name.casefold()))
    return {h.habit_id for h in ranked[:count]}


class HabitPicker(QPushButton):
    """Signals: changed(): the habits to draw changed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.habits: tuple[HabitStrength, ...] = ()
        self.picked: set[int] | None = None  # None: the person has not chosen; moved_most
        self.show_all = QAction(self)
        self.show_all.triggered.connect(self._pick_all)
        self.show_moved = QAction(self)
        self.show_moved.triggered.connect(lambda: self._pick(None))
        self._retranslate()

    def set_habits(self, habits: Sequence[HabitStrength]) -> None:
        self.habits = tuple(habits)
        self.setVisible(len(self.habits) > MOST_SHOWN)
        self._fill()

    def shown(self) -> tuple[HabitStrength, ...]:
        """The habits to draw, in their order."""
        if len(self.habits) <= MOST_SHOWN:
            return self.habits
        wanted = moved_most(self.habits) if self.picked is None else self.picked
        return tuple(h for h in self.habits if h.habit_id in wanted)

    def _pick_all(self) -> None:
        self._pick({habit.habit_id for habit in self.habits})

    def _pick(self, picked: set[int] | None) -> None:
        self.picked = picked
        self._fill()
        self.changed.emit()

    def _fill(self) -> None:
        self.menu_.clear()
        drawn = {h.habit_id for h in self.shown()}
        for habit in self.habits:
            action = self.menu_.addAction(habit.name)
            action.setCheckable(True)
            action.setChecked(habit.habit_id in drawn)
            action.toggled.connect(lambda on, h=habit.habit_id: self._toggled(h, on))
        self.menu_.addSeparator()
        self.menu_.addAction(self.show_moved)
        self.menu_.addAction(self.show_all)
        self._retranslate()

    def _toggled(self, habit_id: int, on: bool) -> None:
        picked = {h.habit_id for h in self.shown()}
        if on:
            picked.add(habit_id)
        else:
            picked.discard(habit_id)
        self.picked = picked
        self._retranslate()
        self.changed.emit()

    def _retranslate(self) -> None:
        shown, every = len(self.shown()), len(self.habits)
        self.setText(
            self.tr("Habits shown: {shown} of {every}").format(
                shown=integer_text(shown), every=integer_text(every)
            )
        )
        self.setAccessibleName(self.text())
        self.show_moved.setText(self.tr("The {count} that changed most").format(count=MOST_SHOWN))
        self.show_all.setText(self.tr("All habits"))

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
