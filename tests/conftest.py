"""Shared fixtures: offscreen Qt before any Qt import, a fresh office store per test, users of each role."""

import os

# Set before anything imports Qt, so no test ever needs a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.person_rules import PersonDraft
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services import auth_service
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import key_slots
from tests import pg_server as pg_server_module
from tests.forked_runs import ForkedRuns
from tests.store_files import copy_store

OFFICE_CODE = "36.74.04.1004"  # Kelurahan Sawah, Kecamatan Ciputat
PASSWORD = "rahasia-123"
OFFICE_CONTACT = "Jl. Raya Sawah No. 1, Ciputat · telp. (021) 7490000"
HEAD_NAME = "H. Ahmad Syarifuddin, S.Sos."


# Every password the tests type (the fixtures', the CLI's and the window's tests', right and wrong ones):
# none may reach a log file.
TEST_PASSWORDS = (
    PASSWORD,
    "demo-tangsel",
    "sandi-bambu-1",
    "sandi-rahasia-9",
    "sandi-rahasia-10",
    "sandi-baru-2025",
    "sandi-baru-123",
    "bukan-sandinya",
    "bukan-sandi",
    "baru-sekali-1",
    "sandi-setu-1",
    "sandi-ops-baru",
    "sandi-dewi-1",
    "salah-terus",
    "salah-sekali",
    "salah-sandi",
    "salah-terakhir",
)
# A NIK or No. KK: 16 digits. Hex letters count as part of a word here, so a 16-digit stretch inside a
# logged uuid or hash (ids are logged, by design) is not taken for a NIK.
LOGGED_NIK = re.compile(r"(?<![0-9A-Fa-f])[0-9]{16}(?![0-9A-Fa-f])")


def personal_data_in(text: str) -> list[str]:
    """The 16-digit numbers and the test passwords found in a log's text."""
    return LOGGED_NIK.findall(text) + [password for password in TEST_PASSWORDS if password in text]


