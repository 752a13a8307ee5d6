"""Bahasa Indonesia for the window: every area's compiled translation, and the Indonesian locale."""

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tangsel_desktop.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGE = "id"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def translation_files(folder: Path | None = None) -> list[Path]:
    """Each area (shell, people, ...) brings its own tangsel_<area>_id.qm; qtbase_id.qm holds the words
    of Qt's own dialogs (message-box buttons, the file and print dialogs, a text field's menu)."""
    return sorted((folder or translations_dir()).glob(f"*_{LANGUAGE}.qm"))


def _qt_own_translation(app: QCoreApplication) -> QTranslator | None:
    """Qt's own Indonesian catalogue, should a Qt release ship one (6.11 does not: ECOSYSTEM.md)."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{LANGUAGE}", folder) and app.installTranslator(translator):
        return translator
    return None


def install_translations(app: QCoreApplication, folder: Path | None = None) -> list[QTranslator]:
    """Install a translator per .qm file and make Indonesian the default locale (dates, numbers)."""
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    installed = []
    # Installed first, so that our own files, searched before it, keep the last word.
    qt_own = _qt_own_translation(app)
    if qt_own is not None:
        installed.append(qt_own)
    for file in translation_files(folder):
        translator = QTranslator(app)
        if translator.load(str(file)) and app.installTranslator(translator):
            installed.append(translator)
        else:
            log.warning("translation %s could not be loaded", file.name)
    log.info("translations installed: %s", ", ".join(Path(t.filePath()).name for t in installed) or "none")
    return installed
