"""Progress as a use case: the numbers of the Progress page read from the store.

The public face of the package: ``ProgressReader`` (reader.py). Beside it, ``posts``: the
published posts, from the drafting studio and from imported archives.
"""

from app.services.progress.reader import ProgressReader

__all__ = ["ProgressReader"]