class _RecordsAsLogged(logging.Handler):
    """Each message as the code logged it, before the log file's mask (log_setup.SixteenDigitMask) could
    hide a NIK: the code that logs one fails its test even though the file would show it masked.

    An exception's own text is left to the mask: a library's error (a database constraint quoting the
    row) is not the code's choice of words, and the file check still reads what reached the file."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.found: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if personal_data_in(text):
            self.found.append(f"{record.name}: {text[:300]}")


@pytest.fixture(autouse=True)
def no_personal_data_in_logs(request: pytest.FixtureRequest) -> Iterator[None]:
    """After every test, the log files it produced (any logs/ folder of an application data folder under
    its tmp_path) and every record it logged hold no 16-digit number and no test password.

    The application's log file handler stays installed for the process once made (configure_logging
    keeps the first); the ones a test made are closed and removed after it, so each test writes, and is
    judged by, its own log file (with xdist, each worker does the same for its own tests)."""
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    records = _RecordsAsLogged()
    root.addHandler(records)
    if root.getEffectiveLevel() > logging.INFO:
        root.setLevel(logging.INFO)
    yield
    root.removeHandler(records)
    for handler in list(root.handlers):
        if handler not in before and getattr(handler, "tangsel", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    leaks = [f"logged: {line}" for line in records.found]
    # The test's own tmp_path if it (or a fixture it uses) asked for one: a test without one made no
    # data folder, and asking for one here would cost every test of the suite a folder.
    tmp_path = request.node.funcargs.get("tmp_path")
    log_files = sorted(tmp_path.rglob("logs/*.log*")) if isinstance(tmp_path, Path) else []
    for log_file in log_files:
        text = log_file.read_text(encoding="utf-8", errors="replace")
        leaks += [f"{log_file.name}: {line[:300]}" for line in text.splitlines() if personal_data_in(line)]
    if leaks:
        pytest.fail("personal data in the log (a NIK or No. KK, or a password):\n" + "\n".join(leaks[:10]))


def set_office_details(
    services: Services, actor: Actor, *, contact: str = OFFICE_CONTACT, head_name: str = HEAD_NAME
) -> None:
    """The office's contact line and head's name: official documents refuse to print without them."""
    services.documents.settings.set_office_details(actor=actor, contact=contact, head_name=head_name)


# Key slots made by the tests derive with argon2id at test strength. Every command-line sign-in of the
# tests unwraps a slot, and at the product's strength (t=3, 64 MiB, 4 lanes: DEFAULT_KDF) that is a fifth of
# a second each, minutes over the suite. The product's strength is what init writes, checked by
# tests/services/test_store_unlock.py with it restored; a slot states its own cost, so every path that
# reads one (sign-in, the recovery code, restore) runs the same code at either strength.
TEST_STRENGTH_KDF = key_slots.KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
PRODUCT_KDF = key_slots.DEFAULT_KDF


@pytest.fixture(autouse=True, scope="session")
def key_slots_at_test_strength() -> None:
    key_slots.DEFAULT_KDF = TEST_STRENGTH_KDF


# Passwords the tests set hash at test strength for the same reason: every store the fixtures make hashes
# three users' passwords and signs in one to three times, and at the product's strength (t=3, 64 MiB, 4
# lanes) that is a fifth of a second each, several minutes over the suite. A hash states its own cost, so
# every check runs the same code at either strength; tests/services/test_password_strength.py restores
# the product's hasher and proves it is the library's recommended one and upgrades a weaker hash.
TEST_STRENGTH_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
PRODUCT_HASHER = auth_service.PASSWORD_HASHER


@pytest.fixture(autouse=True, scope="session")
def passwords_at_test_strength() -> None:
    auth_service.PASSWORD_HASHER = TEST_STRENGTH_HASHER


@pytest.fixture
def forked(tmp_path: Path) -> Iterator[ForkedRuns]:
    """Real processes to kill -9, forked from one that imported the application (tests/forked_runs.py)."""
    runs = ForkedRuns(tmp_path / "runs")
    yield runs
    runs.close()


@pytest.fixture(scope="session")
def pg_server() -> Iterator["pg_server_module.PgServer"]:
    """A throwaway PostgreSQL cluster for this test process (skips, saying why, where none can start)."""
    reason = pg_server_module.available()
    if reason:
        pytest.skip(reason)
    server = pg_server_module.start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: "pg_server_module.PgServer") -> Iterator[str]:
    """The SQLAlchemy URL of a new, empty database on the throwaway server, dropped after the test."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture(scope="session")
def pg_head_template(pg_server: "pg_server_module.PgServer", tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database migrated to head once per test process, the template of pg_head_url's."""
    from tangsel_desktop.storage.database import Database
    from tangsel_desktop.storage.migrate import migrate
    from tangsel_desktop.storage.store_location import StoreLocation

    name = pg_server.create_database("head")
    database = Database(StoreLocation.parse(pg_server.url(name)))
    try:
        migrate(database, tmp_path_factory.mktemp("head-backups"))
    finally:
        database.dispose()  # a template must have no connection when it is copied
    return name


@pytest.fixture
def pg_head_url(pg_server: "pg_server_module.PgServer", pg_head_template: str) -> Iterator[str]:
    """A new database already at the newest schema (a copy of the template: 0.1 s instead of the 1.5 s of
    seventeen migrations; they are tested from empty in tests/storage). It shares the template's audit key,
    which no test tells apart."""
    import uuid

    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server.dsn(), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name} TEMPLATE {pg_head_template}")
    yield pg_server.url(name)
    pg_server.drop_database(name)


# Both engines: a test module marked `pytestmark = pytest.mark.both_engines` runs each of its tests that asks
# for `store_engine` (directly or through a fixture such as tests/sync's `centre`) once on SQLite and once on
# PostgreSQL (the central office's engine); elsewhere `store_engine` is "sqlite". Where PostgreSQL is not
# installed the PostgreSQL half skips with the reason (the pg_server fixture).
ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store_engine" in metafunc.fixturenames:
        both = metafunc.definition.get_closest_marker("both_engines") is not None
        metafunc.parametrize("store_engine", ENGINES if both else ENGINES[:1], indirect=True)


