"""Every tr() string of every area is in its committed .ts, translated, and compiled into its .qm."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from tangsel_desktop.paths import resources_dir
from tangsel_desktop.ui.translations import install_translations, translation_files

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "tangsel_desktop"
TRANSLATIONS = resources_dir() / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("tangsel_*_id.ts"))
TOOLS = Path(sys.executable).parent

Message = tuple[str, str]  # context, source


def _area(ts_file: Path) -> str:
    return ts_file.name.removeprefix("tangsel_").removesuffix("_id.ts")


# Shared widgets whose texts an area's file carries (the area that brought them).
AREA_WIDGETS = {
    "shell": ["progress_row.py"],
    "people": ["person_photo_view.py"],
    "printing": ["pdf_preview_dialog.py", "pdf_print_job.py", "print_files.py"],
}


def _sources(area: str) -> list[Path]:
    """The shell: app.py and the modules at the top of ui/; any other area: its own ui/<area>/, and
    the shared widgets it brought (AREA_WIDGETS)."""
    widgets = [PACKAGE / "ui" / "widgets" / name for name in AREA_WIDGETS.get(area, [])]
    if area == "shell":
        return [PACKAGE / "app.py", *sorted((PACKAGE / "ui").glob("*.py")), *widgets]
    return sorted((PACKAGE / "ui" / area).glob("*.py")) + widgets


def test_every_shared_widget_with_texts_belongs_to_one_area() -> None:
    """A widget's texts reach the window only through an area's file: a widget nobody claims stays English."""
    claimed = [name for names in AREA_WIDGETS.values() for name in names]
    speaking = {
        path.name
        for path in (PACKAGE / "ui" / "widgets").glob("*.py")
        if "self.tr(" in path.read_text(encoding="utf-8") or "translate(" in path.read_text(encoding="utf-8")
    }
    assert sorted(claimed) == sorted(set(claimed)), "a widget is claimed by two areas"
    assert speaking <= set(claimed), f"widgets with texts but no area: {sorted(speaking - set(claimed))}"


def _messages(ts_file: Path) -> dict[Message, tuple[str, str]]:
    """(context, source) -> (translation, type), leaving out what lupdate keeps for removed code."""
    found = {}
    # Our own committed files, not untrusted input.
    for context in ET.parse(ts_file).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type", "")
            if kind in ("vanished", "obsolete"):
                continue
            found[(name, message.findtext("source", ""))] = (translation.text or "", kind)
    return found


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(TOOLS)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing (it comes with PySide6)")
    return found


def test_the_shell_has_its_translation() -> None:
    assert TRANSLATIONS / "tangsel_shell_id.ts" in TS_FILES


@pytest.mark.parametrize("ts_file", TS_FILES, ids=_area)
def test_the_ts_file_covers_the_code_and_is_translated(ts_file: Path, tmp_path: Path) -> None:
    sources = _sources(_area(ts_file))
    assert sources, f"no source files for {ts_file.name}"
    committed = _messages(ts_file)
    copy = tmp_path / ts_file.name
    shutil.copy(ts_file, copy)
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", *map(str, sources), "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    regenerated = _messages(copy)
    new = sorted(set(regenerated) - set(committed))
    assert not new, f"{ts_file.name} lacks {len(new)} message(s); run pyside6-lupdate: {new[:5]}"
    unfinished = sorted(key for key, (text, kind) in regenerated.items() if kind == "unfinished" or not text)
    assert not unfinished, f"{ts_file.name}: {len(unfinished)} untranslated: {unfinished[:5]}"


@pytest.mark.parametrize("ts_file", TS_FILES, ids=_area)
def test_the_qm_file_is_compiled_from_the_ts_file(ts_file: Path, tmp_path: Path) -> None:
    qm_file = ts_file.with_suffix(".qm")
    assert qm_file.exists(), f"{qm_file.name} is missing; run pyside6-lrelease"
    fresh = tmp_path / qm_file.name
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    if fresh.read_bytes() == qm_file.read_bytes():
        return
    # Built with other options, perhaps: then every translation must still come out of it.
    translator = QTranslator()
    assert translator.load(str(qm_file))
    stale = [
        key
        for key, (text, _kind) in _messages(ts_file).items()
        if text and translator.translate(key[0], key[1]) != text
    ]
    assert not stale, f"{qm_file.name} is older than {ts_file.name}; run pyside6-lrelease: {stale[:5]}"


def test_every_area_translation_is_installed_and_indonesian_is_the_locale(qapp: QApplication) -> None:
    installed = install_translations(qapp)
    try:
        assert sorted(Path(t.filePath()).name for t in installed) == [
            path.name for path in translation_files()
        ]
        assert "tangsel_shell_id.qm" in [Path(t.filePath()).name for t in installed]
        assert QLocale().language() == QLocale.Language.Indonesian
        assert QApplication.translate("LoginDialog", "&Sign in") == "&Masuk"
        assert QApplication.translate("SetupDialog", "&Cancel") == "&Batal"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
