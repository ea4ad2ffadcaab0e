"""Recognising the languages of texts stored before OwnVoice knew other languages (issue 23).

Until then every text was stored as Finnish, Swedish, English or "not sure": a German tweet as
English, an Estonian post as Finnish. After the upgrade, the first start finds the data folder
behind (``languages_behind``, one query) and recognises the stored texts' languages again, once,
on the serial worker (app/services/store/derived.py, the same door as the other derived data).

The archives' declared languages were not kept, so only the text is read again, and a stored
label changes only when the new answer is surer than the old one could have been:

- "not sure" becomes whatever is recognised now;
- fi, sv or en becomes another language when the text is recognised as one (CLD2 sure, or a
  script that is not Latin); one of ours never becomes another of ours (that label may have come
  from the archive), nor "not sure";
- another language never changes (none was stored before).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.text.identify import identify_language, is_profile_language
from app.storage.derived.read import VOICE
from app.storage.voice import read as corpus_read

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.quick import QuickReader


def relabelled(text: str, stored: str | None) -> str | None:
    """The language to store for a text stored as ``stored`` by an older version."""
    if stored is not None and not is_profile_language(stored):
        return stored
    found = identify_language(text)
    if stored is None or (found is not None and not is_profile_language(found)):
        return found
    return stored


def relabel_languages(db: Database, reader: QuickReader) -> int:
    """Recognise the stored texts' languages again; return how many changed. The changes, the
    voice profile's stale mark and the version stamp commit together."""
    from app.storage.derived.write import mark_languages_current, mark_stale
    from app.storage.voice import write as corpus_write

    changes: dict[int, str | None] = {}
    for text_id, text, stored in corpus_read.read_languages(reader.connection):
        new = relabelled(text, stored)
        if new != stored:
            changes[text_id] = new
    with db.session() as session:
        corpus_write.set_languages(session, changes)
        if changes:
            mark_stale(session, VOICE)
        mark_languages_current(session)
    return len(changes)
