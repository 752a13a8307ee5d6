"""Where produced PDFs go: the office's data folder, under cetak/, with the date and time in the name."""

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from tangsel_desktop.domain.errors import UserError

PRINT_FOLDER = "cetak"

# Called from worker threads too: QCoreApplication.translate is thread-safe.
translate = QCoreApplication.translate


def dated_target(root: Path, prefix: str, now: datetime | None = None) -> Path:
    """root/cetak/<prefix>-2025-09-23-140512.pdf, with -2, -3... if that name is taken already.

    A new file per run: a PDF still open in a viewer (Windows locks it) is never overwritten, and
    every printed batch stays on file beside the register.
    """
    stamp = (now or datetime.now()).strftime("%Y-%m-%d-%H%M%S")
    folder = root / PRINT_FOLDER
    candidate = folder / f"{prefix}-{stamp}.pdf"
    number = 2
    while candidate.exists():
        candidate = folder / f"{prefix}-{stamp}-{number}.pdf"
        number += 1
    return candidate


def numbers_text(numbers: Sequence[str]) -> str:
    """A few numbers in full; many as the first and last, which is how clerks find a batch."""
    if len(numbers) <= 3:
        return ", ".join(numbers) or "-"
    return f"{numbers[0]} … {numbers[-1]}"


def ensure_folder(target: Path) -> None:
    """Make the target's folder; a folder that cannot be made is the clerk's to fix, not a bug."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise UserError(
            translate(
                "PrintFiles",
                "The folder {folder} could not be made ({reason}). Check that the data folder is not "
                "full or locked and that no file there has the same name.",
            ).format(folder=str(target.parent), reason=error.strerror or str(error))
        ) from None
