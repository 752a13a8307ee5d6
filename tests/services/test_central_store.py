"""The central office's own work on both engines: users and their sign-in, the audit trail and `check`, and
the refusals that belong to a server store (a kelurahan office on it, file backups, a recovery code)."""

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.domain.enums import Role
from tangsel_desktop.domain.errors import UserError
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.actor import Actor
from tangsel_desktop.services.service_set import Services
from tangsel_desktop.services.store_setup import set_up_new_office
from tangsel_desktop.services.store_unlock import unlock, unlock_with_code
from tangsel_desktop.storage.integrity import check_store
from tangsel_desktop.storage.store_busy import StoreBusy
from tangsel_desktop.ui.store_loader import preload
from tests.conftest import OFFICE_CODE, PASSWORD, make_draft, set_office_details, set_up_centre
from tests.services.test_people_import import person, write_xlsx

pytestmark = pytest.mark.both_engines


def test_users_sign_in_are_locked_out_and_deactivated_alike(centre: tuple[Services, Actor]) -> None:
    services, admin = centre
    services.auth.add_user(
        actor=admin, username="spv", full_name="Supervisor", role=Role.SUPERVISOR, password=PASSWORD
    )
    assert services.auth.login(username="spv", password=PASSWORD).role is Role.SUPERVISOR
    for _ in range(4):
        with pytest.raises(UserError, match="Sisa percobaan"):
            services.auth.login(username="spv", password="salah-sekali")
    with pytest.raises(UserError, match="dikunci"):
        services.auth.login(username="spv", password="salah-sekali")
    services.auth.reset_password(actor=admin, username="spv", new_password="sandi-baru-123")
    assert services.auth.login(username="spv", password="sandi-baru-123").username == "spv"
    services.auth.set_active(actor=admin, username="spv", active=False)
    with pytest.raises(UserError):
        services.auth.login(username="spv", password="sandi-baru-123")
    report = check_store(services.database, services.paths.backups)
    assert report.problems == ()
    assert report.audit_entries >= 8


def test_check_names_a_role_and_an_audit_entry_changed_behind_the_applications_back(
    centre: tuple[Services, Actor],
) -> None:
    services, admin = centre
    services.auth.add_user(
        actor=admin, username="ops", full_name="Operator", role=Role.OPERATOR, password=PASSWORD
    )
    with services.database.engine.begin() as tool:  # a database tool, not the application
        tool.execute(text("UPDATE app_user SET role = 'admin' WHERE username = 'ops'"))
        tool.execute(text("UPDATE audit_log SET username = 'orang lain' WHERE id = 1"))
    found = check_store(services.database, services.paths.backups).problems
    assert "pengguna 'ops' diubah di luar aplikasi (segel data tidak cocok)" in found
    assert any("#1: isinya telah diubah" in problem for problem in found), found


def test_a_signed_in_centre_reopens_through_the_same_sign_in(
    centre: tuple[Services, Actor], centre_paths: DataPaths
) -> None:
    services, _admin = centre
    services.database.dispose()
    # The window's first screen is the sign-in, not the set-up: there is a store (a file, or the server).
    assert centre_paths.store_exists
    assert not preload(centre_paths)
    opened = unlock(centre_paths, "admin", PASSWORD)
    try:
        assert opened.actor.username == "admin"
        assert opened.office is not None
        assert opened.office.code == "DINSOS"
    finally:
        opened.services.database.dispose()
    with pytest.raises(UserError, match="salah"):
        unlock(centre_paths, "admin", "bukan-sandinya")


def test_a_writer_that_will_not_wait_is_told_the_data_is_in_use(centre: tuple[Services, Actor]) -> None:
    services, _admin = centre
    with services.database.write(None), pytest.raises(StoreBusy), services.database.write(None, wait=False):
        pass


def test_a_kelurahan_office_is_refused_on_a_server_and_a_server_store_has_no_file_backups(
    tmp_path: Path, pg_url: str
) -> None:
    paths = DataPaths(tmp_path / "kelurahan")
    paths.root.mkdir()
    paths.settings.write_text(f"[database]\nurl = {pg_url}\n", encoding="utf-8")
    with pytest.raises(UserError, match="hanya kantor pusat Dinas Sosial"):
        set_up_new_office(
            paths,
            office_code=OFFICE_CODE,
            admin_username="admin",
            admin_full_name="A",
            admin_password=PASSWORD,
        )
    services = open_services(paths)  # nothing was written: the server database is still empty
    try:
        assert services.office.get() is None
        with pytest.raises(UserError, match="pg_dump"):
            services.backup.backup_now(actor=Actor("x", "admin", "Admin", Role.ADMIN))
        assert services.backup.daily_if_due() is None
    finally:
        services.database.dispose()
    with pytest.raises(UserError, match="tidak memakai kode pemulihan"):
        unlock_with_code(paths, "ABCD", "admin", "sandi-baru-123")


