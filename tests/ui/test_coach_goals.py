"""Goals agreed together (issue 21), as both people see them: the coach proposes a new goal, a
change to one of the person's goals and a third one; the person changes the first and accepts
it, accepts the second and declines the third; both sides see the goals "agreed", and the coach
sees every answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from app.services.exchange.package import read_package
from app.ui.context import AppContext
from app.ui.exchange.export_dialog import FeedbackImporter
from app.ui.pages.cohort import CohortPage
from app.ui.pages.today import TodayPage
from tests.fixed_clock import TEST_DAY
from tests.ui.conftest import show
from tests.ui.test_coach_exchange import answer_save, coach, demo_person, person
from tests.ui.test_coach_exercises import share_progress

__all__ = ["coach", "demo_person", "person"]  # the fixtures, shared with the exchange tests

NEW = "Reply to every comment on my posts within a day"
DROPPED = "Post a video every week"


def test_a_goal_is_proposed_changed_and_agreed_on_both_sides(
    qtbot: QtBot,
    person: AppContext,
    coach: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    share_progress(qtbot, person, shared / "aino", monkeypatch)
    page = CohortPage(coach, "Cohort")
    page.ensure_built()
    show(qtbot, page)
    page.load(shared)
    page.show_person(page.model.rows[0])
    panel = page.person_view.goal_talk
    theirs = page.person_view.row.member.report.goals  # type: ignore[union-attr]
    assert theirs and not panel.list.isVisible()
    # A new goal: replies, ten by the deadline.
    panel.changes.setCurrentIndex(0)
    panel.statement.setText(NEW)
    panel.what.setCurrentIndex(panel.what.findData("reply"))
    panel.target.setValue(10)
    panel.propose.click()
    # A change to their first goal: the same goal, a higher target.
    panel.changes.setCurrentIndex(1)
    assert panel.statement.text() == theirs[0].statement
    panel.target.setValue(theirs[0].target + 6)
    panel.propose.click()
    panel.changes.setCurrentIndex(0)
    panel.statement.setText(DROPPED)
    panel.what.setCurrentIndex(panel.what.findData("own_post"))
    panel.propose.click()
    lines = [page.person_view.feedback.item(i).text() for i in range(3)]
    assert all("Goal proposed · not sent yet" in line for line in lines)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Coach Kaisa", True))
    answer_save(monkeypatch, shared / "feedback-aino.ownvoice")
    page.person_view.export.click()
    feedback_file = shared / "feedback-aino.ownvoice"

    # The person sees the three on Today.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(feedback_file), ""))
    FeedbackImporter(person, None).run()  # type: ignore[arg-type]
    today = TodayPage(person, "Today")
    today.ensure_built()
    show(qtbot, today)
    card = today.proposals
    qtbot.waitUntil(lambda: card.isVisible())
    assert sorted(card.statements) == sorted([NEW, theirs[0].statement, DROPPED])
    goals_before = len(today.week.row_widgets)

    # The new goal: changed (fifteen, not ten), then accepted.
    card.edit_buttons[card.statements.index(NEW)].click()
    qtbot.waitUntil(lambda: card.dialog is not None)
    dialog = card.dialog
    assert dialog is not None and dialog.statement.text() == NEW
    assert dialog.target.value() == 10
    dialog.target.setValue(15)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: NEW not in card.statements)
    # The change: accepted as it is; the third: declined.
    card.accept_buttons[card.statements.index(theirs[0].statement)].click()
    qtbot.waitUntil(lambda: theirs[0].statement not in card.statements)
    card.decline_buttons[card.statements.index(DROPPED)].click()
    qtbot.waitUntil(lambda: not card.isVisible())

    # "Agreed with your coach" on both goals, and the changed goal is the same goal.
    def captions() -> dict[str, str]:
        return {r.title.text(): r.caption.text() for r in today.week.row_widgets}

    qtbot.waitUntil(lambda: len(today.week.row_widgets) == goals_before + 1)
    qtbot.waitUntil(lambda: "agreed with your coach" in captions().get(NEW, ""))
    assert "agreed with your coach" in captions()[theirs[0].statement]
    assert DROPPED not in captions()

    # The next progress file carries the marks and the answers; the coach sees them.
    (shared / "aino.ownvoice").unlink()
    share_progress(qtbot, person, shared / "aino-2", monkeypatch)
    again = read_package(shared / "aino-2.ownvoice")
    assert again.manifest.schema == 2
    marks = {g["statement"]: g.get("agreed", False) for g in again.data["goals"]}
    assert marks[NEW] and marks[theirs[0].statement]
    answers = {a["statement"]: (a["answer"], a["agreed"]) for a in again.data["goal_answers"]}
    assert answers == {
        NEW: ("edited", NEW),
        theirs[0].statement: ("accepted", theirs[0].statement),
        DROPPED: ("declined", ""),
    }
    changed = next(g for g in again.data["goals"] if g["statement"] == theirs[0].statement)
    assert changed["target"] == theirs[0].target + 6
    new = next(g for g in again.data["goals"] if g["statement"] == NEW)
    assert new["target"] == 15
    page.show_cohort()
    page.reload()
    qtbot.waitUntil(
        lambda: (
            page.model.rows[0].member.report.made_on == TEST_DAY
            and bool(page.model.rows[0].member.report.goal_answers)
        )
    )
    page.show_person(page.model.rows[0])
    table = page.person_view.goals
    together = {table.item(r, 0).text(): table.item(r, 4).text() for r in range(table.rowCount())}
    assert together[NEW] == "agreed with you" and together[theirs[0].statement] == "agreed with you"
    lines = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert any(line.startswith(NEW) and "changed and accepted on" in line for line in lines)
    assert any(line.startswith(DROPPED) and "declined on" in line for line in lines)
