"""Results and certificates on the command line: BNSP results, certificates issued once (SALINAN after),
refused with reasons for who attended too little, large print for the blind; real PDFs read back."""

import subprocess
from datetime import date
from pathlib import Path

import pytest

from tangsel_desktop.services.actor import SYSTEM_ACTOR
from tangsel_desktop.services.training.outcome_service import TrainingOutcomes
from tests.cli.conftest import set_up_office
from tests.cli.test_cli import Cli
from tests.cli.test_cli_training import _rows, make_batch
from tests.services.training_fixtures import ANI, JOKO, SITI, build_residents
from tests.store_files import open_office


@pytest.fixture
def village(cli: Cli) -> Cli:
    office = set_up_office(cli, build_residents)
    code, payload = office("documents", "office", "--head-name", "Hj. Siti Rahmah", user="ani")
    assert code == 0, payload
    return office


def _attend(office: Cli, batch: str, nik: str, days: list[str], status: str = "hadir") -> None:
    for day in days:
        code, payload = office(
            "training",
            "attend",
            "--batch",
            batch,
            "--date",
            day,
            "--nik",
            nik,
            "--status",
            status,
            user="budi",
        )
        assert code == 0, payload


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def _qr_codes(pdf: Path, folder: Path) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(folder / "page")], check=True)
    found: list[str] = []
    for page in sorted(folder.glob("page*.png")):
        run = subprocess.run(
            ["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True, check=False
        )
        found.extend(line for line in run.stdout.splitlines() if line)
        page.unlink()
    return found


def test_certificates_once_then_salinan_refused_for_too_little(village: Cli, tmp_path: Path) -> None:
    batch = make_batch(village, quota="3")
    for nik in (SITI, ANI):
        assert village("training", "enroll", "--batch", batch, "--nik", nik, user="budi")[0] == 0
        assert village("training", "select", "--batch", batch, "--nik", nik, user="sri")[0] == 0
    _attend(village, batch, SITI, ["2026-11-02", "2026-11-03", "2026-11-04"])
    _attend(village, batch, ANI, ["2026-11-02"])
    _attend(village, batch, ANI, ["2026-11-03"], status="izin")
    # A result for an umum course is refused and changes nothing.
    code, payload = village(
        "training",
        "result",
        "--batch",
        batch,
        "--nik",
        SITI,
        "--result",
        "kompeten",
        "--lsp-number",
        "X/1",
        "--date",
        "2026-11-20",
        user="sri",
    )
    assert code == 1
    assert "bukan bersertifikat BNSP" in payload["error"]
    assert _rows(village, "SELECT count(*) FROM training_result") == [(0,)]
    # An operator may not print certificates.
    target = tmp_path / "sertifikat.pdf"
    code, payload = village("training", "certificates", "--batch", batch, str(target), user="budi")
    assert code == 1
    assert not target.exists()

    code, payload = village("training", "certificates", "--batch", batch, str(target), user="sri")
    assert code == 0, payload
    assert [(i["nik"], i["copy"]) for i in payload["issued"]] == [(SITI, False)]
    assert payload["refused"] == [
        {"nik": ANI, "name": "Ani Lestari", "reason": "hadir 8 dari 24 JP (33%), kurang dari minimal 75%"}
    ]
    number = payload["issued"][0]["number"]
    text = _text(target)
    assert "Siti Aminah" in text
    assert "Pelatihan Membuat Kue" in text
    assert number in text
    assert "Hj. Siti Rahmah" in text
    assert "SALINAN" not in text
    codes = _qr_codes(target, tmp_path)
    assert len(codes) == 1
    # The code scanned off the drawn page verifies as this certificate.
    code, verified = village("documents", "verify", codes[0])
    assert code == 0, verified
    assert (verified["valid"], verified["number"], verified["is_copy"]) == (True, number, False)

    # Printed again: the same number, as a SALINAN, on a register row of its own.
    again = tmp_path / "sertifikat-2.pdf"
    code, payload = village("training", "certificates", "--batch", batch, str(again), user="sri")
    assert code == 0, payload
    assert [(i["number"], i["copy"]) for i in payload["issued"]] == [(number, True)]
    assert "SALINAN" in _text(again)
    assert _qr_codes(again, tmp_path) != codes  # a copy's signed payload says it is a copy
    assert _rows(
        village,
        "SELECT number, is_copy, status FROM document_register WHERE kind = 'certificate' ORDER BY id",
    ) == [(number, 0, "printed"), (number, 1, "printed")]
    assert _rows(village, "SELECT number FROM training_certificate") == [(number,)]
    code, payload = village("training", "status", "--batch", batch, user="budi")
    assert payload["certified"] == 1
    assert payload["attended_min"] == 1


def test_bnsp_results_and_large_print_for_the_blind(village: Cli, tmp_path: Path) -> None:
    code, payload = village(
        "training",
        "add",
        "--name",
        "Pelatihan Pijat Tunanetra",
        "--kind",
        "bnsp",
        "--jp",
        "16",
        "--min-attendance",
        "80",
        "--lsp",
        "LSP Pijat Indonesia",
        "--scheme",
        "Pijat Dasar",
        "--disability",
        "netra",
        user="sri",
    )
    assert code == 0, payload
    code, payload = village(
        "training",
        "batch",
        "add",
        "--training",
        payload["training"],
        "--start",
        "2026-11-10",
        "--end",
        "2026-11-11",
        "--quota",
        "10",
        "--place",
        "Panti Sosial",
        user="sri",
    )
    batch = payload["batch"]
    assert village("training", "enroll", "--batch", batch, "--nik", JOKO, user="budi")[0] == 0
    words = (
        "training",
        "result",
        "--batch",
        batch,
        "--nik",
        JOKO,
        "--result",
        "kompeten",
        "--lsp-number",
        "LSP-PI/2026/0042",
        "--date",
        "2026-11-20",
    )
    code, payload = village(*words, user="sri")
    assert code == 1
    assert "bukan peserta terpilih" in payload["error"]
    assert village("training", "select", "--batch", batch, "--nik", JOKO, user="sri")[0] == 0
    code, payload = village(*words, user="budi")
    assert code == 1
    code, payload = village(*words, user="sri")
    assert code == 0, payload
    assert payload["valid_until"] == "2029-11-19"
    assert payload["result"] == "kompeten"
    _attend(village, batch, JOKO, ["2026-11-10", "2026-11-11"])
    target = tmp_path / "pijat.pdf"
    code, payload = village("training", "certificates", "--batch", batch, str(target), user="sri")
    assert code == 0, payload
    assert payload["issued"][0]["large_print"] is True
    text = " ".join(_text(target).split())
    assert "Joko Netra" in text
    assert "Kompeten" in text
    assert village("training", "status", "--batch", batch, user="sri")[1]["competent"] == 1


def test_the_reminder_lists_who_expires_in_three_months(village: Cli) -> None:
    code, payload = village(
        "training",
        "add",
        "--name",
        "Barista",
        "--kind",
        "bnsp",
        "--jp",
        "8",
        "--min-attendance",
        "80",
        "--lsp",
        "LSP Kopi",
        "--scheme",
        "Barista Muda",
        user="sri",
    )
    training = payload["training"]
    batches = []
    for start in ("2023-12-01", "2024-06-03"):
        code, payload = village(
            "training",
            "batch",
            "add",
            "--training",
            training,
            "--start",
            start,
            "--end",
            start,
            "--quota",
            "5",
            "--place",
            "Kafe",
            user="sri",
        )
        batches.append(payload["batch"])
    for batch, nik, day in ((batches[0], SITI, "2023-12-20"), (batches[1], ANI, "2024-06-10")):
        assert village("training", "enroll", "--batch", batch, "--nik", nik, user="budi")[0] == 0
        assert village("training", "select", "--batch", batch, "--nik", nik, user="sri")[0] == 0
        code, payload = village(
            "training",
            "result",
            "--batch",
            batch,
            "--nik",
            nik,
            "--result",
            "kompeten",
            "--lsp-number",
            f"K/{nik[-2:]}",
            "--date",
            day,
            user="sri",
        )
        assert code == 0, payload
    services = open_office(str(village.data_dir))
    try:
        outcomes = TrainingOutcomes(services.database, services.office, today=lambda: date(2026, 12, 3))
        ending = outcomes.expiring(actor=SYSTEM_ACTOR)
    finally:
        services.database.dispose()
    assert [(e.nik, e.valid_until) for e in ending] == [(SITI, date(2026, 12, 19))]
