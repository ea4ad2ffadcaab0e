"""What the drafting studio says: flag messages by key, measures, states, networks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.domain.checks.flags import Flag, FlagKind, flag_key
from app.domain.drafts.model import DraftState
from app.domain.drafts.networks import Network
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.ui.kit.i18n import translated

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
}

_KIND_TITLES: dict[FlagKind, str] = {
    FlagKind.CLICHE: QT_TRANSLATE_NOOP("DraftTexts", "Stock phrase"),
    FlagKind.ADVOCACY_BOILERPLATE: QT_TRANSLATE_NOOP("DraftTexts", "Sounds like marketing"),
    FlagKind.NO_PERSONAL_ANGLE: QT_TRANSLATE_NOOP("DraftTexts", "No personal angle"),
    FlagKind.NO_INVITATION: QT_TRANSLATE_NOOP("DraftTexts", "No invitation to discuss"),
    FlagKind.LONG_SENTENCE: QT_TRANSLATE_NOOP("DraftTexts", "Very long sentence"),
    FlagKind.SENSITIVE_WORD: QT_TRANSLATE_NOOP("DraftTexts", "Sensitive word"),
    FlagKind.MENTION_EMPLOYER: QT_TRANSLATE_NOOP("DraftTexts", "Mention your employer"),
    FlagKind.UNICODE_STYLING: QT_TRANSLATE_NOOP("DraftTexts", "Styled letters"),
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

_DIRECTIONS: dict[str, str] = {
    "within": QT_TRANSLATE_NOOP("DraftTexts", "like your own posts ({low}–{high})"),
    "below": QT_TRANSLATE_NOOP("DraftTexts", "less than you usually write ({low}–{high})"),
    "above": QT_TRANSLATE_NOOP("DraftTexts", "more than you usually write ({low}–{high})"),
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


def _number(value: float) -> str:
    return f"{value:.0f}" if abs(value) >= 10 or value == int(value) else f"{value:.2f}"


def measure_reason(kind: str, values: Mapping[str, Any]) -> str:
    direction = str(values.get("direction", "within"))
    template = translated(_C, _DIRECTIONS.get(direction, _DIRECTIONS["within"]))
    low, high = float(values.get("low", 0)), float(values.get("high", 0))
    if kind in {"long_words", "person"}:
        return template.format(low=f"{low:.0%}", high=f"{high:.0%}")
    return template.format(low=_number(low), high=_number(high))


def state_name(state: DraftState) -> str:
    return translated(_C, _STATES[state])


def network_name(network: Network) -> str:
    return translated(_C, _NETWORKS[network])
