"""Writing a PDF: a canvas that prints at 100 %, and a target file replaced only once the PDF is whole."""

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from tangsel_desktop.documents.export_stamp import APPLICATION, current_stamp
from tangsel_desktop.documents.fonts import REGULAR, register_fonts

PdfTarget = Path | BinaryIO
T = TypeVar("T")

CREATOR = "Tangsel Desktop"


class PrintCanvas(Canvas):
    """A canvas whose PDF asks viewers not to "fit to page": boxes measured in mm must print in mm."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        register_fonts()
        kwargs["lang"] = kwargs.get("lang") or "id-ID"
        # ReportLab starts every canvas in Helvetica, which then sits in the PDF unembedded even if no
        # text uses it: start in our own embedded face instead.
        kwargs["initialFontName"] = REGULAR
        super().__init__(*args, **kwargs)
        self.setViewerPreference("PrintScaling", "None")
        self.setCreator(CREATOR)

    def save(self) -> None:
        # Last, so that it wins over what a document template set (its author is the office): the file
        # says who exported it and when (documents/export_stamp.py); ReportLab adds the creation date.
        stamp = current_stamp()
        if stamp is not None:
            self.setAuthor(stamp.author)
            self.setSubject(stamp.note)
            self.setCreator(APPLICATION)
        super().save()


def write_pdf(target: PdfTarget, render: Callable[[BinaryIO], T]) -> T:
    """Run render on a binary stream; a path is written through a temporary file beside it.

    The rename makes the swap atomic: a printer queue or a viewer never sees half a PDF, and a failed
    render leaves an earlier file of the same name untouched.
    """
    if not isinstance(target, str | os.PathLike):
        return render(target)
    path = Path(target)
    # mkstemp makes the file readable by its owner only; it stays so after the rename, which suits
    # documents full of NIKs (UU 27/2022) on a shared laptop.
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            result = render(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return result


@contextlib.contextmanager
def without_ascii85() -> Iterator[None]:
    """ReportLab wraps every compressed stream in ASCII85 by default, in pure Python: a fifth of the
    time of 1,000 cards with QR codes and a quarter larger files, for 7-bit mail transports nobody
    uses. The switch is global in ReportLab, so it is set only for the time of one render and put
    back; a document rendered meanwhile on another thread is still a valid PDF either way."""
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous
