"""The Progress page (issue 15): weekly numbers per range, tables equal to charts, insights."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.habits import Habit
from app.domain.progress import Insight, InsightKind, Range
from app.services.clock import FixedClock
from app.services.habits import HabitsWriter
from app.services.journey import JourneyWriter
from app.storage.habits.read import HabitRecord
from app.ui.context import AppContext
from app.ui.journey.access import write_journey
from app.ui.kit.numbers import format_day
from app.ui.pages.progress import ProgressPage
from app.ui.progress.views import activity_data
from app.ui.progress.words import insight_text, no_insights_text
from tests.ui.conftest import show

TEST_DAY = date(2026, 3, 18)  # a Wednesday; its week begins on 16 March
C, R, P, S = (
    ActivityKind.COMMENT,
    ActivityKind.REPLY,
    ActivityKind.OWN_POST,
    ActivityKind.SHARE,
)
LOGGED = [
    (C, date(2025, 11, 4)),  # long before the last quarter
    (C, date(2026, 3, 2)),
    (R, date(2026, 3, 3)),
    (P, date(2026, 3, 4)),
    (C, date(2026, 3, 9)),
    (C, date(2026, 3, 10)),
    (R, date(2026, 3, 10)),
    (S, date(2026, 3, 11)),
    (P, date(2026, 3, 16)),
]


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TEST_DAY)


def log(ctx: AppContext, activities: Iterable[tuple[ActivityKind, date]]) -> None:
    items = [
        (Activity(kind, Channel.LINKEDIN, day, ActivitySource.IMPORT), f"{kind}-{day}-{i}")
        for i, (kind, day) in enumerate(activities)
    ]

    def add(writer: JourneyWriter) -> None:
        writer.import_activities(items, TEST_DAY)

    write_journey(ctx, add)


def progress_page(qtbot: QtBot, ctx: AppContext) -> ProgressPage:
    page = ProgressPage(ctx, "Progress")
    page.ensure_built()
    show(qtbot, page)
    return page


def choose(page: ProgressPage, chosen: Range) -> None:
    page.range_box.setCurrentIndex(page.range_box.findData(chosen.value))


def week(page: ProgressPage, monday: date) -> dict[str, float | None]:
    data = page.activity.data
    index = data.days.index(monday)
    return {line.name: line.values[index] for line in data.series}


def test_the_page_shows_the_weekly_numbers_of_the_snapshot(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    log(open_ctx, LOGGED)
    page = progress_page(qtbot, open_ctx)
    assert page.content_ready
    assert page.chosen_range() is Range.QUARTER
    assert page.data is not None and page.snapshot is not None
    assert page.activity.data == activity_data(page.data.snapshot(Range.QUARTER))
    assert len(page.activity.data.days) == 13
    assert page.activity.data.days[-1] == date(2026, 3, 16)
    assert week(page, date(2026, 3, 2)) == {
        "Own posts": 1,
        "Comments": 1,
        "Replies": 1,
        "Shares": 0,
    }
    assert week(page, date(2026, 3, 9)) == {
        "Own posts": 0,
        "Comments": 2,
        "Replies": 1,
        "Shares": 1,
    }
    # 5 comments and replies over 2 own posts in the quarter (the November comment is older).
    assert page.ratio_note.text().startswith("2.5 comments and replies per own post")
    assert page.ratio.isVisibleTo(page)


def test_switching_range_changes_the_weeks_the_chart_and_table_show(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    log(open_ctx, LOGGED)
    page = progress_page(qtbot, open_ctx)
    choose(page, Range.FOUR_WEEKS)
    assert page.chosen_range() is Range.FOUR_WEEKS
    assert page.activity.data.days == (
        date(2026, 2, 23),
        date(2026, 3, 2),
        date(2026, 3, 9),
        date(2026, 3, 16),
    )
    assert len(page.activity.table_rows()) == 4
    choose(page, Range.ALL)
    assert page.activity.data.days[0] == date(2025, 11, 3)  # the week of the first comment
    assert page.activity.table_rows()[-1][2] == "1"  # that week's one comment, oldest row last
    assert len(page.activity.table_rows()) == len(page.activity.data.days)


def test_each_table_holds_the_numbers_of_its_chart(qtbot: QtBot, open_ctx: AppContext) -> None:
    log(open_ctx, LOGGED)
    page = progress_page(qtbot, open_ctx)
    for panel in (page.activity, page.ratio):
        assert panel.table_rows() == panel.chart_rows()
        assert panel.table_rows()  # not empty
    rows = page.activity.table_rows()
    assert rows[0] == [format_day(date(2026, 3, 16)), "1", "0", "0", "0"]  # newest week first
    assert page.ratio.table_rows()[0][1] == "0"  # an own post and no conversation yet
    assert page.ratio.table_rows()[1][1] == "–"  # the week of 9 March: no own post, no ratio
    assert page.ratio.table_rows()[2][1] == "2"  # the week of 2 March: 2 over 1 own post
    page.activity.as_table.click()
    assert page.activity.stack.currentWidget() is page.activity.table


def test_without_insights_the_page_says_when_they_will_appear(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    page = progress_page(qtbot, open_ctx)
    assert page.insights.text() == no_insights_text()
    assert page.habits_note.isVisibleTo(page)
    assert page.goals_note.text() == "No goals in this range. Set one on the Journey page."


def insight(kind: InsightKind, subject: str = "", versus: str = "", **numbers: float) -> Insight:
    values = {"value": 0.0, "versus_value": 0.0, "n": 0, "versus_n": 0, "total": 0, **numbers}
    return Insight(kind, subject, versus, **values)  # type: ignore[arg-type]


@pytest.mark.usefixtures("translations")
@pytest.mark.parametrize(
    ("given", "sentence"),
    [
        (
            insight(InsightKind.QUESTION_ENDING_COMMENTS, "yes", value=3.0, versus_value=1.5,
                    n=6, versus_n=9, total=15),
            "Posts that end with a question got 2× the comments of your other posts "
            "(3 against 1.5 per post, 6 and 9 posts).",
        ),
        (
            insight(InsightKind.TOPIC_COMMENTS, "hiring", value=4.5, versus_value=2.0, n=5,
                    versus_n=12, total=17),
            "Your posts about “hiring” got 2.3× the comments of your other posts "
            "(4.5 against 2 per post, 5 and 12 posts).",
        ),
        (
            insight(InsightKind.LENGTH_COMMENTS, "short", value=3.0, versus_value=1.0, n=5,
                    versus_n=5, total=10),
            "Your short posts got 3× the comments of your other posts "
            "(3 against 1 per post, 5 and 5 posts).",
        ),
        (
            insight(InsightKind.COMMENT_WEEKDAY, "tuesday", "friday", value=0.4,
                    versus_value=0.2, n=12, versus_n=6, total=30),
            "Your busiest day for comments is Tuesday: 12 of your 30 comments.",
        ),
        (
            insight(InsightKind.LANGUAGE_LENGTH, "fi", "en", value=812.4, versus_value=640.0,
                    n=7, versus_n=9, total=16),
            "Your Finnish posts are longer than your English ones: 812 against 640 characters "
            "on average.",
        ),
        (
            insight(InsightKind.CONVERSATION_GROWTH, value=3.25, versus_value=1.5, n=6,
                    versus_n=5, total=13),
            "Your conversation grew: 3.3 comments and replies per own post lately, against 1.5 "
            "earlier in this range.",
        ),
    ],
)  # fmt: skip
def test_insights_read_right_in_english(given: Insight, sentence: str) -> None:
    assert insight_text(given) == sentence


def test_with_many_habits_the_chart_starts_with_those_that_moved_and_the_person_picks(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    """Twenty lines in five colours cannot be told apart: beyond five habits the chart draws the
    five whose strength changed most in the range, and a menu adds or removes any."""
    assert open_ctx.database is not None and open_ctx.reader is not None
    writer = HabitsWriter(open_ctx.database, open_ctx.reader)
    began = TEST_DAY - timedelta(days=150)
    days = [began + timedelta(days=n) for n in range(150)]
    plan = {
        **{f"Steady {n}": days for n in range(1, 5)},  # done every day: strong all along
        "Newly begun": days[-40:],
        "Also new": days[-25:],
        "Stopped": days[:70],
    }
    for name, done in plan.items():
        habit_id = writer.add(HabitRecord(Habit(name, created=began)), TEST_DAY)
        for day in done:
            writer.check(habit_id, day)
    page = progress_page(qtbot, open_ctx)
    choose(page, Range.QUARTER)
    drawn = lambda: {line.name for line in page.habits.data.series}  # noqa: E731
    assert page.habit_picker.isVisible() and page.habit_picker.text() == "Habits shown: 5 of 7"
    assert {"Newly begun", "Also new", "Stopped"} <= drawn() and len(drawn()) == 5
    left_out = next(a for a in page.habit_picker.menu_.actions() if a.text() not in drawn())
    left_out.trigger()  # checks it
    assert left_out.text() in drawn() and len(drawn()) == 6
    (every,) = [a for a in page.habit_picker.menu_.actions() if a.text() == "All habits"]
    every.trigger()
    assert drawn() == set(plan) and page.habit_picker.text() == "Habits shown: 7 of 7"
    choose(page, Range.YEAR)  # the choice stays across ranges
    assert drawn() == set(plan)
    choose(page, Range.QUARTER)
    (moved,) = [a for a in page.habit_picker.menu_.actions() if a.text().startswith("The 5")]
    moved.trigger()
    assert len(drawn()) == 5 and {"Newly begun", "Also new", "Stopped"} <= drawn()
