"""Issue 10: kill -9 at any moment of a handover leaves the whole handover (ledger row, stock, receipt number)
or none of it; a killed desk's store opens, checks clean, and the next desk carries on."""

import os
import random
import time
from pathlib import Path

import pytest

from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.sembako.package_items import parse_item
from tangsel_desktop.domain.sembako.round_rules import Unit
from tangsel_desktop.services.demo.demo_service import DemoService
from tests.conftest import OFFICE_CODE, PASSWORD
from tests.forked_runs import ForkedRuns
from tests.hardening.test_kill_cards import _run
from tests.store_files import office_key, open_office, open_raw

KILLS = 10
WORKER = "tests.hardening.sembako_handover_worker"
pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9 is a POSIX signal")


def _round(forked: ForkedRuns, data: Path) -> str:
    """An office with an approved round of some four hundred people and plenty of stock, set up in-process."""
    _run(forked, data, "init", "--office", OFFICE_CODE, "--admin", "ani", user=None)
    services = open_office(str(data))
    try:
        admin = services.auth.login(username="ani", password=PASSWORD)
        DemoService(services.database, services.office).fill(actor=admin, people=600, seed=7)
        for rw in range(1, 12):
            services.sembako_evidence.set_remote_rw(actor=admin, rw=str(rw))
        view, _ = services.sembako_rounds.create(
            actor=admin,
            name="Uji",
            month=YearMonth(2026, 11),
            categories=["terpencil"],
            items=[parse_item("Beras,kg,5,14000")],
            unit=Unit.PERSON,  # per person: enough lines that a fast machine does not run out between kills
        )
        services.sembako_rounds.propose(actor=admin, round_id=view.id)
        services.sembako_rounds.approve(actor=admin, round_id=view.id)
        services.sembako_stock.receive(actor=admin, round_id=view.id, count=5000, bast="BAST/UJI")
    finally:
        services.database.dispose()
    return view.id


def _assert_whole(data: Path) -> int:
    """Every handover has its receipt row and every receipt row its handover; nobody twice; stock adds up."""
    with open_raw(data / "tangsel.sqlite3", key=office_key(data)) as connection:
        handovers = connection.execute(
            "SELECT h.receipt_number, r.number, r.status FROM sembako_handover h "
            "LEFT JOIN document_register r ON r.id = h.document_id"
        ).fetchall()
        assert all(number == registered and status == "printed" for number, registered, status in handovers)
        orphans = connection.execute(
            "SELECT count(*) FROM document_register r WHERE r.kind = 'receipt' "
            "AND NOT EXISTS (SELECT 1 FROM sembako_handover h WHERE h.document_id = r.id)"
        ).fetchone()[0]
        assert orphans == 0
        twice = connection.execute(
            "SELECT count(*) FROM (SELECT unit_key FROM sembako_handover WHERE voided_at IS NULL "
            "GROUP BY round_id, unit_key HAVING count(*) > 1)"
        ).fetchone()[0]
        assert twice == 0
        seqs = [
            row[0]
            for row in connection.execute(
                "SELECT seq FROM document_register WHERE kind = 'receipt' ORDER BY seq"
            )
        ]
        assert seqs == list(range(1, len(seqs) + 1))  # no gap, no twin
        audited = connection.execute("SELECT count(*) FROM audit_log WHERE action = 'handover'").fetchone()[0]
        assert audited == len(handovers)
    return len(handovers)


def test_kill_nine_during_handovers_leaves_each_handover_whole_or_absent(
    tmp_path: Path, forked: ForkedRuns
) -> None:
    data = tmp_path / "kantor"
    round_id = _round(forked, data)
    randomness = random.Random(10)
    done = 0
    for _ in range(KILLS):
        worker = forked.start(WORKER, str(data), round_id, "ani", PASSWORD)
        # Killed once it is handing over (its first receipt printed), at a random moment of the next ones:
        # handovers take a few milliseconds each, so the kill lands inside one often.
        worker.wait_for_output()
        if worker.poll() is not None and not worker.output():  # nobody left: the desk ended by itself
            assert worker.returncode == 0, worker.errors()
            break
        time.sleep(randomness.uniform(0.0, 0.1))
        worker.kill()
        now = _assert_whole(data)
        assert now >= done
        done = now
    assert done >= KILLS  # the desks did hand packages over between the kills
    assert _run(forked, data, "check")["ok"] is True
    status = _run(forked, data, "sembako", "status", "--round", round_id)
    assert status["handed_over"] == done
    assert status["stock_on_hand"] == 5000 - done
    services = open_office(str(data))
    try:
        assert (
            services.sembako_stock.status(
                actor=services.auth.login(username="ani", password=PASSWORD), round_id=round_id
            ).handed_over
            == done
        )
    finally:
        services.database.dispose()
