"""The Today page: quick log by keyboard, celebration, undo, this week's goals, reviews, notices."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.journey.goals import ActivityCount, Goal, ReviewCadence
from app.domain.journey.journal import EntryKind
from app.domain.journey.ladder import Frequency, NextStep
from app.domain.journey.profile import Action, Assessment, ChannelAnswers, OnboardingStep, Profile
from app.storage.errors import LockedDatabaseError
from app.ui.context import AppContext
from app.ui.kit.i18n import Translations
from app.ui.kit.labels import label
from app.ui.pages.today import TodayPage
from app.ui.today.goal_editor import GoalEditorDialog
from app.ui.today.goal_review import GoalReviewDialog
from tests.ui.conftest import show
from tests.ui.journey_helpers import (
    MONDAY,
    TODAY,
    activate,
    focused,
    press,
    reader,
    tab_to,
    today,
    type_keys,
    writer,
)

__all__ = ["today"]  # the fixture, imported for pytest


def today_page(qtbot: QtBot, ctx: AppContext) -> TodayPage:
    page = TodayPage(ctx, "Today")
    page.resize(1000, 800)
    page.ensure_built()
    show(qtbot, page)
    activate(qtbot, page)
    return page


def onboarded(ctx: AppContext, taken_on: date = TODAY - timedelta(days=10)) -> None:
    answers = ChannelAnswers(Channel.LINKEDIN, {Action.READ: Frequency.DAILY})
    writer(ctx).add_assessment(Assessment(taken_on, (answers,)))
    writer(ctx).save_profile(
        Profile(name="Aino", channels=(Channel.MASTODON,), onboarding_step=OnboardingStep.DONE)
    )


def comment_goal(ctx: AppContext, start: date, deadline: date, target: int = 4) -> int:
    goal = Goal(
        None,
        "Comment on posts about energy policy",
        ActivityCount(ActivityKind.COMMENT),
        target,
        start,
        deadline,
        ReviewCadence.WEEKLY,
    )
    goal_id, _ = writer(ctx).save_goal(goal, TODAY)
    return goal_id


def test_a_comment_is_logged_with_the_keyboard_alone_and_celebrated(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    onboarded(open_ctx)
    page = today_page(qtbot, open_ctx)
    messages: list[str] = []
    open_ctx.hub.statusMessage.connect(messages.append)
    log = page.quick_log
    log.focus_form()
    assert focused() is log.kind
    type_keys(qtbot, "rep")  # type-ahead: "Reply in a discussion"
    assert log.kind.currentData() == ActivityKind.REPLY
    press(qtbot, Qt.Key.Key_Up)  # the one above it: a comment
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "l")  # LinkedIn
    tab_to(qtbot, log.link)
    type_keys(qtbot, "https://www.linkedin.com/feed/update/1")
    press(qtbot, Qt.Key.Key_Return)

    (stored,) = reader(open_ctx).activities()
    assert (stored.kind, stored.channel, stored.day) == (
        ActivityKind.COMMENT,
        Channel.LINKEDIN,
        TODAY,
    )
    assert stored.link == "https://www.linkedin.com/feed/update/1"
    assert stored.source is ActivitySource.MANUAL
    assert page.banner.isVisible()
    assert "Your first comment!" in page.banner.texts()
    assert any("Your first comment!" in t.text() for t in page.recognition.titles)
    assert messages and messages[-1].startswith("Logged: ")
    assert "LinkedIn" in log.message.text()
    # Ready for the next one: the link is cleared and the focus is back on the kind.
    assert log.link.text() == ""
    assert focused() is log.kind
    # The channel the person picked stays picked, though their profile names another first.
    assert log.channel.currentData() == Channel.LINKEDIN


def test_enter_in_the_date_field_logs_a_backfilled_action(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    page = today_page(qtbot, open_ctx)
    log = page.quick_log
    log.focus_form()
    tab_to(qtbot, log.day)
    press(qtbot, Qt.Key.Key_Down)  # the day section: one day back
    press(qtbot, Qt.Key.Key_Return)
    (stored,) = reader(open_ctx).activities()
    assert stored.day == TODAY - timedelta(days=1)


def test_a_future_date_cannot_be_picked(qtbot: QtBot, open_ctx: AppContext, today: date) -> None:
    page = today_page(qtbot, open_ctx)
    page.quick_log.day.setFocus()
    press(qtbot, Qt.Key.Key_Up)
    assert page.quick_log.activity().day == TODAY


def test_a_link_that_is_not_a_link_is_pointed_out_and_nothing_is_logged(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    page = today_page(qtbot, open_ctx)
    page.quick_log.link.setFocus()
    type_keys(qtbot, "my post")
    press(qtbot, Qt.Key.Key_Return)
    assert reader(open_ctx).activities() == []
    assert "https://" in page.quick_log.message.text()
    assert focused() is page.quick_log.link


def test_undo_takes_the_last_log_back(qtbot: QtBot, open_ctx: AppContext, today: date) -> None:
    page = today_page(qtbot, open_ctx)
    messages: list[str] = []
    open_ctx.hub.statusMessage.connect(messages.append)
    page.quick_log.focus_form()
    press(qtbot, Qt.Key.Key_Return)
    assert len(reader(open_ctx).activities()) == 1
    assert any("Your first" in t.text() for t in page.recognition.titles)
    assert page.quick_log.undo_button.isVisible()
    tab_to(qtbot, page.quick_log.undo_button)
    press(qtbot, Qt.Key.Key_Return)  # Enter on the button means the button, not "log again"
    assert reader(open_ctx).activities() == []
    assert not page.quick_log.undo_button.isVisible()
    assert not page.banner.isVisible()
    assert messages[-1] == "Removed the last logged action."
    # What was never done earns nothing: the first that the mistaken log gave is gone too.
    assert not any("Your first" in t.text() for t in page.recognition.titles)


def test_this_weeks_share_of_a_goal_grows_as_matching_actions_are_logged(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    onboarded(open_ctx)
    # Starts today and ends on Sunday next week: four in two weeks is two this week.
    comment_goal(open_ctx, TODAY, MONDAY + timedelta(days=13), target=4)
    page = today_page(qtbot, open_ctx)
    (row,) = page.week.row_widgets
    assert row.title.text() == "Comment on posts about energy policy"
    assert row.value.text() == "0 of 2 this week"
    assert row.status.text() == "On track"
    assert "2 more this week" in row.hint.text()

    page.quick_log.focus_form()
    press(qtbot, Qt.Key.Key_Return)  # a comment, the default kind
    (row,) = page.week.row_widgets
    assert row.value.text() == "1 of 2 this week"
    assert row.bar.value() == 500
    assert "1 more this week" in row.hint.text()

    type_keys(qtbot, "r")  # a reply does not count for a comment goal
    press(qtbot, Qt.Key.Key_Return)
    assert page.week.row_widgets[0].value.text() == "1 of 2 this week"

    press(qtbot, Qt.Key.Key_Up)  # back to a comment
    press(qtbot, Qt.Key.Key_Return)
    (row,) = page.week.row_widgets
    assert row.value.text() == "2 of 2 this week"
    assert "share is done" in row.hint.text()


def test_without_goals_the_page_offers_to_set_the_first_one(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    onboarded(open_ctx)
    page = today_page(qtbot, open_ctx)
    assert page.week.row_widgets == []
    assert page.week.empty.isVisible()
    assert page.week.add_button.text() == "Set your first goal"
    assert "Once you have a goal" in page.reviews.intro.text()
    qtbot.mouseClick(page.week.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, GoalEditorDialog)
    activate(qtbot, dialog)
    type_keys(qtbot, "Comment on two posts every week")
    dialog.target.setValue(8)
    press(qtbot, Qt.Key.Key_Return)
    assert page.dialog is None
    (row,) = page.week.row_widgets
    assert row.title.text() == "Comment on two posts every week"
    assert page.week.add_button.text() == "Add a goal"


def test_a_due_review_is_written_and_goes_to_the_journal(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    onboarded(open_ctx)
    goal_id = comment_goal(open_ctx, TODAY - timedelta(days=8), TODAY + timedelta(days=20))
    page = today_page(qtbot, open_ctx)
    (button,) = page.reviews.review_buttons
    assert button.text() == "Review now"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, GoalReviewDialog)
    activate(qtbot, dialog)
    assert focused() is dialog.text
    type_keys(qtbot, "Two good threads; Friday is my slot.")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    (entry,) = reader(open_ctx).journal(EntryKind.REVIEW)
    assert entry.body == "Two good threads; Friday is my slot."
    assert entry.goal_id == goal_id
    assert entry.share_with_coach is False
    assert page.dialog is None
    assert page.reviews.review_buttons == []
    assert page.reviews.intro.text().startswith("Next review on ")


def test_escape_closes_the_review_without_writing(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    onboarded(open_ctx)
    comment_goal(open_ctx, TODAY - timedelta(days=8), TODAY + timedelta(days=20))
    page = today_page(qtbot, open_ctx)
    dialog = page.open_review(page.reviews._due[0])
    activate(qtbot, dialog)
    type_keys(qtbot, "Not now")
    press(qtbot, Qt.Key.Key_Escape)
    assert reader(open_ctx).journal() == []
    assert len(page.reviews.review_buttons) == 1


def test_someone_who_has_not_onboarded_is_invited_to_start(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    page = today_page(qtbot, open_ctx)
    assert page.onboarding.isVisible()
    assert page.onboarding.button.text() == "Start"
    assert not page.reassess.isVisible()
    # Logging works before onboarding, too.
    assert page.quick_log.isVisible()
    with qtbot.waitSignal(page.onboardingRequested):
        qtbot.mouseClick(page.onboarding.button, Qt.MouseButton.LeftButton)


def test_a_half_done_onboarding_is_offered_to_continue(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    writer(open_ctx).save_profile(Profile(onboarding_step=OnboardingStep.PROFILE))
    page = today_page(qtbot, open_ctx)
    assert page.onboarding.button.text() == "Continue"


def test_an_onboarded_person_sees_no_invitation_and_a_stage(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    onboarded(open_ctx)
    page = today_page(qtbot, open_ctx)
    assert not page.onboarding.isVisible()
    assert page.greeting.title.text() == "Hello, Aino"
    assert "Your starting point:" in page.stage_line.text()
    # A new folder: the one next step is to bring in what they have written.
    assert page.next_card.title.text() == "Your next step: import your posts"
    assert page.next_card.button.text() == "Import your posts"
    # The person's own channel comes first in the quick log.
    assert page.quick_log.channel.currentData() == Channel.MASTODON


def test_the_quarterly_reassessment_is_offered_when_due(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    onboarded(open_ctx, taken_on=TODAY - timedelta(days=100))
    page = today_page(qtbot, open_ctx)
    assert page.reassess.isVisible()
    assert page.reassess.button.text() == "Re-take the survey"
    with qtbot.waitSignal(page.retakeRequested):
        qtbot.mouseClick(page.reassess.button, Qt.MouseButton.LeftButton)


def test_no_reassessment_reminder_before_a_quarter_has_passed(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    onboarded(open_ctx, taken_on=TODAY - timedelta(days=30))
    page = today_page(qtbot, open_ctx)
    assert not page.reassess.isVisible()


def test_the_page_reloads_when_the_journey_changes_elsewhere(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    page = today_page(qtbot, open_ctx)
    assert page.content_ready
    assert page.recognition.titles == []
    activity = Activity(ActivityKind.OWN_POST, Channel.BLOG, TODAY, ActivitySource.IMPORT)
    writer(open_ctx).log(activity, TODAY)
    open_ctx.hub.dataChanged.emit("journey")
    assert [t.text() for t in page.recognition.titles] == ["★ Your first own post!"]


def test_two_columns_when_wide_and_one_when_narrow(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    page = today_page(qtbot, open_ctx)
    page.resize(1100, 800)
    qtbot.waitUntil(lambda: page.quick_log.x() > page.week.x() + 100)
    assert abs(page.quick_log.y() - page.week.y()) < 5
    page.resize(600, 800)
    qtbot.waitUntil(lambda: page.quick_log.x() == page.week.x())
    assert page.quick_log.y() < page.week.y()  # the form first: in view without scrolling


@pytest.mark.parametrize("step", list(NextStep))
def test_every_next_step_has_its_own_sentence(
    qtbot: QtBot, open_ctx: AppContext, today: date, step: NextStep
) -> None:
    page = today_page(qtbot, open_ctx)
    text = page.next_step_text(step)
    others = {page.next_step_text(s) for s in NextStep if s is not step}
    assert text and text not in others
    assert "{" not in text


def test_a_database_that_cannot_open_is_said_plainly(
    qtbot: QtBot, ctx: AppContext, today: date
) -> None:
    page = TodayPage(ctx, "Today")
    page.ensure_built()
    show(qtbot, page)
    assert not page.content_ready  # the store is not open yet
    ctx.hub.databaseFailed.emit(LockedDatabaseError(ctx.paths.db_path))
    assert page.error.isVisible()
    assert "in use by another program" in page.error.text()
    assert page.content_ready


def test_a_language_switch_redraws_the_page_with_its_data(
    qtbot: QtBot, open_ctx: AppContext, today: date, translations: Translations
) -> None:
    onboarded(open_ctx)
    comment_goal(open_ctx, TODAY, MONDAY + timedelta(days=13))
    page = today_page(qtbot, open_ctx)
    translations.apply("fi")
    qtbot.waitUntil(lambda: page.quick_log.kind.itemText(0) == label(ActivityKind.COMMENT))
    (row,) = page.week.row_widgets
    assert row.title.text() == "Comment on posts about energy policy"
    assert page.greeting.title.text().endswith("Aino")


def test_travel_mode_can_be_set_from_today(qtbot: QtBot, open_ctx: AppContext, today: date) -> None:
    from app.domain.habits import Habit
    from app.services.habits import HabitsWriter
    from app.storage.habits.read import HabitRecord

    onboarded(open_ctx)
    assert open_ctx.database is not None and open_ctx.reader is not None
    # The travel row shows once there is a habit for it to spare (issue 13, item 12).
    HabitsWriter(open_ctx.database, open_ctx.reader).add(HabitRecord(Habit("Walk")), today)
    page = today_page(qtbot, open_ctx)
    qtbot.waitUntil(lambda: page.travel is not None and page.travel.isVisible())
    travel = page.travel
    assert travel is not None
    picked = travel.until.date().addDays(5)  # type: ignore[attr-defined]
    travel.until.setDate(picked)  # type: ignore[attr-defined]
    qtbot.mouseClick(travel.start, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    from app.services.habits import HabitsReader

    assert open_ctx.reader is not None
    (away,) = HabitsReader(open_ctx.reader).travel()
    assert away.end == date(picked.year(), picked.month(), picked.day())
    assert away.end > away.start
