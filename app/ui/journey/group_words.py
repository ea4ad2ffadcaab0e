"""The words of a group file's recognition lines, the same for the coach (what goes out) and
for the person (Journey → Examples from your group): counts only, in the reader's language.
Plural phrases live in a QObject of their own (i18n/README.md, Plurals)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QObject

from app.domain.exchange.examples import Recognition, RecognitionLine


def month_text(month: date) -> str:
    """The month as "December 2026", the way the person's language writes it."""
    name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
    return f"{name} {month.year}"


class GroupWords(QObject):
    def acted(self, n: int) -> str:
        return self.tr("In {month}, %Ln of you took a step in public.", "", n)

    def exercise_done(self, n: int) -> str:
        return self.tr("In {month}, %Ln of you finished an exercise.", "", n)

    def moved_up(self, n: int) -> str:
        return self.tr("%Ln of you stand higher on the ladder than at the start.", "", n)

    def goal_reached(self, n: int) -> str:
        return self.tr("%Ln of you have reached a goal.", "", n)


def recognition_text(line: RecognitionLine) -> str:
    words = GroupWords()
    phrase = {
        Recognition.ACTED: words.acted,
        Recognition.EXERCISE_DONE: words.exercise_done,
        Recognition.MOVED_UP: words.moved_up,
        Recognition.GOAL_REACHED: words.goal_reached,
    }[line.what]
    return phrase(line.count).format(month=month_text(line.month))
