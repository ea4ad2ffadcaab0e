"""Languages OwnVoice speaks, and a marker for translatable text kept in data."""

from __future__ import annotations

from collections.abc import Iterable

# The languages of the UI, the content and the writing checks, in menu order.
LANGUAGES: dict[str, str] = {"en": "English", "fi": "Suomi", "sv": "Svenska"}
DEFAULT_LANGUAGE = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it now.

    Qt's lupdate picks up calls by this name, so declarations in plain-Python layers can carry
    translatable labels; the UI translates them at display time with the same context.
    """
    del context
    return text


def pick_language(preferred: str, system_languages: Iterable[str]) -> str:
    """The UI language: the person's choice if it is one we have, else the first system language
    we speak (``fi_FI`` and ``sv-FI`` count as ``fi`` and ``sv``), else English."""
    if preferred in LANGUAGES:
        return preferred
    for name in system_languages:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE
