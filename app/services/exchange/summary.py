"""A progress report as a page any browser shows, and as CSV files for a spreadsheet.

``summary.html`` has no scripts and loads nothing from anywhere (styles inline, the stage chart
an inline SVG); every word from the person is escaped. Its words come from ``Words``, which the
window and the command line give in the person's language.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import date
from enum import Enum
from html import escape
from typing import Protocol

from app.domain.activity import ActivityKind
from app.domain.exchange.model import GoalRow, ProgressReport, Section, Stages
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.journey.goals import GoalStatus
from app.domain.journey.journal import EntryKind
from app.domain.journey.ladder import Stage

_STAGES = {stage.key: stage for stage in Stage}
_KINDS = {kind.value: kind for kind in ActivityKind}

# The summary's own words (context "Exchange"), translated by ``Words.text``.
W_TITLE = QT_TRANSLATE_NOOP("Exchange", "Progress of {name}")
W_NAMELESS = QT_TRANSLATE_NOOP("Exchange", "someone who gave no name")
W_MADE = QT_TRANSLATE_NOOP("Exchange", "Made with OwnVoice on {day}.")
W_STAGE = QT_TRANSLATE_NOOP("Exchange", "Stage on the ladder")
W_NOW = QT_TRANSLATE_NOOP("Exchange", "Now: {stage}")
W_START = QT_TRANSLATE_NOOP("Exchange", "At the start: {stage}")
W_HIGHEST = QT_TRANSLATE_NOOP("Exchange", "Highest reached: {stage}")
W_GOALS = QT_TRANSLATE_NOOP("Exchange", "Goals")
W_GOAL = QT_TRANSLATE_NOOP("Exchange", "Goal")
W_PROGRESS = QT_TRANSLATE_NOOP("Exchange", "Progress")
W_STATUS = QT_TRANSLATE_NOOP("Exchange", "Status")
W_DEADLINE = QT_TRANSLATE_NOOP("Exchange", "Deadline")
W_HABITS = QT_TRANSLATE_NOOP("Exchange", "Habits")
W_HABIT = QT_TRANSLATE_NOOP("Exchange", "Habit")
W_STRENGTH = QT_TRANSLATE_NOOP("Exchange", "Strength")
W_STREAK = QT_TRANSLATE_NOOP("Exchange", "Streak (best)")
W_LAST_30 = QT_TRANSLATE_NOOP("Exchange", "Done in the last 30 days")
W_ACTIVITY = QT_TRANSLATE_NOOP("Exchange", "Activity by month")
W_MONTH = QT_TRANSLATE_NOOP("Exchange", "Month")
W_LINKS = QT_TRANSLATE_NOOP("Exchange", "Published")
W_JOURNAL = QT_TRANSLATE_NOOP("Exchange", "Journal entries shared with the coach")
W_DRAFTS = QT_TRANSLATE_NOOP("Exchange", "Drafts shared with the coach")
W_NONE = QT_TRANSLATE_NOOP("Exchange", "Nothing yet.")
W_EXERCISES = QT_TRANSLATE_NOOP("Exchange", "Exercises from the coach")
W_EXERCISE = QT_TRANSLATE_NOOP("Exchange", "Exercise")
W_DUE = QT_TRANSLATE_NOOP("Exchange", "Due")
W_DONE_ON = QT_TRANSLATE_NOOP("Exchange", "Done on {day}")
W_OPEN = QT_TRANSLATE_NOOP("Exchange", "Open")
W_COUNTED = QT_TRANSLATE_NOOP("Exchange", "{count} of {target} logged")
W_AGREED = QT_TRANSLATE_NOOP("Exchange", "agreed with the coach")
W_PROPOSALS = QT_TRANSLATE_NOOP("Exchange", "Goals the coach proposed")
W_PROPOSED = QT_TRANSLATE_NOOP("Exchange", "Proposed")
W_ANSWER = QT_TRANSLATE_NOOP("Exchange", "Answer")
W_ACCEPTED = QT_TRANSLATE_NOOP("Exchange", "Accepted on {day}")
W_EDITED = QT_TRANSLATE_NOOP("Exchange", "Changed and accepted on {day}: {goal}")
W_DECLINED = QT_TRANSLATE_NOOP("Exchange", "Declined on {day}")
W_ASKS = QT_TRANSLATE_NOOP("Exchange", "Drafts sent for the coach's comments")
W_ASKED = QT_TRANSLATE_NOOP("Exchange", "Sent on {day}")
W_SHARES = QT_TRANSLATE_NOOP("Exchange", "Your answers on sharing your posts with the group")
W_DAY = QT_TRANSLATE_NOOP("Exchange", "Day")
W_PERMISSION = {
    "named": QT_TRANSLATE_NOOP("Exchange", "Yes, with my name"),
    "anonymous": QT_TRANSLATE_NOOP("Exchange", "Yes, without my name"),
    "declined": QT_TRANSLATE_NOOP("Exchange", "No"),
    "revoked": QT_TRANSLATE_NOOP("Exchange", "Yes taken back"),
}

STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:56em;margin:2em auto;padding:0 1em;"
    "color:#1a1a1a;background:#fff;line-height:1.45}"
    "table{border-collapse:collapse;margin:.5em 0 1.5em}"
    "td,th{border-bottom:1px solid #ccc;padding:.3em .8em;text-align:left;vertical-align:top}"
    "th{font-weight:600}.muted{color:#555}svg{display:block;margin:.5em 0 1.5em}"
)


class Words(Protocol):
    def text(self, source: str) -> str:
        """A summary phrase (the W_* above) in the person's language."""
        ...

    def label(self, key: Enum) -> str:
        """The word for a stage, an activity kind, a goal status, …"""
        ...

    def day(self, value: object) -> str:
        """A date, or a month (its first day), as the language writes it."""
        ...


