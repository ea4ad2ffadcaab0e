"""The person view's "Share with the group": asking the person's permission to share one of
their posts with the group (the exact text, and the line on why it works; it goes in their next
feedback file), and what their newest progress file says of each request.

Signals:
    asked(object): the coach asked to share a post (a ``ShareAsk``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.exchange.examples import MAX_POST, MAX_WHY, Permission, ShareAnswer, ShareAsk
from app.domain.exchange.model import FeedbackEntry, ProgressReport
from app.ui.guard import qt_override
from app.ui.kit.muted import MutedLabel
from app.ui.kit.numbers import format_day

PREVIEW = 90  # characters of a post in the list


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= PREVIEW else line[: PREVIEW - 1] + "…"


class SharePanel(QWidget):
    asked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date(2000, 1, 1)  # set_person gives the day
        self.sources: list[str] = []
        self.asks: list[tuple[ShareAsk, bool]] = []  # the request, and whether it was sent
        self.answers: dict[str, ShareAnswer] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = MutedLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(110)
        layout.addWidget(self.list)
        form = QFormLayout()
        self.source = QComboBox(self)
        self.source.currentIndexChanged.connect(self._on_source)
        self.post = QPlainTextEdit(self)
        self.post.setTabChangesFocus(True)
        self.post.setMaximumHeight(90)
        self.why = QLineEdit(self)
        self.why.setMaxLength(MAX_WHY)
        self.captions = [QLabel(self) for _ in range(3)]
        for caption, widget in zip(self.captions, (self.source, self.post, self.why), strict=True):
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        row = QHBoxLayout()
        row.addLayout(form, 1)
        self.ask = QPushButton(self)
        self.ask.clicked.connect(self._on_ask)
        row.addWidget(self.ask)
        layout.addLayout(row)
        self.post.textChanged.connect(self._enable)
        self.why.textChanged.connect(self._enable)
        self.retranslate()

    def set_person(self, report: ProgressReport, today: date) -> None:
        """The texts the person shared (journal entries, drafts) to start from, and their
        answers as their newest file says."""
        self.today = today
        texts = [j.text for j in report.journal] + [d.text for d in report.draft_asks]
        texts += [d.text for d in report.drafts]
        self.sources = list(dict.fromkeys(t for t in texts if t.strip()))
        self.answers = {a.id: a for a in report.share_answers}
        self.post.clear()
        self.why.clear()
        self.retranslate()

    def set_written(self, entries: list[tuple[FeedbackEntry, bool]]) -> None:
        self.asks = [(e.share, sent) for e, sent in entries if e.share is not None]
        self._fill()

    def _state(self, ask: ShareAsk, sent: bool) -> str:
        answer = self.answers.get(ask.id)
        if not sent:
            return self.tr("not sent yet")
        if answer is None:
            return self.tr("waiting for their answer")
        return {
            Permission.NAMED: self.tr("yes, with their name"),
            Permission.ANONYMOUS: self.tr("yes, without their name"),
            Permission.DECLINED: self.tr("no"),
            Permission.REVOKED: self.tr("taken back"),
        }[answer.permission]

    def _fill(self) -> None:
        self.list.clear()
        for ask, sent in self.asks:
            self.list.addItem(
                f"{format_day(ask.asked)} · {self._state(ask, sent)}: {_short(ask.post)}"
            )
        self.list.setVisible(bool(self.asks))

    def _on_source(self, index: int) -> None:
        if index > 0 and index - 1 < len(self.sources):
            self.post.setPlainText(self.sources[index - 1])

    def _enable(self) -> None:
        text = self.post.toPlainText().strip()
        self.ask.setEnabled(bool(text) and len(text) <= MAX_POST and bool(self.why.text().strip()))

    def _on_ask(self) -> None:
        from app.services.exchange.examples import new_ask

        post, why = self.post.toPlainText(), self.why.text()
        if post.strip() and why.strip() and len(post.strip()) <= MAX_POST:
            self.post.clear()
            self.why.clear()
            self.source.setCurrentIndex(0)
            self.asked.emit(new_ask(self.today, post, why))

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Ask to share one of their posts with the group, with a line on why it works. "
                "They see exactly this text and decide whether their name goes with it; they "
                "can take a yes back at any time."
            )
        )
        self.list.setAccessibleName(self.tr("Requests to share"))
        self.captions[0].setText(self.tr("Start &from:"))
        self.captions[1].setText(self.tr("The &post:"))
        self.captions[2].setText(self.tr("&Why it works:"))
        self.source.blockSignals(True)
        current = self.source.currentIndex()
        self.source.clear()
        self.source.addItem(self.tr("Paste or write the text"))
        for text in self.sources:
            self.source.addItem(_short(text))
        self.source.setCurrentIndex(max(0, min(current, self.source.count() - 1)))
        self.source.blockSignals(False)
        self.why.setPlaceholderText(self.tr("What makes it work, in one line"))
        self.ask.setText(self.tr("Ask to share"))
        self._fill()
        self._enable()

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
