"""The report catalogue: each report's preview, its PDF and Excel through the report's own service, roles."""

import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.domain.training.training_rules import Session
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.reports.report_catalogue import ReportCatalogue, Selection
from tangsel_desktop.services.sembako.handover_service import Who
from tangsel_desktop.services.service_set import Services
from tests.conftest import OFFICE_CODE, make_draft
from tests.services.jamsos_members_seed import seed_members
from tests.services.jamsos_recap_fixtures import Worker, insert_workers
from tests.services.sembako_fixtures import build_village, make_round
from tests.services.training_fixtures import ANI, JOKO, SITI, build_residents

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

TODAY = date(2025, 9, 15)


def _text(pdf: Path) -> str:
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def _sheet(path: Path, title: str) -> list[tuple[object, ...]]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in workbook[title].iter_rows(values_only=True)]
    finally:
        workbook.close()


def _catalogue(services: Services) -> ReportCatalogue:
    return ReportCatalogue(services, today=lambda: TODAY)


def _residents(services: Services, operator: Actor) -> None:
    """RW 1: a man of 40 and a girl of 10 (blind); RW 2: a woman of 70 in her own family; one deleted."""
    people = services.people
    for number, extra in (
        (1, {"sex": "L", "birth_date": "1985-01-02", "rw": "1"}),
        (2, {"sex": "P", "birth_date": "2015-03-04", "rw": "1", "disability": "netra"}),
        (3, {"sex": "P", "birth_date": "1955-05-06", "rw": "2", "kk_number": "3674041203150009"}),
    ):
        people.register(
            actor=operator,
            draft=make_draft(nik=f"36740457088599{number:02d}", full_name=f"=Warga {number}", **extra),
        )


