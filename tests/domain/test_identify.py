"""Language identification (issue 23): fi, sv, en, another language with its code, or not sure."""

from __future__ import annotations

import pytest

from app.domain.text.identify import OTHER, identify_language, language_code
from app.domain.text.lang import detect_language
from tests.domain import lang_samples
from tests.domain.other_lang_samples import OTHER as OTHER_SAMPLES
from tests.domain.other_lang_samples import SHORT

OURS = {"fi", "sv", "en"}
# CLD2 cannot always tell Danish from Norwegian (nor can many readers): either is right for both.
SAME = {"no": {"no", "nb", "nn", "da"}, "da": {"da", "no", "nb", "nn"}}


def _all_other() -> list[tuple[str, str]]:
    return [(lang, text) for group in (OTHER_SAMPLES, SHORT) for lang, xs in group.items()
            for text in xs]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), _all_other())
def test_no_other_language_is_taken_for_finnish_swedish_or_english(lang: str, text: str) -> None:
    found = identify_language(text)
    assert found not in OURS
    assert found is None or found in SAME.get(lang, {lang})
    assert identify_language(text, whole=True) not in OURS  # as the draft check reads it


def test_most_other_language_posts_are_named() -> None:
    cases = _all_other()
    named = [t for lang, t in cases if identify_language(t) in SAME.get(lang, {lang})]
    assert len(named) >= 0.9 * len(cases)
    assert len({lang for lang, _ in cases}) >= 12


@pytest.mark.parametrize(
    ("samples", "least"),
    [
        ({"fi": lang_samples.FI, "sv": lang_samples.SV, "en": lang_samples.EN}, 0.97),
        ({"fi": lang_samples.FI_HARD, "sv": lang_samples.SV_HARD, "en": lang_samples.EN_HARD}, 0.9),
    ],
)
def test_finnish_swedish_and_english_as_well_as_the_own_detector(
    samples: dict[str, list[str]], least: float
) -> None:
    total = right = 0
    for lang, texts in samples.items():
        for text in texts:
            found = identify_language(text)
            assert found in (lang, None), text  # never a wrong language
            total += 1
            right += found == lang
            # never worse than the own detector alone on these posts
            assert found == lang or detect_language(text) != lang, text
    assert right >= least * total


@pytest.mark.parametrize(
    "text",
    [
        "为我的团队感到骄傲 father #KpopTime :blobheartcat: :blobcat:",
        "今天天气很好 #MondayMotivation @anna@example.social https://example.org/a",
        "Спасибо всем! #teamwork :party_parrot: great",
        ":blobheartcat: :blobcat: :ablobcatrave: 早上好",
    ],
)
def test_other_scripts_shortcodes_hashtags_and_mentions_are_no_words_of_ours(text: str) -> None:
    assert identify_language(text) not in OURS
    assert detect_language(text) is None  # the own detector sees too few words of its own


def test_a_script_names_its_language_when_the_text_is_too_short_for_cld2() -> None:
    assert identify_language("谢谢") == "zh"
    assert identify_language("ありがとう") == "ja"
    assert identify_language("감사합니다") == "ko"
    assert identify_language("Привет") == OTHER  # Russian, Ukrainian, Bulgarian…: not known


def test_the_archive_declared_language_is_strong_evidence() -> None:
    assert identify_language("Kiitos!", "fi") == "fi"  # too short for anything else
    assert identify_language("Danke!", "de") == "de"
    assert identify_language("Kiitos!", "et") == "et"  # short: the archive knows better
    assert identify_language("😀", "sv") == "sv"
    assert identify_language("谢谢你们 father :blobheartcat:", "zh") == "zh"
    # A Chinese text declared English by a client's default is still not English.
    assert identify_language("今天我在大会上讲了人工智能，谢谢大家！", "en") == "zh"
    # A long German post whose app posted it as English: the text is clearly German.
    german = OTHER_SAMPLES["de"][0] + " " + OTHER_SAMPLES["de"][1]
    assert identify_language(german, "en") == "de"
    # A long Finnish post declared German: CLD2 and the own detector agree it is Finnish.
    finnish = lang_samples.FI[0] + " " + lang_samples.FI[6]
    assert identify_language(finnish, "de") == "fi"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("de", "de"), ("de-AT", "de"), ("zh-Hant", "zh"), ("pt_BR", "pt"), ("ger", "de"),
        ("fin", "fi"), ("in", "id"), ("iw", "he"), ("und", None), ("zxx", None), ("qme", None),
        ("un", None), ("", None), ("12", None), ("english", None), (None, None),
    ],
)  # fmt: skip
def test_language_codes_from_archives_and_cld2(value: object, code: str | None) -> None:
    assert language_code(value) == code


def test_too_short_or_empty_is_not_sure() -> None:
    assert identify_language("") is None
    assert identify_language("#data @anna https://example.org :blobcat:") is None
    assert identify_language("Ok") is None
