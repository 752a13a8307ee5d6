"""The house rules that code review would otherwise have to remember: layers, docstrings, module size."""

import ast
import enum
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "tangsel_desktop"
MODULES = sorted(PACKAGE.rglob("*.py"))
QT_ALLOWED = ("ui/", "app.py")
MAX_LINES = 500


def _relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_package_has_modules() -> None:
    assert len(MODULES) > 20


@pytest.mark.parametrize("path", MODULES, ids=_relative)
def test_qt_is_imported_only_in_ui_and_app(path: Path) -> None:
    relative = _relative(path)
    if relative.startswith(QT_ALLOWED):
        return
    qt = {name for name in _imported_modules(path) if name.split(".")[0] in {"PySide6", "shiboken6"}}
    assert not qt, f"{relative} imports {qt}: Qt belongs in ui/ and app.py only"


@pytest.mark.parametrize("path", MODULES, ids=_relative)
def test_sql_layer_stays_in_storage(path: Path) -> None:
    relative = _relative(path)
    if relative.startswith(("storage/", "services/")):
        return
    leaked = {
        name
        for name in _imported_modules(path)
        if name.split(".")[0] in {"sqlalchemy", "sqlmodel", "sqlite3", "alembic"}
    }
    assert not leaked, f"{relative} imports {leaked}: the store is reached through services"


@pytest.mark.parametrize("path", MODULES, ids=_relative)
def test_every_module_opens_with_a_one_line_docstring(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstring = ast.get_docstring(tree)
    assert docstring, f"{_relative(path)} has no module docstring"
    assert docstring.strip().splitlines()[0].strip(), f"{_relative(path)}: empty first line"


@pytest.mark.parametrize("path", MODULES, ids=_relative)
def test_modules_stay_small(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{_relative(path)} has {lines} lines; split it by job"


def test_domain_needs_neither_store_nor_services() -> None:
    for path in (PACKAGE / "domain").rglob("*.py"):
        for name in _imported_modules(path):
            assert not name.startswith(
                ("tangsel_desktop.storage", "tangsel_desktop.services", "tangsel_desktop.ui")
            ), f"{_relative(path)} imports {name}"


def test_services_never_import_ui() -> None:
    for folder in ("services", "storage", "documents", "sync"):
        for path in (PACKAGE / folder).rglob("*.py"):
            for name in _imported_modules(path):
                assert not name.startswith("tangsel_desktop.ui"), f"{_relative(path)} imports {name}"


def test_only_the_command_line_imports_the_command_line() -> None:
    """What the window and the services share lives in domain/ or services/, not in a cli module."""
    for path in MODULES:
        relative = _relative(path)
        if relative.startswith(("cli", "__main__")):
            continue
        for name in _imported_modules(path):
            assert not name.startswith("tangsel_desktop.cli"), f"{relative} imports {name}"


UI = PACKAGE / "ui"
UI_FEATURES = ("people", "jamsos", "printing")
UI_MODULES = sorted(UI.rglob("*.py"))


def _ui_relative(path: Path) -> str:
    return path.relative_to(UI).as_posix()


@pytest.mark.parametrize("path", UI_MODULES, ids=_ui_relative)
def test_feature_folders_of_the_window_do_not_import_each_other(path: Path) -> None:
    relative = _ui_relative(path)
    feature = relative.split("/")[0]
    if feature not in UI_FEATURES:
        return
    others = {
        name
        for name in _imported_modules(path)
        for other in UI_FEATURES
        if other != feature and name.startswith(f"tangsel_desktop.ui.{other}")
    }
    assert not others, f"ui/{relative} imports {others}: use ui/wiring.py"


@pytest.mark.parametrize("path", UI_MODULES, ids=_ui_relative)
def test_only_the_style_kit_names_colours_and_styles(path: Path) -> None:
    relative = _ui_relative(path)
    if relative.startswith("widgets/style.py"):
        return
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    colours = re.findall(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?![0-9a-fA-F])", text)
    assert not colours, f"ui/{relative} names colours {colours}: use ui/widgets/style.py"
    defined = [
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name) and target.id.endswith(("_STYLE", "_COLOR", "_COLOUR"))
    ]
    assert not defined, f"ui/{relative} defines {defined}: styles live in ui/widgets/style.py"
    literal_sheets = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "setStyleSheet"
        and node.args
        and isinstance(node.args[0], ast.Constant | ast.JoinedStr)
        and node.args[0] != ast.Constant("")
        and not (isinstance(node.args[0], ast.Constant) and node.args[0].value == "")
    ]
    assert not literal_sheets, f"ui/{relative} writes style sheets inline (lines {literal_sheets})"


@pytest.mark.parametrize("path", UI_MODULES, ids=_ui_relative)
def test_only_operations_publish_changes(path: Path) -> None:
    relative = _ui_relative(path)
    if relative in ("operations.py", "change_bus.py"):
        return
    published = [
        node.lineno
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr == "publish"
    ]
    assert not published, f"ui/{relative} publishes by hand (lines {published}): run the work as an Operation"


@pytest.mark.parametrize("path", UI_MODULES, ids=_ui_relative)
def test_the_window_never_imports_the_store(path: Path) -> None:
    store = {name for name in _imported_modules(path) if name.startswith("tangsel_desktop.storage")}
    assert not store, f"ui/{_ui_relative(path)} imports {store}: go through a service"


def test_the_change_summary_is_a_typed_value() -> None:
    from tangsel_desktop.services.changes import ChangeSummary

    assert issubclass(ChangeSummary, enum.Flag)
    assert ChangeSummary.PERSON | ChangeSummary.HOUSEHOLD


def test_the_enrol_dialog_leaves_eligibility_to_the_service() -> None:
    imported = _imported_modules(UI / "jamsos" / "enrol_dialog.py")
    assert "tangsel_desktop.domain.jamsos.membership_rules" not in imported
    assert "date.today" not in (UI / "jamsos" / "enrol_dialog.py").read_text(encoding="utf-8")
