"""Jamsosnaker members written straight into a real store with sqlite3: thousands in a second, for the
recap's tests and its benchmark. The rows are what the service writes; the lifecycle has its own tests."""

import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tangsel_desktop.domain.wilayah import wilayah
from tests.store_files import open_raw

STAMP = "2025-01-01T00:00:00.000000Z"
OCCUPATIONS = (
    "tukang sapu",
    "ojek pangkalan",
    "pedagang kaki lima",
    "pemulung",
    "buruh serabutan",
    "nelayan",
    "pedagang keliling",
)
BATCH = 20_000

PERSON_SQL = (
    "INSERT INTO person (id, nik, full_name, sex, birth_place, birth_date, address, rt, rw, kelurahan_code, "
    "phone, occupation, disability, desil, notes, created_at, updated_at) "
    "VALUES (?, ?, ?, 'L', 'Tangerang', '1980-05-17', ?, '001', ?, ?, '', ?, '', 2, '', ?, ?)"
)
MEMBER_SQL = (
    "INSERT INTO jamsos_member (id, person_id, occupation, work_location, declared_income, status, "
    "kpj_number, first_month, last_month, end_reason, created_at, updated_at) "
    "VALUES (?, ?, ?, '', 1000000, ?, ?, ?, ?, ?, ?, ?)"
)


@dataclass(frozen=True)
class Worker:
    """One member to write: where they live, their work and the months covered (None: still active)."""

    kelurahan_code: str
    rw: str
    occupation: str
    first_month: str | None
    last_month: str | None = None
    status: str = "active"
    name: str = ""
    member: bool = True  # False: a resident in the registry only, with no membership


def kelurahan_codes() -> list[str]:
    return [kelurahan.code for kelurahan in wilayah().kelurahan]


def insert_workers(
    database: Path, workers: Iterable[Worker], *, first_number: int = 1, key: bytes | None = None
) -> int:
    """Write a person and a membership for each worker (the person alone for a non-member), in batches;
    returns how many people. `key` opens an encrypted store."""
    written = 0
    with open_raw(database, timeout=30, key=key) as connection:
        for batch in _batches(workers):
            people, members = [], []
            for offset, worker in enumerate(batch):
                number = first_number + written + offset
                person_id, member_id = uuid.uuid4().hex, uuid.uuid4().hex
                name = worker.name or f"Pekerja {number}"
                nik = f"3674{number:012d}"
                address = f"Jl. Contoh No. {number % 200 + 1}"
                where = (worker.rw, worker.kelurahan_code, worker.occupation)
                people.append((person_id, nik, name, address, *where, STAMP, STAMP))
                if not worker.member:
                    continue
                ended = worker.status == "ended"
                kpj = None if worker.first_month is None else f"{number:011d}"
                months = (worker.first_month, worker.last_month, "withdrew" if ended else None)
                members.append(
                    (member_id, person_id, worker.occupation, worker.status, kpj, *months, STAMP, STAMP)
                )
            with connection:
                connection.executemany(PERSON_SQL, people)
                connection.executemany(MEMBER_SQL, members)
            written += len(batch)
    return written


def _batches(workers: Iterable[Worker]) -> Iterator[list[Worker]]:
    batch: list[Worker] = []
    for worker in workers:
        batch.append(worker)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def city_workers(count: int, *, year: int = 2025) -> Iterator[Worker]:
    """count members spread over every kelurahan, ten RWs and the occupations; one in ten ended
    mid-year and one in twenty joined mid-year, as a real year of the program looks."""
    codes = kelurahan_codes()
    for number in range(count):
        code = codes[number % len(codes)]
        rw = f"{number // len(codes) % 10 + 1:03d}"
        occupation = OCCUPATIONS[number // 7 % len(OCCUPATIONS)]
        if number % 10 == 3:
            yield Worker(code, rw, occupation, f"{year - 1}-03", f"{year}-{number % 12 + 1:02d}", "ended")
        elif number % 20 == 7:
            yield Worker(code, rw, occupation, f"{year}-{number % 12 + 1:02d}")
        else:
            yield Worker(code, rw, occupation, f"{year - 1 - number % 2}-01")


def city_residents(people: int, every: int, *, first_number: int = 1, year: int = 2025) -> Iterator[Worker]:
    """people residents numbered from first_number, every `every`-th of them a member (city_workers' shapes,
    in turn): the members spread through the registry, as a city's tens of thousands of workers are among
    its million residents. every=1: all of them members, as city_workers alone."""
    codes = kelurahan_codes()
    shapes = city_workers(people, year=year)
    for number in range(first_number, first_number + people):
        if (number - 1) % every == 0:
            yield next(shapes)
        else:
            yield Worker(codes[number % len(codes)], f"{number % 10 + 1:03d}", "", None, member=False)
