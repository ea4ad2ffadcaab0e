"""Background work hands results and errors back to the GUI thread.

One contract, run against both runners (``TaskRunner`` on its threads, ``SyncTaskRunner`` at
once): the result to ``on_result``; an ``Exception`` to ``on_error``, or raised on the GUI thread
when there is none; ``KeyboardInterrupt`` and ``SystemExit`` never to ``on_error``, but raised on
the GUI thread as if the work had run there; and every task reports back (``busy`` returns to 0).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from app.ui.tasks import Runner, SyncTaskRunner, TaskRunner

ROOT = Path(__file__).resolve().parents[2]


class Contract:
    """Runs one task on the runner under test and waits until it has reported back; collects
    what was raised on the GUI thread (the crash handler's share)."""

    def __init__(self, runner: Runner, qtbot: QtBot) -> None:
        self.runner, self.qtbot = runner, qtbot
        self.raised: list[BaseException] = []

    def run(
        self,
        fn: Callable[[], Any],
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        serial: bool = False,
    ) -> None:
        if isinstance(self.runner, TaskRunner):
            idle = self.qtbot.waitSignal(self.runner.busyChanged, check_params_cb=lambda n: n == 0)
            with self.qtbot.captureExceptions() as caught, idle:  # caught: what a slot raised
                self.runner.run(fn, on_result, on_error, serial=serial)
            self.raised += [error for _, error, _ in caught]
        else:
            try:
                self.runner.run(fn, on_result, on_error, serial=serial)
            except BaseException as error:  # the contract is about these too
                self.raised.append(error)
        assert self.runner.busy == 0


@pytest.fixture(params=["TaskRunner", "SyncTaskRunner"])
def contract(request: pytest.FixtureRequest, qtbot: QtBot, qapp: object) -> Any:
    runner: Runner = TaskRunner() if request.param == "TaskRunner" else SyncTaskRunner()
    yield Contract(runner, qtbot)
    if isinstance(runner, TaskRunner):
        runner.wait()


def test_the_result_arrives_on_the_gui_thread(contract: Contract, qapp: object) -> None:
    seen: dict[str, object] = {}
    contract.run(lambda: 42, lambda value: seen.update(value=value, thread=QThread.currentThread()))
    assert seen == {"value": 42, "thread": qapp.thread()}  # type: ignore[attr-defined]
    assert contract.raised == []


@pytest.mark.parametrize("serial", [False, True])
def test_an_error_goes_to_the_error_callback(contract: Contract, serial: bool) -> None:
    results: list[object] = []
    errors: list[BaseException] = []
    contract.run(lambda: 1 / 0, results.append, errors.append, serial=serial)
    assert results == [] and [type(e) for e in errors] == [ZeroDivisionError]
    assert contract.raised == []


def test_an_error_nobody_handles_is_raised_on_the_gui_thread(contract: Contract) -> None:
    results: list[object] = []
    contract.run(lambda: 1 / 0, results.append)
    assert results == [] and [type(e) for e in contract.raised] == [ZeroDivisionError]


def test_keyboard_interrupt_is_not_a_task_error(contract: Contract) -> None:
    """Not the task's failure but the program's to act on: raised on the GUI thread (where
    Python delivers a real Ctrl+C), never handed to ``on_error`` as if the work had failed."""

    def interrupted() -> None:
        raise KeyboardInterrupt

    results: list[object] = []
    errors: list[BaseException] = []
    contract.run(interrupted, results.append, errors.append)
    assert results == [] and errors == []
    assert [type(e) for e in contract.raised] == [KeyboardInterrupt]


def test_the_work_runs_on_a_worker_thread_only_in_the_task_runner(qtbot: QtBot) -> None:
    runner = TaskRunner()
    threads: list[int] = []
    with qtbot.waitSignal(runner.busyChanged, check_params_cb=lambda n: n == 0):
        runner.run(lambda: threads.append(threading.get_ident()))
    SyncTaskRunner().run(lambda: threads.append(threading.get_ident()))
    assert threads[0] != threading.get_ident() and threads[1] == threading.get_ident()
    runner.wait()


def test_serial_tasks_run_in_order(qtbot: QtBot, qapp: object) -> None:
    runner = TaskRunner()
    order: list[int] = []
    for i in range(5):
        runner.run(lambda i=i: i, order.append, serial=True)
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == [0, 1, 2, 3, 4]
    runner.wait()


SYS_EXIT = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from app.ui.tasks import SyncTaskRunner, TaskRunner

app = QCoreApplication([])
errors = []
if sys.argv[1] == "TaskRunner":
    runner = TaskRunner()
    QTimer.singleShot(0, lambda: runner.run(lambda: sys.exit(3), print, errors.append))
    QTimer.singleShot(5000, lambda: app.exit(1))  # never: SystemExit ends the app first
    app.exec()
else:
    SyncTaskRunner().run(lambda: sys.exit(3), print, errors.append)
print("still running", errors)
"""


@pytest.mark.slow
@pytest.mark.parametrize("runner", ["TaskRunner", "SyncTaskRunner"])
def test_system_exit_in_a_task_ends_the_app_with_its_code(runner: str) -> None:
    """As ``sys.exit(3)`` on the GUI thread would: on a worker thread it would silently end
    only that thread, or reach ``on_error`` as if the work had failed."""
    done = subprocess.run(
        [sys.executable, "-c", SYS_EXIT, runner],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert (done.returncode, done.stdout) == (3, ""), done.stderr
