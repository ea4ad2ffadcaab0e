"""A draft's way to the feed, under its title: Mark ready, Mark as published, Enter outcome,
Plan, and where it was published. The buttons wrap to a second line when narrow."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.drafts.model import Draft, DraftState, Outcome, Publication
from app.domain.drafts.networks import Network
from app.ui.context import AppContext
from app.ui.drafts.access import write_drafts
from app.ui.drafts.autosave import Autosaver
from app.ui.drafts.dialogs import OutcomeDialog, PlanDialog, PublishDialog
from app.ui.drafts.flow import FlowLayout, expanding_row
from app.ui.drafts.texts import network_name
from app.ui.journey.access import JOURNEY
from app.ui.kit.numbers import format_day


class Lifecycle(QWidget):
    """Signals:
    moved(object): the Draft with its new state (ready, or back to draft).
    published(int): the draft id, after it was marked published and logged.
    """

    moved = Signal(object)
    published = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        autosaver: Autosaver,
        current_network: Callable[[], Network],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.autosaver = autosaver
        self.current_network = current_network
        self.draft: Draft | None = None
        self.publications: list[Publication] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        row = QWidget(self)
        row.setSizePolicy(expanding_row())
        buttons = FlowLayout(row)
        self.ready_button = QPushButton(row)
        self.ready_button.clicked.connect(self._on_ready_clicked)
        self.publish_button = QPushButton(row)
        self.publish_button.clicked.connect(self._on_publish_clicked)
        self.outcome_button = QPushButton(row)
        self.outcome_button.clicked.connect(self._on_outcome_clicked)
        self.plan_button = QPushButton(row)
        self.plan_button.clicked.connect(self._on_plan_clicked)
        for button in (
            self.ready_button,
            self.publish_button,
            self.outcome_button,
            self.plan_button,
        ):
            buttons.addWidget(button)
        layout.addWidget(row)
        self.published_note = QLabel(self)
        self.published_note.setWordWrap(True)
        self.published_note.setOpenExternalLinks(True)
        layout.addWidget(self.published_note)

    def show_for(self, draft: Draft | None, publications: list[Publication]) -> None:
        """The buttons that fit the draft's state, in the language of the moment."""
        self.draft, self.publications = draft, publications
        self.plan_button.setText(self.tr("Plan…"))
        self.publish_button.setText(self.tr("Mark as published…"))
        self.outcome_button.setText(self.tr("Enter outcome…"))
        if draft is None:
            return
        ready = draft.state is DraftState.READY
        self.ready_button.setText(self.tr("Back to draft") if ready else self.tr("Mark ready"))
        published = draft.state is DraftState.PUBLISHED
        self.ready_button.setVisible(not published)
        self.publish_button.setVisible(not published)
        self.outcome_button.setVisible(published)
        self.plan_button.setVisible(not published)
        if published and publications:
            last = publications[-1]
            link = f' <a href="{last.link}">{last.link}</a>' if last.link else ""
            self.published_note.setText(
                self.tr("Published on %1 on %2.")
                .replace("%1", network_name(last.network))
                .replace("%2", format_day(last.day))
                + link
            )
        self.published_note.setVisible(published and bool(publications))

    def _on_ready_clicked(self) -> None:
        draft = self.draft
        if draft is None or draft.id is None:
            return
        target = DraftState.DRAFT if draft.state is DraftState.READY else DraftState.READY
        draft_id = draft.id
        self.autosaver.flush()
        self.moved.emit(replace(draft, state=target))
        write_drafts(self.ctx, lambda w: w.move(draft_id, target))

    def _on_publish_clicked(self) -> None:
        dialog = PublishDialog(self.current_network(), self, today=self.ctx.clock.today())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            day, network, link = dialog.values()
            self.publish(network, day, link)

    def publish(self, network: Network, day: date, link: str) -> None:
        """Mark published (the person posted it themselves) and log the activity."""
        draft = self.draft
        if draft is None or draft.id is None:
            return
        draft_id = draft.id
        self.autosaver.flush()

        def done(_: object) -> None:
            self.ctx.hub.dataChanged.emit(JOURNEY)
            self.published.emit(draft_id)

        write_drafts(self.ctx, lambda w: w.publish(draft_id, network, day, link), done)

    def _on_outcome_clicked(self) -> None:
        if not self.publications:
            return
        last = self.publications[-1]
        dialog = OutcomeDialog(last.outcome, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and last.id is not None:
            outcome: Outcome = dialog.outcome(self.ctx.clock.today())
            publication_id = last.id
            write_drafts(self.ctx, lambda w: w.save_outcome(publication_id, outcome))

    def _on_plan_clicked(self) -> None:
        draft = self.draft
        if draft is None or draft.id is None:
            return
        dialog = PlanDialog(self.current_network(), self, today=self.ctx.clock.today())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            when, network = dialog.values()
            self.plan(network, when)

    def plan(self, network: Network, when: datetime) -> None:
        draft = self.draft
        if draft is None or draft.id is None:
            return
        draft_id = draft.id
        write_drafts(self.ctx, lambda w: w.plan(draft_id, network, when))
