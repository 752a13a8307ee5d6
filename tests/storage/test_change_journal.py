"""The change journal: every write path notes every changed row, and replaying it rebuilds the store."""

import contextlib
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.actor import SYSTEM_ACTOR
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import sqlite_driver
from tangsel_desktop.storage.change_journal import (
    JOURNALED_TABLES,
    NOT_JOURNALED,
    NOT_JOURNALED_PREFIXES,
)
from tangsel_desktop.storage.migrate import migrate
from tests.cli.test_cli import OFFICE, Cli
from tests.conftest import make_draft
from tests.photo_samples import webcam_frame
from tests.store_files import open_office, store_at_revision

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _rows(connection: sqlite_driver.Connection, table: str) -> list[tuple[object, ...]]:
    key = JOURNALED_TABLES[table]
    return connection.execute(f"SELECT * FROM {table} ORDER BY {key}").fetchall()


def _journal(connection: sqlite_driver.Connection) -> list[tuple[int, str, str, str, int]]:
    return connection.execute(
        "SELECT seq, table_name, row_id, operation, version FROM change_journal ORDER BY seq"
    ).fetchall()


def _empty_store(folder: Path) -> Path:
    """A migrated store with no office in it: what the central office starts from."""
    services = open_services(DataPaths(folder).ensure())
    services.database.dispose()
    return DataPaths(folder).database


def replay(source_file: Path, target_file: Path, source_key: bytes | None = None) -> None:
    """Apply the source's journal, oldest first, to the target: rows in their last state, tombstones."""
    with (
        closing(sqlite_driver.connect(source_file, source_key)) as source,
        closing(sqlite_driver.connect(target_file)) as target,
    ):
        # A parent changed after its child was written comes later in the journal: check keys at the end.
        target.execute("PRAGMA foreign_keys=OFF")
        for _seq, table, row_id, operation, _version in _journal(source):
            key = JOURNALED_TABLES[table]
            found = source.execute(f"SELECT * FROM {table} WHERE CAST({key} AS TEXT) = ?", (row_id,))
            columns = [column[0] for column in found.description]
            row = found.fetchone()
            if row is None:
                assert operation == "delete", f"{table} {row_id} is gone but journaled as {operation}"
                target.execute(f"DELETE FROM {table} WHERE CAST({key} AS TEXT) = ?", (row_id,))
                continue
            target.execute(
                f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                row,
            )
        target.commit()
        assert target.execute("PRAGMA foreign_key_check").fetchall() == []


def assert_same_rows(source_file: Path, target_file: Path, source_key: bytes | None = None) -> None:
    with (
        closing(sqlite_driver.connect(source_file, source_key)) as source,
        closing(sqlite_driver.connect(target_file)) as target,
    ):
        for table in JOURNALED_TABLES:
            assert _rows(target, table) == _rows(source, table), f"table {table} differs after replay"


