"""Time to build voice profiles from 10,000 generated posts in Finnish, Swedish and English."""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain.text import LANGUAGES
from app.domain.voice import Text, analyse_text, build_voice, profile

# Templates with slots; {t} a topic, {n} a number, {p} a person, {e} an emoji, {h} a hashtag.
_TEMPLATES = {
    "fi": [
        "Mitä jos {t} olisi tiimin tärkein asia?",
        "Kokeilin {n} viikon ajan uutta tapaa hoitaa {t}. Tulokset yllättivät.",
        "Kolme asiaa, jotka opin {t}sta:\n- kuuntele enemmän\n- kysy rohkeasti\n- anna aikaa",
        "Kiitos @{p} hienosta keskustelusta! Puhuimme paljon {t}sta. {e}",
        "Meillä on tiimissä tapana pysähtyä perjantaisin ja miettiä, mitä opimme viikon aikana.",
        "Minun mielestäni hyvä johtaja tekee itsestään tarpeettoman.",
        "Esim. eilen huomasin, että {t} vaatii enemmän aikaa kuin luulin.",
        "Mitä mieltä olet? {h}",
        "Huomenna klo 9.30 puhun {t}sta webinaarissa, tervetuloa mukaan! {e}",
        "Tänään julkaistiin uusi raportti, lue lisää: https://example.fi/raportti/{n}",
    ],
    "sv": [
        "Tänk om {t} vore det viktigaste för teamet?",
        "Jag testade ett nytt sätt att jobba med {t} i {n} veckor. Resultatet överraskade.",
        "Tre saker jag lärt mig om {t}:\n- lyssna mer\n- fråga modigt\n- ge tid",
        "Tack @{p} för ett bra samtal! Vi pratade mycket om {t}. {e}",
        "Vi har en vana i teamet att stanna upp på fredagar och tänka på vad vi lärt oss.",
        "Jag tycker att en bra ledare gör sig själv överflödig.",
        "T.ex. igår märkte jag att {t} kräver mer tid än jag trodde.",
        "Vad tycker du? {h}",
        "Imorgon kl. 9.30 pratar jag om {t} på ett webbinarium, välkommen! {e}",
        "Idag publicerades en ny rapport, läs mer: https://example.se/rapport/{n}",
    ],
    "en": [
        "What if {t} were the most important thing for the team?",
        "I tried a new way of handling {t} for {n} weeks. The results surprised me.",
        "Three things I learned about {t}:\n- listen more\n- ask boldly\n- give it time",
        "Thanks @{p} for a great conversation! We talked a lot about {t}. {e}",
        "We have a habit in our team of pausing on Fridays to think about what we learned.",
        "I think a good leader makes themselves unnecessary.",
        "E.g. yesterday I noticed that {t} takes more time than I expected.",
        "What do you think? {h}",
        "Tomorrow at 9.30 I'm talking about {t} in a webinar, join us! {e}",
        "A new report was published today, read more: https://example.com/report/{n}",
    ],
}
_TOPICS = {
    "fi": ["johtaminen", "tekoäly", "asiakaskokemus", "rekrytointi", "palautteen antaminen"],
    "sv": ["ledarskap", "AI", "kundupplevelse", "rekrytering", "feedback"],
    "en": ["leadership", "AI", "customer experience", "hiring", "feedback"],
}
_EMOJI = ["🎉", "🙏", "💡", "👇", "🚀", ""]
_HASHTAGS = ["#leadership", "#ai", "#johtaminen", "#ledarskap", "#growth"]
# Parts per post by channel: LinkedIn posts run long, X posts short.
_PARTS = {"linkedin": (3, 8), "x": (1, 2), "mastodon": (1, 4)}


def generate(count: int, seed: int = 5) -> list[Text]:
    """``count`` posts of template sentences; languages 50/20/30 fi/sv/en, channels 50/30/20."""
    rng = random.Random(seed)
    texts = []
    for i in range(count):
        lang = rng.choices(["fi", "sv", "en"], weights=[5, 2, 3])[0]
        channel = rng.choices(list(_PARTS), weights=[5, 3, 2])[0]
        parts = [
            rng.choice(_TEMPLATES[lang]).format(
                t=rng.choice(_TOPICS[lang]),
                n=rng.randint(2, 12),
                p=rng.choice(["anna", "erik", "mikko_v", "sara"]),
                e=rng.choice(_EMOJI),
                h=" ".join(rng.sample(_HASHTAGS, rng.randint(1, 3))),
            )
            for _ in range(rng.randint(*_PARTS[channel]))
        ]
        body = ("\n\n" if rng.random() < 0.6 else " ").join(parts)
        texts.append(Text(str(i), body, channel, None, None, rng.random() < 0.02))
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = generate(args.posts)
    chars = sum(len(t.body) for t in texts)
    print(f"{len(texts)} posts, {chars / len(texts):.0f} characters on average")
    runs = [_timed(lambda: build_voice(texts, ("johtaminen", "AI"))) for _ in range(args.repeat)]
    wall, cpu = min(r[0] for r in runs), min(r[1] for r in runs)
    print(
        f"build_profiles from scratch: {wall:.3f} s wall, {cpu:.3f} s CPU (best of {args.repeat})"
    )
    kept = [f for t in texts if not t.excluded and (f := analyse_text(t)) is not None]
    for lang in LANGUAGES:
        mine = [f for f in kept if f.language == lang]
        wall, cpu = _timed(partial(profile, lang, mine, ("AI",)))
        print(f"  {lang}: {len(mine)} posts, profile from kept features {wall:.3f} s")
    wall, cpu = _timed(lambda: [analyse_text(t) for t in texts])
    print(f"analysing all texts alone: {wall:.3f} s wall, {cpu:.3f} s CPU")


def _timed(run: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds: on a shared machine CPU time is the steadier figure."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


if __name__ == "__main__":
    main()
