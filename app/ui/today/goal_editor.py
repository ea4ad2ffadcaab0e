"""The goal editor: a SMART goal in plain words, with gentle hints about what it still lacks."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.activity import ActivityKind, Channel
from app.domain.journey.goals import (
    ActivityCount,
    Goal,
    GoalIssue,
    HabitCheckIns,
    ManualNumber,
    Measure,
    ReviewCadence,
    goal_issues,
)
from app.storage.errors import StorageError
from app.storage.journey.records import GoalRecord
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.guard import qt_override
from app.ui.journey import access as journey_access
from app.ui.journey.access import read_journey, write_journey
from app.ui.journey.widgets import hint_style
from app.ui.kit.labels import label
from app.ui.kit.numbers import format_number
from app.ui.kit.widgets import wrapped_label
from app.ui.today.quick_log import KIND_ORDER

# A quarter: long enough for a habit to show, short enough to stay in view (and it matches the
# re-assessment rhythm).
DEFAULT_SPAN = timedelta(weeks=13)
_ACTIVITY, _MANUAL, _HABIT = "activity", "manual", "habit"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class NumberBox(QDoubleSpinBox):
    """A number without trailing zeros: "12", not "12.00"."""

    @qt_override
    def textFromValue(self, value: float) -> str:
        return format_number(value, self.decimals())


class GoalEditorDialog(QDialog):
    """Write a new goal or change one; hints never block saving, except an empty statement.

    Signals:
        saved(int): the goal was stored (its id).
    """

    saved = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        record: GoalRecord | None = None,
        other_active: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self._other_active = other_active or 0
        self._habit: HabitCheckIns | None = None
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.statement = QLineEdit(self)
        self.measure = QComboBox(self)
        self.measure.addItem("", _ACTIVITY)
        self.measure.addItem("", _MANUAL)
        self.details = QStackedWidget(self)
        self.details.addWidget(self._activity_fields())
        self.details.addWidget(self._manual_fields())
        self.habit_note = wrapped_label(self)
        self.details.addWidget(self.habit_note)
        self.target = NumberBox(self)
        self.target.setRange(0, 1_000_000_000)
        self.start = QDateEdit(self)
        self.start.setCalendarPopup(True)
        self.has_deadline = QCheckBox(self)
        self.deadline = QDateEdit(self)
        self.deadline.setCalendarPopup(True)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline, 1)
        self.cadence = QComboBox(self)
        for cadence in ReviewCadence:
            self.cadence.addItem("", cadence)
        self.active = QCheckBox(self)
        self._captions: list[QLabel] = []
        rows: tuple[QWidget | QHBoxLayout, ...] = (
            self.statement, self.measure, self.details, self.target, self.start, deadline_row,
            self.cadence,
        )  # fmt: skip
        for field in rows:
            caption = QLabel(self)
            caption.setBuddy(field if isinstance(field, QWidget) else self.has_deadline)
            self._captions.append(caption)
            self.form.addRow(caption, field)
        self.form.addRow("", self.active)
        layout.addLayout(self.form)
        # Hints sit in a soft box: advice to consider, not errors to fix.
        self.hints = QFrame(self)
        self.hints.setObjectName("goalHints")
        self.hints.setStyleSheet(hint_style("#goalHints"))
        hints = QVBoxLayout(self.hints)
        hints.setContentsMargins(12, 8, 12, 10)
        hints.setSpacing(4)
        self.hints_title = QLabel(self.hints)
        font = self.hints_title.font()
        font.setBold(True)
        self.hints_title.setFont(font)
        hints.addWidget(self.hints_title)
        self.hint_labels: dict[GoalIssue, QLabel] = {}
        for issue in GoalIssue:
            hint = wrapped_label(self.hints)
            hint.setObjectName(f"hint_{issue.value}")
            hint.hide()
            self.hint_labels[issue] = hint
            hints.addWidget(hint)
        layout.addWidget(self.hints)
        self.error = wrapped_label(self)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill(record)
        for signal in (
            self.statement.textChanged, self.measure.currentIndexChanged,
            self.target.valueChanged, self.start.dateChanged, self.deadline.dateChanged,
            self.has_deadline.toggled, self.active.toggled,
        ):  # fmt: skip
            signal.connect(self._refresh)
        self.measure.currentIndexChanged.connect(self._on_measure_changed)
        self.retranslate()
        self._on_measure_changed()
        if other_active is None:
            own = record.goal.id if record is not None else None
            read_journey(
                ctx,
                lambda r: sum(1 for g in r.goals() if g.goal.active and g.goal.id != own),
                self._on_counted,
            )
        self.statement.setFocus()

    @qt_override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.statement.setFocus()

    # -- building -------------------------------------------------------------------------------

    def _activity_fields(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox(box)
        for kind in KIND_ORDER:
            self.kind.addItem("", kind)
        self.channel = QComboBox(box)
        self.channel.addItem("", None)
        for channel in Channel:
            self.channel.addItem("", channel)
        row.addWidget(self.kind, 3)
        row.addWidget(self.channel, 2)
        return box

    def _manual_fields(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.unit = QLineEdit(box)
        self.current_label = QLabel(box)
        self.current = NumberBox(box)
        self.current.setRange(0, 1_000_000_000)
        self.current_label.setBuddy(self.current)
        row.addWidget(self.unit, 2)
        row.addWidget(self.current_label)
        row.addWidget(self.current, 1)
        return box

    def _fill(self, record: GoalRecord | None) -> None:
        today = journey_access.today(self.ctx)
        goal = record.goal if record is not None else None
        self.statement.setText(goal.statement if goal else "")
        self.start.setDate(_qdate(goal.start if goal else today))
        deadline = goal.deadline if goal else today + DEFAULT_SPAN
        self.has_deadline.setChecked(deadline is not None)
        self.deadline.setDate(_qdate(deadline or today + DEFAULT_SPAN))
        self.deadline.setEnabled(deadline is not None)
        self.target.setValue(goal.target if goal else 0)
        self.cadence.setCurrentIndex(
            self.cadence.findData(goal.cadence if goal else ReviewCadence.WEEKLY)
        )
        self.active.setChecked(goal.active if goal else True)
        measure = goal.measure if goal else ActivityCount(KIND_ORDER[0])
        if isinstance(measure, ActivityCount):
            self.measure.setCurrentIndex(self.measure.findData(_ACTIVITY))
            self.kind.setCurrentIndex(self.kind.findData(measure.kind))
            self.channel.setCurrentIndex(max(0, self.channel.findData(measure.channel)))
        elif isinstance(measure, ManualNumber):
            self.measure.setCurrentIndex(self.measure.findData(_MANUAL))
            self.unit.setText(measure.unit)
            self.current.setValue(record.manual_value or 0 if record else 0)
        else:
            self._habit = measure
            self.measure.addItem("", _HABIT)
            self.measure.setCurrentIndex(self.measure.findData(_HABIT))

    def retranslate(self) -> None:
        new = self.record is None
        self.setWindowTitle(self.tr("New goal") if new else self.tr("Change goal"))
        captions = (
            self.tr("&Goal:"),
            self.tr("&Measured by:"),
            self.tr("&Counting:"),
            self.tr("&Target:"),
            self.tr("&From:"),
            self.tr("&Deadline:"),
            self.tr("&Review:"),
        )
        for caption, text in zip(self._captions, captions, strict=True):
            caption.setText(text)
        self.statement.setPlaceholderText(
            self.tr("For example: comment on two posts about energy policy every week")
        )
        texts = {
            _ACTIVITY: self.tr("Actions I log"),
            _MANUAL: self.tr("A number I keep track of"),
            _HABIT: self.tr("Check-ins of a habit"),
        }
        for index in range(self.measure.count()):
            self.measure.setItemText(index, texts[self.measure.itemData(index)])
        for index in range(self.kind.count()):
            self.kind.setItemText(index, label(ActivityKind(self.kind.itemData(index))))
        self.channel.setItemText(0, self.tr("Any channel"))
        for index in range(1, self.channel.count()):
            self.channel.setItemText(index, label(Channel(self.channel.itemData(index))))
        self.unit.setPlaceholderText(self.tr("Unit, e.g. followers"))
        self.current_label.setText(self.tr("N&ow:"))
        self.habit_note.setText(self.tr("Counted from the habit's check-ins."))
        self.has_deadline.setText(self.tr("By"))
        for index in range(self.cadence.count()):
            self.cadence.setItemText(index, label(ReviewCadence(self.cadence.itemData(index))))
        self.active.setText(self.tr("&Active: show it on Today and ask for reviews"))
        self.hints_title.setText(self.tr("Worth a look:"))
        self._refresh()

    # -- the goal as typed ------------------------------------------------------------------------

    def goal(self) -> Goal:
        own = self.record.goal.id if self.record is not None else None
        return Goal(
            id=own,
            statement=self.statement.text().strip(),
            measure=self._measure(),
            target=self.target.value(),
            start=_pydate(self.start.date()),
            deadline=_pydate(self.deadline.date()) if self.has_deadline.isChecked() else None,
            cadence=ReviewCadence(self.cadence.currentData()),
            active=self.active.isChecked(),
        )

    def manual_value(self) -> float | None:
        return self.current.value() if self.measure.currentData() == _MANUAL else None

    def issues(self) -> list[GoalIssue]:
        goal = self.goal()
        return goal_issues(goal, self._other_active + int(goal.active))

    def visible_hints(self) -> list[str]:
        return [hint.text() for hint in self.hint_labels.values() if not hint.isHidden()]

    def _measure(self) -> Measure:
        kind = self.measure.currentData()
        if kind == _HABIT and self._habit is not None:
            return self._habit
        if kind == _MANUAL:
            return ManualNumber(self.unit.text().strip())
        channel = self.channel.currentData()
        return ActivityCount(
            ActivityKind(self.kind.currentData()), Channel(channel) if channel else None
        )

    def _refresh(self) -> None:
        self.deadline.setEnabled(self.has_deadline.isChecked())
        issues = set(self.issues())
        for issue, hint in self.hint_labels.items():
            hint.setText("• " + label(issue))
            hint.setVisible(issue in issues)
        self.hints.setVisible(bool(issues))
        self.save_button.setEnabled(GoalIssue.EMPTY_STATEMENT not in issues)

    def _on_measure_changed(self) -> None:
        index = {_ACTIVITY: 0, _MANUAL: 1, _HABIT: 2}[self.measure.currentData()]
        self.details.setCurrentIndex(index)
        self.target.setDecimals(2 if index == 1 else 0)

    def _on_counted(self, count: int) -> None:
        self._other_active = count
        self._refresh()

    # -- saving -----------------------------------------------------------------------------------

    def _on_save_clicked(self) -> None:
        goal, manual = self.goal(), self.manual_value()
        if not goal.statement:
            return
        self.save_button.setEnabled(False)
        today = journey_access.today(self.ctx)
        write_journey(
            self.ctx,
            lambda writer: writer.save_goal(goal, today, manual),
            self._on_saved,
            self._on_failed,
        )

    def _on_saved(self, result: tuple[int, list[GoalIssue]]) -> None:
        self.saved.emit(result[0])
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(error, StorageError):
            raise error
        self.error.setText(error_text(error))
        self.error.show()
