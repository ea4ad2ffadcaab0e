"""An import tells the truth and derived data never makes it fail (issue 11, problems 1-3, 7-8).

- Dates outside 2000 .. the end of next year are left out with a counted reason; the journey and
  habits stay sane with such dates already stored.
- The journey and the voice profile are derived: a failure or a kill after the import's commit
  leaves a mark, and the next start brings them up to date.
- Ctrl-C says what is stored, at whichever moment it comes.
- Lone surrogates, a huge JSON number, a damaged ZIP entry name: plain lines, no tracebacks.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import struct
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.main import main
from app.services.archives import ArchiveError, parse_archive, parse_text
from app.services.clock import FixedClock
from app.services.habits import HabitsReader
from app.services.journey import JourneyReader, JourneyWriter
from app.services.store import prepare_store
from app.services.store.derived import JOURNEY_BEHIND, VOICE_BEHIND, repair_derived, stale_derived
from app.services.voice import imports as voice_import
from app.services.voice.imports import import_archive, import_pasted
from app.services.voice.removal import remove_import
from app.storage.database import Database
from app.storage.journey import read as journey_read
from app.storage.quick import QuickReader
from app.storage.voice import read as corpus_read
from tests.services import archive_factory as af

TODAY = date(2026, 1, 15)
DEFERRED_LINE = "ownvoice: your texts are stored; the journey will be updated on the next start"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture(autouse=True)
def keep_log_handlers() -> Iterator[None]:
    """The command line logs to its data folder: take its handler away after each test."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def run(data: Path, *args: str) -> int:
    return main(["--data-dir", str(data), "--today", TODAY.isoformat(), *args])


def linkedin_archive(tmp_path: Path, *extra: af.Share) -> Path:
    shares = [*af.SHARES, *extra]
    files = af.linkedin_files(replace={"Shares.csv": af.shares_csv(shares)})
    return af.write_zip(tmp_path / "export.zip", files)


def x_archive(tmp_path: Path, created_at: str) -> Path:
    part0, _ = af.x_tweets()
    old = af.tweet(1099, "Vanha twiitti", datetime(2020, 1, 1, tzinfo=UTC))
    old["tweet"]["created_at"] = created_at  # type: ignore[index]
    files = {**af.x_files(), "data/tweets.js": af.js("tweets", 0, [*part0, old])}
    return af.write_zip(tmp_path / "x.zip", files)


def mastodon_archive(tmp_path: Path, published: str) -> Path:
    outbox = af.mastodon_outbox().note(120, "<p>Vanha tuuttaus</p>")
    outbox.items[-1]["published"] = published
    outbox.items[-1]["object"]["published"] = published  # type: ignore[index]
    return af.write_zip(tmp_path / "m.zip", af.mastodon_files(outbox))


def stored_days(data: Path) -> list[str]:
    con = sqlite3.connect(data / "ownvoice.db")
    try:
        rows = con.execute("SELECT day FROM activity UNION ALL SELECT day FROM corpus_text")
        return sorted({str(day) for (day,) in rows})
    finally:
        con.close()


