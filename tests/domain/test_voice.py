"""The voice profile: traits from small realistic corpora, examples, exclusions, comparison."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.text import Language
from app.domain.voice import Excerpt, Text, VoiceProfile, build_profiles, build_voice, compare

FI_POSTS = [
    "Mitä jos palaverit olisivat puolet lyhyempiä?\n\n"
    "Kokeilimme tiimissä kuukauden ajan 25 minuutin palavereita. Tulokset:\n"
    "- päätökset syntyivät nopeammin\n"
    "- kukaan ei kaivannut vanhaa mallia\n\n"
    "Mitä mieltä olet? #johtaminen #tiimityö",
    "Miksi me aina kiirehdimme?\n\n"
    "Meillä on tiimissä tapana pysähtyä perjantaisin. Käymme yhdessä läpi viikon oppimiset, "
    "esim. mikä onnistui ja mikä ei.\n\n"
    "Mitä mieltä olet? #johtaminen",
    "Onko palaute teidän työpaikallanne lahja vai pelko?\n\n"
    "Meillä palautetta annetaan joka viikko, ja se on muuttanut tapaamme johtaa.\n\n"
    "Mitä mieltä olet? #johtaminen #palaute",
    "Kuka muu on huomannut, että tekoäly muuttaa asiakaspalvelua nopeasti?\n\n"
    "Me otimme tekoälyn käyttöön keväällä. Asiakaspalvelun jonot lyhenivät puoleen.\n\n"
    "Mitä mieltä olet? #tekoäly",
    "Kiitos @anna hienosta keskustelusta podcastissa! 🙏 Puhuimme johtamisesta ja tekoälystä.",
]
SV_POSTS = [
    "Tack alla som kom på frukostseminariet idag! Jag lärde mig mycket av era frågor.",
    "Tack för en fin vecka, teamet. Jag är stolt över det vi har byggt tillsammans.",
    "Tack @sara för ett bra samtal om ledarskap. Jag tar med mig tre saker:\n"
    "- lyssna mer\n- fråga oftare\n- ge tid\n#ledarskap",
    "Idag pratade jag om ledarskap i förändring. Vi är många som söker nya sätt att leda.",
]
EN_POSTS = [
    "I shipped my first open source library today 🚀 It took me a year of evenings.\n\n"
    "Read the story: https://example.com/story",
    "I learned more from one failed launch than from five successful ones. "
    "Here is what I changed.\n\nRead the story: https://example.com/failure",
    "Three things I wish I knew as a new manager:\n- listen first\n- ask more\n- write it down",
    "I think remote work is a skill, not a perk. We practise it every week 💡",
]


def _texts(bodies: list[str], prefix: str, channel: str = "linkedin") -> list[Text]:
    return [Text(f"{prefix}{i}", body, channel) for i, body in enumerate(bodies)]


def _corpus() -> list[Text]:
    return _texts(FI_POSTS, "fi") + _texts(SV_POSTS, "sv") + _texts(EN_POSTS, "en", "x")


@pytest.fixture(scope="module")
def profiles() -> dict[Language, VoiceProfile]:
    return build_profiles(_corpus(), topics=("johtaminen", "tekoäly", "ledarskap"))


def _excerpts(value: Any) -> Iterator[Excerpt]:
    if isinstance(value, Excerpt):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _excerpts(getattr(value, field.name))
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _excerpts(item)


def test_one_profile_per_language(profiles: dict[Language, VoiceProfile]) -> None:
    assert sorted(profiles) == ["en", "fi", "sv"]
    assert profiles["fi"].posts == len(FI_POSTS)
    assert profiles["sv"].posts == len(SV_POSTS)


def test_finnish_opens_with_a_question_and_ends_with_the_same_one(
    profiles: dict[Language, VoiceProfile],
) -> None:
    fi = profiles["fi"]
    opener = fi.openers[0]
    assert (opener.kind, opener.posts) == ("question", 4)
    assert opener.example.quote == "Mitä jos palaverit olisivat puolet lyhyempiä?"
    kinds = {(p.kind, p.value) for p in fi.sign_offs}
    assert ("hashtags", "") in kinds
    assert ("question", "") in kinds
    assert ("line", "mitä mieltä olet?") in kinds
    (tags,) = [p for p in fi.sign_offs if p.kind == "hashtags"]
    assert tags.example.quote == "Mitä mieltä olet? #johtaminen #tiimityö"
    assert FI_POSTS[0][slice(*tags.example.focus)] == "#johtaminen #tiimityö"
    phrases = [p.text for p in fi.phrases]
    assert "mitä mieltä olet" in phrases
    assert "mitä mieltä" not in phrases  # it only ever comes inside the longer phrase
    assert fi.questions.median == 2
    assert fi.hashtags.mean == pytest.approx(6 / 5)
    assert fi.hashtags.share == pytest.approx(4 / 5)


def test_finnish_writes_we_more_than_i(profiles: dict[Language, VoiceProfile]) -> None:
    person = profiles["fi"].person
    # "me", "Meillä", "Meillä", "Me" against no "minä".
    assert (person.singular, person.plural) == (0, 4)
    assert person.singular_share == 0
    assert person.plural_example is not None
    assert person.plural_example.quote[slice(*_relative(person.plural_example))].lower() in {
        "me",
        "meillä",
    }


def _relative(excerpt: Excerpt) -> tuple[int, int]:
    return excerpt.focus[0] - excerpt.start, excerpt.focus[1] - excerpt.start


def test_swedish_thanks_and_writes_i(profiles: dict[Language, VoiceProfile]) -> None:
    sv = profiles["sv"]
    assert sv.openers[0].kind == "thanks"
    assert sv.openers[0].posts == 3
    # "Jag ... mig", "Jag", "jag ... mig", "jag" against "vi", "Vi".
    assert (sv.person.singular, sv.person.plural) == (6, 2)
    # A given topic is listed in a language only when texts in that language mention it.
    given = {t.term: t.posts for t in sv.topics if t.given}
    assert given == {"ledarskap": 2}


def test_english_signs_off_with_a_link_and_uses_emoji(
    profiles: dict[Language, VoiceProfile],
) -> None:
    en = profiles["en"]
    assert ("link", "") in {(p.kind, p.value) for p in en.sign_offs}
    assert ("line", "read the story:") in {(p.kind, p.value) for p in en.sign_offs}
    assert en.emoji.share == pytest.approx(0.5)
    assert en.person.singular >= 6
    assert [c.channel for c in en.channels] == ["x"]
    first = en.openers[0]
    assert (first.kind, first.value) in {("first_singular", ""), ("word", "i")}


def test_topics_combine_given_and_frequent(profiles: dict[Language, VoiceProfile]) -> None:
    topics = profiles["fi"].topics
    given = {t.term: t.posts for t in topics if t.given}
    assert given == {"johtaminen": 4, "tekoäly": 2}  # "ledarskap": no Finnish text has it
    frequent = [t.term for t in topics if not t.given]
    assert "tiimissä" in frequent or "palaute" in frequent


def test_every_example_points_at_a_real_excerpt(profiles: dict[Language, VoiceProfile]) -> None:
    bodies = {t.id: t.body for t in _corpus()}
    found = [e for p in profiles.values() for e in _excerpts(p)]
    assert len(found) > 30
    for excerpt in found:
        body = bodies[excerpt.text_id]
        assert body[excerpt.start : excerpt.end] == excerpt.quote
        assert excerpt.start <= excerpt.focus[0] < excerpt.focus[1] <= excerpt.end


def test_sentence_length_and_channel_length(profiles: dict[Language, VoiceProfile]) -> None:
    fi = profiles["fi"]
    assert fi.sentence_length.low <= fi.sentence_length.median <= fi.sentence_length.high
    example = fi.sentence_length.example
    assert example is not None
    assert abs(len(example.quote.split()) - fi.sentence_length.median) <= 1
    (linkedin,) = fi.channels
    assert linkedin.chars.median == sorted(len(b) for b in FI_POSTS)[2]


def test_excluded_texts_are_ignored() -> None:
    texts = _texts(FI_POSTS, "fi")
    noise = Text("x", "I love writing long English sentences about cats and dogs.", excluded=True)
    hidden = Text("y", "Minä minä minä olen aina yksin ja kirjoitan minusta.", excluded=True)
    with_excluded = build_voice([*texts, noise, hidden])
    assert with_excluded.excluded == 2
    assert with_excluded.profiles == build_voice(texts).profiles


def test_undetected_texts_are_skipped_and_counted() -> None:
    built = build_voice([*_texts(FI_POSTS, "fi"), Text("e", "🎉🎉"), Text("h", "#ai #data")])
    assert built.undetected == 2
    assert built.used == len(FI_POSTS)
    assert list(built.profiles) == ["fi"]


def test_given_language_is_used_as_is() -> None:
    built = build_voice([Text("1", "Hei!", language="fi"), Text("2", "Ok 👍", language="fi")])
    assert built.profiles["fi"].posts == 2
    assert built.undetected == 0


def test_compare_a_draft_with_the_profile(profiles: dict[Language, VoiceProfile]) -> None:
    fi = profiles["fi"]
    draft = (
        "Minä olen viime aikoina pohtinut hyvin pitkään ja perusteellisesti sitä, miten "
        "organisaatioiden johtamiskulttuurit muuttuvat, kun tekoälyavusteiset työkalut "
        "yleistyvät kaikkialla asiantuntijatyössä. 🎉🎉🎉"
    )
    found = {d.kind: d for d in compare(draft, fi, channel="linkedin")}
    assert found["sentence_length"].direction == "above"
    assert found["lix"].direction == "above"
    assert found["emoji"].value == 3 and found["emoji"].direction == "above"
    assert found["questions"].direction == "below"
    assert found["length"].high == fi.channels[0].chars.high
    assert found["person"].direction == "above"  # "minä" where the person writes "me"
    typical = (
        "Mitä jos kokeilisit tätä?\n\nMeillä kokeiltiin lyhyitä palavereita.\n\nMitä mieltä olet?"
    )
    directions = {d.kind: d.direction for d in compare(typical, fi)}
    for kind in ("questions", "emoji", "person", "exclamations", "mentions"):
        assert directions[kind] == "within", kind


_WORDS = ["Mitä", "mieltä", "olet", "tiimi", "me", "minä", "Tack", "jag", "vi", "I", "we"]
_PIECES = st.sampled_from([*_WORDS, "?", "!", ".", "\n", "\n- ", " 🎉", " #ai", " @anna", "3,5"])
_BODIES = st.lists(_PIECES, min_size=1, max_size=30).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(st.lists(_BODIES, min_size=1, max_size=12), st.randoms(use_true_random=False))
def test_profile_does_not_depend_on_text_order(bodies: list[str], rnd: Any) -> None:
    texts = [Text(str(i), b, ("x", "linkedin")[i % 2], "fi") for i, b in enumerate(bodies)]
    shuffled = texts[:]
    rnd.shuffle(shuffled)
    assert build_profiles(shuffled, ("tiimi",)) == build_profiles(texts, ("tiimi",))


# compare()'s measures, in the order it lists them; the counts are there for any draft.
MEASURES = ("sentence_length", "lix", "long_words", "person", "questions", "exclamations",
            "emoji", "hashtags", "mentions", "length")  # fmt: skip
COUNTED = ("questions", "exclamations", "emoji", "hashtags", "mentions", "length")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(), max_size=5), st.sampled_from(["fi", "sv", "en"]))
def test_no_exception_on_any_text(bodies: list[str], lang: Any) -> None:
    texts = [Text(str(i), b, "x", lang) for i, b in enumerate(bodies)]
    for profile in build_profiles(texts).values():
        assert profile.lix.low >= 0
        assert all(p.share <= 1 for p in profile.openers)
        for body in bodies:
            deviations = compare(body, profile, "x")
            kinds = [d.kind for d in deviations]
            assert kinds == [k for k in MEASURES if k in kinds]  # each once, in order
            assert [k for k in kinds if k in COUNTED] == list(COUNTED)
            for d in deviations:
                assert d.low <= d.typical <= d.high, d
                expected = "below" if d.value < d.low else "above" if d.value > d.high else "within"
                assert d.direction == expected, d
    build_voice(Text(str(i), b) for i, b in enumerate(bodies))


_OPENINGS = [
    "Kävin eilen seminaarissa, jossa puhuttiin aiheesta vetytalous. Mitä mieltä olet?",
    "Luin raportin aiheesta kiertotalous ja isot linjat yllättivät. Mitä mieltä olet?",
    "Tiimimme kokeili uutta tapaa suunnitella vetytalouden hankkeita.",
    "Asiakkaan kanssa pohdimme kiertotalouden isot kysymykset uudelleen.",
    "Viikon oppi: kiertotalous alkaa hankinnoista, ei kierrätyksestä.",
]


def test_a_sentence_said_again_and_again_is_one_phrase_not_its_pieces() -> None:
    motto = "Pienet kokeilut voittavat isot suunnitelmat, ja se pätee myös meillä."
    texts = [Text(f"p{i}", f"{opening}\n\n{motto}") for i, opening in enumerate(_OPENINGS)]
    fi = build_profiles(texts, ())["fi"]
    phrases = [p.text for p in fi.phrases]
    whole = "pienet kokeilut voittavat isot suunnitelmat ja se pätee myös meillä"
    assert whole in phrases
    pieces = [p for p in phrases if p != whole and p in whole]
    assert pieces == []  # not "se pätee myös meillä", "kokeilut voittavat isot suunnitelmat", …
    (shown,) = [p for p in fi.phrases if p.text == whole]
    assert shown.posts == 5 and shown.example.quote == motto


def test_everyday_words_are_not_listed_as_topics() -> None:
    texts = [Text(f"p{i}", body) for i, body in enumerate(_OPENINGS)]
    terms = [t.term for t in build_profiles(texts, ())["fi"].topics]
    assert "kiertotalous" in terms  # what she writes about
    assert not {"aiheesta", "isot", "aihe", "iso", "mieltä"} & set(terms)  # how anyone writes
