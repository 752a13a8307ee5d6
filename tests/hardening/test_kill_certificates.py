"""Issue 11, "Reliability": kill -9 at random moments of printing a batch's certificates leaves the register
without gaps or twins, and every participant at most one valid original number, the one linked to them."""

import os
import random
import shutil
import time
from datetime import date
from pathlib import Path

import pytest

from tangsel_desktop.domain.training.training_rules import Session
from tangsel_desktop.services.actor import SYSTEM_ACTOR
from tests.conftest import OFFICE_CODE, PASSWORD
from tests.forked_runs import ForkedRuns, wait_until
from tests.hardening.test_kill_cards import _print_job_under_way, _run, _scanned_payloads, _words
from tests.store_files import office_key, open_office, open_raw

KILLS = 6
PARTICIPANTS = 24
pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="kill -9 is a POSIX signal"),
    pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools (zbarimg) is not installed"),
]


def _batch(data: Path) -> str:
    """A one-day batch whose participants (from the demo registry) all attended."""
    services = open_office(str(data))
    try:
        training, _ = services.training_courses.add_training(
            actor=SYSTEM_ACTOR, name="Pelatihan Membuat Kue", kind="umum", total_jp=8, min_attendance=80
        )
        batch, _ = services.training_courses.add_batch(
            actor=SYSTEM_ACTOR,
            training_id=training.id,
            starts_on=date(2026, 5, 4),
            ends_on=date(2026, 5, 4),
            quota=PARTICIPANTS,
            place="Aula Kelurahan",
            sessions=[Session(date(2026, 5, 4), 8)],
        )
        with open_raw(data / "tangsel.sqlite3", key=office_key(data)) as connection:
            niks = [
                row[0]
                for row in connection.execute(
                    "SELECT nik FROM person WHERE deleted_at IS NULL AND kelurahan_code = ? "
                    "ORDER BY nik LIMIT ?",
                    (OFFICE_CODE, PARTICIPANTS),
                )
            ]
        people = services.training_participants
        for nik in niks:
            people.enroll(actor=SYSTEM_ACTOR, batch_id=batch.id, nik=nik)
            people.select(actor=SYSTEM_ACTOR, batch_id=batch.id, nik=nik)
            services.training_attendance.attend(
                actor=SYSTEM_ACTOR, batch_id=batch.id, day=date(2026, 5, 4), nik=nik, mark="hadir"
            )
        return batch.id
    finally:
        services.database.dispose()


def test_kill_nine_while_printing_certificates_leaves_no_gap_and_no_twin(
    tmp_path: Path, forked: ForkedRuns
) -> None:
    data = tmp_path / "kantor"
    _run(forked, data, "init", "--office", OFFICE_CODE, "--admin", "ani", user=None)
    _run(forked, data, "demo", "--people", "60")
    _run(forked, data, "documents", "office", "--head-name", "Hj. Siti Rahmah")
    batch = _batch(data)
    environment = {"TANGSEL_PASSWORD": PASSWORD}
    randomness = random.Random(7)
    for kill in range(KILLS):
        target = tmp_path / f"sertifikat-{kill}.pdf"
        words = _words(data, "training", "certificates", "--batch", batch, str(target))
        process = forked.start("tangsel_desktop", *words, env=environment)
        wait_until(_print_job_under_way(data), process)
        time.sleep(randomness.uniform(0.0, 1.2))
        process.kill()
    final = tmp_path / "sertifikat-akhir.pdf"
    payload = _run(forked, data, "training", "certificates", "--batch", batch, str(final))
    issued = payload["issued"]
    assert isinstance(issued, list)
    assert len(issued) == PARTICIPANTS
    assert _run(forked, data, "check")["ok"] is True
    with open_raw(data / "tangsel.sqlite3", key=office_key(data)) as connection:
        rows = connection.execute(
            "SELECT seq, number, status, person_id FROM document_register "
            "WHERE kind = 'certificate' AND is_copy = 0 ORDER BY seq"
        ).fetchall()
        links = dict(
            connection.execute(
                "SELECT c.number, d.status FROM training_certificate AS c "
                "JOIN document_register AS d ON d.id = c.document_id"
            ).fetchall()
        )
    sequence = [row[0] for row in rows]
    assert sequence == list(range(1, len(sequence) + 1)), "a number was skipped or taken twice"
    assert {row[2] for row in rows} <= {"printed", "void"}, "a reserved number outlived its job"
    printed = [row for row in rows if row[2] == "printed"]
    owners = [row[3] for row in printed]
    assert len(owners) == len(set(owners)) == PARTICIPANTS, "a participant holds two valid certificates"
    assert set(links) == {row[1] for row in printed}
    assert set(links.values()) == {"printed"}
    # The final file's first page scans as a valid certificate under the number the register gave.
    services = open_office(str(data))
    try:
        scanned = _scanned_payloads(final, tmp_path)
        assert len(scanned) == 1
        verdict = services.documents.verify(payload=scanned[0])
        assert verdict.valid
        assert verdict.number in links
    finally:
        services.database.dispose()
