"""The batch report (PDF read back with pdftotext, Excel with openpyxl) and trainings as a program: the
card's Program line names the training, Beranda counts running batches and follow-ups due."""

import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tangsel_desktop.domain.months import YearMonth
from tangsel_desktop.services.training.program import TrainingProgram
from tests.cli.conftest import set_up_office
from tests.cli.test_cli import Cli
from tests.cli.test_cli_training import make_batch
from tests.services.training_fixtures import ANI, DEWI, JOKO, SITI, build_residents
from tests.store_files import open_office


@pytest.fixture
def finished(cli: Cli) -> tuple[Cli, str]:
    """A May batch: Siti attended all and got everything, Ani attended one day, Joko (blind) waits, Dewi
    withdrew."""
    office = set_up_office(cli, build_residents)
    assert office("documents", "office", "--head-name", "Hj. Siti Rahmah", user="ani")[0] == 0
    batch = make_batch(office, quota="2", start="2026-05-04", end="2026-05-06")
    for nik in (SITI, ANI, JOKO, DEWI):
        assert office("training", "enroll", "--batch", batch, "--nik", nik, user="budi")[0] == 0
    for nik in (SITI, ANI):
        assert office("training", "select", "--batch", batch, "--nik", nik, user="sri")[0] == 0
    assert office("training", "wait", "--batch", batch, "--nik", JOKO, user="sri")[0] == 0
    assert (
        office("training", "withdraw", "--batch", batch, "--nik", DEWI, "--reason", "sakit", user="budi")[0]
        == 0
    )
    for day in ("2026-05-04", "2026-05-05", "2026-05-06"):
        words = ("training", "attend", "--batch", batch, "--date", day, "--status", "hadir")
        assert office(*words, "--nik", SITI, user="budi")[0] == 0
    once = ("training", "attend", "--batch", batch, "--date", "2026-05-04", "--status", "hadir")
    assert office(*once, "--nik", ANI, user="budi")[0] == 0
    target = cli.data_dir.parent / "sertifikat.pdf"
    assert office("training", "certificates", "--batch", batch, str(target), user="sri")[0] == 0
    for steps in (
        ("training", "kit", "--batch", batch, "--nik", SITI, "--item", "Oven"),
        (
            "training",
            "internship",
            "--batch",
            batch,
            "--nik",
            SITI,
            "--host",
            "Toko Roti",
            "--start",
            "2026-05-11",
        ),
        ("training", "follow-up", "--batch", batch, "--nik", SITI, "--month", "3", "--working", "yes"),
    ):
        code, payload = office(*steps, user="sri")
        assert code == 0, payload
    return office, batch


def test_the_report_as_pdf_and_excel(finished: tuple[Cli, str], tmp_path: Path) -> None:
    office, batch = finished
    code, payload = office("training", "report", "--batch", batch, str(tmp_path / "x.pdf"), user="budi")
    assert code == 1
    assert "Operator" in payload["error"]
    pdf = tmp_path / "laporan.pdf"
    code, payload = office("training", "report", "--batch", batch, str(pdf), user="sri")
    assert code == 0, payload
    expected = {
        "proposed": 4,
        "selected": 2,
        "attended": 1,
        "attended_jp": 32,
        "certified": 1,
        "competent": 0,
        "kits": 1,
        "interns": 1,
        "working": 1,
    }
    assert {key: payload[key] for key in expected} == expected
    assert [t["group"] for t in payload["by_disability"]] == ["Sensorik netra", "Tidak ada"]
    assert payload["by_disability"][0]["proposed"] == 1
    assert [t["group"] for t in payload["by_kelurahan"]] == ["Sawah"]
    text = " ".join(
        subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout.split()
    )
    assert "Laporan Pelatihan" in text
    assert "Pelatihan Membuat Kue Angkatan 1" in text
    assert "Per jenis disabilitas" in text
    assert "Siti Aminah" in text
    assert "daftar tunggu" in text

    xlsx = tmp_path / "laporan.xlsx"
    code, payload = office("training", "report", "--batch", batch, str(xlsx), user="sri")
    assert code == 0, payload
    workbook = openpyxl.load_workbook(xlsx, read_only=True)
    try:
        assert workbook.sheetnames == ["Per kelurahan", "Per disabilitas", "Peserta", "Keterangan"]
        rows = list(workbook["Per kelurahan"].iter_rows(values_only=True))
        assert rows[0][:4] == ("Kelompok", "Diusulkan", "Terpilih", "Hadir cukup")
        assert rows[-1] == ("Jumlah", 4, 2, 1, 32, 1, 0, 1, 1, 1)
        people = list(workbook["Peserta"].iter_rows(values_only=True))
        siti = next(row for row in people if row[1] == "Siti Aminah")
        assert siti[5] == 24
        assert siti[8:] == ("ya", "ya", "ya")
    finally:
        workbook.close()


def test_the_card_names_the_training_and_beranda_counts(finished: tuple[Cli, str], tmp_path: Path) -> None:
    office, _batch = finished
    target = tmp_path / "kartu.pdf"
    code, payload = office("cards", str(target), "--program", "pelatihan", user="sri")
    assert code == 0, payload
    assert payload["documents"] == 2  # Siti and Ani (selected); not Joko (waiting) nor Dewi (withdrew)
    text = subprocess.run(["pdftotext", str(target), "-"], check=True, capture_output=True, text=True).stdout
    assert "Pelatihan Membuat Kue" in " ".join(text.split())
    services = open_office(str(office.data_dir))
    try:
        program = TrainingProgram(today=lambda: date(2026, 12, 3))
        with services.database.read() as tx:
            now = program.glance(tx, YearMonth(2026, 12))
            during = TrainingProgram(today=lambda: date(2026, 5, 5)).glance(tx, YearMonth(2026, 5))
        assert now.value("running") == 0
        assert now.value("follow_ups_due") == 3  # Ani at month 3 and 6, Siti at month 6
        assert during.value("running") == 1
        assert during.value("follow_ups_due") == 0
    finally:
        services.database.dispose()
