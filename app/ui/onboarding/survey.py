"""Step 1, survey the ground: channels, how often each action, confidence, time, what holds back."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.activity import Channel
from app.domain.journey.ladder import Frequency
from app.domain.journey.profile import Action, Assessment, Barrier, ChannelAnswers
from app.ui.kit.widgets import wrapped_label
from app.ui.onboarding.common import (
    RadioChoice,
    TargetCheckBox,
    checkbox_grid,
    hint_label,
    hours_field,
    no_mnemonic,
    section_label,
    step_title,
)
from app.ui.onboarding.words import Words

# The channels the survey asks about, in the order shown.
SURVEY_CHANNELS = (
    Channel.LINKEDIN,
    Channel.X,
    Channel.MASTODON,
    Channel.BLUESKY,
    Channel.BLOG,
    Channel.INTERNAL,
)
CONFIDENCE = (1, 2, 3, 4, 5)


class Guidelines(StrEnum):
    """The answers to "do you know your employer's social-media guidelines?"."""

    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


_KNOWS = {Guidelines.YES: True, Guidelines.NO: False, Guidelines.UNSURE: None}


class FrequencyGrid(QGroupBox):
    """One channel: a row per action, a radio button per frequency (arrows pick, Tab moves on)."""

    def __init__(self, channel: Channel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = channel
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(len(Frequency) + 1, 2)  # keeps the answers near their questions
        self._headers: dict[Frequency, QLabel] = {}
        for column, frequency in enumerate(Frequency, start=1):
            header = wrapped_label(self)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, column)
            grid.setColumnStretch(column, 1)
            self._headers[frequency] = header
        self._rows: dict[Action, tuple[QLabel, RadioChoice[Frequency]]] = {}
        for row, action in enumerate(Action, start=1):
            name = wrapped_label(self)
            grid.addWidget(name, row, 0)
            choice = RadioChoice(self, Frequency)
            for column, button in enumerate(choice.widgets(), start=1):
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignCenter)
            choice.set_value(Frequency.NEVER)
            self._rows[action] = (name, choice)

    def answers(self) -> ChannelAnswers:
        return ChannelAnswers(
            self.channel,
            {
                action: choice.value() or Frequency.NEVER
                for action, (_, choice) in self._rows.items()
            },
        )

    def set_answers(self, answers: ChannelAnswers) -> None:
        for action, (_, choice) in self._rows.items():
            choice.set_value(answers.get(action))

    def button(self, action: Action, frequency: Frequency) -> QRadioButton:
        return self._rows[action][1].buttons[frequency]

    def retranslate(self, words: Words) -> None:
        channel = words.channel(self.channel)
        self.setTitle(no_mnemonic(channel))
        for frequency, header in self._headers.items():
            header.setText(words.frequency(frequency))
        for action, (name, choice) in self._rows.items():
            name.setText(words.action(action))
            for frequency, button in choice.buttons.items():
                # A screen reader hears the whole question on each button, not a bare "Weekly".
                button.setAccessibleName(
                    f"{channel}: {words.action(action)}: {words.frequency(frequency)}"
                )


class SurveyStep(QWidget):
    """The ground as the person sees it today; ``value()`` is the assessment to store."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title = step_title(self)
        self.intro = wrapped_label(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)

        self.channels_label = section_label(self)
        layout.addWidget(self.channels_label)
        channel_grid, self.channel_boxes = checkbox_grid(
            self, SURVEY_CHANNELS, self._on_channel_toggled
        )
        layout.addLayout(channel_grid)
        self.no_channel_note = hint_label(self)
        layout.addWidget(self.no_channel_note)
        self.grids: dict[Channel, FrequencyGrid] = {}
        for channel in SURVEY_CHANNELS:
            grid = FrequencyGrid(channel, self)
            grid.hide()
            layout.addWidget(grid)
            self.grids[channel] = grid

        self.confidence_label = section_label(self)
        layout.addWidget(self.confidence_label)
        confidence_row = QHBoxLayout()
        self.confidence = RadioChoice(self, CONFIDENCE)
        self.confidence_low = wrapped_label(self)
        self.confidence_high = wrapped_label(self)
        confidence_row.addWidget(self.confidence_low)
        for value, button in self.confidence.buttons.items():
            button.setText(str(value))
            confidence_row.addWidget(button)
        confidence_row.addWidget(self.confidence_high, 1)
        layout.addLayout(confidence_row)

        self.hours_label, self.hours = hours_field(self, layout)

        self.guidelines_label = section_label(self)
        layout.addWidget(self.guidelines_label)
        self.guidelines = RadioChoice(self, Guidelines)
        guidelines_row = QHBoxLayout()
        for button in self.guidelines.widgets():
            guidelines_row.addWidget(button)
        guidelines_row.addStretch(1)
        layout.addLayout(guidelines_row)

        self.barriers_label = section_label(self)
        layout.addWidget(self.barriers_label)
        self.barrier_boxes: dict[Barrier, tuple[QCheckBox, QLabel]] = {}
        for barrier in Barrier:
            box = TargetCheckBox(self)
            response = hint_label(self)  # italic and indented under its box
            response.setContentsMargins(28, 0, 0, 4)
            response.hide()
            box.toggled.connect(lambda on, r=response: r.setVisible(on and bool(r.text())))
            layout.addWidget(box)
            layout.addWidget(response)
            self.barrier_boxes[barrier] = (box, response)
        self.set_value(None)

    @property
    def first_input(self) -> QWidget:
        return self.channel_boxes[SURVEY_CHANNELS[0]]

    def chosen_channels(self) -> tuple[Channel, ...]:
        return tuple(c for c, box in self.channel_boxes.items() if box.isChecked())

    def value(self, today: date) -> Assessment:
        return Assessment(
            taken_on=today,
            channels=tuple(self.grids[c].answers() for c in self.chosen_channels()),
            confidence=self.confidence.value() or 3,
            hours_per_week=self.hours.value(),
            knows_guidelines=_KNOWS[self.guidelines.value() or Guidelines.UNSURE],
            barriers=frozenset(b for b, (box, _) in self.barrier_boxes.items() if box.isChecked()),
        )

    def set_value(self, assessment: Assessment | None) -> None:
        given = assessment or Assessment(taken_on=date.min)
        answers = {c.channel: c for c in given.channels}
        for channel, box in self.channel_boxes.items():
            box.setChecked(channel in answers)
            self.grids[channel].set_answers(answers.get(channel, ChannelAnswers(channel)))
        self.confidence.set_value(given.confidence if given.confidence in CONFIDENCE else 3)
        self.hours.setValue(given.hours_per_week)
        knows = {v: k for k, v in _KNOWS.items()}[given.knows_guidelines]
        self.guidelines.set_value(knows)
        for barrier, (box, _) in self.barrier_boxes.items():
            box.setChecked(barrier in given.barriers)
        self._on_channel_toggled()

    def retranslate(self, words: Words) -> None:
        self.title.setText(self.tr("Survey the ground"))
        self.intro.setText(
            self.tr(
                "Where are you today? There are no right answers: this only sets your starting "
                "point, and what you actually do from now on moves you along."
            )
        )
        self.channels_label.setText(self.tr("Which channels do you use, even just for reading?"))
        for channel, box in self.channel_boxes.items():
            box.setText(no_mnemonic(words.channel(channel)))
        self.no_channel_note.setText(
            self.tr("Pick a channel to say how often you read, react, comment and post there.")
        )
        for grid in self.grids.values():
            grid.retranslate(words)
        self.confidence_label.setText(
            self.tr("How confident do you feel about writing in public, from 1 to 5?")
        )
        self.confidence_low.setText(self.tr("1 = not at all"))
        self.confidence_high.setText(self.tr("5 = very"))
        for value, button in self.confidence.buttons.items():
            button.setAccessibleName(self.tr("Confidence {value} of 5").format(value=value))
        self.hours_label.setText(self.tr("How many hours a week can you give to this?"))
        self.hours.setAccessibleName(self.tr("Hours a week"))
        self.hours.setSuffix(self.tr(" h"))
        self.guidelines_label.setText(
            self.tr("Do you know your employer's social-media guidelines?")
        )
        texts = {
            Guidelines.YES: self.tr("Yes"),
            Guidelines.NO: self.tr("No"),
            Guidelines.UNSURE: self.tr("Not sure"),
        }
        for key, button in self.guidelines.buttons.items():
            button.setText(texts[key])
        self.barriers_label.setText(self.tr("What holds you back? Pick any that fit."))
        for barrier, (box, response) in self.barrier_boxes.items():
            box.setText(no_mnemonic(words.barrier(barrier)))
            response.setText(words.barrier_response(barrier))
            box.setAccessibleDescription(words.barrier_response(barrier))
            response.setVisible(box.isChecked() and bool(response.text()))

    def _on_channel_toggled(self) -> None:
        chosen = self.chosen_channels()
        for channel, grid in self.grids.items():
            grid.setVisible(channel in chosen)
        self.no_channel_note.setVisible(not chosen)