def summary_html(report: ProgressReport, words: Words) -> str:
    w = words.text
    name = report.person.name or w(W_NAMELESS)
    title = escape(w(W_TITLE).format(name=name))
    parts = [
        f'<!DOCTYPE html><html lang="{escape(report.language)}"><head><meta charset="utf-8">',
        f"<title>{title}</title><style>{STYLE}</style></head><body>",
        f"<h1>{title}</h1>",
        f'<p class="muted">{escape(w(W_MADE).format(day=words.day(report.made_on)))}</p>',
    ]
    if report.stages is not None:
        parts += _stages(report.stages, words)
    if Section.GOALS in report.sections:
        head = [w(W_GOAL), w(W_PROGRESS), w(W_STATUS), w(W_DEADLINE)]
        rows = [_goal_row(g, words) for g in report.goals]
        parts += _table(w(W_GOALS), head, rows, words)
        if report.goal_answers:
            answered = {"accepted": W_ACCEPTED, "edited": W_EDITED, "declined": W_DECLINED}
            rows = [
                [a.statement, words.day(a.proposed),
                 w(answered[a.answer.value]).format(day=words.day(a.answered_on), goal=a.agreed)]
                for a in report.goal_answers
            ]  # fmt: skip
            parts += _table(w(W_PROPOSALS), [w(W_GOAL), w(W_PROPOSED), w(W_ANSWER)], rows, words)
    if Section.HABITS in report.sections:
        head = [w(W_HABIT), w(W_STRENGTH), w(W_STREAK), w(W_LAST_30)]
        rows = [
            [h.name, f"{round(h.strength * 100)} %", f"{h.streak} ({h.best_streak})",
             str(h.done_last_30)]
            for h in report.habits
        ]  # fmt: skip
        parts += _table(w(W_HABITS), head, rows, words)
    if Section.ACTIVITY in report.sections:
        parts += _activity(report, words)
    if Section.LINKS in report.sections:
        parts.append(f"<h2>{escape(w(W_LINKS))}</h2>")
        items = [
            f'<li>{escape(words.day(x.day))}: <a href="{escape(x.url)}" rel="noopener noreferrer">'
            f"{escape(x.title or x.url)}</a></li>"
            for x in report.links
        ]
        parts.append(f"<ul>{''.join(items)}</ul>" if items else f"<p>{escape(w(W_NONE))}</p>")
    if Section.JOURNAL in report.sections:
        parts.append(f"<h2>{escape(w(W_JOURNAL))}</h2>")
        for entry in report.journal:
            parts.append(
                f"<h3>{escape(words.day(entry.day))}: {escape(_label(words, entry.kind))}</h3>"
                f"<p>{escape(entry.text).replace(chr(10), '<br>')}</p>"
            )
        if not report.journal:
            parts.append(f"<p>{escape(w(W_NONE))}</p>")
    if Section.DRAFTS in report.sections:
        parts.append(f"<h2>{escape(w(W_DRAFTS))}</h2>")
        for draft in report.drafts:
            parts.append(
                f"<h3>{escape(draft.title)} ({escape(draft.network)})</h3>"
                f"<p>{escape(draft.text).replace(chr(10), '<br>')}</p>"
            )
    if report.draft_asks:
        parts.append(f"<h2>{escape(w(W_ASKS))}</h2>")
        for asked in report.draft_asks:
            parts.append(
                f"<h3>{escape(asked.title or asked.network)} ({escape(asked.network)})</h3>"
                f'<p class="muted">{escape(w(W_ASKED).format(day=words.day(asked.asked_on)))}</p>'
                f"<p>{escape(asked.text).replace(chr(10), '<br>')}</p>"
            )
    if report.share_answers:
        rows = [
            [words.text(W_PERMISSION[a.permission.value]), words.day(a.answered_on)]
            for a in report.share_answers
        ]
        parts += _table(w(W_SHARES), [w(W_ANSWER), w(W_DAY)], rows, words)
    if Section.EXERCISES in report.sections and report.exercises:
        head = [w(W_EXERCISE), w(W_DUE), w(W_STATUS), w(W_PROGRESS)]
        rows = [
            [e.title, words.day(e.due),
             w(W_DONE_ON).format(day=words.day(e.done_on)) if e.done_on else w(W_OPEN),
             w(W_COUNTED).format(count=e.count, target=e.target) if e.target else "–"]
            for e in report.exercises
        ]  # fmt: skip
        parts += _table(w(W_EXERCISES), head, rows, words)
    parts.append("</body></html>")
    return "\n".join(parts)


