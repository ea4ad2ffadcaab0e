"""Own writing as plain text or Markdown: a pasted text, a file, or a folder or ZIP of them."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from typing import TYPE_CHECKING

from app.domain.activity import ActivityKind, Channel
from app.services.archives.collect import Collector, replace_surrogates
from app.services.archives.csv_table import parse_utc
from app.services.archives.model import ArchiveError, ImportedItem, ImportSource, ParseResult
from app.services.archives.opening import open_source
from app.services.archives.source import decode_text

if TYPE_CHECKING:
    import os

    from app.services.archives.model import Cancelled, Progress

TEXT_FILES = re.compile(r".+\.(?:txt|md|markdown)")
MARKDOWN_SUFFIXES = (".md", ".markdown")
MAX_TEXT_BYTES = 20 * 1024**2  # one's own writing; a bigger "text" file is something else

# Documents in one text are separated by a line of three or more hyphens after a blank line
# (right under a text line, `---` is a Markdown heading underline instead).
_SEPARATOR = re.compile(r"\n[ \t]*\n[ \t]*-{3,}[ \t]*(?:\n|$)")
_FRONT_MATTER = re.compile(r"---[ \t]*\n((?:[^\n]*\n){0,60}?)(?:---|\.\.\.)[ \t]*(?:\n|$)")
_FRONT_DATE = re.compile(r"^date:\s*['\"]?([^'\"\n]+)", re.MULTILINE)
_FENCE = re.compile(r"\s*(?:```|~~~)")
_LINE_RULES = (
    (re.compile(r"^\s{0,3}#{1,6}[ \t]+"), ""),  # ATX heading marks
    (re.compile(r"^(?:\s{0,3}>[ \t]?)+"), ""),  # block quote marks
    (re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])[ \t]+"), ""),  # list markers
)
_REFERENCE = re.compile(r"\s{0,3}\[[^\]\n]+\]:\s*\S+.*")
_RULE = re.compile(r"\s{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+)")
# Linear on hostile input: each pattern starts at a mark ("[", "`", "*", "_", "~") and its
# negated classes stop at the next such mark, so no character is scanned again from many starts
# (a "[" every 98 characters took 12.7 s for 294 KB while the link text could hold a "[").
# Link text and targets therefore hold no "[": "[a](http://x/[1])" stays as written.
# Each with the mark it starts at: a text without that mark skips the pattern (a file of many
# short documents spent most of its time running nine patterns over each).
_INLINE_RULES = (
    ("![", re.compile(r"!\[[^\[\]\n]*\]\([^)\[\n]*\)"), ""),  # images
    ("[", re.compile(r"\[([^\[\]\n]+)\]\([^)\[\n]*\)"), r"\1"),  # links: their words
    ("[", re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]"), r"\1"),
    ("`", re.compile(r"`([^`\n]+)`"), r"\1"),
    ("**", re.compile(r"\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*"), r"\1"),
    ("__", re.compile(r"__(?=\S)([^_\n]+?)(?<=\S)__"), r"\1"),
    ("*", re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),
    ("_", re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),
    ("~~", re.compile(r"~~(?=\S)([^~\n]+?)(?<=\S)~~"), r"\1"),
)
_MANY_BREAKS = re.compile(r"\n{3,}")


def strip_markdown(text: str) -> str:
    """Markdown marks removed lightly: the words stay, code blocks and images go."""
    lines: list[str] = []
    fenced = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced or _REFERENCE.fullmatch(line):
            continue
        if _RULE.fullmatch(line):
            lines.append("")
            continue
        for pattern, replacement in _LINE_RULES:
            line = pattern.sub(replacement, line)
        lines.append(line.rstrip())
    plain = _without_comments("\n".join(lines))
    for mark, pattern, replacement in _INLINE_RULES:
        if mark in plain:
            plain = pattern.sub(replacement, plain)
    return _MANY_BREAKS.sub("\n\n", plain).strip()


def _without_comments(text: str) -> str:
    """HTML comments (``<!-- … -->``) removed in one pass; an unclosed one stays as written.
    (``<!--.*?-->`` searched again from every ``<!--`` when none closes: quadratic.)"""
    start = text.find("<!--")
    if start < 0:
        return text
    kept: list[str] = []
    done = 0
    while start >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        kept.append(text[done:start])
        done = end + 3
        start = text.find("<!--", done)
    kept.append(text[done:])
    return "".join(kept)


def split_documents(text: str) -> list[tuple[str, datetime | None]]:
    """Each document's text and the date its front matter gives, if any."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    documents: list[tuple[str, datetime | None]] = []
    for part in _SEPARATOR.split(text):
        day = None
        front = _FRONT_MATTER.match(part.lstrip("\n"))
        if front:
            date_line = _FRONT_DATE.search(front[1])
            day = parse_utc(date_line[1]) if date_line else None
            part = part.lstrip("\n")[front.end() :]
        documents.append((part, day))
    return documents