@pytest.fixture
def store_engine(request: pytest.FixtureRequest) -> str:
    """Which engine this test's central store runs on."""
    return str(getattr(request, "param", "sqlite"))


def point_at_server(folder: Path, request: pytest.FixtureRequest, store_engine: str) -> None:
    """On PostgreSQL, the office's settings file names a new database on the throwaway server, at the
    newest schema (as the central office's tangsel.ini names its server); on SQLite nothing (the file in
    the folder)."""
    if store_engine == "postgresql":
        url = request.getfixturevalue("pg_head_url")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "tangsel.ini").write_text(f"[database]\nurl = {url}\n", encoding="utf-8")


def set_up_centre(folder: Path) -> tuple[Services, Actor]:
    """Dinas Sosial set up in the folder (on the server its tangsel.ini names, else in a file) with its
    administrator `admin` signed in; the caller disposes of the store."""
    from tangsel_desktop.services.store_setup import set_up_new_office

    opened = set_up_new_office(
        DataPaths(folder),
        office_code="DINSOS",
        admin_username="admin",
        admin_full_name="Admin Pusat",
        admin_password=PASSWORD,
    )
    return opened.services, opened.actor


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture(scope="session")
def migrated_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store at the newest schema, made once per test process: running the twenty migrations for every
    test cost about half a second each (tests/storage/test_migrations.py runs them from empty). Its copies
    share its audit key, as pg_head_url's databases share their template's."""
    paths = DataPaths(tmp_path_factory.mktemp("migrated-store")).ensure()
    open_services(paths).database.dispose()
    return paths.database


@pytest.fixture
def bare_services(data_paths: DataPaths, migrated_store: Path) -> Iterator[Services]:
    """A migrated store with no office set up yet (a copy of migrated_store), or the store a fixture of the
    test already put in the folder."""
    if not data_paths.database.exists():
        copy_store(migrated_store, data_paths.database)
    services = open_services(data_paths)
    yield services
    services.database.dispose()


@pytest.fixture
def services(bare_services: Services) -> Services:
    """An office set up as Kelurahan Sawah with users admin, spv (supervisor) and ops (operator)."""
    bare_services.office.set_up(
        office_code=OFFICE_CODE,
        admin_username="admin",
        admin_full_name="Admin Kelurahan",
        admin_password=PASSWORD,
    )
    admin = bare_services.auth.login(username="admin", password=PASSWORD)
    for username, role in (("spv", Role.SUPERVISOR), ("ops", Role.OPERATOR)):
        bare_services.auth.add_user(
            actor=admin, username=username, full_name=username.upper(), role=role, password=PASSWORD
        )
    set_office_details(bare_services, admin)
    return bare_services


@pytest.fixture
def admin(services: Services) -> Actor:
    return services.auth.login(username="admin", password=PASSWORD)


@pytest.fixture
def supervisor(services: Services) -> Actor:
    return services.auth.login(username="spv", password=PASSWORD)


@pytest.fixture
def operator(services: Services) -> Actor:
    return services.auth.login(username="ops", password=PASSWORD)


def make_draft(**overrides: object) -> PersonDraft:
    """A valid person (a woman born 17 Aug 1985 in Kelurahan Sawah) with any field overridden."""
    values: dict[str, object] = {
        "nik": "3674045708850001",
        "kk_number": "3674041203150002",
        "full_name": "Siti Aminah",
        "sex": "P",
        "birth_place": "Jakarta",
        "birth_date": "1985-08-17",
        "address": "Jl. Mawar No. 5",
        "rt": "3",
        "rw": "12",
        "kelurahan": "Sawah",
        "phone": "081234567890",
        "occupation": "Pedagang keliling",
        "disability": "",
        "desil": "2",
    }
    values.update(overrides)
    return PersonDraft(**values)  # type: ignore[arg-type]
