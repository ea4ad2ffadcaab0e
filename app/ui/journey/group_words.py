"""The words of a group file's recognition lines, the same for the coach (what goes out) and
for the person (Journey → Examples from your group): counts only, in the reader's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain.exchange.examples import Recognition, RecognitionLine


def month_text(month: date) -> str:
    """The month as "December 2026", the way the person's language writes it."""
    return QLocale().toString(QDate(month.year, month.month, 1), "LLLL yyyy")


def recognition_text(line: RecognitionLine) -> str:
    n = line.count
    if line.what is Recognition.ACTED:
        text = QCoreApplication.translate(
            "GroupFile", "In {month}, %n of you took a step in public.", "", n
        )
    elif line.what is Recognition.EXERCISE_DONE:
        text = QCoreApplication.translate(
            "GroupFile", "In {month}, %n of you finished an exercise.", "", n
        )
    elif line.what is Recognition.MOVED_UP:
        text = QCoreApplication.translate(
            "GroupFile", "%n of you stand higher on the ladder than at the start.", "", n
        )
    else:
        text = QCoreApplication.translate("GroupFile", "%n of you have reached a goal.", "", n)
    return text.format(month=month_text(line.month))
