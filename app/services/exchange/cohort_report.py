"""The cohort as a programme owner reads it: JSON, CSV, an HTML page, or a plain table.

"40 coached, most moved from followers to conversationalists": the summary counts people, how
many moved up, stayed or moved down, and the stage-movement matrix (from the stage at the start
to the stage now); the rows say who needs attention, how many of the exercises assigned each
person did, and what became of the goals the coach proposed (the JSON and the HTML page list
each exercise and each answer). Broken files are listed with their reason.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from html import escape
from typing import Any

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.journey.ladder import Stage
from app.services.exchange.cohort import Cohort, CohortSummary, PersonRow, person_row, summarize
from app.services.exchange.summary import (
    STYLE,
    W_ACCEPTED,
    W_ANSWER,
    W_DECLINED,
    W_DONE_ON,
    W_DUE,
    W_EDITED,
    W_EXERCISE,
    W_EXERCISES,
    W_GOAL,
    W_OPEN,
    W_PROPOSALS,
    W_STATUS,
    Words,
)

C_TITLE = QT_TRANSLATE_NOOP("Exchange", "Cohort on {day}")
C_PEOPLE = QT_TRANSLATE_NOOP("Exchange", "People coached: {n}")
C_MOVES = QT_TRANSLATE_NOOP("Exchange", "Moved up: {up}. Stayed: {same}. Moved down: {down}.")
C_MATRIX = QT_TRANSLATE_NOOP("Exchange", "From the stage at the start (rows) to the stage now")
C_NOT_SURVEYED = QT_TRANSLATE_NOOP("Exchange", "Not surveyed")
C_PERSON = QT_TRANSLATE_NOOP("Exchange", "Person")
C_STAGES = QT_TRANSLATE_NOOP("Exchange", "Start → now")
C_LAST = QT_TRANSLATE_NOOP("Exchange", "Last active")
C_HABITS = QT_TRANSLATE_NOOP("Exchange", "Habit strength")
C_GOALS = QT_TRANSLATE_NOOP("Exchange", "Goals on track")
C_ATTENTION = QT_TRANSLATE_NOOP("Exchange", "Needs attention")
C_BROKEN = QT_TRANSLATE_NOOP("Exchange", "Files that could not be read")
C_ACTIVITY = QT_TRANSLATE_NOOP("Exchange", "Public actions of the cohort by month")
C_EXERCISES_DONE = QT_TRANSLATE_NOOP("Exchange", "Exercises done")
C_ANSWERS = QT_TRANSLATE_NOOP("Exchange", "Goals proposed: accepted / changed / declined")
_ANSWERED = {"accepted": W_ACCEPTED, "edited": W_EDITED, "declined": W_DECLINED}


def rows_of(cohort: Cohort, today: date) -> list[PersonRow]:
    return [person_row(member, today) for member in cohort.members]


def as_json(cohort: Cohort, today: date) -> dict[str, Any]:
    rows = rows_of(cohort, today)
    summary = summarize(rows)
    return {
        "today": today.isoformat(),
        "people": [_row_json(row) | _details_json(row) for row in rows],
        "summary": _summary_json(summary),
        "duplicates": cohort.duplicates,
        "broken": [{"file": b.file.name, "reason": str(b.error)} for b in cohort.broken],
    }


def _row_json(row: PersonRow) -> dict[str, Any]:
    return {
        "id": row.member.report.person.id,
        "name": row.name,
        "file": row.member.file.name,
        "stage_start": row.start.key if row.start is not None else None,
        "stage_now": row.now.key if row.now is not None else None,
        "last_active": row.last_active.isoformat() if row.last_active else None,
        "days_inactive": row.days_inactive,
        "habit_strength": None if row.habit_strength is None else round(row.habit_strength, 3),
        "goals_on_track": row.goals_on_track,
        "goals": row.goals,
        "file_age_days": row.file_age_days,
        "needs_attention": row.needs_attention,
        "exercises_done": row.exercises_done,
        "exercises": row.exercises,
        **_answer_counts(row),
    }


def _answer_counts(row: PersonRow) -> dict[str, int]:
    """What became of the goals the coach proposed, as the person's newest file says."""
    given = [a.answer.value for a in row.member.report.goal_answers]
    return {
        "goals_accepted": given.count("accepted"),
        "goals_changed": given.count("edited"),
        "goals_declined": given.count("declined"),
    }


