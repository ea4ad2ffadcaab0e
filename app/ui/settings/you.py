"""Settings → You: the name Today greets the person by, their topics, benefits and why, as
getting started asked them, editable at any time.

The parts are getting started's own (the topic list, the benefit cards in their compact form),
so that both places edit the profile the same way. Changes are saved as the person edits, a
moment after the last one (or at once when the panel is left), through the journey's writer;
only these fields are written over the stored profile, so an answer saved elsewhere in between
is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QGroupBox, QLineEdit, QVBoxLayout, QWidget

from app.domain.journey.profile import Benefit, Profile, ProfileIssue, RoleLens, profile_issues
from app.storage.errors import StorageError
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.guard import qt_override
from app.ui.journey.access import JOURNEY, read_journey, write_journey
from app.ui.kit.i18n import current_language
from app.ui.kit.labels import label
from app.ui.kit.widgets import wrapped_label
from app.ui.onboarding.benefits import BenefitsStep
from app.ui.onboarding.common import hint_label, section_label, show_hints
from app.ui.onboarding.topics import TopicList
from app.ui.onboarding.words import Words, load_words

SAVE_AFTER_MS = 600  # after the last change: typing a sentence is not a write per key
_TOPIC_ISSUES = frozenset({ProfileIssue.TOO_FEW_TOPICS, ProfileIssue.TOO_MANY_TOPICS})


@dataclass(frozen=True)
class ProfileEdits:
    """What this panel edits, taken from the widgets on the GUI thread."""

    name: str
    topics: tuple[str, ...]
    role: RoleLens | None
    benefits: tuple[Benefit, ...]
    why: str

    def applied_to(self, profile: Profile) -> Profile:
        return replace(
            profile,
            name=self.name,
            topics=self.topics,
            role=self.role,
            benefits=self.benefits,
            why=self.why,
        )


class YouPanel(QGroupBox):
    """Signals:
    loaded(): the stored profile is shown (the fields can be edited from now on).
    saved(): the edits are stored.
    """

    loaded = Signal()
    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("youPanel")
        self.words = Words()
        self._words_language: str | None = None
        self._stored: ProfileEdits | None = None  # as last read or written
        self._filling = False
        self._own_writes = 0
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.intro = wrapped_label(self)
        layout.addWidget(self.intro)
        self.name_label = section_label(self)
        self.name = QLineEdit(self)
        self.name.setMaxLength(120)
        self.name_label.setBuddy(self.name)
        self.name_hint = wrapped_label(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.name)
        layout.addWidget(self.name_hint)
        self.topics_label = section_label(self)
        self.topic_list = TopicList(self)
        self.topics_label.setBuddy(self.topic_list.entry)
        self.topics_hint = hint_label(self)
        for widget in (self.topics_label, self.topic_list, self.topics_hint):
            layout.addWidget(widget)
        self.benefits = BenefitsStep(self, compact=True)
        layout.addWidget(self.benefits)
        self.error = hint_label(self)
        layout.addWidget(self.error)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.store_edits)
        self.name.textEdited.connect(self._on_edited)
        self.name.editingFinished.connect(self.store_edits)
        self.topic_list.changed.connect(self._on_edited)
        self.benefits.changed.connect(self._on_edited)
        self.benefits.why.textChanged.connect(self._on_edited)
        self.setEnabled(False)  # until the stored profile is in
        ctx.hub.dataChanged.connect(self._on_data_changed)
        self.retranslate()
        self.reload()

    # -- reading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        read_journey(self.ctx, lambda r: r.profile(), self._on_loaded, self._on_failed)

    def _on_loaded(self, profile: Profile | None) -> None:
        shown = profile or Profile()
        self._filling = True
        try:
            self.name.setText(shown.name)
            self.topic_list.set_value(shown.topics)
            self.benefits.set_value(shown.role, shown.benefits, shown.why)
        finally:
            self._filling = False
        self._stored = self.edits()
        self._show_topic_hints()
        self.setEnabled(True)
        self.loaded.emit()

    def _on_data_changed(self, kind: str) -> None:
        if kind != JOURNEY:
            return
        if self._own_writes:
            self._own_writes -= 1
        elif not self._timer.isActive():  # changed elsewhere (getting started): show it
            self.reload()

    # -- saving -----------------------------------------------------------------------------------

    def edits(self) -> ProfileEdits:
        role, benefits, why = self.benefits.value()
        return ProfileEdits(" ".join(self.name.text().split()), self.topic_list.value(), role,
                            benefits, why)  # fmt: skip

    def _on_edited(self) -> None:
        if self._filling or self._stored is None:
            return
        self._show_topic_hints()
        self._timer.start()

    def store_edits(self) -> None:
        """Store the edits now, if there are any (also when the timer has not run out)."""
        self._timer.stop()
        edits = self.edits()
        if self._stored is None or edits == self._stored:
            return
        previous, self._stored = self._stored, edits
        self._own_writes += 1

        def failed(error: BaseException) -> None:
            self._own_writes = max(0, self._own_writes - 1)  # nothing will be announced
            self._stored = previous  # the next change tries again
            self._on_failed(error)

        write_journey(
            self.ctx,
            lambda w: w.save_profile(edits.applied_to(w.reader.profile() or Profile())),
            self._on_saved,
            failed,
        )

    def _on_saved(self, _result: object) -> None:
        self.error.hide()
        self.ctx.hub.statusMessage.emit(self.tr("Saved."))
        self.saved.emit()

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, StorageError):
            raise error
        self.error.setText(error_text(error))
        self.error.show()

    @qt_override
    def hideEvent(self, event: QHideEvent) -> None:
        self.store_edits()  # leaving Settings (or closing the window) keeps what was typed
        super().hideEvent(event)

    # -- words ------------------------------------------------------------------------------------

    def _show_topic_hints(self) -> None:
        issues = profile_issues(Profile(topics=self.topic_list.value()))
        show_hints(self.topics_hint, [label(i) for i in issues if i in _TOPIC_ISSUES])

    def _on_words(self, words: Words) -> None:
        self.words = words
        self.benefits.retranslate(words)

    def retranslate(self) -> None:
        language = current_language()
        if language != self._words_language:
            self._words_language = language
            self.ctx.tasks.run(lambda: load_words(language), self._on_words)
        self.setTitle(self.tr("You"))
        self.intro.setText(
            self.tr(
                "What you told OwnVoice when getting started. Change it whenever it changes; "
                "it is saved as you type, on this computer only."
            )
        )
        self.name_label.setText(self.tr("Your &name"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.name_hint.setText(self.tr("Today greets you by it."))
        self.topics_label.setText(self.tr("Your &topics: type one and press Enter"))
        self.topic_list.retranslate()
        self.benefits.retranslate(self.words)
        self._show_topic_hints()

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
