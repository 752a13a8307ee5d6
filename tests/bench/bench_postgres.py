"""The central office on PostgreSQL: the merge against a bare COPY and against the SQLite centre, name search,
and the month's Jamsosnaker recap against one bare aggregate, each ratio measured side by side in one run.

Run: python -m tests.bench.bench_postgres [--offices 2] [--people 2000] [--searches 200] [--repeats 3]
     [--url postgresql+psycopg://USER@HOST:PORT/postgres]
     or, without the merge: [--search-people 1400000] [--members 25000 1000000]
     [--keep] keeps the filled databases on the --url server (their URLs printed), and
     [--centre URL] searches such a kept centre again instead of filling a new one (--search-people N then
     only names its size; the centre is migrated to head when it is opened).
The issue's sizes: --offices 54 --people 1000000 for the merge; --search-people 1400000 for search and
--members 25000 1000000 for the recap fill centres directly (minutes: the demo fill and the members go in
by COPY, storage/bare_connection.insert_many), and the merge part is then skipped. Without --url a
throwaway cluster is started (tests/pg_server.py: initdb into a temporary folder, fsync off); with --url,
databases are made and dropped on that server (its role needs CREATEDB). Prints one JSON object.

- merge: --offices offices share --people residents (demo fill); each writes its first package. The same
  packages are imported through the service (verify, decrypt, parse, COPY into a temporary table, one
  INSERT ... ON CONFLICT per table, seals, findings, audit; no backup) into a fresh PostgreSQL centre, and
  into a fresh SQLite centre; and the same decoded rows go in with a bare COPY per table, one transaction
  per package, into a third fresh PostgreSQL centre (same tables, indexes, triggers). Alternated, median of
  --repeats. Goals: PostgreSQL merge within 2x of the bare COPY; no slower than the SQLite centre.
- search: --searches name searches (the first letters of a resident's name, as a clerk types) through the
  people service over the merged centre: p50/p95 in ms, against a bare one-row SELECT (the round trip).
  Goal: p95 under 50 ms.
- recap: the month's Jamsosnaker recap through the service, against one bare SQL aggregate on the same
  server: the month's grouping by kelurahan, RW and occupation with its amount (tests/bench/bench_jamsos.py's
  bare statement, the SQLite recap's yardstick too); medians. Goal: within 1.5x. Also reported: the ratio to
  a bare count by kelurahan alone.
- --search-people N: a Dinas Sosial centre filled by the demo fill (the whole city's families, one
  transaction, then the statistics the product takes after a bulk load); the searches are the first 3-6
  letters of residents' first names, plus rare words and NIK/KK prefixes, each through the service as the
  window asks: the page, and when the page is full the count ("N ditemukan"). p50/p95 of the page alone and
  of page plus count.
- --members M...: per size a fresh centre with M Jamsosnaker members (a person and a membership each,
  tests/services/jamsos_recap_fixtures.city_workers: the year 2025) and the recap of September 2025.
"""

import argparse
import itertools
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg

from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.demo.demo_service import DemoService
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.services.sync.central_import import open_package
from tangsel_desktop.storage import bare_connection, server_copy
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.store_location import StoreLocation
from tangsel_desktop.storage.sync import sync_store
from tangsel_desktop.storage.sync.merge_order import MERGED_BY_NAME, ORIGIN, central_id
from tests import pg_server
from tests.bench.bench_sync import CODES, _exchange, _site
from tests.services.jamsos_recap_fixtures import STAMP, city_workers

MERGE_GOAL, SQLITE_GOAL, SEARCH_GOAL_MS, RECAP_GOAL = 2.0, 1.0, 50.0, 1.5
RECAP_MONTH = YearMonth(2025, 9)  # the members centres' year (city_workers)


