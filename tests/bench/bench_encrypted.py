"""Encryption at rest benchmark: name search and the Jamsosnaker recap on an encrypted store against the
same on a plain store, side by side in one run (goal: within 1.2x).

Run: python -m tests.bench.bench_encrypted [--people 5000] [--members M] [--repeats 7] [--keep DIR]
(--people 1000000 for the issue's figure; --members 25000 with it for a city's shape: a million residents,
twenty-five thousand of them Jamsosnaker members; without --members every person is a member). Prints one
JSON object. Both stores are real migrated stores filled alike with raw inserts (the members spread evenly
through the registry), the encrypted one through SQLCipher with a random key; both sides run warm,
alternately, in the same process; ratios of medians. jamsos_recap_first is the recap with the page caches
emptied before each run (the first after the window opens): there every page read is decrypted once.
"""

import argparse
import json
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import sqlite_dialect
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.migrate import migrate
from tests.services.jamsos_recap_fixtures import city_residents, insert_workers
from tests.store_files import open_raw

PASSWORD = "bench-password"
MONTH = YearMonth(2025, 9)
GOAL = 1.2
NAME_QUERIES = ("Pekerja 12", "pekerja 4", "Pekerja 999", "Pekerja 31")
SEARCH_LIMIT = 50


def _timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def _store(root: Path, people: int, members: int, key: bytes | None) -> tuple[Services, Actor]:
    """A store (encrypted when key is given) with `people` residents, `members` of them members; reused
    when already filled (and grown, when it holds fewer people)."""
    paths = DataPaths(root).ensure()
    database = Database(paths.database, key=key)
    migrate(database, paths.backups)
    services = Services.build(paths, database)  # no key slots: the store's own speed is measured
    if services.office.get() is None:
        services.office.set_up(
            office_code="DINSOS", admin_username="bench", admin_full_name="Bench", admin_password=PASSWORD
        )
    actor = services.auth.login(username="bench", password=PASSWORD)
    with open_raw(paths.database, key=key) as connection:
        have = connection.execute("SELECT count(*) FROM person").fetchone()[0]
    if have < people:
        start = time.perf_counter()
        residents = city_residents(people - have, max(1, people // members), first_number=have + 1)
        insert_workers(paths.database, residents, first_number=have + 1, key=key)
        with open_raw(paths.database, key=key) as connection:
            connection.execute("ANALYZE")
        print(f"filled {people - have} in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        # Opened again, as on the office's next start: the connections' page cache is sized to the file as
        # it opens (storage/sqlite_dialect.cache_kib), and it was empty then.
        database.dispose()
        database = Database(paths.database, key=key)
        services = Services.build(paths, database)
        actor = services.auth.login(username="bench", password=PASSWORD)
    return services, actor


def _side_by_side(
    plain: Callable[[], object], encrypted: Callable[[], object], repeats: int
) -> dict[str, object]:
    plains: list[float] = []
    encrypteds: list[float] = []
    plain()
    encrypted()  # warm both caches first
    for _ in range(repeats):
        plains.append(_timed(plain))  # alternate, so drift of the machine hits both sides alike
        encrypteds.append(_timed(encrypted))
    return {
        "encrypted_median_ms": round(statistics.median(encrypteds) * 1000, 2),
        "plain_median_ms": round(statistics.median(plains) * 1000, 2),
        "ratio": round(statistics.median(encrypteds) / statistics.median(plains), 2),
        "goal": f"ratio <= {GOAL}",
    }


def _bench_key(work: Path) -> bytes:
    """The encrypted side's random key, kept beside the stores so that a --keep folder opens again."""
    kept = work / "bench.key"
    if not kept.exists():
        work.mkdir(parents=True, exist_ok=True)
        kept.write_bytes(secrets.token_bytes(32))
    return kept.read_bytes()


def bench(work: Path, people: int, repeats: int, members: int | None = None) -> dict[str, object]:
    key = _bench_key(work)
    members = people if members is None else members
    plain, plain_actor = _store(work / "plain", people, members, None)
    encrypted, encrypted_actor = _store(work / "encrypted", people, members, key)
    with open_raw(plain.database.file) as connection:
        members = connection.execute("SELECT count(*) FROM jamsos_member").fetchone()[0]
    try:

        def search(services: Services, actor: Actor) -> None:
            for text in NAME_QUERIES:
                services.people.search(actor=actor, text=text, limit=SEARCH_LIMIT)

        def recap(services: Services, actor: Actor) -> None:
            services.jamsos.recap(actor=actor, month=MONTH)

        def first_recap(services: Services, actor: Actor) -> None:
            # As the first recap after the window opens: the connections closed, their page caches gone
            # (the system's file cache stays warm on both sides alike).
            services.database.dispose()
            recap(services, actor)

        return {
            "people": people,
            "members": members,
            "file_mb": {
                "plain": plain.database.file.stat().st_size // 1_000_000,
                "encrypted": encrypted.database.file.stat().st_size // 1_000_000,
            },
            # each connection's, as the encrypted store opened (sized to its file)
            "page_cache_kib": sqlite_dialect.cache_kib(encrypted.database.file),
            "name_search": _side_by_side(
                partial(search, plain, plain_actor), partial(search, encrypted, encrypted_actor), repeats
            ),
            "jamsos_recap": _side_by_side(
                partial(recap, plain, plain_actor), partial(recap, encrypted, encrypted_actor), repeats
            ),
            "jamsos_recap_first": _side_by_side(
                partial(first_recap, plain, plain_actor),
                partial(first_recap, encrypted, encrypted_actor),
                repeats,
            ),
        }
    finally:
        plain.database.dispose()
        encrypted.database.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--members", type=int, help="how many of the people are members (default: all)")
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="keep the stores here (reused when run again)")
    args = parser.parse_args(argv)
    if args.members is not None and not 0 < args.members <= args.people:
        parser.error("--members: between 1 and --people")
    if args.keep:
        result = bench(args.keep, args.people, args.repeats, args.members)
    else:
        with tempfile.TemporaryDirectory() as folder:
            result = bench(Path(folder), args.people, args.repeats, args.members)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
