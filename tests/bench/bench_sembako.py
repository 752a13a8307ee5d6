"""Sembako benchmarks: a handover with 1,000,000 earlier handovers in the store, and a round's list proposed
from 1,000,000 people, each against the machine's limit measured side by side in the same run.

Run: python -m tests.bench.bench_sembako [--people 1000000] [--handovers 1000000] [--repeats 5] [--keep DIR]
Prints one JSON object.
- handover: services.sembako_handovers.hand_over (the line found, the ledger and the stock checked, the
  receipt number taken and signed, the row, the audit entry, the journal and the seals, one commit) against
  one bare INSERT into a table with the same unique index, one commit each, on a bare sqlite3 connection with
  the store's durability (WAL, synchronous=FULL). Goal: p95 under 50 ms and within 3x of the bare INSERT.
- proposal: the selection and grouping of a round over every category (SembakoRounds.left_out, which runs
  the proposal without writing it) against the same selection as one bare SQL statement. Goal: within 2x.
  Writing the proposed list (propose) is reported too, against a bare INSERT ... SELECT of the same lines.
The store is a real migrated store of Kelurahan Sawah filled with raw inserts (journal triggers on).
"""

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from pathlib import Path

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.sembako.package_items import parse_item
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.sembako.handover_service import Who
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import sqlite_driver

PASSWORD = "bench-password"
OFFICE = "36.74.04.1004"
STAMP = "2025-06-01T00:00:00.000000Z"
BATCH = 20_000
PAST_ROUND = 2_000  # families per past round
PAST_LINE_SQL = (
    "INSERT INTO sembako_recipient (id, round_id, unit_key, household_id, person_id, full_name, nik, "
    "kk_number, address, rt, rw, categories, status, added_reason, added_after_approval, removed_reason, "
    "created_at, updated_at) "
    "VALUES (?, ?, ?, NULL, ?, ?, ?, '', '', '', '001', 'disabilitas', 'listed', '', 0, '', ?, ?)"
)
PAST_RECEIPT_SQL = (
    "INSERT INTO document_register (id, kind, year, seq, number, is_copy, person_name, status, reason, "
    "payload, job, printed_by_name, reserved_at) "
    "VALUES (?, 'receipt', 2025, ?, ?, 0, '', 'printed', '', ?, ?, 'bench', '2025-06-02T00:00:00Z')"
)
PAST_HANDOVER_SQL = (
    "INSERT INTO sembako_handover (id, round_id, recipient_id, unit_key, document_id, receipt_number, mark, "
    "proxy_name, proxy_nik, proxy_relation, clerk_name, handed_at, void_reason) "
    "VALUES (?, ?, ?, ?, ?, ?, 'signature', '', '', '', 'bench', ?, '')"
)
HANDOVER_GOAL_P95_MS = 50
HANDOVER_GOAL_RATIO = 3.0
PROPOSAL_GOAL_RATIO = 2.0
RWS = 40
REMOTE_RWS = 4  # 001-004: a tenth of the kelurahan lives in remote RWs

PERSON_SQL = (
    "INSERT INTO person (id, nik, household_id, full_name, sex, birth_place, birth_date, address, rt, rw, "
    "kelurahan_code, phone, occupation, disability, desil, notes, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, 'P', 'Tangerang', '1980-05-17', ?, '001', ?, ?, '', '', ?, 2, '', ?, ?)"
)
HOUSEHOLD_SQL = (
    "INSERT INTO household (id, kk_number, head_person_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"
)

