"""Which language a text is in: fi, sv or en, another language (its code), or not sure (None).

Three sources of evidence, strongest first: the language the archive declares for the text (X's
``lang``, Mastodon's ``contentMap``/``language``), CLD2 (``pycld2``, about 80 languages, for
texts long enough to judge), and OwnVoice's own fi/sv/en detector (lang.py) for short texts or
where CLD2 is unsure. Links, mentions, hashtags and custom emoji (``:name:``) are taken out
first; words in other scripts than Latin never count as Finnish, Swedish or English. The method
and its accuracy: docs/VOICE.md, "Other languages".

CLD2 is imported at the first call (a C extension of 16 MiB), never on the way to the first frame.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from app.domain.text.lang import detect_language, language_of
from app.domain.text.tokens import words
from app.domain.text.wordlists import LANGUAGES

__all__ = ["OTHER", "identify_language", "is_profile_language", "language_code"]

# Another language whose code nobody could tell (a short text in Cyrillic, say).
OTHER: Final = "other"

# Codes that say "no language" (ISO 639-2 und/zxx/mul/mis, CLD2's un/xx) or are X's own (q…).
_NOT_A_LANGUAGE = frozenset({"und", "zxx", "mul", "mis", "un", "xx"})
# Old or three-letter codes for the same languages that archives write.
_SAME = {
    "in": "id", "iw": "he", "ji": "yi", "jw": "jv", "fin": "fi", "swe": "sv", "eng": "en",
    "deu": "de", "ger": "de", "est": "et", "fra": "fr", "fre": "fr", "spa": "es", "rus": "ru",
    "zho": "zh", "chi": "zh", "nob": "nb", "nno": "nn", "nor": "no", "dan": "da",
}  # fmt: skip

_MARKS = re.compile(
    r"(?=[hHwW@#:])"  # (each mark starts with one of these: other places are passed at once)
    r"(?:(?:https?://|www\.)\S*"  # links
    r"|(?<![\w@])@[^\W_][\w.-]*(?:@[\w-]+(?:\.[\w-]+)+)?"  # mentions, also @user@instance
    r"|(?<![\w#&])#\w+"  # hashtags
    r"|:[A-Za-z0-9_+-]*[A-Za-z][A-Za-z0-9_+-]*:)",  # custom emoji shortcodes
)
_LATIN_LETTERS = r"A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_LATIN_RUN = re.compile(rf"[{_LATIN_LETTERS}]+")
_NON_LATIN = re.compile(rf"(?![{_LATIN_LETTERS}])[^\W\d_]")
# Letters Finnish, Swedish and English never write in their own words (é and ü come in names and
# loanwords, so they do not count): a text with them is in another language or not ours to tell.
_FOREIGN = re.compile(r"[ñçßõæøœłđčřśźżěůşğıáàâãêëèíìîïóòôúùûāēīōū]")
# Letters that tell a language from its nearest neighbour when CLD2 names the neighbour:
# Swedish writes ä and ö where Danish and Norwegian write æ and ø; Finnish writes y, Estonian never
# does in its own words and writes õ and ü, which Finnish never does.
_NEIGHBOURS: dict[str, tuple[str, re.Pattern[str]]] = {
    "da": ("sv", re.compile(r"[äö]")),
    "no": ("sv", re.compile(r"[äö]")),
    "nb": ("sv", re.compile(r"[äö]")),
    "nn": ("sv", re.compile(r"[äö]")),
    "et": ("fi", re.compile(r"y")),
}
_NEIGHBOUR_BLOCK: dict[str, re.Pattern[str]] = {"sv": re.compile(r"[æø]"), "fi": re.compile("[õü]")}
# Words of a neighbour that the language of ours beside it never writes, the letters that show
# the text is ours after all, and the neighbour's codes: Danish and Norwegian beside Swedish,
# Estonian beside Finnish. They decide only when CLD2 is not sure (short texts).
_TELLS: dict[str, tuple[frozenset[str], re.Pattern[str], frozenset[str]]] = {
    "sv": (
        frozenset(
            [
                "og",
                "jeg",
                "ikke",
                "fra",
                "hva",
                "hvad",
                "hvor",
                "hvem",
                "meg",
                "deg",
                "dere",
                "kun",
                "noe",
                "noget",
                "være",
                "været",
                "til",
                "skal",
                "mye",
                "meget",
                "takk",
                "ble",
                "godt",
                "hvis",
            ]
        ),
        re.compile(r"[äö]"),
        frozenset({"da", "no", "nb", "nn"}),
    ),
    "fi": (
        frozenset(
            [
                "see",
                "seda",
                "selle",
                "ta",
                "kas",
                "kui",
                "ning",
                "või",
                "tere",
                "aitäh",
                "väga",
                "tema",
                "meie",
                "teie",
                "nad",
                "olen",
                "oled",
                "homme",
                "täna",
                "ilus",
                "hea",
            ]
        ),
        re.compile(r"y"),
        frozenset({"et"}),
    ),
}
_WORD = re.compile(r"[^\W\d_]+")
# Scripts that name their language when CLD2 cannot (Han without kana is taken as Chinese).
_SCRIPTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[\u3040-\u30ff]"), "ja"),
    (re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"), "ko"),
    (re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]"), "zh"),
    (re.compile(r"[\u0370-\u03ff]"), "el"),
    (re.compile(r"[\u0590-\u05ff]"), "he"),
    (re.compile(r"[\u0e00-\u0e7f]"), "th"),
    (re.compile(r"[\u10a0-\u10ff]"), "ka"),
    (re.compile(r"[\u0530-\u058f]"), "hy"),
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_SCRIPT_OF: dict[str, re.Pattern[str]] = {
    **{code: pattern for pattern, code in _SCRIPTS},
    "ja": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]"),
    **dict.fromkeys(("ru", "uk", "bg", "be", "sr", "mk", "kk", "ky", "mn", "tg"), _CYRILLIC),
    **dict.fromkeys(("hi", "mr", "ne", "sa"), _DEVANAGARI),
    **dict.fromkeys(("ar", "fa", "ur", "ps"), _ARABIC),
}
# CLD2's verdict counts only on this many letters or more; below, the own detector decides.
CLD2_MIN_LETTERS: Final = 12
# An archive's declared language gives way only to clear evidence: this many letters, CLD2 sure
# and (for one of ours) the own detector agreeing.
_OVERRULE_LETTERS: Final = 60
_OVERRULE_PERCENT: Final = 90


class Guess(NamedTuple):
    """CLD2's answer: the language code, whether it is reliable, and the share of the text."""

    code: str | None
    reliable: bool
    percent: int


