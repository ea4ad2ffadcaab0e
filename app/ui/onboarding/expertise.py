"""Step 3, the expertise profile: topics, audience, channels, languages and the time budget."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.activity import Channel
from app.domain.i18n import LANGUAGES
from app.domain.journey.profile import TOPICS_RANGE, Profile, ProfileIssue, profile_issues
from app.ui.kit.labels import label
from app.ui.kit.widgets import wrapped_label
from app.ui.onboarding.common import (
    TargetCheckBox,
    checkbox_grid,
    hint_label,
    hours_field,
    no_mnemonic,
    section_label,
    show_hints,
    step_title,
)
from app.ui.onboarding.survey import SURVEY_CHANNELS
from app.ui.onboarding.topics import TopicList
from app.ui.onboarding.words import Words


class ExpertiseStep(QWidget):
    """Signals:
    changed(): an answer changed (the hints below are already up to date).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = Words()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title = step_title(self)
        self.intro = wrapped_label(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)

        self.topics_label = section_label(self)
        layout.addWidget(self.topics_label)
        self.topic_list = TopicList(self)
        self.topic_list.changed.connect(self._on_changed)
        # The parts by their old names: the wizard's tests and focus order speak of them.
        self.topic_entry = self.topic_list.entry
        self.add_topic = self.topic_list.add
        self.topics = self.topic_list.topics
        self.remove_topic = self.topic_list.remove
        self.topics_label.setBuddy(self.topic_entry)
        layout.addWidget(self.topic_list)
        self.topics_hint = hint_label(self)
        layout.addWidget(self.topics_hint)

        self.audience_label = section_label(self)
        self.audience = QLineEdit(self)
        self.audience.textChanged.connect(self._on_changed)
        self.audience_label.setBuddy(self.audience)
        layout.addWidget(self.audience_label)
        layout.addWidget(self.audience)

        self.channels_label = section_label(self)
        layout.addWidget(self.channels_label)
        channels, self.channel_boxes = checkbox_grid(self, SURVEY_CHANNELS, self._on_changed)
        layout.addLayout(channels)
        self.channels_hint = hint_label(self)
        layout.addWidget(self.channels_hint)

        self.languages_label = section_label(self)
        layout.addWidget(self.languages_label)
        languages = QHBoxLayout()
        self.language_boxes: dict[str, QCheckBox] = {}
        for code, name in LANGUAGES.items():
            box = TargetCheckBox(self)
            box.setText(name)  # each language by its own name: no translation
            box.toggled.connect(self._on_changed)
            languages.addWidget(box)
            self.language_boxes[code] = box
        languages.addStretch(1)
        layout.addLayout(languages)
        self.languages_hint = hint_label(self)
        layout.addWidget(self.languages_hint)

        self.hours_label, self.hours = hours_field(self, layout)

    @property
    def first_input(self) -> QWidget:
        return self.topic_entry

    def value(self, profile: Profile) -> Profile:
        return replace(
            profile,
            topics=self.topic_list.value(),
            audience=self.audience.text().strip(),
            channels=self.channels(),
            languages=tuple(code for code, box in self.language_boxes.items() if box.isChecked()),
            hours_per_week=self.hours.value(),
        )

    def set_value(self, profile: Profile) -> None:
        self.topic_list.set_value(profile.topics)
        self.audience.setText(profile.audience)
        self.set_channels(profile.channels)
        for code, box in self.language_boxes.items():
            box.setChecked(code in profile.languages)
        self.hours.setValue(profile.hours_per_week)
        self._on_changed()

    def channels(self) -> tuple[Channel, ...]:
        return tuple(c for c, box in self.channel_boxes.items() if box.isChecked())

    def set_channels(self, channels: tuple[Channel, ...]) -> None:
        for channel, box in self.channel_boxes.items():
            box.setChecked(channel in channels)

    def set_hours(self, hours: float) -> None:
        self.hours.setValue(hours)

    def hint_texts(self) -> list[str]:
        """The hints now shown, top to bottom."""
        return [hint.text() for hint, _ in self._hints() if not hint.isHidden()]

    def _hints(self) -> list[tuple[QLabel, frozenset[ProfileIssue]]]:
        # Each hint sits under the answer it is about.
        return [
            (self.topics_hint, _TOPICS),
            (self.channels_hint, frozenset({ProfileIssue.NO_CHANNEL})),
            (self.languages_hint, frozenset({ProfileIssue.NO_LANGUAGE})),
        ]

    def issues(self) -> list[ProfileIssue]:
        return [i for i in profile_issues(self.value(Profile())) if i in _SHOWN]

    def retranslate(self, words: Words) -> None:
        self.words = words
        self.title.setText(self.tr("Your expertise profile"))
        self.intro.setText(
            self.tr(
                "What do you know well, and who should hear about it? A clear focus makes it "
                "much easier to know what to say."
            )
        )
        low, high = TOPICS_RANGE
        self.topics_label.setText(
            self.tr("Your topics, {low} to {high}: type one and press Enter").format(
                low=low, high=high
            )
        )
        self.topic_list.retranslate()
        self.audience_label.setText(self.tr("Who do you want to reach?"))
        self.audience.setAccessibleName(self.tr("Audience"))
        self.audience.setPlaceholderText(
            self.tr("For example: facility managers and property owners in Finland")
        )
        self.channels_label.setText(self.tr("Where will you be active?"))
        for channel, box in self.channel_boxes.items():
            box.setText(no_mnemonic(words.channel(channel)))
        self.languages_label.setText(self.tr("Which languages do you post in?"))
        self.hours_label.setText(self.tr("Time budget: hours a week"))
        self.hours.setAccessibleName(self.tr("Time budget in hours a week"))
        self.hours.setSuffix(self.tr(" h"))
        self._on_changed()

    def _on_changed(self) -> None:
        issues = self.issues()
        for hint, about in self._hints():
            show_hints(hint, [label(issue) for issue in issues if issue in about])
        self.changed.emit()


# Benefits are capped on their own step; the rest is what this step can fix.
_SHOWN = frozenset(ProfileIssue) - {ProfileIssue.TOO_MANY_BENEFITS}
_TOPICS = frozenset({ProfileIssue.TOO_FEW_TOPICS, ProfileIssue.TOO_MANY_TOPICS})
