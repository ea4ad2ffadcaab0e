"""LinkedIn data export: own posts, comments, reactions, headline and summary, network growth."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from typing import TYPE_CHECKING
from urllib.parse import unquote

from app.domain.activity import ActivityKind, Channel
from app.services.archives.collect import Collector
from app.services.archives.csv_table import Table, clean_text, parse_utc, read_table, year_month
from app.services.archives.model import (
    ArchiveError,
    ImportedItem,
    ImportSource,
    ParseResult,
    ProfileFacts,
    Visibility,
)
from app.services.archives.opening import open_source

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable, Iterator
    from datetime import date
    from typing import TypeAlias

    from app.services.archives.model import Cancelled, Progress
    from app.services.archives.source import ArchiveSource

    Rows: TypeAlias = Iterable[list[str]]

# Newer exports add the member id: Shares_181682616.csv. Anywhere in the tree, any case.
FILES = {
    name: re.compile(rf"{name}(?:_\d+)?\.csv")
    for name in ("shares", "comments", "reactions", "profile", "connections")
}
REQUIRED = {
    "shares": ("Date", "ShareLink", "ShareCommentary"),
    "comments": ("Date", "Link", "Message"),
    "reactions": ("Date", "Link"),
    "profile": ("Headline", "Summary"),
    "connections": ("Connected On",),
}
_COLON = "(?::|%3[Aa])"  # links carry URNs plain or URL-encoded; matching both skips decoding
_POST_URN = re.compile(rf"urn{_COLON}li{_COLON}(share|ugcPost|activity){_COLON}(\d+)")
_COMMENT_URN = re.compile(r"urn:li:comment:\((\w+):(\d+),(\d+)\)")


def parse_linkedin(
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: date | None = None,
) -> ParseResult:
    """Everything this app reads from a LinkedIn export, or an ArchiveError; never a part."""
    collector = Collector(ImportSource.LINKEDIN, progress, cancelled, today)
    collector.busy()
    with open_source(path) as source:
        return _parse(source, collector)


def _parse(source: ArchiveSource, collector: Collector) -> ParseResult:
    found = {kind: source.find(pattern) for kind, pattern in FILES.items()}
    if not any(found.values()):
        key = "not_an_archive" if source.single_file else "nothing_found"
        raise ArchiveError(source.name, key, "Shares.csv, Comments.csv, Connections.csv")
    months: Counter[str] = Counter()
    profile: ProfileFacts | None = None
    tables: dict[str, list[tuple[Table, list[list[str]]]]] = {kind: [] for kind in FILES}
    for kind, paths in found.items():
        for path in paths:
            text = source.read_text(path, collector.check)
            header_has = "Connected On" if kind == "connections" else None
            table, parsed = read_table(text, source.display(path), REQUIRED[kind], header_has)
            # Other people's data (Connections) and private facts (Profile) are reduced to
            # what is kept while the file is read; no row of them outlives this loop.
            if kind == "connections":
                _connections(table, parsed, collector, months)
            elif kind == "profile":
                profile = profile or _profile(table, parsed)
            else:
                tables[kind].append((table, list(parsed)))
            collector.check()
    collector.start(sum(len(rows) for kinds in tables.values() for _, rows in kinds))
    own_posts: set[str] = set()
    for table, rows in tables["shares"]:
        _shares(table, rows, collector, own_posts)
    for table, rows in tables["comments"]:
        _comments(table, rows, collector, own_posts)
    for table, rows in tables["reactions"]:
        _reactions(table, rows, collector)
    return collector.result(profile, dict(months))


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def _post_urn(link: str) -> str | None:
    match = _POST_URN.search(link)
    return f"urn:li:{match[1]}:{match[2]}" if match else None


def _shares(table: Table, rows: Rows, collector: Collector, own_posts: set[str]) -> None:
    date, link, commentary = (table.getter(c) for c in ("Date", "ShareLink", "ShareCommentary"))
    shared, media, visibility = (table.getter(c) for c in ("SharedUrl", "MediaUrl", "Visibility"))
    for row in rows:
        collector.tick()
        posted = parse_utc(date(row))
        if posted is None:
            collector.skip("bad_date", table.file)
            continue
        text, url, target = clean_text(commentary(row)), link(row).strip(), shared(row).strip()
        if text and target:
            kind = ActivityKind.SHARE_WITH_COMMENT
        elif text or media(row).strip():
            kind = ActivityKind.OWN_POST  # a photo or video post without words is still a post
        else:
            kind = ActivityKind.SHARE  # a repost without own words
        urn = _post_urn(url)
        if urn is not None:
            own_posts.add(urn)
        collector.add(
            ImportedItem(
                source=ImportSource.LINKEDIN,
                kind=kind,
                external_id=urn or url or f"share:{_digest(date(row), text, target)}",
                posted_at=posted,
                text=text,
                link=url or target,
                channel=Channel.LINKEDIN,
                own_words=bool(text),
                visibility=_visibility(visibility(row)),
                target=target,
            ),
            table.file,
        )


def _visibility(value: str) -> Visibility:
    # MEMBER_NETWORK and PUBLIC are visible to anyone; CONNECTIONS(_ONLY) to the network only.
    return Visibility.LIMITED if "CONNECTION" in value.upper() else Visibility.PUBLIC


def _comments(table: Table, rows: Rows, collector: Collector, own_posts: set[str]) -> None:
    date, link, message = (table.getter(c) for c in ("Date", "Link", "Message"))
    for row in rows:
        collector.tick()
        posted = parse_utc(date(row))
        if posted is None:
            collector.skip("bad_date", table.file)
            continue
        url, text = link(row).strip(), clean_text(message(row))
        if not text:
            collector.skip("empty", table.file)
            continue
        comment = _COMMENT_URN.search(unquote(url)) if "omment" in url else None
        parent = f"urn:li:{comment[1]}:{comment[2]}" if comment else _post_urn(url)
        # A comment under one's own post answers the people who commented there.
        kind = ActivityKind.REPLY if parent in own_posts else ActivityKind.COMMENT
        collector.add(
            ImportedItem(
                source=ImportSource.LINKEDIN,
                kind=kind,
                external_id=comment[0] if comment else f"comment:{_digest(date(row), url, text)}",
                posted_at=posted,
                text=text,
                link=url,
                channel=Channel.LINKEDIN,
                target=url,
            ),
            table.file,
        )


def _reactions(table: Table, rows: Rows, collector: Collector) -> None:
    date, link = table.getter("Date"), table.getter("Link")
    for row in rows:
        collector.tick()
        posted = parse_utc(date(row))
        if posted is None:
            collector.skip("bad_date", table.file)
            continue
        url = link(row).strip()
        collector.add(
            ImportedItem(
                source=ImportSource.LINKEDIN,
                kind=ActivityKind.REACTION,
                external_id=f"reaction:{_digest(date(row), url)}",
                posted_at=posted,
                text="",
                link=url,
                channel=Channel.LINKEDIN,
                own_words=False,
                target=url,
            ),
            table.file,
        )


def _connections(table: Table, rows: Rows, collector: Collector, months: Counter[str]) -> None:
    # Only the date is read from each row: names, e-mails and employers stay in the file.
    connected_on = table.getter("Connected On")
    for row in rows:
        collector.tick()
        month = year_month(connected_on(row))
        if month is None:
            collector.skip("bad_date", table.file)
        elif not collector.month_in_range(month):
            collector.skip("out_of_range", table.file)
        else:
            months[month] += 1


def _profile(table: Table, rows: Iterator[list[str]]) -> ProfileFacts | None:
    headline, summary = table.getter("Headline"), table.getter("Summary")
    row = next(rows, None)
    if row is None:
        return None
    facts = ProfileFacts(clean_text(headline(row)), clean_text(summary(row)))
    return facts if facts.headline or facts.summary else None
