"""Today as the hub: one next step, today's habits to check, this week's planned posts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.activity import Channel
from app.domain.habits import CheckState
from app.ui.guard import qt_override
from app.ui.kit.card import Card
from app.ui.kit.labels import label
from app.ui.kit.muted import MutedLabel
from app.ui.kit.numbers import format_day
from app.ui.kit.widgets import clear_layout, wrapped_label

if TYPE_CHECKING:
    from app.domain.drafts.model import PlanEntry
    from app.services.habits import HabitSummary


class NextStepCard(Card):
    """The one next step, with the button that takes it (none for the ladder's own step).

    Signals:
        taken(): the person pressed the step's button.
    """

    taken = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = wrapped_label(self)
        self.content.addWidget(self.text)
        row = QHBoxLayout()
        self.button = QPushButton(self)
        self.button.clicked.connect(self.taken)
        row.addWidget(self.button)
        row.addStretch(1)
        self.content.addLayout(row)

    def set_step(self, title: str, text: str, button: str = "") -> None:
        self.set_title(title)
        self.text.setText(text)
        self.button.setText(button)
        self.button.setVisible(bool(button))


class HabitsTodayCard(Card):
    """Today's habits, each a check box: Space or a click checks it (or takes the check back)
    through the habits service, as the Habits page does.

    Signals:
        toggleRequested(int): check or uncheck this habit for today (its id).
    """

    toggleRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._habits: list[HabitSummary] = []
        self.rows = QVBoxLayout()
        self.rows.setSpacing(4)
        self.content.addLayout(self.rows)
        self.boxes: list[QCheckBox] = []
        self.rebuild()

    def show_habits(self, habits: Sequence[HabitSummary]) -> None:
        self._habits = list(habits)
        self.rebuild()

    def rebuild(self) -> None:
        self.set_title(self.tr("Today's habits"))
        clear_layout(self.rows)
        self.boxes = []
        for summary in self._habits:
            box = QCheckBox(self)
            today = summary.checked_today
            state = today.state if today is not None else None
            box.setChecked(state is CheckState.DONE)
            text = summary.record.name
            if state is CheckState.SKIPPED:
                text = self.tr("{habit} (skipped today)").format(habit=text)
            box.setText(text.replace("&", "&&"))
            box.clicked.connect(lambda _=False, i=summary.id: self.toggleRequested.emit(i))
            self.rows.addWidget(box)
            self.boxes.append(box)

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.rebuild()
        super().changeEvent(event)


class PlannedPostsCard(Card):
    """This week's planned posts (the Drafts page's plan), earliest first.

    Signals:
        openRequested(): the person wants the Drafts page.
    """

    openRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: list[PlanEntry] = []
        self._today: date | None = None
        self.items = QVBoxLayout()
        self.items.setSpacing(6)
        self.content.addLayout(self.items)
        self.empty = MutedLabel(self)
        self.content.addWidget(self.empty)
        row = QHBoxLayout()
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.openRequested)
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.content.addLayout(row)
        self.lines: list[str] = []
        self.rebuild()

    def show_plan(self, plan: Sequence[PlanEntry], today: date) -> None:
        self._plan, self._today = list(plan), today
        self.rebuild()

    def rebuild(self) -> None:
        self.set_title(self.tr("Planned this week"))
        clear_layout(self.items)
        self.lines = [self._line(entry) for entry in self._plan]
        for line in self.lines:
            item = wrapped_label(self)
            item.setText(line)
            self.items.addWidget(item)
        self.empty.setVisible(not self._plan)
        self.empty.setText(self.tr("Nothing is planned for this week."))
        self.open_button.setText(self.tr("Open Drafts"))

    def _line(self, entry: PlanEntry) -> str:
        when = entry.when
        day = QDate(when.year, when.month, when.day)
        locale = QLocale()
        weekday = locale.dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat)
        clock = locale.toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
        title = entry.title.strip() or self.tr("Untitled draft")
        where = label(Channel(entry.network.value))
        return self.tr("{weekday} {day} {time} · {network}: {title}").format(
            weekday=weekday, day=format_day(when.date()), time=clock, network=where, title=title
        )

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.rebuild()
        super().changeEvent(event)


class HubWords(QObject):
    """The next step's words: one per kind of step (Today shows one at a time)."""

    def review(self, goal: str) -> tuple[str, str, str]:
        return (
            self.tr("Your next step: review your goal"),
            self.tr("It is time to look back on “{goal}”: a few lines on how it goes.").format(
                goal=goal
            ),
            self.tr("Review now"),
        )

    def import_posts(self) -> tuple[str, str, str]:
        return (
            self.tr("Your next step: import your posts"),
            self.tr(
                "Bring in what you have already written (a LinkedIn or X archive, or plain "
                "text): your voice profile and your history on the ladder start from it."
            ),
            self.tr("Import your posts"),
        )

    def first_goal(self) -> tuple[str, str, str]:
        return (
            self.tr("Your next step: set a goal"),
            self.tr("A goal turns a good intention into a plan for the week."),
            self.tr("Set your first goal"),
        )

    def ladder(self, text: str) -> tuple[str, str, str]:
        return self.tr("Your next step"), text, ""
