"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, a collection runs on whichever thread happens to allocate: a worker reading a
folder can then be the thread that frees a widget or a timer caught in a reference cycle, and Qt
objects must be destroyed on their own thread ("Timers cannot be stopped from another thread",
at worst a crash). So the window turns automatic collection off and collects itself, from a
timer on its own thread, by the same rule Python uses (a generation is collected when the
allocations since its last collection pass its threshold). The recipe is the one PyQt and
PySide applications such as qutebrowser use.

Bulk work (``app.services.bulk``) still pauses collecting and freezes what it leaves alive; the
timer leaves a collection to the next tick while such a block runs.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from app.services.bulk import bulk_running

INTERVAL_MS = 500


class GuiCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.collections = [0, 0, 0]  # by generation, for tests and benches
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        if bulk_running():
            return
        counts, limits = gc.get_count(), self.thresholds
        if counts[0] <= limits[0]:
            return
        generation = 0
        if counts[1] > limits[1]:
            generation = 2 if counts[2] > limits[2] else 1
        gc.collect(generation)
        self.collections[generation] += 1

    def stop(self) -> None:
        """Back to automatic collection (the window is closing)."""
        self._timer.stop()
        gc.enable()
