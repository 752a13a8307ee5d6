"""The document register on a real SQLite file: sequences, the unique rules, outcomes, paging, keys."""

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError

from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.documents import document_store
from tangsel_desktop.storage.documents.document_store import RegisterConflict, StoredKey
from tangsel_desktop.storage.migrate import migrate
from tests.store_files import open_raw, store_at_revision

NOW = datetime(2025, 9, 23, 7, 0, tzinfo=UTC)


def row(seq: int, *, kind: str = "card", year: int = 2025, job: str = "j1", **values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "kind": kind,
        "year": year,
        "seq": seq,
        "number": f"{kind}/{year}/{seq:06d}",
        "is_copy": False,
        "person_id": None,
        "person_name": f"Orang {seq}",
        "status": "reserved",
        "reason": "",
        "payload": None,
        "job": job,
        "printed_by": "u1",
        "printed_by_name": "spv",
        "reserved_at": NOW,
    }
    base.update(values)
    return base


def test_the_migration_writes_a_default_format_per_kind(database: Database) -> None:
    with database.read() as tx:
        formats = document_store.number_formats(tx)
    assert {kind: (f.prefix, f.pattern) for kind, f in formats.items()} == {
        "card": ("KPM", "{prefix}/{office}/{year}/{seq}"),
        "receipt": ("TT", "{prefix}/{office}/{year}/{seq}"),
        "certificate": ("SRT", "{prefix}/{office}/{year}/{seq}"),
        "report": ("LAP", "{prefix}/{office}/{year}/{seq}"),
    }


def test_a_store_made_before_documents_existed_gains_them_with_a_backup_first(tmp_path: Path) -> None:
    database = Database(tmp_path / "lama.sqlite3")
    try:
        store_at_revision(database, "0001")
        with database.write(None) as tx:
            tx.connection.exec_driver_sql(
                "INSERT INTO office (id, code, kind, name, created_at) "
                "VALUES (1, '36.74.04.1004', 'kelurahan', 'Sawah', '2025-09-23T00:00:00.000000Z')"
            )
        backup = migrate(database, tmp_path / "backups")
        assert backup is not None
        assert "sebelum-migrasi-0001" in backup.name
        with database.read() as tx:
            assert len(document_store.number_formats(tx)) == 4
            assert document_store.reserved_jobs(tx) == []
    finally:
        database.dispose()
    with open_raw(tmp_path / "lama.sqlite3") as connection:
        assert connection.execute("SELECT code FROM office").fetchall() == [("36.74.04.1004",)]


def test_sequences_run_per_kind_and_year_counting_void_rows_but_not_copies(database: Database) -> None:
    with database.write(None) as tx:
        assert document_store.next_seq(tx, kind="card", year=2025) == 1
        document_store.insert_records(
            tx,
            [
                row(1),
                row(2, status="void", reason="terputus"),
                row(2, is_copy=True, original_id=None),
                row(1, kind="receipt"),
                row(1, year=2026),
            ],
        )
        assert document_store.next_seq(tx, kind="card", year=2025) == 3
        assert document_store.next_seq(tx, kind="receipt", year=2025) == 2
        assert document_store.next_seq(tx, kind="card", year=2026) == 2
        assert document_store.next_seq(tx, kind="certificate", year=2025) == 1


def test_an_original_number_can_never_be_taken_twice(database: Database) -> None:
    with database.write(None) as tx:
        document_store.insert_records(tx, [row(1)])
    with pytest.raises(RegisterConflict), database.write(None) as tx:
        document_store.insert_records(tx, [row(1, number="other text")])
    with pytest.raises(RegisterConflict), database.write(None) as tx:
        document_store.insert_records(tx, [row(2, number="card/2025/000001")])
    with database.write(None) as tx:  # a copy shares its original's number and sequence
        document_store.insert_records(tx, [row(1, is_copy=True), row(1, is_copy=True)])
    with database.read() as tx:
        assert len(document_store.job_ids(tx, "j1")) == 3


def test_the_status_is_one_of_three(database: Database) -> None:
    with pytest.raises(RegisterConflict), database.write(None) as tx:
        document_store.insert_records(tx, [row(1, status="lost")])


