"""Exporting habits and their check-ins as two CSV files a spreadsheet opens.

``habits.csv`` has one row per habit (with today's strength and streaks); ``checkins.csv`` one row
per check-in. Dates are ISO 8601, numbers use a dot, text is UTF-8 with a byte-order mark so that
spreadsheet programs on Windows read ä and ö right. Keys (states, kinds) are the stored values.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from app.services.habits.reader import HabitsOverview, HabitsReader
from app.storage.habits.read import CheckInRecord
from app.storage.paths import make_private

HABIT_COLUMNS: Final = (
    "id",
    "name",
    "description",
    "frequency",
    "times",
    "days",
    "monthly",
    "type",
    "target",
    "unit",
    "target_kind",
    "created",
    "linked_activity",
    "reminder_time",
    "reminder_weekdays",
    "archived",
    "position",
    "strength",
    "current_streak",
    "best_streak",
)
CHECKIN_COLUMNS: Final = ("habit_id", "habit", "date", "state", "value", "note", "source")
_WEEKDAYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class ExportedFiles:
    habits: Path
    checkins: Path


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def habits_csv(overview: HabitsOverview) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HABIT_COLUMNS)
    for summary in overview.habits:
        record, habit = summary.record, summary.record.habit
        freq, reminder = habit.frequency, record.reminder
        current, best = summary.current_streak, summary.best_streak
        writer.writerow(
            (
                record.id,
                habit.name,
                record.description,
                freq.key,
                freq.times,
                "" if freq.monthly else freq.days,
                str(freq.monthly).lower(),
                "numeric" if habit.numeric else "yes_no",
                _number(habit.target),
                habit.unit,
                habit.target_kind.value if habit.numeric else "",
                habit.created.isoformat() if habit.created else "",
                record.linked_kind.value if record.linked_kind else "",
                reminder.at.strftime("%H:%M") if reminder else "",
                " ".join(_WEEKDAYS[d] for d in sorted(reminder.weekdays)) if reminder else "",
                str(record.archived).lower(),
                record.position,
                f"{summary.score:.4f}",
                current.length if current else 0,
                best.length if best else 0,
            )
        )
    return out.getvalue()


def checkins_csv(checkins: Sequence[CheckInRecord], names: dict[int, str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CHECKIN_COLUMNS)
    for record in checkins:
        checkin = record.checkin
        writer.writerow(
            (
                record.habit_id,
                names.get(record.habit_id, ""),
                checkin.day.isoformat(),
                checkin.state.value,
                _number(checkin.value),
                record.note,
                record.source.value,
            )
        )
    return out.getvalue()


def export_csv(
    overview: HabitsOverview, checkins: Sequence[CheckInRecord], folder: Path
) -> ExportedFiles:
    """Write ``ownvoice-habits-<date>.csv`` and ``ownvoice-checkins-<date>.csv`` into ``folder``."""
    stamp = overview.today.isoformat()
    names = {s.id: s.record.name for s in overview.habits}
    files = ExportedFiles(
        folder / f"ownvoice-habits-{stamp}.csv", folder / f"ownvoice-checkins-{stamp}.csv"
    )
    for path, text in (
        (files.habits, habits_csv(overview)),
        (files.checkins, checkins_csv(checkins, names)),
    ):
        path.write_text(text, encoding="utf-8-sig", newline="")
        make_private(path)
    return files


def export_all(reader: HabitsReader, folder: Path, today: date) -> ExportedFiles:
    """Export every habit, archived ones too."""
    overview = reader.overview(today, include_archived=True)
    return export_csv(overview, reader.checkins(), folder)
