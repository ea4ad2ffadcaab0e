"""The voice check as a use case: the options the person set, their profiles, the phrase book.

The rules are in app/domain/checks/; this module gives them what they need from settings,
resources and the stored voice profiles.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.domain.checks.flags import Employer
from app.domain.checks.spelling import Speller
from app.domain.checks.voice_check import CheckResult, ProfileCompare, check
from app.domain.drafts.networks import Network
from app.domain.text.forms import WordForms

if TYPE_CHECKING:
    from app.domain.voice.model import VoiceProfile
    from app.services.settings import SettingsService


def profile_compare(profiles: Mapping[str, VoiceProfile]) -> ProfileCompare:
    """Adapt ``voice.compare`` to what ``voice_check.check`` expects: for the draft's language,
    each measure with the person's typical range and whether the draft is within, below or
    above it. Empty when there is no profile in that language."""
    from app.domain.voice import compare

    def adapter(text: str, language: str | None) -> Mapping[str, Any]:
        profile = profiles.get(language or "")
        if profile is None:
            return {}
        return {
            d.kind: {
                "value": round(d.value, 2),
                "low": round(d.low, 2),
                "high": round(d.high, 2),
                "typical": round(d.typical, 2),
                "direction": d.direction,
            }
            for d in compare(text, profile)
        }

    return adapter


@dataclass(frozen=True)
class CheckOptions:
    """What the check needs besides the text; the phrase book is loaded once and kept."""

    sensitive: tuple[str, ...] = ()
    employer: Employer | None = None
    profiles: Mapping[str, VoiceProfile] | None = None
    language: str | None = None  # None: detect
    # Spelling and word forms, where the libraries are installed (app/services/language_tools).
    language_tools: bool = True
    my_words: frozenset[str] = frozenset()  # the person's own words, never misspelt


def known_words(options: CheckOptions) -> set[str]:
    """Words never marked as misspelt: the person's list and the words of their topics."""
    known = set(options.my_words)
    for profile in (options.profiles or {}).values():
        for topic in profile.topics:
            known.update(topic.term.split())
    return known


def options_from_settings(
    settings: SettingsService, profiles: Mapping[str, VoiceProfile] | None = None
) -> CheckOptions:
    """What the person set under Settings → Writing checks, with their voice profiles."""
    from app.domain import settings as decl
    from app.domain.checks.flags import Employer

    employer_name = settings.get_str(decl.EMPLOYER).strip()
    employer = (
        Employer(employer_name, keywords=decl.word_list(settings.get_str(decl.EMPLOYER_BUSINESS)))
        if employer_name
        else None
    )
    return CheckOptions(
        sensitive=decl.word_list(settings.get_str(decl.SENSITIVE_WORDS)),
        employer=employer,
        profiles=profiles,
    )


def run_check(
    text: str,
    network: Network,
    options: CheckOptions = CheckOptions(),
    *,
    dismissed: Iterable[tuple[str, str]] = frozenset(),
    source: str | None = None,
    suggest: bool = False,
) -> CheckResult:
    """The check of ``text``, with spelling (``suggest``: and suggestions) and word forms where
    the libraries are installed."""
    from app.services.drafts.phrasebook import load_phrasebook

    spellers: dict[str, Speller] | None = None
    forms: dict[str, WordForms] = {}
    if options.language_tools:
        from app.services import language_tools

        spellers = dict(language_tools.spellers())
        analyser = language_tools.analyser("fi")
        if analyser is not None:
            forms["fi"] = analyser.analyse
    return check(
        text,
        network,
        language=options.language,
        phrasebook=load_phrasebook(),
        sensitive=options.sensitive,
        employer=options.employer,
        dismissed=dismissed,
        source=source,
        profile=profile_compare(options.profiles) if options.profiles else None,
        spellers=spellers,
        known_words=known_words(options),
        suggest=suggest,
        word_forms=forms,
    )


def warm_up() -> None:
    """Load the phrase book and compile its pattern groups (~50–100 ms): call off the GUI
    thread after the first frame, so the first live check is as quick as the rest."""
    from app.services.bulk import collector_paused

    with collector_paused():  # and what it loads kept out of later full collections
        for sample in (
            "We are proud to announce this. What do you think?",
            "Olemme ylpeitä voidessamme kertoa. Mitä mieltä olet?",
            "Vi är stolta över att meddela. Vad tycker du?",
        ):
            run_check(sample * 4, Network.LINKEDIN)