def _goal_row(goal: GoalRow, words: Words) -> list[str]:
    deadline = words.day(goal.deadline) if goal.deadline else ""
    agreed = f" ({words.text(W_AGREED)})" if goal.agreed else ""
    return [
        goal.statement + agreed,
        f"{goal.done:g} / {goal.target:g}",
        _label(words, goal.status),
        deadline,
    ]


def _label(words: Words, key: str) -> str:
    for table in (_STAGES, _KINDS):
        if key in table:
            return words.label(table[key])
    for enum in (GoalStatus, EntryKind):
        if key in {member.value for member in enum}:
            return words.label(enum(key))
    return key


def _stages(stages: Stages, words: Words) -> list[str]:
    w = words.text
    lines = [w(W_NOW).format(stage=_label(words, stages.now))]
    if stages.start:
        lines.append(w(W_START).format(stage=_label(words, stages.start)))
    if stages.highest:
        lines.append(w(W_HIGHEST).format(stage=_label(words, stages.highest)))
    out = [f"<h2>{escape(w(W_STAGE))}</h2>", "<p>" + "<br>".join(escape(t) for t in lines) + "</p>"]
    weeks = stages.weeks[-104:]  # the last two years: a chart, not a wall
    if len(weeks) >= 2:
        step, height = 6, 6 * 16
        levels = [_STAGES[w.stage].value if w.stage in _STAGES else 0 for w in weeks]
        points = " ".join(f"{i * step},{height - 4 - level * 16}" for i, level in enumerate(levels))
        out.append(
            f'<svg width="{len(weeks) * step}" height="{height}" role="img" '
            f'aria-label="{escape(w(W_STAGE))}"><polyline points="{points}" fill="none" '
            'stroke="#1f6fb2" stroke-width="2"/></svg>'
        )
    return out


def _table(title: str, head: list[str], rows: list[list[str]], words: Words) -> list[str]:
    out = [f"<h2>{escape(title)}</h2>"]
    if not rows:
        return [*out, f"<p>{escape(words.text(W_NONE))}</p>"]
    cells = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return [*out, f"<table><tr>{cells}</tr>{body}</table>"]


def _activity(report: ProgressReport, words: Words) -> list[str]:
    months: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in report.activity:
        months[row.week.strftime("%Y-%m")][row.kind] += row.count
    kinds = [k.value for k in ActivityKind if any(k.value in m for m in months.values())]
    rows = [
        [words.day(date(int(m[:4]), int(m[5:]), 1)), *(str(months[m].get(k, 0)) for k in kinds)]
        for m in sorted(months)[-24:]
    ]
    head = [words.text(W_MONTH), *(_label(words, k) for k in kinds)]
    return _table(words.text(W_ACTIVITY), head, rows, words)


def activity_csv(report: ProgressReport) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["week", "kind", "count"])
    writer.writerows([row.week.isoformat(), row.kind, row.count] for row in report.activity)
    return out.getvalue().encode("utf-8")


def checkins_csv(report: ProgressReport) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["habit", "day", "state", "value"])
    writer.writerows(
        [_cell(c.habit), c.day.isoformat(), c.state, "" if c.value is None else f"{c.value:g}"]
        for c in report.checkins
    )
    return out.getvalue().encode("utf-8")


def _cell(text: str) -> str:
    """A name for a spreadsheet: a leading = + - @ would make it a formula (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
