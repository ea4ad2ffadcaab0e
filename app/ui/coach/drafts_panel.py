"""The person view's drafts sent for comments (as the person's newest file holds them), and the
coach's comments on one: on a passage chosen in its text, or on the whole draft.

Signals:
    commented(str, str, str, object): a new comment (the ask's id, the comment, the passage or
        "", where the passage began or None); it goes in the next feedback file.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.exchange.draft_talk import DraftAsk
from app.domain.exchange.model import FeedbackEntry
from app.ui.guard import qt_override
from app.ui.kit.muted import MutedLabel
from app.ui.kit.numbers import format_day
from app.ui.kit.widgets import wrapped_label


class DraftsPanel(QWidget):
    commented = Signal(str, str, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.asks: tuple[DraftAsk, ...] = ()
        self.written: list[FeedbackEntry] = []
        self.dialog: DraftCommentDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty = MutedLabel(self)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(110)
        self.list.itemActivated.connect(lambda _item: self.open_comments())
        row.addWidget(self.list, 1)
        self.comment = QPushButton(self)
        self.comment.clicked.connect(self.open_comments)
        row.addWidget(self.comment)
        layout.addLayout(row)
        self.retranslate()

    def set_asks(self, asks: tuple[DraftAsk, ...]) -> None:
        self.asks = asks
        self.retranslate()
        if asks:
            self.list.setCurrentRow(0)

    def set_written(self, entries: Sequence[FeedbackEntry]) -> None:
        self.written = [e for e in entries if e.comment is not None]
        self.retranslate()
        if self.dialog is not None:
            self.dialog.show_comments(self._for(self.dialog.ask.id))

    def _for(self, ask_id: str) -> list[FeedbackEntry]:
        return [e for e in self.written if e.comment is not None and e.comment.ask == ask_id]

    def open_comments(self) -> DraftCommentDialog | None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.asks):
            return None
        ask = self.asks[row]
        dialog = DraftCommentDialog(ask, self)
        dialog.show_comments(self._for(ask.id))
        dialog.commented.connect(
            lambda text, quote, offset: self.commented.emit(ask.id, text, quote, offset)
        )
        dialog.finished.connect(lambda _: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        self.comment.setText(self.tr("Comment…"))
        self.list.setAccessibleName(self.tr("Drafts sent for your comments"))
        self.empty.setText(
            self.tr("No draft waits for your comments.")
            if not self.asks
            else self.tr("Drafts they sent for your comments; only these left their computer.")
        )
        current = self.list.currentRow()
        self.list.clear()
        for ask in self.asks:
            count = len(self._for(ask.id))
            state = (
                self.tr("%Ln comment(s) written", "", count)
                if count
                else self.tr("waiting for you")
            )
            title = ask.title or self.tr("(untitled)")
            self.list.addItem(f"{title} · {ask.network} · {format_day(ask.asked_on)} · {state}")
        self.list.setVisible(bool(self.asks))
        self.comment.setVisible(bool(self.asks))
        if 0 <= current < self.list.count():
            self.list.setCurrentRow(current)

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DraftCommentDialog(QDialog):
    """The draft as it was sent: choose a passage and comment on it, or on the whole."""

    commented = Signal(str, str, object)  # the comment, the passage or "", its start or None

    def __init__(self, ask: DraftAsk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ask = ask
        self.setMinimumSize(620, 520)
        layout = QVBoxLayout(self)
        self.hint = wrapped_label(self)
        layout.addWidget(self.hint)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setPlainText(ask.text)
        layout.addWidget(self.text, 2)
        self.comments = QListWidget(self)
        self.comments.setWordWrap(True)
        layout.addWidget(self.comments, 1)
        self.new = QPlainTextEdit(self)
        self.new.setTabChangesFocus(True)
        self.new.setMaximumHeight(80)
        layout.addWidget(self.new)
        buttons = QHBoxLayout()
        self.on_passage = QPushButton(self)
        self.on_passage.clicked.connect(self._on_passage)
        self.on_whole = QPushButton(self)
        self.on_whole.clicked.connect(self._on_whole)
        buttons.addWidget(self.on_passage)
        buttons.addWidget(self.on_whole)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.text.selectionChanged.connect(self._enable)
        self.new.textChanged.connect(self._enable)
        self.entries: list[FeedbackEntry] = []
        self.retranslate()
        self._enable()

    def select(self, start: int, end: int) -> None:
        cursor = self.text.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def _enable(self) -> None:
        has_text = bool(self.new.toPlainText().strip())
        self.on_passage.setEnabled(has_text and self.text.textCursor().hasSelection())
        self.on_whole.setEnabled(has_text)

    def _on_passage(self) -> None:
        cursor = self.text.textCursor()
        # Qt's selection uses U+2029 between paragraphs; the text sent has "\n".
        quote = cursor.selectedText().replace("\u2029", "\n")
        if quote and self.new.toPlainText().strip():
            self.commented.emit(self.new.toPlainText().strip(), quote, cursor.selectionStart())
            self.new.clear()

    def _on_whole(self) -> None:
        if self.new.toPlainText().strip():
            self.commented.emit(self.new.toPlainText().strip(), "", None)
            self.new.clear()

    def show_comments(self, entries: Sequence[FeedbackEntry]) -> None:
        """The whole draft's first, then by where their passage begins."""
        self.entries = sorted(
            entries, key=lambda e: -1 if e.comment is None else (e.comment.offset or -1)
        )
        self.comments.clear()
        for entry in self.entries:
            comment = entry.comment
            where = (
                f"“{comment.quote}”" if comment is not None and comment.quote
                else self.tr("The whole draft")
            )  # fmt: skip
            self.comments.addItem(f"{where}: {entry.text}")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Comments on “{title}”").format(title=self.ask.title))
        self.hint.setText(
            self.tr(
                "Choose a passage in the text and comment on it, or comment on the whole "
                "draft. Your comments go in their next feedback file, beside the draft."
            )
        )
        self.text.setAccessibleName(self.tr("The draft as sent"))
        self.comments.setAccessibleName(self.tr("Your comments"))
        self.new.setAccessibleName(self.tr("New comment"))
        self.new.setPlaceholderText(self.tr("Your comment"))
        self.on_passage.setText(self.tr("Comment on the chosen passage"))
        self.on_whole.setText(self.tr("Comment on the whole draft"))
