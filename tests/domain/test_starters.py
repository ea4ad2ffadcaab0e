"""Parsing starters and picking them by kind of post and by benefit."""

from __future__ import annotations

import json

import pytest

from app.domain.drafts.starters import (
    Starter,
    StarterError,
    StarterKind,
    parse_starters,
    starters_for,
)
from app.domain.journey.profile import Benefit


def doc(*items: object) -> str:
    return json.dumps({"language": "fi", "starters": list(items)})


ITEM: dict[str, object] = {
    "id": "ask-1",
    "kind": "ask_network",
    "benefits": ["networking", "learning"],
    "prompt": "Mihin olet jumissa?",
    "opener": "Olen jumissa: …",
}


def test_parse_and_pick() -> None:
    other = {**ITEM, "id": "news-1", "kind": "industry_news", "benefits": ["influence"]}
    starters = parse_starters(doc(ITEM, other))
    assert starters[0] == Starter(
        "ask-1",
        "fi",
        StarterKind.ASK_NETWORK,
        (Benefit.NETWORKING, Benefit.LEARNING),
        "Mihin olet jumissa?",
        "Olen jumissa: …",
    )
    assert [s.id for s in starters_for(starters, kind=StarterKind.INDUSTRY_NEWS)] == ["news-1"]
    assert [s.id for s in starters_for(starters, benefit=Benefit.LEARNING)] == ["ask-1"]
    assert starters_for(starters, kind=StarterKind.ASK_NETWORK, benefit=Benefit.INFLUENCE) == []


@pytest.mark.parametrize(
    "bad",
    [
        "not json",
        "[]",
        '{"language": "fi"}',
        doc({**ITEM, "kind": "press_release"}),
        doc({**ITEM, "benefits": ["fame"]}),
        doc({**ITEM, "prompt": " "}),
        doc({k: v for k, v in ITEM.items() if k != "opener"}),
        doc(ITEM, ITEM),  # duplicate id
        doc("just a string"),
    ],
)
def test_bad_files_are_refused(bad: str) -> None:
    with pytest.raises(StarterError):
        parse_starters(bad)
