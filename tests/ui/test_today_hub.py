"""Today as the hub (issue 13): one stage that a first log never lowers, one next step, today's
habits checked from here, this week's planned posts, Ctrl+Z, Tab in visual order (issue 22),
and date fields that follow a language switch."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.drafts.networks import Network
from app.domain.habits import CheckState, Habit
from app.domain.journey.ladder import Frequency
from app.domain.journey.profile import Action, Assessment, ChannelAnswers, OnboardingStep, Profile
from app.services.clock import FixedClock
from app.services.drafts import DraftsWriter
from app.services.habits import HabitsReader, HabitsWriter
from app.storage.habits.read import HabitRecord
from app.ui.context import AppContext
from app.ui.kit.i18n import Translations
from app.ui.pages.today import TodayPage
from tests.ui.journey_helpers import MONDAY, TODAY, focused, press, reader, today, writer
from tests.ui.test_today import comment_goal, today_page

__all__ = ["today"]  # the fixture, imported for pytest


def commenter(ctx: AppContext) -> None:
    """Onboarded; the survey placed them at Commenter."""
    answers = {Action.READ: Frequency.DAILY, Action.COMMENT: Frequency.WEEKLY}
    taken = (ChannelAnswers(Channel.LINKEDIN, answers),)
    writer(ctx).add_assessment(Assessment(TODAY - timedelta(days=3), taken))
    writer(ctx).save_profile(Profile(name="Aino", onboarding_step=OnboardingStep.DONE))


def comment(day: date = TODAY) -> Activity:
    return Activity(ActivityKind.COMMENT, Channel.LINKEDIN, day, ActivitySource.MANUAL)


def habits(ctx: AppContext) -> HabitsWriter:
    assert ctx.database is not None and ctx.reader is not None
    return HabitsWriter(ctx.database, ctx.reader)


# -- the stage ------------------------------------------------------------------------------------


def test_a_first_logged_comment_keeps_the_surveys_stage(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    """Issue 13, item 5: the survey says Commenter; after one comment Today said "Listener"
    next to a "First comment!" banner."""
    commenter(open_ctx)
    page = today_page(qtbot, open_ctx)
    assert "Your starting point: <b>Commenter</b>" in page.stage_line.text()
    page.quick_log.focus_form()
    press(qtbot, Qt.Key.Key_Return)  # a comment, today
    assert "Your first comment!" in page.banner.texts()
    assert "Your stage now: <b>Commenter</b>" in page.stage_line.text()
    assert "Listener" not in page.stage_line.text()
    assert page.holding.isVisible()  # and why: the log alone does not show it yet
    assert "moves down only after 7 weeks in a row" in page.holding.text()


def test_today_and_journey_say_the_next_step_in_the_same_words(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    """Issue 13, item 6: "2 of four weeks" on Journey, "2 different weeks out of 4" on Today."""
    from app.ui.pages.journey import JourneyPage

    commenter(open_ctx)
    comment_goal(open_ctx, TODAY, MONDAY + timedelta(days=13))
    writer(open_ctx).log(comment(), TODAY)
    page = today_page(qtbot, open_ctx)
    journey = JourneyPage(open_ctx, "Journey")
    journey.ensure_built()
    assert page.next_card.title.text() == "Your next step"
    assert page.next_step.text() == journey.next_step.text()
    assert page.next_step.text() == "Next step up: reply in a discussion 2 times within 4 weeks."


# -- one next step --------------------------------------------------------------------------------


def test_one_next_step_a_due_review_then_a_first_goal(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    commenter(open_ctx)
    writer(open_ctx).log(comment(), TODAY)
    page = today_page(qtbot, open_ctx)
    assert page.next_card.title.text() == "Your next step: set a goal"
    page.next_card.button.click()
    assert page.dialog is not None and page.dialog.windowTitle()
    page.dialog.reject()
    # A goal whose weekly review is due: the step is to review it, and its button does.
    comment_goal(open_ctx, TODAY - timedelta(days=8), MONDAY + timedelta(days=20))
    open_ctx.hub.dataChanged.emit("journey")
    assert page.next_card.title.text() == "Your next step: review your goal"
    assert "Comment on posts about energy policy" in page.next_step.text()
    page.next_card.button.click()
    assert page.dialog is not None
    page.dialog.reject()


def test_on_a_new_folder_the_step_is_to_import_ones_posts(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    commenter(open_ctx)
    page = today_page(qtbot, open_ctx)
    with qtbot.waitSignal(page.importRequested):
        page.next_card.button.click()


def test_before_the_onboarding_its_invitation_is_the_step(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    page = today_page(qtbot, open_ctx)
    assert page.onboarding.isVisible()
    assert not page.next_card.isVisible()


# -- today's habits and this week's plan ------------------------------------------------------


def test_todays_habits_are_checked_from_today_and_the_habits_page_hears_it(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    commenter(open_ctx)
    walk = habits(open_ctx).add(HabitRecord(Habit("Walk & talk")), TODAY)
    habits(open_ctx).add(HabitRecord(Habit("Read")), TODAY)
    page = today_page(qtbot, open_ctx)
    assert page.habits.isVisible()
    first, second = page.habits.boxes
    assert (first.text(), first.isChecked(), second.text()) == ("Walk && talk", False, "Read")
    heard: list[str] = []
    open_ctx.hub.dataChanged.connect(heard.append)
    first.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert "habits" in heard  # the Habits page reloads on this
    assert open_ctx.reader is not None
    summary = HabitsReader(open_ctx.reader).summary(walk, TODAY)
    assert summary is not None and summary.checked_today is not None
    assert summary.checked_today.state is CheckState.DONE
    qtbot.waitUntil(lambda: page.habits.boxes[0].isChecked())
    page.habits.boxes[0].click()  # and back
    summary = HabitsReader(open_ctx.reader).summary(walk, TODAY)
    assert summary is not None and summary.checked_today is None


def test_without_habits_there_is_no_habits_card(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    page = today_page(qtbot, open_ctx)
    assert not page.habits.isVisible()


def test_this_weeks_planned_posts_are_listed(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    commenter(open_ctx)
    page = today_page(qtbot, open_ctx)
    assert page.plan.isVisible() and page.plan.lines == []
    assert page.plan.empty.text() == "Nothing is planned for this week."
    assert open_ctx.database is not None and open_ctx.reader is not None
    drafts = DraftsWriter(open_ctx.database, open_ctx.reader, FixedClock(TODAY))
    draft = drafts.new_draft("Small decisions, big effects")
    drafts.plan(draft, Network.LINKEDIN, datetime(2025, 3, 14, 9, 30))  # this Friday
    drafts.plan(draft, Network.X, datetime(2025, 3, 18, 9, 30))  # next week: not listed
    open_ctx.hub.dataChanged.emit("drafts")
    assert page.plan.lines == ["Fri 14/03/2025 09:30 · LinkedIn: Small decisions, big effects"]
    with qtbot.waitSignal(page.draftsRequested):
        page.plan.open_button.click()


# -- the keyboard -------------------------------------------------------------------------------


def test_ctrl_z_takes_the_last_log_back(qtbot: QtBot, open_ctx: AppContext, today: date) -> None:
    """Issue 13, item 11: as the Undo button does."""
    page = today_page(qtbot, open_ctx)
    page.quick_log.focus_form()
    press(qtbot, Qt.Key.Key_Return)
    assert len(reader(open_ctx).activities()) == 1
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert reader(open_ctx).activities() == []
    assert not page.quick_log.undo_button.isVisible()
    assert focused() is page.quick_log.kind


def tab_order(page: TodayPage) -> list[QWidget]:
    """The page's controls in the order Tab visits them, from the first."""
    stops: list[QWidget] = []
    widget: QWidget = page
    for _ in range(2000):
        widget = widget.nextInFocusChain()
        if widget is page:
            break
        visible = widget.isVisible() and page.isAncestorOf(widget)
        if visible and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget not in stops:
            stops.append(widget)
    return stops


