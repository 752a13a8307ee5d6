"""The document commands as scripts use them: cards, documents list and verify, keys; JSON and refusals."""

import io
from pathlib import Path

import pytest

from tangsel_desktop.cli import documents as cli_documents
from tests.cli.test_cli import OFFICE, Cli
from tests.store_files import office_key, open_raw


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """Kelurahan Sawah with ani (administrator), sri (supervisor), budi (operator) and 12 residents."""
    cli = Cli(tmp_path / "kantor", capsys, monkeypatch)
    assert cli("init", "--office", OFFICE, "--admin", "ani")[0] == 0
    assert cli("users", "add", "sri", "--role", "supervisor", user="ani")[0] == 0
    assert cli("users", "add", "budi", "--role", "operator", user="ani")[0] == 0
    assert cli("demo", "--people", "12", user="ani")[0] == 0
    return cli


def niks(cli: Cli, count: int) -> list[str]:
    with open_raw(cli.data_dir / "tangsel.sqlite3", key=office_key(cli.data_dir)) as connection:
        rows = connection.execute("SELECT nik FROM person ORDER BY full_name LIMIT ?", (count,)).fetchall()
    return [nik for (nik,) in rows]


def payloads(cli: Cli) -> list[str]:
    with open_raw(cli.data_dir / "tangsel.sqlite3", key=office_key(cli.data_dir)) as connection:
        return [p for (p,) in connection.execute("SELECT payload FROM document_register ORDER BY id")]


def test_cards_for_everyone_write_a_pdf_and_report_the_numbers(office: Cli, tmp_path: Path) -> None:
    code, payload = office("cards", str(tmp_path / "kartu.pdf"), "--all", user="sri")
    assert code == 0, payload
    assert payload["ok"] is True
    assert (payload["documents"], payload["pages"], payload["path"]) == (12, 4, str(tmp_path / "kartu.pdf"))
    # The first and last number and the count, never every number (thousands for a whole office).
    assert "numbers" not in payload
    assert payload["count"] == 12
    assert payload["first_number"].startswith("KPM/36.74.04.1004/")
    assert payload["first_number"].endswith("/000001")
    assert payload["last_number"].endswith("/000012")
    assert (tmp_path / "kartu.pdf").read_bytes().startswith(b"%PDF")


class _Terminal(io.StringIO):
    """A keyboard at a terminal: what the clerk types, answered to isatty() as a real one is."""

    def isatty(self) -> bool:
        return True


