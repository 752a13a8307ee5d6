"""Fit a string into a box: shrink, then a narrower face, then wrap, and only at last cut with an ellipsis."""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.textobject import PDFTextObject

from tangsel_desktop.documents.fonts import register_fonts

ELLIPSIS = "…"
NO_BREAK_SPACE = "\u00a0"
_WORDS = re.compile(r"[^\s\u00a0]+(?:\u00a0+[^\s\u00a0]+)*")  # a no-break space binds its neighbours
Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class FittedText:
    """Lines to draw at one size in one face; truncated says the ellipsis had to cut the text."""

    lines: tuple[str, ...]
    size: float
    font: str
    leading: float  # baseline to baseline, in points
    truncated: bool = False

    @property
    def height(self) -> float:
        """From the top of the first line's ascent to the bottom of the last line's descent."""
        if not self.lines:
            return 0.0
        return _block_height(self.font, self.size, len(self.lines), self.leading / self.size)


@cache
def _vertical_metrics(font: str) -> tuple[float, float]:
    """Ascent and descent (negative) per point of size, as the PDF's font descriptor states them."""
    register_fonts()
    up, down = pdfmetrics.getAscentDescent(font, 1.0)
    return float(up), float(down)


def ascent(font: str, size: float) -> float:
    return _vertical_metrics(font)[0] * size


def _block_height(font: str, size: float, line_count: int, leading_ratio: float) -> float:
    up, down = _vertical_metrics(font)
    return size * (up - down) + (line_count - 1) * size * leading_ratio


def _unit_width(text: str, font: str) -> float:
    return float(pdfmetrics.stringWidth(text, font, 1.0))


def _wrap(words: tuple[str, ...], font: str, width: float, *, break_words: bool) -> list[str] | None:
    """Greedy wrap at word boundaries, width in 1-pt units; None when a word alone is too wide."""
    space = _unit_width(" ", font)
    lines: list[str] = []
    current: list[str] = []
    current_width = 0.0
    for word in words:
        word_width = _unit_width(word, font)
        if word_width > width:
            if not break_words:
                return None
            if current:
                lines.append(" ".join(current))
                current, current_width = [], 0.0
            pieces = _split_word(word, font, width)
            lines.extend(pieces[:-1])
            current, current_width = [pieces[-1]], _unit_width(pieces[-1], font)
            continue
        needed = word_width if not current else current_width + space + word_width
        if current and needed > width:
            lines.append(" ".join(current))
            current, current_width = [word], word_width
        else:
            current.append(word)
            current_width = needed
    if current:
        lines.append(" ".join(current))
    return lines


def _split_word(word: str, font: str, width: float) -> list[str]:
    """A word wider than the line (a long code, a name typed without spaces) broken between characters."""
    pieces: list[str] = []
    start = 0
    for end in range(1, len(word) + 1):
        if end - start > 1 and _unit_width(word[start:end], font) > width:
            pieces.append(word[start : end - 1])
            start = end - 1
    pieces.append(word[start:])
    return pieces


def _largest_size(
    words: tuple[str, ...], font: str, line_count: int, low: float, high: float, width: float
) -> tuple[float, list[str]] | None:
    """The largest size in [low, high] at which the words wrap into line_count lines, or None."""
    if high < low:
        return None
    if line_count == 1:
        size = min(high, width / max(_unit_width(" ".join(words), font), 1e-9))
        return (size, [" ".join(words)]) if size >= low else None

    def lines_at(size: float) -> list[str] | None:
        lines = _wrap(words, font, width / size, break_words=False)
        return lines if lines is not None and len(lines) <= line_count else None

    best = lines_at(high)
    if best is not None:
        return high, best
    fitting = lines_at(low)
    if fitting is None:
        return None
    # Wrapping is monotone in size: a bisection of a dozen steps lands within 0.01 pt.
    for _ in range(12):
        middle = (low + high) / 2
        lines = lines_at(middle)
        if lines is None:
            high = middle
        else:
            low, fitting = middle, lines
    return low, fitting


def _cut_with_ellipsis(lines: list[str], font: str, size: float, width: float, line_count: int) -> list[str]:
    kept = lines[:line_count]
    last = " ".join([kept[-1], *lines[line_count:]])
    while last and pdfmetrics.stringWidth(last.rstrip() + ELLIPSIS, font, size) > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + ELLIPSIS
    return kept


