"""The draft editor: one idea, a tab per network, the live check beside it, the lifecycle above."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.checks.flags import WHOLE_DRAFT_KINDS, Flag
from app.domain.checks.voice_check import CheckResult
from app.domain.drafts.model import Draft, DraftState, Outcome, Publication
from app.domain.drafts.networks import Network
from app.ui.context import AppContext
from app.ui.drafts.access import write_drafts
from app.ui.drafts.autosave import Autosaver
from app.ui.drafts.check_panel import CheckPanel
from app.ui.drafts.dialogs import OutcomeDialog, PlanDialog, PublishDialog
from app.ui.drafts.highlight import flag_format, shared_format, to_utf16
from app.ui.drafts.live_check import CheckRequest, LiveCheck
from app.ui.drafts.texts import network_name, state_name
from app.ui.drafts.variant_editor import VariantEditor
from app.ui.journey.access import JOURNEY
from app.ui.kit.i18n import current_language


def _dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Base).lightness() < 128


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
        self.dismissed: frozenset[tuple[str, str]] = frozenset()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.title = QLineEdit(self)
        self.title.setAccessibleName("draft-title")
        self.title.editingFinished.connect(self._on_title_edited)
        top.addWidget(self.title, 1)
        self.state = QLabel(self)
        self.state.setAccessibleName("draft-state")
        self.state.setStyleSheet("padding: 2px 10px; border-radius: 9px; border: 1px solid gray;")
        top.addWidget(self.state)
        layout.addLayout(top)
        actions = QHBoxLayout()
        self.ready_button = QPushButton(self)
        self.ready_button.clicked.connect(self._on_ready_clicked)
        self.publish_button = QPushButton(self)
        self.publish_button.clicked.connect(self._on_publish_clicked)
        self.outcome_button = QPushButton(self)
        self.outcome_button.clicked.connect(self._on_outcome_clicked)
        self.plan_button = QPushButton(self)
        self.plan_button.clicked.connect(self._on_plan_clicked)
        for button in (self.ready_button, self.publish_button, self.outcome_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.plan_button)
        layout.addLayout(actions)
        self.published_note = QLabel(self)
        self.published_note.setWordWrap(True)
        self.published_note.setOpenExternalLinks(True)
        layout.addWidget(self.published_note)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(left)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.editors: dict[Network, VariantEditor] = {}
        for network in Network:
            editor = VariantEditor(network, self.tabs)
            editor.edited.connect(self._on_edited)
            self.tabs.addTab(editor, network_name(network))
            self.editors[network] = editor
        self.tabs.currentChanged.connect(self._on_tab_changed)
        left_layout.addWidget(self.tabs, 1)
        starters = QHBoxLayout()
        self.starter_box = QComboBox(left)
        self.starter_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.starter_box.setMinimumContentsLength(18)
        starters.addWidget(self.starter_box, 1)
        self.insert_button = QPushButton(left)
        self.insert_button.clicked.connect(self._on_insert_clicked)
        starters.addWidget(self.insert_button)
        left_layout.addLayout(starters)
        # The flags can outgrow the editor's height: they scroll on their own.
        scroll = QScrollArea(split)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(250)
        self.panel = CheckPanel(scroll)
        self.panel.dismissRequested.connect(self._on_dismiss)
        self.panel.sourceChanged.connect(self._on_source_changed)
        scroll.setWidget(self.panel)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.check.checked.connect(self._on_checked)
        self.retranslate()
        self.setEnabled(False)

    # -- texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setPlaceholderText(self.tr("A working title, for you"))
        self.plan_button.setText(self.tr("Plan…"))
        self.publish_button.setText(self.tr("Mark as published…"))
        self.outcome_button.setText(self.tr("Enter outcome…"))
        self.insert_button.setText(self.tr("Insert starter"))
        for index, network in enumerate(self.editors):
            self.tabs.setTabText(index, network_name(network))
            self.editors[network].retranslate()
        self.panel.retranslate()
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
        draft = self.draft
        if draft is None:
            self.state.setText("")
            return
        self.state.setText(state_name(draft.state))
        ready = draft.state is DraftState.READY
        self.ready_button.setText(self.tr("Back to draft") if ready else self.tr("Mark ready"))
        published = draft.state is DraftState.PUBLISHED
        self.ready_button.setVisible(not published)
        self.publish_button.setVisible(not published)
        self.outcome_button.setVisible(published)
        self.plan_button.setVisible(not published)
        if published and self.publications:
            last = self.publications[-1]
            link = f' <a href="{last.link}">{last.link}</a>' if last.link else ""
            self.published_note.setText(
                self.tr("Published on %1 on %2.")
                .replace("%1", network_name(last.network))
                .replace("%2", last.day.isoformat())
                + link
            )
        self.published_note.setVisible(published and bool(self.publications))

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
        first = next((i for i, v in enumerate(draft.variants) if v.text.strip()), None)
        if first is not None:
            self.tabs.setCurrentIndex(list(Network).index(draft.variants[first].network))
        self.panel.set_source(draft.source_text)
        self.setEnabled(True)
        self._show_state()
        self._request(now=True)

    def current_network(self) -> Network:
        return list(Network)[max(0, self.tabs.currentIndex())]

    def current_editor(self) -> VariantEditor:
        return self.editors[self.current_network()]

    # -- the live check -------------------------------------------------------------------------

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

    def _on_tab_changed(self, _index: int) -> None:
        if self.draft is not None:
            self._request(now=True)

    def _on_checked(self, request: CheckRequest, result: CheckResult) -> None:
        editor = self.editors[request.network]
        if editor.text() != request.text:
            return  # typed since: the next result will come
        self.result = result
        self.panel.show_result(result)
        dark = _dark(editor.edit)
        text = request.text
        # Flags about the whole draft are listed, not painted over whole sentences.
        spans = [(f.start, f.end) for f in result.flags if f.kind not in WHOLE_DRAFT_KINDS]
        fmt = flag_format(dark)
        marked = [(s, e, fmt) for s, e in to_utf16(text, spans)]
        if result.similarity is not None and result.similarity.too_similar:
            shared = shared_format(dark)
            marked += [
                (s, e, shared) for s, e in to_utf16(text, result.similarity.shared_spans_in_draft)
            ]
        editor.highlighter.set_spans(marked)
        if result.fold is not None:
            editor.show_fold(
                result.fold,
                result.fold.opening_survives_mobile,
                result.fold.opening_survives_desktop,
            )

    def _on_dismiss(self, flag: Flag) -> None:
        draft = self.draft
        if draft is None or draft.id is None:
            return
        draft_id = draft.id
        self.dismissed = self.dismissed | {flag.dismiss_key}
        self._request(now=True)
        write_drafts(self.ctx, lambda w: w.dismiss(draft_id, flag.dismiss_key), announce=False)

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

    def _on_ready_clicked(self) -> None:
        draft = self.draft
        if draft is None or draft.id is None:
            return
        target = DraftState.DRAFT if draft.state is DraftState.READY else DraftState.READY
        draft_id = draft.id
        self.autosaver.flush()
        self.draft = replace(draft, state=target)
        self._show_state()
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
