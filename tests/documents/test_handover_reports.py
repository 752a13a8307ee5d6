"""The outgoing BAST and the round's stock report: read back, reconciled, signed, hostile text kept."""

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tangsel_desktop.documents.document_models import (
    HandoverParty,
    HandoverReportData,
    Issuer,
    Signatory,
    StockMove,
    StockReceipt,
)
from tangsel_desktop.documents.handover_reports import (
    MARGINS,
    PAGE,
    render_handover_report,
    spelled_date,
    stock_report,
)
from tangsel_desktop.documents.reports import render_report
from tangsel_desktop.domain.months import YearMonth
from tests.bench.bench_receipts import ITEMS, signed_payload
from tests.documents.conftest import (
    A4_PORTRAIT,
    assert_page_size,
    check_pdf,
    decode_qr,
    flat,
    image_count,
    page_texts,
    words,
)

ISSUER = Issuer(
    office_name="Kelurahan Sawah, Kecamatan Ciputat",
    office_code="36.74.04.1004",
    contact="Kantor Kelurahan Sawah, telp. (021) 7490000",
    head_name="H. Ahmad Syarifuddin, S.Sos.",
)
NUMBER = "BAST/36.74.04.1004/2025/000004"
DINSOS = "Dinas Sosial Kota Tangerang Selatan"
REPORT = HandoverReportData(
    number=NUMBER,
    signed_on=date(2025, 9, 30),
    venue="Kantor Kelurahan Sawah",
    place="Tangerang Selatan",
    first_party=HandoverParty(
        "Rudi Hartono, S.E.", "Kepala Seksi Kesejahteraan Sosial", ISSUER.office_name, "198001012005011001"
    ),
    second_party=HandoverParty("Dra. Wahyuni", "Kepala Bidang Perlindungan dan Jaminan Sosial", DINSOS),
    program="Bantuan Sembako Keluarga Risiko Stunting",
    round_name="Tahap 3",
    round_month=YearMonth(2025, 9),
    items=ITEMS,
    received=(
        StockReceipt("027/BAST/DINSOS/IX/2025", date(2025, 9, 18), 120, DINSOS),
        StockReceipt("031/BAST/DINSOS/IX/2025", date(2025, 9, 22), 30, DINSOS),
    ),
    handed_over=141,
    by_proxy=17,
    returned=4,
    damaged=2,
    planned=148,
    attachments=("Daftar tanda terima RW 001 s.d. RW 012 (12 berkas)",),
    qr_payload=signed_payload(NUMBER),
)
HOSTILE = ("Hj. Siti <b>Aminah</b> & \u200bNur\u200b > 'x' " + "Kusumawardhani " * 10)[:150]
LONG_TEXT = ("Kemasan robek <script> & basah kena hujan > 2 hari; " * 12)[:500]


def _render(tmp_path: Path, report: HandoverReportData = REPORT, name: str = "bast.pdf") -> Path:
    path = tmp_path / name
    render_handover_report(path, report, ISSUER)
    check_pdf(path)
    assert_page_size(path, A4_PORTRAIT)
    return path


def test_the_day_is_spelled_out_as_a_berita_acara_opens() -> None:
    assert spelled_date(date(2025, 9, 23)) == (
        "Selasa tanggal Dua Puluh Tiga bulan September tahun Dua Ribu Dua Puluh Lima (23-09-2025)"
    )
    assert spelled_date(date(2026, 1, 1)).startswith(
        "Kamis tanggal Satu bulan Januari tahun Dua Ribu Dua Puluh Enam"
    )


