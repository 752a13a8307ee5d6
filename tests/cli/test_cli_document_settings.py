"""`documents office` and `documents number-format`: show with no option, change as an administrator only."""

import pytest

from tests.cli.test_cli import Cli
from tests.conftest import HEAD_NAME


def test_the_office_lines_are_shown_changed_and_kept(office: Cli) -> None:
    code, payload = office("documents", "office", user="budi")
    assert (code, payload["head_name"]) == (0, HEAD_NAME)  # the fixture's office prints
    assert "Sawah" in payload["contact"]
    code, payload = office("documents", "office", "--head-name", "  Hj. Siti  <Rahmah> & Co ", user="ani")
    assert (code, payload["head_name"]) == (0, "Hj. Siti <Rahmah> & Co")
    assert "Sawah" in payload["contact"]  # an option left out keeps its value
    code, payload = office("documents", "office", "--contact", "Jl. Raya Sawah 1", user="sri")
    assert code == 1
    assert "Supervisor tidak boleh" in payload["error"]
    assert office("documents", "office", user="ani")[1]["head_name"] == "Hj. Siti <Rahmah> & Co"


def test_a_number_format_changes_for_one_kind_and_a_bad_one_changes_nothing(office: Cli) -> None:
    code, payload = office(
        "documents", "number-format", "--kind", "tanda-terima", "--prefix", "tts", user="ani"
    )
    assert code == 0, payload
    examples = {row["kind"]: row["example"] for row in payload["formats"]}
    assert examples["receipt"] == "TTS/36.74.04.1004/2026/000001"
    assert examples["card"] == "KPM/36.74.04.1004/2026/000001"
    code, payload = office(
        "documents", "number-format", "--kind", "kartu", "--pattern", "{prefix}-{year}-{seq}", user="ani"
    )
    assert {row["kind"]: row["example"] for row in payload["formats"]}["card"] == "KPM-2026-000001"
    code, payload = office("documents", "number-format", "--kind", "kartu", "--prefix", "KK", user="sri")
    assert code == 1
    assert "Supervisor tidak boleh" in payload["error"]


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (("--pattern", "{prefix}-{seq}"), "--kind"),
        (("--kind", "kartu", "--pattern", "{prefix}-{seq}"), "harus memuat {tahun} ({year})"),
        (("--kind", "kwitansi", "--prefix", "KW"), "tidak dikenal"),
        (("--kind", "kartu", "--prefix", "=1+2"), "Awalan nomor"),
    ],
)
def test_bad_number_formats_are_refused_and_change_nothing(
    office: Cli, words: tuple[str, ...], message: str
) -> None:
    before = office("documents", "number-format", user="budi")[1]
    code, payload = office("documents", "number-format", *words, user="ani")
    assert code == 1
    assert message in payload["error"]
    assert office("documents", "number-format", user="budi")[1] == before
