"""Issue 9, finding 2: a signed document is valid only while this office's register holds its number issued.

A good signature is not enough: a number voided afterwards, a number never issued (a payload signed with a
copied key), or another office's document whose register is not here must not verify as "Sah".
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.domain.errors import PermissionDenied, UserError
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.demo.demo_service import DemoService
from tangsel_desktop.services.documents.document_payload import (
    DocumentKind,
    PayloadFields,
    format_key_line,
    sign_payload,
)
from tangsel_desktop.services.documents.office_keys import signing_key
from tangsel_desktop.services.service_set import Services
from tests.conftest import OFFICE_CODE, PASSWORD

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def printed(services: Services, admin: Actor, supervisor: Actor, tmp_path: Path) -> list[str]:
    """Three cards printed through the real renderer; their payloads, as the QR codes carry them."""
    DemoService(services.database, services.office).fill(actor=admin, people=3, seed=5)
    people = [row.id for row in services.documents.people_for_cards(actor=supervisor)]
    services.documents.print_cards(actor=supervisor, person_ids=people, target=tmp_path / "kartu.pdf")
    with services.database.read() as tx:
        rows = tx.connection.exec_driver_sql("SELECT payload FROM document_register ORDER BY id").all()
    return [row[0] for row in rows]


def test_an_issued_number_is_valid_and_says_so(services: Services, printed: list[str]) -> None:
    """Finding 2: verification at the issuing office reports the register's answer, "issued"."""
    check = services.documents.verify(payload=printed[0])
    assert (check.valid, check.signature_valid, check.register) == (True, True, "issued"), check.reason
    assert check.as_json()["register"] == "issued"


def test_a_voided_number_no_longer_verifies(
    services: Services, supervisor: Actor, printed: list[str]
) -> None:
    """Finding 2: a number voided after printing scanned "Sah"; it must say void, and not valid."""
    number = services.documents.verify(payload=printed[1]).number
    assert services.documents.void(actor=supervisor, number=number, reason="kartu ditarik") == [number]
    check = services.documents.verify(payload=printed[1])
    assert (check.valid, check.signature_valid, check.register) == (False, True, "void")
    assert "DIBATALKAN" in check.reason
    assert "kartu ditarik" in check.reason
    assert services.documents.verify(payload=printed[0]).valid  # the others stay issued
    entry = next(e for e in services.documents.list_documents(actor=supervisor) if e.number == number)
    assert (entry.status, entry.reason) == ("void", "kartu ditarik")
    with services.database.read() as tx:
        (after,) = tx.connection.exec_driver_sql(
            "SELECT after_json FROM audit_log WHERE action = 'void' AND entity_id = ?", (number,)
        ).one()
    assert "kartu ditarik" in after


def test_a_number_never_issued_is_not_valid_even_with_the_offices_own_key(
    services: Services, supervisor: Actor, printed: list[str]
) -> None:
    """Finding 2: with the key copied out of a store, a card numbered 999999 for an all-zero person
    verified "Sah"; the register says never issued."""
    with services.database.write(supervisor) as tx:
        key = signing_key(tx, office_code=OFFICE_CODE)
    forged_number = f"KPM/{OFFICE_CODE}/2026/999999"
    forged = sign_payload(PayloadFields(DocumentKind.CARD, OFFICE_CODE, forged_number, "0" * 32), key)
    check = services.documents.verify(payload=forged)
    assert (check.valid, check.signature_valid, check.register) == (False, True, "not_issued")
    assert "TIDAK PERNAH" in check.reason
    # A real number under another person: signed by the same key, yet not the document registered.
    real = services.documents.verify(payload=printed[0]).number
    swapped = sign_payload(PayloadFields(DocumentKind.CARD, OFFICE_CODE, real, "f" * 32), key)
    assert services.documents.verify(payload=swapped).register == "not_issued"


def test_voiding_needs_a_supervisor_a_reason_and_a_printed_number(
    services: Services, operator: Actor, supervisor: Actor, printed: list[str]
) -> None:
    """Finding 2: the command line's twin of voiding refuses what it cannot do, in Indonesian."""
    number = services.documents.verify(payload=printed[2]).number
    with pytest.raises(PermissionDenied):
        services.documents.void(actor=operator, number=number, reason="x")
    with pytest.raises(UserError, match="alasan"):
        services.documents.void(actor=supervisor, number=number, reason="  ")
    with pytest.raises(UserError, match="tidak ada di register"):
        services.documents.void(actor=supervisor, number=f"KPM/{OFFICE_CODE}/2026/777777", reason="x")
    services.documents.void(actor=supervisor, number=number, reason="rusak")
    with pytest.raises(UserError, match="sudah dibatalkan"):
        services.documents.void(actor=supervisor, number=number, reason="rusak")


