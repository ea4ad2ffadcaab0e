"""Loading OwnVoice's and Qt's own translations, and switching language while the app runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.domain.i18n import DEFAULT_LANGUAGE, pick_language
from app.domain.settings import SYSTEM
from app.storage.paths import translations_dir

_LOCALES = {"en": "en_GB", "fi": "fi_FI", "sv": "sv_FI"}


def system_language() -> str:
    return pick_language("", QLocale.system().uiLanguages())


def current_language() -> str:
    """The language the UI shows now (``Translations.apply`` sets Qt's default locale)."""
    return pick_language(QLocale().name(), (QLocale().name(),))


def resolve_language(setting: str) -> str:
    return system_language() if setting == SYSTEM else pick_language(setting, ())


class Translations:
    """Installs ``ownvoice_<lang>.qm`` and Qt's ``qtbase_<lang>.qm``; replaces them on a switch.

    Installing a translator makes Qt send every widget a LanguageChange event, on which pages
    call their ``retranslate()``.
    """

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def apply(self, language: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        locale = QLocale(_LOCALES.get(language, "en_GB"))
        QLocale.setDefault(locale)
        _follow_locale(locale)
        sources = [(f"ownvoice_{language}", str(translations_dir()))]  # English: plurals only
        if language != DEFAULT_LANGUAGE:
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            sources.append((f"qtbase_{language}", qt_folder))
        for name, folder in sources:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._installed.append(translator)


def _follow_locale(locale: QLocale) -> None:
    """Existing windows take the new locale too: a widget keeps the locale it was made with,
    so date fields and spin boxes would go on writing "01/12/2026" and "2.0 h" in Finnish."""
    from PySide6.QtWidgets import QApplication

    if isinstance(QCoreApplication.instance(), QApplication):
        for window in QApplication.topLevelWidgets():
            window.setLocale(locale)


def translated(context: str, text: str) -> str:
    """Translate text marked elsewhere with ``QT_TRANSLATE_NOOP(context, text)``."""
    return QCoreApplication.translate(context, text)
