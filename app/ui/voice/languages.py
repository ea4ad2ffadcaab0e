"""Language names for people: fi/sv/en and the other languages a person's texts may be in."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

OTHER = "other"  # app.domain.text.identify.OTHER: another language, its code not known


def _names() -> dict[str, str]:
    # Literal translate() calls, so that lupdate sees every name; made at each call, so that a
    # switch of the interface language shows at once.
    return {
        "fi": QCoreApplication.translate("Voice", "Finnish"),
        "sv": QCoreApplication.translate("Voice", "Swedish"),
        "en": QCoreApplication.translate("Voice", "English"),
        "de": QCoreApplication.translate("Languages", "German"),
        "et": QCoreApplication.translate("Languages", "Estonian"),
        "es": QCoreApplication.translate("Languages", "Spanish"),
        "fr": QCoreApplication.translate("Languages", "French"),
        "ru": QCoreApplication.translate("Languages", "Russian"),
        "zh": QCoreApplication.translate("Languages", "Chinese"),
        "ja": QCoreApplication.translate("Languages", "Japanese"),
        "ko": QCoreApplication.translate("Languages", "Korean"),
        "no": QCoreApplication.translate("Languages", "Norwegian"),
        "nb": QCoreApplication.translate("Languages", "Norwegian"),
        "nn": QCoreApplication.translate("Languages", "Norwegian Nynorsk"),
        "da": QCoreApplication.translate("Languages", "Danish"),
        "is": QCoreApplication.translate("Languages", "Icelandic"),
        "nl": QCoreApplication.translate("Languages", "Dutch"),
        "it": QCoreApplication.translate("Languages", "Italian"),
        "pt": QCoreApplication.translate("Languages", "Portuguese"),
        "pl": QCoreApplication.translate("Languages", "Polish"),
        "lv": QCoreApplication.translate("Languages", "Latvian"),
        "lt": QCoreApplication.translate("Languages", "Lithuanian"),
        "uk": QCoreApplication.translate("Languages", "Ukrainian"),
        "tr": QCoreApplication.translate("Languages", "Turkish"),
        "el": QCoreApplication.translate("Languages", "Greek"),
        "ar": QCoreApplication.translate("Languages", "Arabic"),
        "he": QCoreApplication.translate("Languages", "Hebrew"),
        "hi": QCoreApplication.translate("Languages", "Hindi"),
        "cs": QCoreApplication.translate("Languages", "Czech"),
        "hu": QCoreApplication.translate("Languages", "Hungarian"),
        "se": QCoreApplication.translate("Languages", "Northern Sami"),
        OTHER: QCoreApplication.translate("Languages", "another language"),
    }


def language_name(code: str | None) -> str:
    """The language's name in the interface language; Qt's English name for a language not in
    the list above, its code when Qt does not know it either; "Not sure" for None."""
    if code is None:
        return QCoreApplication.translate("Voice", "Not sure")
    name = _names().get(code)
    if name is not None:
        return name
    known = QLocale.codeToLanguage(code)
    if known in (QLocale.Language.AnyLanguage, QLocale.Language.C):
        return code
    return QLocale.languageToString(known)


def other_languages_text(counts: Mapping[str, int]) -> str:
    """ "German 14, Estonian 3": the texts in each other language, most first."""
    names = _names()
    locale = QLocale()
    return ", ".join(
        QCoreApplication.translate("Languages", "{language} {count}").format(
            language=names.get(code) or language_name(code), count=locale.toString(count)
        )
        for code, count in counts.items()
    )
