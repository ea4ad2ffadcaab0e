"""The live voice check: debounced, off the GUI thread, stale results dropped.

Each keystroke restarts a short timer; when typing pauses the check runs on the task runner's
pool (not the serial database worker). A result is shown only if no newer request was made in the
meantime, so a slow check never paints flags over text that has changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.drafts.networks import Network
from app.ui.tasks import Runner

DEBOUNCE_MS = 250


@dataclass(frozen=True)
class CheckRequest:
    text: str
    network: Network
    dismissed: frozenset[tuple[str, str]]
    source: str


class LiveCheck(QObject):
    """Signals:
    checked(object, object): (CheckRequest, CheckResult) for the newest request.
    """

    checked = Signal(object, object)

    def __init__(self, tasks: Runner, options: object = None, parent: QObject | None = None):
        super().__init__(parent)
        from app.services.drafts import CheckOptions

        self._tasks = tasks
        self.options = options if isinstance(options, CheckOptions) else CheckOptions()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timeout)
        self._generation = 0
        self._request: CheckRequest | None = None

    def request(
        self,
        text: str,
        network: Network,
        dismissed: Iterable[tuple[str, str]] = (),
        source: str = "",
        *,
        now: bool = False,
    ) -> None:
        self._generation += 1
        self._request = CheckRequest(text, network, frozenset(dismissed), source)
        if now:
            self._timer.stop()
            self._on_timeout()
        else:
            self._timer.start()

    def _on_timeout(self) -> None:
        from app.services.drafts import run_check

        request = self._request
        if request is None:
            return
        generation = self._generation
        options = self.options

        def work() -> object:
            return run_check(
                request.text,
                request.network,
                options,
                dismissed=request.dismissed,
                source=request.source or None,
            )

        self._tasks.run(work, lambda result: self._on_result(generation, request, result))

    def _on_result(self, generation: int, request: CheckRequest, result: object) -> None:
        if generation != self._generation:
            return  # the text changed since: a newer check is coming
        self.checked.emit(request, result)
