"""The Journey page: the ladder, the weekly history, recognition, progress and lessons."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.journey.ladder import Frequency, Stage
from app.domain.journey.profile import Action, Assessment, ChannelAnswers, OnboardingStep, Profile
from app.services.clock import FixedClock
from app.services.journey import JourneyWriter
from app.ui.context import AppContext
from app.ui.journey.access import write_journey
from app.ui.journey.feed import RecognitionModel
from app.ui.journey.journal_model import JournalModel
from app.ui.kit.i18n import Translations
from app.ui.kit.labels import label
from app.ui.pages.journey import JourneyPage
from tests.ui.conftest import show

TODAY = date(2026, 3, 18)  # a Wednesday in ISO week 12
C, R, P = ActivityKind.COMMENT, ActivityKind.REPLY, ActivityKind.OWN_POST

# A comment and a reply in week 10, two comments and a reply in week 11: the log shows a
# Listener in week 10 and a Conversationalist in weeks 11 and 12, and the stage follows in week
# 12, once it has shown for two weeks in a row (docs/LADDER.md).
CONVERSATION = [
    (C, date(2026, 3, 2)),
    (R, date(2026, 3, 3)),
    (C, date(2026, 3, 9)),
    (C, date(2026, 3, 9)),
    (R, date(2026, 3, 10)),
]


@pytest.fixture
def clock() -> FixedClock:
    """The app's clock (``ctx.clock``) on ``TODAY``."""
    return FixedClock(TODAY)


def change(ctx: AppContext, what: object) -> None:
    write_journey(ctx, what)  # type: ignore[arg-type]


def log(ctx: AppContext, activities: Iterable[tuple[ActivityKind, date]]) -> None:
    items = [
        (Activity(kind, Channel.LINKEDIN, day, ActivitySource.IMPORT), f"{kind}-{day}-{i}")
        for i, (kind, day) in enumerate(activities)
    ]

    def add(writer: JourneyWriter) -> None:
        writer.import_activities(items, TODAY)

    change(ctx, add)


def survey(day: date, **answers: Frequency) -> Assessment:
    given = {Action(name): value for name, value in answers.items()}
    return Assessment(day, (ChannelAnswers(Channel.LINKEDIN, given),))


def assess(ctx: AppContext, assessment: Assessment) -> None:
    change(ctx, lambda w: w.add_assessment(assessment))


def journey_page(qtbot: QtBot, ctx: AppContext) -> JourneyPage:
    page = JourneyPage(ctx, "Journey")
    page.ensure_built()
    show(qtbot, page)
    return page


# -- the ladder ------------------------------------------------------------------------------------


