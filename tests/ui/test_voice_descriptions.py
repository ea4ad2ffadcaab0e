"""Voice descriptions that are true (issue 13, item 7), in English, Finnish and Swedish: on the
demo person's texts and on a profile of one text. Every sentence stands whole (no "like:" with
nothing after it), no example is shown twice, the marks sentence's example shows the marks it
names, topics come from the person's own texts in that language, and a range only where there
is one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.text import emoji_count
from app.domain.text.wordlists import Language
from app.domain.voice import Text, VoiceProfile, build_profiles
from app.services.clock import FixedClock
from app.services.voice.profile import VoiceService
from app.storage.quick import QuickReader
from app.storage.voice import read as corpus_read
from app.ui.kit.i18n import Translations
from app.ui.voice.traits import Trait, traits
from tests.fixed_clock import TEST_DAY
from tests.ui.pages_harness import demo_template

__all__ = ["demo_template"]  # fixture
UI_LANGUAGES = ("en", "fi", "sv")
# What a sentence that promises an example ends with, in each language (the old wording).
LIKE = ("like:", "For example:", "esimerkiksi:", "Esimerkiksi:", "till exempel:", "Till exempel:")


@pytest.fixture(scope="module")
def demo(demo_template: Path) -> Iterator[tuple[dict[Language, VoiceProfile], list[str]]]:
    """The demo person's profiles as the page shows them, and her texts."""
    reader = QuickReader(demo_template / "ownvoice.db")
    try:
        state = VoiceService(FixedClock(TEST_DAY)).state(reader)
        texts = corpus_read.read_texts(reader.connection)
        yield state.profiles, [f"{t.language}\0{t.text}" for t in texts]
    finally:
        reader.close()


def _check_whole(found: list[Trait], where: str) -> list[str]:
    problems = []
    shown: list[str] = []
    for trait in found:
        if trait.sentence.rstrip().endswith((":", *LIKE)):
            problems.append(f"{where}: a sentence waits for an example: {trait.sentence!r}")
        shown += trait.examples
    repeated = {e for e in shown if shown.count(e) > 1}
    problems += [f"{where}: example shown twice: {e}" for e in repeated]
    for trait in found:  # "between 117 and 117"
        numbers = re.findall(r"\d[\d\s.,]*\d|\d", trait.sentence)
        if len(numbers) >= 3 and numbers[-1] == numbers[-2] and "–" not in trait.sentence:
            problems.append(f"{where}: a range of one value: {trait.sentence!r}")
        if re.search(r"(\d+)–\1\b", trait.sentence):
            problems.append(f"{where}: a range of one value: {trait.sentence!r}")
    return problems


@pytest.mark.parametrize("ui", UI_LANGUAGES)
def test_the_demo_persons_descriptions_are_true(
    demo: tuple[dict[Language, VoiceProfile], list[str]], translations: Translations, ui: str
) -> None:
    profiles, _ = demo
    translations.apply(ui)
    assert sorted(profiles) == ["en", "fi"]
    problems = []
    for lang, profile in profiles.items():
        found = traits(profile)
        problems += _check_whole(found, f"{ui} {lang}")
        # The marks sentence's examples show each mark it names.
        (marks,) = [t for t in found if "#" in " ".join(t.examples) and emoji_count(t.sentence)
                    == 0 and ("%" in t.sentence)]  # fmt: skip
        shown = " ".join(marks.examples)
        if profile.emoji.share > 0:
            assert emoji_count(shown) > 0, marks
        if profile.hashtags.share > 0:
            assert "#" in shown, marks
    assert not problems, "\n".join(problems)


def test_the_demo_persons_topics_are_her_own_in_each_language(
    demo: tuple[dict[Language, VoiceProfile], list[str]],
) -> None:
    profiles, texts = demo
    for lang, profile in profiles.items():
        own = " ".join(t.split("\0", 1)[1].lower() for t in texts if t.startswith(f"{lang}\0"))
        for topic in profile.topics:
            assert topic.posts > 0, topic
            assert topic.term.lower().split()[0].lstrip("#")[:5] in own, (lang, topic.term)
    finnish = {t.term for t in profiles["fi"].topics}
    english = {t.term for t in profiles["en"].topics}
    # Her Finnish onboarding topics are not what she writes about in English; the words of
    # her template sentences ("asiakkaan", "kaikkea", "alusta asti") are not topics at all.
    assert not {"kiertotalous", "vetytalous", "uusiutuvat polttoaineet"} & english
    assert "kiertotalous" in finnish
    assert not {"asiakkaan", "kaikkea", "alusta", "asti", "team"} & (finnish | english)
    assert "circulareconomy" not in english


ONE_TEXT = {
    "fi": "Kirjoitin eilen kiertotaloudesta. Mietin, miksi muutos on hidasta. 🌱 #kiertotalous",
    "sv": "Jag skrev om cirkulär ekonomi igår. Varför går det så långsamt? 🌱 #cirkulär",
    "en": "I wrote about the circular economy yesterday. Why is it so slow? 🌱 #circulareconomy",
}
ONE_POST_LENGTH = {
    "en": "Your post is {n} characters long.",
    "fi": "Julkaisusi on {n} merkkiä pitkä.",
    "sv": "Ditt inlägg är {n} tecken långt.",
}


@pytest.mark.parametrize("ui", UI_LANGUAGES)
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_one_text_profile_says_nothing_it_cannot_show(
    translations: Translations, ui: str, lang: Language
) -> None:
    translations.apply(ui)
    body = ONE_TEXT[lang]
    profile = build_profiles([Text("only", body, language=lang)], ("kiertotalous", "ledarskap"))[
        lang
    ]
    found = traits(profile)
    assert not _check_whole(found, f"{ui} {lang}")
    sentences = [t.sentence for t in found]
    # One post has a length, not a usual length and a range.
    assert ONE_POST_LENGTH[ui].format(n=len(body)) in sentences
    # A given topic is named only where the text mentions it.
    topics = " ".join(s for s in sentences if "kiertotalous" in s or "ledarskap" in s)
    assert ("kiertotalous" in topics) == (lang == "fi")
    assert "ledarskap" not in topics
    for trait in found:
        for example in trait.examples:
            assert example[1:-1] in " ".join(body.split()), example


def test_the_stemmer_loads_off_the_way_to_the_page() -> None:
    """Opening Your voice (its page, its words, the profile's types) loads no stemmer: that
    happens on the worker, at the first profile build (issue 13)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import app.ui.pages.voice, app.ui.voice.traits, app.domain.voice, app.domain.text\n"
        "print('snowballstemmer' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
