"""Kit, internship and follow-ups on the command line: a receipt number from the register, the brand's logo
kept with the data, follow-ups once per month and due lists; refusals change nothing."""

import struct
import subprocess
import zlib
from datetime import date
from pathlib import Path

import pytest

from tangsel_desktop.services.actor import SYSTEM_ACTOR
from tangsel_desktop.services.training.aftercare_service import TrainingAftercare
from tests.cli.conftest import set_up_office
from tests.cli.test_cli import Cli
from tests.cli.test_cli_training import _rows, make_batch
from tests.services.training_fixtures import ANI, DEWI, SITI, build_residents
from tests.store_files import open_office


def _png(path: Path) -> Path:
    """A real 1x1 PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    body = zlib.compress(b"\x00\xff\x80\x00")
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )
    return path


@pytest.fixture
def batch_office(cli: Cli) -> tuple[Cli, str]:
    office = set_up_office(cli, build_residents)
    batch = make_batch(office, quota="3", start="2026-05-04", end="2026-05-06")
    for nik in (SITI, ANI):
        assert office("training", "enroll", "--batch", batch, "--nik", nik, user="budi")[0] == 0
        assert office("training", "select", "--batch", batch, "--nik", nik, user="sri")[0] == 0
    assert office("training", "enroll", "--batch", batch, "--nik", DEWI, user="budi")[0] == 0
    return office, batch


def test_kit_with_receipt_and_logo_once(batch_office: tuple[Cli, str], tmp_path: Path) -> None:
    office, batch = batch_office
    logo = _png(tmp_path / "logo.png")
    words = (
        "training",
        "kit",
        "--batch",
        batch,
        "--nik",
        SITI,
        "--item",
        "Oven listrik",
        "--item",
        "Mixer",
        "--brand",
        "Kue Bu Siti",
        "--logo",
        str(logo),
    )
    code, payload = office(*words, user="budi")
    assert code == 1
    assert "Operator" in payload["error"]
    code, payload = office(*words, user="sri")
    assert code == 0, payload
    assert payload["items"] == ["Oven listrik", "Mixer"]
    assert payload["logo"] is True
    receipt = payload["receipt"]
    assert _rows(
        office, "SELECT kind, status, number FROM document_register WHERE number = '" + receipt + "'"
    ) == [("receipt", "printed", receipt)]
    assert _rows(office, "SELECT brand_name, logo FROM training_kit") == [("Kue Bu Siti", logo.read_bytes())]
    code, payload = office(*words, user="sri")
    assert code == 1
    assert "sudah dicatat" in payload["error"]
    text_file = tmp_path / "logo.txt"
    text_file.write_text("bukan gambar")
    code, payload = office(
        "training",
        "kit",
        "--batch",
        batch,
        "--nik",
        ANI,
        "--item",
        "Oven",
        "--logo",
        str(text_file),
        user="sri",
    )
    assert code == 1
    assert "PNG atau JPEG" in payload["error"]
    code, payload = office("training", "kit", "--batch", batch, "--nik", DEWI, "--item", "Oven", user="sri")
    assert code == 1
    assert "bukan peserta terpilih" in payload["error"]
    assert _rows(office, "SELECT count(*) FROM training_kit") == [(1,)]
    assert _rows(office, "SELECT count(*) FROM document_register") == [(1,)]
    assert office("training", "status", "--batch", batch, user="budi")[1]["kits"] == 1
    # The person page's section: the training, the kit and the logo as stored.
    ((person_id,),) = _rows(office, f"SELECT id FROM person WHERE nik = '{SITI}'")
    services = open_office(str(office.data_dir))
    try:
        (history,) = services.training_history.of_person(actor=SYSTEM_ACTOR, person_id=str(person_id))
    finally:
        services.database.dispose()
    assert history.training_name == "Pelatihan Membuat Kue"
    assert history.kit_items == ("Oven listrik", "Mixer")
    assert history.brand_name == "Kue Bu Siti"
    assert history.logo == logo.read_bytes()
    assert history.status.value == "selected"


def test_internship_and_follow_ups(batch_office: tuple[Cli, str]) -> None:
    office, batch = batch_office
    code, payload = office(
        "training",
        "internship",
        "--batch",
        batch,
        "--nik",
        SITI,
        "--host",
        "Toko Roti Sawah",
        "--start",
        "2026-05-11",
        "--end",
        "2026-06-11",
        "--supervisor",
        "Pak Harun",
        user="sri",
    )
    assert code == 0, payload
    code, payload = office(
        "training",
        "internship",
        "--batch",
        batch,
        "--nik",
        SITI,
        "--host",
        "Toko Roti Sawah",
        "--start",
        "2026-05-11",
        "--completed",
        "2026-06-10",
        user="sri",
    )
    assert code == 0
    assert payload["completed"] == "2026-06-10"
    code, payload = office(
        "training",
        "internship",
        "--batch",
        batch,
        "--nik",
        ANI,
        "--host",
        "Toko",
        "--start",
        "2026-04-01",
        user="sri",
    )
    assert code == 1
    assert "sebelum angkatan dimulai" in payload["error"]
    assert _rows(office, "SELECT host, completed_on FROM training_internship") == [
        ("Toko Roti Sawah", "2026-06-10")
    ]
    assert office("training", "status", "--batch", batch, user="budi")[1]["interns"] == 1

    words = (
        "training",
        "follow-up",
        "--batch",
        batch,
        "--nik",
        SITI,
        "--month",
        "3",
        "--working",
        "yes",
        "--own-business",
        "yes",
        "--income-band",
        "1-3 juta",
    )
    code, payload = office(*words, user="budi")
    assert code == 0, payload
    assert payload["working"] is True
    code, payload = office(*words, user="budi")
    assert code == 1
    assert "sudah dicatat" in payload["error"]
    code, payload = office(
        "training",
        "follow-up",
        "--batch",
        batch,
        "--nik",
        ANI,
        "--month",
        "4",
        "--working",
        "no",
        user="budi",
    )
    assert code == 1
    assert "ke-3 atau ke-6" in payload["error"]
    assert _rows(office, "SELECT month, working, own_business, income_band FROM training_follow_up") == [
        (3, 1, 1, "1-3 juta")
    ]

    services = open_office(str(office.data_dir))
    try:
        early = TrainingAftercare(services.database, services.office, today=lambda: date(2026, 8, 10))
        due = early.follow_ups_due(actor=SYSTEM_ACTOR)
        assert [(d.nik, d.month, d.due_on) for d in due] == [(ANI, 3, date(2026, 8, 6))]
        late = TrainingAftercare(services.database, services.office, today=lambda: date(2026, 12, 3))
        due = late.follow_ups_due(actor=SYSTEM_ACTOR)
        assert [(d.nik, d.month) for d in due] == [(ANI, 3), (ANI, 6), (SITI, 6)]
        with pytest.raises(Exception, match="belum waktunya"):
            early.follow_up(actor=SYSTEM_ACTOR, batch_id=batch, nik=ANI, month=6, working=False)
    finally:
        services.database.dispose()


def test_kit_receipts_original_then_salinan(batch_office: tuple[Cli, str], tmp_path: Path) -> None:
    office, batch = batch_office
    target = tmp_path / "terima.pdf"
    code, payload = office("training", "kit-receipts", "--batch", batch, str(target), user="sri")
    assert code == 1
    assert "Belum ada paket usaha" in payload["error"]
    code, payload = office(
        "training",
        "kit",
        "--batch",
        batch,
        "--nik",
        SITI,
        "--item",
        "Oven listrik",
        "--item",
        "Stiker merek,100,lembar",
        user="sri",
    )
    receipt = payload["receipt"]
    code, payload = office("training", "kit-receipts", "--batch", batch, str(target), user="sri")
    assert code == 0, payload
    assert payload["numbers"] == [receipt]
    text = " ".join(
        subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout.split()
    )
    assert receipt in text
    assert "Siti Aminah" in text
    assert "Stiker merek" in text
    assert "SALINAN" not in text
    again = tmp_path / "terima-2.pdf"
    code, payload = office(
        "training", "kit-receipts", "--batch", batch, str(again), "--nik", SITI, user="sri"
    )
    assert code == 0, payload
    assert payload["numbers"] == [receipt]
    assert "SALINAN" in subprocess.run(["pdftotext", str(again), "-"], capture_output=True, text=True).stdout
    assert _rows(office, "SELECT number, is_copy, status FROM document_register ORDER BY id") == [
        (receipt, 0, "printed"),
        (receipt, 1, "printed"),
    ]
