"""Proofs of encryption at rest: stdlib sqlite3 cannot read the store, no NIK or name is in its bytes, and the
audit key, the anchor and the office's signing key live only inside it."""

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.store_setup import set_up_new_office
from tangsel_desktop.storage import sqlite_driver
from tests.conftest import OFFICE_CODE, PASSWORD, make_draft
from tests.store_files import open_raw, store_key

NIK = "3674045708850001"
NAME = "Siti Aminah"  # make_draft's name


def _files(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def test_the_store_is_unreadable_without_the_key_and_holds_no_nik_or_name(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "kantor").ensure()
    made = set_up_new_office(
        paths, office_code=OFFICE_CODE, admin_username="ani", admin_full_name="Ani", admin_password=PASSWORD
    )
    services = made.services
    services.people.register(actor=made.actor, draft=make_draft(nik=NIK))
    assert [row.full_name for row in services.people.search(actor=made.actor, text="Aminah", limit=5)] == [
        NAME
    ]
    # While the store is open its -wal holds the newest pages: they are encrypted too.
    wal = Path(f"{paths.database}-wal")
    assert wal.is_file()
    assert wal.stat().st_size > 0
    for file in (paths.database, wal):
        data = file.read_bytes()
        for secret in (NIK.encode(), NAME.encode(), NAME.encode("utf-16-le")):
            assert secret not in data, f"{secret!r} readable in {file.name}"
    with (
        closing(sqlite3.connect(paths.database)) as plain,
        pytest.raises(sqlite3.DatabaseError, match="not a database"),
    ):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    with pytest.raises(sqlite_driver.WrongKeyError):
        sqlite_driver.connect(paths.database, None)
    services.database.dispose()
    data = paths.database.read_bytes()
    assert NIK.encode() not in data
    assert NAME.encode() not in data
    assert not data.startswith(b"SQLite format 3")


def test_the_audit_key_anchor_and_signing_key_are_only_inside_the_store(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "kantor").ensure()
    made = set_up_new_office(
        paths, office_code=OFFICE_CODE, admin_username="ani", admin_full_name="Ani", admin_password=PASSWORD
    )
    services = made.services
    services.people.register(actor=made.actor, draft=make_draft(nik=NIK))
    services.backup.backup_now(actor=made.actor)
    # The office's signing key is made when first needed: exporting its public half makes it.
    services.documents.export_public_key(actor=made.actor, target=tmp_path / "kunci-publik.pub")
    services.database.dispose()
    with open_raw(paths.database, key=store_key(paths.root, "ani", PASSWORD)) as connection:
        audit_key = bytes(connection.execute("SELECT key FROM audit_key WHERE id = 1").fetchone()[0])
        head = connection.execute("SELECT head_hash FROM audit_anchor WHERE id = 1").fetchone()[0]
        private = connection.execute("SELECT private_key FROM office_key WHERE own = 1").fetchone()[0]
    assert len(audit_key) == 32
    assert private is not None
    secrets = {
        "audit key": audit_key,
        "audit key (hex)": audit_key.hex().encode(),
        "signing key": bytes(private),
    }
    for file in _files(paths.root):
        data = file.read_bytes()
        for what, secret in secrets.items():
            assert secret not in data, f"the {what} is readable in {file.relative_to(paths.root)}"
    # The anchor's head hash may stand beside a backup (it is not a secret), never in the store's clear.
    assert str(head).encode() not in paths.database.read_bytes()
