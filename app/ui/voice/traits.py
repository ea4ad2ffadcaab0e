"""A voice profile in plain words: one sentence per trait, each with an example of the person's own.

The profile holds numbers and keys only (app/domain/voice/model.py); every sentence a person
reads is made here, translated, with numbers in the person's locale.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.voice import Excerpt, Pattern, Stat, VoiceProfile
from app.ui.kit.numbers import format_number
from app.ui.voice.corpus_model import channel_name

_QUOTE = 180  # characters of an example shown


@dataclass(frozen=True)
class Trait:
    sentence: str
    example: str = ""  # the quote, already shortened; "" for none


def percent(share: float) -> str:
    return QCoreApplication.translate("VoiceTraits", "{number}%").format(
        number=QLocale().toString(round(share * 100))
    )


def whole(value: float) -> str:
    return QLocale().toString(round(value))


def quote(excerpt: Excerpt | None) -> str:
    if excerpt is None:
        return ""
    text = " ".join(excerpt.quote.split())
    if len(text) > _QUOTE:
        text = text[: _QUOTE - 1].rstrip() + "…"
    return QCoreApplication.translate("VoiceTraits", "“{quote}”").format(quote=text)


def traits(profile: VoiceProfile) -> list[Trait]:
    """The profile's traits, most telling first; traits with nothing to say are left out."""
    found = [
        _length(profile),
        _sentences(profile.sentence_length),
        _readability(profile),
        _opener(profile.openers[0] if profile.openers else None),
        _questions(profile.questions),
        _person(profile),
        _sign_off(profile.sign_offs[0] if profile.sign_offs else None),
        _marks(profile),
        _phrases(profile),
        _channels(profile),
        _topics(profile),
    ]
    return [t for t in found if t is not None]


def _length(p: VoiceProfile) -> Trait:
    s = p.length
    return Trait(
        QCoreApplication.translate(
            "VoiceTraits",
            "Your posts are usually about {median} characters long; most are between {low} and "
            "{high}.",
        ).format(median=whole(s.median), low=whole(s.low), high=whole(s.high)),
        quote(s.example) if s.median <= _QUOTE else "",
    )


def _sentences(s: Stat) -> Trait:
    if s.median <= 10:
        text = QCoreApplication.translate(
            "VoiceTraits", "You write short sentences: about {words} words each, like:"
        )
    elif s.median <= 17:
        text = QCoreApplication.translate(
            "VoiceTraits", "Your sentences are of medium length, about {words} words, like:"
        )
    else:
        text = QCoreApplication.translate(
            "VoiceTraits", "You write long sentences, about {words} words each, like:"
        )
    return Trait(text.format(words=whole(s.median)), quote(s.example))


def _readability(p: VoiceProfile) -> Trait:
    lix = p.lix.median
    if lix < 30:
        level = QCoreApplication.translate("VoiceTraits", "very easy to read")
    elif lix < 40:
        level = QCoreApplication.translate("VoiceTraits", "easy to read")
    elif lix < 50:
        level = QCoreApplication.translate("VoiceTraits", "of medium difficulty")
    elif lix < 60:
        level = QCoreApplication.translate("VoiceTraits", "demanding")
    else:
        level = QCoreApplication.translate("VoiceTraits", "very demanding")
    return Trait(
        QCoreApplication.translate(
            "VoiceTraits",
            "Your text is {level} (readability index LIX {lix}); {share} of your words are long, "
            "over six letters.",
        ).format(level=level, lix=whole(lix), share=percent(p.long_words.median))
    )


def _often(share: float) -> str:
    return (
        QCoreApplication.translate("VoiceTraits", "usually")
        if share >= 0.5
        else QCoreApplication.translate("VoiceTraits", "often")
    )


_C = "VoiceTraits"
# Sentences per pattern kind (app/domain/voice/openers.py); {often} is "usually" or "often".
_OPENERS = {
    "question": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} open with a question, like:"),
    "exclamation": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} open with an exclamation, like:"),
    "emoji": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} open with an emoji, like:"),
    "mention": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} open by naming someone, like:"),
    "number": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} open with a number, like:"),
    "greeting": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} open with a greeting, like:"),
    "thanks": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} open by thanking someone, like:"),
    "first_singular": QT_TRANSLATE_NOOP(
        "VoiceTraits", "You {often} open with yourself (“I …”), like:"
    ),
    "first_plural": QT_TRANSLATE_NOOP(
        "VoiceTraits", "You {often} open with your team (“we …”), like:"
    ),
}
_OPENER_WORD = QT_TRANSLATE_NOOP("VoiceTraits", "You {often} open with the word “{word}”, like:")
_SIGN_OFFS = {
    "hashtags": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} end with hashtags, like:"),
    "mention": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} end by naming someone, like:"),
    "link": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} end with a link, like:"),
    "emoji": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} end with an emoji, like:"),
    "question": QT_TRANSLATE_NOOP(
        "VoiceTraits", "You {often} end with a question to your readers, like:"
    ),
    "exclamation": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} end with an exclamation, like:"),
}
_SIGN_OFF_LINE = QT_TRANSLATE_NOOP("VoiceTraits", "You {often} sign off with the same line, like:")


