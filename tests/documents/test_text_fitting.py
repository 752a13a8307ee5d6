"""fit_text and fit_block: shrink, condensed face, wrap, and the ellipsis only at the very end."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from tangsel_desktop.documents.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR
from tangsel_desktop.documents.pdf_output import PrintCanvas
from tangsel_desktop.documents.text_fitting import ELLIPSIS, FittedText, draw_fitted, fit_block, fit_text
from tests.documents.conftest import words

ALPHABET = "aAiIlmMwW<>&'\" 0123456789.-"


def widest(fitted: FittedText) -> float:
    return max(stringWidth(line, fitted.font, fitted.size) for line in fitted.lines)


def test_short_text_keeps_the_largest_size_on_one_line() -> None:
    fitted = fit_text("Siti Aminah", BOLD, 9.5, 6, 150, 30, 2, narrow_font=CONDENSED_BOLD)
    assert fitted == FittedText(("Siti Aminah",), 9.5, BOLD, 9.5 * 1.15)


def test_a_little_too_long_shrinks_the_face_a_little() -> None:
    text = "Muhammad Rizky Ramadhan"
    width = stringWidth(text, BOLD, 9.5) * 0.95
    fitted = fit_text(text, BOLD, 9.5, 6, width, 30, 2, narrow_font=CONDENSED_BOLD)
    assert fitted.lines == (text,)
    assert fitted.font == BOLD
    assert fitted.size == pytest.approx(9.5 * 0.95)


def test_before_shrinking_far_the_condensed_face_takes_over() -> None:
    text = "Muhammad Rizky Ramadhan Saputra"
    width = stringWidth(text, BOLD, 9.5) * 0.8
    fitted = fit_text(text, BOLD, 9.5, 6, width, 30, 2, narrow_font=CONDENSED_BOLD)
    assert fitted.lines == (text,)
    assert fitted.font == CONDENSED_BOLD
    assert fitted.size > 9.5 * 0.8
    assert widest(fitted) <= width + 1e-6


def test_only_below_the_minimum_size_does_it_wrap() -> None:
    text = "Raden Ajeng Siti Nurhaliza Kusumawardhani binti Haji Abdul Rahman"
    width = 150.0
    assert stringWidth(text, CONDENSED_BOLD, 6) > width  # one line would need less than 6 pt
    fitted = fit_text(text, BOLD, 9.5, 6, width, 30, 2, narrow_font=CONDENSED_BOLD)
    assert len(fitted.lines) == 2
    assert " ".join(fitted.lines) == text
    assert fitted.size >= 6
    assert not fitted.truncated
    assert widest(fitted) <= width + 1e-6


def test_the_ellipsis_is_the_last_resort_and_stays_inside() -> None:
    text = "Bambang " * 40
    fitted = fit_text(text, BOLD, 9.5, 6, 150, 30, 2, narrow_font=CONDENSED_BOLD)
    assert fitted.truncated
    assert len(fitted.lines) == 2
    assert fitted.lines[-1].endswith(ELLIPSIS)
    assert fitted.size == 6
    assert widest(fitted) <= 150 + 1e-6


def test_a_word_wider_than_the_box_is_broken_rather_than_overflowing() -> None:
    fitted = fit_text("A" * 60, REGULAR, 8, 6, 100, 30, 3)
    assert "".join(fitted.lines) == "A" * 60
    assert not fitted.truncated
    assert widest(fitted) <= 100 + 1e-6


def test_the_height_limits_size_and_lines() -> None:
    fitted = fit_text("Kelurahan Lengkong Gudang Timur", REGULAR, 20, 5, 400, 10, 2)
    assert fitted.height <= 10 + 1e-6
    assert fitted.lines == ("Kelurahan Lengkong Gudang Timur",)
    squeezed = fit_text("Satu dua tiga empat lima enam tujuh", REGULAR, 8, 8, 60, 9, 3)
    assert len(squeezed.lines) == 1  # a second line at 8 pt does not fit in 9 pt of height
    assert squeezed.truncated


def test_whitespace_collapses_and_a_no_break_space_binds() -> None:
    fitted = fit_text("Siti\n\tAminah   binti  Abdullah", REGULAR, 8, 8, 500, 20)
    assert fitted.lines == ("Siti Aminah binti Abdullah",)
    bound = "(021)\u00a07490000"
    phone = fit_text(f"telp. {bound}", REGULAR, 8, 8, stringWidth(bound, REGULAR, 8) + 5, 30, 3)
    assert phone.lines == ("telp.", "(021)\u00a07490000")
    empty = fit_text("   ", REGULAR, 8, 6, 100, 20)
    assert empty.lines == ()
    assert empty.height == 0


def test_without_a_condensed_face_the_face_shrinks_to_the_minimum() -> None:
    text = "Muhammad Rizky Ramadhan Saputra"
    width = stringWidth(text, REGULAR, 8) * 0.8
    fitted = fit_text(text, REGULAR, 8, 6, width, 20)
    assert fitted.font == REGULAR
    assert fitted.size == pytest.approx(6.4)


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(
        st.text(alphabet="aAiIlmMwW<>&'\" 0123456789.-", min_size=1, max_size=18), min_size=1, max_size=25
    ),
    width=st.floats(min_value=30, max_value=300),
    max_lines=st.integers(min_value=1, max_value=3),
    extra_height=st.floats(min_value=0, max_value=40),
)
def test_whatever_the_text_it_never_leaves_its_box(
    words: list[str], width: float, max_lines: int, extra_height: float
) -> None:
    text = " ".join(words)
    height = 7.0 + extra_height  # at least one line at the minimum size
    fitted = fit_text(text, REGULAR, 9, 6, width, height, max_lines, narrow_font=CONDENSED)
    if not text.split():
        assert fitted.lines == ()
        return
    assert 6 <= fitted.size <= 9
    assert 1 <= len(fitted.lines) <= max_lines
    assert widest(fitted) <= width + 1e-6
    assert fitted.height <= height + 1e-6
    if not fitted.truncated:
        assert "".join(fitted.lines).replace(" ", "") == text.replace(" ", "")


def test_a_block_is_set_at_one_size_and_prefers_fewer_lines() -> None:
    paragraphs = [
        ("Kartu ini adalah tanda penerima manfaat program perlindungan sosial.", REGULAR),
        ("Kartu ini bukan alat pembayaran dan tidak boleh dipindahtangankan.", BOLD),
    ]
    width = stringWidth(paragraphs[1][0], BOLD, 6.3)
    block = fit_block(paragraphs, 6.8, 5.5, width, 100)
    assert len({item.size for item in block}) == 1
    assert [len(item.lines) for item in block] == [1, 1]  # 6.3 pt on two lines beats 6.8 pt on four
    assert block[0].size == pytest.approx(6.3)
    tight = fit_block(paragraphs, 6.8, 5.5, width, block[0].height + block[1].height - 0.5, gap=0)
    assert sum(item.height for item in tight) <= block[0].height + block[1].height - 0.5


def test_draw_fitted_puts_the_ascent_at_the_top_and_centres(tmp_path: Path) -> None:
    path = tmp_path / "fitted.pdf"
    canvas = PrintCanvas(str(path), pagesize=(300, 200))
    text = canvas.beginText()
    fitted = fit_text("Tengah", REGULAR, 10, 10, 200, 20)
    draw_fitted(text, fitted, 50, 150, width=200, align="center")
    canvas.drawText(text)
    canvas.save()
    (word,) = words(path)
    assert (word.x0 + word.x1) / 2 == pytest.approx(150, abs=0.2)
    assert word.top == pytest.approx(200 - 150, abs=0.5)
