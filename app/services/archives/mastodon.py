"""Mastodon archive: own posts, replies and boosts from outbox.json; direct messages left out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from app.domain.activity import ActivityKind, Channel
from app.services.archives.collect import Collector, load_json
from app.services.archives.csv_table import parse_utc
from app.services.archives.html_text import html_to_text
from app.services.archives.model import (
    ArchiveError,
    ImportedItem,
    ImportSource,
    ParseResult,
    Visibility,
)
from app.services.archives.opening import open_source

if TYPE_CHECKING:
    import os
    from datetime import date

    from app.services.archives.model import Cancelled, Progress
    from app.services.archives.source import ArchiveSource

OUTBOX_FILE = re.compile(r"outbox\.json")
PUBLIC = {"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"}
POST_TYPES = {"Note", "Question", "Article", "Page"}


def parse_mastodon(
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: date | None = None,
) -> ParseResult:
    """Posts, replies and boosts from a Mastodon archive, or an ArchiveError; never a part."""
    collector = Collector(ImportSource.MASTODON, progress, cancelled, today)
    collector.busy()
    with open_source(path) as source:
        return _parse(source, collector)


def _parse(source: ArchiveSource, collector: Collector) -> ParseResult:
    paths = source.find(OUTBOX_FILE)
    if not paths:
        key = "not_an_archive" if source.single_file else "nothing_found"
        raise ArchiveError(source.name, key, "outbox.json")
    batches = []
    for path in paths:
        shown = source.display(path)
        data = _dict(load_json(source.read_text(path, collector.check), shown, collector))
        items = data.get("orderedItems")
        if not isinstance(items, list):
            raise ArchiveError(shown, "bad_json", "no orderedItems list")
        # Mastodon names the actor on each activity; other servers on the collection.
        actor = _str(data.get("actor")) or _str(data.get("id")).removesuffix("/outbox")
        batches.append((shown, actor, items))
        collector.check()
    collector.start(sum(len(items) for _, _, items in batches))
    for shown, actor, items in batches:
        for activity in items:
            collector.tick()
            _activity(_dict(activity), shown, actor, collector)
    return collector.result()


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _ref(value: object) -> str:
    """A link given as a string, or as an object with an id (both are valid ActivityStreams)."""
    return _str(value) or _str(_dict(value).get("id")) or _str(_dict(value).get("href"))


def _addresses(value: object) -> set[str]:
    if isinstance(value, str):
        return {value}
    return {_ref(v) for v in value} if isinstance(value, list) else set()


def visibility(*holders: dict[str, Any]) -> Visibility | None:
    """From the addressing, as Mastodon sets it; None for a direct message.

    The first holder that addresses anyone decides. Nothing addressed at all cannot be shown
    to be public, so it counts as direct: when in doubt, private.
    """
    for holder in holders:
        if holder.get("directMessage") is True:
            return None
        to, cc = _addresses(holder.get("to")), _addresses(holder.get("cc"))
        if not to and not cc:
            continue
        if to & PUBLIC:
            return Visibility.PUBLIC
        if cc & PUBLIC:
            return Visibility.UNLISTED
        if any(a.endswith("/followers") for a in to | cc):
            return Visibility.LIMITED
        return None
    return None


def _language(content_map: dict[str, Any], content: str) -> tuple[str | None, str]:
    """The language whose text is the content (else the first given), and that text."""
    pairs = [(k, v) for k, v in content_map.items() if isinstance(v, str)]
    chosen = next(((k, v) for k, v in pairs if v == content), pairs[0] if pairs else None)
    if chosen is None:
        return None, content
    code = chosen[0].lower().split("-")[0]
    return (code if code.isalpha() and 2 <= len(code) <= 3 else None), content or chosen[1]


def _activity(activity: dict[str, Any], file: str, actor: str, collector: Collector) -> None:
    kind = activity.get("type")
    if kind not in ("Create", "Announce"):
        collector.skip("unsupported_type" if activity else "malformed", file)
        return
    note = _dict(activity.get("object"))
    if kind == "Create" and not note:
        collector.skip("malformed", file)
        return
    if kind == "Create" and note.get("type") not in POST_TYPES:
        collector.skip("unsupported_type", file)
        return
    seen_by = visibility(note, activity) if note else visibility(activity)
    if seen_by is None:
        collector.skip("direct_message", file)
        return
    published = _str(note.get("published")) or _str(activity.get("published"))
    posted = parse_utc(published)
    if posted is None:
        collector.skip("bad_date", file)
        return
    if kind == "Announce":
        boosted = _ref(activity.get("object"))
        external_id = _str(activity.get("id"))
        if not external_id:
            collector.skip("missing_id", file)
            return
        item = ImportedItem(
            source=ImportSource.MASTODON,
            kind=ActivityKind.SHARE,  # a boost: someone else's words
            external_id=external_id,
            posted_at=posted,
            text="",
            link=boosted,
            channel=Channel.MASTODON,
            own_words=False,
            visibility=seen_by,
            target=boosted,
        )
    else:
        external_id = _str(note.get("id")) or _ref(note.get("url"))
        if not external_id:
            collector.skip("missing_id", file)
            return
        language, content = _language(_dict(note.get("contentMap")), _str(note.get("content")))
        reply_to = _ref(note.get("inReplyTo"))
        # Answering oneself continues a thread: that is writing a post, not replying.
        author = _str(activity.get("actor")) or actor
        own_thread = bool(author) and reply_to.startswith(f"{author}/")
        item = ImportedItem(
            source=ImportSource.MASTODON,
            kind=ActivityKind.REPLY if reply_to and not own_thread else ActivityKind.OWN_POST,
            external_id=external_id,
            posted_at=posted,
            text=html_to_text(content),
            link=_ref(note.get("url")) or external_id,
            channel=Channel.MASTODON,
            language_hint=language,
            visibility=seen_by,
            target=reply_to,
        )
    collector.add(item, file)
