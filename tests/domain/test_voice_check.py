"""The whole voice check of a draft: the fields the CLI prints, and how the parts come together."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.checks.flags import Employer, FlagKind
from app.domain.checks.phrases import PhraseBook
from app.domain.checks.voice_check import check
from app.domain.drafts.networks import Network
from app.services.drafts.phrasebook import load_phrasebook

FI_DRAFT = (
    "Olemme ylpeitä voidessamme kertoa, että uusi versio julkaistaan ensi viikolla. Tiimi rakensi "
    "tuonnin alusta asti uudelleen, ja lopputulos on nopeampi ja yksinkertaisempi. Asiakkaat ovat "
    "toivoneet tätä pitkään, ja pilotista saatu palaute on ollut hyvää. Ohjeet on päivitetty."
)
EN_DRAFT = (
    "Last week I rebuilt our import from scratch, and it taught me one thing: delete more code "
    "than you write. The new version is twice as fast and half the size. What is the last thing "
    "you deleted that made your product better?"
)
JSON_KEYS = {
    "language",
    "language_checked",
    "lix",
    "sentences",
    "words",
    "length",
    "limit",
    "over_limit",
    "fold_ok",
    "flags",
    "similarity_to_source",
    "profile_match",
    "spelling",
}


@pytest.fixture(scope="module")
def book() -> PhraseBook:
    return load_phrasebook()


def test_a_finnish_draft_on_linkedin(book: PhraseBook) -> None:
    result = check(FI_DRAFT, Network.LINKEDIN, phrasebook=book)
    data = result.to_json()
    assert set(data) == JSON_KEYS
    assert data["language"] == "fi"
    assert data["sentences"] == 4
    assert data["words"] == len(FI_DRAFT.split())
    assert data["length"] == len(FI_DRAFT)
    assert data["limit"] == 3000
    assert data["over_limit"] is False
    assert data["fold_ok"] is True  # the opening sentence ends before the fold
    assert data["lix"] > 40
    assert data["similarity_to_source"] is None
    assert data["profile_match"] == {}
    kinds = [f["kind"] for f in data["flags"]]
    # "Olemme … voidessamme": the company's "we", and no "I" anywhere.
    assert kinds == ["company_voice", "cliche", "no_invitation"]
    assert data["flags"][0]["text"] == "Olemme"
    first = data["flags"][1]
    assert (first["start"], first["end"]) == (0, len("Olemme ylpeitä voidessamme kertoa"))
    assert first["text"] == "Olemme ylpeitä voidessamme kertoa"
    assert first["message"].startswith("“Olemme ylpeitä voidessamme kertoa” is a stock phrase")
    json.dumps(data)  # JSON-ready as it is


def test_an_english_draft_with_a_personal_angle_and_a_question(book: PhraseBook) -> None:
    result = check(EN_DRAFT, Network.X, phrasebook=book)
    assert result.language == "en"
    assert result.flags == ()
    assert result.fold is None and result.fold_ok is None  # no fold outside LinkedIn
    assert result.limit == 280 and not result.over_limit


def test_the_given_language_wins_over_detection(book: PhraseBook) -> None:
    assert check(EN_DRAFT, Network.BLOG, language="sv", phrasebook=book).language == "sv"


def test_over_the_limit(book: PhraseBook) -> None:
    result = check(EN_DRAFT * 2, Network.X, phrasebook=book)
    assert result.over_limit and result.length > 280
    assert check(EN_DRAFT * 2, Network.MASTODON, phrasebook=book, limit=5000).limit == 5000


def test_the_fold_hides_a_long_opening(book: PhraseBook) -> None:
    opening = "Olen miettinyt " + "pitkään ja hartaasti " * 12 + "tätä asiaa."
    result = check(opening + "\n\nToinen kappale.", Network.LINKEDIN, phrasebook=book)
    assert result.fold is not None and not result.fold.opening_survives_mobile
    assert result.fold_ok is False


def test_copy_paste_guard_and_profile_comparison(book: PhraseBook) -> None:
    seen: list[tuple[str, str | None]] = []

    def compare(text: str, language: str | None) -> dict[str, object]:
        seen.append((text, language))
        return {"sentence_length": {"direction": "within"}}

    result = check(
        "Nice: " + FI_DRAFT, Network.LINKEDIN, phrasebook=book, source=FI_DRAFT, profile=compare
    )
    assert result.similarity is not None and result.similarity.too_similar
    assert result.similarity_to_source is not None and result.similarity_to_source > 0.9
    assert result.to_json()["profile_match"] == {"sentence_length": {"direction": "within"}}
    assert seen == [("Nice: " + FI_DRAFT, "fi")]
    assert check(FI_DRAFT, Network.X, phrasebook=book, source="  ").similarity is None


def test_sensitive_employer_and_dismissal_reach_the_flags(book: PhraseBook) -> None:
    text = EN_DRAFT + " Contoso loved CloudBox."
    employer = Employer("Firma", keywords=("CloudBox",))
    result = check(
        text, Network.LINKEDIN, phrasebook=book, sensitive=["Contoso"], employer=employer
    )
    assert [f.kind for f in result.flags] == [FlagKind.SENSITIVE_WORD, FlagKind.MENTION_EMPLOYER]
    dismissed = frozenset({("sensitive_word", "contoso")})
    again = check(
        text,
        Network.LINKEDIN,
        phrasebook=book,
        sensitive=["Contoso"],
        employer=employer,
        dismissed=dismissed,
    )
    assert [f.kind for f in again.flags] == [FlagKind.MENTION_EMPLOYER]


@settings(max_examples=150, deadline=None)
@given(st.text(), st.sampled_from(list(Network)), st.one_of(st.none(), st.text()))
def test_any_text_checks_and_serializes(text: str, network: Network, source: str | None) -> None:
    result = check(text, network, phrasebook=load_phrasebook(), source=source)
    data = json.loads(json.dumps(result.to_json()))
    assert set(data) == JSON_KEYS
    for flag in data["flags"]:
        assert 0 <= flag["start"] <= flag["end"] <= len(text)
        assert flag["text"] == text[flag["start"] : flag["end"]]


def test_a_draft_is_told_by_all_of_its_words_not_its_opening(book: PhraseBook) -> None:
    from app.domain.text import detect_language

    quote = (
        "“The best way to predict the future is to create it, and the best way to create it is "
        "to start with the people who will have to live with it.” That is what our keynote "
        "speaker said on stage this morning, and the whole room went quiet for a moment.\n\n"
    )
    draft = quote + " ".join([FI_DRAFT] * 4)
    assert detect_language(draft) == "en"  # the opening alone (what an import reads) says English
    result = check(draft, Network.LINKEDIN, phrasebook=book)
    assert result.language == "fi"  # but this is a Finnish post that opens with an English quote
