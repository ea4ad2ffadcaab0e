"""Topics and word forms (issue 13, item 7): one term per word whatever its form, through the
Snowball stemmers; only what the person's texts in that language say; no template lines."""

from __future__ import annotations

from app.domain.text import stem, term_keys
from app.domain.voice import Text, build_profiles


def test_the_stemmer_takes_case_endings_off_in_each_language() -> None:
    assert {stem(w, "fi") for w in ("tekoäly", "tekoälyn", "tekoälystä", "tekoälyä")} == {"tekoäly"}
    assert {stem(w, "sv") for w in ("kund", "kunden", "kunder", "kunderna")} == {"kund"}
    assert {stem(w, "en") for w in ("team", "teams")} == {"team"}


def test_finnish_stems_that_change_inside_are_one_term() -> None:
    forms = {
        "kiertotalous": ("kiertotalouden", "kiertotaloudessa", "kiertotaloutta"),
        "asiakas": ("asiakkaan", "asiakkaat", "asiakkaille"),
        "lentäminen": ("lentämisen",),
        "yritys": ("yrityksen", "yritykset"),
    }
    words = [w for base, others in forms.items() for w in (base, *others)]
    keys = term_keys(words, "fi")
    for base, others in forms.items():
        assert {keys[w] for w in others} == {keys[base]}, base
    # Words that only begin alike stay apart.
    apart = term_keys(["asia", "asiakas", "yhteisö", "yhteistyö", "kirja", "kirjoitin"], "fi")
    assert len(set(apart.values())) == 6


def test_english_and_swedish_words_that_begin_alike_stay_apart() -> None:
    """Snowball's English and Swedish stems need no joining, and joining would merge these."""
    assert len(set(term_keys(["community", "communication"], "en").values())) == 2
    assert len(set(term_keys(["kunskap", "kunskaper", "kunna"], "sv").values())) == 2


def _fi(bodies: list[str]) -> list[Text]:
    return [Text(f"fi{i}", body, language="fi") for i, body in enumerate(bodies)]


def test_a_topic_is_counted_in_every_form_and_shown_in_its_basic_form() -> None:
    texts = _fi([
        "Asiakkaan ääni kuului hyvin. Kiertotalouden mallit kiinnostavat.",
        "Tapasin asiakkaat eilen, ja kiertotaloudessa riittää työtä.",
        "Jokainen asiakas on erilainen. Mitä kiertotalous tarkoittaa sinulle?",
    ])  # fmt: skip
    topics = {t.term: t.posts for t in build_profiles(texts, ())["fi"].topics}
    assert topics["asiakas"] == 3 and topics["kiertotalous"] == 3
    assert not {"asiakkaan", "asiakkaat", "kiertotalouden"} & set(topics)


def test_given_topics_only_where_texts_in_that_language_mention_them() -> None:
    texts = [
        *_fi(["Kiertotalous on arkea. Puhuin kiertotaloudesta eilen."]),
        Text("en0", "Hydrogen is the future of heavy transport, I think.", language="en"),
        Text("en1", "More hydrogen trials next week with the whole team.", language="en"),
    ]
    profiles = build_profiles(texts, ("kiertotalous", "vetytalous"))
    assert [(t.term, t.posts) for t in profiles["fi"].topics if t.given] == [("kiertotalous", 1)]
    english = [t.term for t in profiles["en"].topics]
    assert "kiertotalous" not in english and "vetytalous" not in english
    assert "hydrogen" in english


def test_a_line_repeated_word_for_word_gives_no_topics() -> None:
    """The demo person's template line "Tärkeintä oli, että operaattorit olivat mukana alusta
    asti." made "alusta" and "asti" her topics; a repeated line is a phrase of hers."""
    motto = "Tärkeintä oli, että operaattorit olivat mukana alusta asti."
    texts = _fi([
        f"Vety tuotantoon. {motto}",
        f"Kävimme tehtaalla katsomassa vedyn tuotantoa. {motto}",
        f"Vedyn hinta laski. {motto}",
        "Yhteistyö asiakkaan kehitystiimin kanssa nopeutti kaikkea. Vetyä riittää.",
    ])  # fmt: skip
    profile = build_profiles(texts, ())["fi"]
    terms = [t.term for t in profile.topics]
    assert not {"alusta", "asti", "operaattorit", "tärkeintä", "kaikkea"} & set(terms)
    assert any(p.text.startswith("tärkeintä oli että operaattorit") for p in profile.phrases)


def test_a_term_only_ever_tagged_is_shown_as_written() -> None:
    texts = [
        Text(f"en{i}", f"{body}\n\n#CircularEconomy", language="en")
        for i, body in enumerate((
            "We opened a repair shop for old phones today.",
            "Second-hand furniture sold out in a week.",
            "Our paper mill now burns nothing it could reuse.",
        ))
    ]  # fmt: skip
    terms = [t.term for t in build_profiles(texts, ())["en"].topics]
    assert "#CircularEconomy" in terms and "circulareconomy" not in terms


def test_a_topic_example_is_a_sentence_about_it_before_a_line_of_tags() -> None:
    texts = [
        Text("en0", "Short note.\n\n#hydrogen #energy", language="en"),
        Text("en1", "Hydrogen buses reached the north today.\n\n#energy", language="en"),
        Text("en2", "A hydrogen valley needs cheap power first.", language="en"),
    ]
    (hydrogen,) = [t for t in build_profiles(texts, ())["en"].topics if t.term == "hydrogen"]
    assert hydrogen.example is not None
    assert hydrogen.example.quote == "Hydrogen buses reached the north today."