class Server:
    """Databases on the throwaway cluster or on the server --url names."""

    def __init__(self, url: str | None, keep: bool = False) -> None:
        self._own = None if url else pg_server.start()
        self._keep = keep
        base = url if url else self._own.url() if self._own else None
        assert base is not None
        self._base = base
        self.made: list[str] = []

    def _admin(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self._base.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)

    def database(self, template: str | None = None) -> str:
        name = f"bench_{len(self.made)}_{random.randrange(16**8):08x}"
        with self._admin() as connection:
            source = template or "template0"
            connection.execute(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE {source}")
        self.made.append(name)
        return self._base.rsplit("/", 1)[0] + f"/{name}"

    def close(self) -> None:
        if self._keep:
            print(
                "kept: " + " ".join(self._base.rsplit("/", 1)[0] + f"/{name}" for name in self.made),
                file=sys.stderr,
            )
            return
        with self._admin() as connection:
            for name in self.made:
                connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        if self._own is not None:
            self._own.stop()


def _centre(root: Path, url: str | None) -> tuple[Services, Actor]:
    """Dinas Sosial in a folder: its settings file names a server database when url is given."""
    root.mkdir(parents=True, exist_ok=True)
    if url:
        (root / "tangsel.ini").write_text(f"[database]\nurl = {url}\n", encoding="utf-8")
    return _site(root, "DINSOS")


def _bare_copy(url: str, packages: list[tuple[str, int, Any]]) -> float:
    """The same decoded rows straight in: one COPY per table, one transaction per package."""
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        start = time.perf_counter()
        for office, slot, parsed in packages:
            connection.execute("SET CONSTRAINTS ALL DEFERRED")
            for section in parsed.sections:
                table = MERGED_BY_NAME[section.table]
                moved = (
                    {table.key} | set(table.integer_refs) if table.integer_key else set(table.integer_refs)
                )
                at = [i for i, column in enumerate(section.columns) if column in moved]
                names = ", ".join(f'"{column}"' for column in (ORIGIN, *section.columns))
                with (
                    connection.cursor() as cursor,
                    cursor.copy(f"COPY {section.table} ({names}) FROM STDIN") as copy,
                ):
                    for row in section.rows:
                        values = list(row)
                        for index in at:
                            if values[index] is not None:
                                values[index] = central_id(slot, int(values[index]))
                        copy.write_row([office, *values])
            connection.commit()
        return time.perf_counter() - start


def _imported(services: Services, actor: Actor, data: list[bytes]) -> float:
    start = time.perf_counter()
    for blob in data:
        result, _ = services.sync.central.import_bytes(actor=actor, data=blob, backup=False)
        assert result.applied, result.message
    return time.perf_counter() - start


def bench_merge(
    root: Path, server: Server, offices: int, people: int, repeats: int
) -> tuple[dict[str, Any], str]:
    """Returns the figures and the URL of a merged PostgreSQL centre (for search and the recap)."""
    # One centre, its keys trusted by every office: built on SQLite, then moved onto the server by the
    # application's own `central migrate-to-postgres` copy, so both engines hold the very same centre.
    sqlite_template = root / "pusat-sqlite"
    sqlite_centre = _centre(sqlite_template, None)
    data: list[bytes] = []
    for number in range(offices):
        office = _site(root / f"kantor-{number}", CODES[number])
        _exchange(office, sqlite_centre, root, f"kantor-{number}")
        services, actor = office
        DemoService(services.database, services.office).fill(
            actor=actor, people=people // offices, seed=100 + number
        )
        target = root / f"paket-{number}.tsync"
        services.sync.export(actor=actor, target=target)
        data.append(target.read_bytes())
        services.database.dispose()
    template_url = server.database()
    moved = Database(StoreLocation.parse(template_url))
    try:
        assert server_copy.copy_to_server(sqlite_centre[0].database, moved, root / "backups").ok
    finally:
        moved.dispose()
    centre = _centre(root / "pusat-pg", template_url)
    with centre[0].database.read() as tx:
        slots = {peer.code: peer.slot for peer in sync_store.peers(tx)}
        decoded = []
        for blob in data:
            opened, parsed = open_package(tx, blob)
            decoded.append((str(opened.header["office"]), slots[str(opened.header["office"])], parsed))
    rows = sum(len(section.rows) for _, _, parsed in decoded for section in parsed.sections)
    centre[0].database.dispose()
    sqlite_centre[0].database.dispose()
    template = template_url.rsplit("/", 1)[1]
    merged_url = ""
    times: dict[str, list[float]] = {"postgres_merge": [], "bare_copy": [], "sqlite_merge": []}
    for repeat in range(repeats):
        merge_url, bare_url = server.database(template), server.database(template)
        folder = root / f"pusat-pg-{repeat}"
        shutil.copytree(root / "pusat-pg", folder)
        (folder / "tangsel.ini").write_text(f"[database]\nurl = {merge_url}\n", encoding="utf-8")
        sqlite_copy = root / f"pusat-sqlite-{repeat}"
        shutil.copytree(sqlite_template, sqlite_copy)

        def on_postgres(folder: Path = folder) -> float:
            services, actor = _site(folder, "DINSOS")
            try:
                return _imported(services, actor, data)
            finally:
                services.database.dispose()

        def on_sqlite(folder: Path = sqlite_copy) -> float:
            services, actor = _site(folder, "DINSOS")
            try:
                return _imported(services, actor, data)
            finally:
                services.database.dispose()

        def bare(url: str = bare_url) -> float:
            return _bare_copy(url, decoded)

        order: list[tuple[str, Callable[[], float]]] = [
            ("postgres_merge", on_postgres),
            ("bare_copy", bare),
            ("sqlite_merge", on_sqlite),
        ]
        if repeat % 2:  # alternate which side runs first (caches, the shared machine's mood)
            order.reverse()
        for name, run in order:
            times[name].append(run())
        shutil.rmtree(sqlite_copy)
        merged_url = merge_url
    medians = {name: statistics.median(values) for name, values in times.items()}
    return {
        "offices": offices,
        "people": people,
        "rows": rows,
        **{f"{name}_seconds_median": round(value, 3) for name, value in medians.items()},
        **{f"{name}_seconds_all": [round(t, 3) for t in values] for name, values in times.items()},
        "ratio_to_bare_copy": round(medians["postgres_merge"] / medians["bare_copy"], 2),
        "goal_ratio_to_bare_copy": MERGE_GOAL,
        "ratio_to_sqlite": round(medians["postgres_merge"] / medians["sqlite_merge"], 2),
        "goal_ratio_to_sqlite": SQLITE_GOAL,
        "within_goal": medians["postgres_merge"] <= MERGE_GOAL * medians["bare_copy"]
        and medians["postgres_merge"] <= SQLITE_GOAL * medians["sqlite_merge"],
    }, merged_url


def _ms(seconds: list[float], share: float) -> float:
    ordered = sorted(seconds)
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000, 2)


