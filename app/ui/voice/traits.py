"""A voice profile in plain words: one sentence per trait, with examples of the person's own.

The profile holds numbers and keys only (app/domain/voice/model.py); every sentence a person
reads is made here, translated, with numbers in the person's locale. Each sentence is whole on
its own; examples follow it as quotes, each shown once on the page and each showing what its
sentence says (the marks sentence's examples show the emoji, hashtags and mentions it names).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.text import words
from app.domain.voice import Excerpt, Pattern, Phrase, Stat, Topic, VoiceProfile
from app.ui.kit.numbers import format_number
from app.ui.voice.corpus_model import channel_name

_QUOTE = 180  # characters of an example shown
_TOPICS = 6  # topics named in the sentence


@dataclass(frozen=True)
class Trait:
    sentence: str
    examples: tuple[str, ...] = ()  # quotes, already shortened


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


class _Shown:
    """The examples already on the page: none is shown twice."""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def first(self, candidates: Iterable[Excerpt | None]) -> tuple[str, ...]:
        """The first candidate not yet shown, or nothing."""
        for excerpt in candidates:
            text = quote(excerpt)
            if text and text not in self._seen:
                self._seen.add(text)
                return (text,)
        return ()

    def each(self, candidates: Iterable[Excerpt | None]) -> tuple[str, ...]:
        """Every candidate not yet shown."""
        return tuple(text for excerpt in candidates for text in self.first((excerpt,)))


def traits(profile: VoiceProfile) -> list[Trait]:
    """The profile's traits, most telling first; traits with nothing to say are left out.

    Examples are handed out to the most particular traits first (an opener's example is the
    only one that shows it; any sentence of the usual length shows the sentence length), so
    that a quote another trait took leaves the general one, not the particular one, without.
    """
    say = VoiceTraits()
    shown = _Shown()
    p = profile
    particular = {
        "opener": say.opener(p.openers[0] if p.openers else None, shown),
        "sign_off": say.sign_off(p.sign_offs[0] if p.sign_offs else None, shown),
        "questions": say.questions(p.questions, shown),
        "person": say.person(p, shown),
        "marks": say.marks(p, shown),
        "phrases": say.phrases(p, shown),
        "topics": say.topics(p, shown),
        "sentences": say.sentences(p, shown),
        "length": say.length(p, shown),
    }
    found = [
        particular["length"],
        particular["sentences"],
        say.readability(p),
        particular["opener"],
        particular["questions"],
        particular["person"],
        particular["sign_off"],
        particular["marks"],
        particular["phrases"],
        say.channels(p),
        particular["topics"],
    ]
    return [t for t in found if t is not None]


def _often(share: float) -> str:
    return (
        QCoreApplication.translate("VoiceTraits", "usually")
        if share >= 0.5
        else QCoreApplication.translate("VoiceTraits", "often")
    )


_C = "VoiceTraits"
# Sentences per pattern kind (app/domain/voice/openers.py); {often} is "usually" or "often".
_OPENERS = {
    "question": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} open with a question."),
    "exclamation": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} open with an exclamation."),
    "emoji": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} open with an emoji."),
    "mention": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} open by naming someone."),
    "number": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} open with a number."),
    "greeting": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} open with a greeting."),
    "thanks": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} open by thanking someone."),
    "first_singular": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} open with yourself (“I …”)."),
    "first_plural": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} open with your team (“we …”)."),
}
_OPENER_WORD = QT_TRANSLATE_NOOP("VoiceTraits", "You {often} open with the word “{word}”.")
_SIGN_OFFS = {
    "hashtags": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} end with hashtags."),
    "mention": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} end by naming someone."),
    "link": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} end with a link."),
    "emoji": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} end with an emoji."),
    "question": QT_TRANSLATE_NOOP(
        "VoiceTraits", "You {often} end with a question to your readers."
    ),
    "exclamation": QT_TRANSLATE_NOOP("VoiceTraits", "You {often} end with an exclamation."),
}
_SIGN_OFF_LINE = QT_TRANSLATE_NOOP("VoiceTraits", "You {often} sign off with the same line.")


def _written(phrase: Phrase) -> str:
    """A phrase as the person wrote it the first time ("I learn the most", not "i learn the
    most"), falling back to its lower-case words."""
    example = phrase.example
    start, end = example.focus[0] - example.start, example.focus[1] - example.start
    written = " ".join(example.quote[start:end].split())
    same = [w.lower().replace("’", "'") for w in words(written)] == phrase.text.split()
    return written if same else phrase.text


class VoiceTraits(QObject):
    """The sentences, one method per trait (a class, so that plural phrases get their forms:
    see i18n/README.md, "Plurals")."""

    def length(self, p: VoiceProfile, shown: _Shown) -> Trait:
        s = p.length
        low, high = whole(s.low), whole(s.high)
        if low == high:  # one post, or all of a length: no range to tell
            text = self.tr("Your %Ln posts are about {chars} characters long.", "", p.posts).format(
                chars=whole(s.median)
            )
        else:
            text = self.tr(
                "Your posts are usually about {median} characters long; most are between {low} "
                "and {high}."
            ).format(median=whole(s.median), low=low, high=high)
        return Trait(text, shown.first((s.example,)) if s.median <= _QUOTE else ())

    def sentences(self, p: VoiceProfile, shown: _Shown) -> Trait:
        s = p.sentence_length
        if s.median <= 10:
            text = self.tr("You write short sentences: about {words} words each.")
        elif s.median <= 17:
            text = self.tr("Your sentences are of medium length, about {words} words.")
        else:
            text = self.tr("You write long sentences, about {words} words each.")
        return Trait(text.format(words=whole(s.median)), shown.first(p.sentences or (s.example,)))

    def readability(self, p: VoiceProfile) -> Trait:
        lix = p.lix.median
        if lix < 30:
            level = self.tr("very easy to read")
        elif lix < 40:
            level = self.tr("easy to read")
        elif lix < 50:
            level = self.tr("of medium difficulty")
        elif lix < 60:
            level = self.tr("demanding")
        else:
            level = self.tr("very demanding")
        return Trait(
            self.tr(
                "Your text is {level} (readability index LIX {lix}); {share} of your words are "
                "long, over six letters."
            ).format(level=level, lix=whole(lix), share=percent(p.long_words.median))
        )

    def opener(self, pattern: Pattern | None, shown: _Shown) -> Trait | None:
        if pattern is None:
            return None
        text = QCoreApplication.translate(_C, _OPENERS.get(pattern.kind, _OPENER_WORD))
        return Trait(
            text.format(often=_often(pattern.share), word=pattern.value),
            shown.first((pattern.example,)),
        )

    def sign_off(self, pattern: Pattern | None, shown: _Shown) -> Trait | None:
        if pattern is None:
            return None
        text = QCoreApplication.translate(_C, _SIGN_OFFS.get(pattern.kind, _SIGN_OFF_LINE))
        return Trait(text.format(often=_often(pattern.share)), shown.first((pattern.example,)))

    def questions(self, s: Stat, shown: _Shown) -> Trait:
        if s.share >= 0.3:
            text = self.tr("You ask your readers a lot: {share} of your posts have a question.")
        elif s.share > 0:
            text = self.tr("You ask a question now and then ({share} of your posts).")
        else:
            return Trait(self.tr("You rarely ask questions in your posts."))
        return Trait(text.format(share=percent(s.share)), shown.first((s.example,)))

    def person(self, p: VoiceProfile, shown: _Shown) -> Trait:
        person = p.person
        if person.singular_share is None:
            return Trait(self.tr("You seldom write about yourself: “I” and “we” hardly appear."))
        if person.singular_share >= 0.6:
            return Trait(
                self.tr("You mostly write as yourself (“I”)."),
                shown.first((person.singular_example,)),
            )
        if person.singular_share <= 0.4:
            return Trait(
                self.tr("You mostly write as a team (“we”)."),
                shown.first((person.plural_example,)),
            )
        return Trait(
            self.tr("You write both as yourself and as a team (“I” and “we”)."),
            shown.each((person.singular_example, person.plural_example)),
        )

    def marks(self, p: VoiceProfile, shown: _Shown) -> Trait:
        parts = []
        if p.emoji.share > 0:
            parts.append(
                self.tr("emoji in {share} of your posts").format(share=percent(p.emoji.share))
            )
        if p.hashtags.share > 0:
            parts.append(
                self.tr("hashtags in {share} (about {n} each)").format(
                    share=percent(p.hashtags.share), n=format_number(p.hashtags.mean, 1)
                )
            )
        if p.mentions.share > 0:
            parts.append(self.tr("mentions in {share}").format(share=percent(p.mentions.share)))
        if not parts:
            return Trait(self.tr("You use no emoji, hashtags or mentions."))
        # Passages that show the marks it names, together where one post has them close.
        return Trait(self.tr("You use {list}.").format(list="; ".join(parts)), shown.each(p.marks))

    def phrases(self, p: VoiceProfile, shown: _Shown) -> Trait | None:
        if not p.phrases:
            return None
        listed = ", ".join(self.tr("“{phrase}”").format(phrase=_written(f)) for f in p.phrases[:4])
        return Trait(
            self.tr("Phrases you come back to: {phrases}.").format(phrases=listed),
            shown.first(f.example for f in p.phrases[:4]),
        )

    def channels(self, p: VoiceProfile) -> Trait | None:
        if len(p.channels) < 2:
            return None
        listed = "; ".join(
            self.tr("{channel} about {chars}").format(
                channel=channel_name(c.channel), chars=whole(c.chars.median)
            )
            for c in p.channels
        )
        return Trait(
            self.tr("Your typical length in characters per channel: {list}.").format(list=listed)
        )

    def topics(self, p: VoiceProfile, shown: _Shown) -> Trait | None:
        # Only what her texts in this language mention (a profile kept from before listed
        # every given topic, mentioned or not).
        found: list[Topic] = [t for t in p.topics if t.posts][:_TOPICS]
        if not found:
            return None
        return Trait(
            self.tr("You write most about {topics}.").format(
                topics=", ".join(t.term for t in found)
            ),
            shown.first(t.example for t in found),
        )
