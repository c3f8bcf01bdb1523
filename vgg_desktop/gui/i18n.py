"""The interface language: Dutch by default (our translation plus Qt's own), English on request.

Source strings are English. After changing a *.py file under vgg_desktop/gui, refresh and compile
the Dutch translation with:

    pyside6-lupdate vgg_desktop/app.py $(find vgg_desktop/gui -name '*.py' | sort) ui/*.ui -no-obsolete -ts resources/translations/vgg_desktop_nl.ts
    pyside6-lrelease resources/translations/vgg_desktop_nl.ts -qm resources/translations/vgg_desktop_nl.qm
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from vgg_desktop import paths


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for translation in `context` and gives it back untranslated, as Qt's own does.

    The same name, because it is the name lupdate finds the texts by; typed, because PySide6 declares
    Qt's own as returning `object`. Translate the text where it is shown: QCoreApplication.translate(context, text).
    """
    return source


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def install_translators(application: QCoreApplication, language: str) -> list[QTranslator]:
    """Installs the translators for `language` and returns them (they must outlive the window)."""
    if language != "nl":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    installed = []
    qt_translator = QTranslator(application)
    # Qt's own strings (the Yes/No/Cancel buttons of a message box, the context menu of a text field).
    if qt_translator.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) or \
            qt_translator.load("qtbase_nl", str(translations_dir())):
        application.installTranslator(qt_translator)
        installed.append(qt_translator)
    own = QTranslator(application)
    if own.load("vgg_desktop_nl", str(translations_dir())):
        application.installTranslator(own)
        installed.append(own)
    return installed
