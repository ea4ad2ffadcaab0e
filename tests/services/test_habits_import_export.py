"""Loop Habit Tracker import (history kept) and the CSV export, on exports built here."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from app.domain.activity import ActivityKind
from app.domain.habits import CheckIn, CheckState, Frequency, Habit, Target
from app.services.clock import FixedClock
from app.services.habits import HabitsWriter
from app.services.habits.export import CHECKIN_COLUMNS, HABIT_COLUMNS, export_all
from app.services.habits.loop_import import LoopFormatError, parse_export, read_export
from app.services.store import prepare_store
from app.storage.habits.read import CheckSource, HabitRecord, Reminder
from app.storage.paths import AppPaths

TODAY = date(2026, 11, 27)
DONE, SKIPPED, NOT_DONE = CheckState.DONE, CheckState.SKIPPED, CheckState.NOT_DONE

HABITS_CSV = (
    "Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,"
    "Unit,Target Type,Target Value,Archived?\n"
    "001,Meditate,YES_NO,Did you meditate today?,Ten quiet minutes,1,1,#FF8F00,,,,false\n"
    '002,"Gym, then stretch",YES_NO,,,3,7,#00897B,,,,false\n'
    "003,Read,NUMERICAL,How many pages did you read?,,1,7,#5E35B1,pages,AT_LEAST,50.0,false\n"
    "004,Call mum,YES_NO,,,2,30,#1E88E5,,,,true\n"
    "005,Screen time,NUMERICAL,,,1,1,#E53935,minutes,AT_MOST,60.0,false\n"
)


def checkmarks(rows: list[tuple[str, str, str]]) -> str:
    """Per-habit Checkmarks.csv as Loop writes it: newest first, quoted only when needed."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("Date", "Value", "Notes"))
    writer.writerows(sorted(rows, reverse=True))
    return out.getvalue()


def day(offset: int) -> str:
    return (TODAY - timedelta(days=offset)).isoformat()


def loop_export(tmp_path: Path) -> Path:
    """A realistic export: a folder per habit, a comma in a name, notes with quotes and lines,
    Loop's own covered days (YES_AUTO), an unknown day with a note, thousandths for amounts."""
    files = {
        "Habits.csv": HABITS_CSV,
        "001 Meditate/Checkmarks.csv": checkmarks(
            [
                (day(400), "YES_MANUAL", ""),
                (day(3), "YES_MANUAL", 'Felt "calm",\nfinally'),
                (day(2), "NO", ""),
                (day(1), "SKIP", ""),
                (day(0), "UNKNOWN", "Travel day"),
            ]
        ),
        "001 Meditate/Scores.csv": f"Date,Score\n{day(0)},0.1234\n",
        "002 Gym then stretch/Checkmarks.csv": checkmarks(
            [
                (day(9), "YES_MANUAL", ""),
                (day(8), "YES_AUTO", ""),
                (day(7), "YES_MANUAL", ""),
                (day(5), "YES_MANUAL", ""),
            ]
        ),
        "003 Read/Checkmarks.csv": checkmarks(
            [
                (day(6), "12000", ""),
                (day(4), "30500", "Two chapters"),
                (day(2), "3", ""),
                (day(1), "0", ""),
                (day(0), "-1", ""),
            ]
        ),
        "004 Call mum/Checkmarks.csv": checkmarks([(day(40), "YES_MANUAL", "")]),
        # No folder for "Screen time", and the wide file cannot be trusted (the comma above).
        "Checkmarks.csv": f"Date,Meditate,Gym, then stretch,Read,Call mum,Screen time,\n"
        f"{day(0)},UNKNOWN,UNKNOWN,-1,UNKNOWN,45000,\n",
        "Scores.csv": "Date,Meditate,\n",
    }
    path = tmp_path / "Loop Habits CSV 2026-11-27.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path


@pytest.fixture
def writer(paths: AppPaths, clock: FixedClock) -> Iterator[HabitsWriter]:
    reader, db = prepare_store(paths.db_path, clock)
    assert db is not None
    yield HabitsWriter(db, reader)
    reader.close()
    db.close()


