"""Journey → Examples from your group: the coach's requests to share one of the person's posts
(the exact text, the coach's line on why it works, and the answer: yes with my name, yes
without it, or no; a yes can be taken back here at any time), then the examples and the
recognition from the coach's newest group file. The tab is shown only when there is something.

Signals:
    answered(str, object): the person answered a request (its id, a ``Permission``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.domain.exchange.examples import Example, Permission
from app.ui.guard import qt_override
from app.ui.journey.group_words import recognition_text
from app.ui.kit.muted import MutedLabel
from app.ui.kit.numbers import format_day
from app.ui.kit.widgets import clear_layout, heading_font, wrapped_label

if TYPE_CHECKING:
    from app.services.exchange.examples import AskedToShare, GroupView


class GroupPanel(QScrollArea):
    answered = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: GroupView | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.holder = QWidget(self)
        self.column = QVBoxLayout(self.holder)
        self.column.setContentsMargins(0, 0, 8, 0)
        self.column.setSpacing(8)
        self.setWidget(self.holder)
        self.buttons: dict[tuple[str, Permission], QPushButton] = {}
        self.example_texts: list[str] = []  # the posts shown (tests read them)
        self.authors: list[str] = []
        self.recognition_texts: list[str] = []

    def has_content(self) -> bool:
        view = self.view
        if view is None:
            return False
        group = view.group
        return bool(view.asks) or (group is not None and bool(group.examples or group.recognition))

    def set_view(self, view: GroupView) -> None:
        self.view = view
        self._fill()

    # -- building -------------------------------------------------------------------------------

    def _heading(self, text: str) -> None:
        title = wrapped_label(self.holder)
        title.setFont(heading_font(self.font(), 1.1))
        title.setText(text)
        self.column.addSpacing(4)
        self.column.addWidget(title)

    def _quote(self, text: str) -> None:
        """A post, shown whole, set apart from the words around it."""
        frame = QFrame(self.holder)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(12, 8, 12, 8)
        body = wrapped_label(frame, selectable=True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setText(text)
        inner.addWidget(body)
        self.column.addWidget(frame)

    def _muted(self, text: str) -> None:
        line = MutedLabel(self.holder)
        line.setText(text)
        self.column.addWidget(line)

    def _fill(self) -> None:
        clear_layout(self.column)
        self.buttons = {}
        self.example_texts, self.authors, self.recognition_texts = [], [], []
        view = self.view
        if view is None:
            return
        waiting = [a for a in view.asks if a.permission is None]
        answered = [a for a in view.asks if a.permission is not None]
        if waiting:
            self._heading(self.tr("Your coach asks to share your posts"))
            for asked in waiting:
                self._add_ask(asked)
        group = view.group
        if group is not None and group.recognition:
            self._heading(self.tr("Your group"))
            for line in group.recognition:
                text = recognition_text(line)
                self.recognition_texts.append(text)
                label = wrapped_label(self.holder)
                label.setText(text)
                self.column.addWidget(label)
        if group is not None and group.examples:
            self._heading(self.tr("Posts that work"))
            for example in group.examples:
                self._add_example(example)
        if group is not None:
            self._muted(
                self.tr("From {coach}'s group file of {day}.").format(
                    coach=group.coach or self.tr("your coach"), day=format_day(group.made_on)
                )
            )
        if answered:
            self._heading(self.tr("Your posts your coach asked to share"))
            for asked in answered:
                self._add_ask(asked)
        self.column.addStretch(1)

    def _add_example(self, example: Example) -> None:
        self.example_texts.append(example.post)
        self.authors.append(example.author)
        self._quote(example.post)
        words = wrapped_label(self.holder)
        why = self.tr("Why it works: {why}").format(why=example.why) if example.why else ""
        by = self.tr("By {name}.").format(name=example.author) if example.author else ""
        words.setText(" ".join(part for part in (why, by) if part))
        words.setVisible(bool(words.text()))
        self.column.addWidget(words)

    def _add_ask(self, asked: AskedToShare) -> None:
        ask = asked.ask
        coach = asked.coach or self.tr("Your coach")
        self._muted(
            self.tr("{coach} asked on {day} to share this post with the group:").format(
                coach=coach, day=format_day(ask.asked)
            )
        )
        self._quote(ask.post)
        if ask.why:
            why = wrapped_label(self.holder)
            why.setText(self.tr("Why it works, in {coach}'s words: {why}").format(
                coach=coach, why=ask.why))  # fmt: skip
            self.column.addWidget(why)
        state = self._answer_text(asked)
        if state:
            self._muted(state)
        strip = QWidget(self.holder)  # one widget: clear_layout takes it and its buttons away
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 0, 0, 0)
        if asked.permission is None:
            choices = [
                (Permission.NAMED, self.tr("Yes, with my name")),
                (Permission.ANONYMOUS, self.tr("Yes, without my name")),
                (Permission.DECLINED, self.tr("No")),
            ]
        elif asked.permission in (Permission.NAMED, Permission.ANONYMOUS):
            choices = [(Permission.REVOKED, self.tr("Take my yes back"))]
        else:
            choices = []
        for permission, text in choices:
            button = QPushButton(text, strip)
            button.clicked.connect(
                lambda _c=False, i=ask.id, p=permission: self.answered.emit(i, p)
            )
            self.buttons[(ask.id, permission)] = button
            row.addWidget(button)
        row.addStretch(1)
        self.column.addWidget(strip)

    def _answer_text(self, asked: AskedToShare) -> str:
        if asked.permission is None or asked.answered_on is None:
            return self.tr(
                "Nothing is shared unless you say yes, and you can take a yes back at any time. "
                "Your answer goes to your coach with your next progress file."
            )
        day = format_day(asked.answered_on)
        return {
            Permission.NAMED: self.tr("You said yes, with your name, on {day}."),
            Permission.ANONYMOUS: self.tr("You said yes, without your name, on {day}."),
            Permission.DECLINED: self.tr("You said no on {day}."),
            Permission.REVOKED: self.tr(
                "You took your yes back on {day}; it leaves the group with your coach's next "
                "group file."
            ),
        }[asked.permission].format(day=day)

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)
