"""Flags on a draft that point at the words: clichés, no personal angle, sensitive words, …"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Final

from app.domain.checks.language import (
    DEFAULT_LONG_SENTENCE_WORDS,
    LONG_SENTENCE_WORDS,
    MIN_WE_FOR_COMPANY_VOICE,
    MIN_WORDS_INVITATION,
    MIN_WORDS_PERSONAL,
)
from app.domain.checks.phrases import PhraseBook, PhraseKind, term_regex
from app.domain.checks.readability import MIN_WORDS_READABILITY, VERY_HARD_LIX, lix_of
from app.domain.checks.styling import styled_runs
from app.domain.checks.wording import style_findings
from app.domain.text import sentence_spans, word_spans
from app.domain.text.forms import WordForms, says_i, says_we
from app.domain.text.links import Span, inside, url_spans
from app.domain.text.person import Voice, voice_of


class FlagKind(StrEnum):
    CLICHE = "cliche"
    ADVOCACY_BOILERPLATE = "advocacy_boilerplate"
    NO_PERSONAL_ANGLE = "no_personal_angle"
    COMPANY_VOICE = "company_voice"
    HARD_TO_READ = "hard_to_read"
    NO_INVITATION = "no_invitation"
    LONG_SENTENCE = "long_sentence"
    SENSITIVE_WORD = "sensitive_word"
    MENTION_EMPLOYER = "mention_employer"
    UNICODE_STYLING = "unicode_styling"
    PASSIVE_HEAVY = "passive_heavy"
    NOMINAL_STYLE = "nominal_style"


# Flags about the draft as a whole: they still point somewhere (the opening sentence, the last
# one, the first word about the employer's business), but dismissing one dismisses the kind for
# the draft, so it does not come back with every edit of that sentence.
WHOLE_DRAFT_KINDS: Final = frozenset(
    {
        FlagKind.NO_PERSONAL_ANGLE,
        FlagKind.COMPANY_VOICE,
        FlagKind.HARD_TO_READ,
        FlagKind.NO_INVITATION,
        FlagKind.MENTION_EMPLOYER,
        FlagKind.PASSIVE_HEAVY,
        FlagKind.NOMINAL_STYLE,
    }
)


def flag_key(kind: FlagKind) -> str:
    """The stable key the UI translates (and `messages.py` holds the English text for)."""
    return f"voice.flag.{kind.value}"


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    start: int
    end: int
    text: str  # exactly text[start:end] of the checked draft
    key: str
    params: Mapping[str, str | int] = field(default_factory=dict, hash=False)
    # Where else the finding shows, for marking the text: each "we" of a company voice, each
    # very hard sentence. Empty for most kinds: the flag's own words are the mark.
    marks: tuple[Span, ...] = field(default=(), hash=False)

    @property
    def dismiss_key(self) -> tuple[str, str]:
        """What to keep when the person dismisses this flag for the draft."""
        if self.kind in WHOLE_DRAFT_KINDS:
            return (self.kind.value, "")
        return (self.kind.value, normalize_for_dismissal(self.text))


def normalize_for_dismissal(text: str) -> str:
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class Employer:
    """The person's employer: its names, and words for its business (products, services)."""

    name: str
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()


