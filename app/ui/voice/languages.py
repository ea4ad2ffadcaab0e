"""Language names for people: fi/sv/en and the other languages a person's texts may be in."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

OTHER = "other"  # app.domain.text.identify.OTHER: another language, its code not known


def _names() -> dict[str, str]:
    # Literal translate() calls, so that lupdate sees every name; made at each call, so that a
    # switch of the interface language shows at once.
    t = QCoreApplication.translate
    return {
        "fi": t("Voice", "Finnish"),
        "sv": t("Voice", "Swedish"),
        "en": t("Voice", "English"),
        "de": t("Languages", "German"),
        "et": t("Languages", "Estonian"),
        "es": t("Languages", "Spanish"),
        "fr": t("Languages", "French"),
        "ru": t("Languages", "Russian"),
        "zh": t("Languages", "Chinese"),
        "ja": t("Languages", "Japanese"),
        "ko": t("Languages", "Korean"),
        "no": t("Languages", "Norwegian"),
        "nb": t("Languages", "Norwegian"),
        "nn": t("Languages", "Norwegian Nynorsk"),
        "da": t("Languages", "Danish"),
        "is": t("Languages", "Icelandic"),
        "nl": t("Languages", "Dutch"),
        "it": t("Languages", "Italian"),
        "pt": t("Languages", "Portuguese"),
        "pl": t("Languages", "Polish"),
        "lv": t("Languages", "Latvian"),
        "lt": t("Languages", "Lithuanian"),
        "uk": t("Languages", "Ukrainian"),
        "tr": t("Languages", "Turkish"),
        "el": t("Languages", "Greek"),
        "ar": t("Languages", "Arabic"),
        "he": t("Languages", "Hebrew"),
        "hi": t("Languages", "Hindi"),
        "cs": t("Languages", "Czech"),
        "hu": t("Languages", "Hungarian"),
        "se": t("Languages", "Northern Sami"),
        OTHER: t("Languages", "another language"),
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
