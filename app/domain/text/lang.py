"""Language of a short post (fi, sv or en) from function words and word shapes, no model files."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache

from app.domain.text.tokens import words
from app.domain.text.wordlists import FUNCTION_WORDS, LANGUAGES, Language

__all__ = [
    "LANGUAGES",
    "Language",
    "decide",
    "detect_language",
    "language_of",
    "language_of_counts",
    "language_scores",
    "scores_of",
]

# Word shapes typical of each language, for words that are not function words. Finnish: case
# endings, long vowels, vowel harmony; Swedish: å, sj/tj/ck, -ning/-het/-lig; English: th/wh,
# -ing/-tion/-ly and letters Finnish lacks.
_SHAPES: dict[Language, tuple[tuple[re.Pattern[str], float], ...]] = {
    "fi": (
        (re.compile(r"(?:ss[aä]|st[aä]|ll[aä]|lt[aä]|lle|ksi|sti|mme|tte|v[aä]t|isen|iset)$"), 1.5),
        (re.compile(r"(?:nen|uus|yys|inen|minen|mista|mist[aä]|ijat|ij[aä]t|ja|j[aä])$"), 1.0),
        (re.compile(r"(?:aa|ii|uu|yy|ää|öö|uo|yö)"), 1.0),
        (re.compile(r"(?:kk|pp|tt)[aeiouyäö]"), 0.7),
        (re.compile(r"^[^aeiouyäöå]?[aeiouyäö].*[aeiouyäöns]$"), 0.4),
        (re.compile(r"[äö].*[äöy]|[y].*[äö]"), 0.8),
    ),
    "sv": (
        (re.compile(r"å"), 3.0),
        (re.compile(r"(?:sj|tj|skj|stj|ck|kv|gj|hj|lj|dj)"), 1.0),
        (
            re.compile(r"(?:ning|ningen|ningar|heten|het|lig|liga|ligt|ande|ende|skap|arna|erna)$"),
            1.5,
        ),
        (re.compile(r"(?:orna|isk|iska|erad|erade|ade|ar|or)$"), 0.6),
        (re.compile(r"^(?:sk|st|sp|sl|sm|sn|sv|tr|br|fr|gr|kr|pr|bl|fl|gl|kl|pl|dr)"), 0.4),
    ),
    "en": (
        (re.compile(r"(?:th|wh|sh|ph|gh|ch|ou|ea|oa|ai)"), 0.8),
        (
            re.compile(
                r"(?:ing|ed|ly|tion|tions|sion|ness|ment|ments|able|ible|ful|less|ous|ive|ity)$"
            ),
            1.5,
        ),
        (re.compile(r"[wqxzc]"), 0.7),
        (re.compile(r"[bcdfgjkmpqvwxz]$"), 0.6),
        (
            re.compile(
                r"^(?:sh|th|wh|bl|br|cl|cr|dr|fl|fr|gl|gr|pl|pr|sc|sk|sl|sm|sn|sp|st|sw|tr)"
            ),
            0.4,
        ),
        (re.compile(r"'s$|’s$"), 1.5),
    ),
}
# Letters that rule a language out: Finnish and English have no å; English has no ä or ö.
_EXCLUDES: dict[Language, re.Pattern[str]] = {
    "fi": re.compile(r"å|^[^aeiouyäö\d]{2,}[^aeiouyäö]|[bcdfghjkmpqvwxz]$"),
    "sv": re.compile(r"(?:aa|ii|uu|yy|ää|öö)"),
    "en": re.compile(r"[åäö]"),
}
_FUNCTION_WEIGHT = 3.0
# People often type Finnish and Swedish without å, ä and ö; such spellings count for a little less.
_PLAIN_WEIGHT = 2.0
_MIN_WORDS = 3
_MIN_EVIDENCE = 3.0
_MIN_MARGIN = 0.2  # the winner's lead as a share of its own score


def _plain(word: str) -> str:
    return word.translate(str.maketrans("åäö", "aao"))


_PLAIN_WORDS: dict[Language, frozenset[str]] = {
    lang: frozenset(_plain(w) for w in FUNCTION_WORDS[lang]) - FUNCTION_WORDS[lang]
    for lang in LANGUAGES
}


def language_scores(text: str) -> dict[Language, float]:
    """Evidence for each language: function words weigh most, word shapes add the rest."""
    return _scores(words(text))


def _scores(found: Sequence[str]) -> dict[Language, float]:
    if any(re.search(_OTHER_SCRIPT, w) for w in found if not w.isascii()):
        found = [w for w in found if not re.search(_OTHER_SCRIPT, w)]
    counts = Counter(w.lower().replace("’", "'") for w in found)
    # English "I" is written in capitals; Swedish "i" rarely is.
    return scores_of(counts, sum(1 for w in found if w == "I"))


def scores_of(counts: Mapping[str, int], capital_i: int) -> dict[Language, float]:
    """Evidence from lower-case word counts and the number of capital "I" words."""
    fi = sv = 0.0
    en = _FUNCTION_WEIGHT * capital_i
    known = _KNOWN.get
    for word, n in counts.items():
        if word == "i" and capital_i:
            n -= capital_i
        if n and not word[0].isdigit():
            a, b, c = known(word) or _word_scores(word)
            fi, sv, en = fi + a * n, sv + b * n, en + c * n
    return {"fi": fi, "sv": sv, "en": en}


@lru_cache(maxsize=32768)
def _word_scores(word: str) -> tuple[float, float, float]:
    """The evidence one lower-case word gives for fi, sv and en (cached: words repeat a lot)."""
    owners = {lang: _FUNCTION_WEIGHT for lang in LANGUAGES if word in FUNCTION_WORDS[lang]}
    owners.update((lang, _PLAIN_WEIGHT) for lang in LANGUAGES if word in _PLAIN_WORDS[lang])
    if owners:
        return _triple({lang: weight / len(owners) for lang, weight in owners.items()})
    if len(word) < 3:
        return 0.0, 0.0, 0.0
    return _triple({lang: _shape_score(word, lang) for lang in LANGUAGES})


def _shape_score(word: str, lang: Language) -> float:
    if _EXCLUDES[lang].search(word):
        return -1.0
    return sum(weight for pattern, weight in _SHAPES[lang] if pattern.search(word))


def _triple(scores: dict[Language, float]) -> tuple[float, float, float]:
    return scores.get("fi", 0.0), scores.get("sv", 0.0), scores.get("en", 0.0)


# Function words are most of any text: a plain dict look-up is the quickest path for them.
_KNOWN: dict[str, tuple[float, float, float]] = {
    word: _word_scores(word)
    for lang in LANGUAGES
    for word in FUNCTION_WORDS[lang] | _PLAIN_WORDS[lang]
}


# The opening of a text tells its language as well as the whole (about 35 words), and reading
# no further keeps detection at a few microseconds a post: an import detects tens of thousands.
# The first ~15 words are read first; when they already make one language clearly ahead (four
# function words' worth of evidence, three times the next), the rest of the sample is not read.
SAMPLE_CHARS = 240
_FIRST_CHARS = 100
_CLEAR_EVIDENCE = 4 * _FUNCTION_WEIGHT
_CLEAR_FACTOR = 3.0
# Words of letters only (digits never count as evidence), joined like the words of tokens.py;
# links, mentions and hashtags are matched too, as an empty group, so that one pass skips them.
# Custom emoji (":blobheartcat:") are skipped as well, and only words in Latin letters count:
# a Chinese or Russian word is never evidence for Finnish, Swedish or English.
_LETTER_WORD = re.compile(
    r"(?:https?://|www\.)\S*|[@#][\w@.-]*|:[a-z0-9_+-]*[a-z][a-z0-9_+-]*:"
    r"|([^\W\d_]+(?:[-‐'’:][^\W\d_]+)*)",
    re.IGNORECASE,
)
# A letter of another script than Latin. Kept as a string: re compiles it at the first text with
# such letters (compiling it with the module would cost every start a few tenths of a ms).
_OTHER_SCRIPT = r"(?![\u0000-\u024f\u1e00-\u1eff])[^\W\d_]"
_CAPITAL_I = re.compile(r"(?<![\w'’-])I(?![\w'’-])")


def detect_language(text: str) -> Language | None:
    """fi, sv or en from the opening of ``text``; None when it is too short or the evidence too
    even to tell. Same evidence as :func:`language_of`, gathered in one pass without counting."""
    if len(text) > _FIRST_CHARS:
        first = _sample_scores(text[:_FIRST_CHARS])
        if first is not None:
            top, second = sorted(first.values())[:-3:-1]
            if top >= _CLEAR_EVIDENCE and top >= _CLEAR_FACTOR * max(second, 0.0):
                return decide(first)
    scores = _sample_scores(text[:SAMPLE_CHARS])
    return None if scores is None else decide(scores)


def _sample_scores(sample: str) -> dict[Language, float] | None:
    """The evidence in ``sample``; None when it has fewer than three words."""
    found = _LETTER_WORD.findall(sample.lower().replace("’", "'"))  # "" for a skipped token
    if not sample.isascii() and re.search(_OTHER_SCRIPT, sample):
        found = [w for w in found if not re.search(_OTHER_SCRIPT, w)]
    if len(found) - found.count("") < _MIN_WORDS:
        return None
    fi = sv = en = 0.0
    known = _KNOWN.get
    for word in found:
        a, b, c = known(word) or _word_scores(word)
        fi, sv, en = fi + a, sv + b, en + c
    capitals = len(_CAPITAL_I.findall(sample)) if "I" in sample else 0
    if capitals:  # an "I" is English, not the Swedish "i" it was counted as above
        a, b, c = _KNOWN.get("i") or _word_scores("i")
        fi, sv, en = fi - a * capitals, sv - b * capitals, en + (_FUNCTION_WEIGHT - c) * capitals
    return {"fi": fi, "sv": sv, "en": en}


def language_of(found: Sequence[str]) -> Language | None:
    """Like :func:`detect_language`, for the words of a text already split."""
    if len(found) < _MIN_WORDS:
        return None
    return decide(_scores(found))


def language_of_counts(counts: Mapping[str, int], capital_i: int) -> Language | None:
    """Like :func:`language_of`, from lower-case word counts and the count of capital "I"."""
    if sum(counts.values()) < _MIN_WORDS:
        return None
    return decide(scores_of(counts, capital_i))


def decide(scores: dict[Language, float]) -> Language | None:
    """The language with clearly the most evidence, if there is enough of it."""
    fi, sv, en = scores["fi"], scores["sv"], scores["en"]
    best: Language
    # Ties go to the first in LANGUAGES order (fi, sv, en).
    if fi >= sv and fi >= en:
        best, top, second = "fi", fi, max(sv, en)
    elif sv >= en:
        best, top, second = "sv", sv, max(fi, en)
    else:
        best, top, second = "en", en, max(fi, sv)
    if top < _MIN_EVIDENCE or top - max(second, 0.0) < _MIN_MARGIN * top:
        return None
    return best
