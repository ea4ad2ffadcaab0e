"""The habits' command-line commands: ``habits list``, ``habits check`` and ``habits add``.

Kept light at import (argparse only): ``commands.py`` builds its parser from ``add_parser``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from datetime import date
from typing import TYPE_CHECKING

from app.cli.errors import CommandError

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.domain.habits import Frequency, Habit
    from app.services.habits import HabitSummary, HabitsWriter
    from app.storage.habits.read import HabitRecord


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date YYYY-MM-DD, got {text!r}") from None


def _check_day(text: str) -> date:
    """``habits check --date``: a real day from 2000 on (a habit's history starts there)."""
    from app.domain.activity import EARLIEST_DAY

    day = _day(text)
    if day < EARLIEST_DAY:
        raise argparse.ArgumentTypeError(f"{text!r} is before {EARLIEST_DAY.isoformat()}")
    return day


def _amount(text: str) -> float:
    """``habits check --value``: a finite number of 0 or more (not nan, inf or negative)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"expected a number of 0 or more, got {text!r}")
    return value


def _period(text: str) -> int:
    """A number of days, or "month" (0 stands for the calendar month)."""
    if text.strip().lower() in {"m", "month"}:
        return 0
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a number of days or 'month', got {text!r}"
        ) from None
    if not 1 <= days <= 365:
        raise argparse.ArgumentTypeError("days must be from 1 to 365 (or 'month')")
    return days


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    habits = commands.add_parser("habits", help="habits: list them, check one in, add one")
    sub = habits.add_subparsers(dest="habits_command", metavar="COMMAND")
    sub.required = True
    listing = sub.add_parser("list", help="every habit with its strength and streaks")
    listing.add_argument("--json", action="store_true", help="print the result as JSON")
    listing.add_argument("--archived", action="store_true", help="include archived habits")
    check = sub.add_parser("check", help="check a habit in (done, an amount, or skipped)")
    check.add_argument("name", metavar="NAME", help="the habit's name, or the start of it")
    check.add_argument(
        "--date", type=_check_day, metavar="YYYY-MM-DD", help="the day (default today)"
    )
    what = check.add_mutually_exclusive_group()
    what.add_argument("--value", type=_amount, metavar="V", help="the amount (numeric habits)")
    what.add_argument("--skip", action="store_true", help="skip the day: it does not count")
    add = sub.add_parser("add", help="add a habit")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--times", type=int, default=1, metavar="N", help="times per period (1)")
    add.add_argument(
        "--days",
        type=_period,
        default=1,
        metavar="D",
        help="the period in days, or 'month' (default 1: daily)",
    )
    add.add_argument("--numeric", action="store_true", help="count an amount, not yes/no")
    add.add_argument("--target", type=float, metavar="T", help="the amount per period")
    add.add_argument("--unit", default="", metavar="U", help="the amount's unit, e.g. minutes")
    add.add_argument("--at-most", action="store_true", help="the target is a maximum")


def run(args: argparse.Namespace) -> int:
    try:
        if args.habits_command == "list":
            return _list(args)
        if args.habits_command == "check":
            return _check(args)
        return _add(args)
    except CommandError as error:
        print(f"ownvoice: {error}", file=sys.stderr)
        return 1


# -- list ---------------------------------------------------------------------------------------


def _list(args: argparse.Namespace) -> int:
    from app.services.habits import HabitsReader
    from app.services.store import prepare_store
    from app.storage.paths import resolve_paths

    paths = resolve_paths(args.data_dir).ensure()
    reader, database = prepare_store(paths.db_path, args.clock)
    try:
        overview = HabitsReader(reader).overview(args.clock.today(), include_archived=args.archived)
    finally:
        reader.close()
        if database is not None:
            database.close()
    if args.json:
        rows = [as_json(s) for s in overview.habits]
        print(
            json.dumps(
                {"today": overview.today.isoformat(), "habits": rows}, indent=2, ensure_ascii=False
            )
        )
    elif not overview.habits:
        print("No habits yet. Add one with: ownvoice habits add NAME --times N --days D")
    else:
        print(as_text(overview.habits))
    return 0


def frequency_text(freq: Frequency) -> str:
    """English, for the command line."""
    if freq.is_daily:
        return "every day"
    if freq.monthly:
        return "once a month" if freq.times == 1 else f"{freq.times} times a month"
    if freq.days == 7:
        return "once a week" if freq.times == 1 else f"{freq.times} times a week"
    if freq.times == 1:
        return f"once every {freq.days} days"
    return f"{freq.times} times in {freq.days} days"


def rule_text(habit: Habit) -> str:
    if not habit.numeric:
        return frequency_text(habit.frequency)
    kind = "at most" if habit.target_kind.value == "at_most" else "at least"
    period = {1: "a day", 7: "a week"}.get(habit.frequency.days, "")
    if habit.frequency.monthly:
        period = "a month"
    period = period or f"in {habit.frequency.days} days"
    return " ".join(part for part in (kind, f"{habit.target:g}", habit.unit, period) if part)


def as_json(summary: HabitSummary) -> dict[str, object]:
    record, habit = summary.record, summary.record.habit
    current, best = summary.current_streak, summary.best_streak
    today = summary.checked_today
    return {
        "id": record.id,
        "name": habit.name,
        "frequency": habit.frequency.key,
        "frequency_text": rule_text(habit),
        "numeric": habit.numeric,
        "target": habit.target,
        "unit": habit.unit,
        "strength": round(summary.score, 4),
        "current_streak": current.length if current else 0,
        "best_streak": best.length if best else 0,
        "today": today.state.value if today else None,
        "archived": record.archived,
    }


def as_text(summaries: list[HabitSummary]) -> str:
    rows = [("Habit", "Frequency", "Strength", "Streak", "Best")]
    for s in summaries:
        current, best = s.current_streak, s.best_streak
        rows.append(
            (
                s.record.name,
                rule_text(s.record.habit),
                f"{round(s.score * 100)} %",
                str(current.length if current else 0),
                str(best.length if best else 0),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = []
    for row in rows:
        cells = [
            row[0].ljust(widths[0]),
            row[1].ljust(widths[1]),
            *(cell.rjust(widths[i + 2]) for i, cell in enumerate(row[2:])),
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


# -- check and add ------------------------------------------------------------------------------


def _check(args: argparse.Namespace) -> int:
    from app.domain.habits import CheckIn, CheckState

    today = args.clock.today()
    day = args.date or today
    if day > today:
        raise CommandError(f"{day.isoformat()} is in the future: check in today or earlier")

    def change(writer: HabitsWriter) -> str:
        record = _one(writer.reader.find(args.name), args.name)
        habit, habit_id = record.habit, record.id or 0
        if args.skip:
            writer.skip(habit_id, day)
            done = "skipped"
        elif habit.numeric:
            if args.value is None:
                raise CommandError(f"“{habit.name}” counts an amount: give it with --value")
            writer.set(habit_id, CheckIn(day, CheckState.DONE, args.value))
            done = f"checked in with {args.value:g} {habit.unit}".rstrip()
        else:
            if args.value is not None:
                raise CommandError(f"“{habit.name}” is a yes/no habit: leave out --value")
            writer.check(habit_id, day)
            done = "checked in"
        summary = writer.reader.summary(habit_id, today)
        assert summary is not None
        streak = summary.current_streak
        strength = round(summary.score * 100)
        return (
            f"“{habit.name}” {done} for {day.isoformat()}. Strength {strength} %, "
            f"current streak {streak.length if streak else 0}."
        )

    print(_with_writer(args, change))
    return 0


def _one(found: list[HabitRecord], name: str) -> HabitRecord:
    if not found:
        raise CommandError(f"no habit called “{name}” (see: ownvoice habits list)")
    if len(found) > 1:
        names = ", ".join(f"“{r.name}”" for r in found)
        raise CommandError(f"“{name}” could be any of {names}: give more of the name")
    return found[0]


def _add(args: argparse.Namespace) -> int:
    from app.domain.habits import Frequency, Habit, Target
    from app.storage.habits.read import HabitRecord as Record

    if args.numeric and args.target is None:
        raise CommandError("a numeric habit needs --target (the amount per period)")
    if not args.numeric and (args.target is not None or args.unit or args.at_most):
        raise CommandError("--target, --unit and --at-most need --numeric")
    try:
        times = 1 if args.numeric else args.times
        frequency = Frequency.per_month(times) if args.days == 0 else Frequency(times, args.days)
        habit = Habit(
            args.name.strip() or " ",
            frequency,
            numeric=args.numeric,
            target=args.target,
            unit=args.unit.strip(),
            target_kind=Target.AT_MOST if args.at_most else Target.AT_LEAST,
        )
    except ValueError as error:
        raise CommandError(str(error)) from None
    if args.numeric and args.times != 1:
        raise CommandError("a numeric habit's target is per period: leave out --times")

    def change(writer: HabitsWriter) -> str:
        if any(r.name.casefold() == habit.name.casefold() for r in writer.reader.habits(True)):
            raise CommandError(f"there is already a habit called “{habit.name}”")
        habit_id = writer.add(Record(habit), args.clock.today())
        return f"Added “{habit.name}” ({rule_text(habit)}), id {habit_id}."

    print(_with_writer(args, change))
    return 0


def _with_writer(args: argparse.Namespace, change: Callable[[HabitsWriter], str]) -> str:
    from app.services.habits import HabitsWriter
    from app.services.store import open_database
    from app.storage.paths import resolve_paths
    from app.storage.quick import QuickReader

    paths = resolve_paths(args.data_dir).ensure()
    database = open_database(paths.db_path, args.clock)
    reader = QuickReader(paths.db_path)
    try:
        return change(HabitsWriter(database, reader))
    finally:
        reader.close()
        database.close()
