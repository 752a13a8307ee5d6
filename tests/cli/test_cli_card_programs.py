"""`cards --program jamsosnaker`: cards for this month's Jamsosnaker members, and the refusals around it."""

from pathlib import Path

from tests.cli.conftest import FOUR_EYES, NIK
from tests.cli.test_cli import Cli


def make_member(office: Cli) -> None:
    assert office("jamsos", "enroll", "--nik", NIK, "--occupation", "pemulung", user="budi")[0] == 0
    for step in ("verified", "submitted"):
        assert office("jamsos", "status", "--nik", NIK, "--to", step, user=FOUR_EYES[step])[0] == 0
    activation = ("--to", "active", "--kpj", "12345678901", "--month", "2024-01")
    assert office("jamsos", "status", "--nik", NIK, *activation, user="sri")[0] == 0


def test_the_program_members_get_cards(office: Cli, tmp_path: Path) -> None:
    target = tmp_path / "kartu.pdf"
    code, payload = office("cards", str(target), "--program", "jamsosnaker", user="sri")
    assert code == 1
    assert "Belum ada peserta Jamsosnaker" in payload["error"]
    assert not target.exists()
    make_member(office)
    code, payload = office("cards", str(target), "--program", "JAMSOSNAKER", user="sri")
    assert (code, payload["documents"]) == (0, 1), payload


def test_a_program_is_one_way_of_choosing_and_must_be_known(office: Cli, tmp_path: Path) -> None:
    target = str(tmp_path / "kartu.pdf")
    code, payload = office("cards", target, "--program", "jamsosnaker", "--all", user="sri")
    assert (code, "salah satu saja" in payload["error"]) == (1, True)
    code, payload = office("cards", target, "--program", "beasiswa", user="sri")
    assert code == 1
    assert "Pilihan: jamsosnaker" in payload["error"]
    assert "sembako (Sembako)" in payload["error"]
