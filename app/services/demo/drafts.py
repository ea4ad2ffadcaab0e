"""The demo person's ideas, drafts and plan, so that the drafting studio has something to show."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from app.domain.drafts.model import DraftState
from app.domain.drafts.networks import Network

if TYPE_CHECKING:
    from app.services.drafts import DraftsWriter

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
