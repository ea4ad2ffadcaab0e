"""How a draft compares with the person's own voice, measure by measure."""

from __future__ import annotations

from app.domain.voice.features import Features, measure
from app.domain.voice.model import Deviation, Direction, Stat, VoiceProfile
from app.domain.voice.stats import quartiles


def compare(draft: str, profile: VoiceProfile, channel: str | None = None) -> list[Deviation]:
    """The draft's value for each measure beside the profile's typical range (quartiles).

    Every measure the draft and the profile both have is listed, with ``direction`` "within"
    when it fits; kinds: sentence_length, lix, long_words, person (share of "I" among I + we),
    questions, exclamations, emoji, hashtags, mentions, length (of the channel when known).
    """
    f = measure("", draft, channel or "", profile.language)
    pairs: list[tuple[str, float | None, Stat]] = [
        ("sentence_length", _median_sentence(f), profile.sentence_length),
        ("lix", f.lix() if f.words else None, profile.lix),
        ("long_words", f.long_words / f.words if f.words else None, profile.long_words),
        ("person", _singular_share(f), profile.person.per_post),
        ("questions", f.count("?"), profile.questions),
        ("exclamations", f.count("!"), profile.exclamations),
        ("emoji", len(f.emoji), profile.emoji),
        ("hashtags", len(f.hashtags), profile.hashtags),
        ("mentions", len(f.mentions), profile.mentions),
        ("length", f.chars, _length_stat(profile, channel)),
    ]
    return [
        Deviation(kind, value, s.low, s.high, s.median, _direction(value, s))
        for kind, value, s in pairs
        if value is not None and s.count
    ]


def _direction(value: float, s: Stat) -> Direction:
    if value < s.low:
        return "below"
    if value > s.high:
        return "above"
    return "within"


def _median_sentence(f: Features) -> float | None:
    if not f.sentences:
        return None
    return quartiles(sorted(len(s.words) for s in f.sentences))[1]


def _singular_share(f: Features) -> float | None:
    total = f.singular + f.plural
    return f.singular / total if total else None


def _length_stat(profile: VoiceProfile, channel: str | None) -> Stat:
    for found in profile.channels:
        if found.channel == channel:
            return found.chars
    return profile.length
