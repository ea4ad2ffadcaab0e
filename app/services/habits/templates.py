"""Ready-made habits for growing a voice, written natively in each language (resources/habits)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.domain.activity import ActivityKind
from app.domain.habits import Frequency, Habit, Target
from app.domain.i18n import DEFAULT_LANGUAGE, LANGUAGES
from app.storage.habits.read import HabitRecord
from app.storage.paths import resources_dir


@dataclass(frozen=True)
class HabitTemplate:
    """A suggestion; ``key`` is the same in every language."""

    key: str
    record: HabitRecord

    @property
    def name(self) -> str:
        return self.record.name


def templates_file(language: str, folder: Path | None = None) -> Path:
    return (folder or resources_dir() / "habits") / f"templates_{language}.json"


@cache
def templates(language: str) -> tuple[HabitTemplate, ...]:
    """The templates in ``language`` (English for a language without its own file)."""
    lang = language if language in LANGUAGES else DEFAULT_LANGUAGE
    return load_templates(templates_file(lang))


def load_templates(path: Path) -> tuple[HabitTemplate, ...]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(_template(item) for item in data["templates"])


def _template(item: dict[str, object]) -> HabitTemplate:
    numeric = bool(item.get("numeric", False))
    target = item.get("target")
    habit = Habit(
        name=str(item["name"]),
        frequency=Frequency.from_key(str(item.get("frequency", "1/1d"))),
        numeric=numeric,
        target=float(str(target)) if target is not None else None,
        unit=str(item.get("unit", "")),
        target_kind=Target(str(item.get("target_kind", Target.AT_LEAST.value))),
    )
    linked = item.get("linked_kind")
    record = HabitRecord(
        habit,
        description=str(item.get("description", "")),
        linked_kind=ActivityKind(str(linked)) if linked else None,
    )
    return HabitTemplate(str(item["key"]), record)
