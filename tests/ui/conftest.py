"""UI fixtures: an AppContext with services injected, tasks run synchronously, a fixed clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app.services.clock import FixedClock
from app.services.settings import SettingsService
from app.services.system.secrets import SecretStore
from app.storage.paths import AppPaths
from app.ui.context import AppContext
from app.ui.kit.i18n import Translations
from app.ui.pages import registry
from app.ui.pages.base import Page
from app.ui.shell.application import build_context
from app.ui.tasks import SyncTaskRunner

INPUT_HELPERS = ("keyClick", "keyClicks", "keySequence", "mouseClick", "mouseDClick")


@pytest.fixture(autouse=True)
def input_then_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    """A person's key press or click is followed by the event loop; pytest-qt's helpers are
    not. Key handlers start their actions from the event loop (``guard.soon``: a dialog must
    not open inside a key event), so the helpers let it run once after each input."""

    def then_events(helper: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            result = helper(*args, **kwargs)
            QCoreApplication.processEvents()
            return result

        return wrapped

    for name in INPUT_HELPERS:  # static methods in pytest-qt
        monkeypatch.setattr(QtBot, name, staticmethod(then_events(getattr(QtBot, name))))


@pytest.fixture
def translations(qapp: object) -> Iterator[Translations]:
    translations = Translations()
    translations.apply("en")
    yield translations
    translations.apply("en")


@pytest.fixture
def ctx(
    qapp: object,
    paths: AppPaths,
    settings: SettingsService,
    secrets: SecretStore,
    translations: Translations,
    clock: FixedClock,
) -> Iterator[AppContext]:
    """The app's context on the test's ``clock`` (a module picks its day by overriding it)."""
    context = build_context(
        paths,
        settings,
        tasks=SyncTaskRunner(),
        secrets=secrets,
        translations=translations,
        clock=clock,
    )
    yield context
    context.close()


@pytest.fixture
def open_ctx(ctx: AppContext) -> AppContext:
    """A context whose database is already open."""
    ctx.open_database()
    assert ctx.reader is not None
    assert ctx.database is not None
    return ctx


def make_page(ctx: AppContext, page_id: str) -> Page:
    """A page as the window makes it: from the registry, built."""
    page = registry.find(page_id).create(ctx)
    page.ensure_built()
    return page


def show(qtbot: QtBot, widget: object) -> None:
    qtbot.addWidget(widget)
    widget.show()  # type: ignore[attr-defined]
    qtbot.waitExposed(widget)