PAGE = 50  # the service's default page: the window asks for one page at a time
RARE_WORDS = ("zulfikar", "qory", "xaverius", "wibis", "yohan")


def _typed(tx: Any, searches: int) -> list[str]:
    """What clerks type: mostly the first letters of a resident's first name, some rare words, some NIK or
    No. KK prefixes (a stored one's first 6-10 digits)."""
    sample = tx.rows(
        "SELECT p.full_name, p.nik, coalesce(h.kk_number, '') FROM person p "
        "LEFT JOIN household h ON h.id = p.household_id ORDER BY random() LIMIT 500"
    )
    picks = random.Random(7)
    typed = []
    for number in range(searches):
        name, nik, kk = picks.choice(sample)
        if number % 10 == 8:
            typed.append(picks.choice(RARE_WORDS)[: picks.randint(3, 6)])
        elif number % 10 == 9:
            typed.append(str(picks.choice([nik, kk or nik]))[: picks.randint(6, 10)])
        else:
            typed.append(str(name).split()[0][: picks.randint(3, 6)])
    return typed


def bench_search(folder: Path, url: str, searches: int) -> dict[str, Any]:
    services, actor = _centre(folder, url)
    try:
        with services.database.read() as tx:
            typed = _typed(tx, searches)
            people = int(tx.rows("SELECT count(*) FROM person")[0][0])
        found, times, with_count, floor = 0, [], [], []
        slowest: list[tuple[float, str]] = []
        for text in typed:
            start = time.perf_counter()
            page = services.people.search(actor=actor, text=text, limit=PAGE)
            times.append(time.perf_counter() - start)
            if len(page) == PAGE:  # the window's count line: asked only when the first page is full
                services.people.count(actor=actor, text=text)
            with_count.append(time.perf_counter() - start)
            slowest.append((with_count[-1], text))
            found += len(page)
            start = time.perf_counter()
            with services.database.query() as tx:
                tx.rows("SELECT 1")
            floor.append(time.perf_counter() - start)
    finally:
        services.database.dispose()
    return {
        "people": people,
        "searches": searches,
        "results_per_search": round(found / max(1, searches), 1),
        "p50_ms": _ms(times, 0.5),
        "p95_ms": _ms(times, 0.95),
        "with_count_p50_ms": _ms(with_count, 0.5),
        "with_count_p95_ms": _ms(with_count, 0.95),
        "slowest_with_count": [(text, round(t * 1000, 1)) for t, text in sorted(slowest, reverse=True)[:5]],
        # Words (names, addresses) and NIK / No. KK prefixes apart: they take different ways.
        **{
            f"{kind}_{name}p95_ms": _ms(
                [t for t, typed in zip(series, typed, strict=True) if typed.isdigit() == digits], 0.95
            )
            for kind, digits in (("words", False), ("digits", True))
            for name, series in (("", times), ("with_count_", with_count))
        },
        "round_trip_p95_ms": _ms(floor, 0.95),
        "goal_p95_ms": SEARCH_GOAL_MS,
        "within_goal": _ms(times, 0.95) < SEARCH_GOAL_MS,
    }


