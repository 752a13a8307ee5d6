"""The house rules that code review would otherwise have to remember: layers, docstrings, module size."""

import ast
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


# Service packages already moved onto the one door (Database.write(actor)/read()/query() and the
# Transaction): the lead widens this to all of services/ once every package has moved.
SERVICES_THROUGH_THE_TRANSACTION = ("services/jamsos/",)


def _imported_names(path: Path) -> set[str]:
    """Every module imported, and for `from a import b` also a.b: `from storage import tables` counts."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _is_table_module(name: str) -> bool:
    """storage/tables.py and the table modules of the feature packages (storage/*/..._tables.py)."""
    parts = name.split(".")
    if parts[:2] != ["tangsel_desktop", "storage"]:
        return False
    return any(part == "tables" or part.endswith("_tables") for part in parts[2:])


@pytest.mark.parametrize(
    "path",
    [path for path in MODULES if _relative(path).startswith(SERVICES_THROUGH_THE_TRANSACTION)],
    ids=_relative,
)
def test_services_reach_the_store_only_through_the_transaction(path: Path) -> None:
    names = _imported_names(path)
    sql = {name for name in names if name.split(".")[0] in {"sqlalchemy", "sqlmodel", "sqlite3"}}
    tables = {name for name in names if _is_table_module(name)}
    assert not sql, (
        f"{_relative(path)} imports {sorted(sql)}: SQL belongs in storage/, behind the Transaction"
    )
    assert not tables, f"{_relative(path)} imports {sorted(tables)}: store functions hand out plain values"


def test_the_transaction_rule_covers_the_jamsos_services() -> None:
    covered = [path for path in MODULES if _relative(path).startswith(SERVICES_THROUGH_THE_TRANSACTION)]
    assert len(covered) > 10


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
