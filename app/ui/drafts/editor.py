"""The draft editor: its title and lifecycle, a text per network, the check and preview beside."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.checks.flags import Flag
from app.domain.checks.voice_check import CheckResult
from app.domain.drafts.model import Draft, Publication
from app.domain.drafts.networks import Network
from app.ui.context import AppContext
from app.ui.drafts.access import write_drafts
from app.ui.drafts.assistant_panel import AssistantPanel
from app.ui.drafts.autosave import Autosaver
from app.ui.drafts.coach_section import CoachSection
from app.ui.drafts.lifecycle import Lifecycle
from app.ui.drafts.live_check import CheckRequest, LiveCheck
from app.ui.drafts.marks import check_marks
from app.ui.drafts.network_picker import NetworkPicker
from app.ui.drafts.side import CheckAndPreview
from app.ui.drafts.spelling_notice import SpellingNotice
from app.ui.drafts.texts import network_name, state_name
from app.ui.drafts.variant_editor import VariantEditor
from app.ui.guard import qt_override
from app.ui.kit.colors import css, muted
from app.ui.kit.i18n import current_language


class DraftEditor(QWidget):
    """Signals:
    published(int): the draft id, after it was marked published and logged.
    """

    published = Signal(int)

    def __init__(
        self, ctx: AppContext, autosaver: Autosaver, check: LiveCheck, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.autosaver = autosaver
        self.check = check
        self.draft: Draft | None = None
        self.publications: list[Publication] = []
        self.result: CheckResult | None = None
        self.preview_name = ""
        self.dismissed: frozenset[tuple[str, str]] = frozenset()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.title = QLineEdit(self)
        self.title.setObjectName("draftTitle")
        self.title.editingFinished.connect(self._on_title_edited)
        top.addWidget(self.title, 1)
        self.state = QLabel(self)
        self.state.setObjectName("draftState")
        top.addWidget(self.state)
        layout.addLayout(top)
        self.lifecycle = Lifecycle(ctx, autosaver, self.current_network, self)
        self.lifecycle.moved.connect(self._on_moved)
        self.lifecycle.published.connect(self.published)
        lifecycle = self.lifecycle
        self.ready_button, self.publish_button = lifecycle.ready_button, lifecycle.publish_button
        self.outcome_button, self.plan_button = lifecycle.outcome_button, lifecycle.plan_button
        layout.addWidget(lifecycle)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        left = QWidget(split)
        left.setMinimumWidth(250)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(4)
        self.picker = NetworkPicker(left)
        self.picker.chosen.connect(self._on_network_chosen)
        self.network_buttons = self.picker.buttons
        self.stack = QStackedWidget(left)
        self.editors: dict[Network, VariantEditor] = {}
        for network in Network:
            editor = VariantEditor(network, self.stack)
            editor.edited.connect(self._on_edited)
            editor.carryOverRequested.connect(self.carry_over)
            editor.spelling.addWordRequested.connect(self._on_add_word)
            editor.spelling.ignoreRequested.connect(self._on_ignore_word)
            editor.spelling.tasks = ctx.tasks  # suggestions are found off the GUI thread
            self.stack.addWidget(editor)
            self.editors[network] = editor
        left_layout.addWidget(self.picker)
        left_layout.addWidget(self.stack, 1)
        self.spelling_notice = SpellingNotice(left)
        left_layout.addWidget(self.spelling_notice)
        starters = QHBoxLayout()
        self.starter_box = QComboBox(left)
        self.starter_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.starter_box.setMinimumContentsLength(8)
        starters.addWidget(self.starter_box, 1)
        self.insert_button = QPushButton(left)
        self.insert_button.clicked.connect(self._on_insert_clicked)
        starters.addWidget(self.insert_button)
        left_layout.addLayout(starters)
        self.coach = CoachSection(ctx, self, left)  # "Ask my coach" and the coach's comments
        left_layout.addWidget(self.coach)
        self.side = CheckAndPreview(split)
        self.panel, self.preview = self.side.panel, self.side.preview
        self.panel.dismissRequested.connect(self._on_dismiss)
        self.panel.sourceChanged.connect(self._on_source_changed)
        split.addWidget(left)
        split.addWidget(self.side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.split = split
        self._split_set = False
        layout.addWidget(split, 1)
        self.check.checked.connect(self._on_checked)
        self.assistant: AssistantPanel | None = None
        self.retranslate()
        self.setEnabled(False)

    # -- the writing assistant (Settings → Writing assistant) --------------------------------------

    def set_assistant(self, enabled: bool) -> None:
        """Add the assistant's tab beside the check, or take it away."""
        if enabled == (self.assistant is not None):
            return
        if self.assistant is not None:
            self.assistant.cancel()
            self.assistant = None
            self.side.set_assistant(None)
            return
        panel = AssistantPanel(self.ctx, lambda: self.current_editor().text(), self.current_network)
        panel.person_name = self.preview_name
        panel.check_options = self.check.options
        panel.insertRequested.connect(self._on_assistant_text)
        self.assistant = panel
        self.side.set_assistant(panel)

    def _on_assistant_text(self, text: str, replaces: bool) -> None:
        """A suggestion the person clicked: into the draft, as one step Undo takes back."""
        edit = self.current_editor().edit
        cursor = edit.textCursor()
        cursor.beginEditBlock()
        if replaces:
            cursor.select(QTextCursor.SelectionType.Document)
        elif not cursor.hasSelection() and cursor.position() > 0:
            text = text if text[:1].isspace() else " " + text
        cursor.insertText(text)
        cursor.endEditBlock()
        edit.setTextCursor(cursor)
        edit.setFocus()

    @qt_override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._split_set and self.split.width() > 0:
            # The first time it has a width: three fifths to the text, two to the check (the
            # splitter would size them by their wishes, leaving the check its minimum).
            self._split_set = True
            width = self.split.width()
            self.split.setSizes([width * 3 // 5, width - width * 3 // 5])

    # -- texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setPlaceholderText(self.tr("A working title, for you"))
        self.title.setAccessibleName(self.tr("Working title"))
        self.insert_button.setText(self.tr("Insert starter"))
        self.starter_box.setAccessibleName(self.tr("Starter"))
        self.starter_box.setToolTip(self.tr("A first line to start from"))
        self.picker.retranslate()
        for editor in self.editors.values():
            editor.retranslate()
        self.side.retranslate()
        self.spelling_notice.retranslate()
        self._load_starters()
        self._show_state()

    def _load_starters(self) -> None:
        from app.services.drafts.phrasebook import load_starters

        self.starter_box.clear()
        language = current_language()
        for starter in load_starters(language):
            self.starter_box.addItem(starter.opener, starter.opener)
            self.starter_box.setItemData(
                self.starter_box.count() - 1, starter.prompt, Qt.ItemDataRole.ToolTipRole
            )

    def _show_state(self) -> None:
        self.state.setStyleSheet(
            "padding: 2px 10px; border-radius: 9px; "
            f"border: 1px solid {css(muted(self.palette()))};"
        )
        self.state.setText(state_name(self.draft.state) if self.draft is not None else "")
        self.lifecycle.show_for(self.draft, self.publications)

    def _on_moved(self, draft: Draft) -> None:
        self.draft = draft
        self._show_state()

    # -- loading --------------------------------------------------------------------------------

    def load(self, draft: Draft, publications: list[Publication]) -> None:
        self.autosaver.flush()
        self.draft = draft
        self.publications = publications
        self.dismissed = draft.dismissed
        self.result = None
        self.title.setText(draft.title)
        for network, editor in self.editors.items():
            variant = draft.variant(network)
            editor.set_text(variant.text if variant else "")
            editor.highlighter.set_spans([])
            editor.spelling.clear()
        first = next((v.network for v in draft.variants if v.text.strip()), None)
        if first is not None:
            self.select_network(first)
        self.panel.set_source(draft.source_text)
        if self.assistant is not None:
            self.assistant.reset()
        self.coach.set_draft(draft.id)
        self.setEnabled(True)
        self._show_state()
        self._request(now=True)

    def current_network(self) -> Network:
        editor = self.stack.currentWidget()
        return editor.network if isinstance(editor, VariantEditor) else Network.LINKEDIN

    def select_network(self, network: Network) -> None:
        """Show the network's text (as choosing its button does)."""
        self.picker.select(network)

    def _on_network_chosen(self, network: Network) -> None:
        self.stack.setCurrentWidget(self.editors[network])
        if self.draft is not None:
            self._request(now=True)

    def set_person_name(self, name: str) -> None:
        """The person's name from their profile, for the preview's name line."""
        self.preview_name = name
        self.preview.set_person(name)
        if self.assistant is not None:
            self.assistant.person_name = name

    def current_editor(self) -> VariantEditor:
        return self.editors[self.current_network()]

    # -- the live check -------------------------------------------------------------------------

    def recheck(self) -> None:
        """Check the current text again (the check's options changed)."""
        if self.draft is not None:
            self._request(now=True)

    def _request(self, now: bool = False) -> None:
        editor = self.current_editor()
        self.check.request(
            editor.text(),
            editor.network,
            self.dismissed,
            self.panel.source.toPlainText(),
            now=now,
        )

    def _on_edited(self, network: Network, text: str) -> None:
        if self.draft is None or self.draft.id is None:
            return
        self.autosaver.changed(self.draft.id, network, text)
        if network is self.current_network():
            self._request()

    def _on_checked(self, request: CheckRequest, result: CheckResult) -> None:
        editor = self.editors[request.network]
        if editor.text() != request.text:
            return  # typed since: the next result will come
        self.result = result
        self.panel.show_result(result)
        self.preview.show_text(request.network, request.text)
        editor.highlighter.set_layers(
            {
                "check": check_marks(request.text, result, editor.edit.palette()),
                "spelling": editor.spelling.marks(request.text, result.spelling),
            }
        )
        editor.spelling.look_ahead()
        self.spelling_notice.show_missing(result.spelling_missing)
        if result.fold is not None:
            editor.show_fold(
                result.fold,
                result.fold.opening_survives_mobile,
                result.fold.opening_survives_desktop,
            )

    def carry_over(self, origin: Network, target: Network) -> None:
        """Start the ``target`` variant from the ``origin`` text; its counter and marks show
        what must shrink. A target with text of its own is replaced only if the person says so."""
        text = self.editors[origin].text()
        editor = self.editors[target]
        existing = editor.text()
        if existing.strip() and existing != text and not self._confirm_replace(origin, target):
            return
        self.select_network(target)
        editor.start_from(text, origin)
        editor.edit.setFocus()

    def _confirm_replace(self, origin: Network, target: Network) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Carry over"),
            self.tr("The %1 version has text of its own. Replace it with the %2 text?")
            .replace("%1", network_name(target))
            .replace("%2", network_name(origin)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_dismiss(self, flag: Flag) -> None:
        draft = self.draft
        if draft is None or draft.id is None:
            return
        draft_id = draft.id
        self.dismissed = self.dismissed | {flag.dismiss_key}
        self._request(now=True)
        write_drafts(self.ctx, lambda w: w.dismiss(draft_id, flag.dismiss_key), announce=False)

    def _on_add_word(self, word: str) -> None:
        """Never mark ``word`` again, in any draft or language: the person's own words."""
        from app.domain.checks.spelling import normal

        options = self.check.options
        self.check.options = replace(options, my_words=options.my_words | {normal(word)})
        self._request(now=True)
        write_drafts(self.ctx, lambda w: w.add_personal_word(word), announce=False)

    def _on_ignore_word(self, word: str) -> None:
        """Leave ``word`` unmarked in this draft (kept with the draft's dismissed flags)."""
        from app.domain.checks.spelling import IGNORE_KIND, normal

        draft = self.draft
        if draft is None or draft.id is None:
            return
        draft_id, key = draft.id, (IGNORE_KIND, normal(word))
        self.dismissed = self.dismissed | {key}
        self._request(now=True)
        write_drafts(self.ctx, lambda w: w.dismiss(draft_id, key), announce=False)

    def _on_source_changed(self, text: str) -> None:
        draft = self.draft
        if draft is None or draft.id is None:
            return
        draft_id = draft.id
        self.draft = replace(draft, source_text=text)
        self._request()
        write_drafts(self.ctx, lambda w: w.set_source(draft_id, text), announce=False)

    def _on_insert_clicked(self) -> None:
        opener = self.starter_box.currentData()
        if opener:
            editor = self.current_editor()
            editor.edit.insertPlainText(str(opener).replace("…", "").rstrip() + " ")
            editor.edit.setFocus()

    # -- the lifecycle --------------------------------------------------------------------------

    def _on_title_edited(self) -> None:
        draft = self.draft
        if draft is None or draft.id is None or self.title.text() == draft.title:
            return
        draft_id, title = draft.id, self.title.text().strip()
        self.draft = replace(draft, title=title)
        write_drafts(self.ctx, lambda w: w.save_title(draft_id, title))

    # -- the lifecycle --------------------------------------------------------------------------

    def publish(self, network: Network, day: date, link: str) -> None:
        """Mark published (the person posted it themselves) and log the activity."""
        self.lifecycle.publish(network, day, link)

    def plan(self, network: Network, when: datetime) -> None:
        self.lifecycle.plan(network, when)
