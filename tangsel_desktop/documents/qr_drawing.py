"""QR codes encoded by zxing-cpp and drawn as one vector path of run-length rectangles."""

import re
from functools import lru_cache

import zxingcpp
from reportlab.lib.colors import black, white
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white on every side, as ISO/IEC 18004 requires
# M restores 15 % of damaged codewords. A ~175-character signed payload then needs version 7 (45 x 45):
# at 20 mm with its quiet zone a module is 0.38 mm, 4.4 pixels at 300 dpi, which zbar and zxing both read.
# Q or H would push the payload to version 9-10 and shrink the modules below 4 pixels.
ERROR_CORRECTION = "M"
# Choosing among the eight masks by penalty score is 80 % of zxing-cpp's encoding time (0.47 ms of
# 0.56 ms per code, measured). Our payloads end in a hash and a signature, bytes that already look
# random, so no mask can create the large blocks or false finder patterns the score guards against;
# every code is still decoded by two readers in the tests. Mask 0 is the one the scoring picked most
# often for such payloads.
DATA_MASK = 0
_DARK_RUN = re.compile(rb"\x00+")  # zxing-cpp images: 0 is a dark module, 255 a light one


@lru_cache(maxsize=64)
def qr_matrix(payload: str) -> tuple[int, bytes]:
    """The symbol without its quiet zone: side in modules and row-major bytes, 0 for a dark module."""
    barcode = zxingcpp.create_barcode(
        payload, zxingcpp.BarcodeFormat.QRCode, ec_level=ERROR_CORRECTION, data_mask=DATA_MASK
    )
    image = barcode.to_image(scale=1, add_quiet_zones=False)
    side = int(image.shape[0])
    # The image exposes the buffer protocol (its stub does not say so): one copy, no numpy needed.
    return side, bytes(memoryview(image))  # type: ignore[arg-type]


class _RowPieces:
    """Operators for one 8-module stretch of one row, by its pattern.

    A stretch has 256 patterns, which recur from code to code, so after a few hundred cards most
    stretches are a dictionary hit instead of a regex scan and string formatting. Measured for 1,000
    codes: 0.29 s formatting every run, 0.05 s from the tables once warm (0.13 s for the first
    thousand). The tables stay bounded: 45 x 6 x 256 entries at most for a 45-module code, about
    23,000 (2 MB) after 1,000 cards.
    """

    chunk = 8

    def __init__(self, side: int) -> None:
        self.side = side
        self.slots: list[tuple[dict[bytes, str], int, int]] = [
            ({}, row * side + column, row * side + min(column + self.chunk, side))
            for row in range(side)
            for column in range(0, side, self.chunk)
        ]

    def operators(self, modules: bytes) -> str:
        pieces: list[str] = []
        append = pieces.append
        for table, start, end in self.slots:
            stretch = modules[start:end]
            piece = table.get(stretch)
            if piece is None:
                piece = table[stretch] = self._format(start, stretch)
            if piece:
                append(piece)
        return "\n".join(pieces)

    def _format(self, start: int, stretch: bytes) -> str:
        # A run crossing into the next stretch ends here and continues there: the two rectangles
        # abut inside one filled path, which paints them as one.
        row, column = divmod(start, self.side)
        return "\n".join(
            f"{column + run.start()} {row} {run.end() - run.start()} 1 re"
            for run in _DARK_RUN.finditer(stretch)
        )


_pieces_by_side: dict[int, _RowPieces] = {}


def qr_path_operators(side: int, modules: bytes) -> str:
    """PDF path operators, one 'x y w 1 re' per horizontal run of dark modules (split every 8 modules),
    in module units with y growing downwards (the caller's transform flips it)."""
    pieces = _pieces_by_side.get(side)
    if pieces is None:
        pieces = _pieces_by_side[side] = _RowPieces(side)
    return pieces.operators(modules)


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the code in the square of side size whose lower-left corner is (x, y), quiet zone included.

    The dark modules are one filled path. Built with ReportLab's path object (p.rect per run), every
    coordinate goes through its float formatter: 2.0 s per 1,000 codes here, 4 us a rectangle. The
    same 're' operators written in whole module units under one transform take 0.05 s and make a
    smaller file.
    """
    side, modules = qr_matrix(payload)
    module = size / (side + 2 * QUIET_ZONE)
    canvas.saveState()
    # Paint the quiet zone white: a card background or a photo edge must never creep into it.
    canvas.setFillColor(white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(black)
    canvas.transform(module, 0, 0, -module, x + QUIET_ZONE * module, y + size - QUIET_ZONE * module)
    canvas.addLiteral(qr_path_operators(side, modules) + "\nf")
    canvas.restoreState()
