"""The words for habits: frequencies, targets, streaks, day marks, in the person's language."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTime

from app.domain.habits import CheckIn, CheckState, Frequency, Habit, Streak, Target
from app.storage.habits.read import Reminder
from app.ui.kit.numbers import amount_text, integer_text


class HabitsPlurals(QObject):
    """The habit phrases with a count, one method each: pyside6-lupdate keeps a phrase's plural
    forms only for ``self.tr(text, "", n)`` inside a class (i18n/README.md, "Plurals")."""

    def days(self, n: int) -> str:
        return self.tr("%Ln days", "", n)

    def times_a_week(self, n: int) -> str:
        return self.tr("%Ln times a week", "", n)

    def times_a_month(self, n: int) -> str:
        return self.tr("%Ln times a month", "", n)

    def times_in(self, times: int, period: str) -> str:
        """ "Once in 2 weeks", "3 times in 10 days": ``period`` from :meth:`in_days` or
        :meth:`in_weeks`."""
        return self.tr("%Ln times {period}", "", times).format(period=period)

    def in_days(self, days: int) -> str:
        return self.tr("in %Ln days", "", days)

    def in_weeks(self, weeks: int) -> str:
        return self.tr("in %Ln weeks", "", weeks)


_PLURALS: list[HabitsPlurals] = []


def plurals() -> HabitsPlurals:
    """The one ``HabitsPlurals`` (made on first use, on the GUI thread)."""
    if not _PLURALS:
        _PLURALS.append(HabitsPlurals())
    return _PLURALS[0]


def days_text(n: int) -> str:
    """ "1 day", "12 days", in the language's forms and digits."""
    return plurals().days(n)


def frequency_text(freq: Frequency) -> str:
    n, d = freq.times, freq.days
    if freq.is_daily:
        return QCoreApplication.translate("Habits", "Every day")
    if freq.monthly:
        return plurals().times_a_month(n)
    if d == 7:
        return plurals().times_a_week(n)
    return plurals().times_in(n, _in_period(d))


def _in_period(days: int) -> str:
    """ "in 2 weeks" for a whole number of weeks, else "in 10 days"."""
    return plurals().in_weeks(days // 7) if days % 7 == 0 else plurals().in_days(days)


def period_text(freq: Frequency) -> str:
    if freq.monthly:
        return QCoreApplication.translate("Habits", "a month")
    if freq.days == 1:
        return QCoreApplication.translate("Habits", "a day")
    if freq.days == 7:
        return QCoreApplication.translate("Habits", "a week")
    return _in_period(freq.days)


def habit_rule(habit: Habit) -> str:
    """ "3 times a week", or "At least 15 minutes a day"."""
    if not habit.numeric:
        return frequency_text(habit.frequency)
    kind = (
        QCoreApplication.translate("Habits", "At least")
        if habit.target_kind is Target.AT_LEAST
        else QCoreApplication.translate("Habits", "At most")
    )
    return (
        QCoreApplication.translate("Habits", "{kind} {amount} {unit} {period}")
        .format(
            kind=kind,
            amount=amount_text(habit.target or 0),
            unit=habit.unit,
            period=period_text(habit.frequency),
        )
        .replace("  ", " ")
    )


def day_text(day: date, long: bool = False) -> str:
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


def weekday_short(weekday: int) -> str:
    """Monday = 0."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)


def month_short(month: int) -> str:
    return QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)


def time_text(at: time) -> str:
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def reminder_text(reminder: Reminder | None) -> str:
    if reminder is None:
        return QCoreApplication.translate("Habits", "No reminder")
    days = sorted(reminder.weekdays)
    if len(days) == 7:
        which = QCoreApplication.translate("Habits", "every day")
    elif days == [0, 1, 2, 3, 4]:
        which = QCoreApplication.translate("Habits", "on weekdays")
    else:
        which = ", ".join(weekday_short(d) for d in days)
    return QCoreApplication.translate("Habits", "Reminder at {time}, {days}").format(
        time=time_text(reminder.at), days=which
    )


def state_text(checkin: CheckIn | None, mark: str, numeric: bool, unit: str = "") -> str:
    """What a day cell means, for its tooltip and screen readers."""
    if checkin is not None and checkin.state is CheckState.DONE:
        if numeric:
            return (
                QCoreApplication.translate("Habits", "Done: {amount} {unit}")
                .format(amount=amount_text(checkin.value or 0), unit=unit)
                .strip()
            )
        return QCoreApplication.translate("Habits", "Done")
    if checkin is not None and checkin.state is CheckState.SKIPPED:
        return QCoreApplication.translate("Habits", "Skipped")
    if mark == "S":
        return QCoreApplication.translate("Habits", "Away: this day does not count")
    if mark == "G":
        return QCoreApplication.translate("Habits", "Not needed: the frequency is met")
    if checkin is not None and checkin.state is CheckState.NOT_DONE:
        return QCoreApplication.translate("Habits", "Not done")
    if mark == "":
        return QCoreApplication.translate("Habits", "Before the habit began")
    return QCoreApplication.translate("Habits", "Not done yet")


def streak_range(streak: Streak | None) -> str:
    if streak is None:
        return ""
    return QCoreApplication.translate("Habits", "{start} – {end}").format(
        start=day_text(streak.start), end=day_text(streak.end)
    )


def percent(score: float) -> str:
    return QCoreApplication.translate("Habits", "{n} %").format(n=integer_text(score * 100))
