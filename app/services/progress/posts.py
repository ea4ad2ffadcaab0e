"""The person's published posts for the Progress page: those published from the drafting studio
(with the outcomes entered for them) and their own posts from imported archives."""

from __future__ import annotations

from collections.abc import Mapping

from app.domain.activity import ActivityKind
from app.domain.drafts.model import Publication
from app.domain.progress import PostFacts
from app.domain.progress.posts import topics_from
from app.domain.text import detect_language
from app.services.drafts import DraftsReader
from app.storage.quick import QuickReader
from app.storage.voice.read import read_texts


def published_posts(reader: QuickReader) -> list[PostFacts]:
    """Every published post once: a post published from a draft and later imported with an
    archive too (the same link) is taken from the draft, which has its outcome."""
    drafts = DraftsReader(reader)
    publications = drafts.publications()
    tags = {idea.id: idea.tags for idea in drafts.ideas(None)}
    found = [_from_publication(drafts, p, tags) for p in publications]
    posts = [post for post in found if post is not None]
    links = {p.link for p in publications if p.link}
    own = ActivityKind.OWN_POST.value
    for text in read_texts(reader.connection, included_only=True, kind=own):
        if text.link and text.link in links:
            continue
        topics = topics_from((), text.text)
        posts.append(PostFacts(text.day, text.text, text.language, topics=topics))
    return posts


def _from_publication(
    drafts: DraftsReader, publication: Publication, idea_tags: Mapping[int | None, tuple[str, ...]]
) -> PostFacts | None:
    draft = drafts.draft(publication.draft_id)
    if draft is None:
        return None
    variant = draft.variant(publication.network)
    text = variant.text if variant is not None else ""
    tags = idea_tags.get(draft.idea_id, ()) if draft.idea_id is not None else ()
    outcome = publication.outcome
    return PostFacts(
        day=publication.day,
        text=text,
        language=detect_language(text) if text.strip() else None,
        comments=outcome.comments,
        reactions=outcome.reactions,
        topics=topics_from(tags, text),
        title=draft.title,
    )
