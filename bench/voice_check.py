"""The voice check of a 3,000-character draft must take under 20 ms: prints the median time."""

# .venv/bin/python bench/voice_check.py [--runs 300]
#
# Each language gets a realistic draft (clichés, a link, a styled word, a sensitive name, the
# employer's product, line breaks) cut to 3,000 characters, checked as a LinkedIn post (the
# heaviest: fold included) against a pasted source text, with a sensitive list and an employer.
# The phrase book is loaded once, as the app does; the first check (which compiles most pattern
# groups) is reported separately.

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain.checks.flags import Employer
from app.domain.checks.voice_check import check
from app.domain.drafts.networks import Network
from app.services.drafts.phrasebook import load_phrasebook

BUDGET_MS = 20.0
LENGTH = 3000

PARAGRAPHS = {
    "en": (
        "We are proud to announce that CloudBox now syncs offline. I spent the spring on the "
        "import, and honestly it was a game changer for the team: the code is half the size, and "
        "the whole thing got faster in ways that we did not expect when we started, because the "
        "old design had grown over the years into something nobody fully understood any more.\n\n"
        "Check out our latest numbers at https://example.com/blog/offline-sync?utm=feed and tell "
        "me what you think. 𝐁𝐢𝐠 thanks to Contoso for the pilot 🙌🏽\n\n"
    ),
    "fi": (
        "Olemme ylpeitä voidessamme kertoa, että CloudBox toimii nyt myös ilman verkkoa. Tein "
        "tuontia koko kevään, ja lopputulos on aidosti innovatiivinen ratkaisu: koodia on puolet "
        "vähemmän, ja kokonaisuus nopeutui tavoilla, joita emme osanneet odottaa, koska vanha "
        "rakenne oli vuosien mittaan kasvanut sellaiseksi, ettei kukaan enää ymmärtänyt sitä.\n\n"
        "Tutustu uusimpaan julkaisuun https://example.fi/blogi/offline?utm=feed ja kerro, mitä "
        "mieltä olet. 𝐈𝐬𝐨 kiitos Contosolle pilotista 🙌🏽\n\n"
    ),
    "sv": (
        "Vi är stolta över att meddela att CloudBox nu fungerar offline. Jag jobbade med importen "
        "hela våren, och resultatet är en lösningsorienterad helhetslösning: koden är hälften så "
        "stor, och allt blev snabbare på sätt som vi inte väntade oss när vi började, eftersom "
        "den gamla strukturen under åren hade vuxit till något som ingen längre förstod.\n\n"
        "Ta del av våra siffror på https://example.se/blogg/offline?utm=feed och berätta vad du "
        "tycker. 𝐒𝐭𝐨𝐫𝐭 tack till Contoso för piloten 🙌🏽\n\n"
    ),
}


def draft(language: str) -> str:
    text = PARAGRAPHS[language] * (LENGTH // len(PARAGRAPHS[language]) + 1)
    return text[:LENGTH]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=300)
    runs = parser.parse_args().runs

    book = load_phrasebook()
    employer = Employer("Firma", keywords=("CloudBox",))
    sensitive = ("Contoso", "Project Aurora", "Fabrikam")

    typed = iter(range(10**9))

    def once(language: str) -> tuple[float, float]:
        """Wall-clock and CPU milliseconds: on a busy machine the CPU time is the steadier."""
        # A different last word each run, as when typing: no cache can answer from the last run.
        text = draft(language)[:-6] + f"{next(typed) % 100_000:06d}"
        start, cpu = time.perf_counter(), time.process_time()
        check(
            text,
            Network.LINKEDIN,
            phrasebook=book,
            sensitive=sensitive,
            employer=employer,
            source=PARAGRAPHS[language] * 3,
        )
        return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000

    first, _ = once("en")
    medians = {}
    for language in PARAGRAPHS:
        results = [once(language) for _ in range(runs)]
        times = sorted(wall for wall, _ in results)
        medians[language] = statistics.median(times)
        p95 = times[int(len(times) * 0.95) - 1]
        cpu = statistics.median(c for _, c in results)
        print(
            f"{language}: median {medians[language]:.2f} ms (CPU {cpu:.2f} ms), "
            f"p95 {p95:.2f} ms ({runs} runs)"
        )
    worst = max(medians.values())
    print(f"first check (compiles the lists): {first:.2f} ms")
    verdict = "within" if worst < BUDGET_MS else "OVER"
    print(f"voice-check median {worst:.2f} ms for {LENGTH} characters: {verdict} {BUDGET_MS} ms")


if __name__ == "__main__":
    main()
