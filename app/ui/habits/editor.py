"""Making or changing a habit: name, frequency, yes/no or an amount, link, reminder."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.activity import ActivityKind
from app.domain.habits import Frequency, Habit, Target
from app.storage.habits.read import HabitRecord, Reminder
from app.ui.habits import texts
from app.ui.kit.colors import css, error
from app.ui.kit.labels import label
from app.ui.kit.widgets import wrapped_label

DAILY, WEEKLY, MONTHLY, EVERY_N = range(4)
WEEKDAY_STYLE = """
QToolButton { padding: 3px 8px; border: 1px solid palette(mid); border-radius: 4px; }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);
                      border-color: palette(highlight); }
QToolButton:checked:disabled { background: palette(midlight); color: palette(window-text);
                               border-color: palette(midlight); }
"""
LINKABLE = (
    ActivityKind.COMMENT,
    ActivityKind.REPLY,
    ActivityKind.OWN_POST,
    ActivityKind.SHARE_WITH_COMMENT,
    ActivityKind.SHARE,
    ActivityKind.REACTION,
)


class HabitEditor(QDialog):
    """A new habit (``record`` None) or an edited one; ``result_record()`` once accepted."""

    def __init__(self, record: HabitRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = record
        self._result: HabitRecord | None = None
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(64)
        self.yes_no = QRadioButton(self)
        self.numeric = QRadioButton(self)
        kinds = QButtonGroup(self)
        kinds.addButton(self.yes_no)
        kinds.addButton(self.numeric)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.yes_no)
        kind_row.addWidget(self.numeric)
        kind_row.addStretch(1)
        self.period = QComboBox(self)
        self.times = QSpinBox(self)
        self.times.setRange(1, 28)
        self.days = QSpinBox(self)
        self.days.setRange(2, 365)
        self.times_label, self.days_label = QLabel(self), QLabel(self)
        freq_row = QHBoxLayout()
        for widget in (self.period, self.times, self.times_label, self.days, self.days_label):
            freq_row.addWidget(widget)
        freq_row.addStretch(1)
        self.target_kind = QComboBox(self)
        self.target = QDoubleSpinBox(self)
        self.target.setRange(0.01, 1_000_000)
        self.target.setDecimals(2)
        self.unit = QLineEdit(self)
        self.unit.setMaxLength(60)
        target_row = QHBoxLayout()
        for target_field in (self.target_kind, self.target, self.unit):
            target_row.addWidget(target_field)
        self.linked = QComboBox(self)
        self.linked_hint = wrapped_label(self)
        self.remind = QCheckBox(self)
        self.remind_at = QTimeEdit(self)
        self.weekday_buttons = [QToolButton(self) for _ in range(7)]
        remind_row = QVBoxLayout()
        at_row, days_row = QHBoxLayout(), QHBoxLayout()
        at_row.addWidget(self.remind)
        at_row.addWidget(self.remind_at)
        at_row.addStretch(1)
        days_row.setSpacing(4)
        for button in self.weekday_buttons:
            button.setCheckable(True)
            button.setChecked(True)
            button.setStyleSheet(WEEKDAY_STYLE)
            days_row.addWidget(button)
        days_row.addStretch(1)
        remind_row.addLayout(at_row)
        remind_row.addLayout(days_row)
        self.labels = {
            key: QLabel(self)
            for key in ("name", "description", "kind", "frequency", "target", "linked", "reminder")
        }
        rows = (
            ("name", self.name),
            ("description", self.description),
            ("kind", kind_row),
            ("frequency", freq_row),
            ("target", target_row),
            ("linked", self.linked),
            ("linked_hint", self.linked_hint),
            ("reminder", remind_row),
        )
        for key, field in rows:
            if key not in self.labels:
                form.addRow("", field)
                continue
            form.addRow(self.labels[key], field)
            if isinstance(field, QWidget):
                self.labels[key].setBuddy(field)
        self.labels["kind"].setBuddy(self.yes_no)
        self.labels["frequency"].setBuddy(self.period)
        self.labels["target"].setBuddy(self.target)
        self.labels["reminder"].setBuddy(self.remind)
        outer.addLayout(form)
        self.error = wrapped_label(self)
        self.error.setStyleSheet(f"color: {css(error(self.palette()))};")
        self.error.hide()
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.numeric.toggled.connect(self._sync)
        self.period.currentIndexChanged.connect(self._sync)
        self.remind.toggled.connect(self._sync)
        self.retranslate()
        self._load(record)

    # -- texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit habit") if self.original else self.tr("New habit"))
        for key, text in (
            ("name", self.tr("&Name:")),
            ("description", self.tr("&Notes:")),
            ("kind", self.tr("&Kind:")),
            ("frequency", self.tr("&How often:")),
            ("target", self.tr("&Target:")),
            ("linked", self.tr("&Checked by:")),
            ("reminder", self.tr("&Reminder:")),
        ):
            self.labels[key].setText(text)
        self.yes_no.setText(self.tr("Yes or no"))
        self.numeric.setText(self.tr("An amount"))
        self._fill(
            self.period,
            [
                self.tr("Every day"),
                self.tr("Per week"),
                self.tr("Per month"),
                self.tr("In a number of days"),
            ],
        )
        self._fill(self.target_kind, [self.tr("At least"), self.tr("At most")])
        self.unit.setPlaceholderText(self.tr("unit, e.g. minutes"))
        self.times_label.setText(self.tr("times"))
        self.days_label.setText(self.tr("days"))
        self.times.setToolTip(self.tr("How many times"))
        self.days.setToolTip(self.tr("In how many days"))
        # Fields beside another's label: each named for a screen reader on its own.
        self.times.setAccessibleName(self.times.toolTip())
        self.days.setAccessibleName(self.days.toolTip())
        self.target_kind.setAccessibleName(self.tr("At least or at most"))
        self.unit.setAccessibleName(self.tr("Unit"))
        self.remind_at.setAccessibleName(self.tr("Reminder time"))
        self._fill(self.linked, [self.tr("Only me"), *(label(kind) for kind in LINKABLE)])
        self.linked_hint.setText(
            self.tr(
                "When you log or import an activity of this kind, the habit is checked "
                "for that day."
            )
        )
        self.remind.setText(self.tr("Remind me at"))
        for weekday, button in enumerate(self.weekday_buttons):
            button.setText(texts.weekday_short(weekday))
            button.setAccessibleName(texts.weekday_short(weekday))

    @staticmethod
    def _fill(combo: QComboBox, items: list[str]) -> None:
        index = combo.currentIndex()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(items)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    # -- loading and reading back ---------------------------------------------------------------

    def _load(self, record: HabitRecord | None) -> None:
        habit = record.habit if record else Habit("…", Frequency.daily())
        freq = habit.frequency
        self.name.setText(record.name if record else "")
        self.description.setPlainText(record.description if record else "")
        (self.numeric if habit.numeric else self.yes_no).setChecked(True)
        period = (
            DAILY
            if freq.is_daily or (habit.numeric and freq.days == 1)
            else MONTHLY
            if freq.monthly
            else WEEKLY
            if freq.days == 7
            else EVERY_N
        )
        self.period.setCurrentIndex(period)
        self.times.setValue(freq.times)
        self.days.setValue(max(2, freq.days))
        self.target.setValue(habit.target or 1.0)
        self.target_kind.setCurrentIndex(1 if habit.target_kind is Target.AT_MOST else 0)
        self.unit.setText(habit.unit)
        linked = record.linked_kind if record else None
        self.linked.setCurrentIndex(LINKABLE.index(linked) + 1 if linked in LINKABLE else 0)
        reminder = record.reminder if record else None
        self.remind.setChecked(reminder is not None)
        at = reminder.at if reminder else time(9, 0)
        self.remind_at.setTime(QTime(at.hour, at.minute))
        for weekday, button in enumerate(self.weekday_buttons):
            button.setChecked(reminder is None or weekday in reminder.weekdays)
        self._sync()

    def _sync(self) -> None:
        numeric = self.numeric.isChecked()
        period = self.period.currentIndex()
        counted = not numeric and period in (WEEKLY, MONTHLY, EVERY_N)
        self.times.setVisible(counted)
        self.times_label.setVisible(counted)
        self.days.setVisible(period == EVERY_N)
        self.days_label.setVisible(period == EVERY_N)
        self.times.setMaximum(7 if period == WEEKLY else 28 if period == MONTHLY else 365)
        for widget in (self.target_kind, self.target, self.unit):
            widget.setEnabled(numeric)
        self.labels["target"].setEnabled(numeric)
        self.remind_at.setEnabled(self.remind.isChecked())
        for button in self.weekday_buttons:
            button.setEnabled(self.remind.isChecked())

    def frequency(self) -> Frequency:
        period, numeric = self.period.currentIndex(), self.numeric.isChecked()
        times = 1 if numeric else self.times.value()
        if period == DAILY:
            return Frequency.daily()
        if period == MONTHLY:
            return Frequency.per_month(times)
        days = 7 if period == WEEKLY else self.days.value()
        return Frequency(min(times, days), days)

    def build(self) -> HabitRecord:
        """The habit as entered; raises ``ValueError`` with a reason the person can fix."""
        name = self.name.text().strip()
        if not name:
            raise ValueError(self.tr("Give the habit a name."))
        numeric = self.numeric.isChecked()
        created = self.original.habit.created if self.original else None
        habit = Habit(
            name,
            self.frequency(),
            numeric=numeric,
            target=self.target.value() if numeric else None,
            unit=self.unit.text().strip() if numeric else "",
            target_kind=(
                Target.AT_MOST
                if numeric and self.target_kind.currentIndex() == 1
                else Target.AT_LEAST
            ),
            created=created,
        )
        weekdays = frozenset(d for d, b in enumerate(self.weekday_buttons) if b.isChecked())
        if self.remind.isChecked() and not weekdays:
            raise ValueError(self.tr("Choose at least one day for the reminder."))
        at = self.remind_at.time()
        reminder = (
            Reminder(time(at.hour(), at.minute()), weekdays) if self.remind.isChecked() else None
        )
        index = self.linked.currentIndex()
        base = self.original or HabitRecord(habit)
        return replace(
            base,
            habit=habit,
            description=self.description.toPlainText().strip(),
            linked_kind=LINKABLE[index - 1] if index > 0 else None,
            reminder=reminder,
        )

    def _on_ok(self) -> None:
        try:
            self._result = self.build()
        except ValueError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.accept()

    def result_record(self) -> HabitRecord | None:
        return self._result
