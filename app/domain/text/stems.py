"""Word stems through the Snowball stemmers (fi, sv, en), and terms that group a word's forms.

Snowball (``snowballstemmer``, pure Python, the reference stemmers kept by the Snowball project)
takes the case endings off: "tekoälyn", "tekoälystä" and "tekoäly" give "tekoäly"; "kunden" and
"kunderna" give "kund". It leaves the changes inside Finnish stems that come with an ending
("kiertotalous"/"kiertotalouden", "asiakas"/"asiakkaan", "ihminen"/"ihmisen"), so
:func:`term_keys` joins stems that differ only in their last few letters after a shared start of
at least five letters: one term per word, whichever form it was written in. Swedish and
English stems need no such help (and joining there would take "community" for
"communication"), so there a term is its stem.

The stemmers load on first use (about 17 ms for the package), which is on a worker building a
profile, never on the way to the window's first frame (tests/test_layers.py checks it).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from app.domain.text.wordlists import Language

_ALGORITHMS: dict[Language, str] = {"fi": "finnish", "sv": "swedish", "en": "english"}
# Stems that differ in at most this many last letters, after a shared start of at least
# _SHARED letters, are forms of one word ("kiertotalous", "kiertotaloud", "kiertotalout").
_SHARED = 5
_TAIL = 2
_local = threading.local()  # a Snowball stemmer keeps the word it works on: one per thread


def _stemmer(language: Language) -> Any:
    found: dict[Language, Any] | None = getattr(_local, "stemmers", None)
    if found is None:
        found = _local.stemmers = {}
    if language not in found:
        import snowballstemmer  # type: ignore[import-untyped]  # pure Python, no stubs

        found[language] = snowballstemmer.stemmer(_ALGORITHMS[language])
    return found[language]


@lru_cache(maxsize=65536)
def stem(word: str, language: Language) -> str:
    """The Snowball stem of a lower-case ``word`` ("tekoälystä" -> "tekoäly")."""
    result: str = _stemmer(language).stemWord(word)
    return result or word


def term_keys(words: Iterable[str], language: Language) -> dict[str, str]:
    """Each lower-case word -> the key of its term: its stem, in Finnish the first (in
    alphabetical order) of the stems that are forms of one word (see the module's docstring).
    Deterministic: the result depends only on the set of words."""
    stems = {w: stem(w, language) for w in set(words)}
    if language != "fi":
        return stems
    root_of: dict[str, str] = {}
    root = ""
    for current in sorted(set(stems.values())):
        if root and _same_word(root, current):
            root_of[current] = root
        else:
            root = current
            root_of[current] = current
    return {w: root_of[s] for w, s in stems.items()}


def _same_word(root: str, other: str) -> bool:
    """Whether ``other`` (sorted after ``root``) is another form of the word ``root`` stems."""
    shared = 0
    for a, b in zip(root, other, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= _SHARED and len(root) - shared <= _TAIL and len(other) - shared <= _TAIL