def test_the_bast_reads_back_with_its_parties_reconciliation_package_and_signatures(tmp_path: Path) -> None:
    path = _render(tmp_path)
    text = flat(" ".join(page_texts(path)))
    for expected in (
        "BERITA ACARA SERAH TERIMA",
        "PENYALURAN BANTUAN SEMBAKO KELUARGA RISIKO STUNTING",
        f"Nomor: {NUMBER}",
        "Pada hari ini, Selasa tanggal Tiga Puluh bulan September tahun Dua Ribu Dua Puluh Lima "
        "(30-09-2025), bertempat di Kantor Kelurahan Sawah, kami yang bertanda tangan di bawah ini:",
        "selanjutnya disebut PIHAK PERTAMA.",
        "selanjutnya disebut PIHAK KEDUA.",
        "Paket diterima 150",
        "BAST Nomor 027/BAST/DINSOS/IX/2025, tanggal 18 September 2025 dari Dinas Sosial",
        "BAST Nomor 031/BAST/DINSOS/IX/2025, tanggal 22 September 2025",
        "Paket diserahkan kepada penerima 141",
        "dari 148 penerima dalam daftar",
        "di antaranya diterima oleh wakil (kuasa) 17",
        "Paket dikembalikan kepada Dinas Sosial 4",
        "Paket rusak 2",
        "Sisa paket di kelurahan 3",
        "Penerima dalam daftar yang belum mengambil 7",
        "Nilai satu paket Rp277.500",
        "141 paket × Rp277.500 = Rp39.127.500 (tiga puluh sembilan juta seratus dua puluh tujuh ribu "
        "lima ratus rupiah)",
        "1. Daftar tanda terima RW 001 s.d. RW 012 (12 berkas)",
        "Tangerang Selatan, 30 September 2025",
        "Mengetahui, Lurah Sawah",
        "H. Ahmad Syarifuddin, S.Sos.",
        "NIP 198001012005011001",
    ):
        assert expected in text, expected
    assert "SALINAN" not in text
    assert decode_qr(path, tmp_path) == [signed_payload(NUMBER)]


def test_the_two_parties_names_stand_on_one_line_and_the_lurah_below(tmp_path: Path) -> None:
    # A position of two lines on one side must not push its name below the other's.
    report = replace(REPORT, second_party=replace(REPORT.second_party, position="Kepala Bidang " * 6))
    path = _render(tmp_path, report)
    found = {word.text: word for word in words(path) if word.text in {"Wahyuni", "Hartono,", "Syarifuddin,"}}
    assert abs(found["Wahyuni"].top - found["Hartono,"].top) < 0.5
    assert found["Wahyuni"].page == found["Syarifuddin,"].page
    assert found["Syarifuddin,"].top > found["Wahyuni"].top + 40
    assert found["Wahyuni"].x1 < PAGE[0] / 2 < found["Hartono,"].x0  # PIHAK KEDUA left, PIHAK PERTAMA right


def test_counts_that_do_not_add_up_are_refused_and_write_nothing(tmp_path: Path) -> None:
    path = tmp_path / "bast.pdf"
    with pytest.raises(ValueError, match="stok tidak cocok"):
        render_handover_report(path, replace(REPORT, handed_over=160), ISSUER)
    with pytest.raises(ValueError, match="wakil"):
        render_handover_report(path, replace(REPORT, by_proxy=142), ISSUER)
    assert not path.exists()


def test_a_copy_says_salinan_and_an_acknowledger_replaces_the_lurah(tmp_path: Path) -> None:
    camat = HandoverParty("Drs. Bambang", "Sekretaris Kelurahan", ISSUER.office_name, "197001012000031001")
    text = flat(" ".join(page_texts(_render(tmp_path, replace(REPORT, is_copy=True, acknowledged_by=camat)))))
    assert "SALINAN" in text
    assert "Mengetahui, Sekretaris Kelurahan Drs. Bambang NIP 197001012000031001" in text
    assert "Syarifuddin" not in text


def test_hostile_text_in_the_bast_prints_as_typed_inside_the_margins(tmp_path: Path) -> None:
    report = replace(
        REPORT,
        first_party=replace(REPORT.first_party, name=HOSTILE, position=LONG_TEXT[:200]),
        second_party=replace(REPORT.second_party, name=HOSTILE, office=HOSTILE),
        round_name=HOSTILE,
        venue=HOSTILE,
        attachments=(LONG_TEXT,),
        received=(StockReceipt(HOSTILE, date(2025, 9, 18), 150, HOSTILE),),
    )
    path = _render(tmp_path, report)
    # A paragraph that runs over a page break reads on without the footer between its halves.
    footer = re.compile(r"Berita acara serah terima Nomor \S+ Halaman \d+ dari \d+")
    text = footer.sub(" ", flat(" ".join(page_texts(path)).replace("\u200b", "")))
    text = flat(text)
    assert flat(HOSTILE.replace("\u200b", "")) in text
    assert flat(LONG_TEXT) in text
    assert image_count(path) == 0
    for word in words(path):
        assert word.inside(MARGINS[0], 0, PAGE[0] - MARGINS[1], PAGE[1]), word


