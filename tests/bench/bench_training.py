"""Training benchmarks: the attendance grid of a 40-person batch over 10 sessions with 100,000 earlier
attendance rows in the store, a mark saved on it, and 100 certificates with their QR codes.

Run: python -m tests.bench.bench_training [--earlier 100000] [--certificates 100] [--repeats 30] [--keep DIR]
Prints one JSON object.
- grid: services.training_attendance.grid (the batch, its sessions, the selected participants and every mark,
  one read). Goal: p95 under 200 ms.
- mark: services.training_attendance.attend (the checks, the row, the audit entry, the journal, one commit).
  Goal: p95 under 100 ms, no visible pause.
- certificates: services.training_outcomes.certificates for a batch of that many who attended (numbers
  taken, signed, 100 A4 landscape pages drawn, linked, marked printed). Goal: under 2 s for 100.
  Wall and CPU seconds of this process side by side (CPU is steadier on a shared machine), with
  bench_certificates' bare ReportLab canvas drawing as many such pages as the machine's limit.
The earlier rows are raw inserts into a real migrated store (journal triggers on).
"""

import argparse
import json
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import partial
from io import BytesIO
from pathlib import Path

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.documents.pdf_output import without_ascii85
from tangsel_desktop.domain.training.training_rules import Session
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import sqlite_driver
from tests.bench.bench_certificates import ISSUER, draw_bare, sample_certificates

PASSWORD = "bench-password"
OFFICE = "36.74.04.1004"
STAMP = "2025-06-01T00:00:00.000000Z"
GRID_GOAL_P95_MS = 200
MARK_GOAL_P95_MS = 100
CERTIFICATES_GOAL_S = 2.0
PER_BATCH = 40
SESSIONS = 10
PERSON_SQL = (
    "INSERT INTO person (id, nik, full_name, sex, birth_place, birth_date, address, rt, rw, kelurahan_code, "
    "phone, occupation, disability, desil, notes, created_at, updated_at) "
    "VALUES (?, ?, ?, 'P', 'Tangerang', '1980-05-17', 'Jl. Mawar', '001', '002', ?, '', '', 'tidak', 2, '', "
    "?, ?)"
)
TRAINING_SQL = (
    "INSERT INTO training VALUES (?, 'Pelatihan Lama', 'umum', '', '', 80, 75, NULL, NULL, NULL, '', ?, NULL)"
)
BATCH_SQL = "INSERT INTO training_batch VALUES (?, ?, ?, ?, ?, ?, 'Aula', 40, '', '', '', '', '', ?, NULL)"
PARTICIPANT_SQL = (
    "INSERT INTO training_participant (id, batch_id, person_id, full_name, nik, kelurahan_code, rw, "
    "disability, "
    "status, reasons, withdraw_reason, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, '002', 'tidak', 'selected', '', '', ?, ?)"
)


def _timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _office(root: Path) -> tuple[Services, Actor]:
    services = open_services(DataPaths(root).ensure())
    if services.office.get() is None:
        services.office.set_up(
            office_code=OFFICE, admin_username="bench", admin_full_name="Bench", admin_password=PASSWORD
        )
    return services, services.auth.login(username="bench", password=PASSWORD)


def _nik(number: int) -> str:
    return f"367404{number:010d}"


def fill_people(services: Services, count: int) -> list[str]:
    rows = [
        (uuid.uuid4().hex, _nik(n), f"Peserta {n:05d}", OFFICE, STAMP, STAMP) for n in range(1, count + 1)
    ]
    with sqlite_driver.connect(services.database.file, timeout=30) as connection:
        connection.executemany(PERSON_SQL, rows)
    return [row[0] for row in rows]


