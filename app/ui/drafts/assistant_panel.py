"""The writing assistant beside the draft (only while it is turned on in Settings).

The person picks an action and asks; the first time, and whenever they ask to see it, the
panel shows exactly what will be sent, and sends only on "Send". The answer streams in from a
``StreamJob`` thread and can be cancelled at any moment; then each suggestion goes through the
voice check and waits for a click ("Use this" / "Insert") before anything enters the draft.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.assistant.prompts import ACTION_LABELS, Action, as_text, suggestions
from app.domain.assistant.protocol import FAILURE_TEXTS, AssistantError, failure_text
from app.domain.drafts.networks import Network
from app.services.assistant.client import DEFAULT_TIMEOUTS, Timeouts
from app.services.assistant.config import AssistantConfig, load_config
from app.ui.context import AppContext
from app.ui.drafts.assistant_cards import SuggestionCard
from app.ui.drafts.assistant_stream import StreamJob
from app.ui.guard import qt_override
from app.ui.kit.i18n import translated
from app.ui.kit.widgets import clear_layout, wrapped_label

if TYPE_CHECKING:
    from app.services.assistant.prepare import Prepared
    from app.services.drafts import CheckOptions
    from app.storage.quick import QuickReader

PREVIEW_SEEN = "assistant_preview_seen"  # the person has seen once what is sent
ALWAYS_PREVIEW = "assistant_always_preview"

_RUNNING: set[StreamJob] = set()  # kept alive until their thread ends, even after a cancel


def stop_all(wait_ms: int = 3000) -> None:
    """Cancel every answer still streaming and wait for the threads (the app is quitting)."""
    for job in list(_RUNNING):
        job.cancel()
        job.wait(wait_ms)


class AssistantPanel(QWidget):
    """Signals:
    insertRequested(str, bool): text for the draft; True replaces the draft's text.
    """

    insertRequested = Signal(str, bool)

    def __init__(
        self,
        ctx: AppContext,
        text_of: Callable[[], str],
        network_of: Callable[[], Network],
        parent: QWidget | None = None,
        *,
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assistantPanel")
        self.ctx = ctx
        self._text_of = text_of
        self._network_of = network_of
        self._timeouts = timeouts
        self.person_name = ""
        self.check_options: CheckOptions | None = None
        self._job: StreamJob | None = None
        self._pending: tuple[AssistantConfig, Prepared] | None = None
        self._asked: Action = Action.OPENERS
        self._failure: tuple[AssistantError, AssistantConfig] | None = None
        self._state = "idle"  # idle | preparing | preview | streaming | done | cancelled | failed
        self.cards: list[SuggestionCard] = []
        _stop_all_at_quit()
        layout = QVBoxLayout(self)
        self.action_box = QComboBox(self)
        self.action_box.setObjectName("assistantAction")
        for action in Action:
            self.action_box.addItem("", action)
        layout.addWidget(self.action_box)
        row = QHBoxLayout()
        self.ask_button = QPushButton(self)
        self.ask_button.setObjectName("assistantAsk")
        self.ask_button.clicked.connect(lambda: self._prepare(preview=False))
        self.show_button = QPushButton(self)
        self.show_button.setObjectName("assistantShowSent")
        self.show_button.clicked.connect(lambda: self._prepare(preview=True))
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("assistantCancel")
        self.cancel_button.clicked.connect(self.cancel)
        for button in (self.ask_button, self.show_button, self.cancel_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = wrapped_label(self)
        self.status.setObjectName("assistantStatus")
        layout.addWidget(self.status)
        # What will be sent, before it is.
        self.preview = QWidget(self)
        preview_layout = QVBoxLayout(self.preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_intro = wrapped_label(self.preview)
        self.preview_text = QPlainTextEdit(self.preview)
        self.preview_text.setObjectName("assistantPreview")
        self.preview_text.setReadOnly(True)
        self.always = QCheckBox(self.preview)
        self.always.setChecked(ctx.settings.flag(ALWAYS_PREVIEW))
        self.always.toggled.connect(lambda on: ctx.settings.set_flag(ALWAYS_PREVIEW, on))
        sends = QHBoxLayout()
        self.send_button = QPushButton(self.preview)
        self.send_button.setObjectName("assistantSend")
        self.send_button.clicked.connect(self._on_send_clicked)
        self.dont_button = QPushButton(self.preview)
        self.dont_button.clicked.connect(self._on_dont_send_clicked)
        sends.addWidget(self.send_button)
        sends.addWidget(self.dont_button)
        sends.addStretch(1)
        for widget in (self.preview_intro, self.preview_text, self.always):
            preview_layout.addWidget(widget)
        preview_layout.addLayout(sends)
        layout.addWidget(self.preview)
        self.output = QPlainTextEdit(self)
        self.output.setObjectName("assistantOutput")
        self.output.setReadOnly(True)
        layout.addWidget(self.output, 1)
        self.cards_layout = QVBoxLayout()
        layout.addLayout(self.cards_layout)
        self._show_state("idle")
        self.retranslate()

    # -- texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        for index in range(self.action_box.count()):
            action = self.action_box.itemData(index)
            self.action_box.setItemText(index, translated("Assistant", ACTION_LABELS[action]))
        self.action_box.setAccessibleName(self.tr("What the assistant should do"))
        self.ask_button.setText(self.tr("Ask"))
        self.show_button.setText(self.tr("Show what is sent"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.output.setAccessibleName(self.tr("The assistant's answer"))
        self.preview_text.setAccessibleName(self.tr("What will be sent"))
        self.always.setText(self.tr("Show this before every request"))
        self.send_button.setText(self.tr("Send"))
        self.dont_button.setText(self.tr("Don't send"))
        if self._pending is not None:
            self.preview_intro.setText(self._preview_intro(self._pending[0]))
        for card in self.cards:
            card.retranslate()
        self.status.setText(self._status_text())

    def _status_text(self) -> str:
        state = self._state
        if state == "preparing":
            return self.tr("Preparing the request…")
        if state == "streaming":
            return self.tr("The assistant is writing… You can cancel at any moment.")
        if state == "cancelled":
            return self.tr("Cancelled. Nothing was added to your draft.")
        if state == "done" and not self.cards:
            return self.tr("The model sent back no text. Try again, or choose another model.")
        if state == "done":
            return self.tr("Take what helps: nothing enters your draft until you click.")
        if state == "failed" and self._failure is not None:
            error, config = self._failure
            template = translated("Assistant", FAILURE_TEXTS[error.failure])
            return failure_text(error.failure, template, error.detail, config.url, config.model)
        if state == "empty":
            return self.tr("Write something first: the assistant works on your draft.")
        return self.tr(
            "Suggestions from your language model. Nothing is sent until you ask, and nothing "
            "enters your draft until you click."
        )

    def _preview_intro(self, config: AssistantConfig) -> str:
        from app.domain.assistant.endpoints import is_local

        where = (
            self.tr("a server on this computer")
            if is_local(config.url)
            else self.tr("a server outside this computer")
        )
        return self.tr(
            "This is exactly what will be sent to {url} ({where}), model {model}:"
        ).format(url=config.url, where=where, model=config.model)

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state ----------------------------------------------------------------------------------

    @property
    def state(self) -> str:
        return self._state

    def _show_state(self, state: str) -> None:
        self._state = state
        busy = state in ("preparing", "streaming")
        self.cancel_button.setVisible(busy)
        self.ask_button.setEnabled(not busy)
        self.show_button.setEnabled(not busy)
        self.action_box.setEnabled(not busy)
        self.preview.setVisible(state == "preview")
        self.output.setVisible(state in ("streaming", "done", "cancelled", "failed"))
        self.status.setText(self._status_text())

    def current_action(self) -> Action:
        action = self.action_box.currentData()
        return action if isinstance(action, Action) else Action.OPENERS

    def set_action(self, action: Action) -> None:
        self.action_box.setCurrentIndex(self.action_box.findData(action))

    # -- preparing and the preview -----------------------------------------------------------------

    def _prepare(self, preview: bool) -> None:
        draft = self._text_of()
        if not draft.strip():
            self._show_state("empty")
            return
        self.cancel()
        action = self.current_action()
        self._asked = action
        settings, secrets, name = self.ctx.settings, self.ctx.secrets, self.person_name
        self._show_state("preparing")

        def work(reader: QuickReader | None) -> tuple[AssistantConfig, Prepared]:
            from app.services.assistant.prepare import prepare, prompt_context

            config = load_config(settings, secrets)
            return config, prepare(action, draft, prompt_context(reader, draft, name))

        def ready(found: tuple[AssistantConfig, Prepared]) -> None:
            if self._state != "preparing":
                return  # cancelled meanwhile
            config, prepared = found
            if not config.ready:
                from app.domain.assistant.protocol import Failure

                self._fail(AssistantError(Failure.NOT_SET_UP), config)
                return
            self._pending = (config, prepared)
            wants_preview = (
                preview
                or not self.ctx.settings.flag(PREVIEW_SEEN)
                or self.ctx.settings.flag(ALWAYS_PREVIEW)
            )
            if wants_preview:
                self._show_preview(config, prepared)
            else:
                self._send()

        if self.ctx.reader is None and self.ctx.database_error is not None:
            self.ctx.tasks.run(lambda: work(None), ready)  # no store: the draft alone
        else:
            from app.ui.store_access import read_store

            read_store(self.ctx, work, ready)

    def _show_preview(self, config: AssistantConfig, prepared: Prepared) -> None:
        self.preview_intro.setText(self._preview_intro(config))
        self.preview_text.setPlainText(as_text(prepared.messages))
        self._show_state("preview")

    def _on_send_clicked(self) -> None:
        self.ctx.settings.set_flag(PREVIEW_SEEN)
        self._send()

    def _on_dont_send_clicked(self) -> None:
        self._pending = None
        self._show_state("idle")

    # -- streaming ------------------------------------------------------------------------------

    def _send(self) -> None:
        if self._pending is None:
            return
        config, prepared = self._pending
        self._pending = None
        self._clear_cards()
        self.output.clear()
        job = StreamJob(config, prepared.messages, self._timeouts)
        job.chunk.connect(self._on_chunk)
        job.succeeded.connect(lambda text: self._on_succeeded(job, text, prepared.action))
        job.failed.connect(lambda error: self._on_failed(job, error, config))
        job.finished.connect(lambda: _RUNNING.discard(job))
        _RUNNING.add(job)
        self._job = job
        self._show_state("streaming")
        job.start()

    def _on_chunk(self, text: str) -> None:
        if self.sender() is not self._job:
            return  # a cancelled answer's last piece
        cursor = self.output.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        self.output.setTextCursor(cursor)

    def _on_succeeded(self, job: StreamJob, text: str, action: Action) -> None:
        if job is not self._job:
            return
        self._job = None
        network = self._network_of()
        for item in suggestions(action, text):
            # A rewrite is in the answer box already: its card holds the check and the button.
            card = SuggestionCard(item, replaces=not action.is_list, parent=self)
            card.body.setVisible(action.is_list)
            card.used.connect(self.insertRequested)
            self.cards.append(card)
            self.cards_layout.addWidget(card)
            self._check(card, network)
        self._show_state("done")

    def _on_failed(self, job: StreamJob, error: object, config: AssistantConfig) -> None:
        if job is not self._job or not isinstance(error, AssistantError):
            return
        self._job = None
        self._fail(error, config)

    def _fail(self, error: AssistantError, config: AssistantConfig) -> None:
        self._failure = (error, config)
        self._show_state("failed")

    def cancel(self) -> None:
        """Stop the answer now (or the preparation); what came so far stays visible, and
        nothing is offered for the draft."""
        job, self._job = self._job, None
        if job is not None:
            job.cancel()
        if self._state in ("preparing", "streaming"):
            self._show_state("cancelled")

    def reset(self) -> None:
        """Another draft was opened: the answer about the last one goes."""
        self.cancel()
        self._pending = None
        self._clear_cards()
        self.output.clear()
        self._show_state("idle")

    def _clear_cards(self) -> None:
        self.cards.clear()
        clear_layout(self.cards_layout)

    # -- the voice check of a suggestion ----------------------------------------------------------

    def _check(self, card: SuggestionCard, network: Network) -> None:
        from app.services.drafts import CheckOptions, run_check

        options = self.check_options or CheckOptions()
        text = card.text

        def done(result: object) -> None:
            if card in self.cards:
                card.show_flags(tuple(getattr(result, "flags", ())))

        self.ctx.tasks.run(lambda: run_check(text, network, options), done)


_hooked: list[bool] = []


def _stop_all_at_quit() -> None:
    """No answer's thread may outlive the application (Qt would abort the process)."""
    app = QCoreApplication.instance()
    if app is not None and not _hooked:
        _hooked.append(True)
        app.aboutToQuit.connect(stop_all)
