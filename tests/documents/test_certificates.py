"""Sertifikat: A4 landscape, read back; dates and NIP in Indonesian form; a large print that is large."""

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tangsel_desktop.documents.certificates import (
    LARGE,
    NORMAL,
    PAGE,
    format_date_range,
    format_nip,
    render_certificates,
)
from tangsel_desktop.documents.document_models import CertificateData, Issuer
from tests.documents.conftest import (
    A4_LANDSCAPE,
    assert_page_size,
    check_pdf,
    decode_qr,
    flat,
    font_sizes,
    image_count,
    page_texts,
    uncompressed,
    words,
)

ISSUER = Issuer(
    office_name="Dinas Sosial Kota Tangerang Selatan",
    office_code="DINSOS",
    contact="Jl. Maruga Raya No. 1, Serua, Ciputat, telp. (021) 7420000",
    head_title="Kepala Dinas Sosial",
)
CERTIFICATE = CertificateData(
    number="400.9/123/Dinsos/XI/2025",
    participant_name="Siti Aminah",
    training_name="Pelatihan Membuat Kue",
    starts_on=date(2025, 11, 3),
    ends_on=date(2025, 11, 7),
    place="Balai Latihan Kerja Kota Tangerang Selatan",
    hours=40,
    result="Telah mengikuti dengan baik",
    signed_at_place="Tangerang Selatan",
    signed_on=date(2025, 11, 7),
    signatory_name="Drs. H. Ahmad Fauzi, M.Si.",
    signatory_position="Kepala Dinas Sosial Kota Tangerang Selatan",
    signatory_nip="197508172000031002",
    qr_payload="SRT-2025-0123-ABCDEF",
)
LONG_NAME = (
    "Raden Ajeng Sitti Nurhaliza Kusumawardhani Prameswari Cahyaningrum Dewi Sekartaji "
    "Ayu Larasati Putri Handayani Wulandari"
)


def _render(tmp_path: Path, *certificates: CertificateData) -> tuple[Path, int]:
    path = tmp_path / "sertifikat.pdf"
    pages = render_certificates(path, certificates or (CERTIFICATE,), ISSUER)
    return path, pages


@pytest.mark.parametrize(
    ("starts_on", "ends_on", "expected"),
    [
        (date(2025, 11, 3), date(2025, 11, 7), "3 – 7 November 2025"),
        (date(2025, 10, 28), date(2025, 11, 1), "28 Oktober – 1 November 2025"),
        (date(2025, 12, 29), date(2026, 1, 2), "29 Desember 2025 – 2 Januari 2026"),
        (date(2025, 11, 3), date(2025, 11, 3), "3 November 2025"),
    ],
)
def test_date_ranges_read_as_indonesians_write_them(starts_on: date, ends_on: date, expected: str) -> None:
    assert format_date_range(starts_on, ends_on) == expected


def test_a_range_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError, match="sebelum"):
        format_date_range(date(2025, 11, 7), date(2025, 11, 3))


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("197508172000031002", "19750817 200003 1 002"),
        ("19750817 200003 1 002", "19750817 200003 1 002"),
        ("-", "-"),  # not a NIP: printed as typed
        ("1975081720000310", "1975081720000310"),
    ],
)
def test_nip_takes_its_usual_spaces(typed: str, printed: str) -> None:
    assert format_nip(typed) == printed


def test_one_a4_landscape_page_with_everything_a_certificate_states(tmp_path: Path) -> None:
    path, pages = _render(tmp_path)
    check_pdf(path)
    assert pages == 1
    assert_page_size(path, A4_LANDSCAPE)
    text = flat(page_texts(path)[0])
    for expected in (
        "SERTIFIKAT",
        "Nomor: 400.9/123/Dinsos/XI/2025",
        "Siti Aminah",
        "Pelatihan Membuat Kue",
        "3 – 7 November 2025",
        "Balai Latihan Kerja Kota Tangerang Selatan",
        "40 jam pelajaran (JP)",
        "dengan hasil: Telah mengikuti dengan baik",
        "Tangerang Selatan, 7 November 2025",
        "Kepala Dinas Sosial Kota Tangerang Selatan",
        "Drs. H. Ahmad Fauzi, M.Si.",
        "NIP 19750817 200003 1 002",
        "DINAS SOSIAL KOTA TANGERANG SELATAN",
    ):
        assert expected in text, expected
    assert "SALINAN" not in text


def test_the_qr_decodes_at_300_dpi(tmp_path: Path) -> None:
    path, _ = _render(tmp_path)
    assert decode_qr(path, tmp_path) == ["SRT-2025-0123-ABCDEF"]


def test_a_copy_says_salinan_in_both_forms(tmp_path: Path) -> None:
    path, _pages = _render(
        tmp_path, replace(CERTIFICATE, is_copy=True), replace(CERTIFICATE, is_copy=True, large_print=True)
    )
    texts = page_texts(path)
    assert "SALINAN" in texts[0]
    assert "SALINAN" in texts[1]


def test_a_120_character_name_stays_on_the_page_and_comes_back_whole(tmp_path: Path) -> None:
    assert len(LONG_NAME) == 120
    path, pages = _render(tmp_path, replace(CERTIFICATE, participant_name=LONG_NAME))
    assert pages == 1  # shrinks and wraps rather than spill onto a second page
    assert LONG_NAME in flat(page_texts(path)[0])
    left, right = NORMAL.margin_x, PAGE[0] - NORMAL.margin_x
    for word in words(path):
        assert word.inside(left, NORMAL.margin_y, right, PAGE[1] - NORMAL.margin_y), word


