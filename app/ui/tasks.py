"""Run work off the GUI thread and hand the result, or the error, back to the GUI thread.

``TaskRunner.run(fn, on_result, on_error)`` runs ``fn()`` on a thread pool; database work goes
to a one-thread pool (``serial=True``) so that writes never contend. ``SyncTaskRunner`` has the
same interface and runs everything at once, for tests (Picard's FakeThreadPool idea).

Both keep one contract (tests/ui/test_tasks.py runs it against both): the result goes to
``on_result``, an ``Exception`` to ``on_error`` (raised on the GUI thread when there is none, for
the crash handler), and a ``BaseException`` that is not an ``Exception`` (``KeyboardInterrupt``,
``SystemExit``) is never a task's error: it is raised on the GUI thread, as if ``fn`` had run
there, which is where it means something (``SystemExit`` in a slot ends the app with its code).
The worker catches everything, so that each job reports back (``busy`` returns to 0) and nothing
escapes ``QRunnable.run`` into C++.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot

from app.ui.guard import qt_override

ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class Runner(Protocol):
    def run(
        self,
        fn: Callable[[], Any],
        on_result: ResultCallback | None = None,
        on_error: ErrorCallback | None = None,
        *,
        serial: bool = False,
    ) -> None: ...

    @property
    def busy(self) -> int: ...


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], done: SignalInstance) -> None:
        super().__init__()
        self._job_id = job_id
        self._fn = fn
        self._done = done

    @qt_override(default=None)
    def run(self) -> None:
        result: Any = None
        error: BaseException | None = None
        try:
            result = self._fn()
        except BaseException as caught:  # handed to the GUI thread as it is: see _deliver
            error = caught
        try:
            self._done.emit(self._job_id, result, error)
        except RuntimeError:
            # The runner was deleted while this ran (the app is quitting): nobody is waiting.
            import logging

            logging.getLogger(__name__).info("task %s outlived its runner", self._job_id)


class TaskRunner(QObject):
    """Background work with results delivered on the GUI thread.

    Signals:
        busyChanged(int): how many tasks are running now.
    """

    busyChanged = Signal(int)
    _done = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._serial_pool = QThreadPool(self)
        self._serial_pool.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[ResultCallback | None, ErrorCallback | None]] = {}
        self._done.connect(self._on_done)

    @property
    def busy(self) -> int:
        return len(self._pending)

    def run(
        self,
        fn: Callable[[], Any],
        on_result: ResultCallback | None = None,
        on_error: ErrorCallback | None = None,
        *,
        serial: bool = False,
    ) -> None:
        job_id = next(self._ids)
        self._pending[job_id] = (on_result, on_error)
        (self._serial_pool if serial else self._pool).start(_Job(job_id, fn, self._done))
        self.busyChanged.emit(self.busy)

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for all threads to finish (used when quitting)."""
        return self._pool.waitForDone(msecs) and self._serial_pool.waitForDone(msecs)

    @Slot(int, object, object)
    def _on_done(self, job_id: int, result: Any, error: BaseException | None) -> None:
        on_result, on_error = self._pending.pop(job_id, (None, None))
        self.busyChanged.emit(self.busy)
        _deliver(result, error, on_result, on_error)


class SyncTaskRunner:
    """Runs every task at once on the calling thread: deterministic tests, same interface."""

    busy = 0

    def run(
        self,
        fn: Callable[[], Any],
        on_result: ResultCallback | None = None,
        on_error: ErrorCallback | None = None,
        *,
        serial: bool = False,
    ) -> None:
        del serial
        try:
            result = fn()
        except BaseException as error:  # as the worker does; _deliver decides where it goes
            _deliver(None, error, on_result, on_error)
        else:
            _deliver(result, None, on_result, on_error)


def _deliver(
    result: Any,
    error: BaseException | None,
    on_result: ResultCallback | None,
    on_error: ErrorCallback | None,
) -> None:
    if error is None:
        if on_result is not None:
            on_result(result)
    elif on_error is not None and isinstance(error, Exception):
        on_error(error)
    else:
        # Nobody handles it: a bug, which the crash handler shows; or KeyboardInterrupt or
        # SystemExit, which are not the task's failure but the program's to act on.
        raise error
