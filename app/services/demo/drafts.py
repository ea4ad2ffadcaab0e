"""The demo person's ideas, drafts and plan, so that the drafting studio has something to show."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from app.domain.activity import Activity, ActivityKind, Channel
from app.domain.drafts.model import DraftState, Outcome
from app.domain.drafts.networks import Network

if TYPE_CHECKING:
    from app.services.drafts import DraftsWriter
    from app.storage.voice.read import CorpusText

PUBLISHED_SHOWN = 30  # the newest own LinkedIn posts get a published draft with an outcome

_IDEAS = (
    ("Miksi pilottien epäonnistumisista kannattaa kertoa ääneen", ("oppiminen",)),
    ("Kysy verkostolta: mikä hidastaa biopolttoaineiden käyttöönottoa kunnissa?", ("kysymys",)),
    ("Kulissien takaa: miltä näyttää laboratorion tavallinen tiistai", ("kulissit",)),
)

_DRAFT = (
    "Olemme ylpeitä voidessamme kertoa, että testasimme viime viikolla uutta vetyputken "
    "tiivistettä.\n\n"
    "Kolme asiaa, jotka yllättivät minut:\n"
    "- Vuodot löytyivät liitoksista, eivät putkesta.\n"
    "- Pakkanen ei ollut ongelma, lämpövaihtelu oli.\n"
    "- Paras havainto tuli asentajalta, ei mittarista.\n\n"
    "Mitä sinä olet oppinut kenttätesteistä?"
)

_READY = (
    "Kestävä lentäminen ei synny yhdellä keksinnöllä. Olen oppinut, että se syntyy sadoista "
    "pienistä päätöksistä, joita teemme joka päivä: raaka-aineista, logistiikasta ja siitä, "
    "kenen kanssa kehitämme.\n\nMikä on sinun alallasi se pieni päätös, jolla on iso vaikutus?"
)


def fill(writer: DraftsWriter, today: date) -> int:
    """Ideas, a draft still being written (with a cliché to rewrite) and a planned post."""
    at = datetime.combine(today, time(9, 0))
    for index, (text, tags) in enumerate(_IDEAS):
        writer.capture_idea(text, tags, at - timedelta(days=2 * index + 1))
    ready = writer.new_draft(
        "Pienet päätökset, iso vaikutus", networks=(Network.LINKEDIN,), when=at - timedelta(days=3)
    )
    writer.save_text(ready, Network.LINKEDIN, _READY, at - timedelta(days=2))
    writer.move(ready, DraftState.READY)
    writer.plan(ready, Network.LINKEDIN, at + timedelta(days=2))
    draft = writer.new_draft(
        "Mitä opin vetyputken testeistä", networks=(Network.LINKEDIN, Network.X), when=at
    )
    writer.save_text(draft, Network.LINKEDIN, _DRAFT, at)
    return len(_IDEAS) + 2


def publish_past(
    writer: DraftsWriter, activities: Sequence[Activity], texts: Sequence[CorpusText]
) -> int:
    """The newest own LinkedIn posts of the log as published drafts, with the text the voice
    page has for each and an outcome entered three days later, so that Progress has outcomes
    to group and insights to find. Deterministic: the numbers follow from the text alone.
    A post that asks its readers something gets more comments, as hers do."""
    by_link = {text.link: text for text in texts if text.link}
    own = [
        a
        for a in activities
        if a.kind is ActivityKind.OWN_POST
        and a.channel is Channel.LINKEDIN
        and a.id is not None
        and a.link in by_link
    ]
    made = 0
    for activity in own[-PUBLISHED_SHOWN:]:
        text = by_link[activity.link].text
        writer.record_published(
            _title(text), Network.LINKEDIN, text, activity, _outcome(text, activity)
        )
        made += 1
    return made


def _title(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first if len(first) <= 60 else first[:57].rstrip() + "…"


def _asks(text: str) -> bool:
    """Whether the last line that is not only tags ends with a question."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    words = [line for line in lines if not all(w.startswith("#") for w in line.split())]
    return bool(words) and words[-1].endswith("?")


def _outcome(text: str, activity: Activity) -> Outcome:
    jitter = sum(map(ord, text)) % 4
    comments = (5 if _asks(text) else 1) + jitter
    reactions = 12 + len(text) // 40 + jitter * 3
    return Outcome(
        reactions=reactions,
        comments=comments,
        reposts=jitter // 2,
        new_contacts=jitter % 2,
        entered=activity.day + timedelta(days=3),
    )
