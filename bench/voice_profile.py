"""Time to build voice profiles from 10,000 generated posts in Finnish, Swedish and English.

``--wide`` also times profiles of posts with a wide vocabulary (tens of thousands of distinct
word forms: compounds of everyday stems with case endings, drawn unevenly, among template
sentences that repeat a phrase in several forms), with the word forms the app gives the
profile where an analyser is installed (Voikko for Finnish), as the voice page builds it: what
counting topics and repeated phrases by base form costs.
"""

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


_STEMS = {  # split into words where used
    "fi": """talo tiimi asiakas johto palvelu kehitys arvo malli tuote kauppa työ raha data
    tieto kone oppi laatu hinta sopimus verkko ohjelma kysymys vastaus palaute kokous projekti
    tavoite tulos riski muutos kasvu markkina yritys osaaja koulutus päätös strategia viesti
    suunnitelma""",
    "sv": """hus team kund ledning tjänst utveckling värde modell produkt handel arbete
    pengar data kunskap maskin kvalitet pris avtal nät program fråga svar möte projekt mål
    resultat risk förändring tillväxt marknad företag utbildning beslut strategi""",
    "en": """house team customer service value model product trade work money data
    knowledge machine quality price contract network program question answer meeting project
    goal result risk change growth market company training decision strategy""",
}
_ENDINGS = {
    "fi": ["", "n", "a", "ssa", "sta", "lla", "lle", "ksi", "t", "ista", "iin"],
    "sv": ["", "en", "et", "er", "erna", "ens", "s"],
    "en": ["", "s", "ing", "ed", "er", "ers"],
}
_REPEATED = {
    "fi": [
        "Tämä on lisäarvoa tuottava ratkaisu meille kaikille.",
        "Etsimme lisäarvoa tuottavaa ratkaisua jo pitkään.",
        "Kerroin lisäarvoa tuottavasta ratkaisusta tiimille.",
    ],
    "sv": [
        "Det här är en värdeskapande lösning för oss.",
        "Vi letar efter värdeskapande lösningar hela tiden.",
    ],
    "en": [
        "This is a value adding solution for all of us.",
        "We keep looking for value adding solutions.",
    ],
}


def wide(language: str, count: int, seed: int = 7) -> list[Text]:
    """``count`` posts in ``language`` with a wide vocabulary (see the module's docstring)."""
    rng = random.Random(seed)
    stems, endings = _STEMS[language].split(), _ENDINGS[language]
    forms = [a + b + e for a in stems for b in stems if a != b for e in endings]
    rng.shuffle(forms)
    weights = [1 / (i + 1) for i in range(len(forms))]  # Zipf: some words often, most rarely
    texts = []
    for i in range(count):
        words = rng.choices(forms, weights=weights, k=rng.randint(20, 60))
        sentences = [
            " ".join(words[j : j + 10]).capitalize() + "." for j in range(0, len(words), 10)
        ]
        sentences.insert(rng.randrange(len(sentences)), rng.choice(_REPEATED[language]))
        sentences.append(rng.choice(_TEMPLATES[language]).format(t="", n=3, p="anna", e="", h=""))
        texts.append(Text(f"w{i}", " ".join(sentences), "linkedin", language, None, False))
    return texts


def time_wide(count: int, repeat: int) -> None:
    from app.services.voice.profile import _word_forms

    for lang in LANGUAGES:
        texts = wide(lang, count)
        kept = [f for t in texts if (f := analyse_text(t)) is not None]
        vocabulary = {w for f in kept for s in f.sentences for w in s.words}
        forms = _word_forms(lang)
        # Each run with a fresh analyser cache (the app's keeps 20,000 words): the first build.
        runs = []
        for _ in range(repeat):
            if forms is not None:
                from app.services import language_tools

                language_tools.forget()
                forms = _word_forms(lang)
            runs.append(_timed(partial(profile, lang, kept, ("AI",), forms)))
        built = profile(lang, kept, ("AI",), forms)
        print(
            f"  wide {lang}: {len(kept)} posts, {len(vocabulary):,} distinct words, "
            f"{'word forms' if forms is not None else 'stemmer'}: profile "
            f"{min(r[0] for r in runs):.3f} s wall, {min(r[1] for r in runs):.3f} s CPU; "
            f"top phrase {built.phrases[0].text!r} in {built.phrases[0].posts} posts"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--wide", action="store_true", help="also the wide-vocabulary profiles")
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
    if args.wide:
        print(f"wide vocabulary, {args.posts:,} posts per language (best of {args.repeat}):")
        time_wide(args.posts, args.repeat)


def _timed(run: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds: on a shared machine CPU time is the steadier figure."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


if __name__ == "__main__":
    main()
