"""The Progress page's numbers read from a demo person's store: they agree with the store's own
counts and with what the journey and habits pages show, and every insight holds on the data."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from statistics import fmean

import pytest

from app.domain.drafts.model import Outcome
from app.domain.drafts.networks import Network
from app.domain.progress import Grouping, InsightKind, ProgressData, Range
from app.services.clock import FixedClock
from app.services.demo import person as demo
from app.services.drafts import DraftsWriter
from app.services.habits import HabitsReader
from app.services.journey import JourneyReader
from app.services.progress import ProgressReader
from app.services.store import prepare_store
from app.storage.database import Database
from app.storage.quick import QuickReader
from tests.fixed_clock import TEST_DAY

CLOCK = FixedClock(TEST_DAY)


@pytest.fixture(scope="module")
def demo_person(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("person") / "ownvoice.db"
    reader, db = prepare_store(path, CLOCK)
    reader.close()
    if db is not None:
        db.close()
    assert demo.fill_store(path, CLOCK, years=1) is not None
    return path


@pytest.fixture(scope="module")
def quick(demo_person: Path) -> Iterator[QuickReader]:
    reader = QuickReader(demo_person)
    yield reader
    reader.close()


@pytest.fixture(scope="module")
def data(quick: QuickReader) -> ProgressData:
    return ProgressReader(quick).data(TEST_DAY)


def sql_counts(quick: QuickReader, first: date, last: date) -> dict[str, int]:
    rows = quick.connection.execute(
        "SELECT kind, count(*) FROM activity WHERE day >= ? AND day <= ? GROUP BY kind",
        (first.isoformat(), last.isoformat()),
    )
    return {kind: int(n) for kind, n in rows}


@pytest.mark.parametrize("chosen", list(Range))
def test_activity_per_week_agrees_with_the_store(
    quick: QuickReader, data: ProgressData, chosen: Range
) -> None:
    snap = data.snapshot(chosen)
    assert len(snap.weeks) == snap.span.weeks
    counts = sql_counts(quick, snap.span.first, TEST_DAY)
    assert sum(w.own_posts for w in snap.weeks) == counts.get("own_post", 0)
    assert sum(w.comments for w in snap.weeks) == counts.get("comment", 0)
    assert sum(w.replies for w in snap.weeks) == counts.get("reply", 0)
    assert sum(w.shares for w in snap.weeks) == counts.get("share", 0) + counts.get(
        "share_with_comment", 0
    )
    assert sum(w.reactions for w in snap.weeks) == counts.get("reaction", 0)
    for week in snap.weeks[-3:]:  # each week on its own too
        one = sql_counts(quick, week.monday, min(week.monday + timedelta(days=6), TEST_DAY))
        assert (week.comments, week.replies) == (one.get("comment", 0), one.get("reply", 0))
    talk = counts.get("comment", 0) + counts.get("reply", 0)
    assert (snap.ratio.conversation, snap.ratio.own_posts) == (talk, counts.get("own_post", 0))


def test_the_ranges_have_their_lengths(data: ProgressData) -> None:
    weeks = {chosen: data.snapshot(chosen).span.weeks for chosen in Range}
    assert (weeks[Range.FOUR_WEEKS], weeks[Range.QUARTER], weeks[Range.YEAR]) == (4, 13, 52)
    assert weeks[Range.ALL] >= 52  # a year of demo from a Wednesday spans 53 weeks


def test_the_stages_are_those_the_journey_shows(quick: QuickReader, data: ProgressData) -> None:
    status = JourneyReader(quick).status(TEST_DAY)
    view = data.snapshot(Range.ALL).stages
    assert list(view.weeks) == status.weeks
    assert list(view.changes) == status.changes
    assert view.start is not None and status.start is not None
    assert (view.start.monday, view.start.stage) == (status.weeks[0].monday, status.start.stage)
    quarter = data.snapshot(Range.QUARTER).stages
    assert list(quarter.weeks) == status.weeks[-13:]
    assert not quarter.start_in_range


def test_habit_strength_ends_on_todays_score(quick: QuickReader, data: ProgressData) -> None:
    overview = HabitsReader(quick).overview(TEST_DAY)
    snap = data.snapshot(Range.QUARTER)
    assert [h.habit_id for h in snap.habits] == [s.id for s in overview.habits]
    for strength, summary in zip(snap.habits, overview.habits, strict=True):
        assert len(strength.points) == 13
        assert strength.points[-1][1] == summary.score


def test_goal_lines_end_on_the_journeys_progress(quick: QuickReader, data: ProgressData) -> None:
    status = JourneyReader(quick).status(TEST_DAY)
    lines = {line.goal_id: line for line in data.snapshot(Range.QUARTER).goals}
    assert len(lines) == 4  # three running, one done by hand within the quarter
    for view in status.goals:
        line = lines[view.goal.id]
        assert line.now == view.progress
        assert line.points[-1].current == view.progress.current
        assert line.points[0].day == view.goal.start


def test_posts_are_the_persons_own_posts(quick: QuickReader, data: ProgressData) -> None:
    stored = quick.connection.execute(
        "SELECT count(*) FROM corpus_text WHERE kind = 'own_post' AND excluded = 0"
    ).fetchone()[0]
    assert len(data.snapshot(Range.ALL).posts) == stored > 0
    # The demo enters outcomes for its published LinkedIn posts: the same ones, the same sums.
    entered, comments = quick.connection.execute(
        "SELECT count(*), sum(comments) FROM publication_outcome"
    ).fetchone()
    with_outcome = [p for p in data.posts if p.facts.has_outcome]
    assert len(with_outcome) == entered > 0
    assert sum(p.facts.comments or 0 for p in with_outcome) == comments


@pytest.mark.parametrize("chosen", list(Range))
def test_every_insight_holds_on_the_data(
    quick: QuickReader, data: ProgressData, chosen: Range
) -> None:
    snap = data.snapshot(chosen)
    for insight in snap.insights:
        if insight.kind is InsightKind.COMMENT_WEEKDAY:
            days = sql_days(quick, snap.span.first)
            per_day = Counter(day.strftime("%A").lower() for day in days)
            assert insight.total == len(days)
            assert insight.n == per_day[insight.subject] == max(per_day.values())
            assert insight.versus_n == per_day[insight.versus]
        elif insight.kind is InsightKind.LANGUAGE_LENGTH:
            mine = [p.traits.length for p in snap.posts if p.facts.language == insight.subject]
            other = [p.traits.length for p in snap.posts if p.facts.language == insight.versus]
            assert (insight.n, insight.versus_n) == (len(mine), len(other))
            assert insight.value == fmean(mine) > insight.versus_value == fmean(other)
        elif insight.kind is InsightKind.CONVERSATION_GROWTH:
            assert insight.total == len(snap.weeks)
            late = snap.weeks[len(snap.weeks) // 2 :]
            assert insight.n == sum(w.own_posts for w in late)
        assert insight.ratio >= 1.15


def sql_days(quick: QuickReader, first: date) -> list[date]:
    rows = quick.connection.execute(
        "SELECT day FROM activity WHERE kind = 'comment' AND day >= ? AND day <= ?",
        (first.isoformat(), TEST_DAY.isoformat()),
    )
    return [date.fromisoformat(day) for (day,) in rows]


ASKS = "Testasimme uutta tiivistettä kentällä koko kevään. Mitä sinä olet oppinut?"
TELLS = "Testasimme uutta tiivistettä kentällä koko kevään. Palataan tähän ensi viikolla."


def test_published_drafts_bring_their_outcomes_and_topics(
    demo_person: Path, tmp_path: Path
) -> None:
    path = tmp_path / "ownvoice.db"
    shutil.copy(demo_person, path)
    db = Database.open(path, CLOCK.now())
    reader = QuickReader(path)
    try:
        writer = DraftsWriter(db, reader, CLOCK)
        idea = writer.capture_idea("Field tests", ("vety",))
        for index, (text, comments, reactions) in enumerate(
            [(ASKS, 6, 20), (ASKS, 4, 10), (TELLS, 1, 12)]
        ):
            draft = writer.new_draft(f"Post {index}", idea if index == 0 else None)
            writer.save_text(draft, Network.LINKEDIN, text)
            day = TEST_DAY - timedelta(days=10 - index)
            published = writer.publish(draft, Network.LINKEDIN, day, f"https://x.test/{index}")
            writer.save_outcome(
                published.publication_id, Outcome(reactions=reactions, comments=comments)
            )
        snap = ProgressReader(reader).snapshot(TEST_DAY, Range.FOUR_WEEKS)
    finally:
        reader.close()
        db.close()
    drafted = [p for p in snap.posts if p.facts.has_outcome]
    assert [(p.facts.title, p.facts.comments, p.facts.reactions) for p in drafted] == [
        ("Post 0", 6, 20),
        ("Post 1", 4, 10),
        ("Post 2", 1, 12),
    ]
    assert drafted[0].facts.topics == ("vety",)
    assert drafted[0].facts.language == "fi"
    endings = {
        g.key: (g.posts, g.comments, g.reactions) for g in snap.outcomes[Grouping.QUESTION_ENDING]
    }
    assert endings == {"yes": (2, 10, 30), "no": (1, 1, 12)}
    assert snap.weeks[-3].own_posts + snap.weeks[-2].own_posts >= 3  # publishing logged them
    assert not [i for i in snap.insights if i.kind is InsightKind.QUESTION_ENDING_COMMENTS]
