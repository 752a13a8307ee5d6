"""Issue 13, backups that restore: each kind put back table by table; bad copies refused, store as it was."""

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command

from tangsel_desktop.bootstrap import open_services, take_daily_backup
from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.backup_service import BEFORE_SYNC, BackupView
from tangsel_desktop.services.demo.demo_service import DemoService
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import backup_manifest, sqlite_driver
from tangsel_desktop.storage.backup import backup_database, finished_backups
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.integrity import check_store
from tangsel_desktop.storage.migrate import _alembic_config, current_revision, head_revision, migrate
from tests.backup_files import dump
from tests.conftest import make_draft
from tests.services.prepared_office import actor
from tests.store_files import copy_store

OTHER_OFFICE = "36.74.04.1005"  # Kelurahan Serua Indah


def _fill(services: Services, admin: Actor, people: int, seed: int) -> None:
    DemoService(services.database, services.office).fill(actor=admin, people=people, seed=seed)


def _change(services: Services, admin: Actor) -> None:
    """What the restore takes back out: two people registered, one of the first ones removed."""
    for serial in (1, 2):
        draft = make_draft(nik=f"367404570885{serial:04}", kk_number=f"367404120315{serial:04}")
        services.people.register(actor=admin, draft=draft)
    first = services.people.find_by_nik(actor=admin, nik="3674045708850001")
    assert first is not None
    services.people.delete(actor=admin, person_id=first.id, reason="pindah")


def _take(services: Services, admin: Actor, kind: str) -> Path:
    if kind == "harian":
        made = services.backup.daily_if_due()
        assert made is not None
        return made.path
    if kind == "manual":
        return services.backup.backup_now(actor=admin)[0].path
    if kind == "sebelum-sinkron":
        return services.backup.before(BEFORE_SYNC).path
    # What migrate() calls before it moves a store on (storage/migrate.py), under the same name.
    return backup_database(services.database.file, services.paths.backups, reason="sebelum-migrasi-0010")


@pytest.mark.parametrize("kind", ["harian", "manual", "sebelum-sinkron", "sebelum-migrasi-0010"])
def test_each_kind_of_backup_restores_every_table_row_by_row(
    services: Services, admin: Actor, kind: str
) -> None:
    _fill(services, admin, 40, seed=1)
    before = dump(services.database.file)
    backup = _take(services, admin, kind)
    assert kind in backup.name
    _change(services, admin)
    assert dump(services.database.file)["person"] != before["person"]

    preview = services.restore.preview(actor=admin, file=backup)
    people = next(line for line in preview.lines if line.table == "person")
    assert (people.current, people.backup) == (42, 40)
    result, _ = services.restore.restore(actor=admin, file=backup)

    after = dump(services.database.file)
    assert set(after) == set(before)
    for table in sorted(before):
        if table in ("audit_log", "audit_anchor"):
            continue  # the restore's own entry follows
        assert after[table] == before[table], table
    trail = sorted(after["audit_log"])
    assert trail[:-1] == sorted(before["audit_log"])
    assert (trail[-1][4], trail[-1][5], trail[-1][6]) == ("restore", "database", backup.name)
    assert json.loads(trail[-1][8])["safety_copy"] == result.safety_copy.name
    # The store before the restore was copied first, with what the restore took out.
    assert "sebelum-pemulihan" in result.safety_copy.name
    assert len(dump(result.safety_copy)["person"]) == 42
    assert check_store(services.database, services.paths.backups).problems == ()


def _refused(services: Services, admin: Actor, file: Path, message: str) -> None:
    store_before = dump(services.database.file)
    files_before = sorted(p.name for p in services.paths.backups.iterdir())
    with pytest.raises(UserError, match=message):
        services.restore.preview(actor=admin, file=file)
    with pytest.raises(UserError, match=message):
        services.restore.restore(actor=admin, file=file)
    assert dump(services.database.file) == store_before
    # Refused before anything: not even the safety copy was made.
    assert sorted(p.name for p in services.paths.backups.iterdir()) == files_before


def _copy_with_manifest(backup: Path, target: Path, content: bytes) -> Path:
    target.write_bytes(content)
    backup_manifest.manifest_path(target).write_bytes(backup_manifest.manifest_path(backup).read_bytes())
    return target


