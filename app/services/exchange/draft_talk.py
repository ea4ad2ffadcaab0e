""" "Ask my coach" on a draft: the person sends one draft, by choice and after seeing it, in the
next progress file; the coach comments on passages and on the whole (entries of kind
``draft_comment`` in the feedback file); the comments come back beside the draft in the studio,
where the person resolves them. Nothing of a draft leaves without that explicit step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.domain.exchange.draft_talk import DraftAsk, DraftComment
from app.domain.exchange.model import FeedbackEntry, FeedbackKind, Person
from app.storage.exchange import draft_talk as store
from app.storage.exchange import feedback as written_store

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.quick import QuickReader

Asked = store.Asked
Comment = store.Comment


# -- the person's side --------------------------------------------------------------------------


def ask(db: Database, draft_id: int, day: date, title: str, network: str, text: str) -> DraftAsk:
    """Send this text (as it is now) with the next progress file."""
    import uuid

    made = DraftAsk(uuid.uuid4().hex, day, title.strip(), network, text)
    with db.session() as session:
        store.add_ask(session, draft_id, made)
    return made


def take_back(db: Database, ask_id: str) -> None:
    with db.session() as session:
        store.remove_ask(session, ask_id)


def waiting_asks(reader: QuickReader) -> tuple[DraftAsk, ...]:
    """The drafts sent that no comment has come back for yet: each goes in every progress file
    until one does (a file lost on the way costs nothing)."""
    con = reader.connection
    answered = {c.comment.ask for c in store.read_comments(con)}
    return tuple(a.ask for a in store.read_asks(con) if a.ask.id not in answered)


@dataclass(frozen=True)
class ForDraft:
    """What the studio shows beside one draft."""

    asks: list[Asked]
    comments: list[Comment]  # on any of the draft's asks, oldest first


def for_draft(reader: QuickReader, draft_id: int) -> ForDraft:
    asks = store.read_asks(reader.connection, draft_id)
    comments = store.read_comments(reader.connection, [a.ask.id for a in asks])
    return ForDraft(asks, comments)


def resolve(db: Database, comment_id: str, day: date | None) -> None:
    """Resolved on ``day``, or open again with None."""
    with db.session() as session:
        store.resolve(session, comment_id, day)


# -- the coach's side ---------------------------------------------------------------------------


def comment_on(
    db: Database, person: Person, day: date, ask_id: str, text: str, quote: str = "",
    offset: int | None = None,
) -> FeedbackEntry:  # fmt: skip
    """A comment on the passage ``quote`` that began at ``offset`` in the text sent, or on the
    whole text; it goes in the person's next feedback file."""
    import uuid

    comment = DraftComment(ask_id, quote if offset is not None else "", offset if quote else None)
    entry = FeedbackEntry(uuid.uuid4().hex, day, FeedbackKind.DRAFT_COMMENT, text.strip(),
                          comment=comment)  # fmt: skip
    with db.session() as session:
        written_store.add_written(session, person.id, person.name, entry)
    return entry


def commented(written: Sequence[written_store.Written], ask_id: str) -> list[FeedbackEntry]:
    return [w.entry for w in written if w.entry.comment and w.entry.comment.ask == ask_id]