def _other_office(tmp_path: Path, name: str) -> tuple[str, Path]:
    """Kelurahan Rawa Buntu prints one card: (its payload, its public key file)."""
    other = open_services(DataPaths(tmp_path / name).ensure())
    try:
        other.office.set_up(
            office_code="Rawa Buntu", admin_username="lurah", admin_full_name="L", admin_password=PASSWORD
        )
        lurah = other.auth.login(username="lurah", password=PASSWORD)
        DemoService(other.database, other.office).fill(actor=lurah, people=1, seed=1)
        person = other.documents.people_for_cards(actor=lurah, limit=1)[0]
        other.documents.print_cards(actor=lurah, person_ids=[person.id], target=tmp_path / f"{name}.pdf")
        key_file = other.documents.export_public_key(actor=lurah, target=tmp_path / f"{name}.txt")
        with other.database.read() as tx:
            (payload,) = tx.connection.exec_driver_sql("SELECT payload FROM document_register").one()
    finally:
        other.database.dispose()
    return payload, key_file


def test_another_offices_document_is_signature_valid_with_its_register_unknown(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    """Finding 2: offline verification elsewhere says what it can and cannot know."""
    payload, key_file = _other_office(tmp_path, "rawabuntu")
    services.documents.keys.import_public_key(actor=admin, source=key_file)
    check = services.documents.verify(payload=payload)
    assert (check.valid, check.signature_valid, check.register) == (False, True, "unknown")
    assert "36.74.01.1002" in check.reason
    assert "tidak ada di sini" in check.reason


def test_a_second_key_for_a_trusted_office_is_refused_unless_replaced_with_a_reason(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    """Finding 2: a second key for an office already trusted was added silently; now refused, or an
    administrator's explicit, audited replacement."""
    payload, key_file = _other_office(tmp_path, "rawabuntu")
    services.documents.keys.import_public_key(actor=admin, source=key_file)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    stranger = Ed25519PrivateKey.generate()
    second = tmp_path / "kunci-kedua.txt"
    second.write_text(format_key_line("36.74.01.1002", stranger.public_key()), encoding="ascii")
    forged = sign_payload(
        PayloadFields(DocumentKind.CARD, "36.74.01.1002", "KPM/X/2026/000001", None), stranger
    )
    with pytest.raises(UserError, match="sudah punya kunci"):
        services.documents.keys.import_public_key(actor=admin, source=second)
    assert not services.documents.verify(payload=forged).signature_valid
    with pytest.raises(UserError, match="alasan"):
        services.documents.keys.import_public_key(actor=admin, source=second, replace=True)
    services.documents.keys.import_public_key(actor=admin, source=second, replace=True, reason="kunci bocor")
    assert services.documents.verify(payload=forged).signature_valid
    assert not services.documents.verify(payload=payload).signature_valid  # the old key is gone
    with services.database.read() as tx:
        (before, after) = tx.connection.exec_driver_sql(
            "SELECT before_json, after_json FROM audit_log WHERE action = 'replace_key'"
        ).one()
    assert "kunci bocor" in after
    assert "fingerprints" in before


CRASH_AFTER_PDF = """
import os, sys
from pathlib import Path
from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.documents.document_register import DocumentRegister

def crash(self, **options):
    os._exit(3)  # the PDF is whole, the process dies before the register says printed

DocumentRegister.finish = crash
services = open_services(DataPaths(Path(sys.argv[1])))
spv = services.auth.login(username="spv", password=sys.argv[2])
people = services.documents.people_for_cards(actor=spv, limit=4)
services.documents.print_cards(actor=spv, person_ids=[p.id for p in people], target=Path(sys.argv[3]))
"""


def test_a_card_pdf_whose_numbers_a_crash_voided_no_longer_scans_as_valid(
    services: Services, admin: Actor, supervisor: Actor, data_paths: DataPaths, tmp_path: Path
) -> None:
    """Finding 2: a crash after the PDF was written voids its numbers at the next start; the QR codes
    scanned off the rendered card (pdftoppm + zbarimg) must then say void, not "Sah"."""
    DemoService(services.database, services.office).fill(actor=admin, people=4, seed=2)
    pdf = tmp_path / "kartu.pdf"
    run = subprocess.run(
        [sys.executable, "-c", CRASH_AFTER_PDF, str(data_paths.root), PASSWORD, str(pdf)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=dict(os.environ),
    )
    assert run.returncode == 3, run.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    reopened = open_services(data_paths)  # the next start voids the cut-off job (terputus)
    try:
        subprocess.run(
            ["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")], check=True
        )
        (page,) = tmp_path.glob("p*.png")
        scan = subprocess.run(
            ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(page)],
            capture_output=True,
            text=True,
            check=True,
        )
        scanned = [line for line in scan.stdout.splitlines() if line.strip()]
        assert len(scanned) == 4
        checks = [reopened.documents.verify(payload=text) for text in scanned]
        assert all(c.signature_valid and not c.valid and c.register == "void" for c in checks), checks
        assert all("terputus" in c.reason for c in checks)
    finally:
        reopened.database.dispose()