def fill_history(services: Services, people: list[str], rows: int) -> None:
    """Earlier batches of 40 over 10 sessions, every participant marked on every session."""
    batches = max(1, rows // (PER_BATCH * SESSIONS))
    training = uuid.uuid4().hex
    with sqlite_driver.connect(services.database.file, timeout=30) as connection:
        connection.execute(TRAINING_SQL, (training, STAMP))
        for number in range(1, batches + 1):
            batch = uuid.uuid4().hex
            start = date(2015, 1, 5) + timedelta(days=14 * number)
            end = start + timedelta(days=SESSIONS - 1)
            name = f"Pelatihan Lama Angkatan {number}"
            connection.execute(
                BATCH_SQL, (batch, training, number, name, start.isoformat(), end.isoformat(), STAMP)
            )
            sessions = [
                (uuid.uuid4().hex, batch, (start + timedelta(days=d)).isoformat(), 8) for d in range(SESSIONS)
            ]
            connection.executemany("INSERT INTO training_session VALUES (?, ?, ?, ?)", sessions)
            participants = [
                (uuid.uuid4().hex, batch, person, f"Peserta {i}", _nik(i + 1), OFFICE, STAMP, STAMP)
                for i, person in enumerate(people[:PER_BATCH])
            ]
            connection.executemany(PARTICIPANT_SQL, participants)
            connection.executemany(
                "INSERT INTO training_attendance VALUES (?, ?, ?, ?, 'hadir', '', '', ?, NULL)",
                [(uuid.uuid4().hex, batch, s[0], p[0], STAMP) for s in sessions for p in participants],
            )


def _batch(services: Services, actor: Actor, people: int, start: date) -> str:
    training, _ = services.training_courses.add_training(
        actor=actor, name=f"Pelatihan Kue {start}", kind="umum", total_jp=80, min_attendance=75
    )
    sessions = [Session(start + timedelta(days=d), 8) for d in range(SESSIONS)]
    batch, _ = services.training_courses.add_batch(
        actor=actor,
        training_id=training.id,
        starts_on=start,
        ends_on=sessions[-1].day,
        quota=people,
        place="Aula Kelurahan",
        sessions=sessions,
    )
    return batch.id


def _enrol(services: Services, actor: Actor, batch: str, count: int, *, attend: bool, start: date) -> None:
    for n in range(1, count + 1):
        services.training_participants.enroll(actor=actor, batch_id=batch, nik=_nik(n))
        services.training_participants.select(actor=actor, batch_id=batch, nik=_nik(n))
        if attend:
            for d in range(8):
                services.training_attendance.attend(
                    actor=actor, batch_id=batch, day=start + timedelta(days=d), nik=_nik(n), mark="hadir"
                )


def _mark(services: Services, actor: Actor, batch: str, start: date, n: int) -> object:
    day, nik = start + timedelta(days=n % SESSIONS), _nik(n % PER_BATCH + 1)
    return services.training_attendance.attend(actor=actor, batch_id=batch, day=day, nik=nik, mark="hadir")


def bench_grid_and_mark(services: Services, actor: Actor, repeats: int) -> dict[str, object]:
    start = date(2026, 10, 5)
    batch = _batch(services, actor, PER_BATCH, start)
    _enrol(services, actor, batch, PER_BATCH, attend=False, start=start)
    grid = [
        _timed(lambda: services.training_attendance.grid(actor=actor, batch_id=batch)) for _ in range(repeats)
    ]
    marks = [_timed(partial(_mark, services, actor, batch, start, n)) for n in range(repeats)]
    return {
        "grid_p95_ms": round(_percentile(grid, 0.95) * 1000, 2),
        "grid_goal_ms": GRID_GOAL_P95_MS,
        "mark_p95_ms": round(_percentile(marks, 0.95) * 1000, 2),
        "mark_goal_ms": MARK_GOAL_P95_MS,
    }


def bench_certificates(services: Services, actor: Actor, count: int, work: Path) -> dict[str, object]:
    start = date(2026, 8, 3)
    batch = _batch(services, actor, count, start)
    _enrol(services, actor, batch, count, attend=True, start=start)
    target = work / "sertifikat.pdf"
    start_cpu = time.process_time()
    seconds = _timed(
        lambda: services.training_outcomes.certificates(actor=actor, batch_id=batch, target=target)
    )
    cpu = time.process_time() - start_cpu
    bare = [replace(certificate, qr_payload=None) for certificate in sample_certificates(count)]
    start_cpu = time.process_time()
    with without_ascii85():
        bare_seconds = _timed(lambda: draw_bare(BytesIO(), bare, ISSUER))
    bare_cpu = time.process_time() - start_cpu
    return {
        "count": count,
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu, 3),
        "bare_reportlab_seconds": round(bare_seconds, 3),
        "bare_reportlab_cpu_seconds": round(bare_cpu, 3),
        "goal_seconds": CERTIFICATES_GOAL_S * count / 100,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--earlier", type=int, default=100_000, help="earlier attendance rows")
    parser.add_argument("--certificates", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--keep", type=Path, help="keep the store here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-training-") as scratch:
        root = args.keep or Path(scratch)
        services, actor = _office(root / "kantor")
        services.documents.set_office_details(
            actor=actor, contact="Jl. Raya Sawah 1", head_name="Hj. Siti Rahmah"
        )
        try:
            people = fill_people(services, max(PER_BATCH, args.certificates))
            fill_history(services, people, args.earlier)
            figures = {
                "attendance": bench_grid_and_mark(services, actor, args.repeats),
                "certificates": bench_certificates(services, actor, args.certificates, Path(scratch)),
            }
        finally:
            services.database.dispose()
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
