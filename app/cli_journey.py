"""The journey's command-line commands: ``demo`` and ``journey status``."""

from __future__ import annotations

import argparse
import json
import sys

from app.services.journey import JourneyReader, JourneyStatus
from app.services.store import prepare_store
from app.storage.paths import resolve_paths


def demo(args: argparse.Namespace) -> int:
    from app.services.demo import person as demo_data

    paths = resolve_paths(args.data_dir).ensure()
    clock = args.clock
    reader, database = prepare_store(paths.db_path, clock)
    try:
        journey = JourneyReader(reader)
        empty = journey.profile() is None and not journey.activities()
    finally:
        reader.close()
        if database is not None:
            database.close()
    # All or nothing: written beside the store first, then copied in at once.
    summary = demo_data.fill_store(paths.db_path, clock, args.years, args.seed) if empty else None
    if summary is None:
        print(
            f"ownvoice: {paths.data_dir} already has data; the demo fills only an empty "
            "data folder (choose another with --data-dir)",
            file=sys.stderr,
        )
        return 1
    _mark_welcomed(paths.settings_path)
    print(
        f"Demo data written to {paths.data_dir}: {summary.activities} activities since "
        f"{summary.first_day.isoformat()}, {summary.goals} goals, "
        f"{summary.journal_entries} journal entries."
    )
    return 0


def _mark_welcomed(settings_path: object) -> None:
    from app.services.settings import SettingsService
    from app.storage.settings_store import SettingsFile

    SettingsService(SettingsFile(settings_path)).set_flag("welcome_done")  # type: ignore[arg-type]


def status(args: argparse.Namespace) -> int:
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