BARE_RECAP = """
    SELECT p.kelurahan_code, count(*) FROM jamsos_member m JOIN person p ON p.id = m.person_id
    WHERE m.deleted_at IS NULL AND m.status IN ('active', 'ended') AND m.first_month IS NOT NULL
      AND m.first_month <= %s AND (m.last_month IS NULL OR m.last_month >= %s)
    GROUP BY p.kelurahan_code
"""


# The month's grouping as the recap lists it, priced (tests/bench/bench_jamsos.py's bare statement).
BARE_GROUPING = """
    SELECT p.kelurahan_code, p.rw, m.occupation, count(*) AS members,
           count(*) * (SELECT jkk + jkm + jht FROM jamsos_rate WHERE effective_from <= %s
                       ORDER BY effective_from DESC LIMIT 1) AS amount
    FROM jamsos_member AS m JOIN person AS p ON p.id = m.person_id
    WHERE m.deleted_at IS NULL AND m.status IN ('active', 'ended') AND m.first_month IS NOT NULL
      AND m.first_month <= %s AND (m.last_month IS NULL OR m.last_month >= %s)
    GROUP BY p.kelurahan_code, p.rw, m.occupation
    ORDER BY p.kelurahan_code, p.rw, m.occupation
"""


def bench_recap(folder: Path, url: str, repeats: int, month: YearMonth | None = None) -> dict[str, Any]:
    services, actor = _site(folder, "DINSOS")
    month = month or YearMonth.of(datetime.now(UTC).date())
    recap_times: list[float] = []
    bare_times: list[float] = []
    grouping_times: list[float] = []
    members = 0
    try:
        with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as bare:

            def the_recap() -> int:
                return services.jamsos.recap(actor=actor, month=month).members

            def the_aggregate() -> int:
                found = bare.execute(BARE_RECAP, (str(month), str(month))).fetchall()
                bare.rollback()
                return sum(int(row[1]) for row in found)

            def the_grouping() -> int:
                found = bare.execute(BARE_GROUPING, (str(month),) * 3).fetchall()
                bare.rollback()
                return sum(int(row[3]) for row in found)

            the_recap()  # warm: both sides read the same pages
            the_aggregate()
            for repeat in range(max(3, repeats)):
                runs: list[tuple[list[float], Callable[[], int]]] = [
                    (recap_times, the_recap),
                    (bare_times, the_aggregate),
                    (grouping_times, the_grouping),
                ]
                if repeat % 2:
                    runs.reverse()
                for times, run in runs:
                    start = time.perf_counter()
                    value = run()
                    times.append(time.perf_counter() - start)
                    if run is the_recap:
                        members = value
    finally:
        services.database.dispose()
    recap, floor = statistics.median(recap_times), statistics.median(bare_times)
    grouping = statistics.median(grouping_times)
    return {
        "month": str(month),
        "members": members,
        "recap_seconds_median": round(recap, 4),
        "bare_aggregate_seconds_median": round(floor, 4),
        "bare_grouping_seconds_median": round(grouping, 4),
        # The goal's yardstick is the month's grouping, bare: the same one bench_jamsos.py measures the
        # SQLite recap against. The count by kelurahan alone is shown beside it (it groups less).
        "ratio": round(recap / grouping, 2),
        "ratio_to_count_by_kelurahan": round(recap / floor, 2),
        "goal_ratio": RECAP_GOAL,
        "within_goal": recap <= RECAP_GOAL * grouping,
    }


def filled_centre(root: Path, server: Server, people: int) -> tuple[str, float]:
    """A Dinas Sosial centre on the server holding `people` residents from the demo fill; its URL and the
    fill's seconds."""
    url = server.database()
    services, actor = _centre(root, url)
    try:
        start = time.perf_counter()
        result, _ = DemoService(services.database, services.office).fill(actor=actor, people=people, seed=14)
        seconds = time.perf_counter() - start
        assert result.people == people
    finally:
        services.database.dispose()
    print(f"filled {people} people in {seconds:.1f} s", file=sys.stderr)
    return url, seconds


WORKERS_BATCH = 100_000
PERSON_COLUMNS = (
    "id", "nik", "full_name", "sex", "birth_place", "birth_date", "address", "rt", "rw", "kelurahan_code",
    "phone", "occupation", "disability", "desil", "notes", "created_at", "updated_at",
)  # fmt: skip
MEMBER_COLUMNS = (
    "id", "person_id", "occupation", "work_location", "declared_income", "status", "kpj_number",
    "first_month", "last_month", "end_reason", "created_at", "updated_at",
)  # fmt: skip