# The proposal's selection as one statement: everyone a category takes, with the family's head.
BARE_SELECTION = """
SELECT p.id, p.nik, p.full_name, p.address, p.rt, p.rw, p.kelurahan_code, p.disability,
       h.id, h.kk_number, hp.id, hp.nik, hp.full_name, hp.address, hp.rt, hp.rw,
       p.rw IN (SELECT rw FROM sembako_remote_rw),
       (SELECT group_concat(e.category || ':' || e.valid_from || ':' || COALESCE(e.valid_until, ''))
          FROM sembako_evidence e WHERE e.person_id = p.id AND e.revoked_at IS NULL)
FROM person AS p
LEFT JOIN household AS h ON h.id = p.household_id AND h.deleted_at IS NULL
LEFT JOIN person AS hp ON hp.id = h.head_person_id AND hp.deleted_at IS NULL
WHERE p.deleted_at IS NULL AND (p.disability <> 'tidak' OR p.rw IN (SELECT rw FROM sembako_remote_rw)
   OR p.id IN (SELECT person_id FROM sembako_evidence WHERE revoked_at IS NULL))
"""


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


def _people(count: int, first: int) -> Iterator[tuple[list[tuple[object, ...]], list[tuple[object, ...]]]]:
    """Families of four: the first member heads it; three in a hundred people have a disability."""
    people: list[tuple[object, ...]] = []
    households: list[tuple[object, ...]] = []
    for number in range(first, first + count):
        if number % 4 == 0 or not households:
            household = uuid.uuid4().hex
            head = uuid.uuid4().hex
            households.append((household, f"3674041203{number % 10**6:06d}", head, STAMP, STAMP))
            person_id = head
        else:
            person_id = uuid.uuid4().hex
        rw = f"{number // 4 % RWS + 1:03d}"
        disability = "netra" if number % 33 == 0 else "tidak"
        people.append(
            (person_id, f"3674{number:012d}", households[-1][0], f"Warga {number}",
             f"Jl. Contoh {number % 300}", rw, OFFICE, disability, STAMP, STAMP)
        )  # fmt: skip
        if len(people) >= BATCH and number % 4 == 3:
            yield people, households
            people, households = [], []
    if people:
        yield people, households


def fill_people(services: Services, count: int) -> None:
    with sqlite_driver.connect(services.database.file, timeout=30) as connection:
        have = connection.execute("SELECT count(*) FROM person").fetchone()[0]
        if have >= count:
            return
        start = time.perf_counter()
        for people, households in _people(count - have, have):
            with connection:
                # The head row of a household is written with its person; a foreign key from household
                # to person does not exist, so the order within the transaction does not matter.
                connection.executemany(HOUSEHOLD_SQL, households)
                connection.executemany(PERSON_SQL, people)
        connection.execute("ANALYZE")
    connection.close()
    print(f"filled {count - have} people in {time.perf_counter() - start:.1f} s", file=sys.stderr)


