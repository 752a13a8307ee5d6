"""The city-wide picture and the centre's commands: recap by kelurahan equal to each office's own recap,
the offices' table with the overdue flagged, findings listed, exported and decided on the command line."""

from datetime import timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.jamsos.member_listing import MemberFilter
from tangsel_desktop.storage.columns import utc_now
from tests.cli.test_cli import Cli
from tests.conftest import make_draft
from tests.sync.conftest import Site

pytestmark = pytest.mark.both_engines

MONTH = "2026-11"
SHARED = "3674045708850201"


def _import(centre: Site, package: Path) -> dict[str, Any]:
    result, _ = centre.services.sync.import_file(actor=centre.admin, source=package)
    return result.as_json()


def _recap(site: Site) -> dict[str, tuple[int, int]]:
    recap = site.services.jamsos.recap(actor=site.admin, month=YearMonth.parse(MONTH))
    return {total.code: (total.members, total.amount) for total in recap.by_kelurahan}


@pytest.fixture
def city(sawah: Site, ciater: Site, centre: Site) -> tuple[Site, Site, Site]:
    sawah.fill(400, seed=11)
    ciater.fill(300, seed=12)
    sawah.services.people.register(actor=sawah.admin, draft=make_draft(nik=SHARED))
    ciater.services.people.register(
        actor=ciater.admin, draft=make_draft(nik=SHARED, full_name="Siti Aminah Binti", kelurahan="Ciater")
    )
    _import(centre, sawah.export("s1.tsync"))
    _import(centre, ciater.export("c1.tsync"))
    return sawah, ciater, centre


def test_the_recap_by_kelurahan_sums_each_offices_own(city: tuple[Site, Site, Site]) -> None:
    sawah, ciater, centre = city
    own = _recap(sawah) | _recap(ciater)
    assert sum(members for members, _ in own.values()) > 0
    assert set(_recap(sawah)).isdisjoint(_recap(ciater))
    assert _recap(centre) == own
    picture = centre.services.city.picture(actor=centre.admin, month=YearMonth.parse(MONTH))
    billed = {
        k.code: (k.covered, k.premium)
        for kecamatan in picture.kecamatan
        for k in kecamatan.kelurahan
        if k.covered
    }
    assert billed == own
    assert picture.total.premium == sum(amount for _, amount in own.values())
    # The members listing searches the city by a member's name words and by a NIK prefix.
    listing = centre.services.jamsos_listing
    every = listing.page(actor=centre.admin, filter=MemberFilter())
    member = every[0]
    words = " ".join(word[:3] for word in member.full_name.split())
    for search in (words, member.nik[:10]):
        found = listing.page(actor=centre.admin, filter=MemberFilter(search=search))
        assert member.id in {row.id for row in found}, search
        assert listing.count(actor=centre.admin, filter=MemberFilter(search=search)) == len(found)
    # People and households per kelurahan: each office's own rows, wherever they live.
    people = sum(kecamatan.total.people for kecamatan in picture.kecamatan)
    with sawah.services.database.read() as tx:
        at_sawah = tx.rows("SELECT count(*) FROM person WHERE deleted_at IS NULL")[0][0]
    with ciater.services.database.read() as tx:
        at_ciater = tx.rows("SELECT count(*) FROM person WHERE deleted_at IS NULL")[0][0]
    assert people == picture.total.people == at_sawah + at_ciater
    assert {k.total.name for k in picture.kecamatan} >= {"Ciputat", "Serpong"}


def test_the_offices_table_flags_an_office_silent_for_a_month(city: tuple[Site, Site, Site]) -> None:
    sawah, ciater, centre = city
    offices = {o.code: o for o in centre.services.city.offices(actor=centre.admin)}
    assert set(offices) == {sawah.code, ciater.code}
    assert offices[sawah.code].people == 401
    assert not offices[sawah.code].stale
    assert offices[sawah.code].last_sequence > 0
    assert offices[sawah.code].last_package_at is not None
    later = {
        o.code: o
        for o in centre.services.city.offices(actor=centre.admin, now=utc_now() + timedelta(days=32))
    }
    assert later[sawah.code].stale
    assert later[ciater.code].stale
    with pytest.raises(UserError, match="hanya ada di Dinas Sosial"):
        sawah.services.city.offices(actor=sawah.admin)