def journey_json(data: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert run(data, "journey", "status", "--json") == 0
    result: dict[str, object] = json.loads(capsys.readouterr().out)
    return result


# -- problem 1: dates outside a sane range -------------------------------------------------------

YEAR_ONE = {
    "linkedin": lambda tmp: linkedin_archive(
        tmp, af.Share("0001-01-01 00:00:00", "Vanha postaus", "https://www.linkedin.com/x/1")
    ),
    "x": lambda tmp: x_archive(tmp, "Mon Jan 01 00:00:00 +0000 0001"),
    "mastodon": lambda tmp: mastodon_archive(tmp, "0001-01-01T00:00:00Z"),
}


@pytest.mark.parametrize("source", sorted(YEAR_ONE))
def test_a_post_dated_year_one_is_left_out_and_counted(
    source: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    archive = YEAR_ONE[source](tmp_path)

    assert run(data, "import", source, str(archive), "--json") == 0
    out = capsys.readouterr()
    summary = json.loads(out.out)
    assert summary["skipped_reasons"]["out_of_range"] == 1
    assert summary["deferred"] is False
    assert "Traceback" not in out.err and out.err == ""
    assert all(day >= "2000" for day in stored_days(data))
    # Importing again (anything) works as well: before, every later import traced back too.
    assert run(data, "import", source, str(archive)) == 0
    assert "out_of_range 1" in capsys.readouterr().out
    status = journey_json(data, capsys)
    assert 0 < len(status["weeks"]) < 200  # type: ignore[arg-type]  # not 105,000


def test_dates_after_the_end_of_next_year_are_left_out_and_the_end_itself_kept(
    tmp_path: Path, store: tuple[Database, QuickReader], clock: FixedClock
) -> None:
    db, reader = store
    archive = linkedin_archive(
        tmp_path,
        af.Share("2027-12-31 23:00:00", "Ajastettu", "https://www.linkedin.com/x/2"),
        af.Share("2028-01-01 00:00:00", "Liian kaukana", "https://www.linkedin.com/x/3"),
    )
    summary = import_archive("linkedin", archive, db, reader, clock)
    assert summary.skipped_reasons["out_of_range"] == 1
    assert summary.last == date(2027, 12, 31)
    texts = [t.text for t in corpus_read.read_texts(reader.connection)]
    assert "Ajastettu" in texts and "Liian kaukana" not in texts


def test_a_markdown_date_of_year_one_leaves_the_text_dated_by_the_file(clock: FixedClock) -> None:
    # Hugo writes 0001-01-01 for "no date": the words are kept, with the time of pasting.
    result = parse_text("---\ndate: 0001-01-01\n---\nHei", posted_at=clock.now(), today=TODAY)
    assert [(i.text, i.day) for i in result.items] == [("Hei", TODAY)]


def add_year_one_activity(path: Path) -> None:
    """What an older OwnVoice stored (or a hand edit): an activity dated year 1."""
    con = sqlite3.connect(path)
    with con:
        con.execute(
            "INSERT INTO activity (kind, channel, day, source, link, note) "
            "VALUES ('own_post', 'linkedin', '0001-01-01', 'manual', '', '')"
        )
    con.close()


def test_the_journey_copes_with_a_year_one_activity_already_stored(
    tmp_path: Path, store: tuple[Database, QuickReader], clock: FixedClock
) -> None:
    db, reader = store
    import_archive("linkedin", linkedin_archive(tmp_path), db, reader, clock)
    add_year_one_activity(db.path)

    JourneyWriter(db, reader).refresh(TODAY)  # OverflowError in _first_streak before
    status = JourneyReader(reader).status(TODAY)
    assert 80 < len(status.weeks) < 100  # from March 2024: not 105,000 weeks since year 1
    assert {m.day.year for m in status.recognition} == {2024}


def test_journey_status_counts_weeks_from_2000_at_most(
    tmp_path: Path, paths: object, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert run(data, "import", "linkedin", str(linkedin_archive(tmp_path))) == 0
    add_year_one_activity(data / "ownvoice.db")
    con = sqlite3.connect(data / "ownvoice.db")
    with con:
        con.execute("DELETE FROM week_stage")  # as when the refresh failed after the commit
    con.close()
    status = journey_json(data, capsys)
    assert 80 < len(status["weeks"]) < 100  # type: ignore[arg-type]


def test_a_habit_check_in_of_year_one_does_not_stretch_its_history(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "habits", "add", "Write") == 0
    con = sqlite3.connect(data_dir / "ownvoice.db")
    with con:
        con.execute(
            "INSERT INTO habit_checkin (habit_id, day, state, value, note, source) "
            "VALUES (1, '0001-01-01', 'done', NULL, '', 'manual')"
        )
    con.close()
    reader = QuickReader(data_dir / "ownvoice.db")
    try:
        detail = HabitsReader(reader).detail(1, TODAY)
    finally:
        reader.close()
    assert detail is not None and detail.history.first_day == TODAY  # not 739,000 days
    with pytest.raises(SystemExit) as exit_:
        run(data_dir, "habits", "check", "Write", "--date", "0001-01-01")
    assert exit_.value.code == 2
    assert "before 2000-01-01" in capsys.readouterr().err


# -- problems 1 and 8: derived data never fails an import, and the next start finishes it -------


def journey_rows(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        stages = con.execute("SELECT monday, stage, from_log FROM week_stage ORDER BY 1").fetchall()
        marks = con.execute("SELECT key, day, detail FROM milestone ORDER BY 1").fetchall()
        return stages, marks
    finally:
        con.close()


def profiles(path: Path) -> dict[str, str]:
    con = sqlite3.connect(path)
    try:
        return {str(lang): str(data) for lang, data in con.execute(
            "SELECT language, data FROM voice_profile")}  # fmt: skip
    finally:
        con.close()


def import_fully(tmp_path: Path, clock: FixedClock) -> Path:
    """The same archive imported the whole way, for comparison."""
    data = tmp_path / "whole"
    data.mkdir()
    db = Database.open(data / "ownvoice.db", clock.now())
    reader = QuickReader(data / "ownvoice.db")
    summary = import_archive("linkedin", linkedin_archive(tmp_path), db, reader, clock)
    voice_import.refresh_voice(summary, db, reader, clock)
    reader.close()
    db.close()
    return data / "ownvoice.db"


def test_killed_after_the_commit_the_next_start_brings_the_journey_and_profile_up_to_date(
    tmp_path: Path, store: tuple[Database, QuickReader], clock: FixedClock
) -> None:
    db, reader = store
    result = parse_archive("linkedin", linkedin_archive(tmp_path), now=clock.now(), today=TODAY)
    voice_import.store(db, result, "export.zip", clock.now())  # committed; then the kill
    assert journey_rows(db.path) == ([], []) and profiles(db.path) == {}
    assert stale_derived(reader, TODAY) == [JOURNEY_BEHIND, VOICE_BEHIND]

    reader2, database = prepare_store(db.path, clock)  # the next start
    try:
        assert stale_derived(reader2, TODAY) == []
    finally:
        reader2.close()
        if database is not None:
            database.close()
    whole = import_fully(tmp_path, FixedClock(TODAY))
    assert journey_rows(db.path) == journey_rows(whole)
    assert journey_rows(db.path)[1]  # milestones: the first post, comment and reply
    assert profiles(db.path) == profiles(whole) != {}


def test_an_up_to_date_store_is_not_recomputed_at_start(
    tmp_path: Path, store: tuple[Database, QuickReader], clock: FixedClock
) -> None:
    db, reader = store
    summary = import_archive("linkedin", linkedin_archive(tmp_path), db, reader, clock)
    voice_import.refresh_voice(summary, db, reader, clock)
    assert stale_derived(reader, TODAY) == []
    assert repair_derived(db, reader, clock).repaired == ()


def test_a_store_from_before_the_marks_with_no_stages_is_repaired(
    tmp_path: Path, store: tuple[Database, QuickReader], clock: FixedClock
) -> None:
    db, reader = store
    import_archive("linkedin", linkedin_archive(tmp_path), db, reader, clock)
    con = sqlite3.connect(db.path)
    with con:  # an older version: the refresh failed, no mark was left, no profile built
        con.execute("DELETE FROM week_stage")
        con.execute("DELETE FROM meta WHERE key LIKE 'derived_stale:%'")
    con.close()
    assert stale_derived(reader, TODAY) == [JOURNEY_BEHIND, VOICE_BEHIND]
    assert repair_derived(db, reader, clock).repaired == (JOURNEY_BEHIND, VOICE_BEHIND)
    assert journey_rows(db.path)[0] and profiles(db.path)


def fail_refresh(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    def refresh(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(JourneyWriter, "refresh", refresh)


def test_a_failing_journey_refresh_leaves_the_import_stored_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    fail_refresh(monkeypatch, OverflowError("date value out of range"))
    assert run(data, "import", "linkedin", str(linkedin_archive(tmp_path))) == 0
    out = capsys.readouterr()
    assert "New: 6 texts, 7 activities." in out.out
    assert out.err.strip() == DEFERRED_LINE
    assert "Traceback" not in out.err
    assert "date value out of range" in (data / "logs" / "ownvoice.log").read_text()
    assert journey_rows(data / "ownvoice.db") == ([], [])

    monkeypatch.undo()
    assert run(data, "journey", "status") == 0  # the next start finishes it
    stages, milestones = journey_rows(data / "ownvoice.db")
    assert stages and milestones


def test_the_service_returns_a_deferred_summary_for_the_dialog(
    tmp_path: Path, store: tuple[Database, QuickReader], clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    db, reader = store
    fail_refresh(monkeypatch, RuntimeError("boom"))
    summary = import_archive("linkedin", linkedin_archive(tmp_path), db, reader, clock)
    assert summary.deferred and summary.new_posts == 6
    assert JOURNEY_BEHIND in stale_derived(reader, TODAY)


def test_a_failing_voice_profile_after_a_command_line_import_is_deferred(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.services.voice.profile import VoiceService

    def broken(*args: object) -> None:
        raise ValueError("broken profile")

    data = tmp_path / "data"
    monkeypatch.setattr(VoiceService, "refresh", broken)
    assert run(data, "import", "linkedin", str(linkedin_archive(tmp_path)), "--json") == 0
    out = capsys.readouterr()
    assert json.loads(out.out)["deferred"] is True
    assert out.err.strip() == DEFERRED_LINE
    monkeypatch.undo()
    assert run(data, "voice", "profile") == 0
    assert profiles(data / "ownvoice.db")


def test_a_removal_killed_before_its_refresh_is_finished_as_a_removal(
    tmp_path: Path, store: tuple[Database, QuickReader], clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    db, reader = store
    import_archive("linkedin", linkedin_archive(tmp_path), db, reader, clock)
    assert {m.kind.value for m in journey_read.read_milestones(reader.connection)} >= {
        "first_comment", "first_own_post", "first_reply"}  # fmt: skip
    import_id = corpus_read.read_imports(reader.connection)[0].id
    assert import_id is not None
    fail_refresh(monkeypatch, KeyError("killed"))
    removed = remove_import(db, reader, import_id, TODAY)
    assert removed.deferred and removed.texts == 6
    monkeypatch.undo()

    repair_derived(db, reader, clock)  # the next start
    assert journey_read.read_milestones(reader.connection) == []  # only the import gave them
    assert stale_derived(reader, TODAY) == []


# -- problem 2: Ctrl-C tells what is stored --------------------------------------------------------

NOTHING = "ownvoice: the import was cancelled; nothing was imported"
STORED = (
    "ownvoice: the import was stored (6 new texts, 7 new activities); "
    "the journey will be updated on the next start"
)


def interrupt(*args: object, **kwargs: object) -> None:
    raise KeyboardInterrupt


def count_rows(path: Path) -> tuple[int, int]:
    con = sqlite3.connect(path)
    try:
        texts = con.execute("SELECT count(*) FROM corpus_text").fetchone()[0]
        acts = con.execute("SELECT count(*) FROM activity").fetchone()[0]
        return int(texts), int(acts)
    finally:
        con.close()


@pytest.mark.parametrize(
    ("where", "target", "stored"),
    [
        ("reading the archive", "app.services.voice.imports.parse_archive", False),
        ("writing, before the commit", "app.storage.voice.write.insert_texts", False),
        ("at the commit's last moment", "app.storage.voice.write.merge_connections", False),
        ("right after the commit", "app.services.voice.imports._with_new", True),
        ("during the journey refresh", "app.services.journey.JourneyWriter.refresh", True),
        ("during the voice profile", "app.services.voice.profile.VoiceService.refresh", True),
    ],
)
def test_ctrl_c_during_an_import_says_what_is_stored(
    where: str, target: str, stored: bool, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    data = tmp_path / "data"
    monkeypatch.setattr(target, interrupt)
    code = run(data, "import", "linkedin", str(linkedin_archive(tmp_path)))
    err = capsys.readouterr().err.strip()
    assert (code, err) == ((0, STORED) if stored else (1, NOTHING)), where
    assert count_rows(data / "ownvoice.db") == ((6, 7) if stored else (0, 0))

    monkeypatch.undo()
    assert run(data, "journey", "status") == 0  # the next start finishes what was stored
    reader = QuickReader(data / "ownvoice.db")
    try:
        assert stale_derived(reader, TODAY) == []
    finally:
        reader.close()


def test_the_service_tells_the_dialog_what_an_interruption_stored(
    tmp_path: Path, store: tuple[Database, QuickReader], clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    db, reader = store
    monkeypatch.setattr("app.services.voice.imports._with_new", interrupt)
    with pytest.raises(voice_import.ImportInterrupted) as caught:
        import_archive("linkedin", linkedin_archive(tmp_path), db, reader, clock)
    stored = caught.value.stored
    assert stored is not None and (stored.new_posts, stored.new_activities) == (6, 7)
    assert stored.deferred


# -- problem 7: lone surrogates, huge numbers, damaged names ---------------------------------------


def test_a_lone_surrogate_in_tweets_js_is_replaced(
    tmp_path: Path, store: tuple[Database, QuickReader], clock: FixedClock
) -> None:
    db, reader = store
    files = af.x_files()
    files["data/tweets.js"] = files["data/tweets.js"].replace(
        b'"full_text": "Uusi', b'"full_text": "\\ud800Uusi'
    )
    assert b"\\ud800" in files["data/tweets.js"]
    import_archive("x", af.write_zip(tmp_path / "x.zip", files), db, reader, clock)
    texts = [t.text for t in corpus_read.read_texts(reader.connection)]
    assert any(t.startswith("\ufffdUusi blogikirjoitus") for t in texts)


def test_a_lone_surrogate_in_outbox_json_is_replaced(
    tmp_path: Path, store: tuple[Database, QuickReader], clock: FixedClock
) -> None:
    db, reader = store
    files = af.mastodon_files(af.Outbox().note(1, "<p>A\\udc00B \\ud83d\\ude00</p>"))
    files["outbox.json"] = files["outbox.json"].replace(b"\\\\u", b"\\u")
    import_archive("mastodon", af.write_zip(tmp_path / "m.zip", files), db, reader, clock)
    assert [t.text for t in corpus_read.read_texts(reader.connection)] == ["A\ufffdB 😀"]


def test_pasted_text_with_a_lone_surrogate_is_stored(
    store: tuple[Database, QuickReader], clock: FixedClock
) -> None:
    db, reader = store
    import_pasted("Hei \ud800 maailma", db, reader, clock)
    assert [t.text for t in corpus_read.read_texts(reader.connection)] == ["Hei \ufffd maailma"]


def test_a_huge_number_in_tweets_js_is_a_plain_refusal(tmp_path: Path) -> None:
    files = af.x_files()
    files["data/tweets.js"] = files["data/tweets.js"].replace(b"[", b"[" + b"9" * 5000 + b",", 1)
    with pytest.raises(ArchiveError) as caught:
        parse_archive(
            "x", af.write_zip(tmp_path / "x.zip", files), now=datetime(2026, 1, 15, tzinfo=UTC)
        )
    assert str(caught.value) == (
        "x.zip/data/tweets.js: is not valid data of the expected shape: a number too long to read"
    )


def test_a_damaged_entry_name_makes_a_short_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = af.write_zip(tmp_path / "x.zip", af.x_files())
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as zipped:
        offset = zipped.getinfo("data/tweets.js").header_offset
    struct.pack_into("<H", data, offset + 26, 3400)  # the local header's name length
    archive.write_bytes(bytes(data) + bytes(range(256)) * 20)

    assert run(tmp_path / "data", "import", "x", str(archive)) == 1
    err = capsys.readouterr().err
    assert err.startswith("ownvoice: nothing was imported: x.zip/data/tweets.js: ")
    assert len(err) < 300 and err.count("\n") == 1  # was 9.7 KB of escaped bytes


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "-1", "1e400"])
def test_a_check_in_amount_must_be_a_finite_number_of_zero_or_more(
    value: str, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "habits", "add", "Read", "--numeric", "--target", "10") == 0
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_:
        run(data_dir, "habits", "check", "Read", f"--value={value}")
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert f"argument --value: expected a number of 0 or more, got '{value}'" in err
    assert "Traceback" not in err
