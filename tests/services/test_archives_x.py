"""X archive: split tweets files, posts, replies, threads, reposts and quotes; JSON, never eval."""

from __future__ import annotations

import locale
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.activity import ActivityKind, Channel
from app.services.archives import (
    ArchiveError,
    ImportedItem,
    ImportSource,
    ParseResult,
    Visibility,
    parse_x,
)
from app.services.archives.x_archive import parse_created_at, read_js_array
from tests.services.archive_factory import js, tweet, write_folder, write_zip, x_files


@pytest.fixture
def result(tmp_path: Path) -> ParseResult:
    return parse_x(write_zip(tmp_path / "twitter-2025-12-12-abc.zip", x_files()))


def by_id(result: ParseResult) -> dict[str, ImportedItem]:
    return {item.external_id: item for item in result.items}


def test_both_parts_are_read(result: ParseResult) -> None:
    assert sorted(by_id(result)) == ["1001", "1002", "1003", "1004", "1005", "1006"]
    assert result.skipped == ()
    assert result.languages() == {"fi": 4, "en": 1}


def test_an_own_post_field_by_field(result: ParseResult) -> None:
    assert by_id(result)["1001"] == ImportedItem(
        source=ImportSource.X,
        kind=ActivityKind.OWN_POST,
        external_id="1001",
        posted_at=datetime(2025, 12, 6, 18, 20, 30, tzinfo=UTC),
        text="Uusi blogikirjoitus: datan laatu & luottamus. https://example.fi/blogi/datan-laatu",
        link="https://x.com/ainovirtanen/status/1001",
        channel=Channel.X,
        language_hint="fi",
        own_words=True,
        visibility=Visibility.PUBLIC,
        target="",
    )


def test_replies_threads_reposts_and_quotes(result: ParseResult) -> None:
    items = by_id(result)
    repost = items["1002"]
    assert (repost.kind, repost.own_words, repost.for_corpus) == (ActivityKind.SHARE, False, False)
    assert repost.text == "RT @toinen: Tärkeä ketju > lukekaa"
    reply = items["1003"]
    assert reply.kind is ActivityKind.REPLY
    assert reply.text == "Samaa mieltä, kiitos!"  # the leading @names are not the person's words
    assert reply.target == "https://x.com/toinen/status/999"
    thread = items["1004"]
    assert thread.kind is ActivityKind.OWN_POST
    assert thread.target == "https://x.com/ainovirtanen/status/1001"
    quote = items["1005"]
    assert quote.kind is ActivityKind.SHARE_WITH_COMMENT
    assert quote.target == "https://twitter.com/someone/status/42"
    assert quote.language_hint == "en"
    assert items["1006"].language_hint is None  # "und"


def test_the_email_in_account_js_is_not_kept(result: ParseResult) -> None:
    assert "aino@example.fi" not in repr(result)


def test_without_account_js_links_still_work(tmp_path: Path) -> None:
    files = {k: v for k, v in x_files().items() if not k.endswith("account.js")}
    items = by_id(parse_x(write_folder(tmp_path, files)))
    assert items["1001"].link == "https://x.com/i/web/status/1001"
    assert items["1004"].kind is ActivityKind.REPLY  # without the own id, a thread looks like one


def test_older_archives_tweet_js_without_wrapper(tmp_path: Path) -> None:
    old = tweet(7, "Vanha &lt;3", datetime(2015, 1, 2, 3, 4, 5, tzinfo=UTC))["tweet"]
    files = {"data/tweet.js": js("tweet", 0, [old, "junk", {"tweet": {"id_str": "x"}}])}
    result = parse_x(write_zip(tmp_path / "old.zip", files))
    (item,) = result.items
    assert (item.text, item.posted_at.year) == ("Vanha <3", 2015)
    assert {(s.reason_key, s.count) for s in result.skipped} == {
        ("malformed", 1),
        ("missing_id", 1),
    }


def test_dates_ignore_the_process_locale() -> None:
    previous = locale.setlocale(locale.LC_TIME)
    for name in ("fi_FI.UTF-8", "fi_FI.utf8", "de_DE.UTF-8"):
        try:
            locale.setlocale(locale.LC_TIME, name)
            break
        except locale.Error:
            continue
    try:
        assert parse_created_at("Sat Dec 06 18:20:30 +0000 2025") == datetime(
            2025, 12, 6, 18, 20, 30, tzinfo=UTC
        )
        assert parse_created_at("Mon Jan 01 02:00:00 +0200 2024") == datetime(
            2024, 1, 1, 0, 0, tzinfo=UTC
        )
        assert parse_created_at("Sat Foo 06 18:20:30 +0000 2025") is None
        assert parse_created_at("2025-12-06T18:20:30Z") == datetime(
            2025, 12, 6, 18, 20, 30, tzinfo=UTC
        )
    finally:
        locale.setlocale(locale.LC_TIME, previous)


def test_the_javascript_is_never_run() -> None:
    data = read_js_array('window.YTD.tweets.part0 = [ {"a": "]"} ]\n;', "t.js")
    assert data == [{"a": "]"}]
    for hostile in (
        'window.YTD.tweets.part0 = [1]; fetch("https://evil.example")',
        "alert(1); window.YTD.tweets.part0 = [1]",
        "window.YTD.tweets.part0 = {}",
        "[" * 100_000 + "]" * 100_000,
    ):
        with pytest.raises(ArchiveError) as caught:
            read_js_array(hostile, "t.js")
        assert caught.value.problem_key == "bad_json"


def test_an_archive_without_tweets(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError) as caught:
        parse_x(write_zip(tmp_path / "x.zip", {"data/like.js": b"window.YTD.like.part0 = []"}))
    assert caught.value.problem_key == "nothing_found"
    assert "tweets.js" in str(caught.value)
