"""Every flag kind in English, Finnish and Swedish: texts that must and must not trigger it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.checks.flags import Employer, Flag, FlagKind, find_flags, flag_key
from app.domain.checks.messages import MESSAGES, message
from app.domain.checks.phrases import PhraseBook, PhraseBookError, PhraseKind, parse_phrasebook
from app.services.drafts.phrasebook import load_phrasebook


@pytest.fixture(scope="module")
def book() -> PhraseBook:
    return load_phrasebook()  # the lists the app ships


def flags_of(
    text: str, book: PhraseBook, language: str | None = None, **kwargs: object
) -> list[Flag]:
    found = find_flags(text, language=language, phrasebook=book, **kwargs)  # type: ignore[arg-type]
    for flag in found:
        assert flag.text == text[flag.start : flag.end]
    return found


def texts(flags: list[Flag], kind: FlagKind) -> list[str]:
    return [f.text for f in flags if f.kind is kind]


# Long enough (30+ words) to need a personal angle and an invitation; neither has one.
IMPERSONAL = {
    "en": "The new release ships next week. The team rebuilt the import from scratch, and the "
    "result is faster and simpler. Customers asked for this for a long time, and the feedback "
    "from the pilot has been good. The documentation is updated and the old version keeps "
    "working until the end of the year.",
    "fi": "Uusi versio julkaistaan ensi viikolla. Tiimi rakensi tuonnin alusta asti uudelleen, "
    "ja lopputulos on nopeampi ja yksinkertaisempi. Asiakkaat ovat toivoneet tätä pitkään, ja "
    "pilotista saatu palaute on ollut hyvää. Ohjeet on päivitetty, ja vanha versio toimii "
    "vuoden loppuun asti.",
    "sv": "Den nya versionen släpps nästa vecka. Teamet byggde om importen från grunden, och "
    "resultatet är snabbare och enklare. Kunderna har önskat det här länge, och responsen från "
    "piloten har varit god. Dokumentationen är uppdaterad och den gamla versionen fungerar till "
    "slutet av året.",
}


# --- cliches ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We are proud to announce our new office.", ["We are proud to announce"]),
        (
            "We’re PROUD to\nannounce it: a game-changer!",
            ["We’re PROUD to\nannounce", "game-changer"],
        ),
        ("Truly a gamechanger, and a game changer too.", ["gamechanger", "game changer"]),
        ("Olemme ylpeitä voidessamme kertoa uutisen.", ["Olemme ylpeitä voidessamme kertoa"]),
        ("Tarjoamme innovatiivisia ratkaisuja.", ["innovatiivisia ratkaisuja"]),
        ("Se on innovatiivinen ratkaisu.", ["innovatiivinen ratkaisu"]),
        ("Vi är stolta över att meddela nyheten.", ["Vi är stolta över att meddela"]),
        ("Vi söker en lösningsorienterad kollega.", ["lösningsorienterad"]),
        ("Hon är lösningsorienterade personers förebild.", ["lösningsorienterade"]),
        ("Finnish post borrowing: tämä on game changer.", ["game changer"]),
    ],
)
def test_cliches_are_flagged_at_the_words(book: PhraseBook, text: str, expected: list[str]) -> None:
    assert texts(flags_of(text, book), FlagKind.CLICHE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I'm proud of what the team did this spring.",
        "The game changed when the rules changed.",
        "Ratkaisimme ongelman yhdessä asiakkaan kanssa.",
        "Olin ylpeä tiimistä.",
        "Jag löste problemet på en eftermiddag.",
        "Jag är stolt över teamet.",
        "Read https://example.com/we-are-proud-to-announce-a-game-changer and see.",
        "Lue https://example.fi/innovatiivinen-ratkaisu ja kerro.",
    ],
)
def test_cliches_are_not_flagged_in_plain_words_or_links(book: PhraseBook, text: str) -> None:
    assert texts(flags_of(text, book), FlagKind.CLICHE) == []


# --- advocacy boilerplate ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Check out our latest report on cloud costs.", "Check out our latest"),
        ("Tutustu uusimpaan raporttiimme pilvikustannuksista.", "Tutustu uusimpaan"),
        ("Ta del av vår rapport om molnkostnader.", "Ta del av"),
    ],
)
def test_advocacy_boilerplate(book: PhraseBook, text: str, expected: str) -> None:
    assert texts(flags_of(text, book), FlagKind.ADVOCACY_BOILERPLATE) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "I checked our latest numbers and they surprised me.",
        "Tutustuin uusimpaan raporttiin eilen illalla.",
        "Jag tog del i diskussionen igår.",
    ],
)
def test_no_advocacy_in_personal_sentences(book: PhraseBook, text: str) -> None:
    assert texts(flags_of(text, book), FlagKind.ADVOCACY_BOILERPLATE) == []


# --- no personal angle ------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_no_personal_angle_points_at_the_opening(book: PhraseBook, language: str) -> None:
    text = IMPERSONAL[language]
    found = flags_of(text, book, language)
    angle = [f for f in found if f.kind is FlagKind.NO_PERSONAL_ANGLE]
    assert len(angle) == 1
    assert angle[0].start == 0 and text[angle[0].end - 1] == "."  # the first sentence


@pytest.mark.parametrize(
    ("language", "personal"),
    [
        ("en", "I spent the spring on this."),
        ("en", "Honestly, it made my week."),
        ("fi", "Minä vietin kevään tämän parissa."),
        ("fi", "Huomasin pilotissa saman asian."),  # first person on the verb only
        ("fi", "Mielestäni tämä oli kevään paras juttu."),  # possessive suffix only
        ("fi", "Mä tein tätä koko kevään."),
        ("sv", "Jag har jobbat med det här hela våren."),
        ("sv", "Det gjorde min vecka."),
    ],
)
def test_any_first_person_singular_is_a_personal_angle(
    book: PhraseBook, language: str, personal: str
) -> None:
    text = IMPERSONAL[language] + " " + personal
    assert texts(flags_of(text, book, language), FlagKind.NO_PERSONAL_ANGLE) == []


def test_no_personal_angle_needs_a_long_enough_text_and_a_language(book: PhraseBook) -> None:
    assert (
        texts(flags_of("The release ships next week.", book, "en"), FlagKind.NO_PERSONAL_ANGLE)
        == []
    )
    assert texts(flags_of(IMPERSONAL["en"], book, None), FlagKind.NO_PERSONAL_ANGLE) == []


def test_finnish_we_is_not_english_me(book: PhraseBook) -> None:
    text = IMPERSONAL["fi"] + " Me teimme tämän yhdessä."
    # "me" is the Finnish "we": no "I" here, and the "we" is the company's voice.
    assert texts(flags_of(text, book, "fi"), FlagKind.COMPANY_VOICE) == ["Me"]


# --- no invitation ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_no_invitation_points_at_the_last_sentence(book: PhraseBook, language: str) -> None:
    text = IMPERSONAL[language]
    found = [f for f in flags_of(text, book, language) if f.kind is FlagKind.NO_INVITATION]
    assert len(found) == 1
    assert found[0].end == len(text)


@pytest.mark.parametrize(
    ("language", "ending"),
    [
        ("en", "What would you change first?"),
        ("en", "Let me know how it works for you."),
        ("en", "I'd love to hear how your team does it."),
        ("fi", "Mitä mieltä olet?"),
        ("fi", "Kerro kommenteissa, miten teillä on ratkaistu sama asia."),
        ("fi", "Olisi kiva kuulla, miten muut tekevät tämän."),
        ("sv", "Vad tycker du?"),
        ("sv", "Berätta gärna hur ni har löst samma sak."),
        ("sv", "Dela gärna med dig av dina erfarenheter."),
    ],
)
def test_a_question_or_a_cue_is_an_invitation(book: PhraseBook, language: str, ending: str) -> None:
    text = IMPERSONAL[language] + "\n\n" + ending
    assert texts(flags_of(text, book, language), FlagKind.NO_INVITATION) == []


def test_a_question_mark_inside_a_link_is_no_question(book: PhraseBook) -> None:
    text = IMPERSONAL["en"] + " Details: https://example.com/page?id=3"
    assert len(texts(flags_of(text, book, "en"), FlagKind.NO_INVITATION)) == 1


def test_short_posts_need_no_invitation(book: PhraseBook) -> None:
    assert texts(flags_of("Shipped it today.", book, "en"), FlagKind.NO_INVITATION) == []


# --- long sentences ---------------------------------------------------------------------------


def sentence(words: int, word: str = "word") -> str:
    return " ".join([word.capitalize()] + [word] * (words - 1)) + "."


@pytest.mark.parametrize(
    ("language", "limit", "word"), [("en", 30, "word"), ("fi", 20, "sana"), ("sv", 27, "ord")]
)
def test_long_sentence_limits_per_language(
    book: PhraseBook, language: str, limit: int, word: str
) -> None:
    over = sentence(limit + 1, word)
    at = sentence(limit, word)
    text = f"{at} {over}"
    found = [f for f in flags_of(text, book, language) if f.kind is FlagKind.LONG_SENTENCE]
    assert [f.text for f in found] == [over]
    assert found[0].params == {"words": limit + 1, "limit": limit}


def test_the_same_sentence_is_long_in_finnish_only(book: PhraseBook) -> None:
    text = sentence(25, "sana")
    assert len(texts(flags_of(text, book, "fi"), FlagKind.LONG_SENTENCE)) == 1
    assert texts(flags_of(text, book, "en"), FlagKind.LONG_SENTENCE) == []
    assert texts(flags_of(text, book, None), FlagKind.LONG_SENTENCE) == []  # lenient default


# --- sensitive words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We demoed Project Aurora to Contoso's team.", ["Project Aurora", "Contoso's"]),
        ("Kävin Contoson kanssa läpi Auroran aikataulua.", ["Contoson", "Auroran"]),
        ("Contosolle ja CONTOSO:lle kävi hyvin.", ["Contosolle", "CONTOSO:lle"]),
        ("Vi visade Aurora för Contosos team.", ["Aurora", "Contosos"]),
        ("Slides: https://intra.example.com/aurora-roadmap", ["aurora"]),  # a link leaks too
    ],
)
def test_sensitive_words(book: PhraseBook, text: str, expected: list[str]) -> None:
    found = flags_of(text, book, sensitive=["Aurora", "Project Aurora", "Contoso", " "])
    assert texts(found, FlagKind.SENSITIVE_WORD) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The aurora borealis was out last night.",  # lists are words, not substrings…
        "Contosoft is another company.",
        "Tässä kuukaudessa on paljon tekemistä.",
        "Ingen känslig information här.",
    ],
)
def test_no_sensitive_word(book: PhraseBook, text: str) -> None:
    sensitive = ["Aurora borealis project", "Contoso", "Kuu", "Apollo"]
    assert texts(flags_of(text, book, sensitive=sensitive), FlagKind.SENSITIVE_WORD) == []


# --- mention the employer ---------------------------------------------------------------------

EMPLOYER = Employer("Firma Oy", aliases=("Firma", "@firma"), keywords=("CloudBox", "pilvipalvel*"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CloudBox just got offline sync. It's what people asked for.", "CloudBox"),
        ("CloudBoxiin tuli vihdoin offline-tila.", "CloudBoxiin"),
        ("Uudet pilvipalvelut ovat nyt saatavilla.", "pilvipalvelut"),
        ("CloudBox har fått offline-läge.", "CloudBox"),
    ],
)
def test_employer_business_without_the_employer(book: PhraseBook, text: str, expected: str) -> None:
    found = [
        f for f in flags_of(text, book, employer=EMPLOYER) if f.kind is FlagKind.MENTION_EMPLOYER
    ]
    assert [f.text for f in found] == [expected]
    assert found[0].params == {"employer": "Firma Oy"}


@pytest.mark.parametrize(
    "text",
    [
        "I work at Firma, and CloudBox just got offline sync.",
        "Olen töissä Firmalla, ja CloudBoxiin tuli offline-tila.",
        "Jag jobbar på Firma Oy och CloudBox har fått offline-läge.",
        "Thanks @firma for the CloudBox update.",
        "Nothing about the business here at all.",
    ],
)
def test_no_employer_reminder(book: PhraseBook, text: str) -> None:
    assert texts(flags_of(text, book, employer=EMPLOYER), FlagKind.MENTION_EMPLOYER) == []


def test_a_link_to_the_employer_is_no_disclosure(book: PhraseBook) -> None:
    text = "CloudBox got offline sync: https://firma.example/cloudbox"
    assert texts(flags_of(text, book, employer=EMPLOYER), FlagKind.MENTION_EMPLOYER) == ["CloudBox"]


# --- unicode styling --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "styled", "plain"),
    [
        ("𝐁𝐢𝐠 𝐧𝐞𝐰𝐬: we shipped.", "𝐁𝐢𝐠 𝐧𝐞𝐰𝐬", "Big news"),
        ("𝐓𝐚𝐫𝐤𝐞ä𝐭 uutiset tänään.", "𝐓𝐚𝐫𝐤𝐞ä𝐭", "Tarkeät"),
        ("𝘚𝘵𝘰𝘳 𝘯𝘺𝘩𝘦𝘵 idag.", "𝘚𝘵𝘰𝘳 𝘯𝘺𝘩𝘦𝘵", "Stor nyhet"),
        ("Ｆｕｌｌ width", "Ｆｕｌｌ", "Full"),
    ],
)
def test_unicode_styling(book: PhraseBook, text: str, styled: str, plain: str) -> None:
    found = [f for f in flags_of(text, book) if f.kind is FlagKind.UNICODE_STYLING]
    assert [f.text for f in found] == [styled]
    assert found[0].params == {"plain": plain}


@pytest.mark.parametrize("text", ["Plain bold news.", "Pullo on 0,5 ℓ.", "Ääkköset åäö ÅÄÖ."])
def test_no_unicode_styling(book: PhraseBook, text: str) -> None:
    assert texts(flags_of(text, book), FlagKind.UNICODE_STYLING) == []


# --- dismissal, keys, messages ----------------------------------------------------------------


def test_dismissed_flags_are_left_out(book: PhraseBook) -> None:
    text = IMPERSONAL["en"] + " A game changer. Another Game  Changer. We are proud to announce."
    kinds = {f.kind for f in flags_of(text, book, "en")}
    assert {FlagKind.CLICHE, FlagKind.NO_PERSONAL_ANGLE, FlagKind.NO_INVITATION} <= kinds
    dismissed = {("cliche", "GAME changer"), (FlagKind.NO_PERSONAL_ANGLE, "")}
    left = flags_of(text, book, "en", dismissed=frozenset(dismissed))
    assert texts(left, FlagKind.CLICHE) == ["We are proud to announce"]
    assert texts(left, FlagKind.NO_PERSONAL_ANGLE) == []
    assert len(texts(left, FlagKind.NO_INVITATION)) == 1


def test_a_dismissed_whole_draft_flag_stays_dismissed_after_edits(book: PhraseBook) -> None:
    flag = next(
        f for f in flags_of(IMPERSONAL["sv"], book, "sv") if f.kind is FlagKind.NO_INVITATION
    )
    edited = IMPERSONAL["sv"] + " Och lite till."
    again = flags_of(edited, book, "sv", dismissed=frozenset({flag.dismiss_key}))
    assert texts(again, FlagKind.NO_INVITATION) == []


def test_a_whole_draft_flag_dismissed_with_its_text_is_dismissed_too(book: PhraseBook) -> None:
    flag = next(
        f for f in flags_of(IMPERSONAL["fi"], book, "fi") if f.kind is FlagKind.NO_INVITATION
    )
    again = flags_of(IMPERSONAL["fi"] + " Lisää.", book, "fi", dismissed={(flag.kind, flag.text)})
    assert texts(again, FlagKind.NO_INVITATION) == []


def test_every_kind_has_a_stable_key_and_an_english_message() -> None:
    assert flag_key(FlagKind.CLICHE) == "voice.flag.cliche"
    assert set(MESSAGES) == {flag_key(kind) for kind in FlagKind}
    for kind in FlagKind:
        flag = Flag(
            kind,
            0,
            3,
            "abc",
            flag_key(kind),
            {"words": 1, "limit": 2, "employer": "E", "plain": "p", "lix": 70, "count": 3},
        )
        assert message(flag)


def test_messages_fill_in_the_words(book: PhraseBook) -> None:
    found = flags_of("We are proud to announce it.", book)
    assert message(found[0]).startswith("“We are proud to announce” is a stock phrase")


def test_flags_come_in_text_order(book: PhraseBook) -> None:
    text = "Contoso. " + IMPERSONAL["en"] + " A game changer."
    found = flags_of(text, book, "en", sensitive=["Contoso"])
    assert [f.start for f in found] == sorted(f.start for f in found)


# --- the phrase files' format -----------------------------------------------------------------


def test_parse_phrasebook_sections() -> None:
    parsed = parse_phrasebook(
        '{"language": "en", "about": "x", "cliches": ["a  b"], "invitations": ["c"]}'
    )
    assert [(p.kind, p.pattern) for p in parsed.phrases] == [
        (PhraseKind.CLICHE, "a b"),
        (PhraseKind.INVITATION, "c"),
    ]
    assert parsed.languages == frozenset({"en"})


@pytest.mark.parametrize(
    "bad", ["", "[]", '{"cliches": []}', '{"language": "en", "cliches": "x"}',
            '{"language": "en", "cliches": [1]}', '{"language": "en", "advocacy": ["  "]}'],
)  # fmt: skip
def test_parse_phrasebook_rejects_bad_files(bad: str) -> None:
    with pytest.raises(PhraseBookError):
        parse_phrasebook(bad)


# --- any text at all ----------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(),
    language=st.sampled_from([None, "en", "fi", "sv"]),
    sensitive=st.lists(st.text(max_size=12), max_size=3),
)
def test_flags_on_arbitrary_text(text: str, language: str | None, sensitive: list[str]) -> None:
    book = load_phrasebook()
    found = find_flags(
        text, language=language, phrasebook=book, sensitive=sensitive, employer=EMPLOYER
    )
    for flag in found:
        assert 0 <= flag.start <= flag.end <= len(text)
        assert flag.text == text[flag.start : flag.end]
        assert flag.key == flag_key(flag.kind)
