"""The weekly progress file: due on the chosen weekday, once, and caught up after a closed week."""

from __future__ import annotations

from datetime import date

from app.domain.exchange.schedule import FRIDAY, WeeklyPlan, due_on, latest_weekday

WEDNESDAY = date(2026, 5, 13)
FRI = date(2026, 5, 15)


def test_the_latest_friday_on_or_before_a_day() -> None:
    assert latest_weekday(WEDNESDAY, FRIDAY) == date(2026, 5, 8)
    assert latest_weekday(FRI, FRIDAY) == FRI


def test_turned_on_midweek_the_first_file_comes_on_friday() -> None:
    plan = WeeklyPlan("/x", FRIDAY, last=WEDNESDAY)
    assert due_on(plan, WEDNESDAY) is None
    assert due_on(plan, date(2026, 5, 14)) is None
    assert due_on(plan, FRI) == FRI


def test_saved_on_friday_nothing_more_until_the_next_friday() -> None:
    plan = WeeklyPlan("/x", FRIDAY, last=FRI)
    assert due_on(plan, date(2026, 5, 21)) is None
    assert due_on(plan, date(2026, 5, 22)) == date(2026, 5, 22)


def test_a_laptop_closed_for_weeks_saves_one_file_when_opened() -> None:
    plan = WeeklyPlan("/x", FRIDAY, last=date(2026, 4, 3))
    assert due_on(plan, WEDNESDAY) == date(2026, 5, 8)


def test_off_without_a_folder_and_patient_when_the_clock_went_back() -> None:
    assert due_on(WeeklyPlan("", FRIDAY, last=None), FRI) is None
    assert due_on(WeeklyPlan("/x", FRIDAY, last=date(2026, 6, 1)), FRI) is None
    assert due_on(WeeklyPlan("/x", 9, last=None), FRI) is None
