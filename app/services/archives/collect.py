"""Builds a ParseResult: de-duplication, skip counts, progress and cancel checks in one place."""

from __future__ import annotations

from collections import Counter
from operator import attrgetter
from typing import TYPE_CHECKING

from app.services.archives.model import (
    SKIP_REASONS,
    ImportCancelled,
    ImportedItem,
    ImportSource,
    ParseResult,
    ProfileFacts,
    Skip,
)

if TYPE_CHECKING:
    from app.services.archives.model import Cancelled, Progress

# Report and look at the Cancel button every this many records: often enough for a smooth bar
# and a prompt cancel, rarely enough to cost nothing measurable.
TICK_EVERY = 256


class Collector:
    def __init__(
        self, source: ImportSource, progress: Progress | None, cancelled: Cancelled | None
    ) -> None:
        self.source = source
        self._progress = progress
        self._cancelled = cancelled
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

    def add(self, item: ImportedItem, file: str) -> None:
        if item.external_id in self._items:
            self.skip("duplicate", file)
        else:
            self._items[item.external_id] = item

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
