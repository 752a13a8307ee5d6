"""Words that form no command are refused with exit 1, in Indonesian, with a pointer to the right --help."""

import pytest

from tangsel_desktop.cli.main import run_cli
from tests.cli.test_cli import Cli


@pytest.mark.parametrize(
    ("words", "pointer"),
    [
        (("--no-such-option",), "Lihat: python -m tangsel_desktop --help"),
        (("jamsos", "status", "--to"), "Lihat: python -m tangsel_desktop jamsos status --help"),
        (("people", "find"), "Lihat: python -m tangsel_desktop people find --help"),
    ],
)
def test_wrong_words_point_to_the_help_of_the_command_they_were_for(
    cli: Cli, words: tuple[str, ...], pointer: str
) -> None:
    code, payload = cli(*words)
    assert code == 1
    assert payload["error"].startswith("Argumen tidak sesuai (")
    assert payload["error"].endswith(pointer)


def _help(words: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exited:
        run_cli([*words, "--help"])
    assert exited.value.code == 0
    return capsys.readouterr().out


def test_help_speaks_indonesian_headings_and_all(capsys: pytest.CaptureFixture[str]) -> None:
    top = _help([], capsys)
    assert top.startswith("cara pakai: tangsel-desktop ")
    assert "\nargumen posisi:\n" in top
    assert "\nopsi:\n" in top
    assert "tampilkan bantuan ini lalu keluar" in top
    assert "tampilkan versi program lalu keluar" in top
    cards = _help(["cards"], capsys)
    assert cards.startswith("cara pakai: tangsel-desktop cards ")
    for english in ("usage:", "positional arguments", "options:", "show this help", "show program"):
        assert english not in top + cards


@pytest.mark.parametrize(
    ("words", "reason"),
    [
        (("users",), "argumen berikut wajib diisi: PERINTAH"),
        (("cards", "k.pdf", "--layout"), "argumen --layout: butuh satu nilai"),
        (("users", "add", "x", "--role", "kepala"), "pilihan 'kepala' tidak dikenal (pilih salah satu: "),
        (("people", "find", "a", "--bogus"), "argumen tidak dikenal: --bogus"),
    ],
)
def test_argparse_refusals_are_in_indonesian(cli: Cli, words: tuple[str, ...], reason: str) -> None:
    code, payload = cli(*words)
    assert code == 1
    assert reason in payload["error"]
    assert "required" not in payload["error"]
