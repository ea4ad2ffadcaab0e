"""What the window does with a ``.ownvoice`` file it is asked to open (``ownvoice FILE``).

Feedback: a notice says what arrived, with a way to the recognition feed on Journey. A
progress file: coach mode, its folder as the cohort, and the person in the file shown. A file
that cannot be accepted: a notice with its one-line reason.

On macOS the Finder does not put the file on the command line: it sends an event to the running
app (``QFileOpenEvent``), which ``FileOpenEvents`` hands to the same place.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

from app.ui.context import AppContext
from app.ui.exchange.opening import FileOpener
from app.ui.guard import qt_override
from app.ui.pages import registry
from app.ui.pages.base import Page
from app.ui.shell.notices import INFO, NoticeAction, NoticeArea

OPENED_NOTICE = "opened"


class MainWindow(Protocol):
    """What of the main window this needs (the window imports this module, not the reverse)."""

    ctx: AppContext
    notices: NoticeArea

    def follow(self, page_id: str) -> None: ...

    def current_page(self) -> Page: ...

    def after_content(self, callback: Callable[[], None]) -> None: ...

    def open_file(self, path: Path) -> None: ...


def open_file(window: MainWindow, path: Path) -> None:
    opener = FileOpener(window.ctx, window.notices)  # lives as long as the window
    opener.imported.connect(lambda text: _show_feedback(window, text))
    opener.progressFile.connect(lambda file, person: _open_progress(window, file, person))
    opener.refused.connect(lambda text: window.notices.show_notice(OPENED_NOTICE, text))
    opener.open(path)


def _show_feedback(window: MainWindow, text: str) -> None:
    show = QCoreApplication.translate("MainWindow", "Show the recognition feed")
    window.notices.show_notice(
        OPENED_NOTICE,
        text,
        kind=INFO,
        actions=[NoticeAction(show, lambda: window.follow("journey"), closes=True)],
    )


def _open_progress(window: MainWindow, path: Path, person_id: str) -> None:
    from app.ui.pages.cohort import CohortPage

    window.notices.hide_notice(OPENED_NOTICE)
    window.follow(registry.COHORT.id)  # coach mode, as "I coach others" opens it
    page = window.current_page()
    assert isinstance(page, CohortPage)
    page.open_file(path, person_id)


class FileOpenEvents(QObject):
    """Installed on the application: a file the system asks OwnVoice to open (the macOS
    Finder, a document dragged onto the Dock icon) opens in ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.notices)
        self.window = window

    @qt_override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            file = event.file()
            if file:
                self.window.after_content(lambda: self.window.open_file(Path(file)))
                return True
        return False
