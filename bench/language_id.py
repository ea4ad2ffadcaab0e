"""Accuracy and speed of language identification (issue 23; docs/VOICE.md, "Other languages").

    python bench/language_id.py [--posts 6000] [--seed 23]

1. The short posts of the tests (tests/domain/lang_samples.py: 150 realistic and 30 very short
   or loanword-heavy posts in fi/sv/en): the own detector alone (``detect_language``) against the
   combination (``identify_language``): right, "not sure", wrong.
2. A generated mixed corpus: posts of bench/voice_profile.py's generator in fi/sv/en (50/20/30),
   and posts made of the other-language sentences of tests/domain/other_lang_samples.py (one to
   three sentences, with hashtags, mentions, links, emoji and custom emoji shortcodes), 40 % of
   the corpus; once with the text alone, once with a declared language as X and Mastodon give
   it (right for 85 %, an app's default "en" for 10 %, none for 5 %).
3. Time per text, and CLD2's import time (paid once, at the first text).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

_started = time.perf_counter()
import pycld2  # noqa: E402, F401  (timed: what the first identification pays once)

CLD2_IMPORT = time.perf_counter() - _started

from voice_profile import _EMOJI, _HASHTAGS, _PARTS, _TEMPLATES, _TOPICS  # noqa: E402

from app.domain.text import detect_language  # noqa: E402
from app.domain.text.identify import identify_language  # noqa: E402
from tests.domain import lang_samples  # noqa: E402
from tests.domain.other_lang_samples import OTHER, SHORT  # noqa: E402

OURS = ("fi", "sv", "en")
NORDIC = {"no", "nb", "nn", "da"}
_MARKS = ["#tiimi", "#AI", "@anna", "@bob@mastodon.example", "https://example.org/a/1",
          ":blobheartcat:", ":party_parrot:", "🎉", "🙏", ""]  # fmt: skip


def _right(lang: str, found: str | None) -> bool:
    return found == lang or (lang in NORDIC and found in NORDIC)


def short_posts() -> None:
    print("fi/sv/en short posts of the tests: right / not sure / wrong")
    sets = {
        "150 posts": {"fi": lang_samples.FI, "sv": lang_samples.SV, "en": lang_samples.EN},
        "30 very short or loanword-heavy": {
            "fi": lang_samples.FI_HARD, "sv": lang_samples.SV_HARD, "en": lang_samples.EN_HARD
        },
    }  # fmt: skip
    for name, samples in sets.items():
        for label, judge in (("own detector", detect_language), ("combined", identify_language)):
            found = Counter(
                "right" if (got := judge(t)) == lang else "unsure" if got is None else "wrong"
                for lang, texts in samples.items()
                for t in texts
            )
            print(f"  {name:<32} {label:<13} {found['right']:4} / {found['unsure']:3} / "
                  f"{found['wrong']:3}")  # fmt: skip


def _ours(count: int, rng: random.Random) -> list[tuple[str, str]]:
    """Posts as bench/voice_profile.py's ``generate`` makes them, with their language."""
    found = []
    for _ in range(count):
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
        found.append((lang, ("\n\n" if rng.random() < 0.6 else " ").join(parts)))
    return found


def mixed_corpus(posts: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    ours = _ours(int(posts * 0.6), rng)
    sentences = {lang: xs + SHORT.get(lang, []) for lang, xs in OTHER.items()}
    codes = sorted(sentences)
    others: list[tuple[str, str]] = []
    for _ in range(posts - len(ours)):
        lang = rng.choice(codes)
        parts = rng.sample(sentences[lang], min(len(sentences[lang]), rng.randint(1, 3)))
        marks = " ".join(rng.sample(_MARKS, rng.randint(0, 3))).strip()
        others.append((lang, " ".join(parts) + (" " + marks if marks else "")))
    corpus = ours + others
    rng.shuffle(corpus)
    return corpus


def declared(lang: str, rng: random.Random) -> str | None:
    roll = rng.random()
    return lang if roll < 0.85 else "en" if roll < 0.95 else None


def measure(corpus: list[tuple[str, str]], seed: int, with_declared: bool) -> None:
    rng = random.Random(seed)
    tally: Counter[str] = Counter()
    started = time.perf_counter()
    for lang, text in corpus:
        said = declared(lang, rng) if with_declared else None
        found = identify_language(text, said)
        side = "ours" if lang in OURS else "other"
        if _right(lang, found):
            tally[f"{side} right"] += 1
        elif found is None:
            tally[f"{side} unsure"] += 1
        elif found in OURS:
            tally[f"{side} as fi/sv/en"] += 1
        else:
            tally[f"{side} another code"] += 1
    spent = time.perf_counter() - started
    n_ours = sum(1 for lang, _ in corpus if lang in OURS)
    n_other = len(corpus) - n_ours
    title = "with declared languages" if with_declared else "text alone"
    print(f"  {title}: {spent / len(corpus) * 1e6:.0f} µs a text")
    print(f"    fi/sv/en posts ({n_ours}): right {tally['ours right']}, not sure "
          f"{tally['ours unsure']}, another of fi/sv/en {tally['ours as fi/sv/en']}, "
          f"another language {tally['ours another code']}")  # fmt: skip
    print(f"    other-language posts ({n_other}): right {tally['other right']}, not sure "
          f"{tally['other unsure']}, another code {tally['other another code']}, "
          f"taken for fi/sv/en {tally['other as fi/sv/en']}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=6000)
    parser.add_argument("--seed", type=int, default=23)
    args = parser.parse_args()
    print(f"CLD2 import: {CLD2_IMPORT * 1000:.1f} ms (once, at the first text)")
    short_posts()
    corpus = mixed_corpus(args.posts, args.seed)
    langs = len({lang for lang, _ in corpus})
    print(f"generated mixed corpus: {len(corpus)} posts in {langs} languages, seed {args.seed}")
    measure(corpus, args.seed, with_declared=False)
    measure(corpus, args.seed, with_declared=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
