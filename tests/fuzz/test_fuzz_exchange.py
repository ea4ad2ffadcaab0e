"""Fuzzing the readers of ``.ownvoice`` files: progress files (the coach's cohort, a file opened
with the app) and feedback files (imported into the person's store).

Three kinds of damage: the file's bytes mutated (the ZIP and checksums catch most), the JSON
inside mutated byte by byte and sealed again with fresh checksums, and the JSON mutated by
structure (a value, a key, a list) and sealed again, which reaches the schema and the codec.
Every read ends in a result or one ``ExchangeError`` line; a refused feedback import leaves the
store as it was.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import __version__
from app.domain.exchange.codec import feedback_to_json
from app.domain.exchange.model import DEFAULT_SECTIONS, Feedback, FeedbackKind, Kind, Section
from app.main import main
from app.services.clock import FixedClock
from app.services.exchange.cohort import load_cohort, read_member
from app.services.exchange.export import person_of, prepare_progress, save_progress
from app.services.exchange.feedback import import_feedback, new_entry
from app.services.exchange.package import MANIFEST, ExchangeError, package_bytes, read_package
from app.storage.database import Database
from app.storage.quick import QuickReader
from tests.fixed_clock import TEST_DAY
from tests.fuzz.json_mutate import json_mutated
from tests.fuzz.mutate import assert_one_line, budget, mutated, zipped
from tests.fuzz.store_state import dump
from tests.services.test_exchange_exercises import comment_entry, exercise_entry, goal_entry
from tests.services.test_exchange_files import EnglishWords

Members = dict[str, bytes]


@pytest.fixture(scope="module")
def person_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz-person") / "data"
    assert main(["--data-dir", str(folder), "demo", "--years", "1", "--today", str(TEST_DAY)]) == 0
    return folder


@pytest.fixture(scope="module")
def samples(person_folder: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Members]:
    """The members of a real progress file (every section) and of a real feedback file."""
    import zipfile

    folder = tmp_path_factory.mktemp("fuzz-samples")
    db = Database.open(person_folder / "ownvoice.db", FixedClock(TEST_DAY).now())
    reader = QuickReader(person_folder / "ownvoice.db")
    try:
        clock = FixedClock(TEST_DAY)
        report = prepare_progress(db, reader, clock, "fi", DEFAULT_SECTIONS | {Section.DRAFTS})
        save_progress(report, folder / "p.ownvoice", EnglishWords(), clock, folder)
        me = person_of(db, reader)
    finally:
        reader.close()
        db.close()
    entries = (
        new_entry(TEST_DAY, FeedbackKind.RECOGNITION, "Hieno viikko: kolme julkaisua!"),
        new_entry(TEST_DAY, FeedbackKind.FEEDBACK, "Kokeile lyhyempiä avauksia."),
        exercise_entry(),
        goal_entry(),
        comment_entry(),
    )
    feedback = package_bytes(
        Kind.FEEDBACK,
        me,
        feedback_to_json(Feedback(me, "Coach Kim", TEST_DAY, entries)),
        {},
        app_version=__version__,
        created_at="2026-05-13T12:00:00",
    )
    (folder / "f.ownvoice").write_bytes(feedback)
    out = {}
    for kind in ("p", "f"):
        with zipfile.ZipFile(folder / f"{kind}.ownvoice") as archive:
            out[kind] = {name: archive.read(name) for name in archive.namelist()}
    return out


def sealed(members: Members) -> bytes:
    """The members zipped with a manifest whose checksums match them (as a maker would)."""
    members = dict(members)
    try:
        manifest = json.loads(members[MANIFEST])
        manifest["members"] = {
            name: hashlib.sha256(body).hexdigest()
            for name, body in members.items()
            if name != MANIFEST
        }
        members[MANIFEST] = json.dumps(manifest).encode()
    except (ValueError, KeyError, TypeError):
        pass  # a manifest already broken stays broken
    return zipped(members)


def data_name(members: Members) -> str:
    return "progress.json" if "progress.json" in members else "feedback.json"


@st.composite
def damaged(draw: st.DrawFn, members: Members) -> bytes:
    how = draw(st.integers(0, 3))
    if how == 0:
        return draw(mutated(sealed(members)))
    name = data_name(members) if how != 3 else MANIFEST
    if how == 1:
        return sealed({**members, name: draw(mutated(members[name], 12))})
    document: Any = json.loads(members[name])
    changed = draw(json_mutated(document))
    body = json.dumps(changed, ensure_ascii=False).encode("utf-8", "surrogatepass")
    return sealed({**members, name: body})


@budget(160)
@given(st.data())
def test_a_damaged_progress_file_is_read_or_refused_in_one_line(
    samples: dict[str, Members], data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as name:  # a new folder per example
        folder = Path(name)
        path = folder / "aino.ownvoice"
        path.write_bytes(data.draw(damaged(samples["p"])))
        try:
            read_member(path)
        except ExchangeError as error:
            assert_one_line(str(error))
        cohort = load_cohort(folder)  # the coach's folder: a broken file is listed, not fatal
        for broken in cohort.broken:
            assert_one_line(str(broken.error))


@pytest.fixture
def person_store(person_folder: Path, tmp_path: Path) -> Iterator[tuple[Database, QuickReader]]:
    folder = tmp_path / "person"
    shutil.copytree(person_folder, folder)
    db = Database.open(folder / "ownvoice.db", FixedClock(TEST_DAY).now())
    reader = QuickReader(folder / "ownvoice.db")
    yield db, reader
    reader.close()
    db.close()


@budget(100)
@given(st.data())
def test_a_damaged_feedback_file_is_imported_whole_or_not_at_all(
    samples: dict[str, Members],
    person_store: tuple[Database, QuickReader],
    tmp_path: Path,
    data: st.DataObject,
) -> None:
    db, reader = person_store
    path = tmp_path / "feedback.ownvoice"
    path.write_bytes(data.draw(damaged(samples["f"])))
    before = dump(db.path)
    try:
        import_feedback(db, reader, path, FixedClock(TEST_DAY))
    except ExchangeError as error:
        assert_one_line(str(error))
        assert dump(db.path) == before


def test_every_byte_of_a_file_damaged_in_turn_is_refused_in_one_line(
    samples: dict[str, Members], tmp_path: Path
) -> None:
    """A damaged byte in a member's compressed data once escaped as ``zlib.error``."""
    good = sealed(samples["f"])
    path = tmp_path / "feedback.ownvoice"
    for at in range(0, len(good), max(1, len(good) // 400)):
        path.write_bytes(good[:at] + bytes([good[at] ^ 0x55]) + good[at + 1 :])
        try:
            read_package(path)
        except ExchangeError as error:
            assert_one_line(str(error))
