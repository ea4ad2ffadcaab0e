"""Texts in other languages through the real importers, the profile and the check (issue 23).

German, Estonian, Chinese… posts are stored with their own code, never as Finnish, Swedish or
English; the profile describes fi/sv/en and counts the rest; data folders from before are
relabelled once, at the next start; `voice profile --json` and `voice check` say so.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.main import main
from app.services.clock import FixedClock
from app.services.store.derived import (
    LANGUAGES_BEHIND,
    VOICE_BEHIND,
    repair_derived,
    stale_derived,
)
from app.services.voice.imports import import_archive
from app.services.voice.profile import VoiceService
from app.storage.database import Database
from app.storage.quick import QuickReader
from app.storage.voice import read as corpus_read
from app.storage.voice import write as corpus_write
from app.storage.voice.read import CorpusText
from tests.domain import lang_samples
from tests.domain.other_lang_samples import OTHER, SHORT
from tests.services import archive_factory as af

TODAY = date(2026, 1, 15)
OURS = {"fi", "sv", "en"}
NORDIC = {"no", "nb", "nn", "da"}
Store = tuple[Database, QuickReader]


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture(autouse=True)
def keep_log_handlers() -> Iterator[None]:
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def _cases() -> list[tuple[str, str]]:
    """(language, text) in fifteen languages: ours and twelve others."""
    ours = [("fi", t) for t in lang_samples.FI[:8]] + [("sv", t) for t in lang_samples.SV[:8]]
    ours += [("en", t) for t in lang_samples.EN[:8]]
    others = [(lang, t) for group in (OTHER, SHORT) for lang, xs in group.items() for t in xs]
    return ours + others


def _right(lang: str, stored: str | None) -> bool:
    return stored == lang or (lang in NORDIC and stored in NORDIC)


def _stored(reader: QuickReader) -> dict[str, str | None]:
    return {t.external_id: t.language for t in corpus_read.read_texts(reader.connection)}


def _moment(n: int) -> datetime:
    return datetime(2025, 6, 1, 9, tzinfo=UTC) + timedelta(hours=n)


def _x_archive(tmp_path: Path, tweets: list[dict[str, object]]) -> Path:
    files = af.x_files()
    files["data/tweets.js"] = af.js("tweets", 0, tweets)
    del files["data/tweets-part1.js"]
    return af.write_zip(tmp_path / "x.zip", files)


def test_x_archive_without_a_language_of_its_own_texts_decide(
    tmp_path: Path, store: Store, clock: FixedClock
) -> None:
    db, reader = store
    cases = _cases()
    tweets = [af.tweet(5000 + i, text, _moment(i), lang="und") for i, (_, text) in enumerate(cases)]
    import_archive("x", _x_archive(tmp_path, tweets), db, reader, clock)
    stored = _stored(reader)
    wrong = []
    for i, (lang, text) in enumerate(cases):
        found = stored[str(5000 + i)]
        if lang in OURS:
            assert found == lang, text
        else:
            assert found not in OURS, text
            if not _right(lang, found):
                wrong.append((lang, found, text))
    assert len(wrong) <= 2, wrong  # "not sure" at most on a couple of very short ones


def test_x_lang_is_strong_evidence_and_mastodon_content_map_too(
    tmp_path: Path, store: Store, clock: FixedClock
) -> None:
    db, reader = store
    tweets = [
        af.tweet(7001, "Danke euch allen für die tolle Zeit!", _moment(1), lang="de"),
        af.tweet(7002, "Aitäh!", _moment(2), lang="et"),  # too short for any detector
        af.tweet(7003, "Tack! Vi ses.", _moment(3), lang="sv"),
        af.tweet(7004, "Kiitos!", _moment(4), lang="fi"),
        af.tweet(7005, OTHER["de"][0] + " " + OTHER["de"][2], _moment(5), lang="en"),
    ]
    import_archive("x", _x_archive(tmp_path, tweets), db, reader, clock)
    outbox = af.Outbox()
    chinese = [
        "<p>早上好，咖啡已经好了 father :blobheartcat:</p>",
        '<p>为我的团队感到骄傲 <a href="https://m.example/tags/KpopTime" class="mention hashtag">'
        "#<span>KpopTime</span></a></p>",
        "<p>谢谢 :blobcat: :ablobcatrave:</p>",
    ]
    for i, html in enumerate(chinese):
        outbox.note(201 + i, html, lang="zh")
    outbox.note(210, "<p>Ich freue mich sehr auf das Wochenende.</p>", lang="de")
    outbox.note(211, "<p>Hyvää viikonloppua kaikille!</p>", lang="fi")
    import_archive("mastodon", af.write_zip(tmp_path / "m.zip", af.mastodon_files(outbox)),
                   db, reader, clock)  # fmt: skip
    stored = _stored(reader)
    assert [stored[str(n)] for n in range(7001, 7006)] == ["de", "et", "sv", "fi", "de"]
    toots = {k.rsplit("/", 1)[-1]: v for k, v in stored.items() if "statuses" in k}
    assert [toots[str(n)] for n in (201, 202, 203)] == ["zh", "zh", "zh"]
    assert toots["210"] == "de" and toots["211"] == "fi"

    state = VoiceService(clock).refresh(db, reader)
    assert set(state.profiles) == {"fi", "sv"}  # nothing describes the Chinese or German texts
    assert state.others == {"de": 3, "zh": 3, "et": 1}
    assert state.unsure == 0
    assert VoiceService(clock).state(reader).others == state.others


def _old_text(n: int, text: str, language: str | None) -> CorpusText:
    return CorpusText(
        source="x", external_id=str(n), channel="x", kind="own_post",
        posted_at=_moment(n), text=text, link="", language=language,
    )  # fmt: skip


OLD = [  # as the version before stored them: always fi, sv, en or not sure
    (OTHER["de"][0], "en", "de"),
    (OTHER["et"][0], "fi", "et"),
    (OTHER["es"][1], "sv", "es"),
    (OTHER["fr"][4], "en", "fr"),
    ("早上好，咖啡已经好了 father :blobheartcat:", "en", "zh"),
    (OTHER["ru"][0], None, "ru"),
    (lang_samples.FI[0], "fi", "fi"),
    (lang_samples.SV[0], "sv", "sv"),
    (lang_samples.EN[0], "en", "en"),
    ("Kiitos!", "fi", "fi"),  # X said so: a short text keeps its label
]


def _old_folder(db: Database) -> None:
    texts = [_old_text(i, text, old) for i, (text, old, _) in enumerate(OLD)]
    with db.session() as session:
        corpus_write.add_texts(session, texts)


def test_an_old_data_folder_is_relabelled_once_at_the_next_start(
    store: Store, clock: FixedClock
) -> None:
    db, reader = store
    _old_folder(db)
    VoiceService(clock).refresh(db, reader)  # the old profile: English "describes" German
    assert stale_derived(reader, TODAY) == [LANGUAGES_BEHIND]
    done = repair_derived(db, reader, clock)
    assert done.repaired == (LANGUAGES_BEHIND, VOICE_BEHIND) and not done.failed
    stored = _stored(reader)
    assert [stored[str(i)] for i in range(len(OLD))] == [new for _, _, new in OLD]
    state = VoiceService(clock).state(reader)
    assert set(state.profiles) == {"fi", "sv", "en"}
    assert state.profiles["en"].posts == 1  # the English post, not the German or Chinese ones
    assert state.others == {"de": 1, "es": 1, "et": 1, "fr": 1, "ru": 1, "zh": 1}
    assert stale_derived(reader, TODAY) == []  # once: the next start has nothing to do
    assert repair_derived(db, reader, clock).repaired == ()


def test_a_new_data_folder_is_never_relabelled(
    tmp_path: Path, store: Store, clock: FixedClock
) -> None:
    db, reader = store
    assert stale_derived(reader, TODAY) == []
    tweets = [af.tweet(8001, "Kiitos!", _moment(1), lang="fi")]
    import_archive("x", _x_archive(tmp_path, tweets), db, reader, clock)
    VoiceService(clock).refresh(db, reader)
    assert stale_derived(reader, TODAY) == []


def test_an_old_folder_is_relabelled_by_the_command_line_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "--today", TODAY.isoformat(), "doctor"]) in (0, 1)
    db = Database.open(data / "ownvoice.db", datetime(2026, 1, 15, tzinfo=UTC))
    try:
        _old_folder(db)
    finally:
        db.close()
    capsys.readouterr()
    assert main(["--data-dir", str(data), "--today", TODAY.isoformat(),
                 "voice", "profile", "--json"]) == 0  # fmt: skip
    shown = json.loads(capsys.readouterr().out)
    assert set(shown) == {"fi", "sv", "en", "other_languages", "not_sure"}
    assert shown["other_languages"] == {"de": 1, "es": 1, "et": 1, "fr": 1, "ru": 1, "zh": 1}
    assert shown["not_sure"] == 0
    assert shown["en"]["posts"] == 1
    assert main(["--data-dir", str(data), "--today", TODAY.isoformat(), "voice", "profile"]) == 0
    out = capsys.readouterr().out
    assert "Also 6 texts in other languages (de 1, es 1, et 1, fr 1, ru 1, zh 1)" in out


@pytest.mark.parametrize(
    ("lang", "text"),
    [(lang, xs[0]) for lang, xs in OTHER.items()] + [(lang, xs[0]) for lang, xs in SHORT.items()],
)
def test_voice_check_of_a_draft_in_another_language_says_so_and_still_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, text: str
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(text, encoding="utf-8")
    args = ["--data-dir", str(tmp_path / "data"), "--today", TODAY.isoformat(), "voice", "check"]
    assert main([*args, str(draft), "--channel", "linkedin", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["language"] not in OURS
    if shown["language"] is not None:
        assert shown["language_checked"] is False
        assert shown["profile_match"] == {}
        assert all(f["kind"] in {"sensitive_word", "mention_employer", "unicode_styling"}
                   for f in shown["flags"])  # fmt: skip
    assert shown["length"] == len(text) and shown["limit"] == 3000
    assert shown["fold_ok"] is True
    assert main([*args, str(draft), "--channel", "linkedin"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"linkedin: {len(text)}/3000 characters")
    if shown["language"] is not None:
        assert "OwnVoice checks Finnish, Swedish and English" in out
        assert "the fold" in out
