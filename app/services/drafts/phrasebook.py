"""Phrase lists and starters from ``resources/``, read once and kept."""

# ``resources/phrases/cliches_<lang>.json`` and ``invitations_<lang>.json`` make one phrase book
# for all of OwnVoice's languages (a post in one language may borrow another's clichés).
# ``resources/starters/starters_<lang>.json`` holds the starters; a language without its file
# gets the English ones. A malformed file raises the domain's error, naming the file.

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from app.domain.checks.phrases import PhraseBook, PhraseBookError, parse_phrasebook
from app.domain.drafts.starters import Starter, StarterError, parse_starters
from app.domain.i18n import DEFAULT_LANGUAGE, LANGUAGES
from app.storage.paths import resources_dir

PHRASE_FILES = ("cliches", "invitations")


def read_phrasebook(folder: Path, languages: tuple[str, ...] = tuple(LANGUAGES)) -> PhraseBook:
    """Every phrase file of ``languages`` in ``folder``; a missing file adds nothing."""
    book = PhraseBook()
    for language in languages:
        for name in PHRASE_FILES:
            path = folder / f"{name}_{language}.json"
            if not path.is_file():
                continue
            try:
                book |= parse_phrasebook(path.read_text(encoding="utf-8"))
            except PhraseBookError as error:
                raise PhraseBookError(f"{path}: {error}") from error
    return book


@lru_cache(maxsize=1)
def load_phrasebook() -> PhraseBook:
    """The phrase book shipped with the app, all languages."""
    return read_phrasebook(resources_dir() / "phrases")


def read_starters(folder: Path, language: str) -> tuple[Starter, ...]:
    """The starters in ``language``, or English when there is no file for it."""
    path = folder / f"starters_{language}.json"
    if not path.is_file():
        path = folder / f"starters_{DEFAULT_LANGUAGE}.json"
    try:
        return parse_starters(path.read_text(encoding="utf-8"))
    except StarterError as error:
        raise StarterError(f"{path}: {error}") from error


@lru_cache(maxsize=8)
def load_starters(language: str) -> tuple[Starter, ...]:
    """The starters shipped with the app in ``language`` (or English)."""
    return read_starters(resources_dir() / "starters", language)
