"""The sync commands as the issue lists them: keys, export, import at both ends, answer, status, refusals."""

from pathlib import Path

import pytest

from tests.cli.conftest import set_up_office
from tests.cli.test_cli import OFFICE, Cli


@pytest.fixture
def centre(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    centre = Cli(tmp_path / "dinsos", capsys, monkeypatch)
    assert centre("init", "--office", "DINSOS", "--admin", "pusat")[0] == 0
    return centre


def _demo(office: Cli, people: int) -> None:
    code, payload = office("demo", "--people", str(people), user="ani")
    assert code == 0, payload


def test_a_full_cycle_on_the_command_line(cli: Cli, centre: Cli, tmp_path: Path) -> None:
    office = set_up_office(cli, lambda services: None)
    _demo(office, 25)
    code, keys = office("keys", "export", str(tmp_path / "sawah.json"), user="sri")
    assert code == 0, keys
    assert len(keys["fingerprint"]) == 24
    assert centre("keys", "export", str(tmp_path / "pusat.json"), user="pusat")[0] == 0
    code, imported = centre("keys", "import", str(tmp_path / "sawah.json"), user="pusat")
    assert (code, imported["office"], imported["role"]) == (0, OFFICE, "kelurahan"), imported
    assert imported["fingerprint"] == keys["fingerprint"]
    assert office("keys", "import", str(tmp_path / "pusat.json"), user="ani")[0] == 0

    code, exported = office("sync", "export", str(tmp_path / "p1.tsync"), user="sri")
    assert code == 0, exported
    assert exported["office"] == OFFICE
    assert exported["from_sequence"] == 0
    assert exported["counts"]["person"] == 25
    code, applied = centre("sync", "import", str(tmp_path / "p1.tsync"), user="pusat")
    assert code == 0, applied
    assert (applied["office"], applied["applied"], applied["already_applied"], applied["held_for_gap"]) == (
        OFFICE,
        True,
        False,
        False,
    )
    assert applied["counts"]["person"] == 25
    assert applied["findings"] == []
    code, again = centre("sync", "import", str(tmp_path / "p1.tsync"), user="pusat")
    assert (code, again["applied"], again["already_applied"]) == (0, False, True)

    code, answer = centre("sync", "answer", "--office", OFFICE, str(tmp_path / "a1.tsync"), user="pusat")
    assert (code, answer["office"], answer["acknowledged_to"]) == (0, OFFICE, exported["to_sequence"]), answer
    code, read = office("sync", "import", str(tmp_path / "a1.tsync"), user="sri")
    assert code == 0, read
    assert read["acknowledged_to"] == exported["to_sequence"]
    assert set(read["reference_updates"]) == {"jamsos_rate", "jamsos_setting"}

    code, status = office("sync", "status", user="sri")
    assert code == 0
    assert status["last_sequence_acknowledged"] == status["last_sequence_sent"] == exported["to_sequence"]
    assert status["counts"]["person"] == 25
    code, status = centre("sync", "status", user="pusat")
    assert [entry["office"] for entry in status["offices"]] == [OFFICE]
    assert status["offices"][0]["counts"]["person"] == 25
    assert status["offices"][0]["last_sequence_acknowledged"] == exported["to_sequence"]
    assert status["offices"][0]["late"] is False


def test_refused_packages_exit_1_with_the_reason(cli: Cli, centre: Cli, tmp_path: Path) -> None:
    office = set_up_office(cli, lambda services: None)
    assert centre("keys", "export", str(tmp_path / "pusat.json"), user="pusat")[0] == 0
    assert office("keys", "import", str(tmp_path / "pusat.json"), user="ani")[0] == 0
    assert office("sync", "export", str(tmp_path / "p1.tsync"), user="sri")[0] == 0
    # The centre never imported the office's keys.
    code, refused = centre("sync", "import", str(tmp_path / "p1.tsync"), user="pusat")
    assert code == 1
    assert "belum dikenal" in refused["error"]
    data = (tmp_path / "p1.tsync").read_bytes()
    (tmp_path / "cut.tsync").write_bytes(data[: len(data) // 2])
    assert office("keys", "export", str(tmp_path / "sawah.json"), user="sri")[0] == 0
    assert centre("keys", "import", str(tmp_path / "sawah.json"), user="pusat")[0] == 0
    code, refused = centre("sync", "import", str(tmp_path / "cut.tsync"), user="pusat")
    assert code == 1
    assert "terpotong" in refused["error"]
    code, refused = office("sync", "export", str(tmp_path / "p2.tsync"), "--from", "x", user="sri")
    assert code == 1
    assert "--from" in refused["error"]
    code, refused = office("sync", "export", str(tmp_path / "p2.tsync"), user="budi")
    assert code == 1
    assert "Operator tidak boleh" in refused["error"]


def test_text_key_files_carry_both_keys_and_still_check_documents(
    cli: Cli, centre: Cli, tmp_path: Path
) -> None:
    """keys export to .txt: issue 9's signing line, then the encryption line; a whole exchange works."""
    office = set_up_office(cli, lambda services: None)
    code, exported = office("keys", "export", str(tmp_path / "sawah.txt"), user="sri")
    assert code == 0, exported
    lines = (tmp_path / "sawah.txt").read_text(encoding="ascii").splitlines()
    assert [line.split(" ")[:2] for line in lines] == [
        ["TANGSEL-ED25519", OFFICE],
        ["TANGSEL-X25519", OFFICE],
    ]
    assert centre("keys", "export", str(tmp_path / "pusat.txt"), user="pusat")[0] == 0
    code, imported = centre("keys", "import", str(tmp_path / "sawah.txt"), user="pusat")
    assert (code, imported["fingerprint"]) == (0, exported["fingerprint"])
    assert office("keys", "import", str(tmp_path / "pusat.txt"), user="ani")[0] == 0
    assert office("sync", "export", str(tmp_path / "p1.tsync"), user="sri")[0] == 0
    code, applied = centre("sync", "import", str(tmp_path / "p1.tsync"), user="pusat")
    assert (code, applied["applied"]) == (0, True), applied
