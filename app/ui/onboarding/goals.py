"""Step 4, first goals: up to three SMART goals, suggested from the stage and the benefits."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.activity import ActivityKind, Channel
from app.domain.journey.goals import (
    MAX_ACTIVE_GOALS,
    ActivityCount,
    Goal,
    ManualNumber,
    Measure,
    ReviewCadence,
    goal_issues,
)
from app.storage.journey.records import GoalRecord
from app.ui.kit.labels import label
from app.ui.kit.widgets import wrapped_label
from app.ui.onboarding.common import hint_label, show_hints, step_title
from app.ui.onboarding.suggestions import Suggestion, default_deadline
from app.ui.onboarding.survey import SURVEY_CHANNELS

MANUAL = "manual"  # the measure combo's entry for a number the person keeps themselves
MAX_TARGET = 1_000_000


class GoalEditor(QGroupBox):
    """One goal; the group's own check box says whether to keep it (unticked: not saved).

    Signals:
        changed(): the person changed something in this goal.
    """

    changed = Signal()

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.goal_id: int | None = None
        self.start: date | None = None  # a stored goal keeps its start
        self.setCheckable(True)
        self.setChecked(False)
        self.form = form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.statement = QLineEdit(self)
        self.measure = QComboBox(self)
        for kind in ActivityKind:
            self.measure.addItem("", kind.value)
        self.measure.addItem("", MANUAL)
        self.channel = QComboBox(self)
        self.channel.addItem("", "")
        for channel in SURVEY_CHANNELS:
            self.channel.addItem("", channel.value)
        self.unit = QLineEdit(self)
        self.target = QSpinBox(self)
        self.target.setRange(0, MAX_TARGET)
        self.deadline = QDateEdit(self)
        self.deadline.setCalendarPopup(True)
        self.cadence = QComboBox(self)
        for cadence in ReviewCadence:
            self.cadence.addItem("", cadence.value)
        self.hints = hint_label(self)
        self._labels = [wrapped_label(self) for _ in range(7)]
        fields = (
            self.statement,
            self.measure,
            self.channel,
            self.unit,
            self.target,
            self.deadline,
            self.cadence,
        )
        for row_label, field in zip(self._labels, fields, strict=True):
            row_label.setBuddy(field)
            form.addRow(row_label, field)
        form.addRow(self.hints)
        self.toggled.connect(self._on_edited)
        self.statement.textChanged.connect(self._on_edited)
        self.measure.currentIndexChanged.connect(self._on_edited)
        self.channel.currentIndexChanged.connect(self._on_edited)
        self.unit.textChanged.connect(self._on_edited)
        self.target.valueChanged.connect(self._on_edited)
        self.deadline.dateChanged.connect(self._on_edited)
        self.cadence.currentIndexChanged.connect(self._on_edited)

    def value(self, today: date) -> Goal:
        kind = self.measure.currentData()
        measure: Measure
        if kind == MANUAL:
            measure = ManualNumber(self.unit.text().strip())
        else:
            channel = self.channel.currentData()
            measure = ActivityCount(ActivityKind(kind), Channel(channel) if channel else None)
        return Goal(
            id=self.goal_id,
            statement=" ".join(self.statement.text().split()),
            measure=measure,
            target=float(self.target.value()),
            start=self.start or today,
            deadline=self.deadline.date().toPython(),  # type: ignore[arg-type]
            cadence=ReviewCadence(self.cadence.currentData()),
            active=self.isChecked(),
        )

    def set_value(self, goal: Goal | None, suggestion: Suggestion | None, today: date) -> None:
        """Show a stored goal, or a suggestion (unticked unless told otherwise), or nothing."""
        self.goal_id = goal.id if goal else None
        self.start = goal.start if goal else None
        if goal is not None:
            statement, measure, target = goal.statement, goal.measure, int(goal.target)
            deadline, cadence = goal.deadline or default_deadline(today), goal.cadence
        elif suggestion is not None:
            statement, measure, target = suggestion.statement, suggestion.measure, suggestion.target
            deadline, cadence = suggestion.deadline, ReviewCadence.WEEKLY
        else:
            statement, measure, target = "", ActivityCount(ActivityKind.COMMENT), 0
            deadline, cadence = default_deadline(today), ReviewCadence.WEEKLY
        self.statement.setText(statement)
        if isinstance(measure, ActivityCount):
            self.measure.setCurrentIndex(self.measure.findData(measure.kind.value))
            channel = measure.channel.value if measure.channel else ""
            self.channel.setCurrentIndex(max(0, self.channel.findData(channel)))
            self.unit.clear()
        else:
            self.measure.setCurrentIndex(self.measure.findData(MANUAL))
            self.unit.setText(getattr(measure, "unit", ""))
        self.target.setValue(target)
        self.deadline.setDate(QDate(deadline.year, deadline.month, deadline.day))
        self.cadence.setCurrentIndex(self.cadence.findData(cadence.value))
        self.setChecked(goal.active if goal is not None else False)
        self._update_fields()

    def show_issues(self, today: date, active_count: int) -> None:
        goal = self.value(today)
        issues = goal_issues(goal, active_count) if self.isChecked() else []
        show_hints(self.hints, [label(issue) for issue in issues])

    def retranslate(self) -> None:
        self.setTitle(self.tr("Goal {number}").format(number=self.number))
        texts = (
            self.tr("What do you want to do?"),
            self.tr("What counts"),
            self.tr("Where"),
            self.tr("Unit"),
            self.tr("Target, in total by the deadline"),
            self.tr("Deadline"),
            self.tr("Review"),
        )
        for row_label, text in zip(self._labels, texts, strict=True):
            row_label.setText(text)
            buddy = row_label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(f"{self.title()}: {text}")
        for index in range(self.measure.count()):
            data = self.measure.itemData(index)
            text = (
                self.tr("A number I keep myself") if data == MANUAL else label(ActivityKind(data))
            )
            self.measure.setItemText(index, text)
        self.channel.setItemText(0, self.tr("Any channel"))
        for index in range(1, self.channel.count()):
            self.channel.setItemText(index, label(Channel(self.channel.itemData(index))))
        for index in range(self.cadence.count()):
            self.cadence.setItemText(index, label(ReviewCadence(self.cadence.itemData(index))))
        self.unit.setPlaceholderText(self.tr("For example: followers"))

    def _on_edited(self) -> None:
        self._update_fields()
        self.changed.emit()

    def _update_fields(self) -> None:
        manual = self.measure.currentData() == MANUAL
        self.form.setRowVisible(self.channel, not manual)
        self.form.setRowVisible(self.unit, manual)


class GoalsStep(QWidget):
    """Up to three goals. ``touched`` turns true once the person edits one: from then on new
    suggestions (after going back and changing the benefits) no longer overwrite them."""

    def __init__(self, parent: QWidget | None = None, *, today: date) -> None:
        """``today``: the page's today (ctx.clock), until ``fill`` brings the data's."""
        super().__init__(parent)
        self.touched = False
        self.other_active = 0  # active goals stored outside this step
        self._today = today
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title = step_title(self)
        self.intro = wrapped_label(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        self.editors = [GoalEditor(n, self) for n in range(1, MAX_ACTIVE_GOALS + 1)]
        for editor in self.editors:
            editor.changed.connect(self._on_changed)
            layout.addWidget(editor)

    @property
    def first_input(self) -> QWidget:
        return self.editors[0]

    def fill(self, records: list[GoalRecord], suggestions: list[Suggestion], today: date) -> None:
        """Stored goals first, then suggestions; the first is ticked when nothing is stored."""
        self._today = today
        self._filling = True
        goals = [r.goal for r in records][: len(self.editors)]
        offers = suggestions[: len(self.editors) - len(goals)]
        for index, editor in enumerate(self.editors):
            if index < len(goals):
                editor.set_value(goals[index], None, today)
            else:
                offer = offers[index - len(goals)] if index - len(goals) < len(offers) else None
                editor.set_value(None, offer, today)
        if not goals:
            self.editors[0].setChecked(True)
        self._filling = False
        self._update_hints()

    def goals(self, today: date) -> list[Goal]:
        """What to save: the ticked goals, and stored ones now unticked (saved as paused)."""
        found = []
        for editor in self.editors:
            goal = editor.value(today)
            if (goal.active and goal.statement) or goal.id is not None:
                found.append(goal)
        return found

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your first goals"))
        self.intro.setText(
            self.tr(
                "Small, concrete goals grow into habits. Here are suggestions from your starting "
                "point and your benefits: keep, change or untick them. Up to three at a time."
            )
        )
        for editor in self.editors:
            editor.retranslate()
        self._update_hints()

    def _on_changed(self) -> None:
        if not self._filling:
            self.touched = True
            self._update_hints()

    def _update_hints(self) -> None:
        active = self.other_active + sum(e.isChecked() for e in self.editors)
        for editor in self.editors:
            editor.show_issues(self._today, active)
