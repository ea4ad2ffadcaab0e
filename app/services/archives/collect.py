"""Builds a ParseResult: de-duplication, skip counts, progress and cancel checks in one place."""

from __future__ import annotations

import json
from collections import Counter
from operator import attrgetter
from typing import TYPE_CHECKING

from app.domain.activity import EARLIEST_DAY, latest_day
from app.services.archives.model import (
    SKIP_REASONS,
    ArchiveError,
    ImportCancelled,
    ImportedItem,
    ImportSource,
    ParseResult,
    ProfileFacts,
    Skip,
)

if TYPE_CHECKING:
    from datetime import date

    from app.services.archives.model import Cancelled, Progress

# Report and look at the Cancel button every this many records: often enough for a smooth bar
# and a prompt cancel, rarely enough to cost nothing measurable.
TICK_EVERY = 256


class Collector:
    """``today`` sets the latest plausible date (``app.domain.activity.latest_day``); without it
    only dates before ``EARLIEST_DAY`` are left out."""

    def __init__(
        self,
        source: ImportSource,
        progress: Progress | None,
        cancelled: Cancelled | None,
        today: date | None = None,
    ) -> None:
        self.source = source
        self._progress = progress
        self._cancelled = cancelled
        self._earliest = EARLIEST_DAY
        self._latest = latest_day(today) if today is not None else None
        self.surrogates = False  # set when the data may hold lone surrogates: see add
        self._items: dict[str, ImportedItem] = {}
        self._skips: Counter[tuple[str, str]] = Counter()
        self._done = 0
        self._total = 0

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelled

    def busy(self) -> None:
        """Reading files: no count yet (a (0, 0) report means "busy" to a Qt progress bar)."""
        self.check()
        if self._progress is not None:
            self._progress(0, 0)

    def start(self, total: int) -> None:
        self._total = total
        self._done = 0
        self.check()
        if self._progress is not None:
            self._progress(0, total)

    def tick(self) -> None:
        self._done += 1
        if self._done % TICK_EVERY == 0:
            self.check()
            if self._progress is not None:
                self._progress(min(self._done, self._total), self._total)

    def plausible(self, day: date) -> bool:
        """True for a day this import keeps (see ``app.domain.activity.EARLIEST_DAY``)."""
        return day >= self._earliest and (self._latest is None or day <= self._latest)

    def add(self, item: ImportedItem, file: str) -> None:
        if not self.plausible(item.posted_at.date()):
            self.skip("out_of_range", file)  # year 0001 is "no date" in some exports
            return
        if self.surrogates:
            item = without_surrogates(item)
        if item.external_id in self._items:
            self.skip("duplicate", file)
        else:
            self._items[item.external_id] = item

    def month_in_range(self, month: str) -> bool:
        """For a ``YYYY-MM`` month: True when it lies in the plausible range of days."""
        latest = self._latest
        return self._earliest.isoformat()[:7] <= month and (
            latest is None or month <= latest.isoformat()[:7]
        )

    def skip(self, reason_key: str, file: str, count: int = 1) -> None:
        if reason_key not in SKIP_REASONS:
            raise ValueError(f"unknown skip reason {reason_key!r}")
        self._skips[(reason_key, file)] += count

    def result(
        self,
        profile: ProfileFacts | None = None,
        connections_per_month: dict[str, int] | None = None,
    ) -> ParseResult:
        self.check()
        items = sorted(self._items.values(), key=attrgetter("posted_at", "external_id"))
        skipped = tuple(
            Skip(reason, file, count) for (reason, file), count in sorted(self._skips.items())
        )
        if self._progress is not None:
            self._progress(self._total, self._total)
        return ParseResult(
            self.source,
            tuple(items),
            skipped,
            profile,
            dict(sorted((connections_per_month or {}).items())),
        )


def load_json(text: str, file: str, collector: Collector | None = None) -> object:
    """``json.loads``, or an ``ArchiveError`` in plain words (never Python's advice to raise a
    limit: a 5,000-digit number is not an export's). Lone surrogate escapes set
    ``collector.surrogates`` so that the records are cleaned (``without_surrogates``)."""
    if collector is not None and may_hold_surrogates(text):
        collector.surrogates = True
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ArchiveError(file, "bad_json", str(error)[:200]) from None
    except RecursionError:
        raise ArchiveError(file, "bad_json", "nested too deeply") from None
    except ValueError:  # "Exceeds the limit (4300 digits) for integer string conversion"
        raise ArchiveError(file, "bad_json", "a number too long to read") from None


def may_hold_surrogates(json_text: str) -> bool:
    """True when JSON text has a ``\\uD800``-``\\uDFFF`` escape: ``json.loads`` turns a lone one
    into a lone surrogate, which no file or database can store. Cheap (two substring searches),
    and wrong only on the safe side."""
    return "\\ud" in json_text or "\\uD" in json_text


def replace_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (a pair written as two escapes is
    joined into its character)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def without_surrogates(item: ImportedItem) -> ImportedItem:
    hint = item.language_hint
    return item._replace(
        external_id=replace_surrogates(item.external_id),
        text=replace_surrogates(item.text),
        link=replace_surrogates(item.link),
        target=replace_surrogates(item.target),
        language_hint=None if hint is None else replace_surrogates(hint),
    )