def test_a_truncated_or_changed_backup_is_refused_and_the_store_stays_as_it_was(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    _fill(services, admin, 10, seed=3)
    backup, _ = services.backup.backup_now(actor=admin)
    content = backup.path.read_bytes()
    truncated = _copy_with_manifest(backup.path, tmp_path / backup.path.name, content[: len(content) // 2])
    _refused(services, admin, truncated, "rusak")
    changed = bytearray(content)
    changed[len(changed) // 3] ^= 0x01
    (tmp_path / "satu").mkdir()
    one_byte = _copy_with_manifest(backup.path, tmp_path / "satu" / backup.path.name, bytes(changed))
    _refused(services, admin, one_byte, "rusak")
    lonely = tmp_path / "tanpa-keterangan.sqlite3"
    lonely.write_bytes(content)
    _refused(services, admin, lonely, "bukan cadangan Tangsel Desktop yang lengkap")


def test_another_offices_backup_is_refused(
    prepared_office: Callable[[str], Services], services: Services, admin: Actor
) -> None:
    other = prepared_office(OTHER_OFFICE)
    foreign = other.backup.backup_now(actor=actor(other, "admin"))[0].path
    _refused(services, admin, foreign, "milik kantor Kelurahan Serua Indah")
    # Its manifest edited to say it is ours: the store inside still says otherwise.
    manifest = json.loads(backup_manifest.manifest_path(foreign).read_text(encoding="ascii"))
    manifest["office_code"] = "36.74.04.1004"
    backup_manifest.manifest_path(foreign).write_text(json.dumps(manifest), encoding="ascii")
    _refused(services, admin, foreign, "milik kantor Kelurahan Serua Indah")


def test_a_backup_of_a_newer_version_is_refused(services: Services, admin: Actor, tmp_path: Path) -> None:
    backup = services.backup.backup_now(actor=admin)[0].path
    newer = tmp_path / backup.name
    newer.write_bytes(backup.read_bytes())
    with closing(sqlite3.connect(newer)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    manifest = json.loads(backup_manifest.manifest_path(backup).read_text(encoding="ascii"))
    manifest.update(sha256=backup_manifest.sha256_of(newer), bytes=newer.stat().st_size)
    backup_manifest.manifest_path(newer).write_text(json.dumps(manifest), encoding="ascii")
    _refused(services, admin, newer, "versi Tangsel Desktop yang lebih baru")
    manifest["schema_revision"] = "0099"
    backup_manifest.manifest_path(newer).write_text(json.dumps(manifest), encoding="ascii")
    _refused(services, admin, newer, r"lebih baru \(skema 0099\)")


def test_only_an_administrator_restores(services: Services, admin: Actor, supervisor: Actor) -> None:
    backup = services.backup.backup_now(actor=admin)[0].path
    with pytest.raises(PermissionDenied):
        services.restore.preview(actor=supervisor, file=backup)
    with pytest.raises(PermissionDenied):
        services.restore.restore(actor=supervisor, file=backup)


def test_the_daily_copy_is_made_once_a_day(services: Services) -> None:
    monday = datetime(2026, 12, 7, 8, 0)
    first = services.backup.daily_if_due(today=monday)
    assert first is not None
    assert first.path.name.startswith("tangsel-20261207-080000")
    assert services.backup.daily_if_due(today=monday.replace(hour=13)) is None
    tuesday = services.backup.daily_if_due(today=datetime(2026, 12, 8, 7, 30))
    assert tuesday is not None
    assert tuesday.reason_label == "harian"
    assert [p.name for p in finished_backups(services.paths.backups)] == [tuesday.path.name, first.path.name]


def test_copies_are_mirrored_to_the_second_folder_and_a_missing_stick_is_a_warning(
    services: Services, admin: Actor, tmp_path: Path, operator: Actor
) -> None:
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    with pytest.raises(PermissionDenied):
        services.backup.set_mirror_folder(actor=operator, folder=str(stick))
    with pytest.raises(UserError, match="lengkap"):
        services.backup.set_mirror_folder(actor=admin, folder="Cadangan")
    with pytest.raises(UserError, match="di luar folder data"):
        services.backup.set_mirror_folder(actor=admin, folder=str(services.paths.backups))
    with pytest.raises(UserError, match="tidak ada"):
        services.backup.set_mirror_folder(actor=admin, folder=str(tmp_path / "belum-dipasang"))
    state, _ = services.backup.set_mirror_folder(actor=admin, folder=str(stick))
    assert state.folder == stick
    view, _ = services.backup.backup_now(actor=admin)
    assert view.warnings == ()
    mirrored = stick / view.path.name
    assert mirrored.read_bytes() == view.path.read_bytes()
    assert backup_manifest.read(mirrored) == backup_manifest.read(view.path)
    # The mirrored copy restores like the original.
    assert services.restore.preview(actor=admin, file=mirrored).file == mirrored
    stick.rename(tmp_path / "dicabut")
    pulled: BackupView = services.backup.before(BEFORE_SYNC)
    assert pulled.path.is_file()
    assert len(pulled.warnings) == 1
    assert "tidak ditemukan" in pulled.warnings[0]
    assert not stick.exists()  # nothing made in the stick's place
    assert services.backup.mirror_state(actor=admin).reachable is False
    services.backup.set_mirror_folder(actor=admin, folder="")
    assert services.backup.mirror_state(actor=admin).folder is None


def test_the_windows_start_takes_the_days_copy_once_and_none_before_set_up(
    services: Services, bare_services_folder: Path
) -> None:
    take_daily_backup(services)
    take_daily_backup(services)
    daily = [p for p in finished_backups(services.paths.backups) if p.name.endswith("-harian.sqlite3")]
    assert len(daily) == 1
    fresh = open_services(DataPaths(bare_services_folder).ensure())
    try:
        take_daily_backup(fresh)  # no office yet: nothing worth keeping
        assert finished_backups(fresh.paths.backups) == []
    finally:
        fresh.database.dispose()


@pytest.fixture
def bare_services_folder(tmp_path: Path) -> Path:
    return tmp_path / "belum-diatur"


def test_a_pre_migration_copy_of_an_older_schema_restores_and_is_brought_up_to_date(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    """migrate() copies a store at 0010 before moving it on; restoring that copy brings it to head again."""
    _fill(services, admin, 20, seed=4)
    older = Database(tmp_path / "lama" / "tangsel.sqlite3")
    older.file.parent.mkdir()
    try:
        copy_store(services.database.file, older.file)
        with older.engine.connect() as connection:
            config = _alembic_config()
            config.attributes["connection"] = connection
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            command.downgrade(config, "0010")
            connection.commit()
        copy = migrate(older, services.paths.backups)
    finally:
        older.dispose()
    assert copy is not None
    assert copy.name.endswith("-sebelum-migrasi-0010.sqlite3")
    assert backup_manifest.read(copy).schema_revision == "0010"
    before = dump(services.database.file)
    _change(services, admin)
    services.restore.restore(actor=admin, file=copy)
    assert current_revision(services.database) == head_revision()
    after = dump(services.database.file)
    assert after["person"] == before["person"]
    assert after["household"] == before["household"]
    assert check_store(services.database, services.paths.backups).problems == ()


def test_a_store_another_connection_holds_is_not_replaced(services: Services, admin: Actor) -> None:
    """The command line while the window is open (or the reverse): the swap needs the store alone."""
    backup = services.backup.backup_now(actor=admin)[0].path
    _change(services, admin)
    before = dump(services.database.file)
    # Another connection of the store's own driver (another process, or the engine once it uses it) ...
    elsewhere = sqlite_driver.connect(services.database.file)
    try:
        elsewhere.execute("SELECT count(*) FROM person").fetchone()
        with pytest.raises(UserError, match="Data kantor sedang dipakai"):
            services.restore.restore(actor=admin, file=backup)
    finally:
        elsewhere.close()
    # ... and a connection this process's engine has handed out and not yet taken back.
    with services.database.engine.connect() as reading:
        reading.exec_driver_sql("SELECT count(*) FROM person").fetchone()
        with pytest.raises(UserError, match="Data kantor sedang dipakai"):
            services.restore.restore(actor=admin, file=backup)
    assert dump(services.database.file) == before
    assert not list(services.paths.root.glob("*.restore-partial"))
    # Once alone, the same restore goes through.
    services.restore.restore(actor=admin, file=backup)
    assert dump(services.database.file)["person"] == dump(backup)["person"]


def test_a_restore_says_who_erased_since_the_backup_comes_back(services: Services, admin: Actor) -> None:
    """UU PDP: a person erased on request after the copy was made is in it; the administrator is told."""
    person, _ = services.people.register(actor=admin, draft=make_draft())
    backup = services.backup.backup_now(actor=admin)[0].path
    services.erasure.erase(actor=admin, person_id=person.id, reason="permintaan")
    preview = services.restore.preview(actor=admin, file=backup)
    assert preview.erased_since == 1
    assert "1 penduduk yang datanya dihapus atas permintaannya (UU PDP)" in preview.text()
    services.restore.restore(actor=admin, file=backup)
    back = services.people.find_by_nik(actor=admin, nik="3674045708850001")
    assert back is not None
    assert back.full_name == "Siti Aminah"
