"""What one request carries: the voice summary of the draft's language and the person's own
posts closest in topic, read from the store; then the messages for the action."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.assistant.prompts import (
    Action,
    PromptContext,
    build_messages,
    closest_posts,
    voice_summary,
)
from app.domain.assistant.protocol import Message
from app.domain.text import detect_language
from app.storage.voice import read as corpus_read

if TYPE_CHECKING:
    from app.storage.quick import QuickReader

# Looked through for the closest posts: the most recent ones, as for the profile itself.
RECENT_POSTS = 2000


@dataclass(frozen=True)
class Prepared:
    """A request ready to send, and what the preview shows of it."""

    action: Action
    language: str | None  # of the draft
    messages: tuple[Message, ...]
    examples: int  # own posts included


def prompt_context(reader: QuickReader | None, draft: str, name: str = "") -> PromptContext:
    """The person's voice in the draft's language and up to three of their posts closest in
    topic. Without a store or a profile: only the name."""
    if reader is None:
        return PromptContext(name=name)
    from app.services.voice.profile import stored_profiles

    language = detect_language(draft)
    profiles = stored_profiles(reader) or {}
    profile = profiles.get(language) if language else None
    if profile is None and len(profiles) == 1:
        profile = next(iter(profiles.values()))
    texts = corpus_read.read_texts(reader.connection, language=language, included_only=True)
    posts = [t.text for t in texts[:RECENT_POSTS]]
    return PromptContext(
        name=name,
        summary=voice_summary(profile) if profile is not None else "",
        examples=tuple(closest_posts(draft, posts)),
    )


def prepare(action: Action, draft: str, context: PromptContext) -> Prepared:
    language = detect_language(draft)
    messages = build_messages(action, draft, language, context)
    return Prepared(action, language, tuple(messages), len(context.examples))
