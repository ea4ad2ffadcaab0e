"""The corpus tables: what corpus_write writes, corpus_read reads back field for field."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.domain.voice import Text, build_profiles
from app.storage.database import Database
from app.storage.quick import QuickReader
from app.storage.voice import read as corpus_read
from app.storage.voice import write as corpus_write
from app.storage.voice.codec import decode_profile, encode_profile
from app.storage.voice.read import CorpusText, ImportRecord

Store = tuple[Database, QuickReader]


def text(n: int, **changes: object) -> CorpusText:
    values: dict[str, object] = {
        "source": "linkedin", "external_id": f"urn:li:share:{n}", "channel": "linkedin",
        "kind": "own_post", "posted_at": datetime(2024, 3, n, 7, 45, tzinfo=UTC),
        "text": f"Teksti {n}\nrivi \"lainaus\"", "link": f"https://l/{n}", "language": "fi",
    }  # fmt: skip
    values.update(changes)
    return CorpusText(**values)  # type: ignore[arg-type]


def test_texts_round_trip_and_are_unique_per_source(store: Store) -> None:
    db, reader = store
    written = [text(1), text(2, language=None, excluded=True), text(3, source="x", channel="x")]
    with db.session() as session:
        assert corpus_write.add_texts(session, written) == 3
    with db.session() as session:  # the same ids again, and one new
        assert corpus_write.add_texts(session, [text(1), text(4)]) == 1
    read = corpus_read.read_texts(reader.connection)
    assert [t.external_id for t in read] == [f"urn:li:share:{n}" for n in (4, 3, 2, 1)]
    by_id = {t.external_id: t for t in read}
    for original in written:
        stored = by_id[original.external_id]
        assert stored.id is not None
        assert stored == CorpusText(**{**original.__dict__, "id": stored.id})
    assert corpus_read.count_texts(reader.connection) == (4, 1, 0)  # excluded, not undetected
    assert len(corpus_read.read_texts(reader.connection, language="fi", included_only=True)) == 3
    ids = [by_id["urn:li:share:1"].id]
    with db.session() as session:
        corpus_write.set_excluded(session, ids, True)  # type: ignore[arg-type]
    assert corpus_read.count_texts(reader.connection)[1] == 2
    with db.session() as session:
        assert corpus_write.stored_languages(session, "x") == {"urn:li:share:3": "fi"}


def test_imports_profile_facts_and_connections_round_trip(store: Store) -> None:
    db, reader = store
    record = ImportRecord("linkedin", "export.zip", datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
                          {"own_post": 2}, 5, 7, date(2024, 3, 1), date(2024, 4, 20),
                          {"fi": 2}, {"bad_date": 1})  # fmt: skip
    with db.session() as session:
        import_id = corpus_write.add_import(session, record)
        corpus_write.save_network_profile(session, "linkedin", "Headline", "Summary\nlines")
        corpus_write.merge_connections(session, "linkedin", {"2024-05": 2, "2024-04": 1})
    with db.session() as session:  # an older export knows less: counts never go down
        corpus_write.merge_connections(session, "linkedin", {"2024-05": 1, "2024-06": 3})
    [read] = corpus_read.read_imports(reader.connection)
    assert read == ImportRecord(**{**record.__dict__, "id": import_id})
    assert corpus_read.read_network_profile(reader.connection, "linkedin") == (
        "Headline", "Summary\nlines",
    )  # fmt: skip
    assert corpus_read.read_network_profile(reader.connection, "x") is None
    assert corpus_read.read_connections(reader.connection, "linkedin") == {
        "2024-04": 1, "2024-05": 2, "2024-06": 3,
    }  # fmt: skip


def test_a_voice_profile_is_stored_and_read_back_equal(store: Store) -> None:
    db, reader = store
    posts = [
        Text(str(n), f"Mitä mieltä olet kiertotaloudesta? Minä uskon siihen. #kiertotalous {n}",
             "linkedin", "fi")
        for n in range(6)
    ]  # fmt: skip
    profile = build_profiles(posts, ("kiertotalous",))["fi"]
    with db.session() as session:
        corpus_write.save_voice_profiles(session, {"fi": encode_profile(profile)}, "2026-01-01")
    stored = corpus_read.read_voice_profiles(reader.connection)
    assert list(stored) == ["fi"]
    assert decode_profile(stored["fi"][1]) == profile
    assert decode_profile('{"format": 0}') is None
    assert decode_profile("not json") is None
