"""Commands while another process holds the store's write lock: reads answer, writes refuse in Indonesian."""

import pytest

from tangsel_desktop.storage import sqlite_dialect
from tangsel_desktop.storage.store_busy import BUSY_MESSAGE
from tests.cli.conftest import NIK
from tests.cli.test_cli import Cli
from tests.store_files import office_key, write_lock_held_elsewhere


def test_read_commands_answer_while_the_store_is_locked_for_writing(office: Cli) -> None:
    with write_lock_held_elsewhere(office.data_dir / "tangsel.sqlite3", office_key(office.data_dir)):
        code, payload = office("people", "find", NIK, user="budi")
        assert code == 0, payload
        assert [row["nik"] for row in payload["results"]] == [NIK]
        code, payload = office("users", "list", user="ani")
        assert code == 0, payload
        assert {user["name"] for user in payload["users"]} == {"ani", "sri", "budi"}


def test_a_write_command_waiting_for_the_lock_says_why_in_indonesian(
    office: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_dialect, "BUSY_TIMEOUT_MS", 200)
    with write_lock_held_elsewhere(office.data_dir / "tangsel.sqlite3", office_key(office.data_dir)):
        code, payload = office("users", "add", "dewi", "--role", "operator", user="ani")
    assert (code, payload) == (1, {"ok": False, "error": BUSY_MESSAGE})
    code, payload = office("users", "add", "dewi", "--role", "operator", user="ani")
    assert code == 0, payload