def test_the_centres_commands(
    city: tuple[Site, Site, Site],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.conftest import PASSWORD

    sawah, ciater, centre = city
    # The command line's first sign-in encrypts this (plain, test-made) store: it needs the store alone.
    centre.services.database.dispose()
    cli = Cli(centre.folder, capsys, monkeypatch)
    code, listed = cli("sync", "findings", "--status", "open", user="admin", password=PASSWORD)
    assert code == 0, listed
    kinds = {(item["kind"], item["subject"]) for item in listed["findings"]}
    assert ("nik_two_offices", SHARED) in kinds
    assert ("data_differs", SHARED) in kinds
    target = tmp_path / "temuan.xlsx"
    code, saved = cli("sync", "findings", "--xlsx", str(target), user="admin")
    assert code == 0
    assert saved["file"] == str(target)
    book = openpyxl.load_workbook(target, read_only=True)
    assert book["Temuan"].max_row == listed["count"] + 1
    book.close()
    finding = next(
        item for item in listed["findings"] if item["kind"] == "nik_two_offices" and item["subject"] == SHARED
    )
    code, refused = cli(
        "sync", "decide", str(finding["id"]), "--keep", "36.74.07.1001", "--note", "x", user="admin"
    )
    assert code == 1
    assert "tidak terlibat" in refused["error"]
    code, refused = cli("sync", "decide", "satu", "--keep", sawah.code, "--note", "x", user="admin")
    assert code == 1
    assert "bilangan bulat" in refused["error"]
    code, decided = cli(
        "sync", "decide", str(finding["id"]), "--keep", sawah.code, "--note", "KTP Sawah", user="admin"
    )
    assert code == 0, decided
    assert (decided["status"], decided["decision"], decided["decided_by"]) == (
        "decided",
        f"keep:{sawah.code}",
        "Admin",
    )
    code, open_only = cli("sync", "findings", "--status", "open", user="admin")
    assert finding["id"] not in [item["id"] for item in open_only["findings"]]
    code, offices = cli("sync", "offices", user="admin")
    assert code == 0
    assert [o["code"] for o in offices["offices"]] == sorted((sawah.code, ciater.code))
    code, picture = cli("sync", "city", "--month", MONTH, user="admin")
    assert code == 0
    assert picture["total"]["people"] == 702
    code, recap = cli("jamsos", "recap", "--month", MONTH, user="admin")
    assert code == 0, recap
    own = _recap(sawah) | _recap(ciater)
    assert {line["code"]: (line["members"], line["amount"]) for line in recap["by_kelurahan"]} == own
    assert recap["amount"] == sum(amount for _, amount in own.values())


def test_the_citys_whole_bill_in_one_signed_recap(
    city: tuple[Site, Site, Site],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import subprocess

    sawah, ciater, centre = city
    # The command line's first sign-in encrypts this (plain, test-made) store: it needs the store alone.
    centre.services.database.dispose()
    cli = Cli(centre.folder, capsys, monkeypatch)
    pdf, xlsx = tmp_path / "rekap-kota.pdf", tmp_path / "rekap-kota.xlsx"
    code, saved = cli("jamsos", "recap", "--month", MONTH, "--out", str(pdf), user="admin")
    assert code == 0, saved
    own = _recap(sawah) | _recap(ciater)
    assert saved["amount"] == sum(amount for _, amount in own.values())
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Sawah" in text
    assert "Ciater" in text
    assert "Dinas Sosial" in text
    # The city's recap adds the totals per kecamatan (Ciputat: Sawah; Serpong: Ciater).
    assert "Ringkasan per kecamatan" in text
    assert "Ciputat" in text
    assert "Serpong" in text
    code, saved = cli("jamsos", "recap", "--month", MONTH, "--out", str(xlsx), user="admin")
    assert code == 0, saved
    book = openpyxl.load_workbook(xlsx, read_only=True)
    cells = {
        str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row
    }
    book.close()
    assert any("Sawah" in cell for cell in cells)
    assert any("Ciater" in cell for cell in cells)


def test_every_report_and_the_documents_are_made_at_the_centre_over_the_citys_data(
    city: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    """Reports, cards and a person's PDP report over what the offices sent, on either engine: the SQL of
    each one (its own queries, not the sync's) runs on the centre's server as it does on a file."""
    from tangsel_desktop.services.reports.report_catalogue import ReportCatalogue, Selection

    _sawah, _ciater, centre = city
    catalogue = ReportCatalogue(centre.services)
    made = []
    for entry in catalogue.entries():
        periods, areas = catalogue.choices(actor=centre.admin, key=entry.key)
        if entry.period_label and not periods:
            with pytest.raises(UserError):  # nothing to choose yet: said, not a crash
                catalogue.build(actor=centre.admin, key=entry.key, selection=Selection())
            continue
        for area in ["", *(choice.key for choice in areas[:2])]:
            selection = Selection(period=periods[0].key if periods else "", area=area)
            preview = catalogue.build(actor=centre.admin, key=entry.key, selection=selection)
            assert preview.rows, (entry.key, area)
        for kind in ("pdf", "xlsx"):
            target = tmp_path / f"{entry.key}.{kind}"
            catalogue.save(actor=centre.admin, key=entry.key, selection=selection, target=target, kind=kind)
            assert target.stat().st_size > 0
        made.append(entry.key)
    assert {"penduduk", "jamsosnaker"} <= set(made), made  # the demo fill has no sembako round or batch
    people = centre.services.documents.people_for_cards(actor=centre.admin, limit=3)
    result, _ = centre.services.documents.print_cards(
        actor=centre.admin, person_ids=[p.id for p in people], target=tmp_path / "kartu.pdf"
    )
    assert result.documents == 3
    assert len(centre.services.people.search(actor=centre.admin, text=SHARED[:8])) >= 2  # a NIK prefix
