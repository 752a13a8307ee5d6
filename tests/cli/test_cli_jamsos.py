"""The jamsos commands as scripts use them: enroll, status, rate, recap; JSON, refusals, exit codes."""

import subprocess
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from tests.cli.conftest import FOUR_EYES, NIK
from tests.cli.test_cli import Cli


def test_a_worker_is_enrolled_activated_and_counted_in_the_recap(office: Cli) -> None:
    code, payload = office("jamsos", "enroll", "--nik", NIK, "--occupation", "pemulung", user="budi")
    assert code == 0, payload
    assert (payload["status"], payload["status_label"], payload["name"]) == (
        "proposed",
        "diusulkan",
        "Siti Aminah",
    )
    for step in ("verified", "submitted"):
        assert office("jamsos", "status", "--nik", NIK, "--to", step, user=FOUR_EYES[step])[0] == 0
    code, payload = office(
        "jamsos",
        "status",
        "--nik",
        NIK,
        "--to",
        "active",
        "--kpj",
        "12345678901",
        "--month",
        "2025-01",
        user="sri",
    )
    assert code == 0, payload
    assert (payload["kpj"], payload["first_month"]) == ("12345678901", "2025-01")
    code, payload = office(
        "jamsos", "rate", "--from", "2025-07", "--jkk", "5.000", "--jkm", "Rp3400", user="ani"
    )
    assert code == 0, payload
    assert payload["premium"] == 8_400
    code, payload = office("jamsos", "recap", "--month", "2025-12", user="budi")
    assert code == 0, payload
    assert payload["members"] == 1
    assert payload["amount"] == 8_400
    assert payload["amount_words"] == "delapan ribu empat ratus rupiah"
    sawah = {"name": "Sawah", "members": 1, "amount": 8_400, "code": "36.74.04.1004"}
    assert payload["by_kelurahan"] == [sawah]
    assert payload["year_to_date"] == 6 * 16_800 + 6 * 8_400
    died = ("--to", "ended", "--month", "2025-08", "--end-reason", "meninggal dunia")
    code, payload = office("jamsos", "status", "--nik", NIK, *died, user="sri")
    assert code == 1, payload
    assert "jamsos death" in payload["error"]
    ending = ("--to", "ended", "--month", "2025-08", "--end-reason", "pindah domisili")
    code, payload = office("jamsos", "status", "--nik", NIK, *ending, user="sri")
    assert (code, payload["end_reason"]) == (0, "moved")
    assert office("jamsos", "recap", "--month", "2025-09", user="budi")[1]["members"] == 0


@pytest.mark.parametrize(
    ("words", "user", "message"),
    [
        (("enroll", "--nik", "3674045708850099", "--occupation", "nelayan"), "budi", "tidak ditemukan"),
        (
            ("enroll", "--nik", NIK, "--occupation", "nelayan", "--income", "1000000.5"),
            "budi",
            "rupiah bulat",
        ),
        (("rate", "--from", "2025-07", "--jkk", "16800.5", "--jkm", "0"), "ani", "rupiah bulat"),
        (
            ("rate", "--from", "2025-07", "--jkk", "-5", "--jkm", "6800"),
            "ani",
            "JKK '-5' tidak boleh negatif",
        ),
        (("rate", "--from", "2025-13", "--jkk", "10000", "--jkm", "6800"), "ani", "Bulan 13"),
        (("rate", "--from", "2025-07", "--jkk", "10000", "--jkm", "6800"), "budi", "Operator tidak boleh"),
        (("rate", "--from", "2023-01", "--jkk", "1", "--jkm", "1"), "ani", "tidak boleh diubah"),
        (("recap", "--month", "Juli"), "budi", "tidak dikenali"),
        (("status", "--nik", NIK, "--to", "aktifkan"), "sri", "tidak dikenal"),
        (("status", "--nik", NIK, "--to", "verified"), "sri", "belum terdaftar"),
    ],
)
def test_bad_input_is_refused_with_an_indonesian_message_and_exit_1(
    office: Cli, words: tuple[str, ...], user: str, message: str
) -> None:
    code, payload = office("jamsos", *words, user=user)
    assert code == 1
    assert message in payload["error"]


