"""A round's papers: receipts through the register (original, SALINAN, BATAL), the RW sheet, the BAST, the
stock report and the round report, read back with real tools (pdftotext, zbarimg, qpdf, calamine)."""

import shutil
import subprocess
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import text

from tangsel_desktop.domain.errors import OfficeDetailsMissing, UserError
from tangsel_desktop.domain.sembako.round_rules import StockMove
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.sembako.handover_service import Who
from tangsel_desktop.services.sembako.sembako_views import RoundView
from tangsel_desktop.services.service_set import Services
from tests.conftest import set_office_details
from tests.services.prepared_office import actor
from tests.services.sembako_fixtures import Village, build_village, make_round

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


@pytest.fixture
def village(services: Services, operator: Actor) -> Village:
    return build_village(services, operator)


@pytest.fixture
def served(services: Services, operator: Actor, supervisor: Actor, village: Village) -> RoundView:
    """An approved round with stock; the Sari family and the TB patient served, the blind man not yet."""
    view = make_round(services, supervisor)
    services.sembako_rounds.propose(actor=operator, round_id=view.id)
    services.sembako_rounds.approve(actor=supervisor, round_id=view.id)
    services.sembako_stock.receive(actor=supervisor, round_id=view.id, count=5, bast="BAST/DINSOS/07")
    services.sembako_handovers.hand_over(actor=operator, round_id=view.id, who=Who(nik=village.sari))
    services.sembako_handovers.hand_over(actor=operator, round_id=view.id, who=Who(nik=village.tb))
    return view


def _text(pdf: Path) -> str:
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def _register(services: Services) -> list[tuple[str, int, str]]:
    with services.database.read() as tx:
        rows = tx.session.execute(
            text("SELECT number, is_copy, status FROM document_register WHERE kind = 'receipt' ORDER BY id")
        ).all()
    return [(row[0], int(row[1]), row[2]) for row in rows]


def test_the_first_drawing_is_the_original_then_copies_and_a_void_reprints_as_batal(
    services: Services,
    operator: Actor,
    supervisor: Actor,
    village: Village,
    served: RoundView,
    tmp_path: Path,
) -> None:
    first, _ = services.sembako_documents.receipts(
        actor=operator, round_id=served.id, target=tmp_path / "a.pdf"
    )
    assert first.documents == 2
    words = _text(tmp_path / "a.pdf")
    assert "SALINAN" not in words
    assert "Sari Wulandari" in words
    assert "Rp" in words
    with pytest.raises(UserError, match="SALINAN"):
        services.sembako_documents.receipts(actor=operator, round_id=served.id, target=tmp_path / "b.pdf")
    services.sembako_handovers.void(
        actor=supervisor, round_id=served.id, nik=village.tb, reason="Salah keluarga"
    )
    again, _ = services.sembako_documents.receipts(
        actor=supervisor, round_id=served.id, target=tmp_path / "c.pdf"
    )
    words = _text(tmp_path / "c.pdf")
    assert "SALINAN" in words
    assert "BATAL" in words
    assert "Salah keluarga" in words
    numbers = _register(services)
    # Two originals (the voided one void), one SALINAN row for the copy of the Sari family's receipt.
    assert sorted(status for _, copy, status in numbers if not copy) == ["printed", "void"]
    assert [(number, status) for number, copy, status in numbers if copy] == [
        (first.numbers[0], "printed")
    ] or [(number, status) for number, copy, status in numbers if copy] == [(first.numbers[1], "printed")]
    assert again.documents == 2


def test_a_scanned_receipt_verifies_against_the_register(
    services: Services, operator: Actor, served: RoundView, tmp_path: Path
) -> None:
    if shutil.which("zbarimg") is None:
        pytest.skip("zbar-tools is not installed")
    services.sembako_documents.receipts(
        actor=operator, round_id=served.id, target=tmp_path / "r.pdf", rw="12"
    )
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "200",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(tmp_path / "r.pdf"),
            str(tmp_path / "r"),
        ],
        check=True,
    )
    payload = subprocess.run(
        ["zbarimg", "-q", "--raw", str(tmp_path / "r.png")], capture_output=True, text=True
    ).stdout.split()[0]
    verdict = services.documents.verify(payload=payload)
    assert verdict.valid
    assert verdict.number.startswith("TT/")


