"""Sembako per family: the Kepala Keluarga represents the family on the list and on the receipt."""

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.sembako.handover_service import Who
from tangsel_desktop.services.service_set import Services
from tests.conftest import make_draft
from tests.services.sembako_fixtures import Village, build_village, make_round

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
SARI_KK = "3674041203150011"
FATHER_NIK = "3674041203800021"


@pytest.fixture
def village(services: Services, operator: Actor) -> Village:
    return build_village(services, operator)


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def _set_relation(services: Services, operator: Actor, nik: str, relation: str) -> None:
    found = services.people.find_by_nik(actor=operator, nik=nik)
    assert found is not None
    draft = make_draft(
        nik=found.nik,
        full_name=found.full_name,
        sex=found.sex.value,
        birth_date=found.birth_date,
        kk_number=found.kk_number,
        rw=found.rw,
        family_relation=relation,
    )
    services.people.update(actor=operator, person_id=found.id, draft=draft)


def test_the_familys_receipt_names_the_kepala_keluarga_as_its_representative(
    services: Services, operator: Actor, supervisor: Actor, village: Village, tmp_path: Path
) -> None:
    # The father joins the Sari family and is its Kepala Keluarga on the KK; Sari is the wife.
    services.people.register(
        actor=operator,
        draft=make_draft(
            nik=FATHER_NIK,
            full_name="Hendra Kusuma",
            sex="L",
            birth_date="1980-03-12",
            kk_number=SARI_KK,
            family_relation="Kepala Keluarga",
        ),
    )
    _set_relation(services, operator, village.sari, "Istri")
    _set_relation(services, operator, village.sari_child, "Anak")
    view = make_round(services, supervisor)
    services.sembako_rounds.propose(actor=operator, round_id=view.id)
    listed = services.sembako_rounds.recipients(actor=operator, round_id=view.id)
    family = [line for line in listed if line.kk_number == SARI_KK]
    assert [(line.full_name, line.nik) for line in family] == [("Hendra Kusuma", FATHER_NIK)]

    services.sembako_rounds.approve(actor=supervisor, round_id=view.id)
    services.sembako_stock.receive(actor=supervisor, round_id=view.id, count=5, bast="BAST/DINSOS/07")
    services.sembako_handovers.hand_over(actor=operator, round_id=view.id, who=Who(nik=FATHER_NIK))
    services.sembako_handovers.hand_over(actor=operator, round_id=view.id, who=Who(nik=village.tb))
    services.sembako_documents.receipts(
        actor=operator, round_id=view.id, target=tmp_path / "tanda-terima.pdf"
    )

    words = " ".join(_text(tmp_path / "tanda-terima.pdf").split())
    assert "Nama penerima : Hendra Kusuma Kedudukan : Kepala Keluarga, mewakili keluarga" in words
    # The TB patient's family has no relation recorded: their receipt prints no Kedudukan line.
    assert words.count("Kedudukan") == 1


def test_the_list_prefers_the_kks_kepala_keluarga_over_the_recorded_head(
    services: Services, operator: Actor, supervisor: Actor, village: Village
) -> None:
    # A household whose recorded head is not the member the KK names (as data received from elsewhere
    # may be): the package still goes to the Kepala Keluarga.
    _set_relation(services, operator, village.sari_child, "Anak")
    with services.database.write(operator) as tx:
        tx.session.execute(
            text("UPDATE person SET family_relation = 'kepala_keluarga' WHERE nik = :nik"),
            {"nik": village.sari_child},
        )
    view = make_round(services, supervisor)
    services.sembako_rounds.propose(actor=operator, round_id=view.id)
    listed = services.sembako_rounds.recipients(actor=operator, round_id=view.id)
    family = [line for line in listed if line.kk_number == SARI_KK]
    assert [line.nik for line in family] == [village.sari_child]
