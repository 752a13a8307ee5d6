# mypy: disable-error-code="no-untyped-call"
"""Issue 9, finding 2 in the window: Verifikasi says void, never issued, or ask the issuing office."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.documents.document_payload import DocumentKind, PayloadFields, sign_payload
from tangsel_desktop.services.documents.office_keys import signing_key
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.ui.printing.print_page import PrintPage
from tests.conftest import OFFICE_CODE
from tests.ui.printing.conftest import QT_OFFSCREEN_NOISE, OpenPage, payloads
from tests.ui.printing.test_verify_and_roles import scan

pytestmark = pytest.mark.qt_log_ignore(QT_OFFSCREEN_NOISE)


def test_a_voided_and_a_never_issued_number_show_not_valid_with_the_register_reason(
    qtbot: QtBot, open_page: OpenPage, services: Services, supervisor: Actor, demo_people: int, tmp_path: Path
) -> None:
    """Finding 2: the panel showed "SAH" for a void number and for a number signed but never issued."""
    people = services.documents.people_for_cards(actor=supervisor)[:1]
    services.documents.print_cards(actor=supervisor, person_ids=[people[0].id], target=tmp_path / "k.pdf")
    ((number, payload),) = payloads(services).items()
    services.documents.void(actor=supervisor, number=number, reason="kartu ditarik")
    page = open_page("spv")
    page.tabs.setCurrentIndex(PrintPage.VERIFY)
    panel = page.verify

    scan(qtbot, panel, payload)
    assert panel.result is not None
    assert panel.result.register == "void"
    assert panel.verdict_label.text() == (
        "✘ TIDAK SAH: tanda tangannya asli, tetapi nomor ini telah dibatalkan di kantor ini."
    )
    assert "kartu ditarik" in panel.reason_label.text()
    assert panel.number_label.text() == number
    assert "b3261e" in panel.verdict_label.styleSheet()  # red

    with services.database.write(supervisor) as tx:
        key = signing_key(tx, office_code=OFFICE_CODE)
    forged = sign_payload(
        PayloadFields(DocumentKind.CARD, OFFICE_CODE, f"KPM/{OFFICE_CODE}/2026/999999", "0" * 32), key
    )
    scan(qtbot, panel, forged)
    assert panel.result is not None
    assert panel.result.register == "not_issued"
    assert panel.verdict_label.text().startswith("✘ TIDAK SAH: tanda tangannya cocok")
    assert "TIDAK PERNAH" in panel.reason_label.text()
