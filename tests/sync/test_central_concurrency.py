"""Several users of the central store at once, against the real PostgreSQL server, with threads: a finding
decided twice, one office's imports queued while different offices' run side by side, a read's snapshot,
a deadlock retried and a conflict that never resolves told in Indonesian."""

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.sync import finding_store, sync_store
from tangsel_desktop.storage.sync.finding_queries import NIK_TWO_OFFICES, Found
from tangsel_desktop.storage.transaction import Transaction
from tangsel_desktop.storage.write_conflicts import ATTEMPTS, WriteConflict
from tests.conftest import PASSWORD
from tests.sync.conftest import at_once

SAWAH, CIATER = "36.74.04.1004", "36.74.01.1001"
WAIT = 30  # seconds a thread may take before the test calls it stuck


@dataclass
class Centre:
    services: Services
    first: Actor
    second: Actor

    @property
    def database(self) -> Database:
        return self.services.database


@pytest.fixture
def centre(tmp_path: Path, pg_url: str) -> Iterator[Centre]:
    """Dinas Sosial on the throwaway server (its settings file names the database) with two supervisors."""
    paths = DataPaths(tmp_path / "dinsos").ensure()
    paths.settings.write_text(f"[database]\nurl = {pg_url}\n", encoding="utf-8")
    services = open_services(paths)
    assert services.database.is_server
    services.office.set_up(
        office_code="DINSOS", admin_username="admin", admin_full_name="Admin", admin_password=PASSWORD
    )
    admin = services.auth.login(username="admin", password=PASSWORD)
    for username, name in (("rina", "Rina Supervisor"), ("budi", "Budi Supervisor")):
        services.auth.add_user(
            actor=admin, username=username, full_name=name, role=Role.SUPERVISOR, password=PASSWORD
        )
    first = services.auth.login(username="rina", password=PASSWORD)
    second = services.auth.login(username="budi", password=PASSWORD)
    yield Centre(services, first, second)
    services.database.dispose()


def _a_finding(centre: Centre) -> int:
    found = Found(
        NIK_TWO_OFFICES,
        "3674045708850091",
        (SAWAH, CIATER),
        (
            {"office": SAWAH, "table": "person", "id": "a" * 32},
            {"office": CIATER, "table": "person", "id": "b" * 32},
        ),
    )
    with centre.database.write(None) as tx:
        finding_store.reconcile(tx, [found], kinds=(NIK_TWO_OFFICES,))
        return int(tx.rows("SELECT id FROM sync_finding")[0][0])


def test_two_supervisors_deciding_one_finding_the_second_hears_who_decided_first(centre: Centre) -> None:
    finding_id = _a_finding(centre)
    findings, start = centre.services.sync_findings, threading.Barrier(2)

    def decide(actor: Actor, keep: str) -> str:
        start.wait()
        decided, _ = findings.decide(
            actor=actor,
            finding_id=finding_id,
            note=f"keputusan {actor.username}",
            keep=keep,
            seen_decision="",
        )
        return decided.decision

    results = at_once(lambda: decide(centre.first, SAWAH), lambda: decide(centre.second, CIATER))
    refused = [result for result in results if isinstance(result, UserError)]
    won = [result for result in results if isinstance(result, str)]
    assert len(refused) == 1, results
    assert len(won) == 1, results
    winner = "Rina Supervisor" if won[0] == f"keep:{SAWAH}" else "Budi Supervisor"
    assert f"sudah diputuskan lebih dulu oleh {winner}" in refused[0].message
    assert "Keputusan Anda tidak disimpan" in refused[0].message
    with centre.database.read() as tx:
        stored = finding_store.finding(tx, finding_id)
        audited = tx.rows("SELECT count(*) FROM audit_log WHERE action = 'sync_finding_decide'")[0][0]
    assert stored is not None
    assert (stored.decision, stored.decided_by_name) == (won[0], winner)
    assert audited == 1


def test_a_decision_committed_between_read_and_write_is_not_overwritten(centre: Centre) -> None:
    """The storage rule under the service: the UPDATE's own condition, checked by its row count, catches a
    decision that committed after this transaction read the finding open (no lost update)."""
    finding_id = _a_finding(centre)
    both_read, first_done = threading.Barrier(2), threading.Event()

    def decide(order: int) -> bool:
        with centre.database.write(None, alongside=True) as tx:
            seen = finding_store.finding(tx, finding_id)
            assert seen is not None
            both_read.wait()
            if order == 2:
                assert first_done.wait(WAIT)
            written = finding_store.decide(
                tx,
                finding_id,
                decision=f"keep:{SAWAH if order == 1 else CIATER}",
                by=None,
                by_name=f"supervisor {order}",
                note="x",
                seen=(seen.status, seen.decision),
            )
        if order == 1:
            first_done.set()
        return written

    assert at_once(lambda: decide(1), lambda: decide(2)) == [True, False]
    with centre.database.read() as tx:
        stored = finding_store.finding(tx, finding_id)
    assert stored is not None
    assert stored.decided_by_name == "supervisor 1"


