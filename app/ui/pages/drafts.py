"""The drafting studio: the idea inbox, drafts per network with the live voice check, the plan."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QTabWidget, QWidget

from app.domain import settings as decl
from app.domain.drafts.model import Draft, Idea, PlanEntry, Publication
from app.domain.drafts.networks import Network
from app.storage.drafts.journal import DraftJournal, JournalEntry
from app.ui.context import AppContext
from app.ui.drafts.access import DRAFTS, read_drafts, write_drafts
from app.ui.drafts.autosave import Autosaver
from app.ui.drafts.editor import DraftEditor
from app.ui.drafts.inbox import Inbox
from app.ui.drafts.live_check import LiveCheck
from app.ui.drafts.plan_view import PlanView
from app.ui.guard import qt_override
from app.ui.journey.access import JOURNEY
from app.ui.kit.widgets import wrapped_label
from app.ui.pages.base import Page
from app.ui.store_access import read_store

if TYPE_CHECKING:
    from app.domain.voice.model import VoiceProfile
    from app.services.drafts import DraftsWriter
    from app.storage.quick import QuickReader


@dataclass(frozen=True)
class StudioData:
    ideas: list[Idea]
    drafts: list[Draft]
    plan: list[PlanEntry]


class DraftsPage(Page):
    def __init__(self, ctx: AppContext, title_text: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title_text, parent)
        self.current_id: int | None = None
        self.data: StudioData | None = None

    def build(self) -> None:
        ctx = self.ctx
        self.journal = DraftJournal.in_data_dir(ctx.paths.data_dir)
        self.autosaver = Autosaver(ctx, self.journal, self)
        self.live_check = LiveCheck(ctx.tasks, parent=self)
        self._profiles: dict[str, VoiceProfile] | None = None
        self.notice = wrapped_label(self)
        self.notice.setVisible(False)
        self.body.addWidget(self.notice)
        self.tabs = QTabWidget(self)
        studio = QWidget(self.tabs)
        row = QHBoxLayout(studio)
        row.setContentsMargins(0, 8, 0, 0)
        row.setSpacing(16)
        self.inbox = Inbox(studio)
        self.inbox.captured.connect(self._on_captured)
        self.inbox.ideaChosen.connect(self._on_idea_chosen)
        self.inbox.draftChosen.connect(self.open_draft)
        self.inbox.newDraftRequested.connect(self._on_new_draft)
        row.addWidget(self.inbox)
        self.editor = DraftEditor(ctx, self.autosaver, self.live_check, studio)
        self.editor.published.connect(self.open_draft)
        self.editor.setVisible(False)
        self._load_own_voice()
        self._load_my_words()
        # The writing assistant is off until the person turns it on: no tab, no network.
        self.editor.set_assistant(bool(ctx.settings.get(decl.ASSISTANT_ENABLED)))
        ctx.hub.settingChanged.connect(self._on_setting_changed)
        row.addWidget(self.editor, 1)
        # Until there is a draft, say what this place is for instead of showing empty controls.
        self.empty = wrapped_label(studio)
        self.empty.setObjectName("draftsEmpty")
        self.empty.setMargin(24)
        row.addWidget(self.empty, 1)
        self.tabs.addTab(studio, "")
        self.plan = PlanView(self.tabs, today=self.ctx.clock.today())
        self.plan.exportRequested.connect(self._on_export)
        self.tabs.addTab(self.plan, "")
        # Tall enough to write in, short enough that Copy and Open show at 1024x600.
        self.tabs.setMinimumHeight(440)
        self.body.addWidget(self.tabs, 1)
        ctx.hub.dataChanged.connect(self._on_data_changed)
        self._load_person()
        # After a crash: text typed since the last save is in the journal; put it back first.
        # Only then: a write opens SQLAlchemy (~0.2 s, ~30 MiB), which reading never needs.
        if self.journal.any_written():
            write_drafts(ctx, self._recover, self._on_recovered)
        ctx.tasks.run(self._warm_up, lambda _r: None)
        self.reload()

    def _recover(self, writer: DraftsWriter) -> list[JournalEntry]:
        return writer.recover(self.journal)

    @staticmethod
    def _warm_up() -> None:
        from app.services.drafts import warm_up

        warm_up()

    def retranslate(self) -> None:
        super().retranslate()
        self.tabs.setTabText(0, self.tr("Write"))
        self.empty.setText(
            self.tr(
                "No drafts yet. Jot down an idea on the left, or press New to start writing. "
                "As you type, OwnVoice checks that the text sounds like you and fits each "
                "network. It never posts anything: when you are ready, copy the text or open "
                "the network's own page."
            )
        )
        self.tabs.setTabText(1, self.tr("Plan"))
        self.inbox.retranslate()
        self.editor.retranslate()
        self.plan.retranslate()

    def shown(self) -> None:
        self.reload()

    @qt_override
    def hideEvent(self, event: object) -> None:
        self.autosaver.flush()
        super().hideEvent(event)  # type: ignore[arg-type]

    # -- data -----------------------------------------------------------------------------------

    def reload(self) -> None:
        read_drafts(
            self.ctx, lambda r: StudioData(r.ideas(), r.drafts(), r.plan()), self._on_loaded
        )

    def _on_loaded(self, data: StudioData) -> None:
        self.data = data
        self.inbox.show_ideas(data.ideas)
        self.inbox.show_drafts(data.drafts, self.current_id)
        self.plan.show_entries(data.plan)
        self.editor.setVisible(bool(data.drafts))
        self.empty.setVisible(not data.drafts)
        if self.current_id is None and data.drafts and data.drafts[0].id is not None:
            self.open_draft(data.drafts[0].id)
        self.mark_content_ready()

    def _on_data_changed(self, kind: str) -> None:
        if kind == DRAFTS:
            self.reload()
        elif kind == "voice":
            self._load_own_voice()
        elif kind == JOURNEY:
            self._load_person()

    def _load_person(self) -> None:
        """The person's name (their profile), for the preview's name line; "You" without it."""

        read_drafts(self.ctx, lambda r: r.person_name(), self.editor.set_person_name)

    def _load_own_voice(self) -> None:
        """The person's voice profiles, so that the check compares a draft with them."""

        def load(reader: QuickReader) -> object:
            from app.services.voice.profile import stored_profiles

            return stored_profiles(reader)

        def use(profiles: object) -> None:
            self._profiles = (
                cast("dict[str, VoiceProfile]", profiles) if isinstance(profiles, dict) else None
            )
            self._apply_writing_settings()

        read_store(self.ctx, load, use)

    def _load_my_words(self) -> None:
        """The person's own words, never marked as misspelt."""

        def use(words: frozenset[str]) -> None:
            options = self.live_check.options
            self.live_check.options = replace(options, my_words=options.my_words | words)
            self.editor.recheck()

        read_drafts(self.ctx, lambda r: r.personal_words(), use)

    def _apply_writing_settings(self) -> None:
        """Settings → Writing checks: sensitive words, employer, Mastodon server."""
        from app.services.drafts import options_from_settings

        my_words = self.live_check.options.my_words
        options = options_from_settings(self.ctx.settings, self._profiles)
        self.live_check.options = replace(options, my_words=my_words)
        if self.editor.assistant is not None:
            self.editor.assistant.check_options = self.live_check.options
        server = self.ctx.settings.get_str(decl.MASTODON_SERVER).strip()
        for editor in self.editor.editors.values():
            editor.set_mastodon_instance(server)
        self.editor.recheck()  # with the new words, employer or profiles

    def _on_setting_changed(self, key: str, _value: object) -> None:
        if key.startswith(decl.SECTION_WRITING.key + "/"):
            self._apply_writing_settings()
        elif key == decl.ASSISTANT_ENABLED:
            self.editor.set_assistant(bool(self.ctx.settings.get(decl.ASSISTANT_ENABLED)))

    def _on_recovered(self, restored: list[JournalEntry]) -> None:
        if restored:
            self.notice.setText(
                self.tr("Restored what you typed before OwnVoice closed unexpectedly.")
            )
            self.notice.setVisible(True)

    def open_draft(self, draft_id: int) -> None:
        self.current_id = draft_id

        def query(r: object) -> tuple[Draft | None, list[Publication]]:
            from app.services.drafts import DraftsReader

            assert isinstance(r, DraftsReader)
            return r.draft(draft_id), r.publications(draft_id)

        self.autosaver.flush()
        read_drafts(self.ctx, query, self._on_draft_loaded)

    def _on_draft_loaded(self, found: tuple[Draft | None, list[Publication]]) -> None:
        draft, publications = found
        if draft is not None and draft.id == self.current_id:
            self.editor.load(draft, publications)

    # -- actions --------------------------------------------------------------------------------

    def _on_captured(self, text: str, tags: tuple[str, ...]) -> None:
        write_drafts(self.ctx, lambda w: w.capture_idea(text, tags))

    def _on_idea_chosen(self, idea: Idea) -> None:
        write_drafts(self.ctx, lambda w: w.draft_from_idea(idea), self.open_draft)

    def _on_new_draft(self) -> None:
        write_drafts(
            self.ctx, lambda w: w.new_draft("", None, (Network.LINKEDIN,)), self.open_draft
        )

    def _on_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the plan"), "ownvoice-plan.ics", self.tr("Calendar (*.ics)")
        )
        if name:
            self.export_plan(Path(name))

    def export_plan(self, out: Path) -> None:
        from app.services.drafts.plan import export_plan

        entries, stamp, folder = self.plan.entries, self.ctx.clock.now(), self.ctx.paths.data_dir

        def saved(_count: int) -> None:
            self.ctx.hub.statusMessage.emit(
                self.tr("The plan is saved in {file}.").format(file=out.name)
            )

        def failed(error: BaseException) -> None:
            if not isinstance(error, OSError):
                raise error
            QMessageBox.warning(
                self,
                self.tr("Export the plan"),
                self.tr("The plan could not be saved in {file}: {reason}").format(
                    file=str(out), reason=error.strerror or str(error)
                ),
            )

        self.ctx.tasks.run(
            lambda: export_plan(entries, out, stamp, folder), saved, failed, serial=True
        )
