"""Coach mode's group sessions (a tab beside People and Summary): plan a session (day, time,
length, topic, short agenda; it goes to everyone in the next group file while it is to come),
and after it note who took part (the coach's own note, never in any file) and assign an
exercise to them. It reads and writes on its own; the Cohort page only places it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate, QEvent, Qt, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.exchange.model import Person
from app.domain.exchange.sessions import (
    MAX_AGENDA,
    MAX_MINUTES,
    MAX_TOPIC,
    MIN_MINUTES,
    GroupSession,
)
from app.ui.context import AppContext
from app.ui.guard import qt_override
from app.ui.kit.muted import MutedLabel
from app.ui.kit.numbers import format_day
from app.ui.store_access import read_store, write_store

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COACH = "coach"


def session_line(session: GroupSession) -> str:
    return f"{format_day(session.day)} {session.start.strftime('%H:%M')} · {session.topic}"


class SessionsPanel(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        people: Callable[[], list[Person]],
        assign: Callable[[frozenset[str]], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.people, self.assign = ctx, people, assign
        self.sessions: list[GroupSession] = []
        self.present: frozenset[str] = frozenset()
        layout = QVBoxLayout(self)
        self.hint = MutedLabel(self)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        left = QVBoxLayout()
        self.list_label = QLabel(self)
        self.list = QListWidget(self)
        self.list_label.setBuddy(self.list)
        self.list.currentItemChanged.connect(lambda *_: self._on_current())
        left.addWidget(self.list_label)
        left.addWidget(self.list, 1)
        self.remove = QPushButton(self)
        self.remove.clicked.connect(self._on_remove)
        left.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)
        row.addLayout(left, 1)
        form = QFormLayout()
        today = ctx.clock.today()
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDate(QDate(today.year, today.month, today.day).addDays(7))
        self.day.setMinimumDate(QDate(today.year, today.month, today.day))
        self.start = QTimeEdit(self)
        self.start.setDisplayFormat("HH:mm")
        self.start.setTime(QTime(17, 0))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.topic = QLineEdit(self)
        self.topic.setMaxLength(MAX_TOPIC)
        self.agenda = QPlainTextEdit(self)
        self.agenda.setTabChangesFocus(True)
        self.agenda.setMaximumHeight(80)
        self.captions = [QLabel(self) for _ in range(5)]
        fields = (self.day, self.start, self.minutes, self.topic, self.agenda)
        for caption, field in zip(self.captions, fields, strict=True):
            caption.setBuddy(field)
            form.addRow(caption, field)
        self.plan = QPushButton(self)
        self.plan.clicked.connect(self._on_plan)
        self.topic.textChanged.connect(lambda text: self.plan.setEnabled(bool(text.strip())))
        form.addRow(self.plan)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)  # the fields stay together at the top
        row.addLayout(right, 1)
        layout.addLayout(row)
        self.who_title = QLabel(self)
        self.who_hint = MutedLabel(self)
        self.who = QListWidget(self)
        self.who_title.setBuddy(self.who)
        self.who.itemChanged.connect(self._on_who_changed)
        self.assign_button = QPushButton(self)
        self.assign_button.clicked.connect(lambda: self.assign(self.present))
        for widget in (self.who_title, self.who_hint, self.who):
            layout.addWidget(widget)
        layout.addWidget(self.assign_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()
        self.reload()

    # -- data -----------------------------------------------------------------------------------

    def reload(self) -> None:
        from app.services.exchange.sessions import planned

        read_store(self.ctx, planned, self._on_sessions)

    def _on_sessions(self, sessions: list[GroupSession]) -> None:
        chosen = self.current_id()
        self.sessions = sessions
        self.list.blockSignals(True)
        self.list.clear()
        for session in sorted(sessions, key=lambda s: s.begins, reverse=True):
            item = QListWidgetItem(session_line(session), self.list)
            item.setData(ID_ROLE, session.id)
            item.setToolTip(session.agenda)
            if session.id == chosen:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._on_current()

    def current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else ""

    def _on_current(self) -> None:
        from app.services.exchange.sessions import took_part

        session_id = self.current_id()
        self.remove.setEnabled(bool(session_id))
        if not session_id:
            self._show_who(frozenset())
            return
        read_store(self.ctx, lambda r: took_part(r, session_id), self._show_who)

    def _show_who(self, present: frozenset[str]) -> None:
        self.present = present
        session = next((s for s in self.sessions if s.id == self.current_id()), None)
        self.who.blockSignals(True)
        self.who.clear()
        for person in self.people() if session is not None else []:
            item = QListWidgetItem(person.name or person.id[:8], self.who)
            item.setData(ID_ROLE, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = person.id in present
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.who.blockSignals(False)
        shown = session is not None and session.day <= self.ctx.clock.today()
        for widget in (self.who_title, self.who_hint, self.who, self.assign_button):
            widget.setVisible(shown)
        self.assign_button.setEnabled(bool(present))
        self.retranslate()

    # -- actions --------------------------------------------------------------------------------

    def _on_plan(self) -> None:
        from app.services.exchange.sessions import new_session, plan

        topic = self.topic.text().strip()
        if not topic:
            return
        day = self.day.date().toPython()
        start = self.start.time().toPython()
        assert isinstance(day, date) and isinstance(start, time)
        made = new_session(day, start, self.minutes.value(), topic,
                           self.agenda.toPlainText()[:MAX_AGENDA])  # fmt: skip
        self.topic.clear()
        self.agenda.clear()
        write_store(self.ctx, lambda db, _r: plan(db, made), lambda _x: self.reload(),
                    announce=(COACH,))  # fmt: skip

    def _on_remove(self) -> None:
        from app.services.exchange.sessions import remove

        session_id = self.current_id()
        if session_id:
            write_store(self.ctx, lambda db, _r: remove(db, session_id), lambda _x: self.reload(),
                        announce=(COACH,))  # fmt: skip

    def _on_who_changed(self, _item: QListWidgetItem) -> None:
        from app.services.exchange.sessions import note_who_took_part

        session_id = self.current_id()
        ids = frozenset(
            str(self.who.item(i).data(ID_ROLE))
            for i in range(self.who.count())
            if self.who.item(i).checkState() == Qt.CheckState.Checked
        )
        self.present = ids
        self.assign_button.setEnabled(bool(ids))
        write_store(self.ctx, lambda db, _r: note_who_took_part(db, session_id, ids),
                    lambda _x: None, announce=(COACH,))  # fmt: skip

    # -- words ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "A session you plan goes to everyone with your next group file (Group file…) "
                "and shows on their Today page, where they can add it to their calendar."
            )
        )
        self.list_label.setText(self.tr("&Sessions:"))
        self.remove.setText(self.tr("Remove session"))
        texts = (self.tr("&Day:"), self.tr("Start &time:"), self.tr("&Length (minutes):"),
                 self.tr("T&opic:"), self.tr("&Agenda:"))  # fmt: skip
        for caption, text in zip(self.captions, texts, strict=True):
            caption.setText(text)
        self.agenda.setPlaceholderText(self.tr("A few lines: what you will do together"))
        self.plan.setText(self.tr("Plan session"))
        self.plan.setEnabled(bool(self.topic.text().strip()))
        self.who_title.setText(self.tr("&Who took part"))
        self.who_hint.setText(self.tr("Private to you: never in any file."))
        self.assign_button.setText(
            self.tr("Assign an exercise to those who took part (%Ln)…", "", len(self.present))
        )

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