def test_the_rw_sheet_the_bast_and_the_stock_report(
    services: Services, supervisor: Actor, served: RoundView, tmp_path: Path
) -> None:
    sheet, _ = services.sembako_documents.signing_sheet(
        actor=supervisor, round_id=served.id, rw="7", target=tmp_path / "s.pdf"
    )
    assert "Joko Netra" in _text(tmp_path / "s.pdf")
    assert sheet.numbers[0].startswith("TT/")
    services.sembako_stock.write_off(
        actor=supervisor, round_id=served.id, kind=StockMove.DAMAGED, count=1, reason="Basah"
    )
    bast, _ = services.sembako_documents.handover_report(
        actor=supervisor,
        round_id=served.id,
        target=tmp_path / "bast.pdf",
        to_name="Drs. Ahmad",
        to_position="Kasi Linjamsos",
    )
    words = _text(tmp_path / "bast.pdf")
    assert "BERITA ACARA SERAH TERIMA" in words
    assert "BAST/DINSOS/07" in words
    assert "Drs. Ahmad" in words
    assert bast.numbers[0].startswith("L")
    services.sembako_documents.stock_report(
        actor=supervisor, round_id=served.id, target=tmp_path / "stok.pdf"
    )
    words = _text(tmp_path / "stok.pdf")
    assert "Laporan Stok Paket Sembako" in words
    assert "Basah" in words


def test_the_round_report_lists_who_to_visit_and_a_stable_sample(
    services: Services, operator: Actor, supervisor: Actor, served: RoundView, tmp_path: Path
) -> None:
    report, _ = services.sembako_reports.save(
        actor=supervisor, round_id=served.id, target=tmp_path / "lap.xlsx"
    )
    assert (report.total.planned, report.total.handed_over, report.total.not_collected) == (3, 2, 1)
    assert [line.full_name for line in report.to_visit] == ["Joko Netra"]
    workbook = CalamineWorkbook.from_path(str(tmp_path / "lap.xlsx"))
    assert workbook.get_sheet_by_name("Belum mengambil").to_python()[1][1] == "Joko Netra"
    again = services.sembako_reports.build(actor=operator, round_id=served.id)
    assert again.sample == report.sample
    services.sembako_reports.save(actor=supervisor, round_id=served.id, target=tmp_path / "lap.pdf")
    words = _text(tmp_path / "lap.pdf")
    assert "Laporan Pembagian Sembako" in words
    assert "Belum mengambil paket" in words
    with pytest.raises(UserError, match=r"\.pdf atau \.xlsx|\.pdf|akhiran"):
        services.sembako_reports.save(actor=supervisor, round_id=served.id, target=tmp_path / "lap.docx")


@pytest.mark.parametrize(("contact", "head"), [("", "H. Ahmad"), ("Jl. Raya Sawah 1", "")])
def test_no_official_paper_prints_with_an_empty_contact_line_or_head(
    services: Services,
    supervisor: Actor,
    operator: Actor,
    served: RoundView,
    tmp_path: Path,
    contact: str,
    head: str,
) -> None:
    set_office_details(services, actor(services, "admin"), contact=contact, head_name=head)
    numbered = _register(services)  # the receipts the handovers already took
    papers = services.sembako_documents
    for print_it in (
        lambda: papers.receipts(actor=operator, round_id=served.id, target=tmp_path / "r.pdf"),
        lambda: papers.signing_sheet(actor=supervisor, round_id=served.id, rw="7", target=tmp_path / "s.pdf"),
        lambda: papers.handover_report(
            actor=supervisor,
            round_id=served.id,
            target=tmp_path / "b.pdf",
            to_name="Drs. A",
            to_position="Kasi",
        ),
        lambda: papers.stock_report(actor=supervisor, round_id=served.id, target=tmp_path / "k.pdf"),
        lambda: services.sembako_reports.save(
            actor=supervisor, round_id=served.id, target=tmp_path / "l.pdf"
        ),
    ):
        with pytest.raises(OfficeDetailsMissing, match="Pengaturan"):
            print_it()
    assert _register(services) == numbered
    assert list(tmp_path.glob("*.pdf")) == []
