"""Style from the words' forms: a passive-heavy draft (nobody does anything) and a nominal one
(actions turned into nouns: "kehittäminen", "toteutettavuus", "implementation").

Finnish is read with an analyser (Voikko): a verb's passive form and a word's base form and
parts; without one, Finnish gets no style flags (the other rules stay as they were). Swedish
and English, which have no analyser here, go by simpler rules: the auxiliaries of the passive
and the endings of verbal nouns. Each finding lists the words it means, for marking them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from app.domain.text.forms import WordForms, is_passive
from app.domain.text.links import Span

# A draft is passive-heavy with this many passive verbs, and at least one for every second
# sentence: one "tehtiin" is a style, a row of them hides who did it.
MIN_PASSIVE: Final = 3
# Nominal with this many verbal nouns or long compounds, and this share of the words.
MIN_NOMINAL: Final = 4
NOMINAL_SHARE: Final = 0.08
# A Finnish compound of three or more parts, or this long, reads as a noun pile.
LONG_COMPOUND: Final = 20

_FI_NOMINAL_BASES: Final = ("minen", "ttavuus", "ttävyys")
_EN_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|been|being|be|gets|got|get)\s+(?:\w+ly\s+)?"
    r"(\w+(?:ed|en|wn|ght|ilt|ept|ade|one|ung|ook|ent))\b",
    re.IGNORECASE,
)
_SV_PASSIVE = re.compile(
    r"\b(?:\w{3,}(?:ades|erades|eras|erats|ats)|(?:blir|blev|blivit|bli)\s+\w+(?:d|t|ad|at|ade))\b",
    re.IGNORECASE,
)
_SV_NOT_PASSIVE: Final = frozenset({"plats", "platsen", "formats", "kontrats", "tjänsteplats"})
_NOMINAL: Final = {
    "en": re.compile(r"(?:tion|tions|ment|ments|ization|izations|ance|ence|ility)$"),
    "sv": re.compile(r"(?:ningen|ningar|ning|andet|ering|eringen|heten|ighet|igheten)$"),
}
_MIN_NOMINAL_LENGTH: Final = 8


@dataclass(frozen=True)
class StyleFinding:
    kind: str  # "passive_heavy" or "nominal_style"
    marks: tuple[Span, ...]
    params: dict[str, int]


def passive_spans(
    text: str,
    language: str | None,
    words: Sequence[Span],
    word_texts: Sequence[str],
    word_forms: WordForms | None,
) -> list[Span]:
    if language == "fi":
        if word_forms is None:
            return []
        return [
            span for span, w in zip(words, word_texts, strict=True) if is_passive(word_forms(w))
        ]
    if language == "en":
        return [m.span(1) for m in _EN_PASSIVE.finditer(text)]
    if language == "sv":
        return [
            m.span() for m in _SV_PASSIVE.finditer(text) if m.group().lower() not in _SV_NOT_PASSIVE
        ]
    return []


def nominal_spans(
    language: str | None,
    words: Sequence[Span],
    word_texts: Sequence[str],
    word_forms: WordForms | None,
) -> list[Span]:
    found = []
    for span, word in zip(words, word_texts, strict=True):
        if len(word) < _MIN_NOMINAL_LENGTH:
            continue
        if language == "fi":  # names are told by the analyser, not the capital
            if word_forms is None:
                return []
            forms = word_forms(word)
            nouns = [f for f in forms if f.kind == "noun"]
            if (
                any(f.verbal_noun for f in forms)
                or any(f.base.endswith(_FI_NOMINAL_BASES) for f in nouns)
                or any(f.parts >= 3 or len(f.base) >= LONG_COMPOUND for f in nouns)
            ):
                found.append(span)
        elif word[:1].isupper():
            continue
        elif language in _NOMINAL and _NOMINAL[language].search(word.lower()):
            found.append(span)
    return found


def style_findings(
    text: str,
    language: str | None,
    words: Sequence[Span],
    word_texts: Sequence[str],
    sentences: int,
    word_forms: WordForms | None,
    links: Sequence[Span] = (),
) -> list[StyleFinding]:
    """The passive-heavy and nominal-style findings of ``text`` (none below the thresholds)."""

    def outside(spans: list[Span]) -> tuple[Span, ...]:
        return tuple(s for s in spans if not any(a <= s[0] and s[1] <= b for a, b in links))

    findings = []
    passive = outside(passive_spans(text, language, words, word_texts, word_forms))
    if len(passive) >= max(MIN_PASSIVE, (sentences + 1) // 2):
        findings.append(StyleFinding("passive_heavy", passive, {"count": len(passive)}))
    nominal = outside(nominal_spans(language, words, word_texts, word_forms))
    if len(nominal) >= MIN_NOMINAL and len(nominal) >= NOMINAL_SHARE * len(words):
        findings.append(StyleFinding("nominal_style", nominal, {"count": len(nominal)}))
    return findings