def members_centre(root: Path, server: Server, members: int) -> tuple[str, float]:
    """A centre with `members` Jamsosnaker members (city_workers, the year 2025), written through the
    store's bulk door (COPY on the server), a transaction per WORKERS_BATCH; its URL and the seconds."""
    url = server.database()
    services, actor = _centre(root, url)
    start = time.perf_counter()
    try:
        workers = city_workers(members)
        written = 0
        while batch := list(itertools.islice(workers, WORKERS_BATCH)):
            people, enrolled = [], []
            for offset, worker in enumerate(batch):
                number = written + offset + 1
                person_id, member_id = uuid.uuid4().hex, uuid.uuid4().hex
                people.append(
                    (person_id, f"3674{number:012d}", f"Pekerja {number}", "L", "Tangerang", "1980-05-17",
                     f"Jl. Contoh No. {number % 200 + 1}", "001", worker.rw, worker.kelurahan_code, "",
                     worker.occupation, "", 2, "", STAMP, STAMP)
                )  # fmt: skip
                ended = worker.status == "ended"
                enrolled.append(
                    (member_id, person_id, worker.occupation, "", 1_000_000, worker.status,
                     f"{number:011d}", worker.first_month, worker.last_month, "withdrew" if ended else None,
                     STAMP, STAMP)
                )  # fmt: skip
            with services.database.write(actor) as tx:
                bare_connection.insert_many(tx.raw(), "person", PERSON_COLUMNS, people)
                bare_connection.insert_many(tx.raw(), "jamsos_member", MEMBER_COLUMNS, enrolled)
            written += len(batch)
        services.database.refresh_statistics(("person", "jamsos_member"), rows=written)
    finally:
        services.database.dispose()
    seconds = time.perf_counter() - start
    print(f"filled {members} members in {seconds:.1f} s", file=sys.stderr)
    return url, seconds


def direct(root: Path, server: Server, args: argparse.Namespace) -> dict[str, Any]:
    """Search and recap over centres filled directly, without the merge."""
    report: dict[str, Any] = {}
    if args.search_people:
        url, seconds = (
            (args.centre, 0.0)
            if args.centre
            else filled_centre(root / "pusat-nama", server, args.search_people)
        )
        report["search"] = {
            "fill_seconds": round(seconds, 1),
            **bench_search(root / "pusat-nama", url, args.searches),
        }
    for count in args.members or []:
        url, seconds = members_centre(root / f"pusat-{count}", server, count)
        recap = bench_recap(root / f"pusat-{count}", url, args.repeats, RECAP_MONTH)
        report[f"recap_{count}"] = {"fill_seconds": round(seconds, 1), **recap}
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--offices", type=int, default=2)
    parser.add_argument("--people", type=int, default=2_000)
    parser.add_argument("--searches", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--url", help="a PostgreSQL server to work on (default: a throwaway cluster)")
    parser.add_argument("--search-people", type=int, default=0, help="search over a centre this large")
    parser.add_argument("--members", type=int, nargs="*", help="the recap over centres with these members")
    parser.add_argument("--keep", action="store_true", help="keep the filled databases (with --url)")
    parser.add_argument("--centre", help="search this kept centre (a URL) instead of filling one")
    args = parser.parse_args(argv)
    if not 1 <= args.offices <= len(CODES):
        parser.error(f"--offices 1..{len(CODES)}")
    if (args.keep or args.centre) and not args.url:
        parser.error("--keep and --centre need --url (a throwaway cluster dies with the run)")
    reason = None if args.url else pg_server.available()
    if reason:
        sys.stdout.write(json.dumps({"skipped": reason}) + "\n")
        return 0
    root = Path(tempfile.mkdtemp(prefix="bench-postgres-"))
    server = Server(args.url, args.keep)
    try:
        if args.search_people or args.members:
            sys.stdout.write(json.dumps(direct(root, server, args), indent=2) + "\n")
            return 0
        merge, merged_url = bench_merge(root, server, args.offices, args.people, args.repeats)
        report = {
            "merge": merge,
            "search": bench_search(root / "pusat-search", merged_url, args.searches),
            "recap": bench_recap(root / "pusat-search", merged_url, args.repeats),
        }
    finally:
        server.close()
        shutil.rmtree(root, ignore_errors=True)
    sys.stdout.write(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
