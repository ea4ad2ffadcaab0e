"""Today's card of goals the coach proposed: each with what it counts, its target and deadline,
and which goal it would change; Accept, "Change, then accept…" (the goal editor, filled in with
the proposal) or Decline. Hidden while none waits. It reads and writes on its own; the page only
places it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.activity import ActivityKind
from app.ui.context import AppContext
from app.ui.guard import qt_override
from app.ui.journey import access as journey_access
from app.ui.journey.access import JOURNEY
from app.ui.kit.card import Card
from app.ui.kit.labels import label
from app.ui.kit.muted import MutedLabel
from app.ui.kit.numbers import format_day, format_number
from app.ui.kit.widgets import clear_layout, wrapped_label
from app.ui.store_access import read_store, write_store

if TYPE_CHECKING:
    # Not at import: the service reads and writes through SQLAlchemy, which Today's first
    # content does without (it is imported when the card first reads).
    from app.services.exchange.goal_talk import Proposed
    from app.storage.quick import QuickReader

if TYPE_CHECKING:
    from app.storage.journey.records import GoalRecord
    from app.storage.quick import QuickReader
    from app.ui.today.goal_editor import GoalEditorDialog

_KINDS = {kind.value: kind for kind in ActivityKind}


class GoalProposalsCard(Card):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.waiting: list[Proposed] = []
        self.items = QVBoxLayout()
        self.items.setSpacing(10)
        self.content.addLayout(self.items)
        self.statements: list[str] = []
        self.accept_buttons: list[QPushButton] = []
        self.edit_buttons: list[QPushButton] = []
        self.decline_buttons: list[QPushButton] = []
        self.dialog: GoalEditorDialog | None = None
        self.hide()
        ctx.hub.dataChanged.connect(self._on_data_changed)
        self.reload()

    def reload(self) -> None:
        read_store(self.ctx, _waiting, self.show_proposals)

    def _on_data_changed(self, kind: str) -> None:
        if kind == JOURNEY:
            self.reload()

    def show_proposals(self, items: Sequence[Proposed]) -> None:
        self.waiting = list(items)
        self.rebuild()
        self.setVisible(bool(self.waiting))

    def rebuild(self) -> None:
        self.set_title(self.tr("Goals your coach proposes"))
        clear_layout(self.items)
        self.statements = []
        self.accept_buttons, self.edit_buttons, self.decline_buttons = [], [], []
        for item in self.waiting:
            column = QVBoxLayout()
            column.setSpacing(2)
            column.setContentsMargins(0, 0, 0, 0)
            title = wrapped_label(self)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setText(item.proposal.statement)
            column.addWidget(title)
            detail = MutedLabel(self)
            detail.setWordWrap(True)
            detail.setText(" · ".join(self._details(item)))
            column.addWidget(detail)
            buttons = QHBoxLayout()
            accept = QPushButton(self.tr("Accept"), self)
            edit = QPushButton(self.tr("Change, then accept…"), self)
            decline = QPushButton(self.tr("Decline"), self)
            for button, name in ((accept, self.tr("Accept: {goal}")),
                                 (edit, self.tr("Change, then accept: {goal}")),
                                 (decline, self.tr("Decline: {goal}"))):  # fmt: skip
                button.setAccessibleName(name.format(goal=item.proposal.statement))
                buttons.addWidget(button)
            buttons.addStretch(1)
            accept.clicked.connect(lambda _=False, i=item: self.accept(i))
            edit.clicked.connect(lambda _=False, i=item: self.edit(i))
            decline.clicked.connect(lambda _=False, i=item: self.decline(i))
            column.addLayout(buttons)
            box = QWidget(self)
            box.setLayout(column)
            self.items.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            self.statements.append(item.proposal.statement)
            self.accept_buttons.append(accept)
            self.edit_buttons.append(edit)
            self.decline_buttons.append(decline)

    def _details(self, item: Proposed) -> list[str]:
        proposal = item.proposal
        kind = _KINDS.get(proposal.counts or "")
        what = label(kind) if kind is not None else self.tr("a number you enter")
        parts = [
            self.tr("{target} × {what} by {day}").format(
                target=format_number(proposal.target), what=what, day=format_day(proposal.deadline)
            )
        ]
        if proposal.replaces:
            parts.append(self.tr("instead of “{goal}”").format(goal=proposal.replaces))
        else:
            parts.append(self.tr("a new goal"))
        if item.coach:
            parts.append(self.tr("from {coach}").format(coach=item.coach))
        return parts

    def accept(self, item: Proposed) -> None:
        from app.services.exchange.goal_talk import accept

        day = journey_access.today(self.ctx)
        write_store(
            self.ctx,
            lambda db, reader: accept(db, reader, item.proposal.id, day),
            lambda _x: self.ctx.hub.statusMessage.emit(
                self.tr("Goal agreed with your coach: {goal}").format(goal=item.proposal.statement)
            ),
            announce=(JOURNEY,),
        )

    def edit(self, item: Proposed) -> None:
        """The goal editor with the proposal in it (a change keeps the goal it changes);
        saving it accepts the proposal as changed."""
        from app.services.exchange.goal_talk import record_of
        from app.services.journey.reader import JourneyReader

        day = journey_access.today(self.ctx)

        def read(reader: QuickReader) -> tuple[GoalRecord, int]:
            record = record_of(item.proposal, reader, day)
            goals = JourneyReader(reader).goals()
            return record, sum(1 for r in goals if r.goal.active and r.goal.id != record.goal.id)

        read_store(self.ctx, read, lambda found: self._open_editor(item, *found))

    def _open_editor(self, item: Proposed, record: GoalRecord, others: int) -> None:
        from app.ui.today.goal_editor import GoalEditorDialog

        dialog = GoalEditorDialog(self.ctx, record, others, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda goal_id: self.accept_edited(item, goal_id))
        dialog.finished.connect(lambda _: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def accept_edited(self, item: Proposed, goal_id: int) -> None:
        from app.services.exchange.goal_talk import accept_edited

        day = journey_access.today(self.ctx)
        write_store(
            self.ctx,
            lambda db, reader: accept_edited(db, reader, item.proposal.id, goal_id, day),
            None,
            announce=(JOURNEY,),
        )

    def decline(self, item: Proposed) -> None:
        from app.services.exchange.goal_talk import decline

        day = journey_access.today(self.ctx)
        write_store(
            self.ctx,
            lambda db, _r: decline(db, item.proposal.id, day),
            None,
            announce=(JOURNEY,),
        )

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.rebuild()
        super().changeEvent(event)


def _waiting(reader: QuickReader) -> list[Proposed]:
    # Imported here, on the store's worker: not on the GUI thread before Today's content.
    from app.services.exchange.goal_talk import waiting

    return waiting(reader)
