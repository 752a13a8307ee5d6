"""The jamsos death, claim, checklist, rules and occupations commands: JSON, refusals, exit codes."""

import subprocess
from pathlib import Path

from tests.cli.conftest import FOUR_EYES, NIK
from tests.cli.test_cli import Cli

ACTIVATE = (
    ("status", "--nik", NIK, "--to", "verified"),
    ("status", "--nik", NIK, "--to", "submitted"),
    ("status", "--nik", NIK, "--to", "active", "--kpj", "12345678901", "--month", "2022-01"),
)


def activated(office: Cli) -> Cli:
    """The resident active from January 2022, which first needs a rate from that month (the program's
    default starts in 2023, and no cover starts before the first rate)."""
    rate = ("jamsos", "rate", "--from", "2022-01", "--jkk", "10000", "--jkm", "6800")
    assert office(*rate, user="ani")[0] == 0
    assert office("jamsos", "enroll", "--nik", NIK, "--occupation", "pemulung", user="budi")[0] == 0
    for words in ACTIVATE:
        code, payload = office("jamsos", *words, user=FOUR_EYES.get(words[4], "sri"))
        assert code == 0, payload
    return office


def test_a_death_with_its_checklist_then_notes(office: Cli, tmp_path: Path) -> None:
    cli = activated(office)
    pdf = tmp_path / "daftar berkas.pdf"
    death = ("jamsos", "death", "--nik", NIK, "--died-on", "2025-03-14", "--work-accident")
    heir = ("--heir", "Budi <Santoso>", "--heir-relation", "suami", "--heir-phone", "081234567890")
    code, payload = cli(*death, *heir, "--checklist", str(pdf), user="budi")
    assert code == 1
    assert "Peran Operator tidak boleh" in payload["error"]
    code, payload = cli(*death, *heir, "--checklist", str(pdf), user="sri")
    assert code == 0, payload
    assert (payload["status"], payload["end_reason"], payload["last_month"]) == ("ended", "died", "2025-03")
    assert (payload["months"], payload["scholarship"], payload["jkm"], payload["jkk"]) == (
        39,
        True,
        42_000_000,
        48_000_000,
    )
    assert payload["heir"] == {"name": "Budi <Santoso>", "relation": "suami", "phone": "081234567890"}
    assert payload["checklist"] == str(pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Budi <Santoso> (suami)" in text
    code, payload = cli(
        "jamsos", "claim", "--nik", NIK, "--stage", "diajukan ke BPJS", "--note", "KC Serpong", user="budi"
    )
    assert code == 0, payload
    assert (payload["stage"], payload["notes"][-1]["by"]) == ("submitted", "budi")
    code, payload = cli("jamsos", "claim", "--nik", NIK, "--stage", "selesai", user="budi")
    assert code == 1
    assert "Pilihan" in payload["error"]
    code, payload = cli("jamsos", "claim", "--nik", NIK, "--note", "tanpa tahap", user="budi")
    assert code == 1
    assert "--stage" in payload["error"]
    code, payload = cli("jamsos", "claim", "--nik", NIK, user="budi")
    assert [note["stage"] for note in payload["notes"]] == ["checklist_given", "submitted"]
    again = tmp_path / "lagi.pdf"
    code, payload = cli("jamsos", "checklist", "--nik", NIK, str(again), user="budi")
    assert (code, payload["file"]) == (0, str(again))
    assert again.read_bytes().startswith(b"%PDF")


def test_death_refusals(office: Cli) -> None:
    code, payload = office("jamsos", "death", "--nik", NIK, "--died-on", "2025-03-14", user="sri")
    assert code == 1
    assert "belum terdaftar" in payload["error"]
    cli = activated(office)
    for date_text, message in (
        ("14-03-2025", "TTTT-BB-HH"),
        ("2025-02-30", "TTTT-BB-HH"),
        ("2099-01-01", "hari ini"),
    ):
        code, payload = cli("jamsos", "death", "--nik", NIK, "--died-on", date_text, user="sri")
        assert code == 1
        assert message in payload["error"]
    code, payload = cli("jamsos", "claim", "--nik", NIK, user="budi")
    assert code == 1
    assert "Belum ada kematian" in payload["error"]


def test_rules_shown_and_changed_by_an_administrator(office: Cli) -> None:
    code, payload = office("jamsos", "rules", user="budi")
    assert code == 0
    assert payload == {
        "ok": True,
        "max_desil": 4,
        "min_age": 18,
        "max_age": 64,
        "require_office_kelurahan": True,
        "kpj_length": 11,
        "four_eyes": True,
    }
    assert office("jamsos", "rules", "--max-desil", "5", user="sri")[0] == 1
    code, payload = office(
        "jamsos", "rules", "--max-desil", "5", "--office-kelurahan-only", "tidak", user="ani"
    )
    assert code == 0, payload
    assert (payload["max_desil"], payload["require_office_kelurahan"]) == (5, False)
    for words, message in (
        (("--max-desil", "11"), "antara 1 dan 10"),
        (("--min-age", "delapan"), "bilangan bulat"),
        (("--min-age", "70"), "tidak melebihi"),
        (("--office-kelurahan-only", "mungkin"), "yes/ya"),
        (("--kpj-length", "30"), "6 sampai 20 angka"),
    ):
        code, payload = office("jamsos", "rules", *words, user="ani")
        assert code == 1
        assert message in payload["error"]
    assert office("jamsos", "rules", user="ani")[1]["max_desil"] == 5


def test_occupations_listed_added_and_removed(office: Cli) -> None:
    code, payload = office("jamsos", "occupations", user="budi")
    assert code == 0
    assert "nelayan" in payload["occupations"]
    assert office("jamsos", "occupations", "--add", "juru parkir", user="sri")[0] == 1
    code, payload = office(
        "jamsos", "occupations", "--add", "juru  parkir", "--add", "=kuli", "--remove", "NELAYAN", user="ani"
    )
    assert code == 0, payload
    assert payload["occupations"][-2:] == ["juru parkir", "=kuli"]
    assert "nelayan" not in payload["occupations"]
    code, payload = office("jamsos", "occupations", "--add", "Juru Parkir", user="ani")
    assert code == 1
    assert "dua kali" in payload["error"]
    code, payload = office("jamsos", "occupations", "--remove", "astronot", user="ani")
    assert code == 1
    assert "tidak ada di daftar" in payload["error"]
