"""Under the draft's text: "Ask my coach", and the coach's comments when they come back.

The person sends the text they see (the network shown) only after seeing exactly what goes: it
travels in their next progress file, and in each one after until the coach's comments arrive.
The comments (from a feedback file) show here beside the draft: the passage each one is about
(selected in the text with "Show in the text", found again if the text moved) and the words;
"Resolved" puts one away, "Show resolved" brings them back.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.drafts.model import Draft
from app.domain.drafts.networks import Network
from app.domain.exchange.draft_talk import find_passage
from app.services.exchange.draft_talk import Comment, ForDraft
from app.ui.context import AppContext
from app.ui.drafts.variant_editor import VariantEditor
from app.ui.guard import qt_override
from app.ui.kit.muted import MutedLabel
from app.ui.kit.numbers import format_day
from app.ui.kit.widgets import clear_layout, wrapped_label
from app.ui.store_access import read_store, write_store


class DraftEditor(Protocol):
    """What of the draft editor this needs (app/ui/drafts/editor.py)."""

    draft: Draft | None

    def current_editor(self) -> VariantEditor: ...

    def current_network(self) -> Network: ...


DRAFT_TALK = "draft_talk"  # the hub's dataChanged kind when an ask or a comment changes
COMMENTS_HEIGHT = 170  # the comments scroll in this much: the text keeps its room


class CoachSection(QWidget):
    def __init__(self, ctx: AppContext, editor: DraftEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.editor = editor
        self.data = ForDraft([], [])
        self.draft_id: int | None = None
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        self.ask_button = QPushButton(self)
        self.ask_button.clicked.connect(self.ask)
        self.take_back = QPushButton(self)
        self.take_back.clicked.connect(self._take_back)
        row.addWidget(self.ask_button)
        row.addWidget(self.take_back)
        row.addStretch(1)
        layout.addLayout(row)
        self.show_resolved = QCheckBox(self)
        self.show_resolved.toggled.connect(lambda _on: self.rebuild())
        row.addWidget(self.show_resolved)
        self.status = MutedLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        inner = QWidget()
        self.items = QVBoxLayout(inner)
        self.items.setContentsMargins(0, 0, 0, 0)
        self.items.setSpacing(10)
        self.comments = QScrollArea(self)
        self.comments.setWidgetResizable(True)
        self.comments.setFrameShape(QScrollArea.Shape.NoFrame)
        self.comments.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.comments.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a Tab stop
        self.comments.setWidget(inner)
        self.comments.setMaximumHeight(COMMENTS_HEIGHT)
        layout.addWidget(self.comments)
        self.comment_texts: list[str] = []
        self.resolve_buttons: list[QPushButton] = []
        self.show_buttons: list[QPushButton] = []
        ctx.hub.dataChanged.connect(self._on_data_changed)
        self.rebuild()

    # -- data -----------------------------------------------------------------------------------

    def set_draft(self, draft_id: int | None) -> None:
        self.draft_id = draft_id
        self.data = ForDraft([], [])
        self.rebuild()
        self.reload()

    def reload(self) -> None:
        from app.services.exchange.draft_talk import for_draft

        draft_id = self.draft_id
        if draft_id is not None:
            read_store(self.ctx, lambda r: for_draft(r, draft_id), self._on_loaded)

    def _on_loaded(self, data: ForDraft) -> None:
        if all(a.draft_id == self.draft_id for a in data.asks):
            self.data = data
            self.rebuild()

    def _on_data_changed(self, kind: str) -> None:
        if kind in (DRAFT_TALK, "journey"):  # a feedback file arriving announces "journey"
            self.reload()

    # -- asking ---------------------------------------------------------------------------------

    def ask(self) -> QDialog | None:
        """Show exactly what goes, then keep it for the next progress file."""
        draft = self.editor.draft
        if draft is None or draft.id is None:
            return None
        text = self.editor.current_editor().text()
        if not text.strip():
            return None
        network = self.editor.current_network().value
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Ask your coach about this draft"))
        column = QVBoxLayout(dialog)
        note = wrapped_label(dialog)
        column.addWidget(note)
        note.setText(
            self.tr(
                "This text goes in your next progress file, as it is now, and only this draft. "
                "Your coach can comment on passages and on the whole; the comments come back "
                "here."
            )
        )
        shown = QPlainTextEdit(dialog)
        shown.setReadOnly(True)
        shown.setPlainText(text)
        shown.setAccessibleName(self.tr("What goes to your coach"))
        column.addWidget(shown)
        buttons = QDialogButtonBox(dialog)
        send = buttons.addButton(self.tr("Send with my next progress file"),
                                 QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        column.addWidget(buttons)
        dialog.resize(560, 420)
        send.setDefault(True)
        draft_id, title, day = draft.id, draft.title, self.ctx.clock.today()

        def accepted() -> None:
            from app.services.exchange.draft_talk import ask

            write_store(self.ctx, lambda db, _r: ask(db, draft_id, day, title, network, text),
                        None, announce=(DRAFT_TALK,))  # fmt: skip

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _: setattr(self, "dialog", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _take_back(self) -> None:
        from app.services.exchange.draft_talk import take_back

        waiting = self._waiting()
        if waiting:
            ask_id = waiting[-1]
            write_store(self.ctx, lambda db, _r: take_back(db, ask_id), None,
                        announce=(DRAFT_TALK,))  # fmt: skip

    def _waiting(self) -> list[str]:
        answered = {c.comment.ask for c in self.data.comments}
        return [a.ask.id for a in self.data.asks if a.ask.id not in answered]

    # -- the comments ---------------------------------------------------------------------------

    def rebuild(self) -> None:
        clear_layout(self.items)
        self.comment_texts, self.resolve_buttons, self.show_buttons = [], [], []
        self.ask_button.setToolTip(
            self.tr(
                "Would a second pair of eyes help? Send this draft to your coach: you see "
                "exactly what goes before it goes, and nothing else of your drafts leaves."
            )
        )
        self.ask_button.setText(self.tr("Ask my coach…"))
        self.take_back.setText(self.tr("Take back"))
        self.show_resolved.setText(self.tr("Show resolved"))
        waiting = self._waiting()
        self.take_back.setVisible(bool(waiting))
        self.ask_button.setEnabled(self.draft_id is not None)
        lines = []
        if waiting:
            lines.append(
                self.tr("Goes in your next progress file; then waiting for your coach's comments.")
            )
        resolved = [c for c in self.data.comments if c.resolved_on is not None]
        shown = [c for c in self.data.comments
                 if c.resolved_on is None or self.show_resolved.isChecked()]  # fmt: skip
        if self.data.comments:
            coach = self.data.comments[-1].coach or self.tr("your coach")
            lines.append(
                self.tr("Comments from {coach}: %Ln open.", "",
                        len(self.data.comments) - len(resolved)).format(coach=coach)
            )  # fmt: skip
        self.status.setText("\n".join(lines))
        self.status.setVisible(bool(lines))
        self.show_resolved.setVisible(bool(resolved))
        for comment in shown:
            self._add(comment)
        self.comments.setVisible(bool(shown))

    def _add(self, comment: Comment) -> None:
        column = QVBoxLayout()
        column.setSpacing(2)
        column.setContentsMargins(0, 0, 0, 0)
        if comment.comment.quote:
            quote = MutedLabel(self)
            quote.setWordWrap(True)
            quote.setText(f"“{comment.comment.quote}”")
            column.addWidget(quote)
        words = wrapped_label(self, selectable=True)
        words.setText(comment.text)
        column.addWidget(words)
        when = MutedLabel(self)
        parts = [format_day(comment.day)]
        if not comment.comment.quote:
            parts.append(self.tr("on the whole draft"))
        elif self._passage(comment) is None:
            parts.append(self.tr("the passage has changed since"))
        if comment.resolved_on is not None:
            parts.append(self.tr("resolved on {day}").format(day=format_day(comment.resolved_on)))
        when.setText(" · ".join(parts))
        column.addWidget(when)
        buttons = QHBoxLayout()
        show = QPushButton(self.tr("Show in the text"), self)
        show.setEnabled(self._passage(comment) is not None)
        show.clicked.connect(lambda _=False, c=comment: self.show_passage(c))
        resolve = QPushButton(
            self.tr("Resolved") if comment.resolved_on is None else self.tr("Open again"), self
        )
        resolve.clicked.connect(lambda _=False, c=comment: self.resolve(c))
        buttons.addWidget(show)
        buttons.addWidget(resolve)
        buttons.addStretch(1)
        column.addLayout(buttons)
        box = QWidget(self.comments.widget())
        box.setLayout(column)
        self.items.addWidget(box)
        self.comment_texts.append(comment.text)
        self.resolve_buttons.append(resolve)
        self.show_buttons.append(show)

    def _passage(self, comment: Comment) -> tuple[int, int] | None:
        text = self.editor.current_editor().text()
        return find_passage(text, comment.comment.quote, comment.comment.offset)

    def show_passage(self, comment: Comment) -> None:
        found = self._passage(comment)
        if found is None:
            return
        edit = self.editor.current_editor().edit
        cursor = edit.textCursor()
        cursor.setPosition(found[0])
        cursor.setPosition(found[1], cursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        edit.setFocus()

    def resolve(self, comment: Comment) -> None:
        from app.services.exchange.draft_talk import resolve

        day = None if comment.resolved_on is not None else self.ctx.clock.today()
        write_store(self.ctx, lambda db, _r: resolve(db, comment.id, day), None,
                    announce=(DRAFT_TALK,))  # fmt: skip

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.rebuild()
        super().changeEvent(event)
