"""The demo person's own posts, for the "Your voice" page: varied Finnish and English texts made
from templates, one for each post in her demo activity log, deterministic for a seed."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, datetime, time
from typing import TYPE_CHECKING

from app.domain.activity import Activity, ActivityKind
from app.storage.voice.read import CorpusText

if TYPE_CHECKING:
    from app.services.clock import Clock
    from app.storage.database import Database

_FI_OPEN = (
    "Mitä tapahtuu, kun {topic} siirtyy laboratoriosta tehtaalle?",
    "Kävin eilen seminaarissa, jossa puhuttiin aiheesta {topic}.",
    "Kiitos kaikille, jotka kommentoivat viime viikon kirjoitustani!",
    "Meidän tiimimme sai juuri valmiiksi kokeen, jota olemme tehneet puoli vuotta.",
    "Minulta kysytään usein, miksi {topic} on niin vaikeaa.",
    "Kolme asiaa, jotka opin tällä viikolla aiheesta {topic}:",
    "Onko {topic} jo arkea vai vielä lupaus?",
)
_FI_MIDDLE = (
    "Raaka-aineen laatu ratkaisee enemmän kuin yksikään prosessin säätö.",
    "Pienet kokeilut voittavat isot suunnitelmat, ja se pätee myös meillä.",
    "Tärkeintä oli, että operaattorit olivat mukana alusta asti.",
    "Luvut näyttävät hyviltä, mutta matkaa on vielä paljon.",
    "Yhteistyö asiakkaan kehitystiimin kanssa nopeutti kaikkea.",
    "Jätteestä tehty polttoaine ei ole enää tulevaisuutta vaan tätä päivää.",
    "Sääntely muuttuu nopeammin kuin investointipäätökset ehtivät.",
    "Minä opin eniten niistä kerroista, kun jokin meni pieleen.",
)
_FI_CLOSE = (
    "Mitä mieltä olet?",
    "Kerro kommenteissa, miten teillä on tehty!",
    "Palataan tähän ensi viikolla.",
    "Kiitos tiimille upeasta työstä! 💪",
    "Mitä mieltä olet? Onko teillä samoja kokemuksia?",
)
_FI_TAGS = ("#uusiutuvat #kiertotalous", "#vety #energia", "#SAF #lentäminen", "#kiertotalous", "")
_FI_TOPICS = ("kiertotalous", "vetytalous", "kestävä lentäminen", "uusiutuva diesel")

_EN_OPEN = (
    "What happens when {topic} moves from the lab to the plant?",
    "I spent yesterday at a conference on {topic}.",
    "Thank you to everyone who commented on last week's post!",
    "Our team just finished a trial we have been running for six months.",
    "People often ask me why {topic} is so hard.",
    "Three things I learned about {topic} this week:",
)
_EN_MIDDLE = (
    "Feedstock quality matters more than any process tweak.",
    "Small experiments beat big plans, and that holds for us too.",
    "The key was that the operators were involved from day one.",
    "The numbers look good, but there is still a long way to go.",
    "Working with the customer's development team sped everything up.",
    "I learn the most from the times something went wrong.",
)
_EN_CLOSE = (
    "What do you think?",
    "Tell me in the comments how you do it!",
    "More on this next week.",
    "Proud of this team! 🚀",
)
_EN_TAGS = ("#renewables #circulareconomy", "#hydrogen #energy", "#SAF #aviation", "")
_EN_TOPICS = ("circular economy", "hydrogen", "sustainable aviation fuel", "renewable diesel")


def _post(rng: random.Random, finnish: bool) -> str:
    opens, middles, closes, tags, topics = (
        (_FI_OPEN, _FI_MIDDLE, _FI_CLOSE, _FI_TAGS, _FI_TOPICS)
        if finnish
        else (_EN_OPEN, _EN_MIDDLE, _EN_CLOSE, _EN_TAGS, _EN_TOPICS)
    )
    topic = rng.choice(topics)
    lines = [rng.choice(opens).format(topic=topic), ""]
    body = rng.sample(middles, rng.randint(1, 3))
    if rng.random() < 0.3:
        lines += [f"{n}. {line}" for n, line in enumerate(body, 1)]
    else:
        lines.append(" ".join(body))
    lines += ["", rng.choice(closes)]
    tag = rng.choice(tags)
    if tag:
        lines.append(tag)
    return "\n".join(lines)


def demo_texts(activities: Sequence[Activity], rng: random.Random) -> list[CorpusText]:
    """One post for each own post (or share with comment) in the log: 70 % Finnish."""
    texts = []
    for activity in activities:
        if activity.kind not in (ActivityKind.OWN_POST, ActivityKind.SHARE_WITH_COMMENT):
            continue
        finnish = rng.random() < 0.7
        moment = datetime.combine(activity.day, time(rng.randrange(7, 18), rng.randrange(60)))
        texts.append(
            CorpusText(
                source="linkedin",
                external_id=activity.link.rsplit(":", 1)[-1],
                channel=activity.channel.value,
                kind=activity.kind.value,
                posted_at=moment.replace(tzinfo=UTC),
                text=_post(rng, finnish),
                link=activity.link,
                language="fi" if finnish else "en",
            )
        )
    return texts


def fill(db: Database, activities: Sequence[Activity], rng: random.Random, clock: Clock) -> int:
    """Write the demo corpus and build its voice profiles; return how many texts."""
    from app.services.voice.profile import VoiceService
    from app.storage.derived.write import mark_languages_current
    from app.storage.quick import QuickReader
    from app.storage.voice import write as corpus_write

    texts = demo_texts(activities, rng)
    with db.session() as session:
        if not corpus_write.has_texts(session):
            mark_languages_current(session)  # labelled as this version labels: nothing to redo
        added = corpus_write.add_texts(session, texts)
    reader = QuickReader(db.path)
    try:
        VoiceService(clock).refresh(db, reader)
    finally:
        reader.close()
    return added