def _details_json(row: PersonRow) -> dict[str, Any]:
    """Each exercise and each answer to a proposed goal (JSON only: a CSV row stays flat)."""
    report = row.member.report
    return {
        "exercise_list": [
            {"title": e.title, "assigned": e.assigned.isoformat(), "due": e.due.isoformat(),
             "done_on": e.done_on.isoformat() if e.done_on else None, "count": e.count,
             "target": e.target}
            for e in report.exercises
        ],
        "goal_answers": [
            {"statement": a.statement, "proposed": a.proposed.isoformat(),
             "answer": a.answer.value, "answered_on": a.answered_on.isoformat(),
             "agreed": a.agreed}
            for a in report.goal_answers
        ],
    }  # fmt: skip


def _summary_json(summary: CohortSummary) -> dict[str, Any]:
    return {
        "people": summary.people,
        "moved_up": summary.moved_up,
        "stayed": summary.stayed,
        "moved_down": summary.moved_down,
        "needs_attention": summary.needs_attention,
        "movement": {
            (start.key if start is not None else "not_surveyed"): {
                now.key: n for now, n in cells.items()
            }
            for start, cells in summary.movement.items()
        },
        "activity_by_month": {m.strftime("%Y-%m"): n for m, n in summary.activity_by_month.items()},
    }


def as_csv(cohort: Cohort, today: date) -> str:
    out = io.StringIO()
    rows = [_row_json(row) for row in rows_of(cohort, today)]
    fields = list(_row_json.__annotations__) if not rows else list(rows[0])
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("'" + v if isinstance(v, str) and v[:1] in "=+-@" else v)
                         for k, v in row.items()})  # fmt: skip
    return out.getvalue()


def as_table(cohort: Cohort, today: date) -> str:
    """For a terminal: one line per person, then the summary and the broken files."""
    rows = rows_of(cohort, today)
    summary = summarize(rows)
    width = max([len(r.name) for r in rows] + [6])
    head = f"{'person':<{width}}  {'start -> now':<34} {'last active':<11}  {'exercises':<9}"
    lines = [f"{head}  attention"]
    for r in rows:
        start = r.start.key if r.start is not None else "-"
        stages = f"{start} -> {r.now.key if r.now is not None else '-'}"
        last = r.last_active.isoformat() if r.last_active else "-"
        done = f"{r.exercises_done}/{r.exercises}" if r.exercises else "-"
        lines.append(
            f"{r.name:<{width}}  {stages:<34} {last:<11}  {done:<9}  "
            f"{'yes' if r.needs_attention else ''}".rstrip()
        )
    lines.append(
        f"{summary.people} people: {summary.moved_up} moved up, {summary.stayed} stayed, "
        f"{summary.moved_down} moved down; {summary.needs_attention} need attention"
    )
    lines += [f"broken: {b.file.name}: {b.error}" for b in cohort.broken]
    return "\n".join(lines)


