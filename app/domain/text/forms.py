"""Word forms from a morphological analyser (Voikko for Finnish), as plain data.

The domain never calls a library: the services pass a ``WordForms`` function, which gives each
reading of a word (a word can be read several ways: "kirjoitin" is the verb "I wrote" and the
noun "writing desk"). Without an analyser the callers keep their own rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class WordForm:
    base: str  # the base form: "lisäarvo" for "lisäarvolla", "kirjoittaa" for "kirjoitin"
    kind: str  # verb, noun, adjective, pronoun, name, numeral, adverb or other
    person: int | None = None  # 1, 2 or 3 for a personal verb form
    plural: bool = False
    passive: bool = False  # the Finnish passive: "kehitetään", "tehtiin"
    parts: int = 1  # the words of a compound: "lisäarvo" has 2
    verbal_noun: bool = False  # an action as a noun: "kehittäminen" (the -minen form of a verb)
    degree: str = ""  # "comparative" ("parempi") or "superlative" ("paras"); "" for neither


# Given a word, its readings (empty when the analyser does not know it).
WordForms = Callable[[str], Sequence[WordForm]]


def says_i(forms: Sequence[WordForm]) -> bool:
    """A verb in the first person singular ("kirjoitin", "olen")."""
    return any(f.kind == "verb" and f.person == 1 and not f.plural for f in forms)


def says_we(forms: Sequence[WordForm]) -> bool:
    """A verb in the first person plural ("olemme", "kehitimme")."""
    return any(f.kind == "verb" and f.person == 1 and f.plural for f in forms)


def is_passive(forms: Sequence[WordForm]) -> bool:
    """Only a passive verb reading ("kehitetään"): a word that may also be something else is not
    counted."""
    return bool(forms) and all(f.kind == "verb" and f.passive for f in forms)


def base_form(word: str, forms: Sequence[WordForm]) -> str:
    """The base form to count the word by: of the first reading that is not a name, else of
    the first ("Tampereella" is "tampere"); the word itself when the analyser does not know it."""
    for form in forms:
        if form.kind != "name":
            return form.base.lower()
    return forms[0].base.lower() if forms else word.lower()


def phrase_key(word: str, forms: Sequence[WordForm]) -> str:
    """What a word is counted by in a repeated phrase: the base form of the reading
    :func:`base_form` takes ("lisäarvoa tuottavan ratkaisun" is "lisäarvo tuottava ratkaisu"),
    with what makes another phrase of the same word: a verb's person ("kirjoitin" is not
    "kirjoitit"), the passive, and comparison ("parempi" is not "hyvä")."""
    form = next((f for f in forms if f.kind != "name"), forms[0] if forms else None)
    if form is None:
        return word.lower()
    key = form.base.lower()
    if form.kind == "verb" and form.passive:
        key += "/passive"
    elif form.kind == "verb" and form.person is not None:
        key += f"/{form.person}{'p' if form.plural else 's'}"
    return f"{key}/{form.degree}" if form.degree else key


_TOPICAL = frozenset({"noun", "name", "adjective"})


def topic_base(word: str, forms: Sequence[WordForm]) -> str:
    """The base form a topic is counted by, or "" for a word that names no topic: one read as
    a personal or passive verb ("kävin", "kehitetään"), or only as a pronoun, adverb or the like.
    A word the analyser does not know (English, a new coinage) is its own base form."""
    if not forms:
        return word.lower()
    if any(f.kind == "verb" and (f.person is not None or f.passive) for f in forms):
        return ""
    for form in forms:
        if form.kind in _TOPICAL:
            return form.base.lower()
    return ""