def test_many_cards_without_yes_are_refused_when_nobody_can_be_asked(
    office: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The 12 residents stand for "more than 100": the threshold is lowered, the rule is the same.
    monkeypatch.setattr(cli_documents, "CARDS_WITHOUT_ASKING", 10)
    code, payload = office("cards", str(tmp_path / "k.pdf"), "--all", user="sri")
    assert code == 1
    assert "--yes" in payload["error"]
    assert "12 kartu" in payload["error"]
    assert payloads(office) == []
    assert not (tmp_path / "k.pdf").exists()
    code, payload = office("cards", str(tmp_path / "k.pdf"), "--all", "--yes", user="sri")
    assert code == 0, payload
    assert payload["count"] == 12


@pytest.mark.parametrize(("typed", "printed"), [("ya\n", True), ("tidak\n", False), ("", False)])
def test_many_cards_at_a_terminal_ask_first(
    office: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, printed: bool
) -> None:
    monkeypatch.setattr(cli_documents, "CARDS_WITHOUT_ASKING", 10)
    monkeypatch.setattr("sys.stdin", _Terminal(typed))
    code, payload = office("cards", str(tmp_path / "k.pdf"), "--all", user="sri")
    assert (code == 0) is printed, payload
    assert len(payloads(office)) == (12 if printed else 0)
    assert (tmp_path / "k.pdf").exists() is printed


def test_a_hundred_cards_are_printed_without_asking() -> None:
    assert cli_documents.CARDS_WITHOUT_ASKING == 100


def test_cards_by_nik_in_the_card_printer_layout(office: Cli, tmp_path: Path) -> None:
    chosen = niks(office, 2)
    code, payload = office("cards", str(tmp_path / "k.pdf"), "--nik", *chosen, "--layout", "cr80", user="sri")
    assert code == 0, payload
    assert (payload["documents"], payload["pages"]) == (2, 4)  # one page per side per card


@pytest.mark.parametrize(
    ("words", "user", "message"),
    [
        (("--nik", "3674045708850099"), "sri", "3674045708850099"),
        ((), "sri", "--all"),
        (("--all", "--nik", "3674045708850099"), "sri", "salah satu"),
        (("--all", "--layout", "a5"), "sri", "Tata letak 'a5'"),
        (("--all",), "budi", "Operator tidak boleh mencetak"),
    ],
)
def test_bad_card_requests_exit_1_with_a_message_and_take_no_number(
    office: Cli, tmp_path: Path, words: tuple[str, ...], user: str, message: str
) -> None:
    code, payload = office("cards", str(tmp_path / "k.pdf"), *words, user=user)
    assert code == 1
    assert payload["ok"] is False
    assert message in payload["error"]
    assert payloads(office) == []
    assert not (tmp_path / "k.pdf").exists()


def test_cards_for_an_office_with_no_people_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = Cli(tmp_path / "kosong", capsys, monkeypatch)
    cli("init", "--office", OFFICE, "--admin", "ani")
    code, payload = cli("cards", str(tmp_path / "k.pdf"), "--all", user="ani")
    assert code == 1
    assert "Belum ada penduduk" in payload["error"]


def test_documents_list_newest_first_with_kind_and_limit(office: Cli, tmp_path: Path) -> None:
    office("cards", str(tmp_path / "k.pdf"), "--all", user="sri")
    code, payload = office("documents", "list", "--kind", "kartu", "--limit", "5", user="budi")
    assert code == 0
    listed = payload["documents"]
    assert [entry["number"][-6:] for entry in listed] == ["000012", "000011", "000010", "000009", "000008"]
    assert {entry["status"] for entry in listed} == {"printed"}
    assert listed[0]["printed_by"] == "sri"
    assert office("documents", "list", "--kind", "receipt", user="budi")[1]["documents"] == []
    code, payload = office("documents", "list", "--kind", "kuitansi", user="budi")
    assert code == 1
    assert "kuitansi" in payload["error"]


def test_documents_verify_says_valid_or_not_with_exit_0(office: Cli, tmp_path: Path) -> None:
    office("cards", str(tmp_path / "k.pdf"), "--nik", niks(office, 1)[0], user="sri")
    (signed,) = payloads(office)
    code, payload = office("documents", "verify", signed, user="budi")
    assert code == 0
    assert payload["valid"] is True
    assert payload["kind"] == "card"
    assert payload["number"].endswith("/000001")
    assert payload["office"] == OFFICE
    assert payload["is_copy"] is False
    tampered = signed.replace("/000001*", "/000002*")
    code, payload = office("documents", "verify", tampered, user="budi")
    assert code == 0
    assert payload["valid"] is False
    assert payload["number"].endswith("/000002")
    assert "tidak cocok" in payload["reason"]
    code, payload = office("documents", "verify", "BUKAN KODE", user="budi")
    assert (code, payload["valid"], payload["kind"]) == (0, False, None)


def test_documents_void_then_verify_says_void_in_the_json(office: Cli, tmp_path: Path) -> None:
    """Issue 9, finding 2: `documents void NUMBER --reason` (supervisor), after which the same QR code
    verifies with "register": "void" and "valid": false, where it said "Sah" before."""
    office("cards", str(tmp_path / "k.pdf"), "--nik", niks(office, 1)[0], user="sri")
    (signed,) = payloads(office)
    before = office("documents", "verify", signed, user="budi")[1]
    assert (before["valid"], before["register"]) == (True, "issued")
    number = before["number"]
    code, payload = office("documents", "void", number, "--reason", "kartu ditarik", user="budi")
    assert code == 1
    assert "Operator tidak boleh" in payload["error"]
    code, payload = office("documents", "void", number, "--reason", "kartu ditarik", user="sri")
    assert (code, payload["number"], payload["voided"]) == (0, number, 1), payload
    code, after = office("documents", "verify", signed, user="budi")
    assert code == 0
    assert (after["valid"], after["signature_valid"], after["register"]) == (False, True, "void")
    assert "kartu ditarik" in after["reason"]
    code, payload = office("documents", "void", number, "--reason", "lagi", user="sri")
    assert code == 1
    assert "sudah dibatalkan" in payload["error"]


def test_keys_import_refuses_a_second_key_and_replaces_only_with_a_reason(
    office: Cli, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 9, finding 2: a second key for an office already trusted was added silently."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from tangsel_desktop.services.documents.document_payload import format_key_line

    office("keys", "export", str(tmp_path / "sawah.txt"), user="sri")
    (tmp_path / "palsu.txt").write_text(format_key_line(OFFICE, Ed25519PrivateKey.generate().public_key()))
    centre = Cli(tmp_path / "dinsos", capsys, monkeypatch)
    centre("init", "--office", "DINSOS", "--admin", "pusat")
    assert centre("keys", "import", str(tmp_path / "sawah.txt"), user="pusat")[0] == 0
    code, payload = centre("keys", "import", str(tmp_path / "palsu.txt"), user="pusat")
    assert code == 1
    assert "sudah punya kunci" in payload["error"]
    code, payload = centre("keys", "import", str(tmp_path / "palsu.txt"), "--replace", user="pusat")
    assert code == 1
    assert "alasan" in payload["error"]
    code, payload = centre(
        "keys", "import", str(tmp_path / "palsu.txt"), "--replace", "--reason", "kunci bocor", user="pusat"
    )
    assert (code, payload["office"]) == (0, OFFICE)


def test_keys_export_and_import(
    office: Cli, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, payload = office("keys", "export", str(tmp_path / "sawah.txt"), user="sri")
    assert code == 0, payload
    assert payload["path"] == str(tmp_path / "sawah.txt")
    assert (tmp_path / "sawah.txt").read_text(encoding="ascii").startswith(f"TANGSEL-ED25519 {OFFICE} ")
    code, payload = office("keys", "export", str(tmp_path / "b.txt"), user="budi")
    assert code == 1
    assert "Operator tidak boleh" in payload["error"]
    # The central office trusts Sawah's key, then checks a Sawah card offline.
    office("cards", str(tmp_path / "k.pdf"), "--nik", niks(office, 1)[0], user="sri")
    (signed,) = payloads(office)
    centre = Cli(tmp_path / "dinsos", capsys, monkeypatch)
    centre("init", "--office", "DINSOS", "--admin", "pusat")
    assert centre("documents", "verify", signed, user="pusat")[1]["valid"] is False
    code, payload = centre("keys", "import", str(tmp_path / "sawah.txt"), user="pusat")
    assert (code, payload["office"]) == (0, OFFICE)
    answer = centre("documents", "verify", signed, user="pusat")[1]
    # The centre holds Sawah's key but not its register: the signature is Sawah's, the number unknown.
    assert (answer["valid"], answer["signature_valid"], answer["register"]) == (False, True, "unknown")
    code, payload = centre("keys", "import", str(tmp_path / "k.pdf"), user="pusat")
    assert code == 1
    assert "bukan berkas kunci" in payload["error"]
