"""A goal's review: a few honest lines about how it goes, kept in the journal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.storage.errors import StorageError
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.guard import qt_override
from app.ui.journey import access as journey_access
from app.ui.journey.access import write_journey
from app.ui.kit.muted import MutedLabel
from app.ui.kit.numbers import format_number
from app.ui.kit.widgets import heading_font, wrapped_label

if TYPE_CHECKING:
    from app.services.journey import GoalView


class GoalReviewDialog(QDialog):
    """Ask how a goal is going; the answer goes to the journal, private unless shared.

    Signals:
        reviewed(int): the review was saved (the journal entry's id).
    """

    reviewed = Signal(int)

    def __init__(self, ctx: AppContext, view: GoalView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.goal_label = wrapped_label(self)
        self.goal_label.setFont(heading_font(self.font(), 1.15))
        layout.addWidget(self.goal_label)
        self.where = wrapped_label(self)
        layout.addWidget(self.where)
        self.prompt = wrapped_label(self)
        layout.addWidget(self.prompt)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.prompt.setBuddy(self.text)
        layout.addWidget(self.text, 1)
        self.share = QCheckBox(self)
        layout.addWidget(self.share)
        self.private_note = MutedLabel(self)
        layout.addWidget(self.private_note)
        self.error = wrapped_label(self)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Enter makes a new line in the text; Ctrl+Enter saves, as in most writing tools.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self._on_save_clicked)
        self.text.textChanged.connect(self._refresh)
        self.retranslate()
        self._refresh()
        self.text.setFocus()

    @qt_override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.text.setFocus()  # the dialog would otherwise focus its first button

    def retranslate(self) -> None:
        progress = self.view.progress
        self.setWindowTitle(self.tr("Review your goal"))
        self.goal_label.setText(self.view.goal.statement)
        self.where.setText(
            self.tr("So far: {current} of {target}.").format(
                current=format_number(progress.current), target=format_number(progress.target)
            )
        )
        self.prompt.setText(
            self.tr(
                "How is it going? What went well, what got in the way, and what will you try "
                "next? A few lines are enough."
            )
        )
        self.share.setText(self.tr("&Share this review with my coach"))
        self.private_note.setText(
            self.tr("Reviews go to your journal. They stay private unless you share them.")
        )
        keys = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self.save_button.setToolTip(keys)

    def _refresh(self) -> None:
        self.save_button.setEnabled(bool(self.text.toPlainText().strip()))

    def _on_save_clicked(self) -> None:
        text = self.text.toPlainText().strip()
        goal_id = self.view.goal.id
        if not text or goal_id is None or not self.save_button.isEnabled():
            return
        self.save_button.setEnabled(False)
        share = self.share.isChecked()
        today = journey_access.today(self.ctx)
        write_journey(
            self.ctx,
            lambda writer: writer.review_goal(goal_id, text, today, share),
            self._on_saved,
            self._on_failed,
        )

    def _on_saved(self, entry_id: int) -> None:
        self.reviewed.emit(entry_id)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if not isinstance(error, StorageError):
            raise error
        self.error.setText(error_text(error))
        self.error.show()
