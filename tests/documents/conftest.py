"""Reading PDFs back with real tools: qpdf checks them, poppler reads text and boxes, zbar reads QR codes."""

import re
import subprocess
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

MM = 72 / 25.4
A4_PORTRAIT = (595.28, 841.89)
A4_LANDSCAPE = (841.89, 595.28)


def run(*command: str | Path) -> str:
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"{command[0]} failed: {result.stdout}{result.stderr}"
    return result.stdout


def check_pdf(path: Path) -> None:
    """qpdf finds no damage, and the file prints at 100 % with only our embedded faces."""
    output = run("qpdf", "--check", path)
    assert "No syntax or stream encoding errors" in output, output
    assert "WARNING" not in output, output
    assert "/PrintScaling /None" in uncompressed(path)
    for line in run("pdffonts", path).splitlines()[2:]:
        assert "DejaVu" in line, line  # never Helvetica or another base-14 face
        assert re.search(r"\byes\s+yes\s+yes\b", line), f"not embedded as a subset with Unicode: {line}"


def uncompressed(path: Path) -> str:
    """The whole file with streams decompressed, to look at drawing operators."""
    result = subprocess.run(
        ["qpdf", "--qdf", "--object-streams=disable", str(path), "-"], capture_output=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.decode("latin-1")


def page_sizes(path: Path) -> list[tuple[float, float]]:
    output = run("pdfinfo", "-f", "1", "-l", "9999", path)
    found = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", output, flags=re.MULTILINE)
    return [(float(width), float(height)) for width, height in found]


def assert_page_size(path: Path, size: tuple[float, float]) -> None:
    sizes = page_sizes(path)
    assert sizes
    for width, height in sizes:
        assert abs(width - size[0]) < 0.5, (width, height)
        assert abs(height - size[1]) < 0.5, (width, height)


def page_texts(path: Path, *, layout: bool = False) -> list[str]:
    """The text of each page, in reading order (or laid out as on paper)."""
    output = run("pdftotext", *(["-layout"] if layout else []), "-enc", "UTF-8", path, "-")
    pages = output.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def flat(text: str) -> str:
    """Whitespace collapsed: a wrapped line reads the same as the one it came from."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Word:
    page: int  # from 1
    text: str
    x0: float  # points, from the left edge
    top: float  # points, from the top edge
    x1: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def inside(self, left: float, top: float, right: float, bottom: float, slack: float = 0.5) -> bool:
        return (
            self.x0 >= left - slack
            and self.x1 <= right + slack
            and self.top >= top - slack
            and self.bottom <= bottom + slack
        )


def words(path: Path) -> list[Word]:
    """Every word with its box, from pdftotext -bbox (XHTML)."""
    output = run("pdftotext", "-bbox", "-enc", "UTF-8", path, "-")
    root = ElementTree.fromstring(output)  # noqa: S314 - poppler's output for our own file
    found: list[Word] = []
    pages = [element for element in root.iter() if element.tag.endswith("page")]
    for number, page in enumerate(pages, start=1):
        for element in page:
            if element.tag.endswith("word"):
                found.append(
                    Word(
                        page=number,
                        text=element.text or "",
                        x0=float(element.attrib["xMin"]),
                        top=float(element.attrib["yMin"]),
                        x1=float(element.attrib["xMax"]),
                        bottom=float(element.attrib["yMax"]),
                    )
                )
    return found


def decode_qr(path: Path, tmp_path: Path, page: int = 1, dpi: int = 300) -> list[str]:
    """The QR codes zbarimg reads from a page rendered as a printer would see it."""
    prefix = tmp_path / f"qr-page-{page}"
    run("pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile", path, prefix)
    result = subprocess.run(
        ["zbarimg", "--raw", "-q", f"{prefix}.png"], capture_output=True, text=True, check=False
    )
    return result.stdout.splitlines()


def image_count(path: Path) -> int:
    """Embedded images: a '<img src=...>' typed into a field must never become one."""
    return len(run("pdfimages", "-list", path).splitlines()[2:])


def font_sizes(path: Path) -> set[float]:
    """Every size set with Tf in the page content."""
    return {float(size) for size in re.findall(r"/F[\w+]+ ([\d.]+) Tf", uncompressed(path))}