def test_tab_follows_the_visual_order(qtbot: QtBot, open_ctx: AppContext, today: date) -> None:
    """Issue 22, item 6: "Add a goal" is reached, and the goals' Edit buttons come before "Log
    it" when the goals are on the left; with one column, the form (first there) comes first."""
    commenter(open_ctx)
    comment_goal(open_ctx, TODAY, MONDAY + timedelta(days=13))
    comment_goal(open_ctx, TODAY, MONDAY + timedelta(days=20))
    page = today_page(qtbot, open_ctx)
    page.resize(1100, 800)
    qtbot.waitUntil(lambda: page.quick_log.x() > page.week.x() + 100)
    qtbot.wait(10)  # the order is set once the cards have settled
    order = tab_order(page)
    edits = [b for b in order if b.parentWidget() is page.week]
    edits = [b for b in order if page.week.isAncestorOf(b) and b is not page.week.add_button]
    assert len(edits) == 2
    index = order.index
    assert index(edits[0]) < index(edits[1]) < index(page.week.add_button)
    assert index(page.week.add_button) < index(page.quick_log.kind)
    assert index(page.quick_log.kind) < index(page.quick_log.log_button)
    page.resize(600, 800)
    qtbot.waitUntil(lambda: page.quick_log.x() == page.week.x())
    qtbot.wait(10)
    order = tab_order(page)
    assert order.index(page.quick_log.log_button) < order.index(page.week.add_button)


# -- formats after a language switch --------------------------------------------------------------


def test_the_date_field_follows_a_language_switch(
    qtbot: QtBot, open_ctx: AppContext, today: date, translations: Translations
) -> None:
    """Issue 13, item 9: "01/12/2026" in the date field beside "5.1.2027" after a switch."""
    page = today_page(qtbot, open_ctx)
    assert page.quick_log.day.text() == "12/03/2025"
    translations.apply("fi")
    qtbot.waitUntil(lambda: page.quick_log.day.text() == "12.3.2025")
    translations.apply("en")
    qtbot.waitUntil(lambda: page.quick_log.day.text() == "12/03/2025")
