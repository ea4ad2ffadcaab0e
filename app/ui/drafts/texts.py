"""What the drafting studio says: flag messages by key, measures, readability, states, networks."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from app.domain.checks.flags import Flag, FlagKind, flag_key
from app.domain.checks.readability import Readability
from app.domain.drafts.model import DraftState
from app.domain.drafts.networks import Network
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.ui.kit.i18n import translated
from app.ui.kit.numbers import decimal_text, integer_text

_C = "DraftTexts"

# The UI's own table, by the same keys as app/domain/checks/messages.py (which the CLI prints).
_FLAGS: dict[str, str] = {
    flag_key(FlagKind.CLICHE): QT_TRANSLATE_NOOP(
        "DraftTexts", "“{text}” is a stock phrase. How would you say it to a colleague over coffee?"
    ),
    flag_key(FlagKind.ADVOCACY_BOILERPLATE): QT_TRANSLATE_NOOP(
        "DraftTexts",
        "“{text}” sounds like the company's marketing. Say what you think of it yourself.",
    ),
    flag_key(FlagKind.NO_PERSONAL_ANGLE): QT_TRANSLATE_NOOP(
        "DraftTexts",
        "There is no “I” in this post. Add what you saw, did or think: that is why people read it.",
    ),
    flag_key(FlagKind.COMPANY_VOICE): QT_TRANSLATE_NOOP(
        "DraftTexts",
        "“{text}” and the other “we” words speak for the company, and nothing says “I”. "
        "Say what you yourself did, saw or think.",
    ),
    flag_key(FlagKind.HARD_TO_READ): QT_TRANSLATE_NOOP(
        "DraftTexts",
        "LIX {lix}: very hard to read. Shorter sentences and everyday words help; the hardest "
        "sentences are marked.",
    ),
    flag_key(FlagKind.NO_INVITATION): QT_TRANSLATE_NOOP(
        "DraftTexts", "Nothing invites a reply. End with a question, or ask for others' experience."
    ),
    flag_key(FlagKind.LONG_SENTENCE): QT_TRANSLATE_NOOP(
        "DraftTexts",
        "This sentence has {words} words (more than {limit}). Try splitting it in two.",
    ),
    flag_key(FlagKind.SENSITIVE_WORD): QT_TRANSLATE_NOOP(
        "DraftTexts",
        "“{text}” is on your list of sensitive words. Check it may be said in public.",
    ),
    flag_key(FlagKind.MENTION_EMPLOYER): QT_TRANSLATE_NOOP(
        "DraftTexts",
        "This is about {employer}'s business. Say that you work there, so readers know.",
    ),
    flag_key(FlagKind.UNICODE_STYLING): QT_TRANSLATE_NOOP(
        "DraftTexts",
        "Styled letters are read badly by screen readers and break search. Plain text: “{plain}”.",
    ),
    flag_key(FlagKind.PASSIVE_HEAVY): QT_TRANSLATE_NOOP(
        "DraftTexts",
        "{count} passive verbs: nobody in particular does anything. Say who did it, you "
        "yourself if it was you.",
    ),
    flag_key(FlagKind.NOMINAL_STYLE): QT_TRANSLATE_NOOP(
        "DraftTexts",
        "{count} actions turned into nouns or long compounds: the text reads like a report. "
        "Say it with verbs.",
    ),
}

_KIND_TITLES: dict[FlagKind, str] = {
    FlagKind.CLICHE: QT_TRANSLATE_NOOP("DraftTexts", "Stock phrase"),
    FlagKind.ADVOCACY_BOILERPLATE: QT_TRANSLATE_NOOP("DraftTexts", "Sounds like marketing"),
    FlagKind.NO_PERSONAL_ANGLE: QT_TRANSLATE_NOOP("DraftTexts", "No personal angle"),
    FlagKind.COMPANY_VOICE: QT_TRANSLATE_NOOP("DraftTexts", "Speaks as the company"),
    FlagKind.HARD_TO_READ: QT_TRANSLATE_NOOP("DraftTexts", "Very hard to read"),
    FlagKind.NO_INVITATION: QT_TRANSLATE_NOOP("DraftTexts", "No invitation to discuss"),
    FlagKind.LONG_SENTENCE: QT_TRANSLATE_NOOP("DraftTexts", "Very long sentence"),
    FlagKind.SENSITIVE_WORD: QT_TRANSLATE_NOOP("DraftTexts", "Sensitive word"),
    FlagKind.MENTION_EMPLOYER: QT_TRANSLATE_NOOP("DraftTexts", "Mention your employer"),
    FlagKind.UNICODE_STYLING: QT_TRANSLATE_NOOP("DraftTexts", "Styled letters"),
    FlagKind.PASSIVE_HEAVY: QT_TRANSLATE_NOOP("DraftTexts", "Many passive verbs"),
    FlagKind.NOMINAL_STYLE: QT_TRANSLATE_NOOP("DraftTexts", "Nouns instead of verbs"),
}

_MEASURES: dict[str, str] = {
    "sentence_length": QT_TRANSLATE_NOOP("DraftTexts", "Sentence length (words)"),
    "lix": QT_TRANSLATE_NOOP("DraftTexts", "Readability (LIX)"),
    "long_words": QT_TRANSLATE_NOOP("DraftTexts", "Share of long words"),
    "person": QT_TRANSLATE_NOOP("DraftTexts", "“I” rather than “we”"),
    "questions": QT_TRANSLATE_NOOP("DraftTexts", "Questions"),
    "exclamations": QT_TRANSLATE_NOOP("DraftTexts", "Exclamation marks"),
    "emoji": QT_TRANSLATE_NOOP("DraftTexts", "Emoji"),
    "hashtags": QT_TRANSLATE_NOOP("DraftTexts", "Hashtags"),
    "mentions": QT_TRANSLATE_NOOP("DraftTexts", "Mentions"),
    "length": QT_TRANSLATE_NOOP("DraftTexts", "Length (characters)"),
}

# How the draft compares with the person's own posts; {range} is "3–5", "4" or "none".
_DIRECTIONS: dict[str, str] = {
    "within": QT_TRANSLATE_NOOP("DraftTexts", "like your own posts (usually {range})"),
    "below": QT_TRANSLATE_NOOP("DraftTexts", "less than in your own posts (usually {range})"),
    "above": QT_TRANSLATE_NOOP("DraftTexts", "more than in your own posts (usually {range})"),
}
_NONE = QT_TRANSLATE_NOOP("DraftTexts", "none")
_PERCENT = QT_TRANSLATE_NOOP("DraftTexts", "{n}%")
_RANGE = QT_TRANSLATE_NOOP("DraftTexts", "{low}–{high}")
_VALUE = QT_TRANSLATE_NOOP("DraftTexts", "{name}: {value}")
# Measures counted in whole things (a post has 0, 1 or 2 questions), and shares.
_COUNTS = frozenset({"questions", "exclamations", "emoji", "hashtags", "mentions"})
_SHARES = frozenset({"long_words", "person"})

_READABILITY: dict[Readability, str] = {
    Readability.VERY_EASY: QT_TRANSLATE_NOOP("DraftTexts", "very easy"),
    Readability.EASY: QT_TRANSLATE_NOOP("DraftTexts", "easy"),
    Readability.MEDIUM: QT_TRANSLATE_NOOP("DraftTexts", "medium"),
    Readability.HARD: QT_TRANSLATE_NOOP("DraftTexts", "hard"),
    Readability.VERY_HARD: QT_TRANSLATE_NOOP("DraftTexts", "very hard"),
}

_STATES: dict[DraftState, str] = {
    DraftState.IDEA: QT_TRANSLATE_NOOP("DraftTexts", "Idea"),
    DraftState.DRAFT: QT_TRANSLATE_NOOP("DraftTexts", "Draft"),
    DraftState.READY: QT_TRANSLATE_NOOP("DraftTexts", "Ready"),
    DraftState.PUBLISHED: QT_TRANSLATE_NOOP("DraftTexts", "Published"),
}

_NETWORKS: dict[Network, str] = {
    Network.LINKEDIN: "LinkedIn",
    Network.X: "X",
    Network.MASTODON: "Mastodon",
    Network.BLUESKY: "Bluesky",
    Network.THREADS: "Threads",
    Network.INTERNAL: QT_TRANSLATE_NOOP("DraftTexts", "Internal"),
    Network.BLOG: QT_TRANSLATE_NOOP("DraftTexts", "Blog"),
}


def flag_message(flag: Flag) -> str:
    template = translated(_C, _FLAGS.get(flag.key, "{text}"))
    values: Mapping[str, Any] = {**flag.params, "text": flag.text}
    try:
        return template.format_map(values)
    except (KeyError, ValueError, IndexError):  # a translation with a wrong placeholder
        return _FLAGS.get(flag.key, "{text}").format_map(values)


def flag_title(kind: FlagKind) -> str:
    return translated(_C, _KIND_TITLES[kind])


def measure_name(kind: str) -> str:
    return translated(_C, _MEASURES[kind]) if kind in _MEASURES else kind


def readability_name(band: Readability) -> str:
    """The LIX band in words: "easy", "helppo", "lätt"."""
    return translated(_C, _READABILITY[band])


def percent_text(value: float) -> str:
    """A share as a whole percentage, as the language writes it: "38%", "38 %"."""
    return translated(_C, _PERCENT).format(n=integer_text(round(value * 100)))


def _shown_range(kind: str, low: float, high: float) -> tuple[str, str] | str:
    """The person's usual range as text: a pair, or one value when there is no range to speak
    of. Counts are whole: a draft with 1 question is within 0.75–2, so the range shows as 1–2
    (the smallest whole number at or above the low end, the largest at or below the high)."""
    if kind in _SHARES:
        pair = (percent_text(low), percent_text(high))
    elif kind in _COUNTS:
        first, last = math.ceil(low - 1e-9), math.floor(high + 1e-9)
        if first > last:  # no whole number inside: say the range as it is
            pair = (decimal_text(low, 1), decimal_text(high, 1))
        else:
            pair = (integer_text(first), integer_text(last))
            if first == last == 0:
                return translated(_C, _NONE)
    elif kind == "sentence_length":  # a median of whole numbers may be a half
        pair = (decimal_text(low, 1), decimal_text(high, 1))
    else:
        pair = (integer_text(round(low)), integer_text(round(high)))
    return pair[0] if pair[0] == pair[1] else pair


def measure_value(kind: str, value: float) -> str:
    """The draft's own value of a measure: "38 %", "2", "54"."""
    if kind in _SHARES:
        return percent_text(value)
    if kind in _COUNTS or kind in {"lix", "length"}:
        return integer_text(round(value))
    return decimal_text(value, 1)


def measure_line(kind: str, values: Mapping[str, Any]) -> str:
    """ "Questions: 2", the measure and the draft's value."""
    value = measure_value(kind, float(values.get("value", 0)))
    return translated(_C, _VALUE).format(name=measure_name(kind), value=value)


def measure_reason(kind: str, values: Mapping[str, Any]) -> str:
    """How the draft's value compares with the person's posts, and their usual range."""
    direction = str(values.get("direction", "within"))
    template = translated(_C, _DIRECTIONS.get(direction, _DIRECTIONS["within"]))
    low, high = float(values.get("low", 0)), float(values.get("high", 0))
    shown = _shown_range(kind, low, high)
    if isinstance(shown, tuple):
        shown = translated(_C, _RANGE).format(low=shown[0], high=shown[1])
    return template.format(range=shown)


def state_name(state: DraftState) -> str:
    return translated(_C, _STATES[state])


def network_name(network: Network) -> str:
    return translated(_C, _NETWORKS[network])
