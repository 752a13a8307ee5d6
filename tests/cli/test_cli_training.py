"""The training commands as the issue spells them: a training to attendance and status, and refusals."""

import subprocess
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from tangsel_desktop.storage import sqlite_driver
from tests.cli.conftest import set_up_office
from tests.cli.test_cli import Cli
from tests.documents.conftest import font_sizes
from tests.services.training_fixtures import ANI, DEWI, JOKO, OUTSIDER, RICH, SITI, build_residents
from tests.store_files import office_key


@pytest.fixture
def village(cli: Cli) -> Cli:
    return set_up_office(cli, build_residents)


def _rows(office: Cli, sql: str) -> list[tuple[object, ...]]:
    key = office_key(office.data_dir)
    with closing(sqlite_driver.connect(office.data_dir / "tangsel.sqlite3", key)) as connection:
        return connection.execute(sql).fetchall()


def make_batch(office: Cli, quota: str = "2", start: str = "2026-11-02", end: str = "2026-11-04") -> str:
    code, payload = office(
        "training",
        "add",
        "--name",
        "Pelatihan Membuat Kue",
        "--kind",
        "umum",
        "--jp",
        "24",
        "--min-attendance",
        "75",
        "--max-desil",
        "4",
        user="sri",
    )
    assert code == 0, payload
    assert payload["kind"] == "umum"
    assert payload["rules"] == "desil 1–4"
    code, payload = office(
        "training",
        "batch",
        "add",
        "--training",
        payload["training"],
        "--start",
        start,
        "--end",
        end,
        "--quota",
        quota,
        "--place",
        "Aula Kelurahan Sawah",
        "--session",
        f"{start}:8",
        "--session",
        f"{date.fromisoformat(start) + timedelta(days=1)}:8",
        "--session",
        f"{end}:8",
        user="sri",
    )
    assert code == 0, payload
    assert payload["name"] == "Pelatihan Membuat Kue Angkatan 1"
    assert payload["jp"] == 24
    return str(payload["batch"])


def test_a_batch_from_proposal_to_attendance(village: Cli) -> None:
    batch = make_batch(village)
    for number in (SITI, ANI, DEWI):
        code, payload = village("training", "enroll", "--batch", batch, "--nik", number, user="budi")
        assert code == 0, payload
        assert payload["status"] == "proposed"
        assert payload["reasons"] == "desil 2"
    code, payload = village("training", "candidates", "--batch", batch, user="budi")
    assert {c["nik"] for c in payload["candidates"]} == {SITI, ANI, DEWI, JOKO}  # not Rudi, not Rina
    assert next(c for c in payload["candidates"] if c["nik"] == SITI)["on_batch"] == "diusulkan"
    # An operator may not select; a supervisor selects up to the quota.
    code, payload = village("training", "select", "--batch", batch, "--nik", SITI, user="budi")
    assert code == 1
    assert "Supervisor" in payload["error"]
    for number in (SITI, ANI):
        assert village("training", "select", "--batch", batch, "--nik", number, user="sri")[0] == 0
    before = _rows(village, "SELECT id, status FROM training_participant ORDER BY id")
    code, payload = village("training", "select", "--batch", batch, "--nik", DEWI, user="sri")
    assert code == 1
    assert "Kuota angkatan" in payload["error"]
    assert "sudah penuh (2 dari 2)" in payload["error"]
    assert _rows(village, "SELECT id, status FROM training_participant ORDER BY id") == before
    assert village("training", "wait", "--batch", batch, "--nik", DEWI, user="sri")[0] == 0

    code, payload = village(
        "training",
        "attend",
        "--batch",
        batch,
        "--date",
        "2026-11-02",
        "--nik",
        SITI,
        "--status",
        "hadir",
        user="budi",
    )
    assert code == 0, payload
    assert payload["attended_jp"] == 8
    assert payload["total_jp"] == 24
    assert payload["meets_minimum"] is False
    for day in ("2026-11-03", "2026-11-04"):
        assert (
            village(
                "training",
                "attend",
                "--batch",
                batch,
                "--date",
                day,
                "--nik",
                SITI,
                "--status",
                "hadir",
                user="budi",
            )[0]
            == 0
        )
    code, payload = village(
        "training",
        "attend",
        "--batch",
        batch,
        "--date",
        "2026-11-02",
        "--nik",
        ANI,
        "--status",
        "izin",
        user="budi",
    )
    assert code == 0
    assert payload["meets_minimum"] is False

    code, payload = village("training", "status", "--batch", batch, user="budi")
    assert code == 0
    assert payload == {
        "batch": batch,
        "quota": 2,
        "proposed": 0,
        "selected": 2,
        "waiting": 1,
        "withdrawn": 0,
        "attended_min": 1,
        "certified": 0,
        "competent": 0,
        "kits": 0,
        "interns": 0,
        "ok": True,
    }
    code, payload = village("training", "attendance", "--batch", batch, user="budi")
    assert payload["sessions"] == ["2026-11-02", "2026-11-03", "2026-11-04"]
    siti = next(row for row in payload["rows"] if row["nik"] == SITI)
    assert siti["marks"] == ["hadir", "hadir", "hadir"]
    assert siti["percent"] == 100

    # A selected participant withdraws: the first on the waiting list is named for the free place.
    code, payload = village(
        "training", "withdraw", "--batch", batch, "--nik", ANI, "--reason", "pindah kerja", user="sri"
    )
    assert code == 0
    assert payload["status"] == "withdrawn"
    assert payload["next_waiting"]["nik"] == DEWI
    assert village("training", "select", "--batch", batch, "--nik", DEWI, user="sri")[0] == 0


