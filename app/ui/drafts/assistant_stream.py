"""One streamed answer of the writing assistant, read on its own QThread.

The network wait never touches the GUI thread: pieces of text arrive as ``chunk`` signals,
gathered so that the panel repaints at most every ``THROTTLE_S`` however small the server's
pieces are. ``cancel()`` returns at once; the thread then stops reading (the client wakes it
even from a stalled server) and nothing more is emitted.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QThread, Signal

from app.domain.assistant.protocol import AssistantError, Failure, Message
from app.services.assistant.client import DEFAULT_TIMEOUTS, ChatStream, Timeouts
from app.services.assistant.config import AssistantConfig
from app.ui.guard import qt_override

THROTTLE_S = 0.05


class StreamJob(QThread):
    """Signals:
    chunk(str): more of the answer (several of the server's pieces at once).
    succeeded(str): the whole answer, once it ended as it should.
    failed(object): the ``AssistantError`` that ended it.
    """

    chunk = Signal(str)
    succeeded = Signal(str)
    failed = Signal(object)

    def __init__(
        self,
        config: AssistantConfig,
        messages: Sequence[Message],
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
        parent: QThread | None = None,
    ) -> None:
        super().__init__(parent)
        self._stream = ChatStream(config, messages, timeouts)

    def cancel(self) -> None:
        self._stream.cancel()

    @property
    def cancelled(self) -> bool:
        return self._stream.cancelled

    @qt_override(default=None)
    def run(self) -> None:
        whole: list[str] = []
        pending: list[str] = []
        last = time.monotonic()
        try:
            for piece in self._stream:
                whole.append(piece)
                pending.append(piece)
                now = time.monotonic()
                if now - last >= THROTTLE_S:
                    self.chunk.emit("".join(pending))
                    pending.clear()
                    last = now
        except AssistantError as error:
            if pending and not self.cancelled:
                self.chunk.emit("".join(pending))
            if not self.cancelled:
                self.failed.emit(error)
            return
        except Exception as error:  # a bug or something unforeseen: still one plain line
            import logging

            logging.getLogger(__name__).exception("assistant stream failed")
            if not self.cancelled:
                self.failed.emit(AssistantError(Failure.BROKEN_STREAM, str(error)))
            return
        if self.cancelled:
            return
        if pending:
            self.chunk.emit("".join(pending))
        self.succeeded.emit("".join(whole))
