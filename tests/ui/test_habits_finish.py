"""The Habits page finished (issues 13 and 22): shortcuts from the page list, headers that fit,
no travel row before a habit, real plurals, marks that differ by shape and contrast, and a
calendar and chart that say what they show."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleFactory, QWidget
from pytestqt.qtbot import QtBot

from app.domain.habits import Frequency, Habit
from app.services.clock import FixedClock
from app.services.habits import HabitsWriter
from app.storage.habits.read import HabitRecord, Reminder
from app.ui.context import AppContext
from app.ui.habits import texts
from app.ui.habits.heatmap import YearHeatmap
from app.ui.habits.model import HabitsModel
from app.ui.habits.paint import HabitColors, habit_colors, paint_cell, paint_mark
from app.ui.habits.score_chart import ScoreChart
from app.ui.habits.travel_widget import TravelWidget
from app.ui.habits.tray import ReminderTray
from app.ui.kit import colors
from app.ui.kit.i18n import Translations
from app.ui.kit.theme import dark_palette
from app.ui.pages.habits import HabitsPage
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import show
from tests.ui.test_habits_page import FakeNotifier, make_page

TODAY = date(2026, 11, 27)
Role = QPalette.ColorRole


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


def writer_of(ctx: AppContext) -> HabitsWriter:
    assert ctx.database is not None and ctx.reader is not None
    return HabitsWriter(ctx.database, ctx.reader)


def add_walk(ctx: AppContext) -> int:
    return writer_of(ctx).add(HabitRecord(Habit("Walk", created=TODAY - timedelta(days=20))), TODAY)


# -- keyboard ------------------------------------------------------------------------------------


def test_ctrl_n_makes_a_habit_right_after_choosing_habits_in_the_page_list(
    qtbot: QtBot, open_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_walk(open_ctx)
    asked: list[int | None] = []
    monkeypatch.setattr(HabitsPage, "edit_habit", lambda _self, habit_id: asked.append(habit_id))
    window = MainWindow(open_ctx, start_page="today", remember_geometry=False)
    show(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    sidebar = window.sidebar
    sidebar.setFocus(Qt.FocusReason.TabFocusReason)
    habits_row = next(row for row in range(sidebar.count()) if sidebar.item(row).text() == "Habits")
    while sidebar.currentRow() != habits_row:
        qtbot.keyClick(sidebar, Qt.Key.Key_Down)
    assert isinstance(window.current_page(), HabitsPage)
    assert sidebar.hasFocus()  # the focus is still in the page list
    qtbot.keyClick(sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [None]  # the new-habit editor was asked for
    window.show_page("today")  # on another page, Ctrl+N is not the Habits page's
    qtbot.keyClick(sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [None]


# -- fitting -------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_the_today_column_fits_its_header(
    qtbot: QtBot, open_ctx: AppContext, translations: Translations, language: str
) -> None:
    add_walk(open_ctx)
    translations.apply(language)
    page = make_page(qtbot, open_ctx)
    header = page.table.horizontalHeader()
    margins = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = QFontMetrics(header.font())
    for column in range(HabitsModel.FIRST_DAY, HabitsModel.COLUMNS):
        text = str(page.proxy.headerData(column, Qt.Orientation.Horizontal))
        needed = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + margins
        assert needed <= header.sectionSize(column), f"{text!r} is cut in {language}"
    assert (
        page.proxy.headerData(HabitsModel.TODAY, Qt.Orientation.Horizontal)
        == {
            "en": "Today",
            "fi": "Tänään",
            "sv": "I dag",
        }[language]
    )


# -- travel mode ---------------------------------------------------------------------------------


def test_the_travel_row_waits_for_the_first_habit(qtbot: QtBot, open_ctx: AppContext) -> None:
    page = make_page(qtbot, open_ctx)
    assert not page.travel.isVisible()  # nothing to spare yet
    holder = QWidget()  # as the Today page embeds it: in a layout, never shown by hand
    on_today = TravelWidget(open_ctx, holder)
    show(qtbot, holder)
    assert not on_today.isVisible() and not on_today.applies
    with qtbot.waitSignal(on_today.appliesChanged) as told:
        qtbot.mouseClick(page.empty.buttons[0], Qt.MouseButton.LeftButton)  # a first habit
    assert told.args == [True]
    assert page.travel.isVisible() and on_today.isVisible()
    page.open_habit(page.model.summaries[0].id)
    assert not page.travel.isVisible()  # a habit's details: the row is the list's
    page.show_list()
    assert page.travel.isVisible()


# -- plurals and locale --------------------------------------------------------------------------


@pytest.fixture
def language(translations: Translations) -> Iterator[Translations]:
    yield translations
    translations.apply("en")


def test_habit_phrases_use_the_languages_plural_forms(language: Translations) -> None:
    expected = {
        "en": ("1 day", "2 days", "Once a week", "3 times a week", "Once a month",
               "Once in 2 weeks", "3 times in 10 days", "12,345 days"),
        "fi": ("1 päivä", "2 päivää", "Kerran viikossa", "3 kertaa viikossa",
               "Kerran kuukaudessa", "Kerran 2 viikossa", "3 kertaa 10 päivässä",
               "12\u00a0345 päivää"),
        "sv": ("1 dag", "2 dagar", "En gång i veckan", "3 gånger i veckan", "En gång i månaden",
               "En gång på 2 veckor", "3 gånger på 10 dagar", "12\u00a0345 dagar"),
    }  # fmt: skip
    for code, words in expected.items():
        language.apply(code)
        said = (
            texts.days_text(1),
            texts.days_text(2),
            texts.frequency_text(Frequency.per_week(1)),
            texts.frequency_text(Frequency.per_week(3)),
            texts.frequency_text(Frequency.per_month(1)),
            texts.frequency_text(Frequency(1, 14)),
            texts.frequency_text(Frequency(3, 10)),
            texts.days_text(12345),
        )
        assert said == words, code


def test_the_summary_line_and_the_reminder_title_count_properly(
    qtbot: QtBot, open_ctx: AppContext, language: Translations
) -> None:
    writer = writer_of(open_ctx)
    walk = writer.add(HabitRecord(Habit("Walk"), reminder=Reminder(time(12, 0))), TODAY)
    page = make_page(qtbot, open_ctx)
    assert page.summary.text() == "Today: 0 of 1 habit done or not needed."
    read = writer.add(HabitRecord(Habit("Read"), reminder=Reminder(time(12, 0))), TODAY)
    writer.check(walk, TODAY)
    page.reload()
    assert page.summary.text() == "Today: 1 of 2 habits done or not needed."
    clock = FixedClock(datetime(2026, 11, 27, 11, 59, 50))
    open_ctx.clock = clock
    window = QWidget()
    qtbot.addWidget(window)
    notifier = FakeNotifier()
    tray = ReminderTray(open_ctx, window, notifier=notifier)
    tray.done_today.clear()  # both due, the one done too
    assert tray.tick() is None
    clock.advance(seconds=30)
    batch = tray.tick()
    assert batch is not None and set(batch.habit_ids) == {walk, read}
    assert notifier.shown[-1][0] == "Time for 2 habits"
    language.apply("fi")
    tray.show(batch)
    assert notifier.shown[-1][0] == "Aika 2 tavallesi"


# -- what the marks look like --------------------------------------------------------------------

STATES = ("done", "covered", "skipped", "away", "open", "not_done")


def _shape(paint: object, mark: str) -> QImage:
    """Where ``mark`` puts ink, every colour made black: its shape alone."""
    black = QColor("black")
    ink = HabitColors(*(black for _ in HabitColors.__dataclass_fields__))
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint(painter, QRectF(6, 6, 28, 28), mark, ink)  # type: ignore[operator]
    finally:
        painter.end()
    return image


def _differing_pixels(a: QImage, b: QImage) -> int:
    return sum(
        1
        for x in range(a.width())
        for y in range(a.height())
        if (a.pixelColor(x, y).lightness() < 128) != (b.pixelColor(x, y).lightness() < 128)
    )


@pytest.mark.parametrize("paint", [paint_mark, paint_cell], ids=["list", "calendar"])
def test_every_day_state_has_a_shape_of_its_own(qapp: QApplication, paint: object) -> None:
    """State is never told by colour alone: in black and white, the states still differ
    ("frequency met" and "not done" most of all; away and skipped share a legend entry in the
    calendar)."""
    shapes = {mark: _shape(paint, mark) for mark in STATES}
    same_in_calendar = {frozenset({"skipped", "away"}), frozenset({"open", "not_done"})}
    for i, a in enumerate(STATES):
        for b in STATES[i + 1 :]:
            if paint is paint_cell and frozenset({a, b}) in same_in_calendar:
                continue
            assert _differing_pixels(shapes[a], shapes[b]) > 12, f"{a} and {b} look alike"


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_every_mark_stands_out_from_the_window_and_the_fields(
    qapp: QApplication, appearance: str
) -> None:
    fusion = QStyleFactory.create("Fusion")
    assert fusion is not None
    palette = colors.apply_accent(
        fusion.standardPalette() if appearance == "light" else dark_palette()
    )
    marks = habit_colors(palette)
    for background in (palette.color(Role.Window), palette.color(Role.Base)):
        for name in ("done", "covered", "empty", "skipped"):
            mark = getattr(marks, name)
            assert colors.contrast(mark, background) >= colors.LARGE, (name, appearance)
    assert colors.contrast(marks.on_done, marks.done) >= colors.TEXT  # the amount chips
    assert colors.contrast(marks.covered, marks.empty) > 1.0  # and a hue apart
    assert marks.covered.hslHue() != marks.empty.hslHue()


# -- what the calendar and the chart say ---------------------------------------------------------


def test_the_calendar_tells_a_screen_reader_the_selected_day(
    qtbot: QtBot, open_ctx: AppContext, language: Translations
) -> None:
    walk = add_walk(open_ctx)
    writer_of(open_ctx).check(walk, TODAY)
    page = make_page(qtbot, open_ctx)
    page.open_habit(walk)
    heatmap = page.detail.heatmap
    assert heatmap.accessibleName() == "Calendar"
    assert heatmap.accessibleDescription() == "Friday, 27 November 2026: Done"
    qtbot.keyClick(heatmap, Qt.Key.Key_Up)
    assert heatmap.accessibleDescription() == "Thursday, 26 November 2026: Not done yet"
    language.apply("fi")
    QCoreApplication.processEvents()
    assert heatmap.accessibleName() == "Kalenteri"
    assert heatmap.accessibleDescription().startswith("torstaina 26. marraskuuta 2026: ")


def test_the_strength_chart_can_be_walked_day_by_day(qtbot: QtBot, qapp: QApplication) -> None:
    chart = ScoreChart()
    chart.resize(600, 200)
    show(qtbot, chart)
    first = TODAY - timedelta(days=40)
    chart.set_series([(first + timedelta(days=i), i / 40) for i in range(41)])
    assert chart.accessibleDescription() == f"{texts.day_text(TODAY)}: 100 %"
    assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.accessibleDescription() == f"{texts.day_text(TODAY - timedelta(days=1))}: 98 %"
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.accessibleDescription() == f"{texts.day_text(first)}: 0 %"
    qtbot.keyClick(chart, Qt.Key.Key_PageDown)
    assert chart.marked() == (first + timedelta(days=30), 30 / 40)
    focused = chart.grab().toImage()
    chart.clearFocus()
    assert chart.grab().toImage() != focused  # the marker shows only with the focus


def test_the_last_month_label_ends_inside_the_calendar(
    qtbot: QtBot, qapp: QApplication, language: Translations
) -> None:
    language.apply("fi")
    heatmap = YearHeatmap(today=date(2026, 12, 1))
    heatmap.set_days(date(2026, 12, 1), date(2025, 1, 1), {}, {})
    metrics = QFontMetrics(heatmap.label_font())
    for width in range(560, 1100, 7):
        heatmap.resize(width, heatmap.heightForWidth(width))
        labels = heatmap.month_labels(metrics)
        assert labels, width
        for x, text in labels:
            assert x >= 0 and x + metrics.horizontalAdvance(text) <= width, (width, text)
        ends = [x + metrics.horizontalAdvance(text) for x, text in labels]
        assert all(end < x for end, (x, _) in zip(ends, labels[1:], strict=False))
