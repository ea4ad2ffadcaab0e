"""The "Your voice" page: how the person writes, per language, and the texts it is learnt from."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTabBar,
    QWidget,
)

from app.domain.text.wordlists import LANGUAGES, Language
from app.domain.voice import VoiceProfile
from app.services.voice.profile import VoiceService
from app.services.voice.snapshot import ImportLine, VoiceSnapshot, load_snapshot
from app.storage.errors import StorageError
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.kit.card import Card
from app.ui.kit.model_signals import texts_changed
from app.ui.kit.widgets import wrapped_label
from app.ui.pages.base import Page
from app.ui.voice import access
from app.ui.voice.corpus_delegate import CorpusDelegate
from app.ui.voice.corpus_model import CorpusModel
from app.ui.voice.import_dialog import ImportDialog
from app.ui.voice.imports_card import ImportsCard, ImportWords, confirm_removal
from app.ui.voice.languages import language_name, other_languages_text
from app.ui.voice.messages import how_to_get
from app.ui.voice.profile_view import ProfileView
from app.ui.voice.texts_table import TextsTable

if TYPE_CHECKING:
    from app.services.voice.removal import Removed

# Over this many texts a search waits for typing to pause this long (each search reads them all),
# and a new list is filled a moment after the page's cards are shown.
LONG_LIST = 3000
FIT_ROWS = 50  # rows measured when a column fits its words (see the table's set-up)
SEARCH_PAUSE_MS = 200


class VoicePage(Page):
    """Reads the stored profile and the corpus; rebuilds on the serial worker when they change."""

    def __init__(self, ctx: AppContext, title_text: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title_text, parent)
        self.voice = VoiceService(ctx.clock)
        self.snapshot: VoiceSnapshot | None = None
        self.languages: list[Language] = []
        self.dialog: ImportDialog | None = None
        self._listed: tuple[tuple[int | None, bool], ...] | None = None  # see VoiceSnapshot
        # Asks before an import is removed (tests answer for the person).
        self.confirm: Callable[[QWidget, ImportLine], bool] = confirm_removal

    def build(self) -> None:
        top = QHBoxLayout()
        self.overview = wrapped_label(self)
        top.addWidget(self.overview, 1)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self._on_import_clicked)
        top.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(top)

        self.empty_card = Card(self)
        self.empty_intro = wrapped_label(self.empty_card)
        self.empty_card.content.addWidget(self.empty_intro)
        self.empty_steps = {}
        for source in ("linkedin", "x", "mastodon", "text"):
            label = wrapped_label(self.empty_card)
            self.empty_steps[source] = label
            self.empty_card.content.addWidget(label)
        self.body.addWidget(self.empty_card)

        self.profile_card = Card(self)
        self.tabs = QTabBar(self.profile_card)
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.profile_card.content.addWidget(self.tabs)
        self.profile_note = wrapped_label(self.profile_card)
        self.profile_card.content.addWidget(self.profile_note)
        self.profile_view = ProfileView(self.profile_card)
        self.profile_card.content.addWidget(self.profile_view)
        self.body.addWidget(self.profile_card)

        self.corpus_card = Card(self)
        self.corpus_note = wrapped_label(self.corpus_card)
        self.corpus_card.content.addWidget(self.corpus_note)
        self.search = QLineEdit(self.corpus_card)
        self.search.setClearButtonEnabled(True)
        self.corpus_card.content.addWidget(self.search)
        self.model = CorpusModel(self)
        self.table = TextsTable(self.corpus_card)  # one Tab stop; Space ticks a text
        self.table.setModel(self.model)
        self.table.setItemDelegate(CorpusDelegate(self.model, self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CorpusModel.DAY, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (CorpusModel.INCLUDE, CorpusModel.DAY, CorpusModel.CHANNEL,
                       CorpusModel.LANGUAGE):  # fmt: skip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CorpusModel.TEXT, QHeaderView.ResizeMode.Stretch)
        # Fit the columns to fifty rows, not to all: with a ten-year archive the list holds tens
        # of thousands of texts, and each row measured is a call into Python per role (eight).
        # Dates, channels and languages are all about as wide. Not 0 ("the rows on screen"):
        # while the table is hidden, as when the page is built, Qt then measures every row,
        # and each header change walked the whole list (10,000 texts: 3 s; 50,000: 15 s).
        header.setResizeContentsPrecision(FIT_ROWS)
        self.table.setMinimumHeight(340)
        self.corpus_card.content.addWidget(self.table)
        self.body.addWidget(self.corpus_card)

        self.imports_card = ImportsCard(self)
        self.imports_card.removeRequested.connect(self._on_remove_requested)
        self.body.addWidget(self.imports_card)
        self.body.addStretch(1)

        # A long list is searched once typing pauses; a short one at every key.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(lambda: self.model.search(self.search.text()))
        self.search.textChanged.connect(self._on_search_changed)
        self.model.inclusionChanged.connect(self._on_inclusion_changed)
        self.ctx.hub.dataChanged.connect(self._on_data_changed)
        self.ctx.hub.databaseFailed.connect(self._on_database_failed)
        if self.ctx.database_error is not None:
            self._on_database_failed(self.ctx.database_error)
        self.reload()

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        voice = self.voice
        access.read_voice(self.ctx, lambda reader: load_snapshot(voice, reader), self._on_loaded)

    def _on_loaded(self, snapshot: VoiceSnapshot) -> None:
        self.snapshot = snapshot
        if snapshot.listing != self._listed:  # a new profile alone leaves the list as it is
            self._listed = snapshot.listing
            # After a tick the list already shows it: refilling it would lose the place of
            # someone going down the list with the arrows and Space.
            if dict(snapshot.listing) != self.model.listing():
                if len(snapshot.texts) > LONG_LIST:
                    # A turn of the event loop later: the page shows its cards first, then the
                    # list (tens of thousands of texts sorted and filtered), each within a
                    # paint's time rather than both in one pause of the window.
                    QTimer.singleShot(0, self, lambda: self._fill_list(snapshot))
                else:
                    self.model.set_texts(snapshot.texts)
        self.imports_card.set_imports(snapshot.imports)
        self._show()
        self.mark_content_ready()
        if snapshot.stale or snapshot.behind:
            self.rebuild()

    def _fill_list(self, snapshot: VoiceSnapshot) -> None:
        if snapshot is self.snapshot:  # not one a newer load replaced meanwhile
            self.model.set_texts(snapshot.texts)

    def rebuild(self) -> None:
        """Build the profiles again on the serial worker (after an exclusion, or when stale)."""
        voice = self.voice
        access.write_voice(self.ctx, lambda db, reader: voice.refresh(db, reader))

    def _show(self) -> None:
        snapshot = self.snapshot
        has_texts = snapshot is not None and snapshot.state.texts > 0
        self.empty_card.setVisible(not has_texts)
        self.profile_card.setVisible(has_texts)
        self.corpus_card.setVisible(has_texts)
        self._show_overview()
        if snapshot is None:
            return
        wanted = [lang for lang in LANGUAGES if lang in snapshot.state.profiles]
        current = self._current_language()
        if wanted != self.languages:
            self.languages = wanted
            self.tabs.blockSignals(True)
            while self.tabs.count():
                self.tabs.removeTab(0)
            for lang in wanted:
                self.tabs.addTab(language_name(lang))
            if current in wanted:
                self.tabs.setCurrentIndex(wanted.index(current))
            self.tabs.blockSignals(False)
        self.tabs.setVisible(len(wanted) > 1)
        self._show_profile()

    def _current_language(self) -> Language | None:
        index = self.tabs.currentIndex()
        return self.languages[index] if 0 <= index < len(self.languages) else None

    def current_profile(self) -> VoiceProfile | None:
        lang = self._current_language()
        if self.snapshot is None or lang is None:
            return None
        return self.snapshot.state.profiles.get(lang)

    def _show_profile(self) -> None:
        profile = self.current_profile()
        self.profile_view.set_profile(profile)
        if profile is None:
            self.profile_note.setText(
                self.tr("Your profile is being built…")
                if self.snapshot is not None and self.snapshot.state.used
                else self.tr("None of your texts is in Finnish, Swedish or English yet.")
            )
            return
        self.profile_note.setText(
            self.tr(
                "How you write in {language}, learnt from %Ln of your texts.", "", profile.posts
            ).format(language=language_name(profile.language))
        )

    def _show_overview(self) -> None:
        snapshot = self.snapshot
        if snapshot is None:
            self.overview.setText(self.tr("Reading your texts…"))
            return
        state = snapshot.state
        if not state.texts:
            self.overview.setText(
                self.tr("OwnVoice learns how you write from your own posts, so that it can help "
                        "you write in your own voice. Nothing leaves your computer.")
            )  # fmt: skip
            return
        text = self.tr("You have {texts} here, in {languages}.").format(
            texts=self.tr("%Ln texts", "", state.texts),
            languages=self.tr("%Ln languages", "", len(state.profiles)),
        )
        if state.excluded:
            text += " " + self.tr("%Ln left out by you.", "", state.excluded)
        if state.others:
            text += " " + self.tr(
                "Also in other languages, which your profile does not describe "
                "(OwnVoice knows Finnish, Swedish and English): {languages}."
            ).format(languages=other_languages_text(state.others))
        if state.unsure:
            text += " " + self.tr(
                "%Ln too short or too mixed to tell the language.", "", state.unsure
            )
        if snapshot.behind:
            text += " " + self.tr("Updating your voice with the new texts…")
        self.overview.setText(text)

    # -- texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.import_button.setText(self.tr("&Import…"))
        self.empty_card.set_title(self.tr("Bring in what you have written"))
        self.empty_intro.setText(
            self.tr("Every network lets you download your own data as an archive, a ZIP file. "
                    "Download yours, then press Import… and choose it. OwnVoice reads your posts, "
                    "comments and replies from it on this computer; private messages are left "
                    "out.")
        )  # fmt: skip
        for source, label in self.empty_steps.items():
            label.setText(how_to_get(source))
        self.profile_card.set_title(self.tr("How you write"))
        self.corpus_card.set_title(self.tr("Your texts"))
        # A card is read as its title; the list and the language tabs get names of their own.
        for card in (self.empty_card, self.profile_card, self.corpus_card):
            card.setAccessibleName(card.title.text())
        self.table.setAccessibleName(self.tr("Your texts"))
        self.tabs.setAccessibleName(self.tr("Language"))
        self.corpus_note.setText(
            self.tr("Untick a text to leave it out of your voice, for example one a colleague "
                    "wrote for you.")
        )  # fmt: skip
        self.imports_card.retranslate()
        self.search.setPlaceholderText(self.tr("Search your texts"))
        self.search.setAccessibleName(self.tr("Search your texts"))
        for index, lang in enumerate(self.languages):
            self.tabs.setTabText(index, language_name(lang))
        texts_changed(self.model, cells=False)
        self.table.viewport().update()  # the dates again, in the new language's way
        self._show_overview()
        if self.snapshot is not None:
            self._show_profile()

    # -- slots --------------------------------------------------------------------------------

    def _on_search_changed(self, text: str) -> None:
        if self.model.rowCount() > LONG_LIST:
            self._search_timer.start()
        else:
            self.model.search(text)

    def _on_tab_changed(self, _index: int) -> None:
        self._show_profile()

    def _on_inclusion_changed(self, text_id: int, included: bool) -> None:
        voice = self.voice
        access.write_voice(
            self.ctx, lambda db, reader: voice.set_excluded(db, reader, [text_id], not included)
        )

    def _on_remove_requested(self, line: ImportLine) -> None:
        if line.record.id is None or not self.confirm(self, line):
            return
        import_id, voice, today = line.record.id, self.voice, self.ctx.clock.today()

        def remove(db: Any, reader: Any) -> Removed:
            from app.services.voice.removal import remove_import

            removed = remove_import(db, reader, import_id, today)
            voice.refresh(db, reader)
            return removed

        access.write_voice(self.ctx, remove, self._on_removed, kinds=(access.VOICE, "journey"))

    def _on_removed(self, removed: Removed) -> None:
        words = ImportWords()
        self.ctx.hub.statusMessage.emit(
            words.removed(words.texts(removed.texts), words.actions(removed.activities))
        )

    def _on_import_clicked(self) -> None:
        if self.dialog is None:
            self.dialog = ImportDialog(self.ctx, self)
        self.dialog.show()
        self.dialog.raise_()

    def _on_data_changed(self, kind: str) -> None:
        if kind == access.VOICE:
            self.reload()

    def _on_database_failed(self, error: StorageError) -> None:
        self.overview.setText(error_text(error))
        self.mark_content_ready()
