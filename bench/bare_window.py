"""The floor for start-up: a bare PySide6 QMainWindow, shown, painted once, then closed.

Prints ``first-frame <time.monotonic()>`` after its first frame (the first UpdateRequest of
the top-level window has been handled), exactly as the app's probe does.
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.UpdateRequest:
            self.done = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"first-frame {time.monotonic():.6f}", flush=True)
        QApplication.quit()


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 720)
probe = _FirstPaint()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
