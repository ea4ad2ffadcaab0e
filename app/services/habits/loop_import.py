"""Importing a Loop Habit Tracker CSV export: its habits and their whole history.

The export is a ZIP (or that ZIP unpacked): ``Habits.csv`` lists the habits, and a folder
``NNN <name>/`` per habit holds ``Checkmarks.csv`` (``Date,Value,Notes``, newest first). Values
are names (``YES_MANUAL``, ``YES_AUTO``, ``NO``, ``SKIP``, ``UNKNOWN``) in current versions and
numbers (2, 1, 0, 3, -1) in older ones; a numeric habit's amount is written in thousandths
(``7000`` is 7). ``YES_AUTO`` days are Loop's own "covered" days, which OwnVoice works out itself,
so only what the person entered is kept. Older exports name the frequency columns
``NumRepetitions,Interval``. When a habit has no folder, the wide top-level ``Checkmarks.csv``
(one column per habit) is read instead.
"""

from __future__ import annotations

import csv
import io
import math
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Final

from app.domain.activity import EARLIEST_DAY
from app.domain.habits import CheckIn, CheckState, Frequency, Habit, Target
from app.storage.habits.read import CheckInRecord, CheckSource, HabitRecord

if TYPE_CHECKING:
    from app.storage.database import Database

_FOLDER_RE: Final = re.compile(r"^(\d{3}) ")
_BOOLEAN: Final = {
    "YES_MANUAL": CheckState.DONE,
    "2": CheckState.DONE,
    "NO": CheckState.NOT_DONE,
    "0": CheckState.NOT_DONE,
    "SKIP": CheckState.SKIPPED,
    "SKIPPED": CheckState.SKIPPED,
    "3": CheckState.SKIPPED,
    "-3": CheckState.SKIPPED,
}
# Loop keeps a skipped numeric day as the amount 0.003, which a person cannot type.
_NUMERIC_SKIP: Final = 3
_MONTH_DAYS: Final = (30, 31)
_LONGEST_PERIOD: Final = 366  # days: Loop's longest frequency is a few a month
# A real export is a few hundred kilobytes; these stop a damaged or hostile file early.
_MAX_FILES: Final = 10_000
_MAX_BYTES: Final = 256 * 1024**2  # all CSV files together, unpacked
_MAX_RATIO: Final = 200
# Everything zipfile raises on damaged bytes (as app/services/archives/safe_zip.py lists them).
_ZIP_FAILURES: Final = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
                        struct.error, zlib.error, NotImplementedError, RuntimeError,
                        OverflowError, IndexError, KeyError)  # fmt: skip


class LoopFormatError(ValueError):
    """The file is not a Loop Habit Tracker CSV export (the message says what is missing, on
    one line)."""

    def __init__(self, message: str) -> None:
        text = " ".join(message.split())
        text = "".join(c if c.isprintable() else "?" for c in text)
        super().__init__(text if len(text) <= 240 else text[:239] + "…")


@dataclass(frozen=True)
class LoopHabit:
    position: int
    record: HabitRecord
    checkins: list[tuple[CheckIn, str]]  # with notes, oldest first


@dataclass(frozen=True)
class LoopImportSummary:
    habits_added: int
    habits_merged: int  # already here by name: only their missing days were added
    checkins: int


def read_export(path: Path) -> list[LoopHabit]:
    """Read a Loop export from a ZIP file or an unpacked folder. Anything that is not one (a
    damaged ZIP, text that is not UTF-8, a table that is not CSV) is a ``LoopFormatError``."""
    files = _folder_files(path) if path.is_dir() else _zip_files(path)
    texts = {}
    for name, data in files.items():
        try:
            texts[name] = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise LoopFormatError(f"{name} is not UTF-8 text") from None
    try:
        return parse_export(texts)
    except csv.Error as error:
        raise LoopFormatError(f"a file is not a readable CSV table ({error})") from None


def _folder_files(path: Path) -> dict[str, bytes]:
    found = sorted(path.rglob("*.csv"))
    if len(found) > _MAX_FILES:
        raise LoopFormatError(f"{path.name} holds far more files than an export ({len(found)})")
    if sum(p.stat().st_size for p in found) > _MAX_BYTES:
        raise LoopFormatError(f"{path.name} is far larger than an export")
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in found}


