"""X (Twitter) archive: own posts, replies and reposts from tweets.js, parsed as JSON, never run."""

from __future__ import annotations

import html
import re
from datetime import UTC, date, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from app.domain.activity import ActivityKind, Channel
from app.services.archives.collect import Collector, load_json
from app.services.archives.csv_table import MONTHS, parse_utc
from app.services.archives.model import ArchiveError, ImportedItem, ImportSource, ParseResult
from app.services.archives.opening import open_source

if TYPE_CHECKING:
    import os

    from app.services.archives.model import Cancelled, Progress
    from app.services.archives.source import ArchiveSource

TWEET_FILES = re.compile(r"tweets?(?:-part\d+)?\.js")  # tweets.js, tweet.js, tweets-part1.js
ACCOUNT_FILE = re.compile(r"account\.js")
_ASSIGNMENT = re.compile(r"(?:window\.)?[\w$.]+\s*=")  # window.YTD.tweets.part0 =
_LEADING_MENTIONS = re.compile(r"^(?:@\w+\s+)+")
_STATUS_URL = re.compile(r"https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status/\d+")
_NO_LANGUAGE = {"und", "zxx"}  # undetermined, no linguistic content


def parse_x(
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: date | None = None,
) -> ParseResult:
    """Own posts, replies and reposts from an X archive, or an ArchiveError; never a part."""
    collector = Collector(ImportSource.X, progress, cancelled, today)
    collector.busy()
    with open_source(path) as source:
        return _parse(source, collector)


def read_js_array(text: str, file: str, collector: Collector | None = None) -> list[Any]:
    """The JSON array after `window.YTD.<name>.part<n> = `; the JavaScript is never evaluated."""
    start = text.find("[")
    if start < 0:
        raise ArchiveError(file, "bad_json", "no data array")
    prefix = text[:start].strip()
    if prefix and not _ASSIGNMENT.fullmatch(prefix):
        raise ArchiveError(file, "bad_json", "it does not start with window.YTD…")
    data = load_json(text[start:].rstrip().rstrip(";"), file, collector)
    if not isinstance(data, list):
        raise ArchiveError(file, "bad_json", "no data array")
    return data


def _parse(source: ArchiveSource, collector: Collector) -> ParseResult:
    paths = source.find(TWEET_FILES)
    if not paths:
        key = "not_an_archive" if source.single_file else "nothing_found"
        raise ArchiveError(source.name, key, "data/tweets.js")
    account_id, username = _account(source, collector)
    batches = []
    for path in paths:
        shown = source.display(path)
        text = source.read_text(path, collector.check)
        batches.append((shown, read_js_array(text, shown, collector)))
        collector.check()
    collector.start(sum(len(entries) for _, entries in batches))
    for shown, entries in batches:
        for entry in entries:
            collector.tick()
            _tweet(entry, shown, collector, account_id, username)
    return collector.result()


def _account(source: ArchiveSource, collector: Collector) -> tuple[str, str]:
    """The person's own account id and handle, for links and for telling threads from replies.

    account.js also holds the e-mail address and more; only these two are kept.
    """
    for path in source.find(ACCOUNT_FILE):
        text = source.read_text(path, collector.check)
        entries = read_js_array(text, source.display(path), collector)
        for entry in entries:
            account = _dict(_dict(entry).get("account"))
            account_id, username = _str(account.get("accountId")), _str(account.get("username"))
            if account_id.isdigit() or username:
                return account_id, username
    return "", ""


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def parse_created_at(value: str) -> datetime | None:
    """`Sat Dec 06 18:20:30 +0000 2025`, with English names, whatever the process locale is."""
    parts = value.split()
    if len(parts) != 6:
        return parse_utc(value)
    _, month_name, day, clock, offset, year = parts
    try:
        hour, minute, second = (int(n) for n in clock.split(":"))
        sign = -1 if offset.startswith("-") else 1
        zone = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
        moment = datetime(
            int(year), MONTHS[month_name.lower()], int(day), hour, minute, second, tzinfo=zone
        )
        return moment.astimezone(UTC)
    except (ValueError, KeyError, OverflowError):
        return None


def _language(value: object) -> str | None:
    code = _str(value).lower().split("-")[0]
    if not code.isalpha() or not 2 <= len(code) <= 3 or code in _NO_LANGUAGE:
        return None
    return None if code.startswith("q") else code  # qme, qht…: X's own "no language" codes


def _text(tweet: dict[str, Any]) -> tuple[str, list[str]]:
    """Plain text with t.co links expanded and media links dropped; and the expanded links."""
    text = html.unescape(_str(tweet.get("full_text")) or _str(tweet.get("text")))
    entities = _dict(tweet.get("entities"))
    expanded: list[str] = []
    for url in _list(entities.get("urls")):
        short = _str(_dict(url).get("url"))
        full = _str(_dict(url).get("expanded_url")) or _str(_dict(url).get("display_url"))
        if short.startswith("http") and full:  # a junk short form would rewrite plain words
            text = text.replace(short, full)
            expanded.append(full)
    media = _list(entities.get("media")) + _list(_dict(tweet.get("extended_entities")).get("media"))
    for item in media:
        short = _str(_dict(item).get("url"))
        if short.startswith("http"):
            text = text.replace(short, "")
    return text.strip(), expanded


def _tweet(entry: object, file: str, collector: Collector, account_id: str, username: str) -> None:
    wrapper = _dict(entry)
    tweet = _dict(wrapper.get("tweet")) if "tweet" in wrapper else wrapper
    if not tweet:
        collector.skip("malformed", file)
        return
    tweet_id = _str(tweet.get("id_str"))
    if not tweet_id.isdigit():
        collector.skip("missing_id", file)
        return
    posted = parse_created_at(_str(tweet.get("created_at")))
    if posted is None:
        collector.skip("bad_date", file)
        return
    text, links = _text(tweet)
    reply_to = _str(tweet.get("in_reply_to_status_id_str"))
    reply_user = _str(tweet.get("in_reply_to_user_id_str"))
    reply_name = _str(tweet.get("in_reply_to_screen_name"))
    quoted = next((link for link in links if _STATUS_URL.match(link)), "")
    target = ""
    if text.startswith("RT @"):
        kind, own_words = ActivityKind.SHARE, False  # the words are someone else's
    elif reply_to:
        # Answering oneself continues a thread: that is writing a post, not replying.
        own = bool(account_id) and reply_user == account_id
        kind, own_words = (ActivityKind.OWN_POST if own else ActivityKind.REPLY), True
        text = _LEADING_MENTIONS.sub("", text)  # the @names X puts in front are not words
        target = f"https://x.com/{reply_name or 'i/web'}/status/{reply_to}"
    elif quoted:
        kind, own_words, target = ActivityKind.SHARE_WITH_COMMENT, True, quoted
    else:
        kind, own_words = ActivityKind.OWN_POST, True
    collector.add(
        ImportedItem(
            source=ImportSource.X,
            kind=kind,
            external_id=tweet_id,
            posted_at=posted,
            text=text,
            link=f"https://x.com/{username or 'i/web'}/status/{tweet_id}",
            channel=Channel.X,
            language_hint=_language(tweet.get("lang")),
            own_words=own_words,
            target=target,
        ),
        file,
    )
