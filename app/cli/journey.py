"""The journey's commands: ``journey status`` and ``journey log``. Light at import (argparse
only)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.domain.activity import Activity
    from app.services.journey import JourneyStatus, Logged


class UsageError(Exception):
    """An input the command cannot take: one line, exit status 2."""


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    journey = commands.add_parser("journey", help="the coaching journey")
    journey_commands = journey.add_subparsers(dest="journey_command", metavar="COMMAND")
    journey_commands.required = True
    status = journey_commands.add_parser("status", help="stage at start and now, history, goals")
    status.add_argument("--json", action="store_true", help="print the result as JSON")
    log = journey_commands.add_parser(
        "log",
        help="log something done in public (as the form on Today does)",
        description="Log something done in public. KIND is one of: own_post, comment, reply, "
        "share_with_comment, share, reaction.",
    )
    log.add_argument("kind", metavar="KIND", help="what was done, e.g. comment")
    log.add_argument(
        "--channel",
        metavar="C",
        help="where: linkedin, x, mastodon, bluesky, threads, blog, internal or other "
        "(default: the first of your channels)",
    )
    log.add_argument("--date", metavar="YYYY-MM-DD", help="the day it was done (default today)")
    log.add_argument("--link", default="", metavar="URL", help="a link to it (https://…)")
    log.add_argument("--note", default="", metavar="N", help="a word to remember it by")
    log.add_argument("--json", action="store_true", help="print the result as JSON")


def run(args: argparse.Namespace) -> int:
    if args.journey_command == "log":
        try:
            return _log(args)
        except UsageError as error:
            print(f"ownvoice: error: {error}", file=sys.stderr)
            return 2
    return _status(args)


def _status(args: argparse.Namespace) -> int:
    from app.services.journey import JourneyReader
    from app.services.store import prepare_store
    from app.storage.paths import resolve_paths

    paths = resolve_paths(args.data_dir).ensure()
    reader, database = prepare_store(paths.db_path, args.clock)
    try:
        result = JourneyReader(reader).status(args.clock.today())
    finally:
        reader.close()
        if database is not None:
            database.close()
    if args.json:
        print(json.dumps(as_json(result), indent=2, ensure_ascii=False))
    else:
        print(as_text(result))
    return 0


def as_json(s: JourneyStatus) -> dict[str, object]:
    return {
        "today": s.today.isoformat(),
        "stage_at_start": s.start.stage.key if s.start else None,
        "stage_now": s.now.stage.key,
        "stage_highest": s.now.highest.key,
        "log_shows": s.now.shown.key if s.now.shown is not None else None,
        "next_step": s.now.reason.value,
        "weeks": [
            {
                "monday": w.monday.isoformat(),
                "stage": w.stage.key,
                "from_log": w.from_log,
                "log_shows": w.shown.key if w.shown is not None else None,
            }
            for w in s.weeks
        ],
        "changes": [
            {"monday": c.monday.isoformat(), "from": c.from_stage.key, "to": c.to_stage.key}
            for c in s.changes
        ],
        "goals": [
            {
                "id": v.goal.id,
                "statement": v.goal.statement,
                "current": v.progress.current,
                "target": v.progress.target,
                "status": v.progress.status.value,
                "deadline": v.goal.deadline.isoformat() if v.goal.deadline else None,
                "next_review": v.next_review.isoformat(),
            }
            for v in s.goals
        ],
        "recognition": [
            {"kind": m.kind.value, "day": m.day.isoformat(), "detail": m.detail}
            for m in s.recognition
        ],
        "reassess_on": s.reassess_on.isoformat() if s.reassess_on else None,
    }


def as_text(s: JourneyStatus) -> str:
    start = s.start.stage.key if s.start else "not surveyed yet"
    lines = [
        f"Stage at start: {start}",
        f"Stage now:      {s.now.stage.key}",
        f"Highest:        {s.now.highest.key}",
    ]
    if s.changes:
        lines.append("Moves:")
        lines += [
            f"  {c.monday.isoformat()}  {c.from_stage.key} -> {c.to_stage.key}"
            for c in s.changes[-10:]
        ]
    lines.append("Goals:" if s.goals else "Goals: none active")
    lines += [
        f"  [{v.progress.status.value}] {v.goal.statement}: "
        f"{v.progress.current:g} of {v.progress.target:g}"
        for v in s.goals
    ]
    return "\n".join(lines)


# -- log --------------------------------------------------------------------------------------


def _member(enum_name: str, text: str, what: str) -> str:
    from app.domain.activity import ActivityKind, Channel

    enum = ActivityKind if enum_name == "kind" else Channel
    value = text.strip().lower().replace("-", "_")
    if value not in {m.value for m in enum}:
        choices = ", ".join(m.value for m in enum)
        raise UsageError(f"{what} {text!r} is not one of: {choices}")
    return value


def _day(text: str | None, today: date) -> date:
    if text is None:
        return today
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"--date: expected a date as YYYY-MM-DD, got {text!r}") from None


def activity_from(args: argparse.Namespace, today: date, channels: tuple[str, ...]) -> Activity:
    """The activity ``journey log`` was given, checked by the rules of the form on Today
    (app/domain/journey/logging_rules.py); a ``UsageError`` names the first problem."""
    from app.domain.activity import EARLIEST_DAY, Activity, ActivityKind, ActivitySource, Channel
    from app.domain.journey.logging_rules import LogIssue, log_issues

    kind = ActivityKind(_member("kind", args.kind, "KIND"))
    if args.channel is not None:
        channel = Channel(_member("channel", args.channel, "--channel"))
    else:
        channel = Channel(channels[0]) if channels else next(iter(Channel))
    day = _day(args.date, today)
    activity = Activity(kind, channel, day, ActivitySource.MANUAL, args.link.strip(),
                        args.note.strip())  # fmt: skip
    messages = {
        LogIssue.FUTURE: f"--date {day.isoformat()} is in the future: log today or earlier",
        LogIssue.TOO_EARLY: f"--date {day.isoformat()} is before {EARLIEST_DAY.isoformat()}",
        LogIssue.BAD_LINK: f"--link {args.link!r}: a link starts with https:// or http://",
    }
    issues = log_issues(activity, today)
    if issues:
        raise UsageError(messages[issues[0]])
    return activity


def _log(args: argparse.Namespace) -> int:
    from app.services.journey import JourneyWriter
    from app.services.store import open_database, prepare_store
    from app.storage.paths import resolve_paths

    today = args.clock.today()
    activity_from(args, today, ())  # a mistake is reported before the data folder is touched
    paths = resolve_paths(args.data_dir).ensure()
    reader, database = prepare_store(paths.db_path, args.clock)
    try:
        database = database or open_database(paths.db_path, args.clock)
        writer = JourneyWriter(database, reader)
        profile = writer.reader.profile()
        channels = tuple(c.value for c in profile.channels) if profile else ()
        activity = activity_from(args, today, channels)
        logged = writer.log(activity, today)
        status = writer.reader.status(today)
    finally:
        reader.close()
        if database is not None:
            database.close()
    report = log_json(activity, logged, status)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(log_text(activity, logged, status))
    return 0


def log_json(activity: Activity, logged: Logged, status: JourneyStatus) -> dict[str, object]:
    return {
        "id": logged.activity_id,
        "kind": activity.kind.value,
        "channel": activity.channel.value,
        "day": activity.day.isoformat(),
        "link": activity.link,
        "note": activity.note,
        "new_milestones": [
            {"kind": m.kind.value, "day": m.day.isoformat(), "detail": m.detail}
            for m in logged.new_milestones
        ],
        "stage_now": status.now.stage.key,
        "stage_highest": status.now.highest.key,
    }


def log_text(activity: Activity, logged: Logged, status: JourneyStatus) -> str:
    lines = [
        f"Logged: {activity.kind.value} on {activity.channel.value}, {activity.day.isoformat()}"
        f" (id {logged.activity_id}).",
        f"Stage now: {status.now.stage.key}",
    ]
    lines += [f"New: {m.key} ({m.day.isoformat()})" for m in logged.new_milestones]
    return "\n".join(lines)
