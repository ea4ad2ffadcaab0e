"""After the survey: the starting point on the ladder, in plain words, before moving on."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.journey.ladder import Stage, StartingPoint
from app.ui.kit.widgets import wrapped_label
from app.ui.onboarding.common import section_label, step_title
from app.ui.onboarding.words import Words


class SurveyResult(QWidget):
    """Shows ``point``: the stage, the whole ladder with it marked, and what it means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.point: StartingPoint | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.title = section_label(self)
        self.stage = step_title(self)  # the stage's name, as large as a title
        self.explanation = wrapped_label(self, selectable=True)
        self.ladder_label = wrapped_label(self)
        self.ladder = QLabel(self)
        self.ladder.setWordWrap(True)
        self.ladder.setTextFormat(Qt.TextFormat.RichText)
        self.later = wrapped_label(self)
        for widget in (
            self.title,
            self.stage,
            self.explanation,
            self.ladder_label,
            self.ladder,
            self.later,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)

    def set_point(self, point: StartingPoint) -> None:
        self.point = point

    def retranslate(self, words: Words) -> None:
        self.title.setText(self.tr("Your starting point"))
        self.ladder_label.setText(self.tr("The ladder, from listening to leading by example:"))
        self.later.setText(
            self.tr(
                "From here on, your stage follows what you log, not what you answered. "
                "Next, find out what's in it for you."
            )
        )
        if self.point is None:
            self.stage.clear()
            self.explanation.clear()
            self.ladder.clear()
            return
        self.stage.setText(words.stage(self.point.stage))
        self.explanation.setText(words.explain(self.point))
        rungs = []
        for stage in Stage:
            name = html.escape(words.stage(stage))
            rungs.append(f"<b>[ {name} ]</b>" if stage is self.point.stage else name)
        self.ladder.setText(" → ".join(rungs))