def test_refusals_change_nothing(village: Cli) -> None:
    batch = make_batch(village)
    assert village("training", "enroll", "--batch", batch, "--nik", SITI, user="budi")[0] == 0
    before = _rows(village, "SELECT * FROM training_participant")
    marks_before = _rows(village, "SELECT count(*) FROM training_attendance")
    code, payload = village("training", "enroll", "--batch", batch, "--nik", RICH, user="budi")
    assert code == 1
    assert "tidak memenuhi syarat" in payload["error"]
    assert "desil 8 di atas 4" in payload["error"]
    code, payload = village("training", "enroll", "--batch", batch, "--nik", OUTSIDER, user="budi")
    assert code == 1
    assert "luar kelurahan" in payload["error"]
    # Attendance for someone proposed, not selected.
    code, payload = village(
        "training",
        "attend",
        "--batch",
        batch,
        "--date",
        "2026-11-02",
        "--nik",
        SITI,
        "--status",
        "hadir",
        user="budi",
    )
    assert code == 1
    assert "bukan peserta terpilih" in payload["error"]
    assert village("training", "select", "--batch", batch, "--nik", SITI, user="sri")[0] == 0
    # A date outside the batch.
    code, payload = village(
        "training",
        "attend",
        "--batch",
        batch,
        "--date",
        "2026-11-09",
        "--nik",
        SITI,
        "--status",
        "hadir",
        user="budi",
    )
    assert code == 1
    assert "bukan hari sesi" in payload["error"]
    assert "02-11-2026" in payload["error"]
    code, payload = village(
        "training",
        "attend",
        "--batch",
        batch,
        "--date",
        "2026-11-02",
        "--nik",
        SITI,
        "--status",
        "telat",
        user="budi",
    )
    assert code == 1
    assert "hadir, absen, izin" in payload["error"]
    assert _rows(village, "SELECT count(*) FROM training_attendance") == marks_before
    after = _rows(village, "SELECT status FROM training_participant")
    assert len(after) == len(before) == 1
    # A session outside the batch's dates, and an operator adding a training.
    code, payload = village(
        "training",
        "batch",
        "add",
        "--training",
        "Pelatihan Membuat Kue",
        "--start",
        "2026-12-01",
        "--end",
        "2026-12-02",
        "--quota",
        "5",
        "--place",
        "Aula",
        "--session",
        "2026-12-05:8",
        user="sri",
    )
    assert code == 1
    assert "di luar tanggal angkatan" in payload["error"]
    code, payload = village(
        "training", "add", "--name", "X", "--kind", "bnsp", "--jp", "10", "--min-attendance", "80", user="sri"
    )
    assert code == 1
    assert "--lsp" in payload["error"]
    code, payload = village(
        "training",
        "add",
        "--name",
        "X",
        "--kind",
        "umum",
        "--jp",
        "10",
        "--min-attendance",
        "80",
        user="budi",
    )
    assert code == 1
    assert "Operator" in payload["error"]
    assert _rows(village, "SELECT count(*) FROM training") == [(1,)]
    assert _rows(village, "SELECT count(*) FROM training_batch") == [(1,)]


