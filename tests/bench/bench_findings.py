"""Findings benchmark: the centre's four finders over a city's merged rows, refreshed whole and per office.

Run: python -m tests.bench.bench_findings [--people 100000] [--offices 54] [--shared 0.01] [--keep DIR]
The issue's size: --people 1000000 (goal: the whole refresh under 10 s on this 2-core machine).
Prints one JSON object.

A centre store (migrated, set up as DINSOS) is filled with bare executemany as the merge leaves it: people
spread over --offices offices (each row's origin_office), a household per 3.3 people, 25 members per
1,000 people and 200 handovers per 1,000, a --shared share of NIKs live in two offices (half of them with
another name), members running twice and families served twice in one round. Then the service's refresh
(every finder, the stored findings reconciled, one transaction) is timed, twice: the first stores every
finding, the second (nothing changed) compares them all again. Last, the refresh one office's package
causes (ix_person_origin_nik).
"""

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.domain.wilayah import wilayah
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.sync.findings import refresh_after_import
from tangsel_desktop.storage.columns import timestamp_text, utc_now

PASSWORD = "bench-password"
GOAL = 10.0
# The city's 54 kelurahan, as the sizes ask (a made-up code is refused at set-up).
CODES = [kelurahan.code for kelurahan in wilayah().kelurahan]


def _nik(number: int) -> str:
    return f"3674{number:012d}"


def _defaults(table: str, now: str) -> dict[str, object]:
    """A value for every NOT NULL column the ORM would have filled (the bare INSERT gives them all)."""
    from sqlalchemy import Boolean, Date, Integer
    from sqlmodel import SQLModel

    from tangsel_desktop.storage.columns import UtcTimestamp

    values: dict[str, object] = {}
    for column in SQLModel.metadata.tables[table].columns:
        if column.nullable or (column.primary_key and isinstance(column.type, Integer)):
            continue
        if isinstance(column.type, UtcTimestamp):
            values[column.name] = now
        elif isinstance(column.type, Date):
            values[column.name] = "2026-01-01"
        elif isinstance(column.type, Boolean | Integer):
            values[column.name] = 0
        else:
            values[column.name] = ""
    return values


def _insert(connection: Any, table: str, rows: list[dict[str, object]], now: str) -> None:
    if not rows:
        return
    names = list({**_defaults(table, now), **rows[0]})
    base = _defaults(table, now)
    connection.executemany(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        ([{**base, **row}[name] for name in names] for row in rows),
    )


