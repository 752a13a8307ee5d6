"""A full cycle through the services: two offices, a centre, packages, answers; the counts reconcile."""

from pathlib import Path
from typing import Any

import pytest

from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.backup_service import BEFORE_SYNC
from tangsel_desktop.services.sembako.handover_service import Who
from tangsel_desktop.storage.integrity import check_store
from tangsel_desktop.storage.sync import package_rows
from tangsel_desktop.storage.sync.merge_order import MERGED
from tests.conftest import make_draft
from tests.photo_samples import webcam_frame
from tests.services.sembako_fixtures import build_village, make_round
from tests.sync.conftest import Site, table_dump

pytestmark = pytest.mark.both_engines

SHARED_NIK = "3674045708850077"


def _counts(site: Site, origin: str = "") -> dict[str, int]:
    with site.services.database.read() as tx:
        return package_rows.own_counts(tx, origin)


def _status_counts(centre: Site, office: str) -> dict[str, int]:
    """The counts the centre recorded for an office as it applied its packages (what `sync status` shows)."""
    (entry,) = [entry for entry in centre.services.sync.status()["offices"] if entry["office"] == office]
    return dict(entry["counts"])


def _import(centre: Site, package: Path) -> dict[str, Any]:
    result, _ = centre.services.sync.import_file(actor=centre.admin, source=package)
    return result.as_json()


def _sembako_day(site: Site) -> None:
    """A village with evidence letters, an approved round, stock received and one package handed over."""
    village = build_village(site.services, site.admin)
    view = make_round(site.services, site.admin)
    site.services.sembako_rounds.propose(actor=site.admin, round_id=view.id)
    site.services.sembako_rounds.approve(actor=site.admin, round_id=view.id)
    site.services.sembako_stock.receive(
        actor=site.admin, round_id=view.id, count=2, bast="BAST/DINSOS/2026/11/1"
    )
    site.services.sembako_handovers.hand_over(
        actor=site.admin, round_id=view.id, who=Who(nik=village.sari_child)
    )


def test_two_offices_and_a_centre_reconcile(sawah: Site, ciater: Site, centre: Site) -> None:
    sawah.fill(40, seed=1)
    _sembako_day(sawah)
    ciater.fill(30, seed=2)
    applied = _import(centre, sawah.export("sawah-1.tsync"))
    assert (applied["applied"], applied["held_for_gap"], applied["already_applied"]) == (True, False, False)
    _import(centre, ciater.export("ciater-1.tsync"))
    sawah_counts = _counts(sawah)
    assert sawah_counts["sembako_handover"] == 1
    assert sawah_counts["jamsos_member"] > 0
    assert _counts(centre, sawah.code) == sawah_counts
    assert _status_counts(centre, sawah.code) == sawah_counts
    assert _counts(centre, ciater.code) == _counts(ciater)
    # The centre's own rows are untouched: it has no people of its own.
    assert _counts(centre)["person"] == 0

    # Changes since: an update, a soft deletion; the second package is incremental and reconciles too.
    ((gone_id,),) = sawah.fetch("SELECT id FROM person WHERE deleted_at IS NULL LIMIT 1")
    sawah.services.people.delete(actor=sawah.admin, person_id=gone_id, reason="pindah")
    added, _ = sawah.services.people.register(actor=sawah.admin, draft=make_draft(nik="3674045708850093"))
    renamed, _ = sawah.services.people.update(
        actor=sawah.admin, person_id=added.id, draft=make_draft(nik="3674045708850093", full_name="Nama Baru")
    )
    second = sawah.export("sawah-2.tsync")
    result = _import(centre, second)
    assert result["applied"] is True
    assert 0 < sum(result["package_counts"].values()) < 20
    assert _counts(centre, sawah.code) == _counts(sawah) == _status_counts(centre, sawah.code)
    deleted = centre.fetch(
        "SELECT origin_office, deleted_at IS NOT NULL FROM person WHERE id = :id", id=gone_id
    )
    assert deleted == [(sawah.code, True)]
    assert centre.fetch("SELECT full_name FROM person WHERE id = :id", id=renamed.id) == [("Nama Baru",)]

    # The answer acknowledges, carries the centre's reference data, and applies once.
    answer = sawah.folder.parent / "answer-1.tsync"
    written, _ = centre.services.sync.answer(actor=centre.admin, office_code=sawah.code, target=answer)
    assert written.acknowledged_to == result["to_sequence"]
    read, _ = sawah.services.sync.import_file(actor=sawah.admin, source=answer)
    assert read.as_json()["acknowledged_to"] == result["to_sequence"]
    again, _ = sawah.services.sync.import_file(actor=sawah.admin, source=answer)
    assert again.as_json()["already_applied"] is True
    assert sawah.services.sync.status()["last_sequence_acknowledged"] == result["to_sequence"]