def test_no_two_overlapping_batches_and_a_companion_for_the_blind(village: Cli) -> None:
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
    massage = payload["training"]
    code, payload = village(
        "training",
        "batch",
        "add",
        "--training",
        massage,
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
    assert code == 0
    assert [s["jp"] for s in payload["sessions"]] == [8, 8]
    first = payload["batch"]
    code, payload = village(
        "training",
        "batch",
        "add",
        "--training",
        massage,
        "--start",
        "2026-11-11",
        "--end",
        "2026-11-12",
        "--quota",
        "10",
        "--place",
        "Panti Sosial",
        user="sri",
    )
    assert code == 0
    assert payload["name"] == "Pelatihan Pijat Tunanetra Angkatan 2"
    second = payload["batch"]
    code, payload = village("training", "enroll", "--batch", first, "--nik", SITI, user="budi")
    assert code == 1
    assert "disabilitas tidak ada, bukan netra" in payload["error"]
    for batch in (first, second):
        assert village("training", "enroll", "--batch", batch, "--nik", JOKO, user="budi")[0] == 0
    assert village("training", "select", "--batch", first, "--nik", JOKO, user="sri")[0] == 0
    code, payload = village("training", "select", "--batch", second, "--nik", JOKO, user="sri")
    assert code == 1
    assert "bertabrakan" in payload["error"]
    assert "Angkatan 1" in payload["error"]
    code, payload = village(
        "training",
        "attend",
        "--batch",
        first,
        "--date",
        "2026-11-10",
        "--nik",
        JOKO,
        "--status",
        "hadir",
        "--companion",
        "Sri Rahayu",
        "--relation",
        "istri",
        user="budi",
    )
    assert code == 0
    assert payload["companion"] == "Sri Rahayu"
    assert payload["relation"] == "istri"
    assert _rows(village, "SELECT companion_name, companion_relation, mark FROM training_attendance") == [
        ("Sri Rahayu", "istri", "hadir")
    ]


def test_the_daily_attendance_sheet(village: Cli, tmp_path: Path) -> None:
    batch = make_batch(village)
    for nik in (SITI, JOKO):
        assert village("training", "enroll", "--batch", batch, "--nik", nik, user="budi")[0] == 0
        assert village("training", "select", "--batch", batch, "--nik", nik, user="sri")[0] == 0
    target = tmp_path / "hadir.pdf"
    code, payload = village(
        "training", "sheet", "--batch", batch, "--date", "2026-11-09", str(target), user="budi"
    )
    assert code == 1
    assert "bukan hari sesi" in payload["error"]
    assert not target.exists()
    code, payload = village(
        "training", "sheet", "--batch", batch, "--date", "2026-11-03", str(target), user="budi"
    )
    assert code == 0, payload
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(target), "-"], check=True, capture_output=True, text=True
        ).stdout.split()
    )
    assert "DAFTAR HADIR PELATIHAN" in text
    assert "Siti Aminah" in text
    assert "Joko Netra" in text
    assert "tunanetra: pendamping boleh menandatangani" in text
    assert "2 dari 3 · 8 JP" in text
    # Joko is blind: the sheet came out in large print (nothing under 16 pt).
    sizes = font_sizes(target)
    assert {16.0, 20.0} <= sizes
    assert not {size for size in sizes if size < 10}  # only the footer line is under 16 pt
    # Without Joko the sheet is the normal form: nine to a page, no type as large.
    assert (
        village("training", "withdraw", "--batch", batch, "--nik", JOKO, "--reason", "sakit", user="sri")[0]
        == 0
    )
    normal = tmp_path / "hadir-biasa.pdf"
    assert (
        village("training", "sheet", "--batch", batch, "--date", "2026-11-03", str(normal), user="budi")[0]
        == 0
    )
    assert max(font_sizes(normal)) < 16
    assert (
        "Joko" not in subprocess.run(["pdftotext", str(normal), "-"], capture_output=True, text=True).stdout
    )
    sheets = "SELECT action FROM audit_log WHERE entity = 'training_attendance_sheet'"
    assert _rows(village, sheets) == [("print",), ("print",)]


def _qr(pdf: Path, folder: Path) -> list[str]:
    image = folder / f"{pdf.stem}-scan"
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(image)],
        check=True,
    )
    scan = subprocess.run(
        ["zbarimg", "-q", "--raw", f"{image}.png"], capture_output=True, text=True, check=False
    )
    return [line for line in scan.stdout.splitlines() if line.strip()]


def test_attendance_by_card_scanned_at_the_door(village: Cli, tmp_path: Path) -> None:
    batch = make_batch(village)
    assert village("training", "enroll", "--batch", batch, "--nik", SITI, user="budi")[0] == 0
    assert village("training", "select", "--batch", batch, "--nik", SITI, user="sri")[0] == 0
    for nik in (SITI, ANI):
        target = tmp_path / f"kartu-{nik}.pdf"
        code, payload = village("cards", str(target), "--nik", nik, user="sri")
        assert code == 0, payload
    (siti_card,) = _qr(tmp_path / f"kartu-{SITI}.pdf", tmp_path)
    (ani_card,) = _qr(tmp_path / f"kartu-{ANI}.pdf", tmp_path)
    words = ("training", "attend", "--batch", batch, "--date", "2026-11-02", "--status", "hadir")
    code, payload = village(*words, "--card", siti_card, user="budi")
    assert code == 0, payload
    assert payload["nik"] == SITI
    code, payload = village(*words, "--card", ani_card, user="budi")
    assert code == 1
    assert "bukan peserta angkatan" in payload["error"]
    code, payload = village(*words, "--card", siti_card[:-6] + "AAAAAA", user="budi")
    assert code == 1
    assert "Kartu tidak dapat dipakai" in payload["error"]
    assert _rows(village, "SELECT count(*) FROM training_attendance") == [(1,)]
