"""A keyed store's backups are encrypted under its key and restore table by table; a year of rotation."""

import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import backup_manifest, sqlite_driver
from tangsel_desktop.storage.backup import backup_database, finished_backups, store_keys_file
from tangsel_desktop.storage.backup_rotation import rotate
from tangsel_desktop.storage.migrate import head_revision, is_known_revision
from tangsel_desktop.storage.restore import RestoreRefused, examine, stage, swap_in
from tests.backup_files import dump, fake_backup, keyed_copy
from tests.conftest import OFFICE_CODE, make_draft

Rows = dict[str, list[tuple[object, ...]]]


def _examine(backup: Path, key: bytes | None, office: str | None = OFFICE_CODE) -> object:
    return examine(backup, key=key, office_code=office, office_name=str, known_revision=is_known_revision)


@pytest.fixture
def keyed_store(services: Services, tmp_path: Path) -> tuple[Path, bytes, Rows]:
    """A copy of the office's store encrypted under a random key, with a key-slot file beside it."""
    admin = services.auth.login(username="admin", password="rahasia-123")
    services.people.register(actor=admin, draft=make_draft())
    services.database.dispose()
    key = os.urandom(32)
    store = tmp_path / "kunci" / "tangsel.sqlite3"
    store.parent.mkdir()
    keyed_copy(services.database.file, store, key)
    store_keys_file(store).write_bytes(os.urandom(200))
    return store, key, dump(store, key)


def test_a_keyed_store_backs_up_encrypted_under_its_key_with_its_key_slots(
    keyed_store: tuple[Path, bytes, Rows], tmp_path: Path
) -> None:
    store, key, rows = keyed_store
    backup = backup_database(store, tmp_path / "backups", reason="harian", key=key)
    content = backup.read_bytes()
    assert not content.startswith(b"SQLite format 3")
    assert b"3674045708850001" not in content
    assert b"Siti Aminah" not in content
    manifest = backup_manifest.read(backup)
    assert manifest.encrypted is True
    assert (manifest.office_code, manifest.schema_revision) == (OFFICE_CODE, head_revision())
    assert manifest.counts["person"] == 1
    assert manifest.sha256 == backup_manifest.sha256_of(backup)
    manifest_text = backup_manifest.manifest_path(backup).read_text(encoding="ascii")
    assert "3674045708850001" not in manifest_text
    assert "Siti" not in manifest_text
    assert backup_manifest.keys_path(backup).read_bytes() == store_keys_file(store).read_bytes()
    assert dump(backup, key) == rows
    with pytest.raises(sqlite_driver.WrongKeyError):
        sqlite_driver.connect(backup)  # not a plain SQLite file


def test_a_keyed_backup_restores_every_table_and_its_key_slots(
    keyed_store: tuple[Path, bytes, Rows], tmp_path: Path
) -> None:
    store, key, rows = keyed_store
    slots = store_keys_file(store).read_bytes()
    backup = backup_database(store, tmp_path / "backups", reason="manual", key=key)
    connection = sqlite_driver.connect(store, key)
    with connection:
        connection.execute("DELETE FROM person_photo")
        connection.execute("UPDATE person SET full_name = 'Diubah'")
    connection.close()
    store_keys_file(store).write_bytes(b"slots changed later")
    examined = _examine(backup, key)
    swap_in(stage(examined, store, key), store, key)  # type: ignore[arg-type]
    assert dump(store, key) == rows
    assert store_keys_file(store).read_bytes() == slots
    assert not list(store.parent.glob("*.restore-partial"))


def test_a_keyed_backup_refuses_another_key_and_a_plain_one(
    keyed_store: tuple[Path, bytes, Rows], tmp_path: Path
) -> None:
    store, key, rows = keyed_store
    backup = backup_database(store, tmp_path / "backups", reason="manual", key=key)
    for wrong in (os.urandom(32), None):
        with pytest.raises(RestoreRefused, match="tidak dapat dibuka dengan kunci kantor ini"):
            _examine(backup, wrong)
    with pytest.raises(RestoreRefused, match="milik kantor"):
        _examine(backup, key, office="36.74.04.1005")
    assert dump(store, key) == rows