def language_code(value: object) -> str | None:
    """A language code as OwnVoice stores it ("de", "zh", "fi"), from an archive's or CLD2's
    ("de-AT", "zh-Hant", "ger", "in"); None for "no language" and anything not a code."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if value[:2].islower() and value[2:3].isupper():  # "zhCn", as some Mastodon apps write it
        value = value[:2]
    code = value.lower().replace("_", "-").split("-", 1)[0]
    if not code.isascii() or not code.isalpha() or not 2 <= len(code) <= 3:
        return None
    if code in _NOT_A_LANGUAGE or (len(code) == 3 and code.startswith("q")):
        return None
    return _SAME.get(code, code)


def is_profile_language(code: str | None) -> bool:
    """True for fi, sv and en: the languages a voice profile describes and the check checks."""
    return code in LANGUAGES


def plain_words(text: str) -> str:
    """``text`` without links, mentions, hashtags and custom emoji: the words to judge."""
    return _MARKS.sub(" ", text)


def identify_language(text: str, declared: str | None = None, *, whole: bool = False) -> str | None:
    """fi, sv or en; another language's code ("de", "zh"; ``OTHER`` when not known); or None
    when not sure. ``declared`` is what the archive says of the text (any form of code). The
    own detector reads the opening of a text (imports: tens of thousands of texts), or with
    ``whole`` all of its words (a draft is one text)."""
    said = language_code(declared)
    plain = plain_words(text)
    latin = sum(map(len, _LATIN_RUN.findall(plain)))
    non_latin = len(_NON_LATIN.findall(plain))
    if not latin and not non_latin:
        return said
    # A Chinese, Japanese or Korean character weighs about as much as a word's three letters.
    other = non_latin + 2 * len(_CJK.findall(plain)) if non_latin else 0
    if other > latin:  # mostly another script: never fi, sv or en
        script = _SCRIPT_OF.get(said or "")
        if script is not None and script.search(plain):
            return said  # declared, and written in that language's script
        # Declared in a language of another script (an app's default: "mr" or "es" on a post in
        # Chinese), or not at all: CLD2, else the script itself, names the language.
        guess = _cld2(plain)
        if guess.code is not None and not is_profile_language(guess.code):
            return guess.code
        return _script_language(plain)
    guess = _cld2(plain) if latin >= CLD2_MIN_LETTERS else Guess(None, False, 0)
    own = language_of(words(plain)) if whole else detect_language(plain)
    if said is not None:
        return _with_declared(said, guess, own, latin, plain.lower())
    lower = plain.lower()
    if guess.code is not None and guess.reliable:
        if not is_profile_language(guess.code):
            return _other_or_ours(guess.code, own, lower)
        if own is None and len(_WORD.findall(lower)) >= 3:
            return None  # the own detector weighed enough words and found two languages close
        return own or guess.code  # the own detector knows short posts best
    if own is None:
        return None
    if _FOREIGN.search(lower):
        return None  # ñ, ß, õ, æ…: not a Finnish, Swedish or English text, or not only one
    tells = _TELLS.get(own)
    if tells is not None and not tells[1].search(lower) and tells[0] & set(_WORD.findall(lower)):
        # Danish or Norwegian words without a Swedish ä or ö; Estonian words without a y
        return guess.code if guess.code in tells[2] else None
    return own


def _with_declared(said: str, guess: Guess, own: str | None, latin: int, lower: str) -> str:
    """The declared language, unless the text clearly says another one.

    Storing another language as fi, sv or en is the costlier mistake (it describes the person's
    voice with someone else's grammar), so a text declared as one of ours gives way to CLD2 sure
    of another language, and to CLD2 and the own detector agreeing on another of ours (a
    Mastodon app posts in its default language). A text declared in another language keeps it
    unless it is long and both detectors agree on one of ours.
    """
    code = guess.code
    if code is None or code == said or not guess.reliable or latin < CLD2_MIN_LETTERS:
        return said
    clear = guess.percent >= _OVERRULE_PERCENT and latin >= _OVERRULE_LETTERS
    if is_profile_language(code):
        agreed = own == code and (clear or is_profile_language(said))
        return code if agreed else said
    if not is_profile_language(said):
        return said  # two other languages: the archive knows its own better (no or da)
    neighbour = _NEIGHBOURS.get(code)
    if neighbour is not None and neighbour[0] == said and not clear:
        return said  # Swedish taken for Danish, Finnish for Estonian: only on clear evidence
    return _other_or_ours(code, own, lower)


def _other_or_ours(code: str, own: str | None, lower: str) -> str:
    """CLD2 says another language: believe it, unless it named the neighbour of a language of
    ours and the text has that language's own letters (Swedish ä/ö, not Danish æ/ø)."""
    neighbour = _NEIGHBOURS.get(code)
    if neighbour is None or own != neighbour[0]:
        return code
    mine, letters = neighbour
    if letters.search(lower) and not _NEIGHBOUR_BLOCK[mine].search(lower):
        return mine
    return code


def _cld2(text: str) -> Guess:
    import pycld2  # loaded at the first text, never at start-up

    try:
        reliable, _, found = pycld2.detect(text, isPlainText=True, bestEffort=False)
    except pycld2.error:  # text CLD2 cannot read (lone surrogates): no opinion
        return Guess(None, False, 0)
    _, code, percent, _ = found[0]
    return Guess(language_code(code), bool(reliable), int(percent))


def _script_language(text: str) -> str:
    for pattern, code in _SCRIPTS:
        if pattern.search(text):
            return code
    return OTHER
