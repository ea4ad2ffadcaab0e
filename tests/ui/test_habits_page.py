"""The Habits page as a person uses it: with the keyboard, from an empty start, in detail."""

from __future__ import annotations

import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain import settings as decl
from app.domain.activity import ActivityKind
from app.domain.habits import CheckIn, CheckState, Frequency, Habit
from app.services.clock import FixedClock
from app.services.habits import HabitsWriter
from app.storage.habits.read import HabitRecord, Reminder
from app.ui.context import AppContext
from app.ui.habits.editor import HabitEditor
from app.ui.habits.list_view import HabitsTable
from app.ui.habits.model import HabitsModel, HabitsProxy
from app.ui.habits.notify import (
    DONE,
    SNOOZE,
    CommandNotifier,
    Notifier,
    notify_send_with_actions,
)
from app.ui.habits.travel_widget import TravelWidget
from app.ui.habits.tray import ReminderTray, install
from app.ui.pages.habits import HabitsPage
from tests.ui.conftest import show

TODAY = date(2026, 11, 27)


@pytest.fixture
def clock() -> FixedClock:
    """The app's clock (``ctx.clock``) on ``TODAY``."""
    return FixedClock(TODAY)


def writer_of(ctx: AppContext) -> HabitsWriter:
    assert ctx.database is not None and ctx.reader is not None
    return HabitsWriter(ctx.database, ctx.reader)


def make_habits(ctx: AppContext) -> tuple[int, int]:
    writer = writer_of(ctx)
    walk = writer.add(HabitRecord(Habit("Walk", created=TODAY - timedelta(days=20))), TODAY)
    for offset in range(1, 6):
        writer.check(walk, TODAY - timedelta(days=offset))
    read = writer.add(
        HabitRecord(
            Habit("Read", numeric=True, target=15.0, unit="min", created=TODAY - timedelta(days=3))
        ),
        TODAY,
    )
    return walk, read


def make_page(qtbot: QtBot, ctx: AppContext) -> HabitsPage:
    page = HabitsPage(ctx, "Habits")
    page.ensure_built()
    page.resize(1000, 700)
    show(qtbot, page)
    return page


def row_text(page: HabitsPage, name: str, column: int) -> str:
    model = page.model
    row = next(r for r, s in enumerate(model.summaries) if s.record.name == name)
    return str(model.index(row, column).data())


