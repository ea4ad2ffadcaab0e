"""The plain sentences the journey shows about stages and next steps, and its week labels."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.journey.ladder import LadderRules, NextStep, Stage
from app.domain.journey.standing import Position
from app.ui.kit.i18n import translated
from app.ui.kit.labels import label

_C = "JourneyTexts"

# What a stage means, said to the person (docs/LADDER.md, "In one sentence").
_MEANING: dict[Stage, str] = {
    Stage.LISTENER: QT_TRANSLATE_NOOP(
        "JourneyTexts", "You read and follow, but you are not yet seen doing anything in public."
    ),
    Stage.SUPPORTER: QT_TRANSLATE_NOOP(
        "JourneyTexts", "You are seen: you react and share now and then."
    ),
    Stage.COMMENTER: QT_TRANSLATE_NOOP(
        "JourneyTexts", "You comment on other people's posts regularly."
    ),
    Stage.CONVERSATIONALIST: QT_TRANSLATE_NOOP(
        "JourneyTexts",
        "You comment and answer back, week after week: your conversations go both ways.",
    ),
    Stage.CREATOR: QT_TRANSLATE_NOOP(
        "JourneyTexts", "You put out your own posts regularly and stay in the conversation."
    ),
    Stage.ROLE_MODEL: QT_TRANSLATE_NOOP(
        "JourneyTexts",
        "You have kept creating and talking for a quarter of a year: others learn from you.",
    ),
}


class LadderTexts(QObject):
    """The sentences every page says about the one stage (app/domain/journey/standing.py): the
    stage now, the highest reached, why it holds, and the one next step up. Today and Journey
    both use these, so that they say the same thing in the same words."""

    def stage_now(self, stage: Stage) -> str:
        return self.tr("Your stage now: {stage}").format(stage=label(stage))

    def highest(self, stage: Stage) -> str:
        return self.tr("Highest stage reached: {stage}").format(stage=label(stage))

    def holding(self, position: Position, rules: LadderRules) -> str:
        """Why the stage holds while the log shows less; "" when it does not."""
        if not position.holding or position.shown is None:
            return ""
        return self.tr(
            "Quieter lately: your last weeks show {shown}. Your stage holds; it moves down only "
            "after %Ln weeks in a row with less than half of it.",
            "",
            rules.fall_weeks,
        ).format(shown=label(position.shown))

    def _window(self, rules: LadderRules) -> str:
        return self.tr("within %Ln weeks", "", rules.window_weeks)

    def _long_window(self, rules: LadderRules) -> str:
        return self.tr("in the last %Ln weeks", "", rules.role_model_window_weeks)

    def next_step(self, position: Position, rules: LadderRules) -> str:
        """The one next step up from the stage held: the first condition of a higher rung, or
        "keep it up" while the log shows more than the stage for the first weeks."""
        if position.climbing and position.shown is not None:
            return self.tr(
                "Your last weeks show {stage}. Keep it up: you move up once it has shown for "
                "%Ln weeks in a row.",
                "",
                rules.climb_weeks,
            ).format(stage=label(position.shown))
        return self.step(position.reason, rules)

    def step(self, step: NextStep, rules: LadderRules) -> str:
        r, window, long = rules, self._window(rules), self._long_window(rules)
        if step is NextStep.START_FOLLOWING:
            return self.tr(
                "First step: follow a few people in your field and read what they share."
            )
        if step is NextStep.MORE_PUBLIC_ACTIONS:
            return self.tr(
                "Next step up: %Ln public actions {window}. A reaction, a share or a comment "
                "all count.",
                "",
                r.supporter_min_actions,
            ).format(window=window)
        if step is NextStep.MORE_COMMENTS:
            return self.tr(
                "Next step up: %Ln comments on other people's posts {window}.",
                "",
                r.commenter_min_comments,
            ).format(window=window)
        if step is NextStep.MORE_REPLIES:
            return self.tr(
                "Next step up: reply in a discussion %Ln times {window}.",
                "",
                r.conversationalist_min_replies,
            ).format(window=window)
        if step is NextStep.MORE_CONVERSATION_WEEKS:
            return self.tr(
                "Next step up: comment or reply in %Ln different weeks {window}.",
                "",
                r.conversationalist_active_weeks,
            ).format(window=window)
        if step is NextStep.MORE_CREATION_WEEKS:
            return self.tr(
                "Next step up: an own post, or a share with your own words, in %Ln different "
                "weeks {window}.",
                "",
                r.creator_active_weeks,
            ).format(window=window)
        if step is NextStep.SUSTAIN_CREATION:
            return self.tr(
                "Next step up: keep creating, with own posts in %Ln different weeks {window}.",
                "",
                r.role_model_creation_weeks,
            ).format(window=long)
        if step is NextStep.SUSTAIN_CONVERSATION:
            return self.tr(
                "Next step up: keep the conversations going, in %Ln different weeks {window}.",
                "",
                r.role_model_conversation_weeks,
            ).format(window=long)
        return self.tr(
            "You are at the top of the ladder. Keep your rhythm, and show others the way."
        )


def stage_meaning(stage: Stage) -> str:
    return translated(_C, _MEANING[stage])


def week_label(monday: date) -> str:
    """ "Week 12/2026": the ISO week and its year."""
    year, week, _ = monday.isocalendar()
    text = QCoreApplication.translate("JourneyTexts", "Week {week}/{year}")
    return text.format(week=week, year=year)
