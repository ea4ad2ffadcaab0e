"""Demo data: a realistic person, so that a new user or coach can look around, and benches run.

Aino Mäkinen, a Finnish expert in renewable fuels, started as a listener and, over the years
asked for, became a conversationalist who posts now and then. Everything is deterministic for a
seed. Later features add their part (habits, drafts, …) here.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.journey.goals import ActivityCount, Goal, ManualNumber, ReviewCadence
from app.domain.journey.journal import EntryKind, JournalEntry
from app.domain.journey.ladder import Frequency
from app.domain.journey.profile import (
    Action,
    Assessment,
    Barrier,
    Benefit,
    ChannelAnswers,
    OnboardingStep,
    Profile,
    RoleLens,
)

if TYPE_CHECKING:
    from app.services.clock import Clock
    from app.services.journey import JourneyWriter

PROFILE = Profile(
    name="Aino Mäkinen",
    role=RoleLens.EXPERT,
    benefits=(Benefit.LEARNING, Benefit.VISIBILITY, Benefit.NETWORKING),
    why=(
        "Haluan oppia muilta alan ihmisiltä ja kertoa omalla äänelläni, mitä uusiutuvien "
        "polttoaineiden arjessa oikeasti tapahtuu. Somessa löydän ihmiset, joiden kanssa "
        "ratkaisuja kannattaa miettiä yhdessä."
    ),
    topics=("uusiutuvat polttoaineet", "kiertotalous", "vetytalous", "kestävä lentäminen"),
    audience="Alan asiantuntijat, opiskelijat ja asiakkaiden kehitystiimit",
    channels=(Channel.LINKEDIN, Channel.INTERNAL, Channel.X),
    languages=("fi", "en"),
    hours_per_week=1.5,
    onboarding_step=OnboardingStep.DONE,
)

_JOURNAL = (
    (EntryKind.REFLECTION, "Huomasin, että kommentoin helpoiten silloin, kun aihe liittyy "
     "omaan projektiini. Kysymys lopussa toi kolme vastausta.", ""),
    (EntryKind.WIN, "Julkaisuni jätteistä tehdystä lentopolttoaineesta sai 40 kommenttia ja "
     "kaksi asiakasta otti yhteyttä.", "https://www.linkedin.com/feed/update/demo-win-1"),
    (EntryKind.EXAMPLE, "Kollegan tapa kertoa epäonnistuneesta kokeesta oli rehellinen ja "
     "innostava: ensin mitä yritettiin, sitten mitä opittiin.",
     "https://www.linkedin.com/feed/update/demo-example-1"),
    (EntryKind.REFLECTION, "Pelkäsin, että kirjoitan jotain väärää. Valmentajan kanssa "
     "käytiin läpi ohjeet, ja nyt tiedän mistä saa puhua.", ""),
    (EntryKind.WIN, "Vastasin jokaiseen kommenttiin viikon ajan. Keskustelu jatkui vielä "
     "seuraavalla viikolla.", ""),
    (EntryKind.EXAMPLE, "Tutkijan ketju vetyputkistoista: selkeä kuva ja yksi kysymys "
     "lopussa.", "https://x.com/demo/status/1"),
)  # fmt: skip


@dataclass(frozen=True)
class DemoSummary:
    activities: int
    goals: int
    journal_entries: int
    first_day: date
    habits: int = 0
    habit_checkins: int = 0


def _weekly_rate(progress: float) -> dict[ActivityKind, float]:
    """Expected actions a week at ``progress`` (0 = the first week, 1 = today)."""
    grow = min(1.0, progress * 1.6)
    return {
        ActivityKind.REACTION: 2.0 + 4.0 * grow,
        ActivityKind.SHARE: 0.5 * (1 - grow) + 0.2,
        ActivityKind.COMMENT: 3.2 * max(0.0, grow - 0.1),
        ActivityKind.REPLY: 2.4 * max(0.0, grow - 0.3),
        ActivityKind.OWN_POST: 0.6 * max(0.0, grow - 0.5),
        ActivityKind.SHARE_WITH_COMMENT: 0.3 * max(0.0, grow - 0.25),
    }


def _channel(rng: random.Random) -> Channel:
    return rng.choices(
        (Channel.LINKEDIN, Channel.INTERNAL, Channel.X, Channel.MASTODON), (70, 18, 9, 3)
    )[0]


def _is_holiday(day: date) -> bool:
    return day.month == 7 or (day.month == 12 and day.day >= 22)


def demo_activities(first: date, today: date, rng: random.Random) -> list[Activity]:
    total = max(1, (today - first).days)
    found: list[Activity] = []
    monday = first - timedelta(days=first.weekday())
    while monday <= today:
        progress = (monday - first).days / total
        for kind, rate in _weekly_rate(progress).items():
            for _ in range(_poisson(rng, rate)):
                day = monday + timedelta(days=rng.randrange(5))  # working days
                # Holidays are quieter, not silent.
                if first <= day <= today and (not _is_holiday(day) or rng.random() < 0.3):
                    link = f"https://www.linkedin.com/feed/update/urn:li:activity:{rng.getrandbits(40)}"
                    found.append(Activity(kind, _channel(rng), day, ActivitySource.IMPORT, link))
        monday += timedelta(days=7)
    return found


def _poisson(rng: random.Random, rate: float) -> int:
    # Knuth's method; rates here are small.
    limit, count, product = pow(2.718281828459045, -rate), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _assessment(day: date, comment: Frequency, post: Frequency) -> Assessment:
    return Assessment(
        taken_on=day,
        channels=(
            ChannelAnswers(
                Channel.LINKEDIN,
                {
                    Action.READ: Frequency.DAILY,
                    Action.REACT: Frequency.WEEKLY,
                    Action.COMMENT: comment,
                    Action.POST: post,
                },
            ),
            ChannelAnswers(Channel.INTERNAL, {Action.READ: Frequency.WEEKLY}),
        ),
        confidence=2,
        hours_per_week=1.0,
        knows_guidelines=False,
        barriers=frozenset({Barrier.TIME, Barrier.FEAR_OF_MISTAKES}),
    )


def _goals(today: date) -> list[tuple[Goal, float | None]]:
    start = today - timedelta(weeks=3)
    deadline = today + timedelta(weeks=5)
    return [
        (Goal(None, "Kommentoin harkiten kolmea alan julkaisua viikossa",
              ActivityCount(ActivityKind.COMMENT), 24, start, deadline), None),
        (Goal(None, "Julkaisen oman kirjoituksen joka toinen viikko",
              ActivityCount(ActivityKind.OWN_POST, Channel.LINKEDIN), 4, start, deadline,
              ReviewCadence.BIWEEKLY), None),
        (Goal(None, "Vastaan jokaiseen kommenttiin omissa julkaisuissani",
              ActivityCount(ActivityKind.REPLY), 16, start, deadline), None),
        (Goal(None, "Tapaan kaksi uutta alan ihmistä kuukaudessa somen kautta",
              ManualNumber("uutta kontaktia"), 6, start - timedelta(weeks=20),
              start - timedelta(weeks=8), ReviewCadence.MONTHLY, active=False), 6.0),
    ]  # fmt: skip


STAGING_PREFIX = ".demo-"


def fill_store(
    db_path: Path, clock: Clock, years: float = 1.0, seed: int = 1
) -> DemoSummary | None:
    """Write the demo person into the store at ``db_path`` all at once: into a new store in a
    staging folder beside it first, then copied over the empty store in one transaction, so
    that a demo stopped midway, even killed, leaves the store as it was and can run again.
    None, with nothing written, when the store already holds data."""
    import shutil
    import tempfile

    from app.services.demo import drafts as drafts_demo
    from app.services.drafts import DraftsWriter
    from app.services.journey import JourneyReader, JourneyWriter
    from app.services.store import open_database
    from app.storage.database import copy_into_empty
    from app.storage.quick import QuickReader
    from app.storage.voice.read import read_texts

    folder = db_path.parent
    for leftover in folder.glob(STAGING_PREFIX + "*"):  # a demo killed midway left it
        shutil.rmtree(leftover, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))
    try:
        staged = staging / db_path.name
        database = open_database(staged, clock)
        reader = QuickReader(staged)
        try:
            summary = fill(JourneyWriter(database, reader), clock, years, seed)
            drafts = DraftsWriter(database, reader, clock)
            drafts_demo.publish_past(
                drafts, JourneyReader(reader).activities(), read_texts(reader.connection)
            )
            drafts_demo.fill(drafts, clock.today())
        finally:
            reader.close()
            database.close()
        return summary if copy_into_empty(staged, db_path) else None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def fill(writer: JourneyWriter, clock: Clock, years: float = 1.0, seed: int = 1) -> DemoSummary:
    """Write the demo person into an empty store, up to ``clock.today()``: the same person for
    the same day, ``years`` and ``seed`` (the clock's time of day only stamps the profile)."""
    today = clock.today()
    rng = random.Random(seed)
    first = today - timedelta(days=round(365.25 * years))
    writer.save_profile(PROFILE)
    writer.add_assessment(_assessment(first, Frequency.NEVER, Frequency.NEVER))
    for months_ago, comment in ((6, Frequency.MONTHLY), (3, Frequency.WEEKLY)):
        taken = today - timedelta(days=30 * months_ago)
        if taken > first:
            writer.add_assessment(_assessment(taken, comment, Frequency.MONTHLY))
    goals = _goals(today)
    for goal, manual in goals:
        writer.save_goal(goal, today, manual)
    activities = demo_activities(first, today, rng)
    items = [(a, f"demo-{i}") for i, a in enumerate(activities)]
    writer.import_activities(items, today)
    for index, (kind, body, link) in enumerate(_JOURNAL):
        day = first + (today - first) * (index + 1) / (len(_JOURNAL) + 1)
        writer.save_entry(JournalEntry(day, kind, body, link, share_with_coach=index % 2 == 1))
    from app.services.demo import habits as habits_demo

    # Habits get their own random stream, so that adding them changes nothing above.
    habits = habits_demo.fill(writer.database, activities, first, today, random.Random(f"h{seed}"))
    from app.services.demo import voice as voice_demo

    # The demo person's own posts for "Your voice", from a random stream of their own too.
    voice_demo.fill(writer.database, activities, random.Random(f"v{seed}"), clock)
    return DemoSummary(
        len(activities), len(goals), len(_JOURNAL), first, habits.habits, habits.checkins
    )
