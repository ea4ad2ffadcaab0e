"""Curated phrase lists (clichés, advocacy boilerplate, invitations) and how they are found."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from app.domain.text.wordlists import word_set

# The pattern language of the lists (docs/DRAFTING.md has examples):
# - words are separated by spaces; in a text they may be separated by any run of spaces, line
#   breaks, dashes, slashes, commas, quotes or asterisks (Markdown bold): "proud to\nannounce";
# - a hyphen inside a word may be a hyphen, a space or nothing: "game-changer" finds
#   "game changer", "game-changer" and "gamechanger";
# - a trailing `*` allows any ending, for inflection: "innovatiivi* ratkaisu*" finds
#   "innovatiivinen ratkaisu", "innovatiivisia ratkaisuja", "innovatiivisen ratkaisun";
#   without `*` a word must end where the pattern word ends;
# - letter case never matters, and ' stands for both ' and ’.
_SEPARATOR: Final = r"[\s\-‐‑–—/,:;\"“”„«»*_]+"
_HYPHEN: Final = r"[\-‐‑ ]?"
_PHRASE_WORD: Final = re.compile(r"\S+")
_WORD_START: Final = re.compile(r"(?<!\w)\w")


class PhraseKind(StrEnum):
    CLICHE = "cliche"
    ADVOCACY = "advocacy"  # a company's marketing call-to-action, pasted into a personal post
    INVITATION = "invitation"  # a cue that asks readers to reply


# JSON sections (`"cliches": [...]`) and the kind each one holds.
_SECTIONS: Final = {
    "cliches": PhraseKind.CLICHE,
    "advocacy": PhraseKind.ADVOCACY,
    "invitations": PhraseKind.INVITATION,
}


@dataclass(frozen=True)
class Phrase:
    kind: PhraseKind
    language: str
    pattern: str


@dataclass(frozen=True)
class PhraseMatch:
    phrase: Phrase
    start: int
    end: int


class PhraseBookError(ValueError):
    """A phrase file that is not what the app ships (broken JSON, a wrong shape)."""


@dataclass(frozen=True)
class PhraseBook:
    """The phrases of one or more languages. Every language's clichés are looked for in every
    text: a Finnish post can say "game changer" too."""

    phrases: tuple[Phrase, ...] = ()
    # Built on first use; the last text's matches are kept, as a check asks once per kind.
    _cache: dict[str, object] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __or__(self, other: PhraseBook) -> PhraseBook:
        return PhraseBook(self.phrases + other.phrases)

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(p.language for p in self.phrases)

    def of_kind(self, kind: PhraseKind) -> tuple[Phrase, ...]:
        return tuple(p for p in self.phrases if p.kind is kind)

    def find(self, kind: PhraseKind, text: str) -> list[PhraseMatch]:
        """Non-overlapping matches of this kind, left to right; the longest wins at a start."""
        return list(self.find_all(text)[kind])

    def find_all(self, text: str) -> dict[PhraseKind, tuple[PhraseMatch, ...]]:
        """`find` for every kind at once: one pass over the text."""
        last = self._cache.get("last")
        if isinstance(last, tuple) and last[0] == text:
            found: dict[PhraseKind, tuple[PhraseMatch, ...]] = last[1]
            return found
        matcher = self._cache.get("matcher")
        if not isinstance(matcher, _Matcher):
            matcher = self._cache["matcher"] = _Matcher(self.phrases)
        found = matcher.find_all(text)
        self._cache["last"] = (text, found)
        return found


def parse_phrasebook(json_text: str) -> PhraseBook:
    """A phrase file: `{"language": "fi", "cliches": [...], "advocacy": [...]}` or with
    `"invitations"`; unknown keys (such as `"about"`) are ignored."""
    try:
        data = json.loads(json_text)
    except json.JSONDecodeError as error:
        raise PhraseBookError(f"not JSON: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("language"), str):
        raise PhraseBookError('expected an object with a "language"')
    language: str = data["language"]
    phrases: list[Phrase] = []
    for section, kind in _SECTIONS.items():
        entries = data.get(section, [])
        if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
            raise PhraseBookError(f'"{section}" must be a list of strings')
        for entry in entries:
            pattern = " ".join(entry.split())
            if not pattern or not any(c.isalnum() for c in pattern):
                raise PhraseBookError(f"empty phrase in {section!r}")
            phrases.append(Phrase(kind, language, pattern))
    return PhraseBook(tuple(phrases))


def phrase_regex(pattern: str) -> str:
    """The regular expression (case-insensitive, tried at word starts) for one list pattern."""
    parts = []
    for word in _PHRASE_WORD.findall(pattern):
        stem = word.endswith("*")
        pieces = [re.escape(p).replace("'", "['’]") for p in word.rstrip("*").split("-") if p]
        parts.append(_HYPHEN.join(pieces) + (r"\w*" if stem else ""))
    return _SEPARATOR.join(parts) + r"(?!\w)"


def term_regex(term: str) -> str:
    """A caller's word (a project, a customer, the employer) with the endings it may take.

    Finnish inflects names ("Aurora" → "Auroran", "Aurorassa", "SAP:n"), Swedish and English
    add a genitive s. We allow a colon or apostrophe and up to three such endings (a foreign
    name takes an "i" first: "CloudBoxissa", "CloudBoxiin"), so
    "Kuu" finds "Kuun" and "Kuussa" but not "kuukausi". Consonant gradation ("Tikka" →
    "Tikan") is not followed: the caller can list such forms, or end a word with `*` as in the
    phrase lists ("pilvipalvel*").
    """
    words = [
        re.escape(w.rstrip("*")).replace("'", "['’]") + (r"\w*" if w.endswith("*") else "")
        for w in term.split()
    ]
    return rf"(?<!\w){_SEPARATOR.join(words)}(?:[:'’]?(?:{_ENDINGS})){{0,3}}(?!\w)"


# Finnish case endings and possessive or clitic suffixes; Swedish and English genitive s, and
# Swedish definite and plural endings. Longest first, so that "ssa" is tried before "s".
_ENDINGS: Final = "|".join(
    sorted(
        word_set(
            "i n a ä ta tä tta ttä na nä ksi ssa ssä sta stä aan ään een iin oon uun yyn öön seen "
            "han hen hin hon hun hyn hän hön lla llä lta ltä lle t ja jä ien iden itten in ine "
            "ineen kin kaan kään ni si mme nne s en ens et ets er ar or"
        ),
        key=lambda e: (-len(e), e),
    )
)


class _Matcher:
    """Finds many patterns fast: each is tried only at word starts whose first two letters it
    can begin with, instead of one huge alternation tried at every offset (Python's `re` has no
    trie for alternations: one big alternation measured five times slower)."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        self._pending: dict[str, list[Phrase]] = {}
        for phrase in phrases:
            first = re.split(r"[-*'\s]", phrase.pattern.casefold(), maxsplit=1)[0]
            self._pending.setdefault(first[:2], []).append(phrase)
        self._short = any(len(key) < 2 for key in self._pending)
        # A bucket is compiled when a text first has a word starting that way: compiling all
        # 350 patterns at once takes ~70 ms, which would make the first keystroke stutter.
        self._compiled: dict[str, list[tuple[Phrase, re.Pattern[str]]]] = {}

    def _bucket(self, key: str) -> list[tuple[Phrase, re.Pattern[str]]]:
        bucket = self._compiled.get(key)
        if bucket is None:
            bucket = self._compiled[key] = [
                (p, re.compile(phrase_regex(p.pattern), re.IGNORECASE))
                for p in self._pending.get(key, ())
            ]
        return bucket

    def find_all(self, text: str) -> dict[PhraseKind, tuple[PhraseMatch, ...]]:
        found: dict[PhraseKind, list[PhraseMatch]] = {kind: [] for kind in PhraseKind}
        last_end = dict.fromkeys(PhraseKind, 0)
        pending = self._pending
        for start_match in _WORD_START.finditer(text):
            start = start_match.start()
            key = text[start : start + 2].casefold()
            candidates = self._bucket(key) if key in pending else []
            if self._short and key[:1] in pending:
                candidates = candidates + self._bucket(key[:1])
            best: dict[PhraseKind, PhraseMatch] = {}
            for phrase, compiled in candidates:
                if start < last_end[phrase.kind]:
                    continue  # inside an earlier match of the same kind
                match = compiled.match(text, start)
                if match and (phrase.kind not in best or match.end() > best[phrase.kind].end):
                    best[phrase.kind] = PhraseMatch(phrase, start, match.end())
            for kind, hit in best.items():
                found[kind].append(hit)
                last_end[kind] = hit.end
        return {kind: tuple(matches) for kind, matches in found.items()}
