"""Who speaks in a text, word by word: "I" (a pronoun; in Finnish also a verb or a possessive
form) or "we" (a pronoun; in Finnish also -mme). Used by the voice check (the company "we", no
personal angle) and open to the voice profile's own counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from app.domain.text.wordlists import FIRST_PLURAL, FIRST_SINGULAR, word_set

# -- Finnish: the person is on the verb ------------------------------------------------------------
# Finnish marks the first person on the verb ("opin", "kirjoitin", "mietin", "olen") and with a
# possessive suffix ("kokemukseni", "mielestäni") at least as often as with "minä". The verb
# ending -n is also the genitive ("talon", "tiimin"), so a bare -n proves nothing: verbs come from
# a list of those people use in posts, and from endings that only verbs have:
# - the past tense in -sin after a short a, e, o, u, y, ä or ö: huomasin, tajusin, totesin,
#   pelkäsin ("kurssin", "taksin" have a consonant there, "kriisin", "analyysin" a long vowel,
#   and the -isin of "arkisin" or "mielenkiintoisin" is as often an adverb or a superlative as
#   a conditional, so conditionals come from the list);
# - the frequentative verbs: ajattelin, kuuntelen, keskustelin, opiskelen, suunnittelin.
# "näin" is left out (it also means "like this").
_FI_VERBS: Final = word_set(
    """
    olen olin oon olisin en enkä enkö oo tein teen opin opettelin huomasin huomaan mietin
    ajattelen ajattelin uskon uskoin luulen luulin koen koin sain saan luin luen kirjoitin
    kirjoitan kävin käyn halusin haluan haluaisin voin voisin pystyin pystyn tajusin tajuan
    totesin muistan muistin kuulin jouduin pääsin törmäsin yllätyin ilahduin innostuin
    osallistuin puhuin puhun kysyin kysyn vastasin lähdin lähden aloitin aloitan jatkan jatkoin
    kiitän suosittelen suosittelisin tykkään tykkäsin pidän pidin tiedän tiesin tunnen tunsin
    odotan odotin toivon toivoin toivoisin löysin löydän sanoin sanon sanoisin kokeilin kokeilen
    testasin rakastan ymmärsin ymmärrän opiskelin opiskelen työskentelen työskentelin oivalsin
    ihmettelen ihmettelin kiinnostuin näen nään ootin mokasin epäonnistuin onnistuin
    menin menen tulin tulen otin otan annoin annan autoin autan tarvitsen tarvitsin teen tein
    päätin päätän valitsin valitsen rakensin rakennan korjasin korjaan etsin etsin löysin
    seurasin seuraan luotan luotin väitän väitin myönnän myönsin huomautan kerron kerroin
    esittelin esittelen jaan jaoin kuuntelin kuuntelen näytin näytän kokosin kokoan
    yritin yritän hoidin hoidan vein vien ostin ostan muutin muutan siirryin siirryn
    palasin palaan harmittelen harmittelin hämmästyin säikähdin jännitin jännitän
    tiesin tajusin pelkäsin pelkään epäilin epäilen oletin oletan laskin lasken mittasin
    hämmennyin kyllästyin väsyin heräsin nukuin istuin seisoin juoksin kävelin matkustin
    huomaisin olisinko voisinko saisinko tekisin ottaisin menisin tulisin kokeilisin lukisin
    kirjoittaisin ehdottaisin valitsisin ostaisin pitäisin muuttaisin kysyisin lisäisin
    jättäisin saisin
    """
)
_FI_VERB_ENDINGS: Final = (
    "ttelin", "ttelen", "ntelin", "ntelen", "stelin", "stelen", "iskelin", "iskelen",
)  # fmt: skip
_FI_SHORT_BEFORE_SIN: Final = frozenset("aeouyäö")
# Nouns that a verb ending would mistake for the person.
_FI_NOT_VERBS: Final = word_set("puhelin soitin elin kannatin pyyhin keitin")
_FI_POSSESSIVE: Final = ("ani", "äni", "eni", "ini", "oni", "uni", "yni", "öni")
_FI_NOT_POSSESSIVE: Final = word_set(
    "japani alumiini vitamiini insuliini bensiini kaniini nikotiini kofeiini proteiini "
    "bikini martini tahini zucchini"
)
# Clitics ride on any word: "minäkin", "opinkin", "olenhan", "mullakaan", "mietinpä".
_CLITICS: Final = ("kaan", "kään", "kin", "han", "hän", "pa", "pä", "ko", "kö")
# Finnish pronouns the shared list leaves out: the accusative "minut" / "mut", and the
# spoken forms.
_FI_SINGULAR_EXTRA: Final = word_set("minut mut mie")
# The first person plural: the pronoun, and -mme on a verb or a noun ("olemme", "tiimimme",
# "asiakkaillemme").
_FI_PLURAL_EXTRA: Final = word_set("meitin meiän")


# Posts drop the apostrophe: "im", "ive" (not "id": that is a word of its own).
_EN_SINGULAR_EXTRA: Final = word_set("im ive")
_EXTRA_SINGULAR: Final = {"fi": _FI_SINGULAR_EXTRA, "en": _EN_SINGULAR_EXTRA}
_SINGULAR: Final[dict[str, frozenset[str]]] = {
    str(lang): FIRST_SINGULAR[lang] | _EXTRA_SINGULAR.get(str(lang), frozenset())
    for lang in FIRST_SINGULAR
}
_PLURAL: Final[dict[str, frozenset[str]]] = {
    str(lang): FIRST_PLURAL[lang] | (_FI_PLURAL_EXTRA if lang == "fi" else frozenset())
    for lang in FIRST_PLURAL
}


def _normal(raw: str) -> str:
    return raw.lower().replace("’", "'")


def _without_clitic(word: str) -> str:
    for clitic in _CLITICS:
        if word.endswith(clitic) and len(word) > len(clitic) + 1:
            return word[: -len(clitic)]
    return word


def _finnish_singular(word: str) -> bool:
    if word in _FI_NOT_VERBS:
        return False
    if word in _FI_VERBS or word in _SINGULAR["fi"]:
        return True
    if len(word) >= 6 and word.endswith(_FI_POSSESSIVE) and word not in _FI_NOT_POSSESSIVE:
        return True
    if len(word) >= 6 and word.endswith(_FI_VERB_ENDINGS):
        return True
    return (
        len(word) >= 6
        and word.endswith("sin")
        and word[-4] in _FI_SHORT_BEFORE_SIN
        and word[-5] != word[-4]
    )


def is_first_singular(raw: str, language: str) -> bool:
    """Whether a word says "I" (a pronoun; in Finnish also a verb or possessive form)."""
    word = _normal(raw)
    if word in _SINGULAR.get(language, frozenset()):
        return True
    if language != "fi":
        return False
    return _finnish_singular(word) or _finnish_singular(_without_clitic(word))


def is_first_plural(raw: str, language: str) -> bool:
    """Whether a word says "we" (a pronoun; in Finnish also -mme on a verb or a noun).

    "US" in capitals is the country, not "us"."""
    if raw == "US":
        return False
    word = _normal(raw)
    if word in _PLURAL.get(language, frozenset()):
        return True
    if language != "fi":
        return False
    base = _without_clitic(word)
    return base in _PLURAL["fi"] or (len(base) >= 4 and base.endswith("mme"))


@dataclass(frozen=True)
class Voice:
    """Who speaks in a text: the indexes of its words that say "I", and those that say "we"."""

    singular: tuple[int, ...]
    plural: tuple[int, ...]


def voice_of(words: Iterable[str], language: str) -> Voice:
    singular: list[int] = []
    plural: list[int] = []
    for index, word in enumerate(words):
        if is_first_singular(word, language):
            singular.append(index)
        elif is_first_plural(word, language):
            plural.append(index)
    return Voice(tuple(singular), tuple(plural))


def has_first_person_singular(words: Iterable[str], language: str) -> bool:
    return any(is_first_singular(word, language) for word in words)
