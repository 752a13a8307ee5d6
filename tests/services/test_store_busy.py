"""While another process or thread holds the write lock (an import), signing in and reading still work,
and a second writer is refused in Indonesian instead of crashing (issue 9, finding 5)."""

import threading
from pathlib import Path

import pytest

from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.people.people_import import ImportResult
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.storage import sqlite_dialect
from tangsel_desktop.storage.store_busy import BUSY_MESSAGE, StoreBusy
from tests.conftest import PASSWORD, make_draft
from tests.services.test_people_import import person, write_csv
from tests.store_files import write_lock_held_elsewhere

WAIT = 30  # seconds a test waits for the other thread before calling it stuck


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch, services: Services) -> Services:
    """A writer gives up after 0.2 s instead of 5 s (new connections take the setting)."""
    monkeypatch.setattr(sqlite_dialect, "BUSY_TIMEOUT_MS", 200)
    services.database.dispose()
    return services


def test_signing_in_works_while_another_process_holds_the_write_lock(services: Services) -> None:
    with write_lock_held_elsewhere(services.database.file):
        signed_in = services.auth.login(username="ops", password=PASSWORD)
    assert signed_in.username == "ops"


def test_reading_works_while_another_process_holds_the_write_lock(
    services: Services, operator: Actor
) -> None:
    detail, _ = services.people.register(actor=operator, draft=make_draft())
    with write_lock_held_elsewhere(services.database.file):
        assert [row.id for row in services.people.search(actor=operator, text="siti")] == [detail.id]
        assert services.people.get(actor=operator, person_id=detail.id).full_name == "Siti Aminah"
        assert services.dashboard.counts(actor=operator).people == 1
        assert services.office.require().code == "36.74.04.1004"


def test_a_writer_waiting_for_another_is_told_so_in_indonesian(short_wait: Services, operator: Actor) -> None:
    with write_lock_held_elsewhere(short_wait.database.file), pytest.raises(StoreBusy) as refused:
        short_wait.people.register(actor=operator, draft=make_draft())
    assert isinstance(refused.value, UserError)
    assert refused.value.message == BUSY_MESSAGE
    # Nothing was half-written: once the lock is free the same registration goes through.
    detail, _ = short_wait.people.register(actor=operator, draft=make_draft())
    assert detail.full_name == "Siti Aminah"


def test_a_wrong_password_while_the_store_is_busy_is_a_clear_refusal(short_wait: Services) -> None:
    with write_lock_held_elsewhere(short_wait.database.file), pytest.raises(UserError) as refused:
        short_wait.auth.login(username="ops", password="bukan-sandinya")
    assert refused.value.message == BUSY_MESSAGE


def test_an_import_in_progress_lets_others_sign_in_and_read(
    services: Services, operator: Actor, tmp_path: Path
) -> None:
    """A real import on another thread, stopped inside its transaction, while this thread works."""
    source = write_csv(tmp_path / "warga.csv", [person(serial) for serial in range(1, 6)])
    inside, go_on = threading.Event(), threading.Event()
    outcome: list[ImportResult | BaseException] = []

    def pause(done: int, total: int) -> None:
        if not inside.is_set():
            inside.set()
            go_on.wait(WAIT)

    def run_import() -> None:
        try:
            outcome.append(services.people_import.run(actor=operator, source=source, progress=pause)[0])
        except BaseException as error:  # reported to the test below
            outcome.append(error)

    importer = threading.Thread(target=run_import)
    importer.start()
    try:
        assert inside.wait(WAIT)
        signed_in = services.auth.login(username="spv", password=PASSWORD)
        assert services.people.search(actor=signed_in, text="ahmad") == []  # not committed yet
    finally:
        go_on.set()
        importer.join(WAIT)
    (result,) = outcome
    assert isinstance(result, ImportResult), result
    assert result.imported == 5
    assert len(services.people.search(actor=operator, text="ahmad")) == 5
