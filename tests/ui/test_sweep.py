"""Every model, delegate and painted widget, with edge-case data, in every language.

Hypothesis builds the data a damaged file, a long life or an odd calendar can give: numeric
habits with 0, 0.0, None, huge, tiny and (forced past the domain's checks) negative or NaN
amounts; empty, archived and very long names; dates far in the past and future, leap days,
instants at summer-time changes; empty histories; milestones with unexpected details. Each
example asks every model for every role of every index and header, sorts the proxies, and paints
each widget into a QImage, in English, Finnish and Swedish. An error the override guard stops
fails the example (and Hypothesis shrinks it), as one escaping into Qt used to end the app.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain.activity import ActivityKind
from app.domain.habits import CheckIn, CheckState, Frequency, Habit, Target
from app.domain.journey.journal import EntryKind, JournalEntry
from app.domain.journey.ladder import Stage, StageChange, WeekStage
from app.domain.journey.milestones import Milestone, MilestoneKind
from app.services.habits import HabitDetail, HabitsOverview, summarize
from app.storage.habits.read import CheckInRecord, HabitRecord, TravelRecord
from app.storage.voice.read import CorpusText
from app.ui.habits.detail import HabitDetailView
from app.ui.habits.list_view import HabitsTable
from app.ui.habits.model import HabitsModel, HabitsProxy
from app.ui.journey.feed import RecognitionFeed, milestone_entries
from app.ui.journey.history import WeeklyHistory
from app.ui.journey.journal_model import JournalFilter, JournalModel
from app.ui.journey.ladder_view import LadderView
from app.ui.journey.moves import MovesList
from app.ui.kit.i18n import Translations
from app.ui.voice.corpus_model import CorpusModel

Stopped = list[tuple[str, BaseException]]
LANGUAGES = ("en", "fi", "sv")
ROLES = [*range(16), *range(Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 12)]
SIZES = (QSize(1024, 600), QSize(320, 200))
SWEEP = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# -- the data -----------------------------------------------------------------------------------

names = st.one_of(
    st.text(string.ascii_letters + "äöåÄÖÅ -", min_size=1, max_size=30),
    st.text(min_size=1, max_size=80),  # emoji, right-to-left, control characters
    st.sampled_from(["x" * 600, "Lue\nja\topi", "🙂" * 40, "\u202e\u0645\u0631\u062d\u0628\u0627"]),
).filter(lambda n: n.strip())
# Leap days and the ends of months, years and the calendar, beside ordinary days.
odd_days = st.sampled_from(
    [
        date(2024, 2, 29),
        date(2028, 2, 29),
        date(2100, 2, 28),
        date(2000, 12, 31),
        date(1999, 12, 31),
    ]
)
todays = st.one_of(st.dates(date(1971, 1, 1), date(2200, 12, 31)), odd_days)
any_days = st.one_of(st.dates(), odd_days, st.sampled_from([date.min, date.max]))
amounts = st.sampled_from([0, 0.0, None, 1e15, 1e300, 1e-9, 5, 2.5, 10**20])
forced = st.sampled_from([None, -1.0, float("nan"), float("inf")])  # past the domain's checks
# Instants around the summer-time changes in Finland (UTC): the app shows them in local time.
dst_instants = st.sampled_from(
    [
        datetime(2026, 3, 29, 0, 59, 59, tzinfo=UTC),
        datetime(2026, 3, 29, 1, 0, 0, tzinfo=UTC),
        datetime(2026, 10, 25, 0, 30, 0, tzinfo=UTC),
        datetime(2026, 10, 25, 1, 30, 0, tzinfo=UTC),
    ]
)
instants = st.one_of(
    dst_instants, st.datetimes(datetime(1, 1, 2), datetime(9999, 12, 30), timezones=st.just(UTC))
)


@st.composite
def habits(draw: st.DrawFn, today: date, habit_id: int) -> tuple[HabitRecord, list[CheckIn]]:
    numeric = draw(st.booleans())
    age = draw(st.integers(-30, 800))  # negative: created after "today" (a clock moved back)
    created = today - timedelta(days=age)
    if numeric:
        target = draw(st.sampled_from([0.01, 1.0, 15.0, 1e12]))
        freq = draw(st.sampled_from([Frequency(1, 1), Frequency(1, 7), Frequency.per_month(1)]))
        habit = Habit(
            draw(names),
            freq,
            numeric=True,
            target=target,
            unit=draw(st.sampled_from(["", "min", "kilometriä", "x" * 80])),
            target_kind=draw(st.sampled_from(list(Target))),
            created=created,
        )
    else:
        freq = draw(
            st.sampled_from([Frequency(1, 1), Frequency(3, 7), Frequency(1, 14), Frequency(2, 30)])
        )
        habit = Habit(draw(names), freq, created=created)
    record = HabitRecord(
        habit,
        id=habit_id,
        description=draw(st.sampled_from(["", "x" * 2000, "Miksi?\n\n" * 20])),
        linked_kind=draw(st.sampled_from([None, *ActivityKind])),
        archived=draw(st.booleans()),
        position=habit_id,
    )
    offsets = draw(st.sets(st.integers(-10, max(age, 0) + 5), max_size=60))
    checkins = []
    for offset in sorted(offsets, reverse=True):
        day = today - timedelta(days=offset)  # some before the habit began, some after today
        state = draw(st.sampled_from(list(CheckState)))
        value = draw(amounts) if numeric and state is CheckState.DONE else None
        if isinstance(value, int) and not isinstance(value, bool):
            value = float(value) if draw(st.booleans()) else value  # ints reach the views too
        checkin = CheckIn(day, state, value if value is None else float(value))
        if numeric and draw(st.integers(0, 9)) == 0:
            object.__setattr__(checkin, "value", draw(forced))  # as a damaged file could
        elif isinstance(value, int):
            object.__setattr__(checkin, "value", value)  # an int, as SQLite may hand back
        checkins.append(checkin)
    return record, checkins


@st.composite
def overviews(draw: st.DrawFn) -> tuple[HabitsOverview, list[HabitDetail]]:
    today = draw(todays)
    travel = [
        TravelRecord(start, start + timedelta(days=draw(st.integers(0, 20))), draw(names), i)
        for i, start in enumerate(
            draw(st.lists(st.dates(today - timedelta(days=400), today), max_size=2))
        )
    ]
    made = [draw(habits(today, i + 1)) for i in range(draw(st.integers(0, 4)))]
    summaries, details = [], []
    for record, checkins in made:
        summary = summarize(record, checkins, today, travel)
        summaries.append(summary)
        records = {
            c.day: CheckInRecord(record.id or 0, c, note=draw(st.sampled_from(["", "x" * 300])))
            for c in checkins
        }
        details.append(HabitDetail(summary, records, travel))
    return HabitsOverview(today, summaries, travel), details


milestones = st.builds(
    Milestone,
    st.sampled_from(list(MilestoneKind)),
    any_days,
    st.one_of(
        st.sampled_from(["", "7", "-1", "999999999999999999999", "x" * 500]),
        st.sampled_from([s.key for s in Stage] + ["ROLE_MODEL", "nonsense"]),
        st.text(max_size=40),
    ),
)
journal_entries = st.builds(
    JournalEntry,
    any_days,
    st.sampled_from(list(EntryKind)),
    st.one_of(names, st.just("")),
    st.sampled_from(["", "https://example.com/" + "a" * 500, "not a link"]),
    st.booleans(),
    st.one_of(st.none(), st.integers(-5, 10**12)),
    st.integers(1, 10**6),
)
corpus_texts = st.builds(
    CorpusText,
    st.sampled_from(["linkedin", "x", "mastodon", "text", "unknown-source"]),
    st.text(string.ascii_letters + string.digits, min_size=1, max_size=20),
    st.sampled_from(["linkedin", "x", "mastodon", "bluesky", "somewhere"]),
    st.sampled_from([*ActivityKind, "not-a-kind"]),
    instants,
    st.one_of(names, st.just(""), st.just("sana " * 3000)),
    st.sampled_from(["", "https://example.com/p/1"]),
    st.sampled_from([None, "fi", "sv", "en", "de"]),
    st.booleans(),
    st.integers(1, 10**9),
)


@st.composite
def week_stages(draw: st.DrawFn) -> list[WeekStage]:
    """A week after week history, as the ladder makes it; sometimes with a gap or a week far
    away (a damaged file)."""
    start = draw(st.dates(date(1971, 1, 1), date(2200, 1, 1)))
    monday = start - timedelta(days=start.weekday())
    stages = draw(st.lists(st.sampled_from(list(Stage)), max_size=120))
    logged = draw(st.integers(0, len(stages)))
    weeks = [
        WeekStage(monday + timedelta(weeks=i), stage, i >= len(stages) - logged)
        for i, stage in enumerate(stages)
    ]
    if weeks and draw(st.booleans()):
        far = draw(st.sampled_from([date(1, 1, 1), date(9999, 12, 27), date(2000, 1, 3)]))
        weeks.append(WeekStage(far, Stage.LISTENER))
    return sorted(weeks, key=lambda w: w.monday)


stage_changes = st.lists(
    st.builds(StageChange, any_days, st.sampled_from(list(Stage)), st.sampled_from(list(Stage))),
    max_size=30,
)

# -- exercising ---------------------------------------------------------------------------------


@pytest.fixture
def languages(translations: Translations) -> Iterator[tuple[str, ...]]:
    yield LANGUAGES
    translations.apply("en")


def in_each_language(translations: Translations) -> Iterator[str]:
    for language in LANGUAGES:
        translations.apply(language)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        yield language


def ask_everything(model: QAbstractItemModel) -> None:
    """Every role of every index and header, the flags, and a sort by every column both ways."""
    rows = model.rowCount(QModelIndex())
    # A list model's columnCount is private in Qt: one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column)
            model.flags(index)
            for role in ROLES:
                model.data(index, role)
    for orientation, count in ((Qt.Orientation.Horizontal, columns), (Qt.Orientation.Vertical, 3)):
        for section in range(count):
            for role in ROLES:
                model.headerData(section, orientation, role)
    for column in range(columns):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)


def paint(widget: QWidget) -> None:
    for size in SIZES:
        widget.resize(size)
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(0)
        widget.render(image)


def press(widget: QWidget, *keys: Qt.Key) -> None:
    for key in keys:
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
        QCoreApplication.sendEvent(widget, event)


def no_errors(stopped: Stopped) -> None:
    found = list(stopped)
    stopped.clear()
    assert found == [], f"the guard stopped: {found[0][0]}: {found[0][1]!r}"


# -- the sweep ----------------------------------------------------------------------------------


@SWEEP
@given(data=overviews())
def test_habits_list_and_detail(
    qtbot: QtBot,
    translations: Translations,
    languages: tuple[str, ...],
    guard_errors: Stopped,
    data: tuple[HabitsOverview, list[HabitDetail]],
) -> None:
    overview, details = data
    model = HabitsModel(today=overview.today)
    proxy = HabitsProxy()
    proxy.setSourceModel(model)
    table = HabitsTable()
    table.setModel(proxy)
    detail_view = HabitDetailView(today=overview.today)
    model.set_overview(overview)
    for _ in in_each_language(translations):
        ask_everything(model)
        ask_everything(proxy)
        paint(table)
        press(table, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_End)
        for detail in details:
            detail_view.set_detail(detail)
            for index in range(detail_view.range.count()):
                detail_view.range.setCurrentIndex(index)
                paint(detail_view)
            press(detail_view.heatmap, *[Qt.Key.Key_PageUp] * 3, Qt.Key.Key_Home)
            press(detail_view.heatmap, Qt.Key.Key_PageDown, Qt.Key.Key_End)
            paint(detail_view.heatmap)
        no_errors(guard_errors)
    for widget in (table, detail_view):
        widget.deleteLater()


@SWEEP
@given(entries=st.lists(milestones, max_size=12), goals=st.dictionaries(st.integers(), names))
def test_recognition_feed(
    qtbot: QtBot,
    translations: Translations,
    languages: tuple[str, ...],
    guard_errors: Stopped,
    entries: list[Milestone],
    goals: dict[int, str],
) -> None:
    feed = RecognitionFeed()
    feed.set_entries(milestone_entries(entries, goals))
    for _ in in_each_language(translations):
        ask_everything(feed.model)
        paint(feed)
        no_errors(guard_errors)
    feed.deleteLater()


@SWEEP
@given(entries=st.lists(journal_entries, max_size=12), kind=st.sampled_from([None, *EntryKind]))
def test_journal_table(
    qtbot: QtBot,
    translations: Translations,
    languages: tuple[str, ...],
    guard_errors: Stopped,
    entries: list[JournalEntry],
    kind: EntryKind | None,
) -> None:
    model = JournalModel()
    proxy = JournalFilter()
    proxy.setSourceModel(model)
    model.set_entries(entries)
    proxy.set_kind(kind)
    for _ in in_each_language(translations):
        ask_everything(model)
        ask_everything(proxy)
        no_errors(guard_errors)


@SWEEP
@given(texts=st.lists(corpus_texts, max_size=12), query=st.sampled_from(["", "sana", "[(*"]))
def test_corpus_table(
    qtbot: QtBot,
    translations: Translations,
    languages: tuple[str, ...],
    guard_errors: Stopped,
    texts: list[CorpusText],
    query: str,
) -> None:
    model = CorpusModel()
    model.set_texts(texts)
    model.search(query)
    for _ in in_each_language(translations):
        ask_everything(model)
        no_errors(guard_errors)


@SWEEP
@given(
    weeks=week_stages(),
    changes=stage_changes,
    current=st.sampled_from(list(Stage)),
    start=st.sampled_from([None, *Stage]),
)
def test_journey_pictures(
    qtbot: QtBot,
    translations: Translations,
    languages: tuple[str, ...],
    guard_errors: Stopped,
    weeks: list[WeekStage],
    changes: list[StageChange],
    current: Stage,
    start: Stage | None,
) -> None:
    ladder, history, moves = LadderView(), WeeklyHistory(), MovesList()
    ladder.set_position(current, start)
    history.set_weeks(weeks)
    moves.set_changes(changes)
    for _ in in_each_language(translations):
        for widget in (ladder, history, moves):
            paint(widget)
        no_errors(guard_errors)
    for widget in (ladder, history, moves):
        widget.deleteLater()
