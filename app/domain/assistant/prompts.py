"""What the assistant is asked: the actions, a short summary of the person's voice, a few of
their own posts closest in topic to the draft (never the whole corpus), and the messages."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Final

from app.domain.assistant.protocol import Message
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.text import words
from app.domain.text.wordlists import STOPWORDS
from app.domain.voice.model import VoiceProfile

# Few and short: the model needs the flavour of the person's writing, not their archive, and
# a small local model has a small context window.
EXAMPLE_POSTS: Final = 3
EXAMPLE_CHARS: Final = 500
DRAFT_CHARS: Final = 4000


class Action(Enum):
    OPENERS = "openers"
    TIGHTEN = "tighten"
    VOICE = "voice"
    TRANSLATE_FI = "translate-fi"
    TRANSLATE_SV = "translate-sv"
    TRANSLATE_EN = "translate-en"
    QUESTIONS = "questions"

    @property
    def is_list(self) -> bool:
        """Several short suggestions (inserted at the cursor), not a rewrite of the draft."""
        return self in (Action.OPENERS, Action.QUESTIONS)

    @property
    def target_language(self) -> str | None:
        return self.value.split("-", 1)[1] if self.value.startswith("translate-") else None


ACTION_LABELS: dict[Action, str] = {
    Action.OPENERS: QT_TRANSLATE_NOOP("Assistant", "Suggest three openers"),
    Action.TIGHTEN: QT_TRANSLATE_NOOP("Assistant", "Tighten"),
    Action.VOICE: QT_TRANSLATE_NOOP("Assistant", "Closer to my voice"),
    Action.TRANSLATE_FI: QT_TRANSLATE_NOOP("Assistant", "Translate to Finnish in my voice"),
    Action.TRANSLATE_SV: QT_TRANSLATE_NOOP("Assistant", "Translate to Swedish in my voice"),
    Action.TRANSLATE_EN: QT_TRANSLATE_NOOP("Assistant", "Translate to English in my voice"),
    Action.QUESTIONS: QT_TRANSLATE_NOOP("Assistant", "Questions that invite discussion"),
}

_LANGUAGE_NAMES = {"fi": "Finnish", "sv": "Swedish", "en": "English"}

_INSTRUCTIONS: dict[Action, str] = {
    Action.OPENERS: "Suggest three different opening lines for this post, in {language}. Each "
    "must make a reader want to read on, without clickbait. Write them as a numbered list "
    "(1., 2., 3.), one line each, and nothing else.",
    Action.TIGHTEN: "Tighten this post in {language}: cut filler and repetition, keep every "
    "point, fact and the author's own words where they work. Reply with the tightened post "
    "only.",
    Action.VOICE: "Rewrite this post in {language} so that it sounds like the author: their "
    "sentence length, their way of addressing people, their favourite turns of phrase. Keep the "
    "content. Reply with the rewritten post only.",
    Action.TRANSLATE_FI: "Translate this post into {language} as the author would write it "
    "themselves, not word for word. Reply with the translation only.",
    Action.QUESTIONS: "Suggest three questions the author could end this post with to invite a "
    "real discussion (not yes/no questions), in {language}. Write them as a numbered list "
    "(1., 2., 3.), one line each, and nothing else.",
}
_INSTRUCTIONS[Action.TRANSLATE_SV] = _INSTRUCTIONS[Action.TRANSLATE_FI]
_INSTRUCTIONS[Action.TRANSLATE_EN] = _INSTRUCTIONS[Action.TRANSLATE_FI]


def action_of(name: str) -> Action:
    """An action by its command-line name (``openers``, ``translate-sv``, …)."""
    return Action(name)


# -- the voice, in a few lines -------------------------------------------------------------------


def voice_summary(profile: VoiceProfile) -> str:
    """A short description of how the person writes in one language, for the model."""
    lines = [
        f"Language: {_LANGUAGE_NAMES.get(profile.language, profile.language)}, "
        f"from {profile.posts} of their posts.",
        f"Typical post: about {round(profile.length.median)} characters; sentences of about "
        f"{round(profile.sentence_length.median)} words.",
    ]
    share = profile.person.singular_share
    if share is not None:
        who = "mostly “I”" if share >= 0.6 else "mostly “we”" if share <= 0.4 else "“I” and “we”"
        lines.append(f"Speaks as {who}.")
    habits = []
    if profile.questions.share >= 0.3:
        habits.append("often asks the reader a question")
    habits.append(_usage("emoji", profile.emoji.share))
    habits.append(_usage("hashtags", profile.hashtags.share))
    lines.append("Habits: " + "; ".join(habits) + ".")
    if profile.openers:
        lines.append(
            "Often opens with: "
            + ", ".join(f"“{p.example.quote[:60]}”" for p in profile.openers[:2])
        )
    if profile.phrases:
        lines.append("Favourite phrases: " + ", ".join(f"“{p.text}”" for p in profile.phrases[:4]))
    if profile.topics:
        lines.append("Writes about: " + ", ".join(t.term for t in profile.topics[:6]) + ".")
    return "\n".join(lines)


def _usage(what: str, share: float) -> str:
    if share >= 0.5:
        return f"uses {what} in most posts"
    if share >= 0.15:
        return f"uses {what} now and then"
    return f"rarely uses {what}"


# -- posts closest in topic ----------------------------------------------------------------------

_KEY_LETTERS = 6  # a word cut to six letters: Finnish and Swedish endings fold together


def topic_keys(text: str) -> frozenset[str]:
    """The words of ``text`` that say what it is about: no stopwords, short words or numbers."""
    stop = STOPWORDS["fi"] | STOPWORDS["sv"] | STOPWORDS["en"]
    keys = set()
    for word in words(text):
        plain = unicodedata.normalize("NFKC", word).casefold()
        if len(plain) < 4 or plain in stop or not plain.isalpha():
            continue
        keys.add(plain[:_KEY_LETTERS])
    return frozenset(keys)


def closest_posts(draft: str, posts: Iterable[str], limit: int = EXAMPLE_POSTS) -> list[str]:
    """Up to ``limit`` of the person's posts that share the most topic words with the draft
    (share of the draft's words found, ties to the earlier post: give newest first); each
    cut to ``EXAMPLE_CHARS``. Posts sharing nothing are not sent."""
    wanted = topic_keys(draft)
    if not wanted:
        return []
    scored: list[tuple[float, int, str]] = []
    for index, post in enumerate(posts):
        shared = len(wanted & topic_keys(post))
        if shared:
            scored.append((-shared / len(wanted), index, post))
    scored.sort()
    return [_shorten(post, EXAMPLE_CHARS) for _score, _index, post in scored[:limit]]


def _shorten(text: str, limit: int) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip() + " …"


# -- the messages --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PromptContext:
    """What is known of the person for one request: all optional."""

    name: str = ""
    summary: str = ""  # voice_summary of the draft's language
    examples: tuple[str, ...] = ()


def build_messages(
    action: Action, draft: str, language: str | None, context: PromptContext
) -> list[Message]:
    """The system message (who the person is, how they write, a few of their posts) and the
    user message (the action and the draft)."""
    target = action.target_language or language or "en"
    who = context.name.strip() or "the author"
    system = [
        f"You are a writing assistant for {who}, who writes social media posts in their own "
        "voice. Never invent facts, figures or names. Use plain words, no corporate jargon, no "
        "hashtags or emoji unless the author uses them. Reply with only what is asked for: no "
        "introduction, no explanation, no quotation marks around it."
    ]
    if context.summary:
        system.append("How the author writes:\n" + context.summary)
    if context.examples:
        shown = "\n\n".join(f"---\n{post}" for post in context.examples)
        system.append("Some of the author's own posts on similar topics:\n" + shown + "\n---")
    instruction = _INSTRUCTIONS[action].format(language=_LANGUAGE_NAMES.get(target, target))
    user = f"{instruction}\n\nThe post:\n{_shorten(draft, DRAFT_CHARS)}"
    return [Message("system", "\n\n".join(system)), Message("user", user)]


def as_text(messages: Sequence[Message]) -> str:
    """The messages as a person reads them in the preview of what is sent."""
    return "\n\n".join(f"[{m.role}]\n{m.content}" for m in messages)


# -- the answer ----------------------------------------------------------------------------------

_ITEM = re.compile(r"^\s*(?:\d+[.)]|[-*•])\s+(.*\S)\s*$")
_PREAMBLE = re.compile(r"^(here (is|are)|sure[,!.]|certainly[,!.]|okay[,!.])", re.IGNORECASE)


def suggestions(action: Action, answer: str) -> list[str]:
    """The model's answer as the suggestions a person can take: the numbered or bulleted lines
    of a list action (every non-empty line when it wrote none), else the whole text. A chatty
    first line ("Here is the tightened post:") and wrapping quotation marks are dropped."""
    lines = answer.strip().splitlines()
    if lines and _PREAMBLE.match(lines[0].strip()) and lines[0].rstrip().endswith(":"):
        lines = lines[1:]
    if action.is_list:
        items = [m.group(1) for line in lines if (m := _ITEM.match(line))]
        if not items:
            items = [line.strip() for line in lines if line.strip()]
        return [_unquote(item) for item in items]
    text = _unquote("\n".join(lines).strip())
    return [text] if text else []


def _unquote(text: str) -> str:
    for left, right in (('"', '"'), ("“", "”"), ("”", "”"), ("«", "»"), ("'", "'")):
        if len(text) > 1 and text.startswith(left) and text.endswith(right):
            return text[1:-1].strip()
    return text.strip()
