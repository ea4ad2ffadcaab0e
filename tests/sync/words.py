"""English words for summaries made in tests (the command line's)."""

from app.cli.words import EnglishWords as PlainWords

__all__ = ["PlainWords"]
