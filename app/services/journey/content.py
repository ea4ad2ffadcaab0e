"""Lessons and onboarding texts from ``resources/``, parsed once per language and then kept.

Files are ``resources/lessons/lessons_<language>.json`` and
``resources/onboarding/onboarding_<language>.json``. A language without its file (or one OwnVoice
does not speak) gets the English content; ``Course.language`` and ``OnboardingContent.language``
say which language was actually loaded. A malformed file raises ``ContentError`` naming it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from app.domain.i18n import DEFAULT_LANGUAGE, LANGUAGES
from app.domain.journey.content import (
    DEFAULT_RULES,
    ContentError,
    Course,
    Lesson,
    OnboardingContent,
    parse_course,
    parse_onboarding,
)
from app.domain.journey.ladder import LadderRules
from app.storage.paths import resources_dir

_log = logging.getLogger(__name__)
_T = TypeVar("_T")


def load_lessons(language: str, rules: LadderRules = DEFAULT_RULES) -> list[Lesson]:
    """The lessons in ``language`` (or English), in file order."""
    return list(load_course(language, rules).lessons)


def load_course(language: str, rules: LadderRules = DEFAULT_RULES) -> Course:
    """The steps of the method and all lessons in ``language`` (or English)."""
    return _course(language, rules)


def load_onboarding(language: str, rules: LadderRules = DEFAULT_RULES) -> OnboardingContent:
    """The onboarding wizard's texts in ``language`` (or English)."""
    return _onboarding(language, rules)


def clear_cache() -> None:
    """Forget what was loaded, so the next call reads the files again."""
    _course.cache_clear()
    _onboarding.cache_clear()


# Always called with both arguments, so that one language and one set of rules is one entry.
@lru_cache(maxsize=8)
def _course(language: str, rules: LadderRules) -> Course:
    return _load("lessons", language, lambda text, found: parse_course(text, found, rules=rules))


@lru_cache(maxsize=8)
def _onboarding(language: str, rules: LadderRules) -> OnboardingContent:
    return _load(
        "onboarding", language, lambda text, found: parse_onboarding(text, found, rules=rules)
    )


def _load(kind: str, language: str, parse: Callable[[str, str], _T]) -> _T:
    path, found = _find(kind, language)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ContentError(f"cannot read {path}: {error}") from error
    try:
        return parse(text, found)
    except ContentError as error:
        raise ContentError(f"{path}: {error}") from error


def _find(kind: str, language: str) -> tuple[Path, str]:
    """The file to read, and its language: ``language`` if it has a file, else English."""
    folder = resources_dir() / kind
    wanted = language if language in LANGUAGES else DEFAULT_LANGUAGE
    for code in dict.fromkeys((wanted, DEFAULT_LANGUAGE)):
        path = folder / f"{kind}_{code}.json"
        if path.is_file():
            return path, code
        _log.warning("no %s file for %s at %s", kind, code, path)
    raise ContentError(f"no {kind} file for {DEFAULT_LANGUAGE} in {folder}")
