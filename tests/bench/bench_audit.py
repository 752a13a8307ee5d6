"""Audit-trail benchmark: what the keyed chain, the anchor and the re-chaining cost a bulk import.

Run: python -m tests.bench.bench_audit [--entries 100000]

Appends the import's kind of entries (a person's values as `after`) through the bulk path twice, in the same
run, on fresh stores: as before issue 9 (plain SHA-256 chain, rows inserted as chained) and as now
(people_bulk.insert_audit: chained again with HMAC-SHA256 under the store's key, the anchor moved per batch).
"""

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tangsel_desktop.storage.audit import AuditEvent, chain_rows
from tangsel_desktop.storage.audit_verify import verify_trail
from tangsel_desktop.storage.columns import timestamp_text
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.migrate import migrate
from tangsel_desktop.storage.people import people_bulk

BATCH = 2000  # the import's chunk


def _events(count: int) -> list[AuditEvent]:
    after = {
        "nik": "3674045708850001",
        "full_name": "Siti Aminah Rahayu",
        "sex": "P",
        "birth_place": "Jakarta",
        "birth_date": "1985-08-17",
        "address": "Jl. Mawar No. 5",
        "rt": "003",
        "rw": "012",
        "kelurahan_code": "36.74.04.1004",
        "phone": "081234567890",
        "occupation": "Pedagang",
        "disability": "",
        "desil": 3,
        "notes": "",
        "household_id": "0" * 32,
    }
    return [AuditEvent("create", "person", f"{n:032x}", after=after) for n in range(count)]


def _plain_insert(connection: object, rows: list[dict[str, object]]) -> None:
    columns = people_bulk.AUDIT_COLUMNS
    connection.executemany(  # type: ignore[attr-defined]
        f"INSERT INTO audit_log ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [tuple(timestamp_text(r[c]) if c == "at" else r[c] for c in columns) for r in rows],  # type: ignore[arg-type]
    )


def _run(work: Path, events: list[AuditEvent], *, keyed: bool) -> float:
    database = Database(work / "tangsel.sqlite3")
    migrate(database, work / "backups")
    start = time.perf_counter()
    with database.write(None) as tx:
        connection = tx.raw()
        previous = people_bulk.last_audit_hash(tx)
        for first in range(0, len(events), BATCH):
            rows = chain_rows(events[first : first + BATCH], user_id=None, username="uji", previous=previous)
            if keyed:
                people_bulk.insert_audit(tx, rows)
            else:
                _plain_insert(connection, rows)
            previous = str(rows[-1]["entry_hash"])
    elapsed = time.perf_counter() - start
    if keyed:
        with database.read() as tx:
            assert verify_trail(tx.connection).problems == []
    database.dispose()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args()
    events = _events(args.entries)
    plain: list[float] = []
    keyed: list[float] = []
    with tempfile.TemporaryDirectory() as scratch:
        for attempt in range(3):
            for name, into in (("plain", plain), ("keyed", keyed)):
                folder = Path(scratch) / f"{name}-{attempt}"
                folder.mkdir()
                into.append(_run(folder, events, keyed=name == "keyed"))
    figures = {
        "entries": args.entries,
        "plain_sha256_s": round(statistics.median(plain), 3),
        "keyed_hmac_anchor_s": round(statistics.median(keyed), 3),
        "ratio": round(statistics.median(keyed) / statistics.median(plain), 2),
    }
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
