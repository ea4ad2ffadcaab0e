"""Fuzzing the Loop Habit Tracker import: a realistic export (tests/services/
test_habits_import_export.py) with its CSV files mutated before zipping, or its ZIP's bytes
mutated. The import adds the habits whole, or refuses with one ``LoopFormatError`` line and
leaves the store as it was."""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.clock import FixedClock
from app.services.habits import HabitsWriter
from app.services.habits.loop_import import LoopFormatError
from app.services.store import prepare_store
from app.storage.paths import AppPaths
from tests.fuzz.mutate import assert_one_line, budget, mutated, mutated_files, zipped
from tests.fuzz.store_state import dump
from tests.services.test_habits_import_export import TODAY, loop_export


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    path = loop_export(tmp_path_factory.mktemp("loop"))
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.fixture
def writer(paths: AppPaths) -> Iterator[HabitsWriter]:
    reader, db = prepare_store(paths.db_path, FixedClock(TODAY))
    assert db is not None
    yield HabitsWriter(db, reader)
    reader.close()
    db.close()


FIELD = st.one_of(
    st.sampled_from(
        [
            "",
            "0",
            "-1",
            "1",
            "7",
            "30",
            "31",
            "1" + "0" * 30,
            "9" * 5000,
            "inf",
            "nan",
            "-0.0",
            "1e309",
            "YES_NO",
            "NUMERICAL",
            "AT_MOST",
            "true",
            "²",
            "2026-11-27",
            "0001-01-01",
            "YES_MANUAL",
            "SKIP",
            "3",
            "\u0663",
        ]
    ),
    st.text(max_size=20),
)
COLUMNS = (
    "Position",
    "Name",
    "Type",
    "FrequencyNumerator",
    "FrequencyDenominator",
    "Unit",
    "Target Type",
    "Target Value",
    "Archived?",
)


@st.composite
def generated(draw: st.DrawFn) -> dict[str, bytes]:
    """A Habits.csv and Checkmarks.csv of made-up values in every column."""
    import csv
    import io

    habits, marks = io.StringIO(), io.StringIO()
    table = csv.writer(habits)
    table.writerow(COLUMNS)
    rows = draw(
        st.lists(
            st.lists(FIELD, min_size=len(COLUMNS), max_size=len(COLUMNS)), min_size=1, max_size=4
        )
    )
    table.writerows(rows)
    wide = csv.writer(marks)
    names = [row[1] for row in rows]
    wide.writerow(["Date", *names])
    for _ in range(draw(st.integers(0, 5))):
        wide.writerow([draw(FIELD) for _ in range(len(names) + 1)])
    return {
        "Habits.csv": habits.getvalue().encode("utf-8", "surrogatepass"),
        "Checkmarks.csv": marks.getvalue().encode("utf-8", "surrogatepass"),
    }


@st.composite
def exports(draw: st.DrawFn, files: dict[str, bytes]) -> bytes:
    how = draw(st.integers(0, 2))
    if how == 0:
        return zipped(draw(mutated_files(files)))
    if how == 1:
        return zipped(draw(generated()))
    return draw(mutated(zipped(files)))


@budget(200)
@given(st.data())
def test_a_damaged_loop_export_is_imported_whole_or_refused_in_one_line(
    sample: dict[str, bytes], writer: HabitsWriter, paths: AppPaths, data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "Loop Habits CSV.zip"
        path.write_bytes(data.draw(exports(sample)))
        before = dump(paths.db_path)
        try:
            writer.import_loop(path, TODAY)
        except LoopFormatError as error:
            assert_one_line(str(error))
            assert dump(paths.db_path) == before


HEAD = "Position,Name,Type,FrequencyNumerator,FrequencyDenominator,Unit,Target Type,Target Value\n"


@pytest.mark.parametrize(
    "files",
    [
        {"Habits.csv": HEAD + "001,Read,NUMERICAL,1,7,pages,AT_LEAST,inf\n"},  # ValueError
        {"Habits.csv": HEAD + "001,Read,NUMERICAL,1,7,pages,AT_LEAST,5\n",
         "001 Read/Checkmarks.csv": "Date,Value,Notes\n2026-01-01," + "9" * 5000 + ",\n"},
        {"Habits.csv": HEAD + "001,Read,YES_NO,1,1" + "0" * 30 + ",,,\n",  # OverflowError later
         "001 Read/Checkmarks.csv": "Date,Value,Notes\n2026-01-02,YES_MANUAL,\n"},
        {"Habits.csv": "Position,Name\n001,\udcff\n"},  # not UTF-8: UnicodeDecodeError
    ],
    ids=["target inf", "5000 digits", "a period of 1e30 days", "not UTF-8"],
)  # fmt: skip
def test_what_the_fuzzing_found_is_imported_sanely_or_refused(
    files: dict[str, str], tmp_path: Path
) -> None:
    from app.domain.habits.engine import current_score, current_streak
    from app.services.habits.loop_import import read_export

    path = tmp_path / "loop.zip"
    path.write_bytes(zipped({n: t.encode("utf-8", "surrogateescape") for n, t in files.items()}))
    try:
        habits = read_export(path)
    except LoopFormatError as error:
        assert_one_line(str(error))
        return
    for item in habits:  # the habit maths runs on what was read (a 1e30-day period broke it)
        checkins = [checkin for checkin, _ in item.checkins]
        current_score(item.record.habit, checkins, TODAY)
        current_streak(item.record.habit, checkins, TODAY)