def _year_of_daily_copies(folder: Path) -> None:
    day = date(2026, 1, 1)
    while day.year == 2026:
        name = f"tangsel-{day:%Y%m%d}-080000-000000-harian.sqlite3"
        fake_backup(folder, name)
        rotate(folder)
        day += timedelta(days=1)


def test_a_year_of_daily_copies_keeps_7_days_4_weeks_12_months(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    # Files that are not finished backups: never removed, whatever their date.
    (folder / "tangsel-20260102-070000-000000-harian.sqlite3.partial").write_bytes(b"half")
    (folder / "tangsel-20260103-070000-000000-harian.sqlite3").write_bytes(b"no manifest")
    damaged = fake_backup(folder, "tangsel-20260104-080000-000000-manual.sqlite3")
    damaged.write_bytes(b"a different size")
    (folder / "catatan.txt").write_text("bukan cadangan", encoding="utf-8")
    _year_of_daily_copies(folder)
    kept = sorted(path.name[8:16] for path in finished_backups(folder))
    days = [f"202612{day:02}" for day in range(25, 32)]  # the last 7 days
    weeks = ["20261213", "20261220"]  # with Dec 27 and Dec 31: the newest of the last 4 ISO weeks
    months = ["20260131", "20260228", "20260331", "20260430", "20260531", "20260630"]
    months += ["20260731", "20260831", "20260930", "20261031", "20261130"]  # and Dec 31: 12 months
    assert kept == sorted(days + weeks + months)
    for survivor in (
        "tangsel-20260102-070000-000000-harian.sqlite3.partial",
        "tangsel-20260103-070000-000000-harian.sqlite3",
        damaged.name,
        f"{damaged.name}.json",
        "catatan.txt",
    ):
        assert (folder / survivor).exists(), survivor
    # A removed backup goes with its sidecars.
    assert not (folder / "tangsel-20260601-080000-000000-harian.sqlite3.json").exists()


def test_the_newest_few_of_each_occasion_are_kept_whatever_the_calendar(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    old_day = datetime(2025, 6, 1, 9, 0)
    made: dict[str, list[str]] = {}
    for reason, count in (("sebelum-migrasi-0009", 5), ("sebelum-sinkron", 5), ("sebelum-pemulihan", 4)):
        for _ in range(count):
            at = old_day + timedelta(minutes=len(made.get("all", [])))
            name = f"tangsel-{at:%Y%m%d-%H%M%S}-000000-{reason}.sqlite3"
            fake_backup(folder, name)
            made.setdefault(reason, []).append(name)
            made.setdefault("all", []).append(name)
    for serial in range(8):  # manual copies, the newest of that old day last
        at = old_day + timedelta(hours=5, minutes=serial)
        name = f"tangsel-{at:%Y%m%d-%H%M%S}-000000-manual.sqlite3"
        fake_backup(folder, name)
        made.setdefault("manual", []).append(name)
    for offset in range(30):  # a month of daily copies since
        day = date(2026, 11, 1) + timedelta(days=offset)
        fake_backup(folder, f"tangsel-{day:%Y%m%d}-080000-000000-harian.sqlite3")
    rotate(folder)
    kept = {path.name for path in finished_backups(folder)}
    assert set(made["manual"][-5:]) <= kept
    assert not set(made["manual"][:3]) & kept
    assert set(made["sebelum-migrasi-0009"][-3:]) <= kept
    assert not set(made["sebelum-migrasi-0009"][:2]) & kept
    assert set(made["sebelum-sinkron"][-3:]) <= kept
    assert set(made["sebelum-pemulihan"][-3:]) <= kept
    assert "tangsel-20261130-080000-000000-harian.sqlite3" in kept  # the newest copy
    daily = sorted(name[8:16] for name in kept if name.endswith("harian.sqlite3"))
    # Nov 24-30 (7 days), and Nov 15 and 22: with Nov 29 and 30, the newest of the last 4 ISO weeks.
    assert daily == ["20261115", "20261122", *[f"202611{day}" for day in range(24, 31)]]
