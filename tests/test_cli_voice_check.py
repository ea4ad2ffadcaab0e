"""``ownvoice voice check`` and ``ownvoice plan export`` as a script uses them."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.drafts.networks import Network
from tests.fixed_clock import fixed_clock
from tests.test_cli import ownvoice

pytestmark = pytest.mark.slow

KEYS = {
    "language", "lix", "sentences", "words", "length", "limit", "over_limit", "fold_ok", "flags",
    "similarity_to_source", "profile_match", "spelling", "language_checked",
}  # fmt: skip


def test_voice_check_json_has_exactly_the_documented_keys(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text("We are proud to announce our new office in Tampere!", encoding="utf-8")
    source = tmp_path / "s.txt"
    source.write_text("We are proud to announce our new office in Tampere!", encoding="utf-8")
    done = ownvoice(
        "--data-dir", str(tmp_path / "data"), "voice", "check", str(draft), "--channel", "x",
        "--source", str(source), "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert set(result) == KEYS
    assert result["limit"] == 280 and result["fold_ok"] is None
    assert result["similarity_to_source"] == 1.0
    (flag,) = [f for f in result["flags"] if f["kind"] == "cliche"]
    assert set(flag) == {"kind", "start", "end", "text", "message"}
    assert flag["text"] == "We are proud to announce" and flag["start"] == 0


def test_voice_check_reads_standard_input_and_prints_plain_text(tmp_path: Path) -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "app", "voice", "check", "-"],
        input="Olemme ylpeitä voidessamme kertoa uudesta toimistosta.",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "linkedin:" in done.stdout and "cliche" in done.stdout


def test_voice_check_of_a_missing_file_is_one_line(tmp_path: Path) -> None:
    done = ownvoice("voice", "check", str(tmp_path / "nope.txt"))
    assert done.returncode == 1
    assert done.stderr.startswith("ownvoice: cannot read")


def test_plan_export_writes_an_ics(tmp_path: Path) -> None:
    from app.services.drafts import DraftsWriter
    from app.storage.database import Database
    from app.storage.quick import QuickReader

    data = tmp_path / "data"
    data.mkdir()
    clock = fixed_clock()
    db = Database.open(data / "ownvoice.db", clock.now())
    reader = QuickReader(data / "ownvoice.db")
    writer = DraftsWriter(db, reader, clock)
    writer.plan(writer.new_draft("Hello"), Network.LINKEDIN, datetime(2026, 12, 1, 9))
    reader.close()
    db.close()
    out = tmp_path / "plan.ics"
    done = ownvoice("--data-dir", str(data), "plan", "export", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "UID:ownvoice-draft-1-linkedin@ownvoice.local" in out.read_text()


def test_voice_check_compares_the_draft_with_the_persons_own_voice(tmp_path: Path) -> None:
    folder = ["--data-dir", str(tmp_path / "d")]
    assert ownvoice(*folder, "demo", "--years", "1").returncode == 0
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "Meidän tiimimme testasi uutta tiivistettä viime viikolla. Mitä mieltä olet?",
        encoding="utf-8",
    )
    done = ownvoice(*folder, "voice", "check", str(draft), "--json")
    assert done.returncode == 0, done.stderr
    match = json.loads(done.stdout)["profile_match"]
    assert {"sentence_length", "lix", "person", "questions"} <= set(match)
    # One question, as her posts have (0 to 2, most end "Mitä mieltä olet?"); no hashtag,
    # where she always uses one or two.
    assert (match["questions"]["value"], match["questions"]["direction"]) == (1, "within")
    assert (match["hashtags"]["value"], match["hashtags"]["direction"]) == (0, "below")


def test_voice_check_uses_the_sensitive_words_set_in_settings(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "settings.json").write_text(
        json.dumps({"writing/sensitive_words": "Projekt Kuu"}), encoding="utf-8"
    )
    draft = tmp_path / "draft.txt"
    draft.write_text("Kerron pian lisää Projekt Kuusta. Mitä mieltä olet?", encoding="utf-8")
    done = ownvoice("--data-dir", str(folder), "voice", "check", str(draft), "--json")
    assert done.returncode == 0, done.stderr
    flags = json.loads(done.stdout)["flags"]
    assert [f["text"] for f in flags if f["kind"] == "sensitive_word"] == ["Projekt Kuusta"]


def test_voice_check_text_counts_in_proper_plurals(tmp_path: Path) -> None:
    """Issue 13: "1 sentences" in the command line's text too; the JSON keys stay as they are."""
    draft = tmp_path / "d.txt"
    draft.write_text("Testi.", encoding="utf-8")
    one = ownvoice("--data-dir", str(tmp_path / "data"), "voice", "check", str(draft))
    assert one.returncode == 0, one.stderr
    assert "1 word, 1 sentence, LIX" in one.stdout
    draft.write_text("Opin tästä paljon. Kiitos kaikille!", encoding="utf-8")
    two = ownvoice("--data-dir", str(tmp_path / "data"), "voice", "check", str(draft))
    assert "5 words, 2 sentences, LIX" in two.stdout
    draft.write_text("x" * 290, encoding="utf-8")
    over = ownvoice(
        "--data-dir", str(tmp_path / "data"), "voice", "check", str(draft), "--channel", "x"
    )
    assert "OVER THE LIMIT by 10 characters" in over.stdout


def test_voice_check_text_says_how_hard_it_reads(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text("Opin tästä paljon. Kiitos kaikille!", encoding="utf-8")  # LIX 22.5
    done = ownvoice("--data-dir", str(tmp_path / "data"), "voice", "check", str(draft))
    assert "LIX 22 (very easy)" in done.stdout


def test_voice_check_lists_misspelt_words_with_suggestions(tmp_path: Path) -> None:
    from tests.language_tools import require_installed

    require_installed()
    draft = tmp_path / "d.txt"
    text = "Eilen kirjotin pitkän tekstin siitä, mitä opin konferenssissa viime viikolla."
    draft.write_text(text, encoding="utf-8")
    done = ownvoice("--data-dir", str(tmp_path / "data"), "voice", "check", str(draft), "--json")
    assert done.returncode == 0, done.stderr
    (found,) = json.loads(done.stdout)["spelling"]
    assert set(found) == {"start", "end", "word", "suggestions"}
    assert found["word"] == "kirjotin" == text[found["start"] : found["end"]]
    assert "kirjoitin" in found["suggestions"]
    plain = ownvoice("--data-dir", str(tmp_path / "data"), "voice", "check", str(draft))
    assert "- spelling at 6-14: “kirjotin”: " in plain.stdout and "kirjoitin" in plain.stdout
