"""urllib3's ``Retry`` with a server's ``Retry-After`` capped: honoured up to a short wait,
never the hours a server may ask for (urllib3 itself waits up to six), and a header that is
not a number or a date counts as absent. Imported on the first sync, never at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from urllib3.exceptions import InvalidHeader
from urllib3.util.retry import Retry

if TYPE_CHECKING:
    from urllib3.response import BaseHTTPResponse

MAX_RETRY_AFTER = 10.0  # seconds: longer than that, the outbox's own pause takes over


class CappedRetry(Retry):
    def get_retry_after(self, response: BaseHTTPResponse) -> float | None:
        try:
            seconds = super().get_retry_after(response)
        except InvalidHeader:  # "Retry-After: soon": the usual backoff instead
            return None
        return None if seconds is None else min(seconds, MAX_RETRY_AFTER)