def test_a_first_covered_month_before_the_programs_first_rate_is_refused(office: Cli) -> None:
    assert office("jamsos", "enroll", "--nik", NIK, "--occupation", "nelayan", user="budi")[0] == 0
    for step in ("verified", "submitted"):
        assert office("jamsos", "status", "--nik", NIK, "--to", step, user=FOUR_EYES[step])[0] == 0
    active = ("--to", "active", "--kpj", "12345678901", "--month", "2022-12")
    code, payload = office("jamsos", "status", "--nik", NIK, *active, user="sri")
    assert code == 1
    assert payload["error"].startswith(
        "Bulan pertama yang ditanggung (Desember 2022) sebelum tarif iuran pertama program (Januari 2023)"
    )
    code, payload = office("jamsos", "history", "--nik", NIK, user="budi")
    assert payload["memberships"][0]["status"] == "submitted"


def test_a_kpj_that_is_not_digits_of_the_offices_length_is_refused(office: Cli) -> None:
    assert office("jamsos", "enroll", "--nik", NIK, "--occupation", "nelayan", user="budi")[0] == 0
    for step in ("verified", "submitted"):
        assert office("jamsos", "status", "--nik", NIK, "--to", step, user=FOUR_EYES[step])[0] == 0
    for wrong, said in (("xyz-not-a-number", "harus berisi angka saja"), ("123456789012", "berisi 12 angka")):
        active = ("--to", "active", "--kpj", wrong, "--month", "2025-01")
        code, payload = office("jamsos", "status", "--nik", NIK, *active, user="sri")
        assert code == 1
        assert said in payload["error"]
    assert (
        office("jamsos", "history", "--nik", NIK, user="budi")[1]["memberships"][0]["status"] == "submitted"
    )
    code, payload = office("jamsos", "rules", "--kpj-length", "12", user="ani")
    assert (code, payload["kpj_length"]) == (0, 12)
    active = ("--to", "active", "--kpj", "123456789012", "--month", "2025-01")
    code, payload = office("jamsos", "status", "--nik", NIK, *active, user="sri")
    assert (code, payload["kpj"]) == (0, "123456789012")


def test_an_operator_cannot_verify_and_a_skip_needs_a_reason(office: Cli) -> None:
    assert office("jamsos", "enroll", "--nik", NIK, "--occupation", "nelayan", user="budi")[0] == 0
    code, payload = office("jamsos", "status", "--nik", NIK, "--to", "verified", user="budi")
    assert code == 1
    assert "Operator tidak boleh" in payload["error"]
    code, payload = office("jamsos", "status", "--nik", NIK, "--to", "submitted", user="sri")
    assert code == 1
    assert "Langkah berikutnya" in payload["error"]
    code, payload = office(
        "jamsos", "status", "--nik", NIK, "--to", "submitted", "--reason", "cek lapangan", user="sri"
    )
    assert (code, payload["status"]) == (0, "submitted")


def test_members_lists_with_filters_and_history_shows_every_event(office: Cli) -> None:
    assert office("jamsos", "enroll", "--nik", NIK, "--occupation", "Pemulung", user="budi")[0] == 0
    code, payload = office("jamsos", "members", user="budi")
    assert code == 0, payload
    assert payload["total"] == 1
    assert [(row["nik"], row["status"], row["rw"]) for row in payload["rows"]] == [(NIK, "proposed", "012")]
    for step in ("verified", "submitted"):
        assert office("jamsos", "status", "--nik", NIK, "--to", step, user=FOUR_EYES[step])[0] == 0
    active = ("--to", "active", "--kpj", "25000000001", "--month", "2025-02")
    assert office("jamsos", "status", "--nik", NIK, *active, user="sri")[0] == 0
    filters = {
        ("--status", "aktif"): 1,
        ("--status", "proposed"): 0,
        ("--occupation", "PEMULUNG"): 1,
        ("--rw", "12"): 1,
        ("--rw", "3"): 0,
        ("--month", "2025-02"): 1,
        ("--month", "2025-01"): 0,
        ("--search", "siti"): 1,
        ("--search", "2500000"): 1,
        ("--search", "3674045708850001"): 1,
    }
    for arguments, total in filters.items():
        code, payload = office("jamsos", "members", *arguments, user="budi")
        assert (code, payload["total"], len(payload["rows"])) == (0, total, total), arguments
    code, payload = office("jamsos", "history", "--nik", NIK, user="budi")
    assert code == 0, payload
    (membership,) = payload["memberships"]
    assert (membership["status"], membership["kpj"], membership["first_month"]) == (
        "active",
        "25000000001",
        "2025-02",
    )
    assert [(e["from"], e["to"], e["by"]) for e in membership["events"]] == [
        (None, "proposed", "budi"),
        ("proposed", "verified", "sri"),
        ("verified", "submitted", "ani"),
        ("submitted", "active", "sri"),
    ]


