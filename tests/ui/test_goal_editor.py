"""The goal editor: live hints that never block (except an empty goal), keyboard, saving."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.domain.activity import ActivityKind, Channel
from app.domain.journey.goals import ActivityCount, Goal, GoalIssue, ManualNumber, ReviewCadence
from app.storage.journey.records import GoalRecord
from app.ui.context import AppContext
from app.ui.kit.labels import label
from app.ui.today.goal_editor import DEFAULT_SPAN, GoalEditorDialog
from tests.ui.journey_helpers import (
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


def editor(
    qtbot: QtBot,
    ctx: AppContext,
    record: GoalRecord | None = None,
    other_active: int | None = 0,
) -> GoalEditorDialog:
    dialog = GoalEditorDialog(ctx, record, other_active)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    return dialog


def hint(issue: GoalIssue) -> str:
    return "• " + label(issue)


def test_hints_appear_and_go_as_the_goal_is_typed(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    dialog = editor(qtbot, open_ctx)
    assert focused() is dialog.statement
    assert dialog.visible_hints() == [
        hint(GoalIssue.EMPTY_STATEMENT),
        hint(GoalIssue.NOT_MEASURABLE),
    ]
    assert not dialog.save_button.isEnabled()  # an empty goal is the one thing not saved

    type_keys(qtbot, "Comment")
    assert hint(GoalIssue.EMPTY_STATEMENT) not in dialog.visible_hints()
    assert hint(GoalIssue.VAGUE_STATEMENT) in dialog.visible_hints()
    assert dialog.save_button.isEnabled()  # hints are advice, not a gate

    type_keys(qtbot, " on two posts a week")
    assert dialog.visible_hints() == [hint(GoalIssue.NOT_MEASURABLE)]

    tab_to(qtbot, dialog.target)
    type_keys(qtbot, "8")
    assert dialog.visible_hints() == []
    assert not dialog.hints.isVisible()

    tab_to(qtbot, dialog.has_deadline)
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.visible_hints() == [hint(GoalIssue.NO_DEADLINE)]
    assert dialog.hints.isVisible()
    assert not dialog.deadline.isEnabled()
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.visible_hints() == []


def test_a_deadline_before_the_start_is_pointed_out(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    dialog = editor(qtbot, open_ctx)
    dialog.deadline.setFocus()
    press(qtbot, Qt.Key.Key_End)
    for _ in range(2):  # the year section: two years back
        press(qtbot, Qt.Key.Key_Down)
    assert hint(GoalIssue.DEADLINE_BEFORE_START) in dialog.visible_hints()


def test_a_fourth_active_goal_gets_a_gentle_word_until_it_is_paused(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    dialog = editor(qtbot, open_ctx, other_active=3)
    assert hint(GoalIssue.TOO_MANY_ACTIVE) in dialog.visible_hints()
    tab_to(qtbot, dialog.active)
    press(qtbot, Qt.Key.Key_Space)
    assert hint(GoalIssue.TOO_MANY_ACTIVE) not in dialog.visible_hints()


def test_without_a_count_given_the_editor_counts_the_active_goals_itself(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    for n in range(3):
        goal = Goal(
            None, f"Goal number {n} here", ActivityCount(ActivityKind.REPLY), 4, TODAY, None
        )
        writer(open_ctx).save_goal(goal, TODAY)
    dialog = editor(qtbot, open_ctx, other_active=None)
    assert hint(GoalIssue.TOO_MANY_ACTIVE) in dialog.visible_hints()


def test_enter_saves_a_new_goal(qtbot: QtBot, open_ctx: AppContext, today: date) -> None:
    dialog = editor(qtbot, open_ctx)
    type_keys(qtbot, "Comment on two posts about heat pumps a week")
    tab_to(qtbot, dialog.channel)
    type_keys(qtbot, "m")  # Mastodon
    tab_to(qtbot, dialog.target)
    type_keys(qtbot, "26")
    with qtbot.waitSignal(dialog.saved) as saved:
        press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    (record,) = reader(open_ctx).goals()
    goal = record.goal
    assert goal.id == saved.args[0]
    assert goal.statement == "Comment on two posts about heat pumps a week"
    assert goal.measure == ActivityCount(ActivityKind.COMMENT, Channel.MASTODON)
    assert (goal.target, goal.start, goal.deadline) == (26, TODAY, TODAY + DEFAULT_SPAN)
    assert goal.cadence is ReviewCadence.WEEKLY
    assert goal.active


def test_a_goal_with_hints_is_saved_all_the_same(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    dialog = editor(qtbot, open_ctx)
    type_keys(qtbot, "Be visible")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    (record,) = reader(open_ctx).goals()
    assert record.goal.statement == "Be visible"


def test_escape_cancels_and_stores_nothing(qtbot: QtBot, open_ctx: AppContext, today: date) -> None:
    dialog = editor(qtbot, open_ctx)
    type_keys(qtbot, "Comment on two posts a week")
    press(qtbot, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert reader(open_ctx).goals() == []


def test_a_number_of_ones_own_is_kept_with_its_unit_and_current_value(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    dialog = editor(qtbot, open_ctx)
    type_keys(qtbot, "Reach 500 followers on LinkedIn")
    tab_to(qtbot, dialog.measure)
    press(qtbot, Qt.Key.Key_Down)  # "A number I keep track of"
    assert dialog.unit.isVisible()
    assert not dialog.kind.isVisible()
    tab_to(qtbot, dialog.unit)
    type_keys(qtbot, "followers")
    tab_to(qtbot, dialog.current)
    type_keys(qtbot, "312")
    tab_to(qtbot, dialog.target)
    type_keys(qtbot, "500")
    press(qtbot, Qt.Key.Key_Return)
    (record,) = reader(open_ctx).goals()
    assert record.goal.measure == ManualNumber("followers")
    assert record.manual_value == 312
    assert record.goal.target == 500


def test_an_existing_goal_is_shown_and_changed_in_place(
    qtbot: QtBot, open_ctx: AppContext, today: date
) -> None:
    goal = Goal(
        None,
        "Reach 500 followers on LinkedIn",
        ManualNumber("followers"),
        500,
        TODAY - timedelta(days=30),
        TODAY + timedelta(days=60),
        ReviewCadence.MONTHLY,
    )
    goal_id, _ = writer(open_ctx).save_goal(goal, TODAY, 280)
    (record,) = reader(open_ctx).goals()
    dialog = editor(qtbot, open_ctx, record, other_active=0)
    assert dialog.windowTitle() == "Change goal"
    assert dialog.statement.text() == goal.statement
    assert dialog.unit.text() == "followers"
    assert dialog.current.text() == "280"
    assert dialog.target.text() == "500"
    assert dialog.cadence.currentData() == ReviewCadence.MONTHLY
    assert dialog.visible_hints() == []
    tab_to(qtbot, dialog.current)
    type_keys(qtbot, "315")
    press(qtbot, Qt.Key.Key_Return)
    (record,) = reader(open_ctx).goals()
    assert record.goal.id == goal_id
    assert record.manual_value == 315
    assert record.goal.start == TODAY - timedelta(days=30)