def test_an_empty_journey_explains_the_ladder_and_where_you_start(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    page = journey_page(qtbot, open_ctx)
    assert page.content_ready
    assert page.now.text() == "Your stage now: Listener"
    assert page.ladder.caption(Stage.LISTENER) == "You are here"
    assert page.start_note.text() == "Nothing is logged yet, so you start at the first stage."
    assert page.how_it_works.isVisible()
    assert "six stages, from Listener to Role model" in page.how_it_works.text()
    assert page.next_step.text() == (
        "Next step up: 3 public actions within 4 weeks. A reaction, a share or a comment all count."
    )
    assert not page.moves.isVisible()
    assert page.feed.empty.isVisible()
    assert "your first comment" in page.feed.empty.text()


def test_before_anything_is_logged_the_survey_sets_the_start(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    assess(open_ctx, survey(date(2026, 3, 1), read=Frequency.DAILY, comment=Frequency.WEEKLY))
    page = journey_page(qtbot, open_ctx)
    assert page.now.text() == "Your stage now: Commenter"
    assert page.ladder.caption(Stage.COMMENTER) == "You are here · your start"
    assert page.start_note.text() == (
        "Nothing is logged yet, so this is where your survey placed you."
    )
    assert page.next_step.text() == "Next step up: reply in a discussion 2 times within 4 weeks."


def test_the_ladder_marks_the_start_and_the_stage_reached_by_activity(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    assess(open_ctx, survey(date(2026, 2, 1), read=Frequency.DAILY, react=Frequency.WEEKLY))
    log(open_ctx, CONVERSATION)
    page = journey_page(qtbot, open_ctx)
    ladder = page.ladder
    assert (ladder.current, ladder.start) == (Stage.CONVERSATIONALIST, Stage.SUPPORTER)
    assert ladder.caption(Stage.CONVERSATIONALIST) == "You are here"
    assert ladder.caption(Stage.SUPPORTER) == "Your start"
    assert ladder.caption(Stage.CREATOR) == ""
    assert "You are here: Conversationalist, stage 4 of 6." in ladder.accessibleDescription()
    assert "Your start: Supporter." in ladder.accessibleDescription()
    assert page.now.text() == "Your stage now: Conversationalist"
    assert page.meaning.text().startswith("You comment and answer back")
    assert "an own post" in page.next_step.text()
    assert page.start_note.text() == "You started as Supporter on 01/02/2026."
    assert not page.how_it_works.isVisible()


def test_the_weekly_history_has_one_point_per_week_with_its_stage(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    log(open_ctx, CONVERSATION)
    page = journey_page(qtbot, open_ctx)
    chart = page.history.chart
    mondays = [date(2026, 3, 2) + timedelta(weeks=i) for i in range(3)]
    assert [week.monday for week in chart.weeks] == mondays
    tips = [chart.tooltip_for(chart.week_at(chart.week_x(i)) or 0) for i in range(3)]
    assert tips == [
        "Week 10/2026 (from 02/03/2026): Listener",
        "Week 11/2026 (from 09/03/2026): Listener\nThe log showed: Conversationalist",
        "Week 12/2026 (from 16/03/2026): Conversationalist",
    ]
    assert chart.week_at(chart.week_x(2) + chart.step()) is None
    # Hovering shows the same words.
    where = QPoint(int(chart.week_x(0)), chart.height() // 2)
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, where, chart.mapToGlobal(where)))
    assert QToolTip.text() == "Week 10/2026 (from 02/03/2026): Listener"
    QToolTip.hideText()
    assert "3 weeks, from Week 10/2026 to Week 12/2026" in page.history.accessibleDescription()


def test_the_week_chart_is_read_by_keyboard_and_as_a_table(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    """Issue 22, items 5 and 7: the chart says the week under its marker, moves with the
    arrows, shows its focus, and can be read as a table."""
    log(open_ctx, CONVERSATION)
    page = journey_page(qtbot, open_ctx)
    chart = page.history.chart
    assert chart.accessibleName() == "Your stage week by week"
    assert chart.accessibleDescription() == "Week 12/2026 (from 16/03/2026): Conversationalist"
    assert page.history.area.focusPolicy() == Qt.FocusPolicy.NoFocus  # not a stop of its own
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert chart.selected == 1
    assert chart.accessibleDescription() == (
        "Week 11/2026 (from 09/03/2026): Listener The log showed: Conversationalist"
    )
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.accessibleDescription().startswith("Week 10/2026")
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.selected == 2
    focused = chart.grab().toImage()
    chart.clearFocus()
    assert chart.grab().toImage() != focused  # the focus frame shows
    page.history.as_table.click()
    table = page.history.table
    assert table.isVisible() and not page.history.area.isVisible()
    model = table.model()
    rows = [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert rows == [
        ["Week 12/2026", "16/03/2026", "Conversationalist", "Conversationalist"],
        ["Week 11/2026", "09/03/2026", "Listener", "Conversationalist"],
        ["Week 10/2026", "02/03/2026", "Listener", "Listener"],
    ]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Week", "From", "Stage", "The log showed"]


def test_the_ladder_keeps_the_highest_stage_reached(qtbot: QtBot, open_ctx: AppContext) -> None:
    """A Creator a year ago who has been quiet since: the ladder shows where they are now and
    does not grey out what they reached (issue 13, item 6)."""
    year_ago = TODAY - timedelta(weeks=52)
    busy = [
        (kind, year_ago + timedelta(weeks=w, days=d))
        for w in range(10)  # ten weeks: five posts, one short of a Role model's six
        for kind, d in ((C, 0), (C, 1), (R, 2), *([(P, 3)] if w % 2 == 0 else []))
    ]
    log(open_ctx, busy)
    page = journey_page(qtbot, open_ctx)
    ladder = page.ladder
    assert ladder.current is Stage.LISTENER
    assert ladder.highest is Stage.CREATOR
    assert ladder.reached(Stage.CREATOR) and not ladder.reached(Stage.ROLE_MODEL)
    assert ladder.caption(Stage.CREATOR) == "Highest reached"
    assert "Highest reached: Creator." in ladder.accessibleDescription()
    assert page.highest.isVisible()
    assert page.highest.text() == "Highest stage reached: Creator"


def test_ten_years_of_weeks_scroll_with_the_newest_in_view(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    start = TODAY - timedelta(weeks=520)
    log(open_ctx, [(C, start + timedelta(days=3 * i)) for i in range(520 * 7 // 3)])
    page = journey_page(qtbot, open_ctx)
    page.resize(1000, 700)
    chart = page.history.chart
    assert len(chart.weeks) == 521
    bar = page.history.area.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == bar.maximum()
    assert chart.step() >= 6  # every week stays wide enough to point at
    # The newest week's dot, and the ring that marks it when selected, are in view, not cut
    # (issue 22, item 9).
    right = chart.week_x(len(chart.weeks) - 1) + 7
    assert right <= min(chart.width(), bar.value() + page.history.area.viewport().width())


def test_moves_are_listed_newest_first(qtbot: QtBot, open_ctx: AppContext) -> None:
    log(open_ctx, CONVERSATION)
    page = journey_page(qtbot, open_ctx)
    assert page.moves.isVisible()
    assert page.moves.texts() == ["Week 12/2026: Listener → Conversationalist"]


# -- recognition ---------------------------------------------------------------------------------


def test_logging_a_first_comment_shows_a_milestone(qtbot: QtBot, open_ctx: AppContext) -> None:
    page = journey_page(qtbot, open_ctx)
    assert page.feed.texts() == []
    log(open_ctx, [(C, date(2026, 3, 16))])  # the page hears dataChanged("journey") and reloads
    assert page.feed.texts() == [
        "16/03/2026 Your first comment! Every conversation starts with someone who speaks up."
    ]
    assert not page.feed.empty.isVisible()
    # One week is no range (issue 13, item 8: "From 01/12/2026 to 01/12/2026").
    assert page.history.accessibleDescription() == "Week 12/2026. Highest stage: Listener."


def test_recognition_is_newest_first_and_names_the_stage_reached(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    log(open_ctx, CONVERSATION)
    page = journey_page(qtbot, open_ctx)
    shown = page.feed.texts()
    assert (
        shown[0]
        == "16/03/2026 A step up the ladder! You have reached a new stage: Conversationalist."
    )
    assert shown[-1].startswith("02/03/2026 Your first comment!")
    days = [page.feed.model.entries[i].day for i in range(len(shown))]
    assert days == sorted(days, reverse=True)


def test_the_feed_models_are_sound(
    qtmodeltester: object, qtbot: QtBot, open_ctx: AppContext
) -> None:
    log(open_ctx, CONVERSATION)
    page = journey_page(qtbot, open_ctx)
    qtmodeltester.check(page.feed.model)  # type: ignore[attr-defined]
    assert isinstance(page.feed.model, RecognitionModel)
    assert isinstance(page.journal.model, JournalModel)
    qtmodeltester.check(page.journal.proxy)  # type: ignore[attr-defined]
    qtmodeltester.check(page.history.model)  # type: ignore[attr-defined]


# -- progress since the start ----------------------------------------------------------------------


def test_a_retake_is_compared_with_the_first_survey(qtbot: QtBot, open_ctx: AppContext) -> None:
    assess(open_ctx, survey(date(2025, 9, 1), read=Frequency.DAILY, react=Frequency.WEEKLY))
    # Onboarding done: a later survey is a re-take, kept beside the first.
    change(open_ctx, lambda w: w.save_profile(Profile(onboarding_step=OnboardingStep.DONE)))
    assess(
        open_ctx,
        survey(
            date(2026, 3, 1),
            read=Frequency.DAILY,
            react=Frequency.MONTHLY,
            comment=Frequency.WEEKLY,
        ),
    )
    page = journey_page(qtbot, open_ctx)
    panel = page.comparison
    assert "Your first survey (01/09/2025) next to your latest re-take (01/03/2026)" in (
        panel.intro.text()
    )
    # The surveys' estimates say whose they are; the stage now is the ladder's, as everywhere.
    assert "placed you at Supporter then and at Commenter in the re-take" in panel.intro.text()
    assert panel.intro.text().endswith(
        "On the ladder, from what you log, your stage now is Supporter."
    )
    assert page.now.text() == "Your stage now: Supporter"
    rows = panel.rows()
    never, monthly, weekly = (label(f) for f in (Frequency.NEVER, Frequency.MONTHLY,
                                                  Frequency.WEEKLY))  # fmt: skip
    assert f"{label(Action.COMMENT)}: {never} → {weekly}, ↑ more often" in rows
    assert f"{label(Action.REACT)}: {weekly} → {monthly}, ↓ less often" in rows
    assert f"{label(Action.POST)}: {never} → {never}, = the same" in rows
    assert len(rows) == len(Action)


def test_with_one_survey_the_next_retake_is_announced(qtbot: QtBot, open_ctx: AppContext) -> None:
    assess(open_ctx, survey(date(2026, 3, 1), read=Frequency.DAILY))
    page = journey_page(qtbot, open_ctx)
    assert page.comparison.rows() == []
    assert page.comparison.intro.text().endswith("Your next re-take is due on 31/05/2026.")


# -- learning ------------------------------------------------------------------------------------


def test_the_current_stages_lesson_comes_first_and_renders(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    log(open_ctx, CONVERSATION)
    page = journey_page(qtbot, open_ctx)
    page.tabs.setCurrentIndex(page.LEARNING)
    learning = page.learning
    first_group = learning.tree.topLevelItem(0)
    assert first_group.text(0) == "For you now"
    lesson = learning.shown_lesson()
    assert lesson is not None and lesson.stage is Stage.CONVERSATIONALIST
    shown = learning.reader.toPlainText()
    assert lesson.title in shown
    assert "Try this: " + lesson.try_this in shown
    assert "<b>" not in shown and "**" not in shown  # the Markdown became formatting
    steps = [
        learning.tree.topLevelItem(i).text(0) for i in range(learning.tree.topLevelItemCount())
    ]
    assert steps[1:5] == [step.title for step in learning.course.steps]  # type: ignore[union-attr]


def test_lessons_follow_the_ui_language(
    qtbot: QtBot, open_ctx: AppContext, translations: Translations
) -> None:
    page = journey_page(qtbot, open_ctx)
    english = page.learning.shown_lesson()
    assert english is not None
    translations.apply("fi")
    qtbot.waitUntil(
        lambda: page.learning.course is not None and page.learning.course.language == "fi"
    )
    finnish = page.learning.shown_lesson()
    assert finnish is not None and finnish.id == english.id
    assert finnish.title != english.title
    assert finnish.title in page.learning.reader.toPlainText()
