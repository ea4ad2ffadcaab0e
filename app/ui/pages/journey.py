"""The Journey page: the ladder and its weekly history, recognition, journal, progress, lessons,
and, once a coach shares with the group or asks to share a post, examples from the group."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.domain.exchange.examples import Permission
from app.storage.errors import StorageError
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.journey import access as journey_access
from app.ui.journey.comparison import ComparisonPanel
from app.ui.journey.feed import RecognitionFeed, feed_entries
from app.ui.journey.group_panel import GroupPanel
from app.ui.journey.history import WeeklyHistory
from app.ui.journey.journal_panel import JournalPanel
from app.ui.journey.ladder_view import LadderView
from app.ui.journey.learning import LearningPanel
from app.ui.journey.moves import MovesList
from app.ui.journey.snapshot import JourneySnapshot, load_snapshot
from app.ui.journey.texts import LadderTexts, stage_meaning
from app.ui.kit.card import Card
from app.ui.kit.labels import label
from app.ui.kit.muted import MutedLabel
from app.ui.kit.numbers import format_day
from app.ui.kit.widgets import heading_font, wrapped_label
from app.ui.pages.base import Page
from app.ui.store_access import read_store, write_store

if TYPE_CHECKING:
    from app.services.exchange.examples import GroupView
    from app.storage.database import Database
    from app.storage.quick import QuickReader


class JourneyPage(Page):
    """Reads everything with ``read_journey`` and reads again on ``dataChanged("journey")``."""

    RECOGNITION, JOURNAL, PROGRESS, LEARNING, GROUP = range(5)

    def __init__(self, ctx: AppContext, title_text: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title_text, parent)
        self.snapshot: JourneySnapshot | None = None
        self.words = LadderTexts(self)

    def build(self) -> None:
        ctx = self.ctx
        self.ladder_card = Card(self)
        row = QHBoxLayout()
        row.setSpacing(24)
        self.ladder = LadderView(self.ladder_card)
        row.addWidget(self.ladder)
        words = QVBoxLayout()
        words.setSpacing(8)
        self.now = wrapped_label(self.ladder_card)
        self.now.setFont(heading_font(self.font(), 1.25))
        self.meaning = wrapped_label(self.ladder_card)
        self.holding = MutedLabel(self.ladder_card)
        self.next_step = wrapped_label(self.ladder_card)
        self.highest = wrapped_label(self.ladder_card)
        self.start_note = wrapped_label(self.ladder_card)
        self.how_it_works = wrapped_label(self.ladder_card)
        for widget in (
            self.now,
            self.meaning,
            self.holding,
            self.next_step,
            self.highest,
            self.start_note,
            self.how_it_works,
        ):
            words.addWidget(widget)
        self.moves_label = QLabel(self.ladder_card)
        self.moves = MovesList(self.ladder_card)
        self.moves_label.setBuddy(self.moves)
        words.addSpacing(4)
        words.addWidget(self.moves_label)
        words.addWidget(self.moves)
        words.addStretch(1)
        row.addLayout(words, 1)
        self.ladder_card.content.addLayout(row)
        self.body.addWidget(self.ladder_card)

        self.history_card = Card(self)
        self.history = WeeklyHistory(self.history_card)
        self.history_card.content.addWidget(self.history)
        self.body.addWidget(self.history_card)

        self.tabs = QTabWidget(self)
        self.feed = RecognitionFeed(self.tabs)
        self.journal = JournalPanel(ctx, lambda: journey_access.today(self.ctx), self.tabs)
        self.comparison = ComparisonPanel(self.tabs)
        self.learning = LearningPanel(ctx, self.tabs)
        self.group = GroupPanel(self.tabs)  # examples from the group (issue 21)
        self.group.answered.connect(self._answer_share)
        for panel in (self.feed, self.journal, self.comparison, self.learning, self.group):
            self.tabs.addTab(_padded(panel), "")
        self.tabs.setTabVisible(self.GROUP, False)  # until there is something to show
        self.tabs.setMinimumHeight(420)
        self.body.addWidget(self.tabs, 1)

        ctx.hub.dataChanged.connect(self._on_data_changed)
        ctx.hub.databaseFailed.connect(self._on_database_failed)
        if ctx.database_error is not None:
            self._on_database_failed(ctx.database_error)
        self.reload()

    def reload(self) -> None:
        day = journey_access.today(self.ctx)
        journey_access.read_journey(
            self.ctx, lambda reader: load_snapshot(reader, day), self._on_loaded
        )
        read_store(self.ctx, _group_view, self._on_group)

    def _on_group(self, view: GroupView) -> None:
        self.group.set_view(view)
        self.tabs.setTabVisible(self.GROUP, self.group.has_content())

    def _answer_share(self, ask_id: str, permission: Permission) -> None:
        day = journey_access.today(self.ctx)

        def run(db: Database, _reader: QuickReader) -> None:
            # Imported here, on the store's worker: the service pulls in the exchange files.
            from app.services.exchange.examples import answer

            answer(db, ask_id, permission, day)

        write_store(self.ctx, run, lambda _x: None, announce=(journey_access.JOURNEY,))

    def _on_loaded(self, snapshot: JourneySnapshot) -> None:
        self.snapshot = snapshot
        status = snapshot.status
        self.ladder.set_position(status.now.stage, snapshot.start_stage, status.now.highest)
        self.history.set_weeks(status.weeks)
        self.moves.set_changes(status.changes)
        self.moves.setVisible(bool(status.changes))
        self.moves_label.setVisible(bool(status.changes))
        self.feed.set_entries(
            feed_entries(status.recognition, snapshot.goal_statements, snapshot.from_coach)
        )
        self.journal.set_entries(snapshot.journal)
        self.comparison.set_comparison(snapshot.comparison(), status.reassess_on, status.now.stage)
        self.learning.set_stage(status.now.stage)
        self.learning.load()
        self._show_words()
        self.mark_content_ready()

    def retranslate(self) -> None:
        super().retranslate()
        self.ladder_card.set_title(self.tr("Your place on the ladder"))
        self.history_card.set_title(self.tr("Week by week"))
        self.moves_label.setText(self.tr("&Moves on the ladder"))
        titles = (
            self.tr("Recognition"),
            self.tr("Journal"),
            self.tr("Progress since the start"),
            self.tr("Learning"),
            self.tr("Examples from your group"),
        )
        for index, text in enumerate(titles):
            self.tabs.setTabText(index, text)
        self._show_words()

    def _show_words(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            return
        now = snapshot.status.now
        self.now.setText(self.words.stage_now(now.stage))
        self.meaning.setText(stage_meaning(now.stage))
        self.holding.setText(self.words.holding(now, snapshot.rules))
        self.holding.setVisible(bool(self.holding.text()))
        self.next_step.setText(self.words.next_step(now, snapshot.rules))
        self.highest.setText(self.words.highest(now.highest))
        self.highest.setVisible(now.highest > now.stage)
        self.start_note.setText(self._start_text(snapshot))
        self.start_note.setVisible(bool(self.start_note.text()))
        self.how_it_works.setVisible(not snapshot.has_activity)
        self.how_it_works.setText(
            self.tr(
                "How the ladder works: it has six stages, from Listener to Role model. Your "
                "stage comes from what you do in public over the last four weeks: reactions, "
                "comments on other people's posts, replies and your own posts. Log what you do "
                "on the Today page, and you will see yourself move here week by week."
            )
        )

    def _start_text(self, snapshot: JourneySnapshot) -> str:
        start, day = snapshot.start_stage, snapshot.started_on
        if not snapshot.has_activity:
            if start is None:
                return self.tr("Nothing is logged yet, so you start at the first stage.")
            return self.tr("Nothing is logged yet, so this is where your survey placed you.")
        if start is None or day is None:
            return ""
        return self.tr("You started as {stage} on {day}.").format(
            stage=label(start), day=format_day(day)
        )

    def _on_data_changed(self, kind: str) -> None:
        if kind == journey_access.JOURNEY:
            self.reload()

    def _on_database_failed(self, error: StorageError) -> None:
        self.now.setText(error_text(error))
        self.mark_content_ready()


def _group_view(reader: QuickReader) -> GroupView:
    # Imported here, on the store's worker: not on the GUI thread (the service pulls in the
    # exchange files' reading and writing).
    from app.services.exchange.examples import group_view

    return group_view(reader)


def _padded(panel: QWidget) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(12, 12, 12, 12)
    layout.addWidget(panel)
    return holder
