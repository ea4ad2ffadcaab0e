"""Text analysis: words, sentences, tokens, readability measures and language detection."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.text import (
    ari,
    detect_language,
    emoji_count,
    finnish_syllables,
    hashtags,
    lix,
    long_word_share,
    mentions,
    sentence_spans,
    sentences,
    urls,
    wiio,
    word_spans,
    words,
)
from tests.domain import lang_samples


def test_words_keep_nordic_letters_compounds_and_numbers() -> None:
    text = "Kesä-heinäkuussa EU:n työllisyys kasvoi 3,5 % ja klo 10:30 jäätelö maistui. Don't."
    assert words(text) == [
        "Kesä-heinäkuussa",
        "EU:n",
        "työllisyys",
        "kasvoi",
        "3,5",
        "ja",
        "klo",
        "10:30",
        "jäätelö",
        "maistui",
        "Don't",
    ]


def test_links_mentions_hashtags_and_emoji_are_not_words() -> None:
    text = (
        "Läs mer på https://example.se/a?b=1#c 🎉 tack @anna och @erik@mastodon.social #ledarskap"
    )
    assert words(text) == ["Läs", "mer", "på", "tack", "och"]
    assert urls(text) == ["https://example.se/a?b=1#c"]
    assert mentions(text) == ["@anna", "@erik@mastodon.social"]
    assert hashtags(text) == ["#ledarskap"]


def test_tokens_at_edges() -> None:
    assert urls("See www.example.com/report.") == ["www.example.com/report"]
    assert mentions("mail anna@example.com") == []
    assert hashtags("issue #5 and C# and #1stDay") == ["#1stDay"]
    assert word_spans("hi @x there") == [(0, 2), (6, 11)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("", 0),
        ("no emoji :)", 0),
        ("🎉🎉", 2),
        ("👍🏽 skin tone is one", 1),
        ("family 👨‍👩‍👧 is one", 1),
        ("flag 🇫🇮 is one", 1),
        ("keycap 1️⃣ is one", 1),
        ("❤️ and ✅", 2),
    ],
)
def test_emoji_count(text: str, count: int) -> None:
    assert emoji_count(text) == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Finnish abbreviations, a decimal number and a time do not end sentences.
        (
            "Esim. Anna ja mm. Erik olivat mukana klo 10.30. Hinta oli 3,5 €. Ok!",
            ["Esim. Anna ja mm. Erik olivat mukana klo 10.30.", "Hinta oli 3,5 €.", "Ok!"],
        ),
        # Swedish abbreviations with inner dots.
        (
            "Vi testade bl.a. nya verktyg, t.ex. Miro. Det gick bra.",
            ["Vi testade bl.a. nya verktyg, t.ex. Miro.", "Det gick bra."],
        ),
        # English abbreviations; "etc." ends a sentence only before a capital.
        (
            "Use tools, e.g. Figma, i.e. design ones, etc. and more. Then ship etc. Done?",
            ["Use tools, e.g. Figma, i.e. design ones, etc. and more.", "Then ship etc.", "Done?"],
        ),
        # A bullet list: the lead-in and every bullet are sentences, markers left out.
        (
            "Kolme oppia:\n- kuuntele\n• kysy\n1. anna aikaa",
            ["Kolme oppia:", "kuuntele", "kysy", "anna aikaa"],
        ),
        # Lines end sentences, also without punctuation and after an emoji.
        (
            "Hieno päivä 🎉\nHuomenna lisää\n\nKiitos!",
            ["Hieno päivä 🎉", "Huomenna lisää", "Kiitos!"],
        ),
        # An emoji between sentences on one line ends the first.
        ("Tack alla 🙏 Nästa år igen!", ["Tack alla 🙏", "Nästa år igen!"]),
        # A hard-wrapped sentence that goes on in lower case stays one sentence.
        (
            "This is a long sentence that\ncontinues on the next line. Next one.",
            ["This is a long sentence that\ncontinues on the next line.", "Next one."],
        ),
        # Emoji after the full stop belong to the sentence; a line of hashtags is no sentence.
        ("Done! 🚀🚀 Next?\n#ai #data", ["Done! 🚀🚀", "Next?"]),
        # Ellipsis, quotes and a question mark followed by lower case.
        (
            'Hmm... ehkä. "Miksi?" hän kysyi. Mitä?! ok',
            ["Hmm... ehkä.", '"Miksi?"', "hän kysyi.", "Mitä?!", "ok"],
        ),
        ("", []),
        ("   \n\n 🎉 #tag", []),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentence_spans_point_into_the_text() -> None:
    text = "  Hei kaikki!\n\n- eka\n- toka  "
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["Hei kaikki!", "eka", "toka"]


def test_lix_by_hand() -> None:
    # 8 words, 2 sentences, no word over six letters ("mattan", "korgen" have six).
    assert lix("Katten satt på mattan. Hunden sov i korgen.") == pytest.approx(4.0)
    # 3 words, 1 sentence, 3 long words: 3 + 100.
    assert lix("Organisationen implementerade förändringarna.") == pytest.approx(103.0)
    # 6 words, 2 sentences, 4 long (tekoäly, muuttaa, työelämää, nopeasti): 3 + 66.67.
    fi = "Tekoäly muuttaa työelämää nopeasti. Oletko valmis?"
    assert lix(fi) == pytest.approx(3 + 400 / 6)
    assert long_word_share(fi) == pytest.approx(4 / 6)
    assert lix("") == 0.0
    assert lix("🎉 #tag") == 0.0


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("kauan", 2),
        ("maailma", 3),
        ("hyvää", 2),
        ("tie", 1),
        ("kaikkien", 3),
        ("radio", 3),
        ("lauantai", 3),
        ("ruokailu", 3),
        ("yhteistyö", 3),
        ("tekoäly", 4),
        ("työelämää", 4),
        ("nopeasti", 4),
        ("kesä-heinäkuu", 5),
        ("2026", 0),
    ],
)
def test_finnish_syllables(word: str, syllables: int) -> None:
    assert finnish_syllables(word) == syllables


def test_wiio_by_hand() -> None:
    # Four or more syllables: te-ko-ä-ly, työ-e-lä-mää, no-pe-as-ti: 2.7 + 30 * 3/6.
    assert wiio("Tekoäly muuttaa työelämää nopeasti. Oletko valmis?") == pytest.approx(17.7)
    assert wiio("Kissa istui.") == pytest.approx(2.7)
    assert wiio("") == 0.0


def test_ari_by_hand() -> None:
    # 17 letters, 6 words, 1 sentence: 4.71 * 17/6 + 0.5 * 6 - 21.43.
    assert ari("The cat sat on the mat.") == pytest.approx(4.71 * 17 / 6 + 3 - 21.43)


def _accuracy(samples: dict[str, list[str]]) -> tuple[int, int, list[tuple[str, str | None, str]]]:
    right = total = 0
    wrong: list[tuple[str, str | None, str]] = []
    for lang, texts in samples.items():
        for text in texts:
            got = detect_language(text)
            total += 1
            right += got == lang
            if got not in (lang, None):
                wrong.append((lang, got, text))
    return right, total, wrong


def test_language_detection_on_realistic_posts() -> None:
    samples = {"fi": lang_samples.FI, "sv": lang_samples.SV, "en": lang_samples.EN}
    assert all(len(texts) >= 15 for texts in samples.values())
    right, total, wrong = _accuracy(samples)
    assert wrong == []  # unsure is allowed, a wrong language is not
    assert right / total >= 0.97, f"{right}/{total}"


def test_language_detection_on_very_short_and_loanword_posts() -> None:
    samples = {"fi": lang_samples.FI_HARD, "sv": lang_samples.SV_HARD, "en": lang_samples.EN_HARD}
    right, total, wrong = _accuracy(samples)
    assert wrong == []
    assert right / total >= 0.9, f"{right}/{total}"


@pytest.mark.parametrize("text", ["", "Hei!", "🎉🎉🎉", "#ai #data @anna", "OK 👍", "123 456 789"])
def test_language_unknown_when_too_short(text: str) -> None:
    assert detect_language(text) is None


def test_finnish_and_swedish_without_nordic_letters() -> None:
    assert detect_language("Tama on hyva esimerkki siita miten teksti kirjoitetaan") == "fi"
    assert detect_language("Det har ar ett bra exempel pa hur man skriver utan prickar") == "sv"


@given(st.text())
def test_no_exception_and_sane_values_on_any_text(text: str) -> None:
    assert lix(text) >= 0
    assert wiio(text) >= 0
    assert 0 <= long_word_share(text) <= 1
    assert emoji_count(text) >= 0
    assert detect_language(text) in (None, "fi", "sv", "en")
    ari(text)
    urls(text), mentions(text), hashtags(text)


@given(st.text(alphabet=st.sampled_from("ab äö.!?…\n-•#@🎉:/,1 ")))
def test_sentence_spans_are_ordered_trimmed_and_hold_words(text: str) -> None:
    spans = sentence_spans(text)
    for (_, b), (c, _) in pairwise(spans):
        assert b <= c
    for a, b in spans:
        assert 0 <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
    # Every word lies in exactly one sentence.
    for start, end in word_spans(text):
        assert sum(1 for a, b in spans if a <= start and end <= b) == 1


def test_detection_reads_the_opening_and_agrees_with_the_word_count_path() -> None:
    # The quick detector (imports) and the one over counted words (profiles) weigh the same
    # evidence: on every sample they give the same answer.
    from app.domain.text.lang import SAMPLE_CHARS, language_of

    for texts in (lang_samples.FI, lang_samples.SV, lang_samples.EN, lang_samples.FI_HARD,
                  lang_samples.SV_HARD, lang_samples.EN_HARD):  # fmt: skip
        for text in texts:
            assert detect_language(text) == language_of(words(text)), text
    # Only the opening counts: a Finnish post that quotes a long English passage later on.
    finnish = "Tänään mietin, miksi meillä on niin vaikeaa puhua keskeneräisistä asioista. " * 5
    assert len(finnish) >= SAMPLE_CHARS
    english = " And here is the whole English article that I quoted at the end of it." * 40
    assert detect_language(finnish + english) == "fi"
    assert detect_language(english + finnish) == "en"


_OLD_HASHTAG = re.compile(r"(?<![\w#&])#[^\W\d_]\w*|(?<![\w#&])#\d+[^\W\d]\w*")


@given(st.text(alphabet="#&@ab1_ä.:/wWhtps -\n", max_size=40))
def test_hashtags_found_as_before_the_faster_pattern(text: str) -> None:
    from app.domain.text.tokens import HASHTAG, URL

    def old(t: str) -> list[str]:
        blanked = URL.sub(lambda m: " " * len(m.group()), t)
        return _OLD_HASHTAG.findall(blanked)

    assert HASHTAG.findall(text) == _OLD_HASHTAG.findall(text)
    assert hashtags(text) == old(text)
    assert mentions(text) == mentions_as_before(text)


def mentions_as_before(text: str) -> list[str]:
    from app.domain.text.tokens import MENTION, URL

    return MENTION.findall(URL.sub(lambda m: " " * len(m.group()), text))
