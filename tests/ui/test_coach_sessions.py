"""Group sessions (issue 21), as the coach and a person see them: the coach plans a session;
the group file carries it; the person sees it on Today and saves it for their calendar (.ics);
after it the coach notes who took part (never in any file) and assigns those people an
exercise."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from app.services.exchange.package import read_package
from app.ui.context import AppContext
from app.ui.kit.i18n import Translations
from app.ui.pages.cohort import CohortPage
from app.ui.pages.today import TodayPage
from tests.fixed_clock import TEST_DAY
from tests.ui.conftest import show
from tests.ui.test_coach_examples import group_file, import_file
from tests.ui.test_coach_exchange import coach, context_for

__all__ = ["coach"]

TOPIC = "Writing openers that invite replies"
AGENDA = "Each brings one draft.\nWe rewrite the first line together."


@pytest.fixture
def second(tmp_path: Path, translations: Translations) -> Iterator[AppContext]:
    ctx = context_for(tmp_path / "second", translations)
    yield ctx
    ctx.close()


def test_a_session_is_planned_reaches_today_as_a_calendar_file_and_its_people_get_an_exercise(
    qtbot: QtBot,
    coach: AppContext,
    second: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.cli.words import EnglishWords
    from app.services.demo.cohort import write_cohort
    from app.ui.coach.exercise_picker import AssignToEveryoneDialog

    folder = tmp_path / "cohort"
    write_cohort(folder, 3, seed=7, today=TEST_DAY, words=EnglishWords())
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Coach Kaisa", True))
    page = CohortPage(coach, "Cohort")
    page.ensure_built()
    show(qtbot, page)
    page.load(folder)
    panel = page.sessions
    page.tabs.setCurrentWidget(panel)
    assert not panel.plan.isEnabled()  # a topic first
    day = TEST_DAY + timedelta(days=6)
    panel.day.setDate(QDate(day.year, day.month, day.day))
    panel.start.setTime(QTime(17, 30))
    panel.minutes.setValue(90)
    panel.topic.setText(TOPIC)
    panel.agenda.setPlainText(AGENDA)
    panel.plan.click()
    qtbot.waitUntil(lambda: panel.list.count() == 1)
    assert TOPIC in panel.list.item(0).text()
    panel.list.setCurrentRow(0)
    assert not panel.who.isVisible()  # who took part: once the day has come

    out = tmp_path / "group.ownvoice"
    group_file(qtbot, page, out, monkeypatch)
    data = read_package(out).data
    assert data["sessions"] == [
        {"id": data["sessions"][0]["id"], "day": day.isoformat(), "start": "17:30",
         "minutes": 90, "topic": TOPIC, "agenda": AGENDA}
    ]  # fmt: skip

    # The person sees it on Today, and saves it for their calendar.
    import_file(second, out, monkeypatch)
    today = TodayPage(second, "Today")
    today.ensure_built()
    show(qtbot, today)
    card = today.sessions
    qtbot.waitUntil(lambda: card.isVisible())
    assert card.topics == [TOPIC]
    ics = tmp_path / "session.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(ics), ""))
    card.calendar_buttons[0].click()
    from icalendar import Calendar

    [event] = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == TOPIC
    assert event.decoded("dtstart").isoformat() == f"{day.isoformat()}T17:30:00"
    assert event.decoded("dtend").isoformat() == f"{day.isoformat()}T19:00:00"
    assert "We rewrite the first line together." in str(event["description"])

    # A session held today: the coach notes who took part (two of three) and gives them an
    # exercise; nothing of who took part is in any file.
    panel.day.setDate(QDate(TEST_DAY.year, TEST_DAY.month, TEST_DAY.day))
    panel.topic.setText("Today's session")
    panel.plan.click()
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    row = next(i for i in range(2) if "Today's session" in panel.list.item(i).text())
    panel.list.setCurrentRow(row)
    qtbot.waitUntil(lambda: panel.who.isVisible() and panel.who.count() == 3)
    assert not panel.assign_button.isEnabled()
    names = [panel.who.item(i).text() for i in range(3)]
    for i in (0, 2):
        panel.who.item(i).setCheckState(Qt.CheckState.Checked)
    assert panel.assign_button.isEnabled()
    panel.list.setCurrentRow(1 - row)  # away and back: the note was kept
    panel.list.setCurrentRow(row)
    qtbot.waitUntil(lambda: panel.who.count() == 3)
    checked = [panel.who.item(i).checkState() == Qt.CheckState.Checked for i in range(3)]
    assert checked == [True, False, True]

    def accept(dialog: AssignToEveryoneDialog) -> int:
        assert "2 people who took part" in dialog.intro.text()
        dialog.picker.choice.setCurrentIndex(dialog.picker.choice.findData("reply-to-three"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(AssignToEveryoneDialog, "exec", accept)
    files_out = tmp_path / "feedback"
    files_out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(files_out))
    panel.assign_button.click()
    files = sorted(files_out.iterdir())
    assert len(files) == 2
    people = {read_package(p).data["person"]["name"] for p in files}
    assert people == {names[0], names[2]}
    again = tmp_path / "group-2.ownvoice"
    group_file(qtbot, page, again, monkeypatch)
    text = json.dumps(read_package(again).data)
    assert "Today's session" in text
    for path in [again, *files]:
        body = json.dumps(read_package(path).data)
        assert "took_part" not in body and "attendance" not in body
    assert all(name not in text for name in names)  # the group file names nobody
