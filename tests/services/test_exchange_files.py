"""Progress files: made from a person's store, read back whole, and every hostile file refused
with its own reason (issue 14)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from datetime import date
from enum import Enum
from pathlib import Path

import pytest

from app.domain.exchange.codec import progress_from_json, progress_to_json
from app.domain.exchange.model import DEFAULT_SECTIONS, SCHEMA_VERSION, Kind, Person, Section
from app.main import main
from app.services.clock import FixedClock
from app.services.exchange.export import prepare_progress, save_progress
from app.services.exchange.package import MANIFEST, ExchangeError, read_package, write_package
from app.storage.database import Database
from app.storage.quick import QuickReader
from tests.fixed_clock import TEST_DAY


class EnglishWords:
    def text(self, source: str) -> str:
        return source

    def label(self, key: Enum) -> str:
        return str(key.value)

    def day(self, value: object) -> str:
        return value.isoformat() if isinstance(value, date) else str(value)


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("person") / "data"
    assert main(["--data-dir", str(folder), "demo", "--years", "1", "--today", str(TEST_DAY)]) == 0
    return folder


@pytest.fixture
def store(demo_folder: Path, tmp_path: Path) -> Iterator[tuple[Database, QuickReader]]:
    import shutil

    folder = tmp_path / "data"
    shutil.copytree(demo_folder, folder)
    db = Database.open(folder / "ownvoice.db", FixedClock(TEST_DAY).now())
    reader = QuickReader(folder / "ownvoice.db")
    yield db, reader
    reader.close()
    db.close()


def made_file(store: tuple[Database, QuickReader], out: Path, sections: frozenset[Section]) -> Path:
    db, reader = store
    clock = FixedClock(TEST_DAY)
    report = prepare_progress(db, reader, clock, "fi", sections)
    save_progress(report, out, EnglishWords(), clock, db.path.parent)
    return out


def test_a_progress_file_reads_back_exactly_what_was_previewed(
    store: tuple[Database, QuickReader], tmp_path: Path
) -> None:
    db, reader = store
    clock = FixedClock(TEST_DAY)
    report = prepare_progress(db, reader, clock, "fi", DEFAULT_SECTIONS)
    assert report.stages is not None and report.stages.weeks
    assert report.habits and report.checkins and report.activity and report.goals
    out = db.path.parent / "aino.ownvoice"
    save_progress(report, out, EnglishWords(), clock, db.path.parent)
    package = read_package(out, expect=Kind.PROGRESS)
    assert progress_from_json(package.data) == report  # what was previewed is what is in it
    assert package.manifest.person == report.person
    assert set(package.members) == {
        "progress.json", "summary.html", "activity.csv", "habit-checkins.csv"
    }  # fmt: skip
    assert out.stat().st_mode & 0o777 == 0o600  # in the data folder: private
    again = prepare_progress(db, reader, clock, "fi", DEFAULT_SECTIONS)
    assert again.person.id == report.person.id  # one stable id per folder


def test_sections_not_chosen_are_not_in_the_file(
    store: tuple[Database, QuickReader], tmp_path: Path
) -> None:
    out = made_file(store, tmp_path / "p.ownvoice", frozenset({Section.STAGES}))
    package = read_package(out)
    assert set(package.data) == {
        "person", "made_on", "language", "sections", "last_active", "stages"
    }  # fmt: skip
    assert set(package.members) == {"progress.json", "summary.html"}
    assert "drafts" not in package.data  # draft texts only when chosen


def test_the_summary_is_a_plain_page_with_everything_escaped(tmp_path: Path) -> None:
    from app.domain.exchange.model import JournalRow, ProgressReport
    from app.services.exchange.summary import summary_html

    report = ProgressReport(
        person=Person("0" * 32, '<script>alert("x")</script>'),
        made_on=TEST_DAY,
        language="en",
        sections=frozenset({Section.JOURNAL}),
        journal=(JournalRow(TEST_DAY, "reflection", "<img src=x onerror=alert(1)>"),),
    )
    page = summary_html(report, EnglishWords())
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;" in page
    assert "http" not in page.split("</head>")[0]  # nothing loaded from anywhere


def test_a_habit_named_like_a_formula_is_text_in_the_csv(tmp_path: Path) -> None:
    from app.domain.exchange.model import CheckinRow, ProgressReport
    from app.services.exchange.summary import checkins_csv

    report = ProgressReport(
        Person("0" * 32, "A"), TEST_DAY, "en", frozenset({Section.HABITS}),
        checkins=(CheckinRow("=HYPERLINK(1)", TEST_DAY, "done", 2.0),),
    )  # fmt: skip
    rows = list(csv.reader(io.StringIO(checkins_csv(report).decode())))
    assert rows[1][0] == "'=HYPERLINK(1)"


# -- hostile and damaged files: each refused with its own reason --------------------------------


def valid_file(path: Path) -> Path:
    from app.domain.exchange.model import ProgressReport

    report = ProgressReport(Person("a" * 32, "Aino"), TEST_DAY, "fi", frozenset())
    write_package(
        path, Kind.PROGRESS, report.person, progress_to_json(report), {},
        app_version="test", created_at="2026-05-13T12:00:00+00:00", private=True,
    )  # fmt: skip
    return path


def rewrite(path: Path, change: dict[str, bytes | None]) -> Path:
    """The same ZIP with members replaced (bytes), added, or removed (None)."""
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    for name, body in change.items():
        if body is None:
            members.pop(name, None)
        else:
            members[name] = body
    out = path.with_name("changed-" + path.name)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in members.items():
            archive.writestr(name, body)
    return out


def manifest_of(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read(MANIFEST))  # type: ignore[no-any-return]


def refused(path: Path, expect: Kind | None = None) -> ExchangeError:
    with pytest.raises(ExchangeError) as caught:
        read_package(path, expect)
    assert "\n" not in str(caught.value) and path.name in str(caught.value)
    return caught.value


def test_the_valid_file_is_accepted(tmp_path: Path) -> None:
    assert read_package(valid_file(tmp_path / "ok.ownvoice")).manifest.kind is Kind.PROGRESS


def test_not_a_zip_at_all(tmp_path: Path) -> None:
    path = tmp_path / "notes.ownvoice"
    path.write_text("just some text")
    assert refused(path).reason == "not_a_zip"


def test_a_name_that_escapes_the_folder(tmp_path: Path) -> None:
    path = rewrite(valid_file(tmp_path / "a.ownvoice"), {"../../evil.txt": b"x"})
    assert refused(path).reason == "unsafe"


def test_a_zip_bomb(tmp_path: Path) -> None:
    path = rewrite(valid_file(tmp_path / "a.ownvoice"), {"summary.html": b"\0" * (40 * 1024**2)})
    error = refused(path)
    assert error.reason == "too_big"


def test_a_member_changed_after_the_file_was_made(tmp_path: Path) -> None:
    path = valid_file(tmp_path / "a.ownvoice")
    with zipfile.ZipFile(path) as archive:
        data = json.loads(archive.read("progress.json"))
    data["person"]["name"] = "Someone else"
    error = refused(rewrite(path, {"progress.json": json.dumps(data).encode()}))
    assert (error.reason, error.detail) == ("checksum", "progress.json")


def test_a_file_from_a_newer_ownvoice(tmp_path: Path) -> None:
    path = valid_file(tmp_path / "a.ownvoice")
    manifest = manifest_of(path) | {"schema": SCHEMA_VERSION + 1}
    error = refused(rewrite(path, {MANIFEST: json.dumps(manifest).encode()}))
    assert error.reason == "newer" and "update" in str(error)


def test_invalid_json(tmp_path: Path) -> None:
    import hashlib

    path = valid_file(tmp_path / "a.ownvoice")
    body = b'{"person": '
    manifest = manifest_of(path)
    manifest["members"] = {"progress.json": hashlib.sha256(body).hexdigest()}
    error = refused(rewrite(path, {MANIFEST: json.dumps(manifest).encode(), "progress.json": body}))
    assert (error.reason, error.detail) == ("bad_json", "progress.json")


def test_json_that_does_not_match_the_schema(tmp_path: Path) -> None:
    import hashlib

    path = valid_file(tmp_path / "a.ownvoice")
    with zipfile.ZipFile(path) as archive:
        data = json.loads(archive.read("progress.json"))
    data["sections"] = ["stages", "secrets"]
    body = json.dumps(data).encode()
    manifest = manifest_of(path)
    manifest["members"] = {"progress.json": hashlib.sha256(body).hexdigest()}
    error = refused(rewrite(path, {MANIFEST: json.dumps(manifest).encode(), "progress.json": body}))
    assert error.reason == "bad_content"


def test_no_manifest_and_a_missing_member(tmp_path: Path) -> None:
    path = valid_file(tmp_path / "a.ownvoice")
    assert refused(rewrite(path, {MANIFEST: None})).reason == "not_ours"
    assert refused(rewrite(path, {"progress.json": None})).reason == "missing"


def test_a_feedback_file_where_progress_was_expected(tmp_path: Path) -> None:
    path = valid_file(tmp_path / "a.ownvoice")
    assert refused(path, expect=Kind.FEEDBACK).reason == "wrong_kind"