def find_flags(
    text: str,
    *,
    language: str | None,
    phrasebook: PhraseBook,
    sensitive: Iterable[str] = (),
    employer: Employer | None = None,
    dismissed: Iterable[tuple[str, str]] = frozenset(),
    words: Sequence[Span] | None = None,
    sentences: Sequence[Span] | None = None,
    lix: float | None = None,
    word_forms: WordForms | None = None,
) -> list[Flag]:
    """Every flag on ``text``, by position; dismissed ones left out.

    ``words`` and ``sentences`` (from `app.domain.text`) and the text's ``lix`` may be passed
    when already computed. ``word_forms`` (an analyser of the text's language: Voikko for
    Finnish) adds the person read from each verb to the word rules, and the style flags.
    Nothing is ever flagged inside a link, except sensitive words: a customer's name in a link
    leaks as surely as in a sentence.
    """
    words = word_spans(text) if words is None else words
    sentences = sentence_spans(text) if sentences is None else sentences
    links = url_spans(text)
    flags: list[Flag] = []
    for kind, phrase_kind in (
        (FlagKind.CLICHE, PhraseKind.CLICHE),
        (FlagKind.ADVOCACY_BOILERPLATE, PhraseKind.ADVOCACY),
    ):
        for match in phrasebook.find(phrase_kind, text):
            if not inside(links, match.start, match.end):
                params = {"phrase": match.phrase.pattern, "language": match.phrase.language}
                flags.append(_flag(kind, text, match.start, match.end, params))
    word_texts = _words_of(text, words)
    flags += _person(text, language, words, word_texts, sentences, word_forms)
    for found in style_findings(
        text, language, words, word_texts, len(sentences), word_forms, links
    ):
        start, end = found.marks[0]
        flags.append(_flag(FlagKind(found.kind), text, start, end, found.params, found.marks))
    flags += _invitation(text, phrasebook, words, sentences, links)
    flags += _long_sentences(text, language, words, sentences)
    flags += _hard_to_read(text, words, word_texts, sentences, lix)
    flags += _sensitive(text, sensitive)
    if employer is not None:
        flags += _employer(text, employer, links)
    for run in styled_runs(text):
        flags.append(
            _flag(FlagKind.UNICODE_STYLING, text, run.start, run.end, {"plain": run.plain})
        )
    hidden = {(str(kind), normalize_for_dismissal(t)) for kind, t in dismissed}
    # A whole-draft kind is dismissed by any entry of its kind, whatever text came with it.
    hidden |= {(kind, "") for kind, _ in hidden if kind in WHOLE_DRAFT_KINDS}
    flags = [f for f in flags if f.dismiss_key not in hidden]
    flags.sort(key=lambda f: (f.start, f.end, f.kind.value))
    return flags


def _flag(
    kind: FlagKind,
    text: str,
    start: int,
    end: int,
    params: Mapping[str, str | int] | None = None,
    marks: Sequence[Span] = (),
) -> Flag:
    return Flag(kind, start, end, text[start:end], flag_key(kind), dict(params or {}), tuple(marks))


def _words_of(text: str, words: Sequence[Span]) -> list[str]:
    return [text[a:b] for a, b in words]


def _person(
    text: str,
    language: str | None,
    words: Sequence[Span],
    word_texts: Sequence[str],
    sentences: Sequence[Span],
    word_forms: WordForms | None = None,
) -> list[Flag]:
    """No "I" at all: the company's "we" (two or more, at any length), or no person (30+ words).

    Without a language we cannot tell "me" (Finnish "we") from "me" (English "I"): no flag."""
    if language is None or not sentences:
        return []
    voice = voice_of(word_texts, language)
    if word_forms is not None:
        voice = _with_verbs(voice, word_texts, word_forms)
    if voice.singular:
        return []
    if len(voice.plural) >= MIN_WE_FOR_COMPANY_VOICE:
        marks = [words[i] for i in voice.plural]
        start, end = marks[0]
        return [_flag(FlagKind.COMPANY_VOICE, text, start, end, {}, marks)]
    if len(words) < MIN_WORDS_PERSONAL:
        return []
    start, end = sentences[0]  # the opening is where a personal angle belongs
    return [_flag(FlagKind.NO_PERSONAL_ANGLE, text, start, end)]


def _with_verbs(voice: Voice, word_texts: Sequence[str], word_forms: WordForms) -> Voice:
    """The word rules' voice, with each verb the analyser reads in the first person: "kirjoitin"
    and "tajusin" say "I", "kehitimme" says "we", whatever the word lists know."""
    singular, plural = set(voice.singular), set(voice.plural)
    for index, word in enumerate(word_texts):
        if index in singular:
            continue
        forms = word_forms(word)
        if says_i(forms):
            singular.add(index)
            plural.discard(index)
        elif says_we(forms):
            plural.add(index)
    return Voice(tuple(sorted(singular)), tuple(sorted(plural)))


