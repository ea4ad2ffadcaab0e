"""Who speaks in a draft, corporate language, and how hard it reads, in fi, sv and en (issue 13:
"Finnish first person from verb endings", "the company we", "added value", "LIX 84 passes")."""

from __future__ import annotations

import pytest

from app.domain.checks.flags import Flag, FlagKind, find_flags
from app.domain.checks.phrases import PhraseBook
from app.domain.checks.readability import Readability, lix_of, readability
from app.domain.checks.voice_check import check
from app.domain.drafts.networks import Network
from app.domain.text import lix, sentence_spans, words
from app.domain.text.person import is_first_plural, is_first_singular
from app.services.drafts.phrasebook import load_phrasebook
from tests.domain.test_checks import IMPERSONAL


@pytest.fixture(scope="module")
def book() -> PhraseBook:
    return load_phrasebook()


def kinds(text: str, book: PhraseBook, language: str | None) -> list[FlagKind]:
    return [f.kind for f in find_flags(text, language=language, phrasebook=book)]


def of_kind(text: str, book: PhraseBook, language: str, kind: FlagKind) -> list[Flag]:
    return [f for f in find_flags(text, language=language, phrasebook=book) if f.kind is kind]


# The demo person's own draft (app/services/demo/drafts.py): "minut" is the person.
DEMO_DRAFT = (
    "Olemme ylpeitä voidessamme kertoa, että testasimme viime viikolla uutta vetyputken "
    "tiivistettä.\n\n"
    "Kolme asiaa, jotka yllättivät minut:\n"
    "- Vuodot löytyivät liitoksista, eivät putkesta.\n"
    "- Pakkanen ei ollut ongelma, lämpövaihtelu oli.\n"
    "- Paras havainto tuli asentajalta, ei mittarista.\n\n"
    "Mitä sinä olet oppinut kenttätesteistä?"
)


def test_the_demo_draft_has_a_personal_angle(book: PhraseBook) -> None:
    from app.services.demo import drafts as demo

    assert demo._DRAFT == DEMO_DRAFT  # the test follows the demo
    found = kinds(DEMO_DRAFT, book, "fi")
    assert FlagKind.NO_PERSONAL_ANGLE not in found
    assert FlagKind.COMPANY_VOICE not in found  # "minut" says I, beside "olemme"
    assert FlagKind.CLICHE in found  # the stock phrase it was written with is still found


# -- Finnish: the person on the verb -------------------------------------------------------------


@pytest.mark.parametrize(
    "personal",
    [
        "Opin tästä paljon.",
        "Kirjoitin tästä jo keväällä.",
        "Mietin pitkään, kannattaako tätä kertoa.",
        "Olen tehnyt tätä kolme vuotta.",
        "Tulokset yllättivät minut.",
        "Huomasin saman asian.",
        "Tajusin vasta myöhemmin, miksi.",
        "Ajattelin ensin toisin.",
        "Opiskelen nyt tätä lisää.",
        "Keskustelin asiasta asentajan kanssa.",
        "Suosittelisin tätä kaikille.",
        "Olenkin miettinyt tätä.",  # a clitic on the verb
        "Minäkin olin yllättynyt.",
        "Kokemukseni mukaan näin käy usein.",
        "Mua jännitti.",
        "En usko, että tämä riittää.",
    ],
)
def test_finnish_first_person_from_verb_endings_and_pronouns(
    book: PhraseBook, personal: str
) -> None:
    text = IMPERSONAL["fi"] + " " + personal
    assert FlagKind.NO_PERSONAL_ANGLE not in kinds(text, book, "fi")


@pytest.mark.parametrize(
    "word",
    [
        "kurssin", "taksin", "kriisin", "analyysin", "Pariisin", "puhelin", "tiimin",
        "projektin", "arkisin", "aamuisin", "mielenkiintoisin", "yleisin", "asiakkaan",
    ],
)  # fmt: skip
def test_finnish_nouns_and_adverbs_are_not_the_person(word: str) -> None:
    assert not is_first_singular(word, "fi")


@pytest.mark.parametrize(
    "word",
    ["olen", "opin", "kirjoitin", "mietin", "minut", "mut", "huomasin", "pelkäsin", "olisin",
     "opinkin", "ajattelin", "kuuntelen", "mielestäni", "enkä"],
)  # fmt: skip
def test_finnish_first_person_words(word: str) -> None:
    assert is_first_singular(word, "fi")


@pytest.mark.parametrize(
    ("language", "word", "plural"),
    [
        ("fi", "olemme", True), ("fi", "asiakkaillemme", True), ("fi", "meidän", True),
        ("fi", "teimmekin", True), ("fi", "emme", True), ("fi", "me", True),
        ("sv", "vi", True), ("sv", "vår", True), ("sv", "jag", False),
        ("en", "our", True), ("en", "we're", True), ("en", "US", False), ("en", "us", True),
    ],
)  # fmt: skip
def test_first_person_plural(language: str, word: str, plural: bool) -> None:
    assert is_first_plural(word, language) is plural