def _zip_files(path: Path) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = [i for i in archive.infolist() if i.filename.endswith(".csv")]
            if len(infos) > _MAX_FILES:
                raise LoopFormatError(f"{path.name} holds far more files than an export")
            if sum(i.file_size for i in infos) > _MAX_BYTES or any(
                i.file_size > _MAX_RATIO * max(i.compress_size, 1024) for i in infos
            ):
                raise LoopFormatError(f"{path.name} unpacks to far more than an export")
            return {i.filename: archive.read(i) for i in infos}
    except _ZIP_FAILURES as error:
        if isinstance(error, LoopFormatError):
            raise
        if isinstance(error, zipfile.BadZipFile):
            raise LoopFormatError(f"{path.name} is not a ZIP file") from None
        detail = getattr(error, "strerror", None) or str(error) or type(error).__name__
        raise LoopFormatError(f"{path.name} is a damaged ZIP file ({detail})") from None


def parse_export(files: Mapping[str, str]) -> list[LoopHabit]:
    """Parse the CSV files of an export, by their paths inside it."""
    index = next((n for n in files if PurePosixPath(n).name == "Habits.csv"), None)
    if index is None:
        raise LoopFormatError("no Habits.csv: not a Loop Habit Tracker CSV export")
    root = PurePosixPath(index).parent
    folders: dict[int, str] = {}
    for name in files:
        parts = PurePosixPath(name).relative_to(root).parts if _under(name, root) else ()
        found = _FOLDER_RE.match(parts[0]) if len(parts) == 2 else None
        if found and parts[1] == "Checkmarks.csv":
            folders[int(found[1])] = name
    wide = files.get(str(root / "Checkmarks.csv") if str(root) != "." else "Checkmarks.csv")
    habits = []
    for position, name, record in _habit_rows(files[index]):
        numeric = record.habit.numeric
        if position in folders:
            checkins = _checkmarks(files[folders[position]], numeric)
        else:
            checkins = _wide_column(wide, name, numeric) if wide else []
        habits.append(LoopHabit(position, _dated(record, checkins), checkins))
    return habits


def _under(name: str, root: PurePosixPath) -> bool:
    return str(root) == "." or PurePosixPath(name).is_relative_to(root)


def _habit_rows(text: str) -> Iterable[tuple[int, str, HabitRecord]]:
    rows = csv.DictReader(io.StringIO(text))
    fields = set(rows.fieldnames or ())
    if not {"Name"} <= fields:
        raise LoopFormatError("Habits.csv has no Name column")
    for number, row in enumerate(rows, start=1):
        name = (row.get("Name") or "").strip()
        if not name:
            continue
        position = _int(row.get("Position"), number)
        times = _int(row.get("FrequencyNumerator") or row.get("NumRepetitions"), 1)
        days = _int(row.get("FrequencyDenominator") or row.get("Interval"), 1)
        numeric = (row.get("Type") or "").strip().upper() in {"NUMERICAL", "1"}
        yield (
            position,
            name,
            HabitRecord(
                _habit(name, times, days, numeric, row),
                description=_description(row),
                archived=(row.get("Archived?") or "").strip().lower() == "true",
                position=position,
            ),
        )


def _habit(name: str, times: int, days: int, numeric: bool, row: Mapping[str, str | None]) -> Habit:
    days = min(max(days, 1), _LONGEST_PERIOD)
    if numeric:
        times = 1
    times = min(max(times, 1), days)
    frequency = (
        Frequency.per_month(min(times, 28)) if days in _MONTH_DAYS else Frequency(times, days)
    )
    if not numeric:
        return Habit(name, frequency)
    target = _float(row.get("Target Value")) or 1.0
    kind = (row.get("Target Type") or "").strip().upper()
    return Habit(
        name,
        frequency,
        numeric=True,
        target=target if target > 0 else 1.0,
        unit=(row.get("Unit") or "").strip(),
        target_kind=Target.AT_MOST if kind in {"AT_MOST", "1"} else Target.AT_LEAST,
    )