def test_a_list_of_residents_is_imported_updated_and_found_at_the_centre(
    centre: tuple[Services, Actor], tmp_path: Path
) -> None:
    services, admin = centre
    rows = [person(serial, NAMA=f"Sumiati Wulandari {serial}") for serial in (1, 2, 3)]
    first, _ = services.people_import.run(actor=admin, source=write_xlsx(tmp_path / "orang.xlsx", rows))
    assert (first.imported, first.rejected) == (3, 0)
    rows[1]["ALAMAT"] = "Jl. Kenanga No. 9"
    again, _ = services.people_import.run(actor=admin, source=write_xlsx(tmp_path / "orang-2.xlsx", rows))
    assert (again.imported, again.updated, again.unchanged) == (0, 1, 2)
    found = services.people.search(actor=admin, text="sumia wulan")
    assert sorted(p.full_name for p in found) == [f"Sumiati Wulandari {serial}" for serial in (1, 2, 3)]
    assert [p.address for p in services.people.search(actor=admin, text="kenanga")] == ["Jl. Kenanga No. 9"]
    assert check_store(services.database).ok


CRASHING_PRINT = """
import os, sys
from pathlib import Path
from tangsel_desktop.bootstrap import open_services
from tangsel_desktop.paths import DataPaths
from tangsel_desktop.services.documents.document_service import DocumentService

def crash(target, cards, issuer, **options):
    print("drawing", flush=True)
    sys.stdin.readline()  # held mid-drawing until the test has looked from the other computer
    os._exit(3)  # then the process dies: no finally, no rollback, no void

services = open_services(DataPaths(Path(sys.argv[1])))
admin = services.auth.login(username="admin", password=sys.argv[2])
people = services.documents.people_for_cards(actor=admin, limit=3)
documents = DocumentService(
    services.database, services.office, programs=services.programs, card_renderer=crash
)
documents.print_cards(actor=admin, person_ids=[p.id for p in people], target=Path(sys.argv[3]))
"""


def test_a_print_running_on_one_computer_is_not_voided_by_another_until_its_process_dies(
    tmp_path: Path, pg_head_url: str
) -> None:
    """Two computers of Dinas Sosial on one server: B's start must not take A's running print for a crashed
    one (a lock file on A says nothing to B), and once A's process is killed, B voids its numbers."""
    for name in ("komputer-a", "komputer-b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "tangsel.ini").write_text(f"[database]\nurl = {pg_head_url}\n", encoding="utf-8")
    services, admin = set_up_centre(tmp_path / "komputer-a")
    try:
        set_office_details(services, admin)
        for serial in (1, 2, 3):
            services.people.register(actor=admin, draft=make_draft(nik=f"367404570885000{serial}"))
    finally:
        services.database.dispose()
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            CRASHING_PRINT,
            str(tmp_path / "komputer-a"),
            PASSWORD,
            str(tmp_path / "k.pdf"),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    ) as printing:
        other = open_services(DataPaths(tmp_path / "komputer-b"))
        try:
            assert printing.stdout is not None
            assert printing.stdin is not None
            assert printing.stdout.readline().strip() == "drawing"
            assert other.documents.recover_interrupted() == [], (
                "a print running on another computer was voided"
            )
            printing.stdin.write("\n")
            printing.stdin.flush()
            assert printing.wait(30) == 3
            assert len(other.documents.recover_interrupted()) == 3
            assert other.documents.recover_interrupted() == []
        finally:
            if printing.poll() is None:
                printing.kill()
            other.database.dispose()


def test_a_persons_pdp_report_and_erasure_at_the_centre(
    centre: tuple[Services, Actor], tmp_path: Path
) -> None:
    """A resident asking Dinas Sosial itself: everything held about them as a PDF, then erased with the audit
    trail's copies of their data redacted, on the server as on a file."""
    services, admin = centre
    set_office_details(services, admin)
    detail, _ = services.people.register(actor=admin, draft=make_draft(full_name="Ratna Kusumawati"))
    services.people.update(
        actor=admin, person_id=detail.id, draft=make_draft(full_name="Ratna Kusumawardani")
    )
    saved, _ = services.pdp_reports.save(actor=admin, person_id=detail.id, target=tmp_path / "ratna.pdf")
    assert saved.pages >= 1
    assert saved.path.stat().st_size > 0
    done, _ = services.erasure.erase(actor=admin, person_id=detail.id, reason="permintaan")
    assert done.redacted_entries >= 2
    with services.database.read() as tx:
        trail = " ".join(
            str(value)
            for row in tx.session.execute(text("SELECT before_json, after_json FROM audit_log")).all()
            for value in row
        )
    assert "Kusuma" not in trail
    assert services.people.search(actor=admin, text="ratna") == []
    assert check_store(services.database).ok
