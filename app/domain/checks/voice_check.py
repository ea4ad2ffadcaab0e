"""The own-voice check of one draft for one network: counts, fold, flags, copy-paste guard."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain.checks.flags import Employer, Flag, FlagKind, find_flags
from app.domain.checks.messages import message
from app.domain.checks.phrases import PhraseBook
from app.domain.checks.readability import Readability, lix_of, readability
from app.domain.checks.similarity import Similarity, similarity
from app.domain.checks.spelling import (
    IGNORE_KIND,
    Misspelling,
    Speller,
    misspellings,
    normal,
    paragraph_languages,
)
from app.domain.drafts.fold import Fold, fold
from app.domain.drafts.networks import Count, Network, count
from app.domain.text import sentence_spans, word_spans
from app.domain.text.forms import WordForms
from app.domain.text.wordlists import LANGUAGES

# How the draft compares with the person's own texts (`app.domain.voice.comparison`, bound to the
# profile by the caller): given the draft and its language, a JSON-ready mapping.
ProfileCompare = Callable[[str, str | None], Mapping[str, Any]]


# Flags that do not depend on the draft's language: kept for drafts in other languages.
ANY_LANGUAGE_KINDS = frozenset(
    {FlagKind.SENSITIVE_WORD, FlagKind.MENTION_EMPLOYER, FlagKind.UNICODE_STYLING}
)


@dataclass(frozen=True)
class CheckResult:
    network: Network
    language: str | None  # given, or detected; None when the text is too short to tell
    lix: float
    sentences: int
    words: int
    count: Count
    fold: Fold | None  # LinkedIn only
    flags: tuple[Flag, ...]
    similarity: Similarity | None  # None without a source text
    profile_match: Mapping[str, Any] = field(default_factory=dict)
    # Misspelt words, where a checker for the paragraph's language is installed.
    spelling: tuple[Misspelling, ...] = ()
    # The draft's languages (fi, sv, en) whose spelling checker is not installed.
    spelling_missing: tuple[str, ...] = ()

    @property
    def readability(self) -> Readability:
        """The LIX band in words: very easy, easy, medium, hard or very hard."""
        return readability(self.lix)

    @property
    def language_checked(self) -> bool:
        """False for a draft in another language than Finnish, Swedish or English: its length
        and fold are checked, its voice is not."""
        return self.language is None or self.language in LANGUAGES

    @property
    def length(self) -> int:
        return self.count.used

    @property
    def limit(self) -> int | None:
        return self.count.limit

    @property
    def over_limit(self) -> bool:
        return self.count.over > 0

    @property
    def fold_ok(self) -> bool | None:
        """Whether the opening line shows above "…see more" on mobile and desktop (LinkedIn)."""
        if self.fold is None:
            return None
        return self.fold.opening_survives_mobile and self.fold.opening_survives_desktop

    @property
    def similarity_to_source(self) -> float | None:
        return None if self.similarity is None else self.similarity.score

    def to_json(self) -> dict[str, Any]:
        """The shape `ownvoice voice check --json` prints."""
        return {
            "language": self.language,
            "language_checked": self.language_checked,
            "lix": round(self.lix, 1),
            "sentences": self.sentences,
            "words": self.words,
            "length": self.length,
            "limit": self.limit,
            "over_limit": self.over_limit,
            "fold_ok": self.fold_ok,
            "flags": [
                {
                    "kind": f.kind.value,
                    "start": f.start,
                    "end": f.end,
                    "text": f.text,
                    "message": message(f),
                }
                for f in self.flags
            ],
            "similarity_to_source": (
                None if self.similarity_to_source is None else round(self.similarity_to_source, 3)
            ),
            "profile_match": dict(self.profile_match),
            "spelling": [m.to_json() for m in self.spelling],
        }


def check(
    text: str,
    network: Network,
    *,
    language: str | None = None,
    phrasebook: PhraseBook,
    sensitive: Iterable[str] = (),
    employer: Employer | None = None,
    dismissed: Iterable[tuple[str, str]] = frozenset(),
    source: str | None = None,
    profile: ProfileCompare | None = None,
    limit: int | None = None,
    spellers: Mapping[str, Speller] | None = None,
    known_words: Iterable[str] = (),
    suggest: bool = False,
    word_forms: Mapping[str, WordForms] | None = None,
) -> CheckResult:
    """Check ``text`` as a post on ``network``. ``limit`` overrides the network's (Mastodon).

    ``spellers`` (by language) check the spelling, never of ``known_words`` nor of the words
    dismissed as ``("spelling", word)``; ``suggest`` adds their suggestions. ``word_forms`` (by
    language) read the person and the style from the verbs (Finnish, with Voikko)."""
    dismissed = frozenset(dismissed)
    words = word_spans(text)
    sentences = sentence_spans(text)
    word_texts = [text[a:b] for a, b in words]
    lix = lix_of(word_texts, len(sentences))
    # Its patterns and CLD2 load at the first check (in the studio), not with the Today page.
    from app.domain.text.identify import identify_language

    # A draft is one text: all of its words count (an import reads only each text's opening).
    lang = language or identify_language(text, whole=True)
    flags = find_flags(
        text,
        language=lang,
        phrasebook=phrasebook,
        sensitive=sensitive,
        employer=employer,
        dismissed=dismissed,
        words=words,
        sentences=sentences,
        lix=lix,
        word_forms=(word_forms or {}).get(lang or ""),
    )
    known = {normal(w) for w in known_words}
    known |= {normal(t) for kind, t in dismissed if kind == IGNORE_KIND}
    spelling = misspellings(text, lang, spellers, known=known, suggest=suggest) if spellers else []
    missing = (
        sorted({p for _, _, p in paragraph_languages(text, lang) if p in LANGUAGES} - set(spellers))
        if spellers is not None
        else []
    )
    other = lang is not None and lang not in LANGUAGES
    if other:  # the voice rules are Finnish, Swedish and English: only the draft-wide ones apply
        flags = [f for f in flags if f.kind in ANY_LANGUAGE_KINDS]
    return CheckResult(
        network=network,
        language=lang,
        lix=lix,
        sentences=len(sentences),
        words=len(words),
        count=count(text, network, limit=limit),
        fold=fold(text) if network is Network.LINKEDIN else None,
        flags=tuple(flags),
        similarity=(
            similarity(text, source, draft_words=words) if source and source.strip() else None
        ),
        profile_match=dict(profile(text, lang)) if profile is not None and not other else {},
        spelling=tuple(spelling),
        spelling_missing=tuple(missing),
    )