def _hard_to_read(
    text: str,
    words: Sequence[Span],
    word_texts: Sequence[str],
    sentences: Sequence[Span],
    lix: float | None,
) -> list[Flag]:
    """LIX above 60 (very hard), pointing at the sentences that are very hard on their own."""
    if len(words) < MIN_WORDS_READABILITY or not sentences:
        return []
    value = lix_of(word_texts, len(sentences)) if lix is None else lix
    if value <= VERY_HARD_LIX:
        return []
    starts = [a for a, _ in words]
    hard = []
    for start, end in sentences:
        first, last = bisect_left(starts, start), bisect_left(starts, end)
        if lix_of(word_texts[first:last], 1) > VERY_HARD_LIX:
            hard.append((start, end))
    start, end = hard[0] if hard else sentences[0]
    return [_flag(FlagKind.HARD_TO_READ, text, start, end, {"lix": round(value)}, hard)]


def _invitation(
    text: str,
    phrasebook: PhraseBook,
    words: Sequence[Span],
    sentences: Sequence[Span],
    links: list[Span],
) -> list[Flag]:
    if len(words) < MIN_WORDS_INVITATION or not sentences:
        return []
    # A question mark outside links is a question in any of our languages; other cues ("kerro
    # kommenteissa", "berätta gärna") come from the lists of every language (posts mix them).
    for question in re.finditer(r"[?？¿]", text):
        if not inside(links, question.start(), question.end()):
            return []
    if any(not inside(links, m.start, m.end) for m in phrasebook.find(PhraseKind.INVITATION, text)):
        return []
    start, end = sentences[-1]  # the close is where an invitation belongs
    return [_flag(FlagKind.NO_INVITATION, text, start, end)]


def _long_sentences(
    text: str, language: str | None, words: Sequence[Span], sentences: Sequence[Span]
) -> list[Flag]:
    limit = LONG_SENTENCE_WORDS.get(language or "", DEFAULT_LONG_SENTENCE_WORDS)
    starts = [a for a, _ in words]
    flags = []
    for start, end in sentences:
        count = bisect_left(starts, end) - bisect_left(starts, start)
        if count > limit:
            params = {"words": count, "limit": limit}
            flags.append(_flag(FlagKind.LONG_SENTENCE, text, start, end, params))
    return flags


@lru_cache(maxsize=512)
def _term_pattern(term: str) -> re.Pattern[str]:
    return re.compile(term_regex(term), re.IGNORECASE)


def _terms(terms: Iterable[str]) -> list[str]:
    # A term needs a letter or digit: "*" alone would match everywhere.
    kept = {" ".join(t.split()) for t in terms if any(c.isalnum() for c in t)}
    return sorted(kept, key=lambda t: (-len(t), t))


def _sensitive(text: str, sensitive: Iterable[str]) -> list[Flag]:
    flags: list[Flag] = []
    taken: list[Span] = []
    for term in _terms(sensitive):  # longest first: "Project Aurora" before "Aurora"
        for match in _term_pattern(term).finditer(text):
            if match.end() > match.start() and not inside(taken, match.start(), match.end()):
                taken.append(match.span())
                params = {"term": term}
                flags.append(_flag(FlagKind.SENSITIVE_WORD, text, *match.span(), params))
    return flags


def _employer(text: str, employer: Employer, links: list[Span]) -> list[Flag]:
    """A reminder to say "I work there" when the post is about the employer's business."""

    def first(terms: Iterable[str]) -> re.Match[str] | None:
        found = [
            m
            for term in _terms(terms)
            for m in _term_pattern(term).finditer(text)
            if not inside(links, m.start(), m.end())  # a link to the site discloses nothing
        ]
        return min(found, key=lambda m: m.start(), default=None)

    if first((employer.name, *employer.aliases)) is not None:
        return []
    topic = first(employer.keywords)
    if topic is None:
        return []
    params = {"employer": employer.name}
    return [_flag(FlagKind.MENTION_EMPLOYER, text, topic.start(), topic.end(), params)]