def test_every_table_is_journaled_or_named_as_not(tmp_path: Path) -> None:
    database = _empty_store(tmp_path / "store")
    with closing(sqlite_driver.connect(database)) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        triggers = {
            row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
    unknown = {
        table
        for table in tables
        if table not in JOURNALED_TABLES
        and table not in NOT_JOURNALED
        and not table.startswith(NOT_JOURNALED_PREFIXES)
    }
    assert unknown == set(), "a new table must be journaled (JOURNALED_TABLES) or named in NOT_JOURNALED"
    for table in JOURNALED_TABLES:
        assert {f"journal_{table}_{event}" for event in ("insert", "update", "delete")} <= triggers


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    cli = Cli(tmp_path / "kantor", capsys, monkeypatch)
    assert cli("init", "--office", OFFICE, "--admin", "ani")[0] == 0
    return cli


@pytest.fixture
def office_services(office: Cli) -> Iterator[Services]:
    services = open_office(str(office.data_dir))
    yield services
    services.database.dispose()


def test_a_row_changed_twice_is_listed_once_in_its_last_version(office_services: Services) -> None:
    people = office_services.people
    siti, _ = people.register(actor=SYSTEM_ACTOR, draft=make_draft())
    people.update(actor=SYSTEM_ACTOR, person_id=siti.id, draft=make_draft(full_name="Siti Aminah Rahayu"))
    people.update(actor=SYSTEM_ACTOR, person_id=siti.id, draft=make_draft(full_name="Siti Rahayu"))
    with closing(
        sqlite_driver.connect(office_services.database.file, office_services.database.key)
    ) as connection:
        entries = [entry for entry in _journal(connection) if entry[2] == siti.id]
        newest = connection.execute("SELECT max(seq) FROM change_journal").fetchone()[0]
    assert [(table, operation, version) for _, table, _, operation, version in entries] == [
        ("person", "update", 3)
    ]
    assert entries[0][0] == newest


def test_a_deletion_stays_as_a_tombstone(office_services: Services) -> None:
    people = office_services.people
    siti, _ = people.register(actor=SYSTEM_ACTOR, draft=make_draft())
    people.delete(actor=SYSTEM_ACTOR, person_id=siti.id, reason="data ganda")
    with closing(
        sqlite_driver.connect(office_services.database.file, office_services.database.key)
    ) as connection:
        operations = {row[2]: row[3] for row in _journal(connection)}
        connection.execute("DELETE FROM office_setting")  # a row really removed, as a later cleanup might
        connection.execute(
            "INSERT INTO office_setting (key, value, updated_at) VALUES ('contoh', 'x', '2026-01-01')"
        )
        connection.execute("DELETE FROM office_setting WHERE key = 'contoh'")
        connection.commit()
        removed = connection.execute(
            "SELECT operation FROM change_journal WHERE table_name = 'office_setting' AND row_id = 'contoh'"
        ).fetchone()
    assert operations[siti.id] == "delete"
    assert removed == ("delete",)


def test_the_sequence_only_grows(office_services: Services) -> None:
    people = office_services.people
    seen: list[int] = []
    for number in range(3):
        people.register(actor=SYSTEM_ACTOR, draft=make_draft(nik=f"367404570885000{number + 1}"))
        with closing(
            sqlite_driver.connect(office_services.database.file, office_services.database.key)
        ) as connection:
            seen.append(connection.execute("SELECT max(seq) FROM change_journal").fetchone()[0])
    assert seen == sorted(set(seen))


def _every_write_path(office: Cli, services: Services, tmp_path: Path) -> None:
    """The window's and the command line's writes, the import and the demo fill (both bulk paths)."""
    assert office("users", "add", "sri", "--role", "supervisor", user="ani")[0] == 0
    assert office("users", "add", "budi", "--role", "operator", user="ani")[0] == 0
    assert office("users", "reset-password", "budi", user="ani")[0] == 0
    assert office("people", "import", str(SAMPLES / "contoh-impor-penduduk.csv"), user="ani")[0] == 0
    assert office("demo", "--people", "120", user="ani")[0] == 0
    people = services.people
    siti, _ = people.register(actor=SYSTEM_ACTOR, draft=make_draft())
    budi, _ = people.register(
        actor=SYSTEM_ACTOR, draft=make_draft(nik="3674041708850002", full_name="Budi Santoso", sex="L")
    )
    people.update(actor=SYSTEM_ACTOR, person_id=siti.id, draft=make_draft(full_name="Siti Aminah Rahayu"))
    people.set_head(actor=SYSTEM_ACTOR, person_id=budi.id)
    people.change_household_kk(actor=SYSTEM_ACTOR, person_id=budi.id, new_kk="3674041203150099")
    # A deleted person's photo goes with them: a tombstone in the journal.
    services.person_photos.set_photo(
        actor=SYSTEM_ACTOR, person_id=siti.id, image=webcam_frame(), source="camera"
    )
    people.delete(actor=SYSTEM_ACTOR, person_id=siti.id, reason="data ganda")
    # Erased under UU PDP (below): a tombstone without personal data, their own household and KK history
    # removed; the central office must receive the same.
    people.register(
        actor=SYSTEM_ACTOR,
        draft=make_draft(nik="3674044101900007", full_name="Rani Dihapus", kk_number="3674041203150077"),
    )
    nik = "3674041708850002"
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(webcam_frame((640, 480)))
    steps = [
        ("jamsos", "occupations", "--add", "Juru parkir"),
        ("jamsos", "rules", "--max-desil", "10", "--office-kelurahan-only", "no", "--four-eyes", "no"),
        ("jamsos", "enroll", "--nik", nik, "--occupation", "Tukang sapu", "--override", "uji jurnal"),
        ("jamsos", "status", "--nik", nik, "--to", "verified"),
        ("jamsos", "status", "--nik", nik, "--to", "submitted"),
        ("jamsos", "status", "--nik", nik, "--to", "active", "--kpj", "25000000001", "--month", "2026-01"),
        ("jamsos", "recap", "--month", "2026-09", "--out", str(tmp_path / "rekap-09.pdf")),
        (
            "jamsos",
            "death",
            "--nik",
            nik,
            "--died-on",
            "2026-08-14",
            "--heir",
            "Ani",
            "--heir-relation",
            "istri",
            "--reason",
            "akta kematian terlambat",  # September was signed: a correction (jamsos_correction)
        ),
        ("jamsos", "claim", "--nik", nik, "--stage", "submitted", "--note", "KC BPJS Serpong"),
        ("jamsos", "rate", "--from", "2027-01", "--jkk", "11000", "--jkm", "7000"),
        ("documents", "office", "--contact", "Jl. Raya Sawah 1", "--head-name", "Hj. Siti Rahmah"),
        ("documents", "number-format", "--kind", "tanda-terima", "--prefix", "TTS"),
        ("people", "photo", "--nik", nik, "--file", str(photo)),
        ("people", "photo", "--nik", nik, "--remove"),
        ("people", "photo", "--nik", nik, "--file", str(photo)),
        ("people", "photo", "--nik", nik, "--file", str(photo)),  # replaced: the same row, a new version
        ("cards", str(tmp_path / "kartu.pdf"), "--nik", "3674041708850002", "--layout", "cr80"),
        ("people", "erase", "--nik", "3674044101900007", "--reason", "permintaan", "--yes"),
    ]
    for words in steps:
        code, payload = office(*words, user="ani")
        assert code == 0, (words, payload)
    _sembako_paths(office, nik)
    _training_paths(office, nik, tmp_path)


def _training_paths(office: Cli, nik: str, folder: Path) -> None:
    """A BNSP training from its batch to the follow-up: every table of the program is written."""
    code, payload = office(
        "training", "add", "--name", "Jurnal Kue", "--kind", "bnsp", "--jp", "8", "--min-attendance", "75",
        "--lsp", "LSP Boga", "--scheme", "Pembuat Kue", user="ani",
    )  # fmt: skip
    assert code == 0, payload
    code, payload = office(
        "training", "batch", "add", "--training", payload["training"], "--start", "2026-05-04",
        "--end", "2026-05-04", "--quota", "3", "--place", "Aula", user="ani",
    )  # fmt: skip
    assert code == 0, payload
    batch = payload["batch"]
    for words in (
        ("training", "enroll", "--batch", batch, "--nik", nik),
        ("training", "select", "--batch", batch, "--nik", nik),
        ("training", "attend", "--batch", batch, "--date", "2026-05-04", "--nik", nik, "--status", "izin"),
        ("training", "attend", "--batch", batch, "--date", "2026-05-04", "--nik", nik, "--status", "hadir"),
        ("training", "result", "--batch", batch, "--nik", nik, "--result", "kompeten",
         "--lsp-number", "LSP/1", "--date", "2026-05-20"),
        ("training", "certificates", "--batch", batch, str(folder / "sertifikat.pdf")),
        ("training", "kit", "--batch", batch, "--nik", nik, "--item", "Oven", "--brand", "Kue Budi"),
        ("training", "internship", "--batch", batch, "--nik", nik, "--host", "Toko Roti",
         "--start", "2026-05-11"),
        ("training", "follow-up", "--batch", batch, "--nik", nik, "--month", "3", "--working", "yes"),
    ):  # fmt: skip
        code, payload = office(*words, user="ani")
        assert code == 0, (words, payload)


def _sembako_paths(office: Cli, nik: str) -> None:
    """A sembako round from its letters to a voided handover: every table of the program is written."""
    code, payload = office(
        "sembako", "round", "create", "--name", "Jurnal", "--month", "2026-11", "--category", "tbc",
        "--category", "terpencil", "--item", "Beras,kg,5,14000", "--day", "2026-11-20:Aula", user="ani",
    )  # fmt: skip
    assert code == 0, payload
    round_id = payload["round"]
    steps = [
        ("sembako", "evidence", "remote-rw", "9", "--note", "bantaran sungai"),
        (
            "sembako",
            "evidence",
            "add",
            "--nik",
            nik,
            "--category",
            "tbc",
            "--document",
            "TB/1",
            "--from",
            "2026-01-01",
            "--until",
            "2026-12-31",
        ),
        ("sembako", "round", "propose", "--round", round_id),
        ("sembako", "round", "approve", "--round", round_id),
        ("sembako", "stock", "receive", "--round", round_id, "--count", "3", "--bast", "BAST/1"),
        ("sembako", "handover", "--round", round_id, "--nik", nik),
        ("sembako", "stock", "damage", "--round", round_id, "--count", "1", "--reason", "sobek"),
        ("sembako", "void", "--round", round_id, "--nik", nik, "--reason", "uji jurnal"),
    ]
    for words in steps:
        code, payload = office(*words, user="ani")
        assert code == 0, (words, payload)


def test_replaying_the_journal_rebuilds_what_every_write_path_wrote(
    office: Cli, office_services: Services, tmp_path: Path
) -> None:
    _every_write_path(office, office_services, tmp_path)
    office_services.database.dispose()
    target = _empty_store(tmp_path / "pusat")
    key = office_services.database.key
    replay(office_services.database.file, target, key)
    assert_same_rows(office_services.database.file, target, key)
    with closing(
        sqlite_driver.connect(office_services.database.file, office_services.database.key)
    ) as connection:
        journaled = {row[0] for row in connection.execute("SELECT DISTINCT table_name FROM change_journal")}
    # The paths above reach every kind of the office's data, so a table never journaled is a missed path.
    assert journaled == set(JOURNALED_TABLES)


def test_a_store_from_before_the_journal_has_its_rows_backfilled(tmp_path: Path) -> None:
    """Migration 0005 on a store that already holds people: the first package must carry them."""
    from tangsel_desktop.storage.database import Database

    database = Database(tmp_path / "office.sqlite3")
    try:
        store_at_revision(
            database,
            "0004",
            "INSERT INTO household (id, kk_number, created_at, updated_at) "
            "VALUES ('h1', '3674041203150002', '2026-01-01', '2026-01-01')",
        )
        migrate(database, tmp_path / "backups")
    finally:
        database.dispose()
    with closing(sqlite_driver.connect(tmp_path / "office.sqlite3")) as connection:
        assert ("household", "h1", "insert", 1) in [row[1:] for row in _journal(connection)]


# The property: any sequence of registry actions, replayed from the journal, gives the same rows.
ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["register", "update", "delete", "set_head", "change_kk"]),
        st.integers(min_value=0, max_value=3),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=ACTIONS)
