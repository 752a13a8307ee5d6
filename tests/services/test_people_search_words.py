"""Name search keeps up with every write on both engines (on the server through its word table, kept by
triggers): a renamed, deleted or erased person leaves the results; a person with two words matching one
prefix is listed and counted once; the count is exact below its cap."""

import pytest
from sqlalchemy import text

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage.database import Database
from tangsel_desktop.storage.people import people_search, search_postgres
from tests.conftest import make_draft
from tests.services.test_people_search_order import all_pages

pytestmark = pytest.mark.both_engines

# Every live person's words recomputed from person, against the word table: rows on one side only.
WORDS_DRIFT = (
    "SELECT count(*) FROM ((SELECT word, full_name, local_no FROM person_word EXCEPT ALL "
    "SELECT w.word, p.full_name, p.local_no FROM person p, unnest(tsvector_to_array(to_tsvector('simple', "
    "p.full_name || ' ' || p.address || ' ' || p.nik))) AS w(word) WHERE p.deleted_at IS NULL) UNION ALL "
    "(SELECT w.word, p.full_name, p.local_no FROM person p, unnest(tsvector_to_array(to_tsvector('simple', "
    "p.full_name || ' ' || p.address || ' ' || p.nik))) AS w(word) WHERE p.deleted_at IS NULL EXCEPT ALL "
    "SELECT word, full_name, local_no FROM person_word)) AS drift"
)


def words_drift(database: Database) -> int:
    """0 when the server's word table holds exactly the live people's words (0 on SQLite: no such table)."""
    if not database.is_server:
        return 0
    with database.engine.connect() as connection:
        return int(connection.execute(text(WORDS_DRIFT)).scalar_one())


def _register(
    services: Services, admin: Actor, number: int, full_name: str, address: str = "Jl. Mawar"
) -> str:
    draft = make_draft(nik=f"36740457088500{number:02d}", full_name=full_name, address=address)
    detail, _ = services.people.register(actor=admin, draft=draft)
    return detail.id


def _names(services: Services, admin: Actor, typed: str) -> list[str]:
    return [row.full_name for row in all_pages(services, admin, typed, 2)]


def test_a_renamed_deleted_or_erased_person_leaves_the_results(centre: tuple[Services, Actor]) -> None:
    services, admin = centre
    ratna = _register(services, admin, 1, "Ratna Kusumawati")
    budi = _register(services, admin, 2, "Budi Kusumo")
    sari = _register(services, admin, 3, "Sari Kusumadewi")
    assert _names(services, admin, "kusum") == ["Budi Kusumo", "Ratna Kusumawati", "Sari Kusumadewi"]

    services.people.update(
        actor=admin, person_id=ratna, draft=make_draft(nik="3674045708850001", full_name="Ratna Wardani")
    )
    assert _names(services, admin, "kusum") == ["Budi Kusumo", "Sari Kusumadewi"]
    assert _names(services, admin, "ratna ward") == ["Ratna Wardani"]
    services.people.delete(actor=admin, person_id=budi, reason="data ganda")
    assert _names(services, admin, "kusum") == ["Sari Kusumadewi"]
    services.erasure.erase(actor=admin, person_id=sari, reason="permintaan")
    assert _names(services, admin, "kusum") == []
    assert services.people.count(actor=admin, text="kusum") == 0
    assert _names(services, admin, "wardani") == ["Ratna Wardani"]
    assert words_drift(services.database) == 0


def test_an_address_or_nik_change_is_searched_by_its_new_words(centre: tuple[Services, Actor]) -> None:
    services, admin = centre
    person = _register(services, admin, 4, "Dewi Lestari", address="Jl. Kenanga No. 3")
    assert _names(services, admin, "kenanga") == ["Dewi Lestari"]
    moved = make_draft(nik="3674045708850099", full_name="Dewi Lestari", address="Jl. Flamboyan No. 8")
    services.people.update(actor=admin, person_id=person, draft=moved)
    assert _names(services, admin, "kenanga") == []
    assert _names(services, admin, "dewi flambo") == ["Dewi Lestari"]
    assert _names(services, admin, "dewi 3674045708850099") == ["Dewi Lestari"]
    assert words_drift(services.database) == 0