def test_a_gap_is_held_named_and_applied_when_the_missing_package_arrives(sawah: Site, centre: Site) -> None:
    sawah.fill(10, seed=8)
    first = sawah.export("p1.tsync")
    sawah.services.people.register(actor=sawah.admin, draft=make_draft(nik="3674045708850091"))
    second = sawah.export("p2.tsync")
    held = _import(centre, second)
    assert (held["applied"], held["held_for_gap"]) == (False, True)
    assert (held["missing_from"], held["missing_to"]) == (0, held["from_sequence"])
    assert "belum diterima" in str(held["message"])
    assert _counts(centre, sawah.code)["person"] == 0
    assert centre.services.sync.status()["offices"][0]["held"] == [
        [held["from_sequence"], held["to_sequence"]]
    ]
    # Held twice is still held once.
    _import(centre, second)
    applied = _import(centre, first)
    assert applied["applied"] is True
    assert applied["released"] == [[held["from_sequence"], held["to_sequence"]]]
    assert _counts(centre, sawah.code) == _counts(sawah)
    assert centre.services.sync.status()["offices"][0]["held"] == []
    assert _import(centre, second)["already_applied"] is True


def test_a_lost_package_is_sent_again_from_any_sequence(sawah: Site, centre: Site) -> None:
    sawah.fill(10, seed=9)
    sawah.export("lost.tsync")  # the stick was lost on the way
    sawah.services.people.register(actor=sawah.admin, draft=make_draft(nik="3674045708850092"))
    assert _import(centre, sawah.export("p2.tsync"))["held_for_gap"] is True
    again, steps = sawah.folder.parent / "again.tsync", []
    sawah.services.sync.export(
        actor=sawah.admin,
        target=again,
        from_sequence=0,
        progress=lambda done, total: steps.append((done, total)),
    )
    assert steps[-1] == (len(MERGED), len(MERGED))
    applied = _import(centre, again)
    assert applied["applied"] is True
    assert _counts(centre, sawah.code) == _counts(sawah)


def test_the_same_nik_in_two_offices_is_two_rows_and_a_deletion_takes_only_its_own(
    sawah: Site, ciater: Site, centre: Site
) -> None:
    at_sawah, _ = sawah.services.people.register(actor=sawah.admin, draft=make_draft(nik=SHARED_NIK))
    at_ciater, _ = ciater.services.people.register(
        actor=ciater.admin, draft=make_draft(nik=SHARED_NIK, kelurahan="Ciater")
    )
    _import(centre, sawah.export("s1.tsync"))
    _import(centre, ciater.export("c1.tsync"))
    sawah.services.people.delete(actor=sawah.admin, person_id=at_sawah.id, reason="pindah ke Ciater")
    before = table_dump(centre.services.database)["person"]
    assert len([row for row in before if SHARED_NIK in row]) == 2
    _import(centre, sawah.export("s2.tsync"))
    rows = centre.fetch(
        "SELECT origin_office, deleted_at IS NULL FROM person WHERE nik = :nik ORDER BY origin_office",
        nik=SHARED_NIK,
    )
    assert rows == sorted([(sawah.code, False), (ciater.code, True)])
    assert at_ciater.nik == SHARED_NIK


def test_photos_travel_as_bytes_and_a_removed_photo_as_a_tombstone(sawah: Site, centre: Site) -> None:
    person, _ = sawah.services.people.register(actor=sawah.admin, draft=make_draft(nik="3674045708850094"))
    sawah.services.person_photos.set_photo(
        actor=sawah.admin, person_id=person.id, image=webcam_frame((640, 480)), source="camera"
    )
    _import(centre, sawah.export("s1.tsync"))
    query = "SELECT jpeg, sha256 FROM person_photo WHERE person_id = :id"
    assert centre.fetch(query, id=person.id) == sawah.fetch(query, id=person.id)
    assert centre.fetch(query, id=person.id)
    sawah.services.person_photos.remove(actor=sawah.admin, person_id=person.id)
    result = _import(centre, sawah.export("s2.tsync"))
    assert result["package_counts"]["person_photo"] == 1
    assert _counts(centre, sawah.code)["person_photo"] == 0
    assert _status_counts(centre, sawah.code) == _counts(sawah)