def _fill(services: Any, people: int, offices: int, shared: float, seed: int) -> dict[str, int]:
    """Rows as the central merge writes them, straight on the connection (the merge is bench_sync's)."""
    rng = random.Random(seed)
    codes = CODES[:offices]
    now = timestamp_text(utc_now())
    first = people - int(people * shared)  # people [first, people) hold a NIK someone else holds too
    households: list[dict[str, object]] = []
    persons: list[dict[str, object]] = []
    members: list[dict[str, object]] = []
    held: set[tuple[int, str]] = set()
    for index in range(people):
        office = codes[index % offices]
        if index % 10 < 3 or not households:
            households.append(
                {"origin_office": office, "id": f"h{index:031d}", "kk_number": f"3674{index:012d}"}
            )
        number = index
        if index >= first:
            number = rng.randrange(0, first)
            # A NIK twice in one office would break the live-NIK index: the copy lives at another office.
            step = 1
            while (number, office) in held:
                office = codes[(index + step) % offices]
                step += 1
        held.add((number, office))
        persons.append(
            {
                "origin_office": office,
                "id": f"p{index:031d}",
                "nik": _nik(number),
                "household_id": households[-1]["id"],
                "full_name": f"WARGA {number}" if index % 2 else f"WARGA LAIN {number}",
                "sex": "P",
                "birth_date": "1985-08-17",
                "address": "Jl. 1",
                "kelurahan_code": office,
            }
        )
        if index % 40 == 0 or (index >= first and index % 8 == 0):
            members.append(_member(persons[-1], "m"))
            if index >= first and number % 40:  # the first copy is a member too: running twice
                members.append(_member(persons[number], "n"))
    rounds: dict[str, dict[str, object]] = {
        code: {
            "origin_office": code,
            "id": f"r{n:031d}",
            "name": "Sembako November",
            "month": "2026-11",
            "categories": "stunting",
            "status": "approved",
            "unit": "family",
        }
        for n, code in enumerate(codes)
    }
    recipients: list[dict[str, object]] = []
    handovers: list[dict[str, object]] = []
    documents: list[dict[str, object]] = []
    for n, index in enumerate(range(0, people, 5)):
        person = persons[index]
        office = str(person["origin_office"])
        # One family in 100 is served again at the next office in the same month: the same KK.
        kk = f"3674{index:012d}"
        for copy, at in enumerate(
            (office, codes[(codes.index(office) + 1) % offices]) if n % 100 == 0 else (office,)
        ):
            key = f"{index:030d}{copy}"
            recipients.append(
                {
                    "origin_office": at,
                    "id": f"c{key}",
                    "round_id": rounds[at]["id"],
                    "unit_key": person["id"],
                    "person_id": person["id"],
                    "full_name": person["full_name"],
                    "nik": person["nik"],
                    "kk_number": kk,
                    "categories": "stunting",
                    "status": "listed",
                }
            )
            number = len(documents) + 1
            documents.append(
                {
                    "origin_office": at,
                    "id": number,
                    "kind": "receipt",
                    "year": 2026,
                    "seq": number,
                    "number": f"TT/{number}",
                    "status": "printed",
                    "job": "bench",
                }
            )
            handovers.append(
                {
                    "origin_office": at,
                    "id": f"d{key}",
                    "round_id": rounds[at]["id"],
                    "recipient_id": f"c{key}",
                    "unit_key": person["id"],
                    "document_id": number,
                    "receipt_number": f"TT/{number}",
                    "mark": "signature",
                    "handed_at": now,
                }
            )
    with services.database.write(None) as tx:
        connection = tx.raw()
        _insert(connection, "household", households, now)
        _insert(connection, "person", persons, now)
        _insert(connection, "jamsos_member", members, now)
        _insert(connection, "sembako_round", list(rounds.values()), now)
        _insert(connection, "sembako_recipient", recipients, now)
        _insert(connection, "document_register", documents, now)
        _insert(connection, "sembako_handover", handovers, now)
    return {
        "people": people,
        "households": len(households),
        "members": len(members),
        "handovers": len(handovers),
    }


def _member(person: dict[str, object], prefix: str) -> dict[str, object]:
    return {
        "origin_office": person["origin_office"],
        "id": f"{prefix}{str(person['id'])[1:]}",
        "person_id": person["id"],
        "occupation": "Pedagang",
        "status": "active",
        "first_month": "2026-01",
        "declared_income": 1_000_000,
    }


def run(root: Path, people: int, offices: int, shared: float) -> dict[str, Any]:
    services = open_services(DataPaths(root / "dinsos").ensure())
    services.office.set_up(
        office_code="DINSOS", admin_username="bench", admin_full_name="Bench", admin_password=PASSWORD
    )
    admin = services.auth.login(username="bench", password=PASSWORD)
    start = time.perf_counter()
    sizes = _fill(services, people, offices, shared, seed=1)
    filled = time.perf_counter() - start
    timings = []
    results = []
    for _ in range(2):
        start = time.perf_counter()
        result, _ = services.sync_findings.refresh(actor=admin)
        timings.append(time.perf_counter() - start)
        results.append(result.as_json())
    start = time.perf_counter()
    with services.database.write(admin) as tx:
        refresh_after_import(tx, CODES[0])
    one_office = time.perf_counter() - start
    services.database.dispose()
    return {
        **sizes,
        "offices": offices,
        "fill_seconds": round(filled, 2),
        "refresh_first_seconds": round(timings[0], 2),
        "refresh_again_seconds": round(timings[1], 2),
        "refresh_one_office_seconds": round(one_office, 2),
        "findings": results[0],
        "goal_seconds": GOAL,
        "within_goal": max(timings) < GOAL,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--offices", type=int, default=54)
    parser.add_argument("--shared", type=float, default=0.01)
    parser.add_argument("--keep", type=Path, help="keep the store in this folder")
    args = parser.parse_args(argv)
    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-findings-"))
    try:
        print(json.dumps(run(root, args.people, min(args.offices, len(CODES)), args.shared)))
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