def test_reading_a_loop_export(tmp_path: Path) -> None:
    habits = {h.record.name: h for h in read_export(loop_export(tmp_path))}
    assert list(habits) == ["Meditate", "Gym, then stretch", "Read", "Call mum", "Screen time"]
    meditate = habits["Meditate"]
    assert meditate.record.habit.frequency == Frequency.daily()
    assert meditate.record.description == "Did you meditate today?\n\nTen quiet minutes"
    assert meditate.record.habit.created == TODAY - timedelta(days=400)
    assert [(c.day, c.state, note) for c, note in meditate.checkins] == [
        (TODAY - timedelta(days=400), DONE, ""),
        (TODAY - timedelta(days=3), DONE, 'Felt "calm",\nfinally'),
        (TODAY - timedelta(days=2), NOT_DONE, ""),
        (TODAY - timedelta(days=1), SKIPPED, ""),
        (TODAY, NOT_DONE, "Travel day"),  # kept for its note; counts as not done
    ]
    gym = habits["Gym, then stretch"]
    assert gym.record.habit.frequency == Frequency.per_week(3)
    assert [c.day for c, _ in gym.checkins] == [TODAY - timedelta(days=d) for d in (9, 7, 5)]
    read = habits["Read"].record.habit
    assert (read.numeric, read.target, read.unit, read.frequency) == (
        True,
        50.0,
        "pages",
        Frequency(1, 7),
    )
    assert [(c.day, c.state, c.value) for c, _ in habits["Read"].checkins] == [
        (TODAY - timedelta(days=6), DONE, 12.0),
        (TODAY - timedelta(days=4), DONE, 30.5),
        (TODAY - timedelta(days=2), SKIPPED, None),
        (TODAY - timedelta(days=1), DONE, 0.0),
    ]
    mum = habits["Call mum"].record
    assert mum.archived and mum.habit.frequency == Frequency.per_month(2)
    screen = habits["Screen time"]
    assert screen.record.habit.target_kind is Target.AT_MOST and screen.checkins == []


def test_importing_keeps_the_history_and_a_second_import_adds_nothing(
    writer: HabitsWriter, tmp_path: Path
) -> None:
    path = loop_export(tmp_path)
    summary = writer.import_loop(path, TODAY)
    assert (summary.habits_added, summary.habits_merged, summary.checkins) == (5, 0, 13)
    overview = writer.reader.overview(TODAY, include_archived=True)
    by_name = {s.record.name: s for s in overview.habits}
    assert [s.record.position for s in overview.habits] == [0, 1, 2, 3, 4]
    meditate = by_name["Meditate"]
    assert meditate.history.first_day == TODAY - timedelta(days=400)
    assert meditate.done_count == 2
    records = writer.reader.checkins(meditate.id)
    assert {r.source for r in records} == {CheckSource.IMPORT}
    assert records[1].note == 'Felt "calm",\nfinally'
    gym = by_name["Gym, then stretch"]  # 3 a week: Loop's own covered days are worked out here
    assert gym.best_streak is not None and gym.best_streak.length == 3
    assert gym.best_streak.end == TODAY - timedelta(days=3)
    assert by_name["Screen time"].record.habit.created == TODAY  # no history: made today
    again = writer.import_loop(path, TODAY)
    assert (again.habits_added, again.habits_merged, again.checkins) == (0, 5, 0)


def test_an_older_export_with_numbers_for_values(tmp_path: Path) -> None:
    files = {
        "Habits.csv": "Position,Name,Description,NumRepetitions,Interval,Color\n"
        "1,Wake up early,,2,3,#AAAAAA\n",
        "001 Wake up early/Checkmarks.csv": f"{day(2)},2\n{day(1)},1\n{day(0)},0\n",
    }
    (habit,) = parse_export(files)
    assert habit.record.habit.frequency == Frequency(2, 3)
    assert [(c.day, c.state) for c, _ in habit.checkins] == [
        (TODAY - timedelta(days=2), DONE),
        (TODAY, NOT_DONE),
    ]