def test_members_and_history_refuse_bad_input_in_indonesian(office: Cli) -> None:
    refusals = {
        ("members", "--status", "hidup"): "tidak dikenal",
        ("members", "--month", "2025-13"): "Bulan 13",
        ("members", "--rw", "satu"): "RW harus angka",
        ("members", "--limit", "0"): "--limit",
        ("history", "--nik", "3674040101800009"): "tidak ditemukan",
        ("history", "--nik", "367404570885000"): "harus 16 angka, yang diisi 15",  # 15 digits
    }
    for arguments, message in refusals.items():
        code, payload = office("jamsos", *arguments, user="budi")
        assert code == 1, arguments
        assert message in str(payload["error"]), payload
    code, payload = office("jamsos", "history", "--nik", NIK, user="budi")
    assert (code, payload["memberships"]) == (0, [])


def _active_member(office: Cli) -> None:
    assert office("jamsos", "enroll", "--nik", NIK, "--occupation", "=pemulung", user="budi")[0] == 0
    for step in ("verified", "submitted"):
        assert office("jamsos", "status", "--nik", NIK, "--to", step, user=FOUR_EYES[step])[0] == 0
    activate = ("--to", "active", "--kpj", "12345678901", "--month", "2025-01")
    assert office("jamsos", "status", "--nik", NIK, *activate, user="sri")[0] == 0


def test_the_recap_is_saved_signed_as_pdf_and_as_excel(office: Cli, tmp_path: Path) -> None:
    _active_member(office)
    target = tmp_path / "rekap-2025-09.pdf"
    code, payload = office("jamsos", "recap", "--month", "2025-09", "--out", str(target), user="sri")
    assert code == 0, payload
    assert (payload["file"], payload["pages"], payload["members"]) == (str(target), 1, 1)
    assert payload["rate"] == {"jkk": 10_000, "jkm": 6_800, "jht": 0, "premium": 16_800}
    assert payload["year_to_date"] == 9 * 16_800
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Rekapitulasi Iuran Jamsosnaker" in text
    assert "SRI" in text.upper()
    workbook = tmp_path / "rekap.xlsx"
    code, payload = office("jamsos", "recap", "--month", "09-2025", "--out", str(workbook), user="sri")
    assert (code, payload["file"], payload["pages"]) == (0, str(workbook), 0)
    opened = CalamineWorkbook.from_path(str(workbook))
    try:
        rows = opened.get_sheet_by_name("Rincian").to_python()
    finally:
        opened.close()
    assert rows[1][3:] == ["=pemulung", 1, 16_800]


@pytest.mark.parametrize(
    ("name", "user", "message"),
    [
        ("rekap.pdf", "budi", "Operator tidak boleh menandatangani"),
        ("rekap.docx", "sri", ".pdf atau .xlsx"),
        ("tidak-ada/rekap.pdf", "sri", "tidak ada"),
    ],
)
def test_a_saved_recap_is_refused_with_the_reason(
    office: Cli, tmp_path: Path, name: str, user: str, message: str
) -> None:
    code, payload = office("jamsos", "recap", "--month", "2025-09", "--out", str(tmp_path / name), user=user)
    assert code == 1
    assert message in payload["error"]
    assert not (tmp_path / name).exists()
