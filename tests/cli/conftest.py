"""Fixtures of the command tests: an empty data folder, and a Jamsosnaker office with users and a resident."""

from collections.abc import Callable
from pathlib import Path

import pytest

from tangsel_desktop.services.actor import SYSTEM_ACTOR
from tangsel_desktop.services.service_set import Services
from tests.cli.test_cli import OFFICE, Cli
from tests.conftest import HEAD_NAME, OFFICE_CONTACT, make_draft
from tests.store_files import open_office

NIK = "3674045708850001"
# Four eyes: budi (operator) proposes, sri (supervisor) verifies, ani (administrator) submits.
FOUR_EYES = {"verified": "sri", "submitted": "ani"}


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """Commands run in-process against a data folder nobody has set up yet."""
    return Cli(tmp_path / "kantor", capsys, monkeypatch)


def set_up_office(cli: Cli, fill: Callable[[Services], object]) -> Cli:
    """Kelurahan Sawah with ani (administrator), sri (supervisor), budi (operator), then fill(services)."""
    assert cli("init", "--office", OFFICE, "--admin", "ani")[0] == 0
    assert cli("users", "add", "sri", "--role", "supervisor", user="ani")[0] == 0
    assert cli("users", "add", "budi", "--role", "operator", user="ani")[0] == 0
    details = ("--contact", OFFICE_CONTACT, "--head-name", HEAD_NAME)
    assert cli("documents", "office", *details, user="ani")[0] == 0
    services = open_office(str(cli.data_dir))
    try:
        fill(services)
    finally:
        services.database.dispose()
    return cli


@pytest.fixture
def office(cli: Cli) -> Cli:
    """The set-up office with one eligible resident (NIK)."""
    return set_up_office(
        cli, lambda services: services.people.register(actor=SYSTEM_ACTOR, draft=make_draft(nik=NIK))
    )
