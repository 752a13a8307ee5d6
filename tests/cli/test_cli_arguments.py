"""Words that form no command are refused with exit 1 and a pointer to the right --help."""

import pytest

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
