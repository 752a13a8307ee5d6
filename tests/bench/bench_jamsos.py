"""Jamsosnaker recap benchmark: the month's recap over 25,000 and 1,000,000 members against one bare SQL
aggregate over the same tables.

Run: python -m tests.bench.bench_jamsos [--members 25000 1000000] [--repeats 7] [--keep DIR]
Prints one JSON object. Stores are real migrated stores filled with raw sqlite3 inserts (a person and a
membership per member: nine in ten active, one in ten ended during the year, one in twenty joining during
it). Both sides run warm, alternately, in the same process; the ratio is of the medians.
"""

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import sqlite_driver
from tests.services.jamsos_recap_fixtures import city_workers, insert_workers

PASSWORD = "bench-password"
MONTH = YearMonth(2025, 9)
GOAL = 1.5

# What the machine can do at best: the month's grouping by kelurahan, RW and occupation, counted and
# priced at the rate in force, in one statement on a bare connection. No year to date, no names.
BARE_SQL = """
SELECT p.kelurahan_code, p.rw, m.occupation, count(*) AS members,
       count(*) * (SELECT jkk + jkm + jht FROM jamsos_rate WHERE effective_from <= :month
                   ORDER BY effective_from DESC LIMIT 1) AS amount
FROM jamsos_member AS m JOIN person AS p ON p.id = m.person_id
WHERE m.deleted_at IS NULL AND m.status IN ('active', 'ended') AND m.first_month IS NOT NULL
  AND m.first_month <= :month AND (m.last_month IS NULL OR m.last_month >= :month)
GROUP BY p.kelurahan_code, p.rw, m.occupation
ORDER BY p.kelurahan_code, p.rw, m.occupation
"""


def _timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def _office(root: Path, members: int) -> tuple[Services, Actor]:
    paths = DataPaths(root).ensure()
    services = open_services(paths)
    if services.office.get() is None:
        services.office.set_up(
            office_code="DINSOS", admin_username="bench", admin_full_name="Bench", admin_password=PASSWORD
        )
    actor = services.auth.login(username="bench", password=PASSWORD)
    with sqlite_driver.connect(services.database.file) as connection:
        have = connection.execute("SELECT count(*) FROM jamsos_member").fetchone()[0]
    connection.close()
    if have < members:
        start = time.perf_counter()
        insert_workers(services.database.file, city_workers(members - have), first_number=have + 1)
        with sqlite_driver.connect(services.database.file) as connection:
            connection.execute("ANALYZE")
        connection.close()
        print(f"filled {members - have} members in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return services, actor


# The store's own connection settings (storage/database.py), which the application pays for in every
# query: measured apart, to tell what they cost this GROUP BY from what the application adds.
APP_PRAGMAS = ("PRAGMA cache_size=-32000", "PRAGMA temp_store=MEMORY")


def bench_recap(services: Services, actor: Actor, repeats: int) -> dict[str, object]:
    bare = sqlite_driver.connect(services.database.file)
    tuned = sqlite_driver.connect(services.database.file)
    for pragma in APP_PRAGMAS:
        tuned.execute(pragma)
    parameters = {"month": str(MONTH)}

    def bare_recap() -> list[tuple[object, ...]]:
        return bare.execute(BARE_SQL, parameters).fetchall()

    def tuned_recap() -> list[tuple[object, ...]]:
        return tuned.execute(BARE_SQL, parameters).fetchall()

    def our_recap() -> object:
        return services.jamsos.recap(actor=actor, month=MONTH)

    expected = bare_recap()
    recap = services.jamsos.recap(actor=actor, month=MONTH)
    if [(r[3], r[4]) for r in expected] != [(line.members, line.amount) for line in recap.lines]:
        raise RuntimeError("the recap and the bare aggregate disagree")
    ours: list[float] = []
    theirs: list[float] = []
    pragmas: list[float] = []
    for _ in range(repeats):
        theirs.append(_timed(bare_recap))  # alternate, so drift of the machine hits all sides alike
        ours.append(_timed(our_recap))
        pragmas.append(_timed(tuned_recap))
    bare.close()
    tuned.close()
    return {
        "members_in_month": recap.members,
        "lines": len(recap.lines),
        "median_ms": round(statistics.median(ours) * 1000, 1),
        "bare_median_ms": round(statistics.median(theirs) * 1000, 1),
        "ratio": round(statistics.median(ours) / statistics.median(theirs), 2),
        "goal": f"ratio <= {GOAL}",
        "bare_with_store_pragmas_ms": round(statistics.median(pragmas) * 1000, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--members", type=int, nargs="+", default=[25_000, 1_000_000])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="keep the stores here (reused when run again)")
    args = parser.parse_args(argv)
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="bench-jamsos-") as scratch:
        root = args.keep or Path(scratch)
        for count in args.members:
            services, actor = _office(root / f"members-{count}", count)
            try:
                figures[f"recap_{count}"] = bench_recap(services, actor, args.repeats)
            finally:
                services.database.dispose()
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