def test_markup_in_any_field_prints_as_typed(tmp_path: Path) -> None:
    certificate = replace(
        CERTIFICATE,
        participant_name="Ani <B> & 'Budi'",
        training_name='Pelatihan <img src="/etc/passwd">',
        place="Aula A & B <lantai 2>",
        result='Kompeten "baik"',
    )
    path, _ = _render(tmp_path, certificate)
    text = flat(page_texts(path)[0])
    for typed in ("Ani <B> & 'Budi'", 'Pelatihan <img src="/etc/passwd">', "Aula A & B <lantai 2>"):
        assert typed in text
    assert 'dengan hasil: Kompeten "baik"' in text
    assert image_count(path) == 0


def test_large_print_is_landscape_with_nothing_under_18_points(tmp_path: Path) -> None:
    path, pages = _render(tmp_path, replace(CERTIFICATE, large_print=True))
    check_pdf(path)
    assert_page_size(path, A4_LANDSCAPE)
    assert pages <= 2
    sizes = font_sizes(path)
    assert min(sizes) >= 18
    assert LARGE.body >= 18
    assert max(sizes) > LARGE.body  # the name and the title stand out above the body
    # What a reader sees agrees: poppler's word boxes are as tall as the type is set.
    assert min(word.height for word in words(path)) >= 18 - 0.01
    text = flat(" ".join(page_texts(path)))
    assert "Siti Aminah" in text
    assert "NIP 19750817 200003 1 002" in text
    if pages == 2:
        assert "Halaman 2 dari 2" in text


def test_large_print_has_no_grey_and_no_tint(tmp_path: Path) -> None:
    path, _ = _render(tmp_path, replace(CERTIFICATE, large_print=True, is_copy=True))
    content = uncompressed(path)
    colours = {
        tuple(round(float(part), 2) for part in match)
        for match in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) (?:rg|RG)\b", content)
    }
    stamp_red = (0.75, 0.05, 0.05)
    assert colours <= {(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), stamp_red}, colours
    assert not re.search(r"/ca [0.]", content)  # no translucent watermark over the text
    assert not re.search(r"\b0?\.\d+ g\b", content)  # no grey set as a grey level either


def test_a_mixed_batch_keeps_each_form_on_its_own_pages(tmp_path: Path) -> None:
    large = replace(CERTIFICATE, large_print=True, number="400.9/124/Dinsos/XI/2025")
    path, pages = _render(tmp_path, CERTIFICATE, large, replace(CERTIFICATE, number="400.9/125"))
    texts = page_texts(path)
    assert pages == len(texts)
    assert_page_size(path, A4_LANDSCAPE)
    assert "400.9/123/Dinsos/XI/2025" in texts[0]
    assert "400.9/125" in texts[-1]
    assert all("400.9/124" in text for text in texts[1:-1])


def test_nothing_to_print_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="tidak ada"):
        render_certificates(tmp_path / "kosong.pdf", [], ISSUER)


def _forms(path: Path) -> int:
    return uncompressed(path).count("/Subtype /Form")


def test_what_every_certificate_shares_is_drawn_once_however_many_print(tmp_path: Path) -> None:
    """Issue 11's speed: frame, letterhead, fixed sentences and signature block are one form each per
    PDF, placed on every page, and only the participant's own texts are drawn page by page."""
    one, _ = _render(tmp_path, CERTIFICATE)
    single = _forms(one)
    many = [replace(CERTIFICATE, number=f"400.9/{n}", participant_name=f"Peserta {n}") for n in range(6)]
    batch = tmp_path / "batch.pdf"
    assert render_certificates(batch, many, ISSUER) == 6
    assert single >= 5
    assert _forms(batch) == single
    texts = page_texts(batch)
    for n, text in enumerate(texts):
        assert f"Peserta {n}" in text
        assert "DINAS SOSIAL KOTA TANGERANG SELATAN" in text
        assert "NIP 19750817 200003 1 002" in text
    # A batch in both print sizes keeps a form per size: the large letterhead is not the normal one.
    mixed = tmp_path / "mixed.pdf"
    render_certificates(mixed, [CERTIFICATE, replace(CERTIFICATE, large_print=True)], ISSUER)
    assert _forms(mixed) > single


def test_a_result_too_long_for_one_line_wraps_below_and_comes_back_whole(tmp_path: Path) -> None:
    result = "Telah mengikuti seluruh rangkaian pelatihan dengan sangat baik dan dinyatakan kompeten " * 2
    path, pages = _render(tmp_path, replace(CERTIFICATE, result=result.strip()))
    assert pages == 1
    text = flat(page_texts(path)[0])
    assert f"dengan hasil: {flat(result)}" in text


def test_a_zero_width_space_and_markup_in_a_name_print_as_typed(tmp_path: Path) -> None:
    name = "Ani <B> & 'Budi'\u200b Santoso"
    for large_print in (False, True):
        path, pages = _render(tmp_path, replace(CERTIFICATE, participant_name=name, large_print=large_print))
        assert name in page_texts(path)[0]
        # The QR stands with the signature: on the last page when large print takes two.
        assert decode_qr(path, tmp_path, page=pages) == ["SRT-2025-0123-ABCDEF"]