def test_any_sequence_of_registry_actions_replays_to_the_same_rows(
    actions: list[tuple[str, int]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("journal-property")
    services = open_services(DataPaths(folder / "kantor").ensure())
    try:
        services.office.set_up(
            office_code=OFFICE, admin_username="ani", admin_full_name="Ani", admin_password="rahasia-123"
        )
        people = services.people
        ids: dict[int, str] = {}
        for action, slot in actions:
            nik = f"36740457088500{slot + 10}"
            kk = f"36740412031500{slot % 2 + 10}"
            if action == "register" and slot not in ids:
                person, _ = people.register(actor=SYSTEM_ACTOR, draft=make_draft(nik=nik, kk_number=kk))
                ids[slot] = person.id
            elif slot in ids and action == "update":
                people.update(
                    actor=SYSTEM_ACTOR,
                    person_id=ids[slot],
                    draft=make_draft(nik=nik, kk_number=kk, full_name=f"Siti {len(actions)}"),
                )
            elif slot in ids and action == "set_head":
                people.set_head(actor=SYSTEM_ACTOR, person_id=ids[slot])
            elif slot in ids and action == "change_kk":
                # The same new KK twice is refused, and a refusal changes nothing: replay must agree.
                with contextlib.suppress(UserError):
                    people.change_household_kk(
                        actor=SYSTEM_ACTOR, person_id=ids[slot], new_kk=f"36740412031501{slot + 10}"
                    )
            elif slot in ids and action == "delete":
                people.delete(actor=SYSTEM_ACTOR, person_id=ids.pop(slot), reason="uji")
    finally:
        services.database.dispose()
    target = _empty_store(folder / "pusat")
    replay(services.database.file, target)
    assert_same_rows(services.database.file, target)
