"""The journey's command: ``journey status``. Light at import (argparse only)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.journey import JourneyStatus


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    journey = commands.add_parser("journey", help="the coaching journey")
    journey_commands = journey.add_subparsers(dest="journey_command", metavar="COMMAND")
    journey_commands.required = True
    status = journey_commands.add_parser("status", help="stage at start and now, history, goals")
    status.add_argument("--json", action="store_true", help="print the result as JSON")


def run(args: argparse.Namespace) -> int:
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
        "next_step": s.now.reason.value,
        "weeks": [
            {"monday": w.monday.isoformat(), "stage": w.stage.key, "from_log": w.from_log}
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
    lines = [f"Stage at start: {start}", f"Stage now:      {s.now.stage.key}"]
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
