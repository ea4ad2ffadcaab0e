"""The plain sentences the journey shows about stages and next steps, and its date formats."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.journey.ladder import LadderRules, NextStep, Stage
from app.ui.kit.i18n import translated

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

# The first unmet condition, as a next step; {names} are LadderRules fields.
_NEXT: dict[NextStep, str] = {
    NextStep.START_FOLLOWING: QT_TRANSLATE_NOOP(
        "JourneyTexts", "Next: follow a few experts in your field and read what they share."
    ),
    NextStep.MORE_PUBLIC_ACTIONS: QT_TRANSLATE_NOOP(
        "JourneyTexts",
        "Next: be seen. {supporter_min_actions} public actions in four weeks are enough: "
        "a reaction, a share or a comment all count.",
    ),
    NextStep.MORE_COMMENTS: QT_TRANSLATE_NOOP(
        "JourneyTexts",
        "Next: comment on other people's posts, {commenter_min_comments} times in four weeks, "
        "about once a week.",
    ),
    NextStep.MORE_REPLIES: QT_TRANSLATE_NOOP(
        "JourneyTexts",
        "Next: answer back. Reply in a discussion {conversationalist_min_replies} times in "
        "four weeks.",
    ),
    NextStep.MORE_CONVERSATION_WEEKS: QT_TRANSLATE_NOOP(
        "JourneyTexts",
        "Next: spread your conversations out, so that they happen in "
        "{conversationalist_active_weeks} different weeks.",
    ),
    NextStep.MORE_CREATION_WEEKS: QT_TRANSLATE_NOOP(
        "JourneyTexts",
        "Next: put out your own post, or share with your own comment, in "
        "{creator_active_weeks} of four weeks.",
    ),
    NextStep.SUSTAIN_CREATION: QT_TRANSLATE_NOOP(
        "JourneyTexts",
        "Next: keep creating: your own posts in {role_model_creation_weeks} of the last "
        "{role_model_window_weeks} weeks.",
    ),
    NextStep.SUSTAIN_CONVERSATION: QT_TRANSLATE_NOOP(
        "JourneyTexts",
        "Next: keep talking: conversations in {role_model_conversation_weeks} of the last "
        "{role_model_window_weeks} weeks.",
    ),
    NextStep.TOP_REACHED: QT_TRANSLATE_NOOP(
        "JourneyTexts", "This is the top of the ladder. Keep it up, and show others the way."
    ),
}


def _numbers(rules: LadderRules) -> dict[str, int]:
    values = {f.name: getattr(rules, f.name) for f in fields(rules)}
    return {k: v for k, v in values.items() if isinstance(v, int) and not isinstance(v, bool)}


def stage_meaning(stage: Stage) -> str:
    return translated(_C, _MEANING[stage])


def next_step_text(step: NextStep, rules: LadderRules) -> str:
    return translated(_C, _NEXT[step]).format(**_numbers(rules))


def week_label(monday: date) -> str:
    """ "Week 12/2026": the ISO week and its year."""
    year, week, _ = monday.isocalendar()
    text = QCoreApplication.translate("JourneyTexts", "Week {week}/{year}")
    return text.format(week=week, year=year)