# --- the stock report -------------------------------------------------------------------------


def _moves() -> list[StockMove]:
    """Given out of order, as a service might collect them: deliveries, handovers, a write-off, a return."""
    handovers = [
        StockMove(date(2025, 9, 23 + n % 2), "handed_over", 1, f"TTS/2025/{n:06d}") for n in range(9)
    ]
    return [
        *handovers,
        StockMove(date(2025, 9, 22), "received", 30, "031/BAST/DINSOS/IX/2025"),
        StockMove(date(2025, 9, 18), "received", 10, "027/BAST/DINSOS/IX/2025"),
        StockMove(date(2025, 9, 24), "damaged", 2, note="Kemasan robek"),
        StockMove(date(2025, 9, 29), "returned", 4, NUMBER, "Penerima pindah"),
    ]


def _stock(moves: list[StockMove]) -> list[list[object]]:
    data = stock_report(
        office_name=ISSUER.office_name,
        program="Bantuan Sembako",
        round_name="Tahap 3",
        round_month=YearMonth(2025, 9),
        moves=moves,
        printed_by="Rudi Hartono",
        printed_at=datetime(2025, 9, 30, 3, 0, tzinfo=UTC),
    )
    return [list(row) for row in data.rows]


def test_stock_moves_in_date_order_with_a_running_balance_and_handovers_per_day() -> None:
    assert _stock(_moves()) == [
        [1, "18-09-2025", "Diterima", "027/BAST/DINSOS/IX/2025", 10, None, 10],
        [2, "22-09-2025", "Diterima", "031/BAST/DINSOS/IX/2025", 30, None, 40],
        [3, "23-09-2025", "Diserahkan kepada penerima", "5 tanda terima", None, 5, 35],
        [4, "24-09-2025", "Diserahkan kepada penerima", "4 tanda terima", None, 4, 31],
        [5, "24-09-2025", "Rusak: Kemasan robek", "", None, 2, 29],
        [6, "29-09-2025", "Dikembalikan: Penerima pindah", NUMBER, None, 4, 25],
    ]


def test_a_negative_count_is_refused() -> None:
    with pytest.raises(ValueError, match="negatif"):
        _stock([StockMove(date(2025, 9, 18), "received", -1)])


def test_the_stock_report_renders_with_totals_summary_and_signature(tmp_path: Path) -> None:
    data = stock_report(
        office_name=ISSUER.office_name,
        program="Bantuan Sembako",
        round_name=HOSTILE,
        round_month=YearMonth(2025, 9),
        moves=[*_moves(), StockMove(date(2025, 9, 25), "damaged", 1, HOSTILE, LONG_TEXT)],
        printed_by="Rudi Hartono",
        printed_at=datetime(2025, 9, 30, 3, 0, tzinfo=UTC),
        signatures=(Signatory("Tangerang Selatan, 30 September 2025", "Supervisor Sembako", "Rudi Hartono"),),
    )
    path = tmp_path / "stok.pdf"
    render_report(path, data)
    check_pdf(path)
    text = flat(" ".join(page_texts(path)).replace("\u200b", ""))
    assert _line(path, "Jumlah") == "Jumlah 40 16 24"
    for expected in (
        "Laporan Stok Paket Sembako",
        "Paket diterima 40 paket",
        "Diserahkan kepada penerima 9 paket",
        "Sisa di kelurahan 24 paket",
        "Supervisor Sembako",
        flat(LONG_TEXT),
    ):
        assert expected in text, expected


def _line(path: Path, first: str) -> str:
    """The words on the line that starts with first, left to right, as on paper."""
    every = words(path)
    start = next(word for word in every if word.text == first)
    same = [w for w in every if w.page == start.page and abs(w.top - start.top) < 1 and w.x0 >= start.x0]
    return " ".join(w.text for w in sorted(same, key=lambda w: w.x0))
