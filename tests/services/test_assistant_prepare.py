"""What one request carries, read from a real store: the voice summary of the draft's language
and at most three of the person's own posts, the closest in topic; never the whole corpus."""

from __future__ import annotations

from datetime import UTC, datetime

from app.domain import settings as decl
from app.domain.assistant.prompts import EXAMPLE_POSTS, Action, as_text
from app.services.assistant.config import API_KEY, load_config
from app.services.assistant.prepare import prepare, prompt_context
from app.services.clock import FixedClock
from app.services.settings import SettingsService
from app.services.system.secrets import SecretStore
from app.services.voice.profile import VoiceService
from app.storage.database import Database
from app.storage.paths import AppPaths
from app.storage.quick import QuickReader
from app.storage.voice import write as corpus_write
from app.storage.voice.read import CorpusText

ON_TOPIC = "Minä uskon, että kiertotalous ja korjattavat laitteet ovat tulevaisuutta. Mitä mieltä?"
OFF_TOPIC = "Kävin tänään saunassa ja uimassa järvessä. Ihana ilta mökillä perheen kanssa."


def add(db: Database, bodies: list[str]) -> None:
    texts = [
        CorpusText("linkedin", f"fi-{n}", "linkedin", "own_post",
                   datetime(2024, 1, 1, tzinfo=UTC).replace(hour=n % 24, minute=n % 60),
                   f"{body} ({n})", language="fi")
        for n, body in enumerate(bodies)
    ]  # fmt: skip
    with db.session() as session:
        corpus_write.add_texts(session, texts)


def test_the_request_carries_the_voice_and_three_close_posts(
    store: tuple[Database, QuickReader], clock: FixedClock
) -> None:
    db, reader = store
    add(db, [ON_TOPIC] * 8 + [OFF_TOPIC] * 30)
    VoiceService(clock).refresh(db, reader)
    draft = "Korjattavat laitteet ja kiertotalous: miksi uskon niihin?"
    context = prompt_context(reader, draft, "Aino")
    prepared = prepare(Action.TIGHTEN, draft, context)
    sent = as_text(prepared.messages)
    assert prepared.examples == EXAMPLE_POSTS == 3
    assert sent.count("---\nMinä uskon, että kiertotalous") == 3  # the close ones, only three
    examples = sent.split("own posts on similar topics:")[1].split("[user]")[0]
    assert "saunassa" not in examples  # the rest of the corpus stays home
    assert "How the author writes:" in sent and "from 38 of their posts" in sent
    assert "Aino" in sent and draft in sent


def test_without_a_store_only_the_draft_and_name_go() -> None:
    prepared = prepare(Action.OPENERS, "A post about sauna", prompt_context(None, "x", "Aino"))
    assert "How the author writes" not in as_text(prepared.messages)


def test_off_by_default_and_the_key_comes_from_the_keychain_only(
    settings: SettingsService, secrets: SecretStore, paths: AppPaths
) -> None:
    assert load_config(settings, secrets).enabled is False
    settings.set(decl.ASSISTANT_ENABLED, True)
    settings.set(decl.ASSISTANT_MODEL, "tiny")
    secrets.set(API_KEY, "sk-in-keychain")
    config = load_config(settings, secrets)
    assert (config.url, config.model, config.api_key) == (
        "http://127.0.0.1:11434/v1",
        "tiny",
        "sk-in-keychain",
    )
    assert "sk-in-keychain" not in paths.settings_path.read_text()
