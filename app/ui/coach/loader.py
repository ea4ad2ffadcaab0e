"""Reading a folder of progress files off the GUI thread, with progress and Cancel.

The worker reads and checks every file and makes the table's rows (sorted and worded); the
window hears progress at most every 100 ms (each report is a slot call on the GUI thread) and
gets the cohort whole.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.services.exchange.cohort import Cohort, CohortSummary, PersonRow, load_cohort, summarize
from app.services.exchange.cohort_report import rows_of
from app.ui.coach.cohort_model import Order, Prepared, prepare
from app.ui.context import AppContext

REPORT_EVERY = 0.1  # seconds


@dataclass(frozen=True)
class Loaded:
    folder: Path
    cohort: Cohort
    rows: list[PersonRow]
    summary: CohortSummary
    table: Prepared  # the rows sorted and worded for the table


class CohortLoader(QObject):
    """Signals:
    progress(int, int): files read so far, files in all.
    loaded(object): the ``Loaded`` cohort.
    failed(object): the error (the folder could not be listed); a cancel says nothing.
    """

    progress = Signal(int, int)
    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._cancel = threading.Event()
        self.running = False

    def load(self, folder: Path, today: date, order: Order | None = None) -> None:
        """Read ``folder``; a load still running is cancelled (the newest asked for wins). The
        table's rows come sorted in ``order``."""
        self._cancel.set()
        self._cancel = cancel = threading.Event()
        self.running = True
        last = [0.0]

        def report(done: int, total: int) -> None:
            now = time.monotonic()
            if now - last[0] >= REPORT_EVERY or done == total:
                last[0] = now
                self.progress.emit(done, total)  # queued to the GUI thread

        def work() -> Loaded | None:
            from app.services.exchange.cohort import LoadCancelledError

            try:
                cohort = load_cohort(folder, report, cancel.is_set)
                rows = rows_of(cohort, today)
                table = prepare(rows, order)
                return Loaded(folder, cohort, rows, summarize(rows), table)
            except LoadCancelledError:
                return None

        self.ctx.tasks.run(
            work,
            lambda result: self._on_done(result) if cancel is self._cancel else None,
            lambda error: self._on_error(error) if cancel is self._cancel else None,
        )

    def cancel(self) -> None:
        self._cancel.set()

    def _on_done(self, result: Loaded | None) -> None:
        self.running = False
        if result is not None:
            self.loaded.emit(result)

    def _on_error(self, error: BaseException) -> None:
        self.running = False
        if not isinstance(error, OSError):
            raise error
        self.failed.emit(error)


def let_go(box: list[object]) -> None:
    """Free an earlier cohort a person at a time, on a worker.

    ``box`` holds the earlier ``Loaded`` and the lists of rows the table had, and nothing else
    refers to them. Freed all at once, a thousand people's files are 15–20 ms in which no other
    thread runs Python, the window's included; one person at a time, the window runs between.
    """
    people: list[object] = []
    while box:
        item = box.pop()
        if isinstance(item, Loaded):
            people.extend(item.cohort.members)
            people.extend(item.rows)
        elif isinstance(item, list):
            people.extend(item)
            item.clear()
        del item  # the containers go; the people stay, held here
    while people:
        people.pop()