@lru_cache(maxsize=4096)
def fit_text(
    text: str,
    font: str,
    max_size: float,
    min_size: float,
    width: float,
    height: float,
    max_lines: int = 1,
    *,
    narrow_font: str | None = None,
    narrow_below: float = 0.9,
    leading_ratio: float = 1.15,
) -> FittedText:
    """Fit text into width x height points.

    Order of preference, for one line and then for each further line allowed: the face at max_size or
    shrunk down to narrow_below x max_size; then narrow_font (a condensed face) down to min_size; when no
    narrow_font is given, the face itself down to min_size. Only when max_lines lines at min_size cannot
    hold the text are over-long words broken and, as the very last resort, the last line cut with "…".
    Whitespace (tabs, line breaks typed into a name) collapses to single spaces; a no-break space
    keeps its neighbours on one line ("(021)\u00a07490000").
    """
    register_fonts()
    words = tuple(_WORDS.findall(text))
    if not words:
        return FittedText((), max_size, font, max_size * leading_ratio)
    faces: list[tuple[str, float]] = []
    if narrow_font is None:
        faces.append((font, min_size))
    else:
        faces += [(font, max(min_size, narrow_below * max_size)), (narrow_font, min_size)]
    for line_count in range(1, max_lines + 1):
        for face, floor in faces:
            ceiling = _size_for_height(face, line_count, height, leading_ratio, max_size)
            found = _largest_size(words, face, line_count, floor, ceiling, width)
            if found is not None:
                size, lines = found
                return FittedText(tuple(lines), size, face, size * leading_ratio)
    return _last_resort(words, narrow_font or font, min_size, width, height, max_lines, leading_ratio)


def _size_for_height(
    font: str, line_count: int, height: float, leading_ratio: float, max_size: float
) -> float:
    return min(max_size, height / _block_height(font, 1.0, line_count, leading_ratio))


def _last_resort(
    words: tuple[str, ...],
    font: str,
    size: float,
    width: float,
    height: float,
    max_lines: int,
    leading_ratio: float,
) -> FittedText:
    line_count = max_lines
    while line_count > 1 and _block_height(font, size, line_count, leading_ratio) > height:
        line_count -= 1
    lines = _wrap(words, font, width / size, break_words=True) or [""]
    truncated = len(lines) > line_count
    if truncated:
        lines = _cut_with_ellipsis(lines, font, size, width, line_count)
    return FittedText(tuple(lines), size, font, size * leading_ratio, truncated)


def fit_block(
    paragraphs: Sequence[tuple[str, str]],
    max_size: float,
    min_size: float,
    width: float,
    height: float,
    *,
    gap: float = 0.0,
    max_lines: int = 4,
    step: float = 0.1,
    save_lines_below: float = 0.9,
) -> tuple[FittedText, ...]:
    """(text, font) paragraphs wrapped at one common size: body text reads better at one size.

    The largest size at which all of them, gap points apart, fit the height; but when type up to a
    tenth smaller (save_lines_below) needs fewer lines, that smaller size wins: a sentence on one line
    reads better than a slightly larger one that leaves a word alone on the next.
    """

    def at(size: float) -> tuple[FittedText, ...]:
        return tuple(fit_text(text, font, size, size, width, height, max_lines) for text, font in paragraphs)

    def fits(block: tuple[FittedText, ...]) -> bool:
        total = sum(item.height for item in block) + gap * (len(block) - 1)
        return total <= height and not any(item.truncated for item in block)

    sizes = [max_size - index * step for index in range(int((max_size - min_size) / step + 1e-9) + 1)]
    blocks = [(size, at(size)) for size in sizes]
    fitting = [(size, block) for size, block in blocks if fits(block)]
    if not fitting:
        return blocks[-1][1]
    largest = fitting[0][0]
    candidates = [(size, block) for size, block in fitting if size >= largest * save_lines_below - 1e-9]
    fewest = min(sum(len(item.lines) for item in block) for _, block in candidates)
    return next(block for _, block in candidates if sum(len(item.lines) for item in block) == fewest)


def draw_fitted(
    text_object: PDFTextObject,
    fitted: FittedText,
    x: float,
    top: float,
    *,
    width: float = 0.0,
    align: Align = "left",
) -> None:
    """Add the lines to a text object, the first line's ascent touching top; width is needed to centre
    or right-align."""
    text_object.setFont(fitted.font, fitted.size)
    baseline = top - ascent(fitted.font, fitted.size)
    for line in fitted.lines:
        offset = 0.0
        if align != "left":
            spare = width - pdfmetrics.stringWidth(line, fitted.font, fitted.size)
            offset = spare / 2 if align == "center" else spare
        text_object.setTextOrigin(x + offset, baseline)
        text_object.textOut(line)
        baseline -= fitted.leading


@lru_cache(maxsize=8192)
def wrap_lines(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """text wrapped at one size into lines no wider than width: at spaces, and inside a word only when
    the word alone is wider; typed line breaks stay, other whitespace collapses to one space."""
    register_fonts()
    lines: list[str] = []
    for typed in text.replace("\r\n", "\n").split("\n"):
        words = tuple(_WORDS.findall(typed))
        lines.extend(_wrap(words, font, width / size, break_words=True) or [""])
    return tuple(lines)
