"""The Jamsosnaker tables on a real SQLite file: the seeded rate and settings, and the recap in SQL."""

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.jamsos import membership_store as jamsos_store
from tangsel_desktop.storage.jamsos.membership_tables import JamsosMember, JamsosRate
from tangsel_desktop.storage.tables import Person

NOW = datetime(2025, 9, 23, 7, 0, tzinfo=UTC)


def person(session: Session, nik: str, *, kelurahan: str = "36.74.04.1004", rw: str = "001") -> str:
    row = Person(
        nik=nik,
        full_name=f"Orang {nik[-4:]}",
        sex="L",
        birth_date=date(1980, 1, 1),
        address="Jl. Uji",
        rw=rw,
        kelurahan_code=kelurahan,
    )
    session.add(row)
    session.flush()
    return row.id


def enrol(
    session: Session, person_id: str, first: str | None, last: str | None, status: str = "active"
) -> None:
    jamsos_store.save_member(
        session,
        JamsosMember(
            person_id=person_id,
            occupation="pemulung",
            status=status,
            first_month=first,
            last_month=last,
        ),
    )


def test_the_migration_seeds_the_default_rate_and_the_settings(database: Database) -> None:
    with database.read_session() as session:
        rates = jamsos_store.rates(session)
        settings = jamsos_store.settings(session)
    assert [(r.effective_from, r.jkk, r.jkm, r.jht) for r in rates] == [("2023-01", 10_000, 6_800, 0)]
    assert json.loads(settings["rules"])["max_desil"] == 4
    assert "tukang sapu" in json.loads(settings["occupations"])


def test_a_month_has_one_rate(database: Database) -> None:
    with pytest.raises(IntegrityError), database.write_session() as session:
        jamsos_store.insert_rate(session, JamsosRate(effective_from="2023-01", jkk=1, jkm=1))


def test_the_recap_counts_covered_members_at_the_rate_in_force(database: Database) -> None:
    with database.write_session() as session:
        jamsos_store.insert_rate(session, JamsosRate(effective_from="2025-07", jkk=5_000, jkm=3_400))
        a = person(session, "3674040101800001")
        b = person(session, "3674040101800002", rw="002")
        c = person(session, "3674040101800003", kelurahan="36.74.01.1001")
        enrol(session, a, "2025-01", None)
        enrol(session, b, "2025-01", "2025-03", status="ended")
        enrol(session, b, "2025-08", None)  # ended, then enrolled again
        enrol(session, c, "2025-02", None, status="submitted")  # not paid for: never counted
        enrol(session, c, None, None, status="proposed")
    with database.read_session() as session:
        january = jamsos_store.recap(session, "2025-01")
        june = jamsos_store.recap(session, "2025-06")
        august = jamsos_store.recap(session, "2025-08")
        before_any_rate = jamsos_store.recap(session, "2022-12")
    assert [(r.kelurahan_code, r.rw, r.members, r.amount) for r in january] == [
        ("36.74.04.1004", "001", 1, 16_800),
        ("36.74.04.1004", "002", 1, 16_800),
    ]
    assert [(r.rw, r.members, r.amount) for r in june] == [("001", 1, 16_800)]
    assert [(r.rw, r.members, r.amount) for r in august] == [("001", 1, 8_400), ("002", 1, 8_400)]
    assert before_any_rate == []