def _held_interval(database: Database, office: str, start: threading.Barrier) -> tuple[float, float]:
    start.wait()
    with database.write(None, alongside=True) as tx:
        sync_store.lock_office(tx, office)
        began = time.monotonic()
        time.sleep(0.4)
        ended = time.monotonic()  # still inside: the lock goes only with the commit, after this
    return began, ended


def test_one_offices_imports_queue_while_different_offices_run_side_by_side(centre: Centre) -> None:
    database = centre.database
    same = threading.Barrier(2)
    (a_start, a_end), (b_start, b_end) = at_once(
        lambda: _held_interval(database, SAWAH, same), lambda: _held_interval(database, SAWAH, same)
    )
    assert a_end <= b_start or b_end <= a_start  # one after the other
    other = threading.Barrier(2)
    (a_start, a_end), (b_start, b_end) = at_once(
        lambda: _held_interval(database, SAWAH, other), lambda: _held_interval(database, CIATER, other)
    )
    # At the same time: each began before the other ended.
    assert a_start < b_end
    assert b_start < a_end


def test_a_read_sees_one_snapshot_while_a_write_commits(centre: Centre) -> None:
    with centre.database.read() as reading:
        before = reading.rows("SELECT count(*) FROM sync_peer")[0][0]
        with centre.database.write(None) as tx:
            sync_store.ensure_peer(tx, SAWAH)
        assert reading.rows("SELECT count(*) FROM sync_peer")[0][0] == before
    with centre.database.read() as tx:
        assert tx.rows("SELECT count(*) FROM sync_peer")[0][0] == before + 1


def test_a_deadlock_is_retried_and_both_writes_land(centre: Centre) -> None:
    database, crossed = centre.database, threading.Barrier(2)
    attempts: list[int] = []

    def work(first: int, second: int) -> Callable[[Transaction], None]:
        tries = 0

        def body(tx: Transaction) -> None:
            nonlocal tries
            tries += 1
            attempts.append(first)
            tx.connection.execute(text("SELECT pg_advisory_xact_lock(99, :k)"), {"k": first})
            if tries == 1:
                crossed.wait()  # both hold their first lock: each now waits for the other's
            tx.connection.execute(text("SELECT pg_advisory_xact_lock(99, :k)"), {"k": second})
            sync_store.ensure_peer(tx, f"36.74.0{first}.1001")

        return body

    results = at_once(
        lambda: database.write_retrying(None, work(1, 2), alongside=True),
        lambda: database.write_retrying(None, work(2, 1), alongside=True),
    )
    assert results == [None, None]
    assert len(attempts) == 3  # the server broke the deadlock once; the loser ran again
    with database.read() as tx:
        assert tx.rows("SELECT count(*) FROM sync_peer")[0][0] == 2


def test_a_conflict_that_never_resolves_is_told_in_indonesian_and_nothing_is_saved(centre: Centre) -> None:
    tries: list[int] = []

    def always_conflicts(tx: Transaction) -> None:
        tries.append(1)
        sync_store.ensure_peer(tx, SAWAH)
        # The server's own serialization failure (SQLSTATE 40001), every time.
        tx.connection.execute(
            text("DO $$ BEGIN RAISE EXCEPTION 'tabrakan' USING ERRCODE = 'serialization_failure'; END $$")
        )

    with pytest.raises(WriteConflict, match="sedang diubah oleh pengguna lain") as refused:
        centre.database.write_retrying(None, always_conflicts)
    assert len(tries) == ATTEMPTS
    assert f"{ATTEMPTS} kali dicoba" in refused.value.message
    with centre.database.read() as tx:
        assert sync_store.peer(tx, SAWAH) is None


def test_a_write_the_server_aborts_once_is_a_message_not_a_crash(centre: Centre) -> None:
    def deadlocked() -> None:
        with centre.database.write(None) as tx:
            sync_store.ensure_peer(tx, SAWAH)
            tx.connection.execute(
                text("DO $$ BEGIN RAISE EXCEPTION 'kebuntuan' USING ERRCODE = 'deadlock_detected'; END $$")
            )

    with pytest.raises(WriteConflict, match="penyimpanan ini dibatalkan") as refused:
        deadlocked()
    assert isinstance(refused.value, UserError)
    with centre.database.read() as tx:
        assert sync_store.peer(tx, SAWAH) is None