def _description(row: Mapping[str, str | None]) -> str:
    parts = [(row.get(key) or "").strip() for key in ("Question", "Description")]
    return "\n\n".join(part for part in parts if part)


def _checkmarks(text: str, numeric: bool) -> list[tuple[CheckIn, str]]:
    found = []
    for row in csv.reader(io.StringIO(text)):
        if len(row) < 2 or row[0].strip() == "Date":
            continue
        entry = _entry(row[0], row[1], row[2] if len(row) > 2 else "", numeric)
        if entry is not None:
            found.append(entry)
    return sorted(found, key=lambda item: item[0].day)


def _wide_column(text: str, name: str, numeric: bool) -> list[tuple[CheckIn, str]]:
    rows = list(csv.reader(io.StringIO(text)))
    # Loop writes this file's header unquoted: a comma in any habit's name shifts the columns,
    # and then no column can be trusted.
    if not rows or rows[0].count(name) != 1 or any(len(r) != len(rows[0]) for r in rows[1:]):
        return []
    column = rows[0].index(name)
    found = [_entry(row[0], row[column], "", numeric) for row in rows[1:] if len(row) > column]
    return sorted((e for e in found if e is not None), key=lambda item: item[0].day)


def _entry(day_text: str, value_text: str, note: str, numeric: bool) -> tuple[CheckIn, str] | None:
    try:
        day = date.fromisoformat(day_text.strip())
    except ValueError:
        return None
    if day < EARLIEST_DAY:  # not a day anyone checked a habit in (see app.domain.activity)
        return None
    value, note = value_text.strip().upper(), note.strip()
    state = _BOOLEAN.get(value) if not numeric or not value.lstrip("-").isdigit() else None
    if numeric and state is None and value.lstrip("-").replace(".", "", 1).isdigit():
        if value == str(_NUMERIC_SKIP):
            return CheckIn(day, CheckState.SKIPPED), note
        amount = _amount(value)
        if amount is not None and amount >= 0:
            return CheckIn(day, CheckState.DONE, amount), note
    if state is None:  # YES_AUTO, UNKNOWN: nothing the person entered, unless a note
        return (CheckIn(day, CheckState.NOT_DONE), note) if note else None
    return CheckIn(day, state), note


def _amount(text: str) -> float | None:
    """Thousandths when written as a whole number (Loop's own form), else the amount itself."""
    if re.fullmatch(r"-?\d+", text):
        try:
            return int(text) / 1000
        except (ValueError, OverflowError):  # thousands of digits: no amount anyone entered
            return None
    return _float(text)


def _float(text: str | None) -> float | None:
    """A finite number, or None (also for "inf", "nan" and a 5,000-digit number)."""
    try:
        value = float((text or "").strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _int(text: str | None, default: int) -> int:
    try:
        return int((text or "").strip())
    except ValueError:
        return default


def _dated(record: HabitRecord, checkins: list[tuple[CheckIn, str]]) -> HabitRecord:
    """Loop does not export when a habit was made: its first entry is the best guess."""
    first = checkins[0][0].day if checkins else None
    return replace(record, habit=replace(record.habit, created=first))


def import_export(
    db: Database, stored: Iterable[HabitRecord], path: Path, today: date
) -> LoopImportSummary:
    """Add the export's habits; a habit already here by name (among ``stored``, archived ones
    included) gets only the days it lacks."""
    from app.storage.habits import write as habits_write

    loop_habits = read_export(path)
    known = {r.name.casefold(): r for r in stored}
    added = merged = count = 0
    with db.session() as session:
        position = habits_write.next_position(session)
        for item in sorted(loop_habits, key=lambda h: h.position):
            existing = known.get(item.record.name.casefold())
            if existing is not None and existing.id is not None:
                habit_id, merged = existing.id, merged + 1
            else:
                record = item.record
                if record.habit.created is None:
                    record = replace(record, habit=replace(record.habit, created=today))
                habit_id = habits_write.save_habit(session, replace(record, position=position))
                position, added = position + 1, added + 1
            count += habits_write.add_checkins(
                session,
                (CheckInRecord(habit_id, c, note, CheckSource.IMPORT) for c, note in item.checkins),
            )
    return LoopImportSummary(added, merged, count)
