"""Registry benchmark: search over 1M people, a 100,000-row import, start-up, each against the limit.

Run: python -m tests.bench.bench_registry [--people 1000000] [--import-rows 100000] [--keep DIR]
Prints one JSON object. Each figure is measured side by side, in the same run, with what the machine
can do at best: the same FTS5 query on a bare sqlite3 connection, a bare csv + sqlite3 executemany,
and a bare PySide6 window.
"""

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.domain.wilayah import wilayah
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.demo.demo_data import DemoGenerator
from tangsel_desktop.services.demo.demo_service import DemoService
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import sqlite_driver
from tangsel_desktop.storage.people import people_search

PASSWORD = "bench-password"
NAME_QUERIES = (
    "s",
    "si",
    "sit",
    "siti",
    "siti r",
    "siti ra",
    "bu",
    "budi",
    "budi s",
    "agus",
    "dewi l",
    "nur",
)
NIK_QUERIES = ("36", "3674", "367404", "3674045", "36740457", "3171", "320118")
SEARCH_LIMIT = 50
REPEATS = 15


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def _office(root: Path, people: int) -> tuple[Services, Actor]:
    paths = DataPaths(root).ensure()
    services = open_services(paths)
    if services.office.get() is None:
        services.office.set_up(
            office_code="DINSOS", admin_username="bench", admin_full_name="Bench", admin_password=PASSWORD
        )
    actor = services.auth.login(username="bench", password=PASSWORD)
    have = services.dashboard.counts(actor=actor).people
    if have < people:
        start = time.perf_counter()
        DemoService(services.database, services.office).fill(actor=actor, people=people - have, seed=have + 1)
        print(f"filled {people - have} people in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return services, actor


def _bare_search(connection: sqlite_driver.Connection, text: str) -> list[tuple[object, ...]]:
    """The same SQL statements the application runs, on a bare sqlite3 connection: the limit."""
    digits = people_search.digits_query(text)
    if digits is None:
        query = people_search.fts_query(text)
        matches = connection.execute(str(people_search.WORDS_COUNT_SQL), {"query": query}).fetchone()[0]
        statement = (
            people_search.WORDS_SQL
            if matches <= people_search.SORT_AT_MOST
            else people_search.WORDS_BY_NAME_INDEX_SQL
        )
        parameters = {"query": query, "after_name": "", "after": 0, "limit": SEARCH_LIMIT}
        return connection.execute(str(statement), parameters).fetchall()
    bounds = {"low": digits, "high": digits + ":", "after_nik": "", "after_kk": ""}
    rows = connection.execute(str(people_search.NIK_RANGE_SQL), {**bounds, "limit": SEARCH_LIMIT}).fetchall()
    if len(rows) < SEARCH_LIMIT:
        rows += connection.execute(
            str(people_search.KK_RANGE_SQL), {**bounds, "limit": SEARCH_LIMIT - len(rows)}
        ).fetchall()
    return rows


def bench_search(services: Services, actor: Actor) -> dict[str, object]:
    bare = sqlite_driver.connect(services.database.file)
    figures: dict[str, object] = {}
    for label, queries in (("name", NAME_QUERIES), ("nik_prefix", NIK_QUERIES)):
        ours: list[float] = []
        theirs: list[float] = []
        for _ in range(REPEATS):
            for text in queries:
                # Alternate, so drift of the machine's speed hits both sides alike.
                theirs.append(_timed(partial(_bare_search, bare, text)))
                ours.append(
                    _timed(partial(services.people.search, actor=actor, text=text, limit=SEARCH_LIMIT))
                )
        figures[label] = {
            "median_ms": round(statistics.median(ours) * 1000, 3),
            "p95_ms": round(_percentile(ours, 0.95) * 1000, 3),
            "bare_median_ms": round(statistics.median(theirs) * 1000, 3),
            "bare_p95_ms": round(_percentile(theirs, 0.95) * 1000, 3),
            "ratio_median": round(statistics.median(ours) / statistics.median(theirs), 2),
            "ratio_p95": round(_percentile(ours, 0.95) / _percentile(theirs, 0.95), 2),
            "goal": "ratio <= 1.5 and p95 < 50 ms",
        }
    bare.close()
    return figures


IMPORT_HEADER = [
    "NIK",
    "NO_KK",
    "NAMA",
    "JENIS_KELAMIN",
    "TEMPAT_LAHIR",
    "TANGGAL_LAHIR",
    "ALAMAT",
    "RT",
    "RW",
    "KELURAHAN",
    "NO_HP",
    "PEKERJAAN",
    "DISABILITAS",
    "DESIL",
]


def _write_import_file(path: Path, rows: int) -> None:
    generator = DemoGenerator(list(wilayah().kelurahan), seed=99)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(IMPORT_HEADER)
        for family in generator.families(rows):
            for person in family.members:
                writer.writerow(
                    [
                        person.nik,
                        family.kk_number,
                        person.full_name,
                        person.sex.value,
                        person.birth_place,
                        person.birth_date.strftime("%d-%m-%Y"),
                        person.address,
                        person.rt,
                        person.rw,
                        person.kelurahan_code,
                        person.phone,
                        person.occupation,
                        person.disability.value,
                        person.desil or "",
                    ]
                )


def _bare_import(source: Path, database: Path) -> float:
    """The limit: csv.reader straight into one executemany, no checks, same pragmas."""
    start = time.perf_counter()
    connection = sqlite_driver.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute(f"CREATE TABLE people ({', '.join(name + ' TEXT' for name in IMPORT_HEADER)})")
    with source.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(f"INSERT INTO people VALUES ({', '.join('?' * len(IMPORT_HEADER))})", reader)
        connection.execute("COMMIT")
    connection.close()
    return time.perf_counter() - start


def bench_import(work: Path, rows: int) -> dict[str, object]:
    source = work / "impor.csv"
    _write_import_file(source, rows)
    ours: list[float] = []
    theirs: list[float] = []
    for attempt in range(3):
        theirs.append(_bare_import(source, work / f"bare-{attempt}.sqlite3"))
        services, actor = _office(work / f"import-{attempt}", 0)
        start = time.perf_counter()
        result, _ = services.people_import.run(actor=actor, source=source)
        ours.append(time.perf_counter() - start)
        if result.imported != rows or result.rejected:
            raise RuntimeError(f"the benchmark file did not import cleanly: {result}")
        services.database.dispose()
    ours_rate = rows / statistics.median(ours)
    bare_rate = rows / statistics.median(theirs)
    return {
        "rows": rows,
        "rows_per_s": round(ours_rate),
        "bare_rows_per_s": round(bare_rate),
        "ratio": round(ours_rate / bare_rate, 3),
        "goal": "ratio >= 0.333",
    }


def bench_startup(work: Path, runs: int = 7) -> dict[str, object]:
    data = work / "startup"
    services, _ = _office(data, 5000)
    services.database.dispose()
    environment = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", TANGSEL_EXIT_AFTER_FIRST_PAINT="1", TANGSEL_NO_DIALOGS="1"
    )
    ours_command = [sys.executable, "-m", "tangsel_desktop", "--data-dir", str(data)]
    bare_command = [sys.executable, str(Path(__file__).with_name("bare_window.py"))]
    ours: list[float] = []
    theirs: list[float] = []
    for attempt in range(runs + 1):
        bare = _timed(lambda: subprocess.run(bare_command, env=environment, check=True, capture_output=True))
        mine = _timed(lambda: subprocess.run(ours_command, env=environment, check=True, capture_output=True))
        if attempt:  # the first pair warms the disk cache
            theirs.append(bare)
            ours.append(mine)
    return {
        "median_s": round(statistics.median(ours), 3),
        "bare_median_s": round(statistics.median(theirs), 3),
        "ratio": round(statistics.median(ours) / statistics.median(theirs), 2),
        "goal": "ratio <= 2",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="reuse this folder for the big store between runs")
    parser.add_argument("--only", choices=("search", "import", "startup"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        figures: dict[str, object] = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
        if args.only in (None, "search"):
            services, actor = _office(args.keep or work / "search", args.people)
            figures["search"] = {"people": args.people, **bench_search(services, actor)}
            services.database.dispose()
        if args.only in (None, "import"):
            figures["import"] = bench_import(work, args.import_rows)
        if args.only in (None, "startup"):
            figures["startup"] = bench_startup(work)
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
