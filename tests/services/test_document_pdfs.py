"""Cards through the real renderer: the PDF reads back the numbers, SALINAN on reprints, the QR code scans."""

import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.demo.demo_service import DemoService
from tangsel_desktop.services.service_set import Services


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def people(services: Services, admin: Actor) -> list[str]:
    DemoService(services.database, services.office).fill(actor=admin, people=12, seed=3)
    return [row.id for row in services.documents.people_for_cards(actor=admin)]


def test_printed_cards_carry_their_numbers_and_a_qr_code_that_verifies(
    services: Services, supervisor: Actor, people: list[str], tmp_path: Path
) -> None:
    result, _ = services.documents.print_cards(
        actor=supervisor, person_ids=people, target=tmp_path / "kartu.pdf"
    )
    assert (result.documents, result.pages) == (12, 4)
    text = pdf_text(tmp_path / "kartu.pdf")
    assert all(number in text for number in result.numbers)
    assert "SALINAN" not in text
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "300",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            str(tmp_path / "kartu.pdf"),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    (page,) = tmp_path.glob("p*.png")
    with Image.open(page) as image:
        scanned = sorted(code.text for code in zxingcpp.read_barcodes(image))
    assert len(scanned) == 10  # the first sheet's ten fronts
    checks = [services.documents.verify(payload=payload) for payload in scanned]
    assert all(check.valid for check in checks), [check.reason for check in checks]
    assert {check.number for check in checks} <= set(result.numbers)
    assert {check.person_id for check in checks} <= set(people)


def test_a_reprint_says_salinan_under_the_original_number(
    services: Services, supervisor: Actor, people: list[str], tmp_path: Path
) -> None:
    services.documents.print_cards(actor=supervisor, person_ids=people[:2], target=tmp_path / "kartu.pdf")
    original = services.documents.list_documents(actor=supervisor)[0]
    result, _ = services.documents.reprint(
        actor=supervisor,
        document_ids=[original.id],
        reason="kartu hilang",
        target=tmp_path / "s.pdf",
        layout="cr80",
    )
    text = pdf_text(tmp_path / "s.pdf")
    assert "SALINAN" in text
    assert original.number in text
    assert result.numbers == (original.number,)
    copy = services.documents.list_documents(actor=supervisor, limit=1)[0]
    assert (copy.is_copy, copy.reason, copy.original_id) == (True, "kartu hilang", original.id)


def test_a_cancelled_print_leaves_no_pdf_and_voids_its_numbers(
    services: Services, supervisor: Actor, people: list[str], tmp_path: Path
) -> None:
    asked = {"n": 0}

    def cancelled() -> bool:
        asked["n"] += 1
        return asked["n"] > 2

    result, _ = services.documents.print_cards(
        actor=supervisor, person_ids=people, target=tmp_path / "kartu.pdf", cancelled=cancelled
    )
    assert result.cancelled
    assert not (tmp_path / "kartu.pdf").exists()
    entries = services.documents.list_documents(actor=supervisor)
    assert [(e.status, e.reason) for e in entries] == [("void", "dibatalkan")] * 12
