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
    if relative.startswith("storage/"):
        return
    leaked = {
        name
        for name in _imported_modules(path)
        if name.split(".")[0] in {"sqlalchemy", "sqlmodel", "sqlite3", "alembic"}
    }
    assert not leaked, f"{relative} imports {leaked}: the store is reached through services"


# Every service reaches the store only through the Transaction (storage/transaction.py).
TRANSACTION_ONLY = ("services/",)
SQL_PACKAGES = {"sqlalchemy", "sqlmodel", "sqlite3"}


def _table_modules() -> set[str]:
    """The modules that declare table classes: storage/tables.py and storage/*/..._tables.py."""
    storage = PACKAGE / "storage"
    found = {"tangsel_desktop.storage.tables"}
    for path in storage.rglob("*_tables.py"):
        found.add("tangsel_desktop." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts))
    return found


def _store_leaks(path: Path) -> set[str]:
    """What a module imports that belongs behind the Transaction: SQL packages, table classes."""
    tables = _table_modules()
    leaked = set()
    for name in _imported_modules(path):
        if name.split(".")[0] in SQL_PACKAGES or name in tables:
            leaked.add(name)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        # `from tangsel_desktop.storage import tables` names the table module without importing from it.
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                if f"{node.module}.{alias.name}" in tables:
                    leaked.add(f"{node.module}.{alias.name}")
    return leaked


TRANSACTION_MODULES = [path for path in MODULES if _relative(path).startswith(TRANSACTION_ONLY)]


def test_the_transaction_rule_covers_its_modules() -> None:
    covered = {_relative(path) for path in TRANSACTION_MODULES}
    assert "services/people/people_service.py" in covered
    assert "services/jamsos/membership_service.py" in covered
    assert "services/documents/document_service.py" in covered
    assert len(covered) >= 45


@pytest.mark.parametrize("path", TRANSACTION_MODULES, ids=_relative)
def test_services_reach_the_store_only_through_the_transaction(path: Path) -> None:
    leaked = _store_leaks(path)
    assert not leaked, (
        f"{_relative(path)} imports {sorted(leaked)}: services pass the Transaction to store functions "
        "in storage/ and get plain values back"
    )


def test_the_store_leak_check_sees_sql_and_tables(tmp_path: Path) -> None:
    """The rule above can fail: each kind of leak in a module is caught."""
    leaky = tmp_path / "leaky.py"
    leaky.write_text(
        '"""A service that goes around the Transaction."""\n'
        "import sqlite3\n"
        "from sqlmodel import Session\n"
        "from sqlalchemy.orm import Session as OrmSession\n"
        "from tangsel_desktop.storage.tables import Person\n"
        "from tangsel_desktop.storage.jamsos import membership_tables\n",
        encoding="utf-8",
    )
    assert _store_leaks(leaky) == {
        "sqlite3",
        "sqlmodel",
        "sqlalchemy.orm",
        "tangsel_desktop.storage.tables",
        "tangsel_desktop.storage.jamsos.membership_tables",
    }


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


# Modules every program shares: they ask the program registries (services/programs.py and
# ui/program_parts.py, filled in services/service_set.py and app.py) and never name a program.
PROGRAM_BLIND = (
    "services/documents/",
    "services/dashboard_service.py",
    "services/programs.py",
    "services/person_data.py",
    "services/people/pdp_report.py",
    "services/people/erasure_service.py",
    "storage/people/erasure_store.py",
    "storage/audit_redaction.py",
    "storage/documents/",
    "storage/program_store.py",
    "ui/home_page.py",
    "ui/program_parts.py",
    "ui/people/",
    "ui/printing/",
)
PROGRAM_NAMES = ("jamsos", "sembako", "training", "pelatihan")


@pytest.mark.parametrize(
    "path", [path for path in MODULES if _relative(path).startswith(PROGRAM_BLIND)], ids=_relative
)
def test_shared_modules_name_no_program(path: Path) -> None:
    """A new program touches its own folders and one line of each registry, never these modules."""
    text = path.read_text(encoding="utf-8").lower()
    named = [name for name in PROGRAM_NAMES if name in text]
    assert not named, f"{_relative(path)} names {named}: reach the program through its registry"


def test_the_program_blind_list_still_matches_modules() -> None:
    for prefix in PROGRAM_BLIND:
        assert any(_relative(path).startswith(prefix) for path in MODULES), f"{prefix} is gone: update"


# The Transaction's insides (its session, its connections) are for storage/ alone; the pre-transaction
# doors are gone and must not come back under another spelling outside storage/.
OLD_DOORS = (
    "read_session(",
    "write_session(",
    "raw_write(",
    "audit.append(",
    "tx.session",
    "tx.connection",
    ".raw(",
)


@pytest.mark.parametrize(
    "path", [path for path in MODULES if not _relative(path).startswith("storage/")], ids=_relative
)
def test_only_storage_looks_inside_the_transaction(path: Path) -> None:
    relative = _relative(path)
    text = path.read_text(encoding="utf-8")
    used = [door for door in OLD_DOORS if door in text]
    assert not used, f"{relative} uses {used}: open Database.write(actor)/read()/query() and pass the tx on"


UI = PACKAGE / "ui"
UI_FEATURES = ("people", "jamsos", "printing", "sembako", "training", "reports", "backups")
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
