"""The cohort table as a coach meets it: every column wide enough for its words in each
language, the person picked stays picked while finding and sorting, and a language switch words
and measures the table again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from app.cli.words import EnglishWords
from app.services.demo.cohort import write_cohort
from app.ui.coach.cohort_model import CohortModel
from app.ui.context import AppContext
from app.ui.kit.i18n import Translations
from app.ui.pages.cohort import CohortPage
from tests.fixed_clock import TEST_DAY
from tests.ui.conftest import show

PEOPLE = 60


@pytest.fixture(scope="module")
def cohort_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cohort")
    write_cohort(folder, PEOPLE, seed=3, today=TEST_DAY, words=EnglishWords())
    return folder


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, cohort_folder: Path) -> Iterator[CohortPage]:
    ctx.open_database()
    page = CohortPage(ctx, "Cohort")
    page.ensure_built()
    page.resize(1024, 600)
    show(qtbot, page)
    page.load(cohort_folder)
    assert page.model.rowCount() == PEOPLE
    yield page
    page.close()


def cut_cells(page: CohortPage) -> list[str]:
    """The words of every cell (all rows, not only those on screen) that do not fit their
    column, measured as Qt's own delegate measures a cell."""
    table, delegate, cut = page.table, page.table.itemDelegate(), []
    last = CohortModel.FILE_AGE  # stretched to what is left: never narrower than its words
    for row in range(page.model.rowCount()):
        for column in range(page.model.columnCount()):
            option = QStyleOptionViewItem()
            table.initViewItemOption(option)
            index = page.model.index(row, column)
            needed = delegate.sizeHint(option, index).width()
            if column != last and needed > table.columnWidth(column):
                cut.append(f"{index.data()!r} needs {needed}, has {table.columnWidth(column)}")
    return cut


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_every_cell_of_every_person_fits_its_column(
    page: CohortPage, translations: Translations, qtbot: QtBot, cohort_folder: Path, language: str
) -> None:
    translations.apply(language)
    page.load(cohort_folder)  # worded and measured on the worker, in the language now
    assert cut_cells(page) == []
    header = page.table.horizontalHeader()
    for column in range(page.model.columnCount()):  # and each header's words
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()


def test_a_language_switch_words_and_measures_the_table_again(
    page: CohortPage, translations: Translations, qtbot: QtBot
) -> None:
    column = CohortModel.EXERCISES
    worded = [page.model.index(r, column).data() for r in range(PEOPLE)]
    english = next(text for text in worded if text.endswith("done"))
    row = worded.index(english)
    translations.apply("fi")
    qtbot.waitUntil(lambda: page.model.index(row, column).data() != english)
    assert "done" not in page.model.index(row, column).data()
    assert cut_cells(page) == []


def test_the_person_picked_stays_picked_while_finding_and_sorting(
    page: CohortPage, qtbot: QtBot
) -> None:
    table = page.table
    quiet = next(r for r, row in enumerate(page.model.rows) if row.needs_attention)
    table.setCurrentIndex(page.model.index(quiet, 0))
    picked = page.model.rows[quiet]
    page.attention.setChecked(True)
    assert all(row.needs_attention for row in page.model.rows)
    assert 0 < page.model.rowCount() < PEOPLE
    assert table.picked() is picked
    table.horizontalHeader().setSortIndicator(CohortModel.NAME, Qt.SortOrder.AscendingOrder)
    names = [row.name.casefold() for row in page.model.rows]
    assert names == sorted(names)
    assert table.picked() is picked
    page.search.setText(picked.name.split()[0].upper())  # any case
    assert picked in page.model.rows and table.picked() is picked
    page.search.setText("no such person in the cohort")
    assert page.model.rowCount() == 0
    page.search.clear()
    page.attention.setChecked(False)
    assert page.model.rowCount() == PEOPLE
    assert table.picked() is picked  # still the same person after the filters are gone
