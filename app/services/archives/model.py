"""Plain records that archive parsers return, and the two exceptions they may raise."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from app.domain.activity import ActivityKind, Channel
from app.domain.i18n import QT_TRANSLATE_NOOP

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportSource(StrEnum):
    LINKEDIN = "linkedin"
    X = "x"
    MASTODON = "mastodon"
    TEXT = "text"


class Visibility(StrEnum):
    PUBLIC = "public"
    UNLISTED = "unlisted"  # public, but kept out of public timelines (Mastodon)
    LIMITED = "limited"  # followers or connections only: own words, but not public activity


class ImportedItem(NamedTuple):
    """One thing the person wrote or did, as found in an archive. A named tuple rather than a
    frozen dataclass: as immutable, and made in a third of the time (an export has 30,000)."""

    source: ImportSource
    kind: ActivityKind
    external_id: str  # stable across re-exports of the same account; unique per source
    posted_at: datetime  # aware, UTC
    text: str  # plain text; "" for a plain share or a reaction
    link: str  # the item itself where the archive knows it, else what it is about
    channel: Channel
    language_hint: str | None = None  # from the archive, e.g. "fi"; None when it does not say
    own_words: bool = True  # False: the text is someone else's (retweet, boost) or absent
    visibility: Visibility = Visibility.PUBLIC
    target: str = ""  # what it replies to, comments on or shares, when known

    @property
    def day(self) -> date:
        return self.posted_at.date()

    @property
    def is_public(self) -> bool:
        return self.visibility is not Visibility.LIMITED

    @property
    def for_corpus(self) -> bool:
        """True when the text belongs in the person's writing corpus."""
        return self.own_words and bool(self.text.strip())


@dataclass(frozen=True, slots=True)
class Skip:
    """Records left out for one reason, in one file."""

    reason_key: str  # see SKIP_REASONS
    detail: str  # the file they were in
    count: int


# Also shown in the window: its "Left out" line translates it in the context "VoiceImport".
OUT_OF_RANGE = QT_TRANSLATE_NOOP("VoiceImport", "dated before 2000 or after next year")
SKIP_REASONS = {
    "direct_message": "private messages, never imported",
    "bad_date": "no readable date",
    "out_of_range": OUT_OF_RANGE,
    "duplicate": "the same item twice",
    "missing_id": "no identifier",
    "malformed": "not in the expected shape",
    "unsupported_type": "a kind of record this import does not read",
    "empty": "no text",
}


@dataclass(frozen=True, slots=True)
class ProfileFacts:
    headline: str
    summary: str


@dataclass(frozen=True)
class ParseResult:
    source: ImportSource
    items: tuple[ImportedItem, ...]
    skipped: tuple[Skip, ...] = ()
    profile: ProfileFacts | None = None
    connections_per_month: dict[str, int] = field(default_factory=dict)  # "YYYY-MM" -> count

    def counts_by_kind(self) -> dict[ActivityKind, int]:
        return dict(Counter(item.kind for item in self.items))

    def languages(self) -> dict[str, int]:
        return dict(Counter(i.language_hint for i in self.items if i.language_hint))

    def date_range(self) -> tuple[date, date] | None:
        # Items come sorted by time (Collector.result).
        return (self.items[0].day, self.items[-1].day) if self.items else None

    def skipped_total(self) -> int:
        return sum(skip.count for skip in self.skipped)


# English text per problem key; the UI translates by key and puts `file` and `detail` in.
PROBLEMS = {
    "not_an_archive": "is not a ZIP archive, a folder or a file this import reads",
    "truncated": "the ZIP archive is incomplete (cut short); download it again",
    "corrupt": "the ZIP archive is damaged",
    "zip_bomb": "the archive unpacks to far more than it holds (a possible ZIP bomb)",
    "too_large": "is too large to read",
    "unsafe_path": "the archive holds a path that points outside it",
    "encrypted": "the archive is password-protected",
    "unreadable": "cannot be read",
    "encoding": "is not UTF-8 text",
    "missing_column": "a required column is missing",
    "bad_csv": "is not a readable CSV table",
    "bad_json": "is not valid data of the expected shape",
    "nothing_found": "holds none of the files this import reads",
}


MAX_SHOWN = 160  # characters of a name or detail in a message


def shown(text: str, limit: int = MAX_SHOWN) -> str:
    """``text`` fit for a one-line message: control characters, lone surrogates and other
    unprintables escaped, and at most about ``limit`` characters (the middle cut out, so that
    both ends stay). A damaged ZIP entry name can be kilobytes of raw bytes."""
    if len(text) > limit:
        text = f"{text[: limit // 2]}…{text[-(limit // 2 - 1) :]}"
    if not text.isprintable():
        text = "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)
        if len(text) > limit:
            text = f"{text[: limit // 2]}…{text[-(limit // 2 - 1) :]}"
    return text


class ArchiveError(Exception):
    """Bad input: nothing of it is imported. `problem_key` is stable; see PROBLEMS."""

    def __init__(self, file: str, problem_key: str, detail: str = "") -> None:
        if problem_key not in PROBLEMS:
            raise ValueError(f"unknown problem key {problem_key!r}")
        self.file = shown(file)
        self.problem_key = problem_key
        self.detail = shown(detail)
        super().__init__(self.file, problem_key, self.detail)

    def __str__(self) -> str:
        text = f"{self.file}: {PROBLEMS[self.problem_key]}"
        return f"{text}: {self.detail}" if self.detail else text


class ImportCancelled(Exception):  # noqa: N818 - not an error: the person chose to stop
    """The person pressed Cancel; nothing was returned."""

    def __str__(self) -> str:
        return "The import was cancelled."
