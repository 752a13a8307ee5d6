"""Issue 9, finding 3: the audit trail and the rows that matter cannot be cut or rewritten unseen by `check`.

Each test changes the store as someone with the file and a SQLite tool would (behind the application's
back), then asks `check`. Before the fix, `check` missed all of these.
"""

import hashlib
import json
from contextlib import closing
from pathlib import Path

import pytest

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.domain.enums import Role
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import sqlite_driver
from tangsel_desktop.storage.columns import timestamp_text
from tangsel_desktop.storage.integrity import check_store
from tests.conftest import PASSWORD, make_draft
from tests.store_files import store_at_revision


def tamper(services: Services, *statements: str) -> None:
    with closing(sqlite_driver.connect(services.database.file)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.commit()


def problems(services: Services) -> list[str]:
    return list(check_store(services.database, services.paths.backups).problems)


@pytest.fixture
def busy(services: Services, admin: Actor, operator: Actor) -> Services:
    """An office with a dozen people registered: a few dozen audit entries."""
    for serial in range(1, 13):
        services.people.register(
            actor=operator, draft=make_draft(nik=f"367404570885{serial:04d}", full_name=f"Siti {serial}")
        )
    assert problems(services) == []
    return services


def test_deleting_the_last_entry_is_reported(busy: Services) -> None:
    """Finding 3: deleting the last audit entry left a chain that verified."""
    tamper(busy, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    found = problems(busy)
    assert any("1 entri audit hilang" in problem for problem in found), found


def test_deleting_the_last_ten_entries_is_reported_even_after_new_work(
    busy: Services, operator: Actor
) -> None:
    """Finding 3: a tail cut of ten; the next entries the application appends keep the cut visible."""
    tamper(busy, "DELETE FROM audit_log WHERE id > (SELECT max(id) - 10 FROM audit_log)")
    assert any("10 entri audit hilang" in problem for problem in problems(busy))
    busy.people.register(actor=operator, draft=make_draft(nik="3674045708859999", full_name="Baru"))
    found = problems(busy)
    assert any("10 entri audit hilang" in problem for problem in found), found
    assert any("rantai terputus" in problem for problem in found), found


def test_emptying_the_log_is_reported(busy: Services) -> None:
    """Finding 3: an emptied audit log passed `check`."""
    tamper(busy, "DELETE FROM audit_log")
    assert any("jejak audit dikosongkan" in problem for problem in problems(busy))


def test_deleting_the_anchor_with_the_tail_is_reported_and_stays_reported(
    busy: Services, operator: Actor
) -> None:
    """Finding 3: the anchor is no hiding place either: deleted with the tail, `check` says so, even
    after the application has appended again."""
    tamper(busy, "DELETE FROM audit_log WHERE id > 5", "DELETE FROM audit_anchor")
    assert any("jangkar jejak audit hilang" in problem for problem in problems(busy))
    busy.people.register(actor=operator, draft=make_draft(nik="3674045708859999", full_name="Baru"))
    assert any("jangkar audit hilang" in problem for problem in problems(busy))


def test_rewriting_an_entry_and_recomputing_the_plain_chain_is_reported(busy: Services) -> None:
    """Finding 3: with plain SHA-256, rewriting an entry and every hash after it verified. The chain is
    keyed now; the anchor's MAC too, so recomputing both without the key shows."""
    columns = "id, at, user_id, username, action, entity, entity_id, before_json, after_json"
    with closing(sqlite_driver.connect(busy.database.file)) as connection:
        rows = connection.execute(f"SELECT {columns} FROM audit_log ORDER BY id").fetchall()
        previous = "0" * 64
        for row in rows:
            after = '{"full_name":"Orang Lain"}' if row[0] == 3 else row[8]
            canonical = json.dumps([*row[1:8], after, previous], ensure_ascii=False, separators=(",", ":"))
            digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
            connection.execute(
                "UPDATE audit_log SET after_json = ?, previous_hash = ?, entry_hash = ? WHERE id = ?",
                (after, previous, digest, row[0]),
            )
            previous = digest
        connection.execute("UPDATE audit_anchor SET head_hash = ?", (previous,))
        connection.commit()
    found = problems(busy)
    assert any("#1: isinya telah diubah" in problem for problem in found), found
    assert "jangkar jejak audit telah diubah di luar aplikasi" in found


def test_making_an_operator_an_administrator_outside_the_application_is_reported(
    services: Services, admin: Actor
) -> None:
    """Finding 3: `UPDATE app_user SET role='admin'` made an operator an administrator unseen."""
    tamper(services, "UPDATE app_user SET role = 'admin' WHERE username = 'ops'")
    found = problems(services)
    assert found == ["pengguna 'ops' diubah di luar aplikasi (segel data tidak cocok)"]
    # The application's next change to that row does not launder it.
    services.auth.reset_password(actor=admin, username="ops", new_password="sandi-baru-123")
    assert "pengguna 'ops' diubah di luar aplikasi (segel data tidak cocok)" in problems(services)


def test_a_password_hash_or_a_new_user_written_outside_is_reported(services: Services) -> None:
    """Finding 3: a copied password hash, or an administrator inserted with a SQLite tool."""
    tamper(
        services,
        "UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE username = 'admin') "
        "WHERE username = 'spv'",
        "INSERT INTO app_user (id, username, full_name, role, password_hash, failed_logins, active, "
        "created_at, updated_at) SELECT 'f00d', 'mallory', 'M', 'admin', password_hash, 0, 1, created_at, "
        "updated_at FROM app_user WHERE username = 'admin'",
    )
    found = problems(services)
    assert "pengguna 'spv' diubah di luar aplikasi (segel data tidak cocok)" in found
    assert "pengguna 'mallory' ditambahkan di luar aplikasi (segel data tidak cocok)" in found


def test_the_applications_own_changes_keep_check_clean(
    services: Services, admin: Actor, operator: Actor, tmp_path: Path
) -> None:
    """The seals follow every change made through the application: users, the register, memberships."""
    services.auth.add_user(
        actor=admin, username="dewi", full_name="Dewi", role=Role.OPERATOR, password=PASSWORD
    )
    services.auth.reset_password(actor=admin, username="dewi", new_password="sandi-baru-123")
    services.people.register(actor=operator, draft=make_draft())
    services.jamsos.enroll(actor=operator, nik=make_draft().nik, occupation="pemulung")
    services.auth.login(username="ops", password=PASSWORD)
    assert problems(services) == []


def test_a_register_status_or_a_membership_status_changed_outside_is_reported(
    services: Services, admin: Actor, supervisor: Actor, operator: Actor, tmp_path: Path
) -> None:
    """Finding 3: a void number set back to printed, a membership's status edited, a register row deleted."""
    from tangsel_desktop.services.demo.demo_service import DemoService

    DemoService(services.database, services.office).fill(actor=admin, people=3, seed=4)
    people = [row.id for row in services.documents.people_for_cards(actor=supervisor)]
    services.documents.print_cards(actor=supervisor, person_ids=people, target=tmp_path / "k.pdf")
    entries = services.documents.list_documents(actor=supervisor)
    services.documents.void(actor=supervisor, number=entries[0].number, reason="ditarik")
    services.people.register(actor=operator, draft=make_draft())
    member, _ = services.jamsos.enroll(actor=operator, nik=make_draft().nik, occupation="pemulung")
    assert problems(services) == []
    tamper(
        services,
        f"UPDATE document_register SET status = 'printed' WHERE id = {entries[0].id}",
        f"DELETE FROM document_register WHERE id = {entries[1].id}",
        "UPDATE jamsos_member SET status = 'active', kpj_number = '25000000001'",
    )
    found = problems(services)
    assert (
        f"register dokumen nomor {entries[0].number} diubah di luar aplikasi (segel data tidak cocok)"
        in found
    )
    assert f"register dokumen nomor #{entries[1].id} dihapus di luar aplikasi (segelnya masih ada)" in found
    assert f"keanggotaan Jamsosnaker {member.id} diubah di luar aplikasi (segel data tidak cocok)" in found


def test_a_tail_cut_with_the_anchor_forged_with_the_key_is_caught_by_the_backups_anchor(
    busy: Services, admin: Actor, operator: Actor
) -> None:
    """Finding 3: someone with full file access reads the key, cuts the tail and forges the anchor; the
    anchor written beside the last backup still shows the cut."""
    busy.backup.backup_now(actor=admin)
    sidecars = list(busy.paths.backups.glob("*.anchor"))
    assert len(sidecars) == 1
    from tangsel_desktop.storage import audit_anchor, audit_key

    with closing(sqlite_driver.connect(busy.database.file)) as connection:
        connection.execute("DELETE FROM audit_log WHERE id > 3")
        key = audit_key.load(connection)
        assert key is not None
        (head,) = connection.execute("SELECT entry_hash FROM audit_log WHERE id = 3").fetchone()
        audit_anchor.write(connection, audit_anchor.Anchor(3, 3, head), key, at="2026-01-01T00:00:00.000000Z")
        connection.commit()
    assert check_store(busy.database).ok  # the store alone, fully forged, cannot tell
    found = problems(busy)
    assert any("jejak audit dipotong atau ditulis ulang sesudah cadangan itu" in p for p in found), found


def test_a_store_from_before_the_key_keeps_its_old_chain_and_continues_keyed(tmp_path: Path) -> None:
    """Finding 3: migration 0006 re-chains nothing: the unkeyed entries stay verifiable up to the marked
    point, then the chain continues keyed; rewriting the old part with recomputed hashes still shows."""
    from tangsel_desktop.storage.database import Database

    paths = DataPaths(tmp_path / "lama").ensure()
    database = Database(paths.database)
    store_at_revision(database, "0005")
    # Entries chained as the application did before 0006: plain SHA-256.
    from tangsel_desktop.storage.audit import AuditEvent, chain_rows
    from tangsel_desktop.storage.people import people_bulk

    rows = chain_rows(
        [AuditEvent("create", "person", str(n)) for n in range(5)],
        user_id=None,
        username="lama",
        previous="0" * 64,
    )
    with closing(sqlite_driver.connect(paths.database)) as connection:
        connection.executemany(
            f"INSERT INTO audit_log ({', '.join(people_bulk.AUDIT_COLUMNS)}) VALUES ({', '.join('?' * 10)})",
            [
                tuple(timestamp_text(r["at"]) if c == "at" else r[c] for c in people_bulk.AUDIT_COLUMNS)
                for r in rows
            ],
        )
        connection.commit()
    database.dispose()
    services = open_services(paths)  # migrates to 0006
    try:
        services.office.set_up(
            office_code="36.74.04.1004", admin_username="admin", admin_full_name="A", admin_password=PASSWORD
        )
        with closing(sqlite_driver.connect(paths.database)) as connection:
            keyed_from, legacy_head = connection.execute(
                "SELECT keyed_from, legacy_head FROM audit_key"
            ).fetchone()
            stored = connection.execute(
                "SELECT id, previous_hash, entry_hash FROM audit_log ORDER BY id"
            ).fetchall()
        assert keyed_from == 6
        assert [row[2] for row in stored[:5]] == [row["entry_hash"] for row in rows]  # untouched
        assert stored[5][1] == legacy_head == rows[-1]["entry_hash"]  # the keyed part chains on
        assert problems(services) == []
        # The old part rewritten, its plain hashes recomputed to the end of the old part:
        forged = chain_rows(
            [AuditEvent("create", "person", str(n) if n else "lain") for n in range(5)],
            user_id=None,
            username="lama",
            previous="0" * 64,
        )
        tamper(
            services,
            *(
                f"UPDATE audit_log SET at = '{timestamp_text(r['at'])}', entity_id = '{r['entity_id']}', "
                f"previous_hash = '{r['previous_hash']}', entry_hash = '{r['entry_hash']}' WHERE id = {n + 1}"
                for n, r in enumerate(forged)
            ),
        )
        assert any("#6: rantai terputus" in problem for problem in problems(services))
    finally:
        services.database.dispose()
