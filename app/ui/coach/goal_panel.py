"""The person view's goals agreed together: what became of each goal the coach proposed (as the
person's newest file says), and proposing a new goal or a change to one of theirs.

Signals:
    proposed(object): the coach proposed a ``GoalProposal``; it goes in the next feedback file.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.activity import ActivityKind
from app.domain.exchange.goal_talk import Answer, GoalAnswer
from app.domain.exchange.model import GoalRow
from app.ui.guard import qt_override
from app.ui.kit.labels import label
from app.ui.kit.numbers import format_day

NUMBER = ""  # the "what" combo's last item: a number the person enters


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class GoalPanel(QWidget):
    proposed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date(2000, 1, 1)  # set_person gives the day
        self.goals: tuple[GoalRow, ...] = ()
        self.answers: tuple[GoalAnswer, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(110)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.form = QFormLayout()
        self.changes = QComboBox(self)
        self.statement = QLineEdit(self)
        self.what = QComboBox(self)
        for kind in ActivityKind:
            self.what.addItem("", kind.value)
        self.what.addItem("", NUMBER)
        self.target = QDoubleSpinBox(self)
        self.target.setDecimals(0)
        self.target.setRange(1, 100_000)
        self.deadline = QDateEdit(self)
        self.deadline.setCalendarPopup(True)
        self.fields = (self.changes, self.statement, self.what, self.target, self.deadline)
        self.captions: list[QLabel] = []
        for widget in self.fields:
            caption = QLabel(self)
            caption.setBuddy(widget)
            self.captions.append(caption)
            self.form.addRow(caption, widget)
        row.addLayout(self.form, 1)
        self.propose = QPushButton(self)
        self.propose.clicked.connect(self._on_propose)
        row.addWidget(self.propose)
        layout.addLayout(row)
        self.changes.currentIndexChanged.connect(self._on_changes)
        self.statement.textChanged.connect(lambda text: self.propose.setEnabled(bool(text.strip())))
        self.retranslate()

    def set_person(self, goals: tuple[GoalRow, ...], answers: tuple[GoalAnswer, ...],
                   today: date) -> None:  # fmt: skip
        self.goals, self.answers, self.today = goals, answers, today
        self.deadline.setMinimumDate(_qdate(today))
        self.changes.blockSignals(True)
        self.changes.clear()
        self.changes.addItem("", "")
        for goal in goals:
            self.changes.addItem(goal.statement, goal.statement)
        self.changes.blockSignals(False)
        self._on_changes()
        self.retranslate()

    def _on_changes(self) -> None:
        """A change starts from the goal as it is; a new goal from nothing."""
        old = next((g for g in self.goals if g.statement == self.changes.currentData()), None)
        self.statement.setText(old.statement if old else "")
        self.target.setValue(old.target if old else 8)
        deadline = old.deadline if old and old.deadline and old.deadline >= self.today else None
        self.deadline.setDate(_qdate(deadline or date.fromordinal(self.today.toordinal() + 30)))
        self.propose.setEnabled(bool(self.statement.text().strip()))

    def _on_propose(self) -> None:
        from app.services.exchange.goal_talk import new_proposal

        statement = self.statement.text().strip()
        if not statement:
            return
        deadline = self.deadline.date().toPython()
        assert isinstance(deadline, date)
        counts = self.what.currentData() or None
        proposal = new_proposal(self.today, statement, counts, self.target.value(), deadline,
                                str(self.changes.currentData() or ""))  # fmt: skip
        self.proposed.emit(proposal)

    def retranslate(self) -> None:
        names = (self.tr("&Proposal:"), self.tr("&Goal:"), self.tr("&Counts:"),
                 self.tr("&Target:"), self.tr("D&eadline:"))  # fmt: skip
        for caption, name in zip(self.captions, names, strict=True):
            caption.setText(name)
        if self.changes.count():
            self.changes.setItemText(0, self.tr("A new goal"))
        for index in range(self.what.count()):
            key = self.what.itemData(index)
            text = label(ActivityKind(key)) if key else self.tr("A number they enter")
            self.what.setItemText(index, text)
        self.propose.setText(self.tr("Propose"))
        self.statement.setPlaceholderText(self.tr("The goal in a sentence"))
        self.list.setAccessibleName(self.tr("Goals you proposed and their answers"))
        self.list.clear()
        for a in self.answers:
            day = format_day(a.answered_on)
            text = {
                Answer.ACCEPTED: self.tr("accepted on {day}").format(day=day),
                Answer.EDITED: self.tr("changed and accepted on {day}: {goal}").format(
                    day=day, goal=a.agreed
                ),
                Answer.DECLINED: self.tr("declined on {day}").format(day=day),
            }[a.answer]
            self.list.addItem(f"{a.statement} ({format_day(a.proposed)}): {text}")
        self.list.setVisible(bool(self.answers))

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