def _add_documents(
    documents: list[tuple[str, datetime | None]],
    file: str,
    fallback: datetime,
    markdown: bool,
    channel: Channel,
    collector: Collector,
) -> None:
    for body, day in documents:
        collector.tick()
        plain = strip_markdown(body) if markdown else body.strip()
        if not plain:
            collector.skip("empty", file)
            continue
        digest = hashlib.sha256(plain.encode()).hexdigest()[:32]
        collector.add(
            ImportedItem(
                source=ImportSource.TEXT,
                kind=ActivityKind.OWN_POST,
                external_id=f"text:{digest}",  # the same words are the same document
                # Hugo writes 0001-01-01 for "no date": the file's own date instead.
                posted_at=day if day is not None and collector.plausible(day.date()) else fallback,
                text=plain,
                link="",
                channel=channel,
            ),
            file,
        )


def parse_text(
    text: str,
    *,
    name: str = "pasted text",
    posted_at: datetime,
    channel: Channel = Channel.OTHER,
    markdown: bool = True,
    today: date | None = None,
) -> ParseResult:
    """Pasted writing: one item per document; undated documents get `posted_at` (the time of
    pasting, unless the person gave one)."""
    collector = Collector(ImportSource.TEXT, None, None, today)
    documents = split_documents(replace_surrogates(text))  # a paste can carry lone ones
    collector.start(len(documents))
    _add_documents(documents, name, posted_at, markdown, channel, collector)
    result = collector.result()
    if not result.items:
        raise ArchiveError(name, "nothing_found", "no text")
    return result


def parse_text_file(
    path: str | os.PathLike[str],
    *,
    now: datetime,
    channel: Channel = Channel.OTHER,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: date | None = None,
) -> ParseResult:
    """A .txt or .md file, or every such file in a folder or ZIP; dated by front matter or file
    (and by `now`, the time of the import, where the file tells no time or an implausible one,
    such as the 1980 of a ZIP made without times)."""
    collector = Collector(ImportSource.TEXT, progress, cancelled, today)
    collector.busy()
    with open_source(path) as source:
        paths = source.files() if source.single_file else source.find(TEXT_FILES)
        if not paths:
            raise ArchiveError(source.name, "nothing_found", ".txt or .md files")
        texts = []
        for file in paths:
            data = source.read_bytes(file, collector.check)
            if len(data) > MAX_TEXT_BYTES:
                raise ArchiveError(source.display(file), "too_large", f"{len(data)} bytes")
            texts.append((file, split_documents(decode_text(data, source.display(file)))))
        collector.start(sum(len(documents) for _, documents in texts))
        for file, documents in texts:
            modified = source.modified(file)
            fallback = modified if modified and collector.plausible(modified.date()) else now
            markdown = file.lower().endswith(MARKDOWN_SUFFIXES)
            _add_documents(documents, source.display(file), fallback, markdown, channel, collector)
        result = collector.result()
    if not result.items:
        raise ArchiveError(source.name, "nothing_found", "no text")
    return result
