"""Today's card of the group sessions to come, from the coach's newest group file: when, the
topic and the short agenda, and "Add to calendar…", which saves the session as an .ics file the
person opens in their calendar. Hidden while none is to come. It reads on its own; the page
only places it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.domain.exchange.sessions import GroupSession
from app.ui.context import AppContext
from app.ui.guard import qt_override
from app.ui.journey import access as journey_access
from app.ui.journey.access import JOURNEY
from app.ui.kit.card import Card
from app.ui.kit.muted import MutedLabel
from app.ui.kit.numbers import format_day
from app.ui.kit.widgets import clear_layout, wrapped_label
from app.ui.store_access import read_store

if TYPE_CHECKING:
    from app.storage.quick import QuickReader


class SessionsCard(Card):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sessions: tuple[GroupSession, ...] = ()
        self.coach = ""
        self.items = QVBoxLayout()
        self.items.setSpacing(10)
        self.content.addLayout(self.items)
        self.topics: list[str] = []
        self.calendar_buttons: list[QPushButton] = []
        self.hide()
        ctx.hub.dataChanged.connect(self._on_data_changed)
        self.reload()

    def reload(self) -> None:
        day = journey_access.today(self.ctx)
        read_store(self.ctx, lambda r: _coming_up(r, day), self.show_sessions)

    def _on_data_changed(self, kind: str) -> None:
        if kind == JOURNEY:
            self.reload()

    def show_sessions(self, found: tuple[str, tuple[GroupSession, ...]]) -> None:
        self.coach, self.sessions = found
        self.rebuild()
        self.setVisible(bool(self.sessions))

    def when(self, session: GroupSession) -> str:
        locale = QLocale()
        weekday = locale.dayName(session.day.isoweekday(), QLocale.FormatType.ShortFormat)
        return self.tr("{weekday} {day}, {start}–{end}").format(
            weekday=weekday,
            day=format_day(session.day),
            start=session.begins.strftime("%H:%M"),
            end=session.ends.strftime("%H:%M"),
        )

    def rebuild(self) -> None:
        self.set_title(self.tr("Group sessions"))
        clear_layout(self.items)
        self.topics, self.calendar_buttons = [], []
        for session in self.sessions:
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setSpacing(2)
            column.setContentsMargins(0, 0, 0, 0)
            title = wrapped_label(box)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setText(session.topic)
            column.addWidget(title)
            when = MutedLabel(box)
            parts = [self.when(session)]
            if self.coach:
                parts.append(self.tr("with {coach}").format(coach=self.coach))
            when.setText(" · ".join(parts))
            column.addWidget(when)
            if session.agenda:
                agenda = wrapped_label(box)
                agenda.setText(session.agenda)
                column.addWidget(agenda)
            button = QPushButton(self.tr("Add to calendar…"), box)
            button.setAccessibleName(
                self.tr("Add to calendar: {topic}").format(topic=session.topic)
            )
            button.clicked.connect(lambda _=False, s=session: self.save_calendar(s))
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.items.addWidget(box)
            self.topics.append(session.topic)
            self.calendar_buttons.append(button)

    def save_calendar(self, session: GroupSession) -> None:
        from app.services.exchange.sessions import save_calendar

        name = "".join(c if c.isalnum() else "-" for c in session.topic.lower()).strip("-")
        suggested = Path.home() / f"{session.day.isoformat()}-{name[:40] or 'session'}.ics"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the session for your calendar"),
            str(suggested),
            self.tr("Calendar files (*.ics)"),
        )
        if not chosen:
            return
        out = Path(chosen if chosen.endswith(".ics") else chosen + ".ics")
        stamp: datetime = self.ctx.clock.now()
        try:
            save_calendar(session, self.coach, out, stamp, self.ctx.paths.data_dir)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The file could not be saved: {reason}").format(
                    reason=error.strerror or str(error)
                ),
            )
            return
        self.ctx.hub.statusMessage.emit(
            self.tr("Saved {file}: open it to add the session to your calendar.").format(
                file=out.name
            )
        )

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.rebuild()
        super().changeEvent(event)


def _coming_up(reader: QuickReader, day: date) -> tuple[str, tuple[GroupSession, ...]]:
    # Imported here, on the store's worker: not on the GUI thread before Today's content.
    from app.services.exchange.sessions import coming_up, group_coach

    return group_coach(reader), coming_up(reader, day)
