"""Voikko and Hunspell in tests: really installed, or hidden so that the fallback is tested.

A test module's ``tools`` fixture (``use_tools``) is parametrised: "installed" uses the real
libraries (skipped, saying what to install, where they are missing) and "hidden" makes them
look absent through the loader, as on a laptop without them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.services import language_tools
from app.services.language_tools import loader

INSTALLED, HIDDEN = "installed", "hidden"


def hide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "open_speller", lambda _language: None)
    monkeypatch.setattr(loader, "open_analyser", lambda _language: None)
    language_tools.forget()


def require_installed() -> None:
    language_tools.forget()
    missing = [a for a in language_tools.availability() if not a.spelling]
    if missing or language_tools.analyser("fi") is None:
        packages = " ".join(language_tools.PACKAGES.values())
        pytest.skip(f"spelling libraries missing (bash packaging/dev.sh installs {packages})")


def use_tools(which: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The body of a test module's ``tools`` fixture, parametrised with INSTALLED and HIDDEN."""
    if which == HIDDEN:
        hide(monkeypatch)
    else:
        require_installed()
    yield which
    monkeypatch.undo()
    language_tools.forget()
