"""A store made before encryption is converted at its first sign-in: counts equal, plain copy gone, slots."""

from pathlib import Path

import pytest

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.services.store_unlock import unlock
from tangsel_desktop.storage import key_slots, sqlite_driver
from tangsel_desktop.storage.store_encryption import table_counts
from tests.conftest import PASSWORD, make_draft
from tests.store_files import open_raw, store_key

NIK = "3674045708850001"


def _counts(file: Path, key: bytes | None) -> dict[str, int]:
    with open_raw(file, key=key) as connection:
        return table_counts(connection)


def test_a_plain_store_is_converted_at_the_first_sign_in(services: Services, data_paths: DataPaths) -> None:
    admin = services.auth.login(username="admin", password=PASSWORD)
    services.people.register(actor=admin, draft=make_draft(nik=NIK))
    older, _ = services.backup.backup_now(actor=admin)  # a backup made before the update: plain
    services.database.dispose()
    assert sqlite_driver.is_plain_sqlite(older.path)
    assert sqlite_driver.is_plain_sqlite(data_paths.database)
    assert NIK.encode() in data_paths.database.read_bytes()  # plain: the NIK is there in the clear
    before = _counts(data_paths.database, None)

    # A wrong password on the plain store counts as it always did, and converts nothing.
    with pytest.raises(UserError, match="Sisa percobaan: 4"):
        unlock(data_paths, "ops", "salah-sekali")
    assert sqlite_driver.is_plain_sqlite(data_paths.database)

    opened = unlock(data_paths, "ops", PASSWORD)  # an operator is the first to sign in after the update
    assert opened.actor.username == "ops"
    assert opened.recovery is not None  # a recovery code is made with the key, its sheet to hand over
    assert opened.recovery.pdf.is_file()
    opened.services.database.dispose()

    assert not sqlite_driver.is_plain_sqlite(data_paths.database)
    assert NIK.encode() not in data_paths.database.read_bytes()
    for suffix in ("-wal", "-shm"):  # the plain store's companions are gone
        leftover = Path(f"{data_paths.database}{suffix}")
        assert not leftover.exists() or NIK.encode() not in leftover.read_bytes()
    key = store_key(data_paths.root, "ops", PASSWORD)
    after = _counts(data_paths.database, key)
    # Equal but for the sign-ins recorded since (audit entries and the change journal of app_user).
    moved = {name for name in before if before[name] != after.get(name)}
    assert moved <= {"audit_log", "change_journal"}, moved
    # The plain backup taken first is removed once the check passed. Backups made before the update stay
    # as they were (restore points, plain) until their rotation removes them.
    plain = [p for p in data_paths.backups.glob("*.sqlite3") if sqlite_driver.is_plain_sqlite(p)]
    assert plain == [older.path]
    assert not list(data_paths.root.glob("*.encrypting*"))

    # The others get their slot at their first sign-in while the store is open (or by a reset).
    slots = key_slots.read(data_paths.keys)
    assert [s.username for s in slots.slots if s.kind == "user"] == ["ops"]
    with pytest.raises(UserError, match="salah"):
        unlock(data_paths, "admin", PASSWORD)
    opened = unlock(data_paths, "ops", PASSWORD)
    opened.services.auth.login(username="admin", password=PASSWORD)
    opened.services.database.dispose()
    admin_again = unlock(data_paths, "admin", PASSWORD)
    found = admin_again.services.people.search(actor=admin_again.actor, text=NIK, limit=5)
    assert [row.nik for row in found] == [NIK]  # search (FTS5) works on the converted store
    admin_again.services.database.dispose()
