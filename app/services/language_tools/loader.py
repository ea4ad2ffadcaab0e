"""Opening the analysers: tests hide a library by replacing these two functions."""

from __future__ import annotations

from app.services.language_tools.hunspell import open_hunspell
from app.services.language_tools.voikko import Voikko, open_voikko


def open_speller(language: str) -> object | None:
    """The spelling checker for ``language`` (Voikko for Finnish, else Hunspell), or None."""
    if language == "fi":
        return open_voikko(language)
    return open_hunspell(language)


def open_analyser(language: str) -> Voikko | None:
    """Word forms for ``language`` (Finnish only: Voikko), or None."""
    return open_voikko(language)