def test_the_centres_rates_reach_the_office_with_its_answer(sawah: Site, centre: Site) -> None:
    centre.services.jamsos.set_rate(
        actor=centre.admin, effective_from=YearMonth(2027, 1), jkk=11_000, jkm=7_000
    )
    _import(centre, sawah.export("s1.tsync"))
    answer = sawah.folder.parent / "a1.tsync"
    centre.services.sync.answer(actor=centre.admin, office_code=sawah.code, target=answer)
    read, _ = sawah.services.sync.import_file(actor=sawah.admin, source=answer)
    assert read.as_json()["reference_updates"] == {"jamsos_rate": 1, "jamsos_setting": 0}
    rates = {rate.effective_from: (rate.jkk, rate.jkm) for rate in sawah.services.jamsos.rates()}
    assert rates[YearMonth(2027, 1)] == (11_000, 7_000)


def test_many_packages_at_once_take_one_backup_and_report_each(
    sawah: Site, ciater: Site, centre: Site, tmp_path: Path, store_engine: str
) -> None:
    sawah.fill(5, seed=21)
    ciater.fill(5, seed=22)
    damaged = tmp_path / "rusak.tsync"
    damaged.write_bytes(b"bukan paket")
    seen: list[tuple[int, int]] = []
    results = centre.services.sync.import_packages(
        actor=centre.admin,
        sources=[sawah.export("s1.tsync"), damaged, ciater.export("c1.tsync")],
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert [isinstance(outcome, str) for _, outcome in results] == [False, True, False]
    assert "bukan paket sinkronisasi" in str(results[1][1])
    # A centre on a database server takes no file copy: its backups are the server's (pg_dump).
    backups = list(centre.services.paths.backups.glob(f"*-{BEFORE_SYNC}.sqlite3"))
    assert len(backups) == (1 if store_engine == "sqlite" else 0)
    assert _counts(centre, ciater.code) == _counts(ciater)


def test_the_centre_searches_and_checks_the_city_it_merged(sawah: Site, ciater: Site, centre: Site) -> None:
    sawah.services.people.register(
        actor=sawah.admin, draft=make_draft(nik=SHARED_NIK, full_name="Wulan Kota")
    )
    ciater.services.people.register(
        actor=ciater.admin, draft=make_draft(nik=SHARED_NIK, full_name="Wulan Kota", kelurahan="Ciater")
    )
    _sembako_day(sawah)
    _import(centre, sawah.export("s1.tsync"))
    _import(centre, ciater.export("c1.tsync"))
    found = centre.services.people.search(actor=centre.admin, text="Wulan Kota", limit=10)
    assert [row.nik for row in found] == [SHARED_NIK, SHARED_NIK]
    assert centre.services.people.search(actor=centre.admin, text="wul kot", limit=10) == found
    # A NIK typed in part, with dots: the prefix, found in both offices.
    dotted = ".".join((SHARED_NIK[:2], SHARED_NIK[2:4], SHARED_NIK[4:6], SHARED_NIK[6:10]))
    by_nik = centre.services.people.search(actor=centre.admin, text=dotted, limit=500)
    assert [row.nik for row in by_nik].count(SHARED_NIK) == 2
    assert all(
        row.nik.startswith(SHARED_NIK[:10]) or row.kk_number.startswith(SHARED_NIK[:10]) for row in by_nik
    )
    assert centre.services.people.count(actor=centre.admin, text=dotted) == len(by_nik)
    # What the centre holds about one of them (UU PDP): every program's section and the audit trail.
    held = centre.services.pdp_reports.build(actor=centre.admin, person_id=found[0].id)
    assert (held.nik, held.full_name) == (SHARED_NIK, "Wulan Kota")
    report = check_store(centre.services.database, centre.services.paths.backups)
    assert report.ok, report.problems


def test_a_held_package_refused_when_its_turn_comes_stays_held_and_named(
    sawah: Site, ciater: Site, centre: Site
) -> None:
    ciater.fill(3, seed=31)
    _import(centre, ciater.export("c1.tsync"))
    sawah.fill(3, seed=32)
    first = sawah.export("s1.tsync")
    ciater.copy_row_to(sawah, "household")
    second = sawah.export("s2.tsync")
    held = _import(centre, second)
    assert held["held_for_gap"] is True
    applied = _import(centre, first)
    assert applied["applied"] is True
    assert applied["released"] == []
    assert "tetap ditahan" in applied["message"]
    assert "milik kantor lain" in applied["message"]
    (entry,) = [entry for entry in centre.services.sync.status()["offices"] if entry["office"] == sawah.code]
    assert entry["held"] == [[held["from_sequence"], held["to_sequence"]]]
