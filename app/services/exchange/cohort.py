"""A coach's folder of progress files, read as one cohort.

Every ``.ownvoice`` file in the folder is read and checked whole (``read_package``). The newest
file per person (by the day it was made, then the moment) wins; an identical copy is counted as
a duplicate and ignored; a file that cannot be accepted is listed with its reason while the rest
of the folder still loads. The coach's own feedback and group files, saved in the same folder
by default, are not people: they are passed over. Loading reports progress and can be cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.domain.exchange.codec import BadContentError, progress_from_json
from app.domain.exchange.model import FILE_SUFFIX, Kind, ProgressReport
from app.domain.journey.ladder import Stage
from app.services.bulk import collector_paused
from app.services.exchange.package import ExchangeError, read_package

INACTIVE_DAYS = 14  # "needs attention": no public action for this long
_STAGE = {stage.key: stage for stage in Stage}


@dataclass(frozen=True)
class Member:
    report: ProgressReport  # without its details when read for a cohort (see read_member)
    file: Path
    created_at: str  # the moment the file was made (ISO, from its manifest)
    activity_by_month: dict[date, int]  # public actions per month (its first day)


def read_member(path: Path) -> ProgressReport:
    """One person's newest file read in full (the cohort keeps only what its table needs)."""
    package = read_package(path, expect=Kind.PROGRESS)
    try:
        return progress_from_json(package.data)
    except BadContentError as error:
        raise ExchangeError(path, "bad_content", str(error)) from None


@dataclass(frozen=True)
class Broken:
    file: Path
    error: ExchangeError


@dataclass(frozen=True)
class Cohort:
    members: tuple[Member, ...]  # one per person, the newest file
    broken: tuple[Broken, ...]
    duplicates: int  # files that were the same as, or older than, another of the same person


class LoadCancelledError(Exception):
    """The coach stopped loading the folder."""


def cohort_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix == FILE_SUFFIX and p.is_file())


def load_cohort(
    folder: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Cohort:
    files = cohort_files(folder)
    with collector_paused():  # thousands of small objects, no cycles: collect once, after
        return _load(files, progress, cancelled)


def _load(
    files: list[Path],
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> Cohort:
    newest: dict[str, Member] = {}
    broken: list[Broken] = []
    duplicates = 0
    for number, path in enumerate(files, 1):
        if cancelled is not None and cancelled():
            raise LoadCancelledError
        try:
            package = read_package(path, expect=Kind.PROGRESS)
            report = progress_from_json(package.data, details=False)
            months = _months(package.data.get("activity", []))
        except ExchangeError as error:
            if error.reason != "wrong_kind":  # the coach's own feedback and group files: skipped
                broken.append(Broken(path, error))
        except BadContentError as error:
            broken.append(Broken(path, ExchangeError(path, "bad_content", str(error))))
        else:
            member = Member(report, path, package.manifest.created_at, months)
            key = report.person.id
            known = newest.get(key)
            if known is None:
                newest[key] = member
            else:
                duplicates += 1
                if _order(member) > _order(known):
                    newest[key] = member
        if progress is not None:
            progress(number, len(files))
    members = sorted(newest.values(), key=lambda m: (m.report.person.name.casefold(), m.file.name))
    return Cohort(tuple(members), tuple(broken), duplicates)


def _months(activity: list[dict[str, object]]) -> dict[date, int]:
    """Totals per month straight from the JSON: a cohort keeps these, not each week's rows."""
    months: dict[str, int] = {}
    for row in activity:
        month = str(row["week"])[:7]
        months[month] = months.get(month, 0) + int(row["count"])  # type: ignore[call-overload]
    return {date(int(m[:4]), int(m[5:7]), 1): n for m, n in months.items()}


def _order(member: Member) -> tuple[date, str, str]:
    return (member.report.made_on, member.created_at, member.file.name)


# -- the table and the summary -------------------------------------------------------------------


@dataclass(frozen=True)
class PersonRow:
    """One line of the cohort table."""

    member: Member
    start: Stage | None
    now: Stage | None
    last_active: date | None
    days_inactive: int | None
    habit_strength: float | None  # the average over the shared habits, 0..1
    goals_on_track: int
    goals: int
    file_age_days: int
    needs_attention: bool
    exercises_done: int = 0
    exercises: int = 0  # assigned, as the person's newest file says
    drafts_sent: int = 0  # drafts sent for comments that no comment came back for yet

    @property
    def name(self) -> str:
        return self.member.report.person.name


def person_row(member: Member, today: date) -> PersonRow:
    report = member.report
    stages = report.stages
    start = _STAGE.get(stages.start) if stages and stages.start else None
    now = _STAGE.get(stages.now) if stages else None
    habits = [h.strength for h in report.habits]
    on_track = sum(1 for g in report.goals if g.status in ("on_track", "done"))
    behind = any(g.status == "behind" for g in report.goals)
    inactive = report.days_inactive(today)
    attention = behind or inactive is None or inactive >= INACTIVE_DAYS
    return PersonRow(
        member=member,
        start=start,
        now=now,
        last_active=report.last_active,
        days_inactive=inactive,
        habit_strength=sum(habits) / len(habits) if habits else None,
        goals_on_track=on_track,
        goals=len(report.goals),
        file_age_days=max(0, (today - report.made_on).days),
        needs_attention=attention,
        exercises_done=sum(1 for e in report.exercises if e.done),
        exercises=len(report.exercises),
        drafts_sent=len(report.draft_asks),
    )


@dataclass(frozen=True)
class CohortSummary:
    people: int
    moved_up: int
    moved_down: int
    stayed: int
    # start stage -> stage now -> people; a start of None means "not surveyed"
    movement: dict[Stage | None, dict[Stage, int]]
    # the month's first day -> public actions logged by everyone in that month
    activity_by_month: dict[date, int]
    needs_attention: int


def summarize(rows: list[PersonRow]) -> CohortSummary:
    movement: dict[Stage | None, dict[Stage, int]] = {}
    up = down = same = 0
    for row in rows:
        if row.now is None:
            continue
        cell = movement.setdefault(row.start, {})
        cell[row.now] = cell.get(row.now, 0) + 1
        if row.start is not None:
            if row.now > row.start:
                up += 1
            elif row.now < row.start:
                down += 1
            else:
                same += 1
    months: dict[date, int] = {}
    for row in rows:
        for month, count in row.member.activity_by_month.items():
            months[month] = months.get(month, 0) + count
    return CohortSummary(
        people=len(rows),
        moved_up=up,
        moved_down=down,
        stayed=same,
        movement=movement,
        activity_by_month=dict(sorted(months.items())),
        needs_attention=sum(1 for row in rows if row.needs_attention),
    )
