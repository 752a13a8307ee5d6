"""The one-page "Kode Pemulihan" sheet: the office's recovery code, printed once and kept in the safe."""

from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from tangsel_desktop.documents import fonts
from tangsel_desktop.documents.pdf_output import PrintCanvas, write_pdf
from tangsel_desktop.domain.formatting import format_datetime

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
# Courier is one of PDF's standard faces (every viewer has it): a monospace code reads unambiguously.
CODE_FONT = "Courier-Bold"

_TEXT = [
    "<b>Untuk apa kode ini?</b> Data kantor di laptop ini disimpan terenkripsi. Setiap pengguna membukanya "
    "dengan kata sandinya sendiri. Bila <b>semua administrator lupa kata sandinya</b>, kode ini membuka "
    "data itu kembali: pilih <i>Lupa kata sandi?</i> pada jendela masuk (atau jalankan perintah "
    "<i>recovery unlock --code KODE</i>), ketik kode ini, lalu buat kata sandi baru untuk seorang "
    "administrator. Setiap pemakaian kode tercatat dalam jejak audit.",
    "<b>Di mana menyimpannya?</b> Cetak lembar ini, tanda tangani di bawah, dan simpan di <b>brankas "
    "kantor</b> (bukan di laptop, bukan di laci meja, tidak difoto). Siapa pun yang memegang kode ini "
    "beserta salinan folder data dapat membaca seluruh data penduduk (NIK, No. KK, status disabilitas) "
    "yang dilindungi UU 27/2022 tentang Pelindungan Data Pribadi.",
    "<b>Setelah dicetak:</b> hapus berkas PDF ini dari laptop. Kode tidak dapat ditampilkan lagi "
    "oleh aplikasi.",
    "<b>Kode ini hanya berlaku untuk berkas data kantor ini.</b> Kode kantor lain, atau kode yang salah "
    "ketik, ditolak tanpa mengubah apa pun.",
]


def render_recovery_sheet(
    target: Path | BinaryIO, *, office_name: str, office_code: str, code: str, made_at: datetime
) -> None:
    """Write the sheet (A4, one page); `code` is shown as given (grouped for reading)."""
    fonts.register_fonts()

    def render(stream: BinaryIO) -> None:
        canvas = PrintCanvas(stream, pagesize=A4)
        canvas.setTitle(f"Kode Pemulihan - {office_name}")
        canvas.setAuthor("Tangsel Desktop")
        top = PAGE_HEIGHT - MARGIN
        canvas.setFont(fonts.BOLD, 22)
        canvas.drawString(MARGIN, top - 8 * mm, "Kode Pemulihan")
        canvas.setFont(fonts.REGULAR, 11)
        canvas.drawString(MARGIN, top - 16 * mm, office_name)
        canvas.drawString(MARGIN, top - 22 * mm, f"Kode kantor: {office_code}")
        canvas.drawString(MARGIN, top - 28 * mm, f"Dibuat: {format_datetime(made_at)}")
        box_top, box_height = top - 38 * mm, 30 * mm
        canvas.setLineWidth(1.5)
        canvas.rect(MARGIN, box_top - box_height, PAGE_WIDTH - 2 * MARGIN, box_height)
        size = 26
        canvas.setFont(CODE_FONT, size)
        canvas.drawCentredString(PAGE_WIDTH / 2, box_top - box_height / 2 - size * 0.3, code)
        style = ParagraphStyle("sheet", fontName=fonts.REGULAR, fontSize=11, leading=15)
        y = box_top - box_height - 10 * mm
        width = PAGE_WIDTH - 2 * MARGIN
        for text in _TEXT:
            paragraph = Paragraph(text, style)
            _, height = paragraph.wrap(width, PAGE_HEIGHT)
            y -= height
            paragraph.drawOn(canvas, MARGIN, y)
            y -= 5 * mm
        canvas.setFont(fonts.REGULAR, 10)
        y -= 15 * mm
        for label in ("Disimpan oleh (nama, tanda tangan):", "Tanggal disimpan di brankas:"):
            canvas.drawString(MARGIN, y, label)
            canvas.line(MARGIN + 70 * mm, y - 1 * mm, PAGE_WIDTH - MARGIN, y - 1 * mm)
            y -= 12 * mm
        canvas.showPage()
        canvas.save()

    write_pdf(target, render)