def test_checking_a_habit_in_with_the_keyboard_raises_its_strength(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    walk, _ = make_habits(open_ctx)
    page = make_page(qtbot, open_ctx)
    assert page.content_ready
    before = row_text(page, "Walk", HabitsModel.STRENGTH)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    assert page.table.current_habit() == walk  # the first habit takes the focus
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    after = row_text(page, "Walk", HabitsModel.STRENGTH)
    assert (before, after) == ("22 %", "27 %")  # 1 - m**5 then * m; 1 - m**6
    assert row_text(page, "Walk", HabitsModel.CURRENT) == "6"
    stored = writer_of(open_ctx).reader.checkin_on(walk, TODAY)
    assert stored is not None and stored.checkin == CheckIn(TODAY)
    today_cell = page.proxy.index(0, HabitsModel.TODAY)
    assert today_cell.data(HabitsModel.MARK_ROLE) == "done"
    assert "Done" in today_cell.data(Qt.ItemDataRole.ToolTipRole)
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
    assert row_text(page, "Walk", HabitsModel.STRENGTH) == before
    assert writer_of(open_ctx).reader.checkin_on(walk, TODAY) is None


def test_keys_for_skip_a_past_day_and_an_amount(
    qtbot: QtBot, open_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    walk, read = make_habits(open_ctx)
    page = make_page(qtbot, open_ctx)
    table = page.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_S)  # skip today
    assert writer_of(open_ctx).reader.checkin_on(walk, TODAY).checkin.state is CheckState.SKIPPED
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.current_habit() == read
    qtbot.keyClick(table, Qt.Key.Key_Space)  # a numeric habit: done with its target
    assert writer_of(open_ctx).reader.checkin_on(read, TODAY).checkin.value == 15.0
    table.setCurrentIndex(page.proxy.index(1, HabitsModel.TODAY - 1))  # yesterday's column
    from PySide6.QtWidgets import QInputDialog

    in_key_event = False
    asked_inside: list[bool] = []
    original_key_press = HabitsTable.keyPressEvent

    def key_press(self: HabitsTable, event: QKeyEvent) -> None:
        nonlocal in_key_event
        in_key_event = True
        original_key_press(self, event)
        in_key_event = False

    def ask(*_args: object, **_kw: object) -> tuple[float, bool]:
        asked_inside.append(in_key_event)
        return 22.5, True

    monkeypatch.setattr(HabitsTable, "keyPressEvent", key_press)
    monkeypatch.setattr(QInputDialog, "getDouble", ask)
    qtbot.keyClick(table, Qt.Key.Key_A)
    assert asked_inside == [False]  # the dialog opened after the key press, not inside it
    yesterday = writer_of(open_ctx).reader.checkin_on(read, TODAY - timedelta(days=1))
    assert yesterday is not None and yesterday.checkin.value == 22.5
    assert row_text(page, "Read", HabitsModel.TODAY - 1) == "22.5"


def test_the_model_passes_qt_model_tests(qtmodeltester: object, open_ctx: AppContext) -> None:
    make_habits(open_ctx)
    model = HabitsModel(today=TODAY)
    overview = writer_of(open_ctx).reader.overview(TODAY, include_archived=True)
    model.set_overview(overview)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    proxy = HabitsProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    assert proxy.rowCount() == 2


def test_archived_habits_are_hidden_unless_asked(qtbot: QtBot, open_ctx: AppContext) -> None:
    walk, _ = make_habits(open_ctx)
    page = make_page(qtbot, open_ctx)
    page.table.select_habit(walk)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.proxy.rowCount() == 1
    page.archived_action.setChecked(True)
    assert page.proxy.rowCount() == 2


def test_enter_opens_the_detail_and_the_calendar_backfills(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    walk, _ = make_habits(open_ctx)
    page = make_page(qtbot, open_ctx)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.showing_detail and page.detail.isVisible()
    detail = page.detail
    assert detail.name.text() == "Walk"
    assert detail.stats[2].value.text() == "5 days"  # the best streak
    heatmap = detail.heatmap
    qtbot.waitUntil(heatmap.hasFocus)
    for _ in range(6):
        qtbot.keyClick(heatmap, Qt.Key.Key_Up)  # six days back: not done yet
    assert heatmap.selected == TODAY - timedelta(days=6)
    qtbot.keyClick(heatmap, Qt.Key.Key_Space)
    assert writer_of(open_ctx).reader.checkin_on(walk, TODAY - timedelta(days=6)) is not None
    assert detail.stats[2].value.text() == "6 days"  # the calendar's change shows at once
    assert heatmap.mark(TODAY - timedelta(days=6)) == "done"
    assert len(detail.chart.series) > 0 and detail.streaks.streaks
    qtbot.keyClick(heatmap, Qt.Key.Key_Escape)
    assert not page.showing_detail and page.table.current_habit() == walk


def test_an_empty_page_offers_templates(qtbot: QtBot, open_ctx: AppContext) -> None:
    page = make_page(qtbot, open_ctx)
    assert page.empty.isVisible() and not page.table.isVisible()
    assert len(page.empty.buttons) == 7
    qtbot.mouseClick(page.empty.buttons[0], Qt.MouseButton.LeftButton)
    assert page.table.isVisible() and not page.empty.isVisible()
    (summary,) = page.model.summaries
    assert summary.record.name == "Comment thoughtfully on others' posts"
    assert summary.record.linked_kind is ActivityKind.COMMENT


def test_the_editor_builds_a_habit_and_explains_mistakes(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    editor = HabitEditor()
    qtbot.addWidget(editor)
    with pytest.raises(ValueError, match="name"):
        editor.build()
    editor.name.setText("Comment")
    editor.period.setCurrentIndex(1)  # per week
    editor.times.setValue(3)
    editor.linked.setCurrentIndex(1)  # the first linkable kind: comments
    editor.remind.setChecked(True)
    record = editor.build()
    assert record.habit.frequency == Frequency.per_week(3)
    assert record.linked_kind is ActivityKind.COMMENT
    assert record.reminder == Reminder(time(9, 0))
    editor.numeric.setChecked(True)
    editor.period.setCurrentIndex(2)  # per month
    editor.target.setValue(300)
    editor.target_kind.setCurrentIndex(1)  # at most
    numeric = editor.build().habit
    assert (numeric.frequency, numeric.target, numeric.target_kind.value) == (
        Frequency.per_month(1),
        300.0,
        "at_most",
    )
    for button in editor.weekday_buttons:
        button.setChecked(False)
    editor.buttons.button(editor.buttons.StandardButton.Ok).click()
    assert editor.error.isVisibleTo(editor) and "day" in editor.error.text()
    edited = HabitEditor(HabitRecord(Habit("Read", Frequency(1, 14)), id=3, position=2))
    qtbot.addWidget(edited)
    assert edited.period.currentIndex() == 3 and edited.days.value() == 14
    assert edited.build().id == 3 and edited.build().position == 2


def test_travel_widget_starts_and_ends_travel(qtbot: QtBot, open_ctx: AppContext) -> None:
    make_habits(open_ctx)
    widget = TravelWidget(open_ctx)
    show(qtbot, widget)
    assert not widget.back.isVisible()
    widget.until.setDate(widget.until.date().addDays(3))
    with qtbot.waitSignal(widget.changed):
        qtbot.mouseClick(widget.start, Qt.MouseButton.LeftButton)
    (trip,) = writer_of(open_ctx).reader.travel()
    assert (trip.start, trip.end) == (TODAY, TODAY + timedelta(days=9))
    assert widget.back.isVisible() and "nothing counts" in widget.status.text()
    with qtbot.waitSignal(widget.changed):
        qtbot.mouseClick(widget.back, Qt.MouseButton.LeftButton)
    assert writer_of(open_ctx).reader.travel() == []


class FakeNotifier(Notifier):
    has_buttons = True

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[str, str]] = []

    def show(self, title: str, body: str, done_text: str, snooze_text: str) -> None:
        self.shown.append((title, body))


def test_reminders_notify_and_done_checks_the_habit(qtbot: QtBot, open_ctx: AppContext) -> None:
    writer = writer_of(open_ctx)
    walk = writer.add(HabitRecord(Habit("Walk"), reminder=Reminder(time(12, 0))), TODAY)
    clock = FixedClock(datetime(2026, 11, 27, 11, 59, 50))
    open_ctx.clock = clock  # the tray runs on the app's clock
    window = QWidget()
    qtbot.addWidget(window)
    notifier = FakeNotifier()
    tray = ReminderTray(open_ctx, window, notifier=notifier)
    assert tray.tick() is None
    clock.advance(seconds=30)  # 12:00:20
    batch = tray.tick()
    assert batch is not None and notifier.shown == [("Time for your habit", "Walk")]
    notifier.actionInvoked.emit(SNOOZE)
    clock.advance(minutes=15, seconds=40)  # 12:16, after the 15 minutes' snooze
    assert tray.tick() is not None and len(notifier.shown) == 2
    notifier.actionInvoked.emit(DONE)
    assert writer.reader.checkin_on(walk, TODAY) is not None
    clock.advance(minutes=24)  # 12:40
    assert tray.tick() is None  # done: no more reminders today


def test_closing_keeps_the_app_in_the_tray_only_when_asked(
    qtbot: QtBot, open_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    tray = ReminderTray(open_ctx, window, notifier=FakeNotifier())
    assert open_ctx.settings.get(decl.TRAY) is False  # off by default
    assert open_ctx.settings.get(decl.START_AT_LOGIN) is False
    event = QCloseEvent()
    assert tray.eventFilter(window, event) is False  # closes as usual
    monkeypatch.setattr(tray, "tray_enabled", lambda: True)
    event = QCloseEvent()
    assert tray.eventFilter(window, event) is True and not event.isAccepted()
    assert event.type() == QEvent.Type.Close


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="notify-send is for Linux")
def test_notify_send_buttons_come_back_as_actions(qtbot: QtBot, tmp_path: Path) -> None:
    """A stand-in for libnotify's notify-send: says what it can, and "clicks" Done."""
    fake = tmp_path / "notify-send"
    fake.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = "--help" ]; then echo "  -A, --action=[NAME=]Text  -w, --wait"; exit 0; fi\n'
        'printf "%s\\n" "$@" > "$0.args"\n'
        "echo done\n"
    )
    fake.chmod(0o755)
    assert notify_send_with_actions(str(fake)) == str(fake)
    notifier = CommandNotifier(str(fake))
    with qtbot.waitSignal(notifier.actionInvoked, timeout=10_000) as blocker:
        notifier.show("Time for your habit", "Walk", "Done", "Snooze")
    assert blocker.args == [DONE]
    args = (tmp_path / "notify-send.args").read_text().splitlines()
    assert "--action=done=Done" in args and "--action=snooze=Snooze" in args
    assert args[-2:] == ["Time for your habit", "Walk"]
    old = tmp_path / "old-notify-send"
    old.write_text('#!/bin/sh\necho "Usage: notify-send [OPTION...] <SUMMARY> [BODY]"\n')
    old.chmod(0o755)
    assert notify_send_with_actions(str(old)) is None  # no buttons: the tray's message instead


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG way is Linux's")
def test_start_at_login_follows_its_setting(
    qtbot: QtBot, open_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    window = QWidget()
    qtbot.addWidget(window)
    install(open_ctx, window, notifier=FakeNotifier())
    entry = tmp_path / "config" / "autostart" / "ownvoice.desktop"
    assert not entry.exists()  # off by default: nothing written
    open_ctx.settings.set(decl.START_AT_LOGIN, True)
    assert "Exec=" in entry.read_text(encoding="utf-8")
    open_ctx.settings.set(decl.START_AT_LOGIN, False)
    assert not entry.exists()


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG way is Linux's")
def test_an_older_login_entry_is_brought_up_to_date_at_start(
    qtbot: QtBot, open_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "ownvoice.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nType=Application\nExec=/old/place/ownvoice\n")
    open_ctx.settings.set(decl.START_AT_LOGIN, True)
    window = QWidget()
    qtbot.addWidget(window)
    install(open_ctx, window, notifier=FakeNotifier())
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" --in-tray") and "/old/place" not in exec_line