def fill_history(services: Services, actor: Actor, handovers: int) -> None:
    """Past rounds of 2,000 families each, every family handed its package: the ledger's history."""
    with sqlite_driver.connect(services.database.file, timeout=30) as connection:
        have = connection.execute("SELECT count(*) FROM sembako_handover").fetchone()[0]
    connection.close()
    if have >= handovers:
        return
    start = time.perf_counter()
    key = "X" * 103
    with sqlite_driver.connect(services.database.file, timeout=30) as connection:
        person = connection.execute("SELECT id FROM person LIMIT 1").fetchone()[0]
        for first in range(have, handovers, PAST_ROUND):
            view, _ = services.sembako_rounds.create(
                actor=actor, name=f"Riwayat {first}", month=YearMonth(2025, 1 + first // PAST_ROUND % 12),
                categories=["disabilitas"], items=[parse_item("Beras,kg,5,14000")],
            )  # fmt: skip
            lines, ledger, register = [], [], []
            for number in range(first, min(first + PAST_ROUND, handovers)):
                line, handover, unit = uuid.uuid4().hex, uuid.uuid4().hex, uuid.uuid4().hex
                receipt = f"TT/{OFFICE}/2025/{number + 1:07d}"
                lines.append(
                    (line, view.id, unit, person, f"Riwayat {number}", f"3674{number:012d}", STAMP, STAMP)
                )
                register.append((number + 10_000_000, number + 1, receipt, key, handover))
                ledger.append((handover, view.id, line, unit, number + 10_000_000, receipt, STAMP))
            with connection:
                connection.executemany(PAST_LINE_SQL, lines)
                connection.executemany(PAST_RECEIPT_SQL, register)
                connection.executemany(PAST_HANDOVER_SQL, ledger)
                connection.execute("UPDATE sembako_round SET status = 'closed' WHERE id = ?", (view.id,))
        connection.execute("ANALYZE")
    connection.close()
    print(f"filled {handovers - have} handovers in {time.perf_counter() - start:.1f} s", file=sys.stderr)


def bench_handover(services: Services, actor: Actor, work: Path, count: int) -> dict[str, object]:
    view, _ = services.sembako_rounds.create(
        actor=actor, name=f"Bench {uuid.uuid4().hex[:6]}", month=YearMonth(2026, 11),
        categories=["disabilitas"], items=[parse_item("Beras,kg,5,14000")],
    )  # fmt: skip
    services.sembako_rounds.propose(actor=actor, round_id=view.id)
    services.sembako_rounds.approve(actor=actor, round_id=view.id)
    services.sembako_stock.receive(actor=actor, round_id=view.id, count=count + 10, bast="BAST/BENCH")
    lines = services.sembako_rounds.recipients(actor=actor, round_id=view.id, limit=count)
    bare = sqlite_driver.connect(work / "bare.sqlite3", isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL"):
        bare.execute(f"PRAGMA {pragma}")
    bare.execute(
        "CREATE TABLE IF NOT EXISTS ledger (id TEXT PRIMARY KEY, round_id TEXT, unit_key TEXT, receipt TEXT, "
        "at TEXT, voided_at TEXT)"
    )
    bare.execute(
        "CREATE UNIQUE INDEX IF NOT EXISTS once ON ledger (round_id, unit_key) WHERE voided_at IS NULL"
    )

    def bare_insert() -> None:
        bare.execute("BEGIN IMMEDIATE")
        bare.execute(
            "INSERT INTO ledger VALUES (?, 'r', ?, 'TT/1', '2026-11-20', NULL)",
            (uuid.uuid4().hex, uuid.uuid4().hex),
        )
        bare.execute("COMMIT")

    ours: list[float] = []
    theirs: list[float] = []
    for line in lines:  # alternate, so drift of the machine hits both sides alike
        theirs.append(_timed(bare_insert))
        who = Who(recipient_id=line.id)
        ours.append(
            _timed(partial(services.sembako_handovers.hand_over, actor=actor, round_id=view.id, who=who))
        )
    bare.close()
    return {
        "earlier_handovers": _count(services, "sembako_handover") - len(lines),
        "handovers_timed": len(lines),
        "p50_ms": round(statistics.median(ours) * 1000, 2),
        "p95_ms": round(_percentile(ours, 0.95) * 1000, 2),
        "bare_insert_p50_ms": round(statistics.median(theirs) * 1000, 2),
        "bare_insert_p95_ms": round(_percentile(theirs, 0.95) * 1000, 2),
        "ratio_p50": round(statistics.median(ours) / statistics.median(theirs), 2),
        "goal": f"p95 < {HANDOVER_GOAL_P95_MS} ms and ratio <= {HANDOVER_GOAL_RATIO}",
    }


def _count(services: Services, table: str) -> int:
    with sqlite_driver.connect(services.database.file) as connection:
        found = int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    connection.close()
    return found


def bench_proposal(services: Services, actor: Actor, repeats: int) -> dict[str, object]:
    today = date.today()
    for rw in range(1, REMOTE_RWS + 1):
        services.sembako_evidence.set_remote_rw(actor=actor, rw=str(rw))
    _letters(services)  # letters for one person in 500: stunting and TBC
    view, _ = services.sembako_rounds.create(
        actor=actor, name=f"Usulan {uuid.uuid4().hex[:6]}", month=YearMonth(today.year, today.month),
        categories=["stunting", "tbc", "disabilitas", "terpencil"], items=[parse_item("Beras,kg,5,14000")],
    )  # fmt: skip
    bare = sqlite_driver.connect(services.database.file)

    def bare_selection() -> list[tuple[object, ...]]:
        return bare.execute(BARE_SELECTION).fetchall()

    def our_selection() -> object:
        return services.sembako_rounds.left_out(actor=actor, round_id=view.id)

    selected = len(bare_selection())
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(repeats):
        theirs.append(_timed(bare_selection))
        ours.append(_timed(our_selection))
    propose_seconds = _timed(lambda: services.sembako_rounds.propose(actor=actor, round_id=view.id))
    listed = _count_lines(services, view.id)
    insert_select = _bare_insert_select(services, view.id)
    bare.close()
    return {
        "people": _count(services, "person"),
        "candidates": selected,
        "lines_proposed": listed,
        "selection_median_ms": round(statistics.median(ours) * 1000, 1),
        "bare_selection_median_ms": round(statistics.median(theirs) * 1000, 1),
        "ratio": round(statistics.median(ours) / statistics.median(theirs), 2),
        "goal": f"ratio <= {PROPOSAL_GOAL_RATIO}",
        "propose_with_writing_s": round(propose_seconds, 2),
        "bare_insert_select_s": round(insert_select, 2),
        "propose_ratio": round(propose_seconds / insert_select, 2),
    }


def _letters(services: Services) -> None:
    with sqlite_driver.connect(services.database.file, timeout=30) as connection:
        if connection.execute("SELECT count(*) FROM sembako_evidence").fetchone()[0]:
            return
        ids = [row[0] for row in connection.execute("SELECT id FROM person WHERE rowid % 500 = 7")]
        rows = [
            (uuid.uuid4().hex, person, "tbc" if n % 2 else "stunting", "surat", "2026-01-01",
             "2026-10-31" if n % 5 == 0 else "2027-12-31", STAMP)
            for n, person in enumerate(ids)
        ]  # fmt: skip
        with connection:
            connection.executemany(
                "INSERT INTO sembako_evidence (id, person_id, category, document, valid_from, valid_until, "
                "child_name, created_at, revoke_reason) VALUES (?, ?, ?, ?, ?, ?, '', ?, '')",
                rows,
            )
    connection.close()


def _count_lines(services: Services, round_id: str) -> int:
    with sqlite_driver.connect(services.database.file) as connection:
        found = connection.execute(
            "SELECT count(*) FROM sembako_recipient WHERE round_id = ?", (round_id,)
        ).fetchone()[0]
    connection.close()
    return int(found)


def _bare_insert_select(services: Services, round_id: str) -> float:
    """The same number of lines written by one INSERT ... SELECT into a copy of the table, then undone."""
    connection = sqlite_driver.connect(services.database.file, isolation_level=None)
    try:
        connection.execute("CREATE TEMP TABLE lines AS SELECT * FROM sembako_recipient WHERE 0")
        start = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute(
            "INSERT INTO lines SELECT * FROM sembako_recipient WHERE round_id = ?", (round_id,)
        )
        connection.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--handovers", type=int, default=1_000_000)
    parser.add_argument("--timed", type=int, default=300, help="handovers timed")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="keep the store here (reused when run again)")
    args = parser.parse_args(argv)
    random.seed(1)
    with tempfile.TemporaryDirectory(prefix="bench-sembako-") as scratch:
        root = args.keep or Path(scratch)
        services, actor = _office(root / "kantor")
        try:
            fill_people(services, args.people)
            fill_history(services, actor, args.handovers)
            figures = {
                "proposal": bench_proposal(services, actor, args.repeats),
                "handover": bench_handover(services, actor, Path(scratch), args.timed),
            }
        finally:
            services.database.dispose()
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