def _opener(pattern: Pattern | None) -> Trait | None:
    if pattern is None:
        return None
    text = QCoreApplication.translate(_C, _OPENERS.get(pattern.kind, _OPENER_WORD))
    return Trait(
        text.format(often=_often(pattern.share), word=pattern.value), quote(pattern.example)
    )


def _sign_off(pattern: Pattern | None) -> Trait | None:
    if pattern is None:
        return None
    text = QCoreApplication.translate(_C, _SIGN_OFFS.get(pattern.kind, _SIGN_OFF_LINE))
    return Trait(text.format(often=_often(pattern.share)), quote(pattern.example))


def _questions(s: Stat) -> Trait:
    if s.share >= 0.3:
        text = QCoreApplication.translate(
            "VoiceTraits",
            "You ask your readers a lot: {share} of your posts have a question, like:",
        )
    elif s.share > 0:
        text = QCoreApplication.translate(
            "VoiceTraits", "You ask a question now and then ({share} of your posts), like:"
        )
    else:
        return Trait(
            QCoreApplication.translate("VoiceTraits", "You rarely ask questions in your posts.")
        )
    return Trait(text.format(share=percent(s.share)), quote(s.example))


def _person(p: VoiceProfile) -> Trait | None:
    person = p.person
    if person.singular_share is None:
        return Trait(
            QCoreApplication.translate(
                "VoiceTraits", "You seldom write about yourself: “I” and “we” hardly appear."
            )
        )
    if person.singular_share >= 0.6:
        return Trait(
            QCoreApplication.translate("VoiceTraits", "You mostly write as yourself (“I”), like:"),
            quote(person.singular_example),
        )
    if person.singular_share <= 0.4:
        return Trait(
            QCoreApplication.translate("VoiceTraits", "You mostly write as a team (“we”), like:"),
            quote(person.plural_example),
        )
    return Trait(
        QCoreApplication.translate(
            "VoiceTraits", "You write both as yourself and as a team (“I” and “we”), like:"
        ),
        quote(person.singular_example or person.plural_example),
    )


def _marks(p: VoiceProfile) -> Trait | None:
    parts = []
    if p.emoji.share > 0:
        parts.append(
            QCoreApplication.translate("VoiceTraits", "emoji in {share} of your posts").format(
                share=percent(p.emoji.share)
            )
        )
    if p.hashtags.share > 0:
        parts.append(
            QCoreApplication.translate(
                "VoiceTraits", "hashtags in {share} (about {n} each)"
            ).format(share=percent(p.hashtags.share), n=format_number(p.hashtags.mean, 1))
        )
    if p.mentions.share > 0:
        parts.append(
            QCoreApplication.translate("VoiceTraits", "mentions in {share}").format(
                share=percent(p.mentions.share)
            )
        )
    if not parts:
        return Trait(
            QCoreApplication.translate("VoiceTraits", "You use no emoji, hashtags or mentions.")
        )
    example = p.hashtags.example or p.emoji.example or p.mentions.example
    return Trait(
        QCoreApplication.translate("VoiceTraits", "You use {list}, like:").format(
            list="; ".join(parts)
        ),
        quote(example),
    )


def _phrases(p: VoiceProfile) -> Trait | None:
    if not p.phrases:
        return None
    listed = ", ".join(
        QCoreApplication.translate("VoiceTraits", "“{phrase}”").format(phrase=f.text)
        for f in p.phrases[:4]
    )
    return Trait(
        QCoreApplication.translate(
            "VoiceTraits", "Phrases you come back to: {phrases}. For example:"
        ).format(phrases=listed),
        quote(p.phrases[0].example),
    )


def _channels(p: VoiceProfile) -> Trait | None:
    if len(p.channels) < 2:
        return None
    listed = "; ".join(
        QCoreApplication.translate("VoiceTraits", "{channel} about {chars}").format(
            channel=channel_name(c.channel), chars=whole(c.chars.median)
        )
        for c in p.channels
    )
    return Trait(
        QCoreApplication.translate(
            "VoiceTraits", "Your typical length in characters per channel: {list}."
        ).format(list=listed)
    )


def _topics(p: VoiceProfile) -> Trait | None:
    if not p.topics:
        return None
    listed = ", ".join(t.term for t in p.topics[:6])
    first = next((t.example for t in p.topics if t.example is not None), None)
    return Trait(
        QCoreApplication.translate("VoiceTraits", "You write most about {topics}, like:").format(
            topics=listed
        ),
        quote(first),
    )