def test_the_wide_file_is_used_when_a_habit_has_no_folder() -> None:
    files = {
        "export/Habits.csv": "Position,Name,Type,FrequencyNumerator,FrequencyDenominator\n"
        "001,Stretch,YES_NO,1,1\n002,Steps,NUMERICAL,1,1\n",
        "export/Checkmarks.csv": f"Date,Stretch,Steps,\n{day(0)},YES_MANUAL,8000,\n"
        f"{day(1)},YES_AUTO,UNKNOWN,\n",
    }
    stretch, steps = parse_export(files)
    assert [c for c, _ in stretch.checkins] == [CheckIn(TODAY)]
    assert [c for c, _ in steps.checkins] == [CheckIn(TODAY, DONE, 8.0)]


def test_not_a_loop_export(tmp_path: Path) -> None:
    with pytest.raises(LoopFormatError, match=r"Habits\.csv"):
        parse_export({"Shares.csv": "Date,ShareLink\n"})
    bad = tmp_path / "x.zip"
    bad.write_text("not a zip")
    with pytest.raises(LoopFormatError, match="not a ZIP"):
        read_export(bad)


def test_an_unpacked_export_folder_reads_the_same(tmp_path: Path) -> None:
    folder = tmp_path / "unpacked"
    with zipfile.ZipFile(loop_export(tmp_path)) as archive:
        archive.extractall(folder)
    assert read_export(folder) == read_export(loop_export(tmp_path))


def test_export_csv_content(writer: HabitsWriter, tmp_path: Path) -> None:
    reading = HabitRecord(
        Habit(
            "Lue ja opi",
            numeric=True,
            target=15.0,
            unit="minuuttia",
            created=TODAY - timedelta(days=2),
        ),
        description='Uutiset, "tutkimus"',
        reminder=Reminder(time(7, 30), frozenset({0, 1, 2, 3, 4})),
    )
    read_id = writer.add(reading, TODAY)
    comment_id = writer.add(
        HabitRecord(Habit("Comment", Frequency.per_week(3)), linked_kind=ActivityKind.COMMENT),
        TODAY,
    )
    writer.check(read_id, TODAY - timedelta(days=1), 20.0, "Vety, osa 2")
    writer.skip(read_id, TODAY)
    writer.check(comment_id, TODAY)
    writer.archive(comment_id)
    folder = tmp_path / "out"
    folder.mkdir()
    files = export_all(writer.reader, folder, TODAY)
    assert files.habits.name == "ownvoice-habits-2026-11-27.csv"
    raw = files.habits.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # so that spreadsheets read the umlauts right
    habits = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(habits[0]) == list(HABIT_COLUMNS)
    assert habits[0] == {
        "id": str(read_id),
        "name": "Lue ja opi",
        "description": 'Uutiset, "tutkimus"',
        "frequency": "1/1d",
        "times": "1",
        "days": "1",
        "monthly": "false",
        "type": "numeric",
        "target": "15",
        "unit": "minuuttia",
        "target_kind": "at_least",
        "created": "2026-11-25",
        "linked_activity": "",
        "reminder_time": "07:30",
        "reminder_weekdays": "mon tue wed thu fri",
        "archived": "false",
        "position": "0",
        "strength": habits[0]["strength"],
        "current_streak": "1",
        "best_streak": "1",
    }
    assert 0 < float(habits[0]["strength"]) < 0.1
    assert habits[1]["linked_activity"] == "comment" and habits[1]["archived"] == "true"
    checkins = list(csv.DictReader(io.StringIO(files.checkins.read_text(encoding="utf-8-sig"))))
    assert list(checkins[0]) == list(CHECKIN_COLUMNS)
    assert [tuple(row.values()) for row in checkins] == [
        (str(read_id), "Lue ja opi", "2026-11-26", "done", "20", "Vety, osa 2", "manual"),
        (str(read_id), "Lue ja opi", "2026-11-27", "skipped", "", "", "manual"),
        (str(comment_id), "Comment", "2026-11-27", "done", "", "", "manual"),
    ]
