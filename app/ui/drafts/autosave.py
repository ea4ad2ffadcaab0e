"""Autosave: every change goes to the write-ahead journal at once, to the database when typing
pauses (``SAVE_AFTER_MS``); the journal entry is dropped once the database holds that text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.drafts.networks import Network
from app.storage.drafts.journal import DraftJournal
from app.ui.context import AppContext
from app.ui.drafts.access import write_drafts

if TYPE_CHECKING:
    from app.services.drafts import DraftsWriter

SAVE_AFTER_MS = 500


class Autosaver(QObject):
    """Signals:
    saved(int, object): (draft id, network) now in the database.
    """

    saved = Signal(int, object)

    def __init__(self, ctx: AppContext, journal: DraftJournal, parent: QObject | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.journal = journal
        self._pending: dict[tuple[int, Network], str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def changed(self, draft_id: int, network: Network, text: str) -> None:
        # Write-ahead first: this survives the process dying from this line on.
        self.journal.write(draft_id, network, text, self._ctx.clock.local_now())
        self._pending[(draft_id, network)] = text
        self._timer.start()

    def flush(self) -> None:
        """Save what is pending now (typing paused, another draft opened, the page hidden)."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        for (draft_id, network), text in pending.items():
            self._save(draft_id, network, text)

    def _save(self, draft_id: int, network: Network, text: str) -> None:
        journal = self.journal

        def save(writer: DraftsWriter) -> None:
            # On the store's worker: fsync can take a tenth of a second on a busy disk, and the
            # window kept still for it each time typing paused.
            journal.sync(draft_id, network)
            writer.save_text(draft_id, network, text)

        def done(_: object) -> None:
            journal.clear(draft_id, network, text)
            self.saved.emit(draft_id, network)

        write_drafts(self._ctx, save, done, announce=False)
