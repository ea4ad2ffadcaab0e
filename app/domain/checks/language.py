"""Per-language cues for the voice check: first person singular, and long-sentence limits."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from app.domain.text.wordlists import FIRST_SINGULAR, word_set

# Finnish words are long and few (compounds, case endings instead of prepositions): the same
# thought takes about two thirds of the English word count, so the limit is lower.
LONG_SENTENCE_WORDS: Final[dict[str, int]] = {"en": 30, "sv": 27, "fi": 20}
DEFAULT_LONG_SENTENCE_WORDS: Final = 30  # language unknown: the most lenient

# Below this many words, a missing "I" or question is normal (a quick reply, a short post).
MIN_WORDS_PERSONAL: Final = 30
MIN_WORDS_INVITATION: Final = 30

# Finnish marks the first person on the verb ("opin", "huomasin") and with a possessive suffix
# ("kokemukseni", "mielestäni") at least as often as with "minä". A suffix -n alone is also the
# genitive, so verbs come from a list of those people use in posts; "näin" is left out (it also
# means "like this").
_FI_VERBS: Final = word_set(
    """
    olen olin oon olisin en oo tein teen opin opettelin huomasin huomaan mietin ajattelen
    ajattelin uskon uskoin luulen luulin koen koin sain saan luin luen kirjoitin kirjoitan
    kävin käyn halusin haluan haluaisin voin voisin pystyin pystyn tajusin tajuan totesin
    muistan muistin kuulin jouduin pääsin törmäsin yllätyin ilahduin innostuin osallistuin
    puhuin puhun kysyin kysyn vastasin lähdin lähden aloitin aloitan jatkan jatkoin kiitän
    suosittelen suosittelisin tykkään tykkäsin pidän pidin tiedän tiesin tunnen tunsin odotan
    odotin toivon toivoin toivoisin löysin löydän sanoin sanon sanoisin kokeilin kokeilen
    testasin rakastan ymmärsin ymmärrän opiskelin opiskelen työskentelen työskentelin oivalsin
    ihmettelen ihmettelin kiinnostuin näen nään oon ootin mokasin epäonnistuin onnistuin
    """
)
_FI_POSSESSIVE: Final = ("ani", "äni", "eni", "ini", "oni", "uni", "yni", "öni")
_FI_NOT_POSSESSIVE: Final = word_set(
    "japani alumiini vitamiini insuliini bensiini kaniini nikotiini kofeiini proteiini "
    "bikini martini tahini zucchini"
)

_PRONOUNS: Final[dict[str, frozenset[str]]] = {str(k): v for k, v in FIRST_SINGULAR.items()}


def has_first_person_singular(words: Iterable[str], language: str) -> bool:
    pronouns = _PRONOUNS.get(language, frozenset())
    for raw in words:
        word = raw.lower().replace("’", "'")
        if word in pronouns:
            return True
        if language == "fi" and (
            word in _FI_VERBS
            or (len(word) >= 6 and word.endswith(_FI_POSSESSIVE) and word not in _FI_NOT_POSSESSIVE)
        ):
            return True
    return False
