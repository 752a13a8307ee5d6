"""A file moved into place inside the transaction that records it: no file without its record, and back."""

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.published_files import publish_written
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage.transaction import Transaction


def audit_rows(services: Services) -> int:
    with services.database.read() as tx:
        return int(tx.session.execute(text("SELECT count(*) FROM audit_log")).scalar_one())


def finished_file(tmp_path: Path) -> Path:
    temporary = tmp_path / "~rekap.tmp"
    temporary.write_text("isi baru")
    return temporary


def test_the_file_replaces_the_target_with_what_was_recorded(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    target = tmp_path / "rekap.xlsx"
    target.write_text("isi lama")

    def record(tx: Transaction) -> str:
        tx.session.execute(text("UPDATE app_user SET full_name = 'Dicatat' WHERE username = 'admin'"))
        return "hasil"

    assert publish_written(services.database, admin, finished_file(tmp_path), target, record) == "hasil"
    assert target.read_text() == "isi baru"
    with services.database.read() as tx:
        names = tx.session.execute(text("SELECT full_name FROM app_user WHERE username = 'admin'")).scalars()
        assert list(names) == ["Dicatat"]


def test_a_failed_record_leaves_the_old_file(services: Services, admin: Actor, tmp_path: Path) -> None:
    target = tmp_path / "rekap.xlsx"
    target.write_text("isi lama")
    before = audit_rows(services)

    def record(tx: Transaction) -> None:
        raise RuntimeError("disk penuh")

    with pytest.raises(RuntimeError):
        publish_written(services.database, admin, finished_file(tmp_path), target, record)
    assert target.read_text() == "isi lama"
    assert audit_rows(services) == before


def test_a_commit_that_fails_after_the_move_takes_the_file_away(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    target = tmp_path / "usulan-bpjs.xlsx"

    def record(tx: Transaction) -> None:
        # A foreign key checked only at commit: the move has happened by then, so it must be undone.
        tx.session.execute(text("PRAGMA defer_foreign_keys = ON"))
        tx.session.execute(
            text(
                "INSERT INTO jamsos_status_event (member_id, to_status, reason, override, at) "
                "VALUES ('tidak-ada', 'proposed', '', 0, '2026-11-24T00:00:00.000000Z')"
            )
        )

    with pytest.raises(IntegrityError):
        publish_written(services.database, admin, finished_file(tmp_path), target, record)
    assert not target.exists()