def test_printed_and_void_outcomes_touch_only_reserved_rows_of_their_job(database: Database) -> None:
    with database.write(None) as tx:
        document_store.insert_records(
            tx, [row(1, job="a"), row(2, job="a"), row(3, job="b"), row(4, job="c", status="printed")]
        )
        assert sorted(document_store.reserved_jobs(tx)) == ["a", "b"]
        assert document_store.mark_printed(tx, "a", at=NOW) == 2
        assert document_store.mark_printed(tx, "a", at=NOW) == 0
        assert document_store.void_jobs(tx, ["a", "b", "c"], reason="terputus", at=NOW) == [
            "card/2025/000003"
        ]
        assert document_store.reserved_jobs(tx) == []
        records = document_store.records_by_id(tx, document_store.job_ids(tx, "a"))
        assert {r.status for r in records.values()} == {"printed"}
        (voided,) = document_store.records_by_id(tx, document_store.job_ids(tx, "b")).values()
        assert (voided.status, voided.reason, voided.voided_at) == ("void", "terputus", NOW)


def test_raw_reservations_from_four_threads_take_1_to_100_without_repeats(database: Database) -> None:
    taken: list[int] = []
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def reserve(thread: int) -> None:
        try:
            start.wait()
            for _ in range(25):
                with database.write(None) as tx:
                    seq = document_store.next_seq(tx, kind="card", year=2025)
                    document_store.insert_records(tx, [row(seq, job=f"t{thread}")])
                taken.append(seq)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=reserve, args=(number,)) for number in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(taken) == list(range(1, 101))
    with open_raw(database.file) as connection:
        seqs = [seq for (seq,) in connection.execute("SELECT seq FROM document_register ORDER BY seq")]
    assert seqs == list(range(1, 101))


def test_register_pages_newest_first_by_keyset_with_filters(database: Database) -> None:
    with database.write(None) as tx:
        document_store.insert_records(
            tx,
            [row(seq, person_name="Siti 100%" if seq == 7 else f"Budi {seq}") for seq in range(1, 13)]
            + [row(1, kind="receipt", person_name="Siti Aminah")],
        )
    with database.read() as tx:
        first = document_store.register_page(tx, kind="card", text="", limit=5, before_id=None)
        assert [r.number for r in first] == [f"card/2025/{seq:06d}" for seq in range(12, 7, -1)]
        second = document_store.register_page(tx, kind="card", text="", limit=5, before_id=first[-1].id)
        assert [r.number for r in second] == [f"card/2025/{seq:06d}" for seq in range(7, 2, -1)]
        assert len(document_store.register_page(tx, kind=None, text="", limit=100, before_id=None)) == 13
        by_name = document_store.register_page(tx, kind=None, text="siti", limit=10, before_id=None)
        assert [r.person_name for r in by_name] == ["Siti Aminah", "Siti 100%"]
        # % and _ are the user's characters, not wildcards.
        percent = document_store.register_page(tx, kind=None, text="100%", limit=10, before_id=None)
        assert [r.person_name for r in percent] == ["Siti 100%"]
        assert document_store.register_page(tx, kind=None, text="_", limit=10, before_id=None) == []
        by_number = document_store.register_page(tx, kind=None, text="000011", limit=10, before_id=None)
        assert [r.number for r in by_number] == ["card/2025/000011"]


def test_one_own_key_per_store_and_every_public_key_once(database: Database) -> None:
    with database.write(None) as tx:
        document_store.insert_key(tx, StoredKey("A", True, b"1" * 32, b"p" * 32), created_by=None)
        document_store.insert_key(tx, StoredKey("B", False, b"2" * 32, None), created_by=None)
        document_store.insert_key(tx, StoredKey("C", False, b"3" * 32, None), created_by=None)
    with pytest.raises(IntegrityError), database.write(None) as tx:
        document_store.insert_key(tx, StoredKey("A", True, b"4" * 32, b"q" * 32), created_by=None)
    with pytest.raises(IntegrityError), database.write(None) as tx:
        document_store.insert_key(tx, StoredKey("D", False, b"2" * 32, None), created_by=None)
    with database.read() as tx:
        own = document_store.own_key(tx)
        assert own is not None
        assert own.private_key == b"p" * 32
        assert document_store.public_keys(tx) == [("A", b"1" * 32), ("B", b"2" * 32), ("C", b"3" * 32)]
        assert document_store.key_exists(tx, b"3" * 32)
        assert not document_store.key_exists(tx, b"9" * 32)


def test_settings_are_put_and_read_back(database: Database) -> None:
    with database.write(None) as tx:
        document_store.put_setting(tx, "contact", "Telp. 021", at=NOW, by="u1")
        document_store.put_setting(tx, "contact", "Telp. 021 7490000", at=NOW, by="u1")
        document_store.put_number_format(
            tx, kind="card", prefix="KTA", pattern="{prefix}-{year}-{seq}", at=NOW, by="u1"
        )
    with database.read() as tx:
        assert document_store.settings(tx) == {"contact": "Telp. 021 7490000"}
        assert document_store.number_formats(tx)["card"].pattern == "{prefix}-{year}-{seq}"
