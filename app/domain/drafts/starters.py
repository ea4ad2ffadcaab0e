"""Starters: a prompt to think about and an opening line, per kind of post and per benefit."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from app.domain.journey.profile import Benefit


class StarterKind(StrEnum):
    LESSON_LEARNED = "lesson_learned"
    INDUSTRY_NEWS = "industry_news"  # comment on news in the field
    BEHIND_THE_SCENES = "behind_the_scenes"
    ASK_NETWORK = "ask_network"  # ask the network a question


@dataclass(frozen=True)
class Starter:
    id: str  # stable across releases: the app may remember which ones a person has used
    language: str
    kind: StarterKind
    benefits: tuple[Benefit, ...]
    prompt: str  # a question to think about before writing
    opener: str  # a first line to continue in one's own words ("…" marks the gap)


class StarterError(ValueError):
    """A starter file that is not what the app ships."""


def parse_starters(json_text: str) -> tuple[Starter, ...]:
    """`{"language": "fi", "starters": [{"id", "kind", "benefits", "prompt", "opener"}, …]}`."""
    try:
        data = json.loads(json_text)
    except json.JSONDecodeError as error:
        raise StarterError(f"not JSON: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("language"), str):
        raise StarterError('expected an object with a "language"')
    items = data.get("starters")
    if not isinstance(items, list):
        raise StarterError('"starters" must be a list')
    language: str = data["language"]
    starters = [_starter(item, language) for item in items]
    ids = [s.id for s in starters]
    if len(set(ids)) != len(ids):
        raise StarterError("starter ids must be unique")
    return tuple(starters)


def _starter(item: object, language: str) -> Starter:
    if not isinstance(item, dict):
        raise StarterError("a starter must be an object")
    try:
        kind = StarterKind(item["kind"])
        benefits = tuple(Benefit(b) for b in item["benefits"])
        texts = [item["id"], item["prompt"], item["opener"]]
    except (KeyError, TypeError, ValueError) as error:
        raise StarterError(f"bad starter {item.get('id')!r}: {error!r}") from error
    if not all(isinstance(t, str) and t.strip() for t in texts):
        raise StarterError(f"bad starter {item.get('id')!r}: empty text")
    return Starter(texts[0], language, kind, benefits, texts[1], texts[2])


def starters_for(
    starters: Iterable[Starter],
    *,
    kind: StarterKind | None = None,
    benefit: Benefit | None = None,
) -> list[Starter]:
    """The starters of a kind and/or for a benefit, in file order."""
    return [
        s
        for s in starters
        if (kind is None or s.kind is kind) and (benefit is None or benefit in s.benefits)
    ]
