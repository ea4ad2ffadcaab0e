"""Mastodon archive: HTML to text, mentions and links, visibility, boosts; no direct messages."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.activity import ActivityKind, Channel
from app.services.archives import (
    ArchiveError,
    ImportedItem,
    ImportSource,
    ParseResult,
    Skip,
    Visibility,
    parse_mastodon,
)
from app.services.archives.html_text import html_to_text
from tests.services.archive_factory import ACTOR, PUBLIC, Outbox, mastodon_files, write_zip

STATUS = f"{ACTOR}/statuses"


@pytest.fixture
def result(tmp_path: Path) -> ParseResult:
    return parse_mastodon(write_zip(tmp_path / "archive-20251201.zip", mastodon_files()))


def by_id(result: ParseResult) -> dict[str, ImportedItem]:
    return {item.external_id: item for item in result.items}


def test_a_post_with_mention_link_and_paragraphs(result: ParseResult) -> None:
    assert by_id(result)[f"{STATUS}/101"] == ImportedItem(
        source=ImportSource.MASTODON,
        kind=ActivityKind.OWN_POST,
        external_id=f"{STATUS}/101",
        posted_at=datetime(2025, 11, 18, 8, 30, tzinfo=UTC),
        text=(
            "Hei @bob! Katso https://example.fi/hyvin/pitka/osoite\n\n"
            "Toinen kappale & rivi\nja uusi rivi. #data"
        ),
        link="https://mastodon.example/@aino/101",
        channel=Channel.MASTODON,
        language_hint="fi",
        own_words=True,
        visibility=Visibility.PUBLIC,
        target="",
    )


def test_direct_messages_are_left_out_entirely(result: ParseResult) -> None:
    assert f"{STATUS}/106" not in by_id(result)
    assert "Salainen" not in repr(result)
    assert result.skipped == (Skip("direct_message", "archive-20251201.zip/outbox.json", 1),)


def test_replies_threads_visibility_polls_and_boosts(result: ParseResult) -> None:
    items = by_id(result)
    reply = items[f"{STATUS}/102"]
    assert reply.kind is ActivityKind.REPLY
    assert reply.target == "https://other.example/users/bob/statuses/9"
    assert items[f"{STATUS}/103"].kind is ActivityKind.OWN_POST  # answering oneself: a thread
    unlisted = items[f"{STATUS}/104"]
    assert (unlisted.visibility, unlisted.is_public, unlisted.language_hint) == (
        Visibility.UNLISTED,
        True,
        "en",
    )
    followers = items[f"{STATUS}/105"]
    assert (followers.visibility, followers.is_public, followers.for_corpus) == (
        Visibility.LIMITED,
        False,
        True,
    )
    assert items[f"{STATUS}/107"].text == "Mikä on paras?"
    boost = items[f"{STATUS}/108/activity"]
    assert (boost.kind, boost.text, boost.own_words) == (ActivityKind.SHARE, "", False)
    assert boost.link == boost.target == "https://other.example/users/bob/statuses/77"
    assert result.counts_by_kind() == {
        ActivityKind.OWN_POST: 5,
        ActivityKind.REPLY: 1,
        ActivityKind.SHARE: 1,
    }


def test_odd_records_are_counted_not_fatal(tmp_path: Path) -> None:
    outbox = Outbox().note(1, "<p>ok</p>")
    outbox.items += [
        {"type": "Like", "object": "https://x/1"},
        "not an object",
        {"type": "Create", "object": {"type": "Image"}},
        {"type": "Create", "object": {"type": "Note", "to": [PUBLIC], "published": "never"}},
        {"type": "Create", "object": {"type": "Note", "to": [PUBLIC], "published": "2025-01-01"}},
        {"type": "Create", "object": "https://x/only-a-link"},
        {"type": "Create", "object": {"type": "Note", "id": "n", "published": "2025-01-01"}},
    ]
    result = parse_mastodon(write_zip(tmp_path / "a.zip", {"outbox.json": outbox.json()}))
    assert len(result.items) == 1
    assert {(s.reason_key, s.count) for s in result.skipped} == {
        ("unsupported_type", 2),
        ("malformed", 2),
        ("bad_date", 1),
        ("missing_id", 1),
        ("direct_message", 1),  # no addressing at all: not shown to be public, so private
    }


@pytest.mark.parametrize(
    ("data", "detail"),
    [
        (b"{not json", "Expecting"),
        (b"[]", "orderedItems"),
        (b'{"orderedItems": {}}', "orderedItems"),
    ],
)
def test_a_broken_outbox(tmp_path: Path, data: bytes, detail: str) -> None:
    with pytest.raises(ArchiveError) as caught:
        parse_mastodon(write_zip(tmp_path / "a.zip", {"outbox.json": data}))
    assert (caught.value.problem_key, caught.value.file) == ("bad_json", "a.zip/outbox.json")
    assert detail in caught.value.detail


def test_html_to_text() -> None:
    assert html_to_text("<p>Yksi</p><p>Kaksi<br>kolme</p>") == "Yksi\n\nKaksi\nkolme"
    assert html_to_text("<p>a &amp; b &lt;3 &#128512;</p>") == "a & b <3 😀"
    assert html_to_text('<p>x<script>alert("no")</script><style>p{}</style>y</p>') == "xy"
    assert html_to_text("<ul><li>eka</li><li>toka</li></ul>") == "eka\ntoka"
    assert html_to_text("<p>  lots \n of   space </p>") == "lots of space"
    assert html_to_text("plain text") == "plain text"
    assert html_to_text("<p>unclosed <b>tags <a href='x'>link") == "unclosed tags link"