def test_the_people_summary_counts_per_rw_sex_age_and_disability(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    _residents(services, operator)
    catalogue = _catalogue(services)
    _periods, areas = catalogue.choices(actor=operator, key="penduduk")
    assert [choice.key for choice in areas] == ["", OFFICE_CODE, f"{OFFICE_CODE}:001", f"{OFFICE_CODE}:002"]
    preview = catalogue.build(actor=operator, key="penduduk", selection=Selection())
    by_rw = {row[1]: row for row in preview.rows if row[0] == "Sawah"}
    # Kelurahan, RW, L, P, 0-5, 6-17, 18-59, 60+, disabled, households, people
    assert by_rw["001"][2:] == (1, 1, 0, 1, 1, 0, 1, 1, 2)
    assert by_rw["002"][2:] == (0, 1, 0, 0, 0, 1, 0, 1, 1)
    assert preview.chart is not None
    assert preview.chart.categories == ("001", "002")
    assert preview.chart.series == (("Laki-laki", (1, 0)), ("Perempuan", (1, 1)))
    assert any(row[0] == "Disabilitas: Sensorik netra" for row in preview.rows)

    one_rw = catalogue.build(actor=operator, key="penduduk", selection=Selection(area=f"{OFFICE_CODE}:002"))
    assert [row[1] for row in one_rw.rows if row[0] == "Sawah"] == ["002"]
    assert "RW 002" in one_rw.subtitle

    # Counts only, no names: an operator may save it.
    catalogue.save(
        actor=operator, key="penduduk", selection=Selection(), target=tmp_path / "p.pdf", kind="pdf"
    )
    words = _text(tmp_path / "p.pdf")
    assert "Ringkasan Data Penduduk" in words
    assert "Sensorik netra" in words
    assert "Warga" not in words
    catalogue.save(
        actor=operator,
        key="penduduk",
        selection=Selection(area=f"{OFFICE_CODE}:001"),
        target=tmp_path / "p.xlsx",
        kind="xlsx",
    )
    rows = _sheet(tmp_path / "p.xlsx", "Per RW")
    assert rows[0][0] == "Kelurahan"
    assert rows[1][:4] == ("Sawah", "001", 1, 1)
    assert rows[-1][0] == "Jumlah"
    assert rows[-1][-1] == 2
    assert _sheet(tmp_path / "p.xlsx", "Disabilitas")[1] == ("Sensorik netra", 0, 1, 1)


def test_the_jamsos_recap_previews_members_per_month_and_saves_signed_files(
    services: Services, operator: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    seed_members(services, operator, supervisor, 12)
    catalogue = _catalogue(services)
    periods, _areas = catalogue.choices(actor=supervisor, key="jamsosnaker")
    assert periods[0].key == "2025-09"
    assert len(periods) == 24
    preview = catalogue.build(actor=supervisor, key="jamsosnaker", selection=Selection(period="2025-03"))
    assert preview.chart is not None
    assert len(preview.chart.categories) == 3  # January to March
    # Two members of the pattern's six are covered from January, the one from July not yet.
    assert preview.chart.series[0][1] == (4, 4, 4)
    # Counted in one pass, month by month as the recap counts them: members who join and leave mid-year.
    insert_workers(
        services.database.file,
        [
            Worker(OFFICE_CODE, "003", "pemulung", "2025-02", "2025-04", status="ended"),
            Worker(OFFICE_CODE, "003", "pemulung", "2025-05"),
            Worker(OFFICE_CODE, "004", "nelayan", "2024-11", "2025-07", status="ended"),
        ],
        first_number=900,
    )
    september = catalogue.build(actor=supervisor, key="jamsosnaker", selection=Selection(period="2025-09"))
    assert september.chart is not None
    expected = tuple(
        services.jamsos.recap(actor=supervisor, month=YearMonth(2025, number)).members
        for number in range(1, 10)
    )
    assert september.chart.series[0][1] == expected
    assert expected == (5, 6, 6, 6, 6, 6, 6, 5, 5)
    assert preview.rows[-1][0] == "Jumlah"
    assert preview.rows[-1][3] == 4
    catalogue.save(
        actor=supervisor,
        key="jamsosnaker",
        selection=Selection(period="2025-03"),
        target=tmp_path / "j.pdf",
        kind="pdf",
    )
    words = _text(tmp_path / "j.pdf")
    assert "Rekapitulasi Iuran Jamsosnaker" in words
    assert "Maret 2025" in words
    catalogue.save(
        actor=supervisor,
        key="jamsosnaker",
        selection=Selection(period="2025-03"),
        target=tmp_path / "j.xlsx",
        kind="xlsx",
    )
    assert _sheet(tmp_path / "j.xlsx", "Per kelurahan")[1][1:3] == ("Sawah", 6)  # with the three added
    with pytest.raises(PermissionDenied, match="Supervisor"):
        catalogue.build(actor=operator, key="jamsosnaker", selection=Selection(period="2025-03"))
    with pytest.raises(PermissionDenied):
        catalogue.save(
            actor=operator,
            key="jamsosnaker",
            selection=Selection(period="2025-03"),
            target=tmp_path / "o.pdf",
            kind="pdf",
        )
    assert not (tmp_path / "o.pdf").exists()
    assert not catalogue.entry("jamsosnaker").may_make(operator)
    assert "Supervisor" in catalogue.entry("jamsosnaker").who_may()


def test_the_sembako_report_charts_handed_out_against_remaining(
    services: Services, operator: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    village = build_village(services, operator)
    view = make_round(services, supervisor)
    services.sembako_rounds.propose(actor=operator, round_id=view.id)
    services.sembako_rounds.approve(actor=supervisor, round_id=view.id)
    services.sembako_stock.receive(actor=supervisor, round_id=view.id, count=5, bast="BAST/DINSOS/07")
    services.sembako_handovers.hand_over(actor=operator, round_id=view.id, who=Who(nik=village.sari))
    catalogue = _catalogue(services)
    periods, _areas = catalogue.choices(actor=supervisor, key="sembako")
    assert [choice.key for choice in periods] == [view.id]
    preview = catalogue.build(actor=supervisor, key="sembako", selection=Selection(period=view.id))
    total = next(row for row in preview.rows if row[0] == "Jumlah")
    assert total[1:] == (3, 1, 0, 2)
    assert preview.chart is not None
    assert preview.chart.stacked
    handed, remaining = (values for _name, values in preview.chart.series)
    assert sum(handed) == 1
    assert sum(remaining) == 2
    for kind in ("pdf", "xlsx"):
        catalogue.save(
            actor=supervisor,
            key="sembako",
            selection=Selection(period=view.id),
            target=tmp_path / f"s.{kind}",
            kind=kind,
        )
    assert "Laporan Pembagian Sembako" in _text(tmp_path / "s.pdf")
    assert _sheet(tmp_path / "s.xlsx", "Per RW")[-1][:3] == ("Jumlah", 3, 1)


def test_the_training_report_follows_a_batch_from_proposal_to_work(
    services: Services, supervisor: Actor, tmp_path: Path
) -> None:
    build_residents(services)
    training, _ = services.training_courses.add_training(
        actor=supervisor, name="Pelatihan Membuat Kue", kind="umum", total_jp=8, min_attendance=80
    )
    batch, _ = services.training_courses.add_batch(
        actor=supervisor,
        training_id=training.id,
        starts_on=date(2026, 5, 4),
        ends_on=date(2026, 5, 4),
        quota=5,
        place="Aula Kelurahan",
        sessions=[Session(date(2026, 5, 4), 8)],
    )
    people = services.training_participants
    for nik in (SITI, ANI, JOKO):
        people.enroll(actor=supervisor, batch_id=batch.id, nik=nik)
    for nik in (SITI, JOKO):
        people.select(actor=supervisor, batch_id=batch.id, nik=nik)
    catalogue = _catalogue(services)
    periods, _areas = catalogue.choices(actor=supervisor, key="pelatihan")
    assert [choice.key for choice in periods] == [batch.id]
    assert "Pelatihan Membuat Kue" in periods[0].label
    preview = catalogue.build(actor=supervisor, key="pelatihan", selection=Selection(period=batch.id))
    assert preview.rows[0][:3] == ("Jumlah", 3, 2)
    assert any(row[0] == "Disabilitas: Sensorik netra" for row in preview.rows)
    assert preview.chart is not None
    assert preview.chart.categories[:2] == ("Diusulkan", "Terpilih")
    assert preview.chart.series[0][1][:2] == (3, 2)
    for kind in ("pdf", "xlsx"):
        catalogue.save(
            actor=supervisor,
            key="pelatihan",
            selection=Selection(period=batch.id),
            target=tmp_path / f"t.{kind}",
            kind=kind,
        )
    assert "Pelatihan Membuat Kue" in _text(tmp_path / "t.pdf")
    workbook = openpyxl.load_workbook(tmp_path / "t.xlsx", read_only=True)
    assert workbook.sheetnames
    workbook.close()


def test_bad_choices_are_refused_with_what_to_fix(
    services: Services, supervisor: Actor, tmp_path: Path
) -> None:
    catalogue = _catalogue(services)
    with pytest.raises(UserError, match="tidak dikenal"):
        catalogue.entry("gaji")
    with pytest.raises(UserError, match="Pilih putaran"):
        catalogue.build(actor=supervisor, key="sembako", selection=Selection())
    with pytest.raises(UserError, match="Bulan 'kemarin'"):
        catalogue.build(actor=supervisor, key="jamsosnaker", selection=Selection(period="kemarin"))
    with pytest.raises(UserError, match=r"\.xlsx"):
        catalogue.save(
            actor=supervisor, key="penduduk", selection=Selection(), target=tmp_path / "a.pdf", kind="xlsx"
        )
    with pytest.raises(UserError, match="PDF atau Excel"):
        catalogue.save(
            actor=supervisor, key="penduduk", selection=Selection(), target=tmp_path / "a.csv", kind="csv"
        )
    assert not (tmp_path / "a.pdf").exists()
    assert not (tmp_path / "a.csv").exists()
    groups = [entry.group for entry in catalogue.entries()]
    assert groups == ["Penduduk", "Jamsosnaker", "Sembako", "Pelatihan"]
