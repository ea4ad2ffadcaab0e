"""The copy-paste guard: verbatim and lightly edited copies are caught, own comments are not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.checks.similarity import (
    CONTAINMENT_LIMIT,
    SHARED_RUN_LIMIT,
    SHINGLE_WORDS,
    similarity,
)

SOURCE = (
    "Firma today announced a partnership with Contoso to bring secure cloud backups to small "
    "businesses in the Nordics. The new service combines Firma's backup software with Contoso's "
    "data centres in Finland and Sweden, and it will be available from March. Customers can move "
    "their existing backups without downtime, and pricing starts at ten euros per month."
)
LIGHTLY_EDITED = (
    "Firma announced today a partnership with Contoso that brings secure cloud backups to small "
    "companies in the Nordics. The new service combines Firma’s backup software with Contoso’s "
    "data centres in Finland and Sweden, and it is available from March! Customers can move their "
    "current backups without any downtime, and prices start at ten euros a month."
)
OWN_COMMENT = (
    "I've spent years restoring small firms' files after disk failures, so this one matters to "
    "me. Most small offices I visit still keep their backups on a USB drive in the same room as "
    "the server. If a data centre next door makes off-site copies affordable, that habit might "
    "finally change. What would make you trust a cloud backup?"
)


def test_a_verbatim_copy_is_too_similar_and_the_passage_is_marked() -> None:
    draft = "Big news!\n\n" + SOURCE
    result = similarity(draft, SOURCE)
    assert result.too_similar
    assert result.score > 0.95  # only the shingles that start in "Big news!" are new
    assert len(result.shared_spans_in_draft) == 1
    start, end = result.shared_spans_in_draft[0]
    assert draft[start:end] == SOURCE[:-1]  # every word, up to "month" (not the final dot)
    assert result.shared_spans_in_source == ((0, len(SOURCE) - 1),)


def test_a_lightly_edited_copy_is_too_similar() -> None:
    result = similarity(LIGHTLY_EDITED, SOURCE)
    assert result.too_similar
    assert result.longest_run >= SHARED_RUN_LIMIT
    shared = [LIGHTLY_EDITED[a:b] for a, b in result.shared_spans_in_draft]
    assert "a partnership with Contoso" in shared
    assert any("The new service combines Firma’s backup software" in p for p in shared)
    in_source = [SOURCE[a:b] for a, b in result.shared_spans_in_source]
    assert any("data centres in Finland and Sweden" in p for p in in_source)


def test_an_original_comment_on_the_same_topic_is_not_too_similar() -> None:
    result = similarity(OWN_COMMENT, SOURCE)
    assert not result.too_similar
    assert result.score < 0.1
    assert result.longest_run < SHARED_RUN_LIMIT


def test_a_quoted_sentence_in_an_own_comment_is_too_similar_by_its_run() -> None:
    quote = (
        "The new service combines Firma's backup software with Contoso's data centres in "
        "Finland and Sweden."
    )
    draft = OWN_COMMENT + " " + quote
    result = similarity(draft, SOURCE)
    assert result.score < CONTAINMENT_LIMIT
    assert result.too_similar  # one copied sentence of twelve words or more is enough
    (start, end), *_ = result.shared_spans_in_draft
    assert draft[start:end] == quote[:-1]


def test_finnish_inflection_changes_do_not_hide_a_copy() -> None:
    source = (
        "Yhtiö julkaisi tänään uuden pilvipalvelun, joka varmuuskopioi pienten yritysten "
        "tiedostot automaattisesti suomalaisiin konesaleihin."
    )
    draft = (
        "Yhtiö julkaisi tänään uuden pilvipalvelunsa, joka varmuuskopioi pienten yritysten "
        "tiedostoja automaattisesti suomalaisissa konesaleissa."
    )
    assert similarity(draft, source).score == 1.0
    own = (
        "Huomasin itse, että pienet toimistot pitävät varmuuskopiot yhä samassa huoneessa kuin "
        "palvelimen. Tämä voisi muuttaa sen."
    )
    assert not similarity(own, source).too_similar


def test_swedish_copy_is_caught() -> None:
    source = "Bolaget lanserar i dag en ny molntjänst som säkerhetskopierar små företags filer."
    draft = "Bolaget lanserar idag en ny molntjänst som säkerhetskopierar små företags filer!"
    assert similarity(draft, source).too_similar


def test_texts_shorter_than_a_shingle_compare_as_zero() -> None:
    few = " ".join(["word"] * (SHINGLE_WORDS - 1))
    assert similarity(few, few).score == 0.0
    assert similarity("", SOURCE).score == 0.0
    assert similarity(SOURCE, "").shared_spans_in_draft == ()


@given(st.text(), st.text())
def test_any_texts(draft: str, source: str) -> None:
    result = similarity(draft, source)
    assert 0.0 <= result.jaccard <= result.score <= 1.0
    for spans, text in (
        (result.shared_spans_in_draft, draft),
        (result.shared_spans_in_source, source),
    ):
        for start, end in spans:
            assert 0 <= start < end <= len(text)
        assert list(spans) == sorted(spans)


@given(st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "epsilon"]), min_size=4))
def test_a_text_repeats_itself_entirely(words: list[str]) -> None:
    text = " ".join(words)
    assert similarity(text, text).score == 1.0