def test_a_person_with_two_words_matching_one_prefix_is_listed_and_counted_once(
    centre: tuple[Services, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    services, admin = centre
    # "nur" matches two words of each of the first five (and the street of two of them).
    for number, name, street in (
        (11, "Nur Nurul Aini", "Jl. Nusa Indah"),
        (12, "Nurhayati Nuraini", "Jl. Mawar"),
        (13, "Ahmad Nur Nurdin", "Jl. Nuri"),
        (14, "Nur Nurlela", "Jl. Mawar"),
        (15, "Zahra Nuraini Nur", "Jl. Mawar"),
        (16, "Nur Hidayah", "Jl. Mawar"),
        (17, "Bambang Wijaya", "Jl. Nurul Iman"),
        (18, "Bambang Santoso", "Jl. Mawar"),
    ):
        _register(services, admin, number, name, address=street)
    expected = [
        "Ahmad Nur Nurdin",
        "Bambang Wijaya",
        "Nur Hidayah",
        "Nur Nurlela",
        "Nur Nurul Aini",
        "Nurhayati Nuraini",
        "Zahra Nuraini Nur",
    ]
    for limit in (1, 2, 3, 50):  # seams everywhere: a person's second entry must not start a page
        rows = all_pages(services, admin, "nur", limit)
        assert [row.full_name for row in rows] == expected
    assert services.people.count(actor=admin, text="nur") == len(expected)
    assert services.people.count(actor=admin, text="nur nu") == len(expected)
    for driver_cap in (search_postgres.DRIVER_COUNTED_AT_MOST, 0):  # intersected, or checked per entry
        monkeypatch.setattr(search_postgres, "DRIVER_COUNTED_AT_MOST", driver_cap)
        assert _names(services, admin, "nur nura") == ["Nurhayati Nuraini", "Zahra Nuraini Nur"]
        assert services.people.count(actor=admin, text="nur nura") == 2
        assert _names(services, admin, "aini nur") == ["Nur Nurul Aini"]
        assert services.people.count(actor=admin, text="aini nur") == 1
        assert _names(services, admin, "jl nur") == [
            "Ahmad Nur Nurdin",
            "Bambang Wijaya",
            "Nur Hidayah",
            "Nur Nurlela",
            "Nur Nurul Aini",
            "Nurhayati Nuraini",
            "Zahra Nuraini Nur",
        ]
        assert _names(services, admin, "nur mawar jl") == [
            "Nur Hidayah",
            "Nur Nurlela",
            "Nurhayati Nuraini",
            "Zahra Nuraini Nur",
        ]


def test_the_count_is_exact_below_its_cap_and_stops_above_it(
    centre: tuple[Services, Actor], store_engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, admin = centre
    for number in range(21, 28):
        _register(services, admin, number, f"Nur Nurul {chr(ord('A') + number - 21)}")  # two entries each
    monkeypatch.setattr(people_search, "DIGITS_COUNTED_AT_MOST", 10)
    for factor in (1, 2):  # 1: the first entries read hold too few people, so all are counted
        monkeypatch.setattr(search_postgres, "COUNT_SCAN_FACTOR", factor)
        assert services.people.count(actor=admin, text="nur") == 7
        assert services.people.count(actor=admin, text="nurul nur") == 7
        assert services.people.count(actor=admin, text="nurul mawar") == 7
    monkeypatch.setattr(people_search, "DIGITS_COUNTED_AT_MOST", 5)
    assert services.people.count(actor=admin, text="nur") == (6 if store_engine == "postgresql" else 7)


def test_a_prefix_is_a_range_in_byte_order() -> None:
    assert search_postgres.after_prefix("sit") == "siu"
    assert search_postgres.after_prefix("az") == "a{"
    assert search_postgres.after_prefix("\ud7ff") == "\ue000"
    assert search_postgres.after_prefix("a\U0010ffff") == "b"
    assert search_postgres.prefixes(["Siti", "si", "AMI_nah", "siti"]) == ["ami", "nah", "siti"]
