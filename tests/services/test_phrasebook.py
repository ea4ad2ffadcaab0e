"""The shipped phrase lists and starters load, are well formed, and say what they should."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain.checks.phrases import PhraseBookError, PhraseKind
from app.domain.drafts.starters import StarterError, StarterKind, starters_for
from app.domain.journey.profile import Benefit
from app.services.drafts.phrasebook import (
    load_phrasebook,
    load_starters,
    read_phrasebook,
    read_starters,
)
from app.storage.paths import resources_dir

LANGS = ("en", "fi", "sv")
PHRASES = resources_dir() / "phrases"
STARTERS = resources_dir() / "starters"


@pytest.mark.parametrize("name", ["cliches", "invitations", "starters"])
@pytest.mark.parametrize("language", LANGS)
def test_files_are_json_with_their_language(name: str, language: str) -> None:
    folder = STARTERS if name == "starters" else PHRASES
    data = json.loads((folder / f"{name}_{language}.json").read_text(encoding="utf-8"))
    assert data["language"] == language


@pytest.mark.parametrize("language", LANGS)
def test_each_language_has_enough_phrases_without_duplicates(language: str) -> None:
    book = read_phrasebook(PHRASES, (language,))
    cliches = [p.pattern for p in book.of_kind(PhraseKind.CLICHE)]
    advocacy = [p.pattern for p in book.of_kind(PhraseKind.ADVOCACY)]
    invitations = [p.pattern for p in book.of_kind(PhraseKind.INVITATION)]
    assert len(cliches) >= 40
    assert len(advocacy) >= 10
    assert len(invitations) >= 20
    for patterns in (cliches, advocacy, invitations):
        folded = [p.casefold() for p in patterns]
        assert len(set(folded)) == len(folded)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (PhraseKind.CLICHE, "We are proud to announce"),
        (PhraseKind.CLICHE, "olemme ylpeitä voidessamme kertoa"),
        (PhraseKind.CLICHE, "vi är stolta över att meddela"),
        (PhraseKind.CLICHE, "a real game changer"),
        (PhraseKind.CLICHE, "innovatiivinen ratkaisu"),
        (PhraseKind.CLICHE, "lösningsorienterad"),
        (PhraseKind.ADVOCACY, "check out our latest"),
        (PhraseKind.ADVOCACY, "tutustu uusimpaan"),
        (PhraseKind.ADVOCACY, "ta del av"),
        (PhraseKind.INVITATION, "what do you think"),
        (PhraseKind.INVITATION, "mitä mieltä olet"),
        (PhraseKind.INVITATION, "vad tycker du"),
    ],
)
def test_the_phrases_the_issue_names_are_found(kind: PhraseKind, text: str) -> None:
    assert load_phrasebook().find(kind, text)


def test_the_shipped_book_speaks_every_language() -> None:
    assert load_phrasebook().languages == frozenset(LANGS)


def test_a_broken_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "cliches_en.json").write_text('{"language": "en", "cliches": [1]}', "utf-8")
    with pytest.raises(PhraseBookError, match=r"cliches_en\.json"):
        read_phrasebook(tmp_path, ("en",))
    assert read_phrasebook(tmp_path, ("fi",)).phrases == ()  # a missing file adds nothing


@pytest.mark.parametrize("language", LANGS)
def test_starters_cover_every_kind_and_benefit(language: str) -> None:
    starters = load_starters(language)
    assert {s.language for s in starters} == {language}
    for kind in StarterKind:
        assert len(starters_for(starters, kind=kind)) >= 6
    for benefit in Benefit:
        assert len(starters_for(starters, benefit=benefit)) >= 3
    for starter in starters:
        assert starter.prompt.strip() and starter.opener.strip()


def test_starters_have_the_same_ids_in_every_language() -> None:
    ids = [[s.id for s in load_starters(lang)] for lang in LANGS]
    assert ids[0] == ids[1] == ids[2]


def test_starters_never_sound_corporate() -> None:
    book = load_phrasebook()
    for language in LANGS:
        for starter in load_starters(language):
            for text in (starter.prompt, starter.opener):
                assert not book.find(PhraseKind.CLICHE, text), text
                assert not book.find(PhraseKind.ADVOCACY, text), text


def test_an_unknown_language_gets_english_starters(tmp_path: Path) -> None:
    assert read_starters(STARTERS, "de") == load_starters("en")
    (tmp_path / "starters_en.json").write_text('{"language": "en", "starters": {}}', "utf-8")
    with pytest.raises(StarterError, match=r"starters_en\.json"):
        read_starters(tmp_path, "en")