def as_html(cohort: Cohort, today: date, words: Words) -> str:
    w = words.text
    rows = rows_of(cohort, today)
    summary = summarize(rows)
    title = escape(w(C_TITLE).format(day=words.day(today)))
    parts = [
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>",
        f"<style>{STYLE}</style></head><body><h1>{title}</h1>",
        f"<p>{escape(w(C_PEOPLE).format(n=summary.people))}<br>",
        escape(
            w(C_MOVES).format(up=summary.moved_up, same=summary.stayed, down=summary.moved_down)
        ),
        "</p>",
        f"<h2>{escape(w(C_MATRIX))}</h2>",
        _matrix_html(summary, words),
        f"<h2>{escape(w(C_PERSON))}</h2><table><tr>",
        "".join(
            f"<th>{escape(w(h))}</th>"
            for h in (
                C_PERSON,
                C_STAGES,
                C_LAST,
                C_HABITS,
                C_GOALS,
                C_EXERCISES_DONE,
                C_ANSWERS,
                C_ATTENTION,
            )
        ),
        "</tr>",
    ]
    for r in rows:
        start = words.label(r.start) if r.start is not None else "–"
        stages = f"{start} → {words.label(r.now) if r.now is not None else '–'}"
        cells = [
            r.name,
            stages,
            words.day(r.last_active) if r.last_active else "–",
            "–" if r.habit_strength is None else f"{round(r.habit_strength * 100)} %",
            f"{r.goals_on_track} / {r.goals}",
            f"{r.exercises_done} / {r.exercises}" if r.exercises else "–",
            " / ".join(str(n) for n in _answer_counts(r).values())
            if r.member.report.goal_answers
            else "–",
            "✔" if r.needs_attention else "",
        ]
        parts.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
    parts.append("</table>")
    parts += _conversations_html(rows, words)
    if summary.activity_by_month:
        parts.append(f"<h2>{escape(w(C_ACTIVITY))}</h2><table>")
        for month, count in summary.activity_by_month.items():
            parts.append(f"<tr><td>{escape(words.day(month))}</td><td>{count}</td></tr>")
        parts.append("</table>")
    if cohort.broken:
        parts.append(f"<h2>{escape(w(C_BROKEN))}</h2><ul>")
        parts += [f"<li>{escape(b.file.name)}: {escape(str(b.error))}</li>" for b in cohort.broken]
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _conversations_html(rows: list[PersonRow], words: Words) -> list[str]:
    """Each exercise and each answer to a proposed goal, person by person."""
    w = words.text
    parts: list[str] = []
    exercises = [(r.name, e) for r in rows for e in r.member.report.exercises]
    if exercises:
        head = (C_PERSON, W_EXERCISE, W_DUE, W_STATUS)
        parts.append(f"<h2>{escape(w(W_EXERCISES))}</h2><table><tr>")
        parts.append("".join(f"<th>{escape(w(h))}</th>" for h in head) + "</tr>")
        for name, e in exercises:
            state = w(W_DONE_ON).format(day=words.day(e.done_on)) if e.done_on else w(W_OPEN)
            cells = [name, e.title, words.day(e.due), state]
            parts.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
        parts.append("</table>")
    answers = [(r.name, a) for r in rows for a in r.member.report.goal_answers]
    if answers:
        heads = (C_PERSON, W_GOAL, W_ANSWER)
        parts.append(f"<h2>{escape(w(W_PROPOSALS))}</h2><table><tr>")
        parts.append("".join(f"<th>{escape(w(h))}</th>" for h in heads) + "</tr>")
        for name, a in answers:
            said = w(_ANSWERED[a.answer.value]).format(day=words.day(a.answered_on), goal=a.agreed)
            cells = [name, a.statement, said]
            parts.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
        parts.append("</table>")
    return parts


def _matrix_html(summary: CohortSummary, words: Words) -> str:
    stages = list(Stage)
    head = "".join(f"<th>{escape(words.label(s))}</th>" for s in stages)
    body = []
    for start in [None, *stages]:
        cells = summary.movement.get(start)
        if not cells:
            continue
        name = words.label(start) if start is not None else words.text(C_NOT_SURVEYED)
        counts = "".join(f"<td>{cells.get(s, 0) or ''}</td>" for s in stages)
        body.append(f"<tr><th>{escape(name)}</th>{counts}</tr>")
    return f"<table><tr><th></th>{head}</tr>{''.join(body)}</table>"