# -- the company "we" -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "first_we"),
    [
        (
            "fi",
            "Tarjoamme asiakkaillemme merkittävää lisäarvoa uudella palvelullamme.",
            "Tarjoamme",
        ),
        ("fi", "Meidän tiimimme on jälleen onnistunut.", "Meidän"),
        ("sv", "Vi lanserar vår nya tjänst för kunderna i dag.", "Vi"),
        ("en", "We are launching our new platform for teams today.", "We"),
    ],
)
def test_the_company_we_is_flagged_even_in_a_short_post(
    book: PhraseBook, language: str, text: str, first_we: str
) -> None:
    (flag,) = of_kind(text, book, language, FlagKind.COMPANY_VOICE)
    assert flag.text == first_we
    assert len(flag.marks) >= 2  # every "we" is marked in the text
    assert all(text[a:b] for a, b in flag.marks)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Tarjoamme asiakkaillemme uuden palvelun, ja minä olin mukana rakentamassa sitä."),
        ("fi", "Huomasin, että tiimimme on jälleen onnistunut."),
        ("sv", "Vi lanserar vår nya tjänst i dag, och jag har jobbat med den hela våren."),
        ("en", "We are launching our new platform today, and I spent the spring on it."),
        ("en", "We shipped it today."),  # one "we" is not yet a voice
        ("en", "The US market and our team."),  # "US" is the country
    ],
)
def test_no_company_voice_with_an_i_or_a_single_we(
    book: PhraseBook, language: str, text: str
) -> None:
    assert of_kind(text, book, language, FlagKind.COMPANY_VOICE) == []


def test_a_company_voice_is_not_also_told_it_has_no_i(book: PhraseBook) -> None:
    text = IMPERSONAL["en"] + " We built it, and our customers love it."
    found = kinds(text, book, "en")
    assert FlagKind.COMPANY_VOICE in found and FlagKind.NO_PERSONAL_ANGLE not in found


# -- corporate staples ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "staple"),
    [
        ("Palvelu tarjoaa asiakkaillemme merkittävää lisäarvoa.", "lisäarvoa"),
        ("Tuomme lisäarvoa koko ketjulle.", "Tuomme lisäarvoa"),
        ("Ratkaisumme auttaa kuntia.", "Ratkaisumme"),
        ("Olemme Suomen johtava vetyosaaja.", "Suomen johtava"),
        ("Olemme ylpeitä voidessamme kertoa uutisen.", "Olemme ylpeitä voidessamme kertoa"),
        ("Tjänsten ger våra kunder ett tydligt mervärde.", "mervärde"),
        ("Våra lösningar hjälper kommuner.", "Våra lösningar"),
        ("Vi är en ledande leverantör av vätgas.", "en ledande"),
        ("Vi är stolta över att meddela nyheten.", "Vi är stolta över att meddela"),
        ("It brings real added value to teams.", "added value"),
        ("Our solutions help cities.", "Our solutions"),
        ("We are a leading provider of hydrogen.", "leading provider"),
        ("We are proud to announce the news.", "We are proud to announce"),
    ],
)
def test_corporate_staples_are_stock_phrases_in_every_language(
    book: PhraseBook, text: str, staple: str
) -> None:
    found = [f.text for f in find_flags(text, language=None, phrasebook=book)]
    assert staple in found


@pytest.mark.parametrize(
    "text",
    [
        "I looked for a solution all week and found none.",
        "Etsin ratkaisua koko viikon.",
        "Jag letade efter en lösning hela veckan.",
        "Hän johtaa tiimiä hyvin.",
    ],
)
def test_ordinary_words_are_no_staples(book: PhraseBook, text: str) -> None:
    assert find_flags(text, language=None, phrasebook=book) == []


# -- how hard it reads ----------------------------------------------------------------------------

# About 25 words of long compounds: LIX well above 60, under the 30 words of other checks.
VERY_HARD = (
    "Organisaatiomuutoksen kokonaisvaltainen implementointi edellyttää johdonmukaista "
    "sidosryhmäviestintää sekä systemaattista osaamisenkehittämistä. "
    "Toimintaympäristön monimuotoistuminen asettaa strategiselle johtamiselle "
    "merkittäviä lisävaatimuksia."
)


def test_a_very_hard_text_is_flagged_under_thirty_words(book: PhraseBook) -> None:
    assert len(words(VERY_HARD)) < 30 and lix(VERY_HARD) > 60
    (flag,) = of_kind(VERY_HARD, book, "fi", FlagKind.HARD_TO_READ)
    assert flag.params["lix"] == round(lix(VERY_HARD))
    assert flag.marks == tuple(sentence_spans(VERY_HARD))  # both sentences are very hard


def test_an_easy_text_is_not_hard_to_read(book: PhraseBook) -> None:
    text = "Opin tällä viikolla paljon. Testi meni hyvin. Mitä sinä kokeilisit seuraavaksi?"
    assert of_kind(text, book, "fi", FlagKind.HARD_TO_READ) == []


@pytest.mark.parametrize(
    ("value", "band"),
    [
        (0, Readability.VERY_EASY), (29.9, Readability.VERY_EASY), (30, Readability.EASY),
        (39.9, Readability.EASY), (40, Readability.MEDIUM), (50, Readability.HARD),
        (60, Readability.HARD), (60.1, Readability.VERY_HARD), (84, Readability.VERY_HARD),
    ],
)  # fmt: skip
def test_lix_bands(value: float, band: Readability) -> None:
    assert readability(value) is band


@pytest.mark.parametrize("text", [VERY_HARD, DEMO_DRAFT, *IMPERSONAL.values(), "", "Hei."])
def test_the_check_computes_lix_as_the_text_module_does(book: PhraseBook, text: str) -> None:
    result = check(text, Network.LINKEDIN, phrasebook=book)
    assert result.lix == pytest.approx(lix(text))
    assert lix_of(words(text), len(sentence_spans(text))) == pytest.approx(lix(text))
    assert result.readability is readability(lix(text))
